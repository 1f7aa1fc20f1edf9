"""Codebooks: the user's own list of positions, read from and written to TOML.

kg finds positions by itself (:func:`kg.assemble.positions.find_positions`); a
codebook lets the user name them, merge two into one, split one into two, or
add a position kg missed. ``kg positions`` prints what was found in this form,
so a codebook usually starts as that output, edited.

The format::

    # kg codebook
    auto = true          # also keep found positions that no entry below covers

    [[positions]]
    id = "arson-cause"                      # required, unique
    label = "Arson started the fire"        # shown in answers (default: the id)
    terms = ["arson", "arsonist", "set fire"]  # required: words that mark the position
    frame = "cause"                         # optional: cause | figure | claim
    aliases = ["the arson theory"]          # optional: more ways users name it

A statement belongs to the entry whose terms it uses most (a several-word
term counts when all its words occur). To merge two found positions, give one
entry the terms of both; to split one, give two entries different terms (or
frames); to add one, write a new entry. With ``auto = false`` only the
entries of the codebook are positions.

Matching is by normalised words (:func:`kg.extract.terms.norm_term`), so "fires", "Fire"
and "fire" are one term.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.assemble.aliases import load_toml, read_config_text
from kg.errors import ConfigError
from kg.extract.terms import term_words

__all__ = [
    "FRAMES",
    "Codebook",
    "CodebookEntry",
    "codebook_toml",
    "load_codebook",
    "parse_codebook",
]

#: The kinds of position: an explanation of why something happened, a figure, or any claim.
FRAMES = ("cause", "figure", "claim")


@dataclass(frozen=True)
class CodebookEntry:
    """One position the user defines.

    Attributes
    ----------
    id : str
    label : str
    terms : tuple of str
        As written; match with :func:`term_words`.
    frame : {'cause', 'figure', 'claim'} or None
        Only statements of this kind belong to the entry (None: any).
    aliases : tuple of str
    """

    id: str
    label: str
    terms: tuple[str, ...]
    frame: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    """A list of position entries, and whether found positions outside it are kept."""

    entries: tuple[CodebookEntry, ...] = ()
    auto: bool = True


#: The keys a position entry may have (an alias file rejects unknown keys; so does this).
_ENTRY_KEYS = ("id", "label", "terms", "frame", "aliases")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{where} must be a list of strings")


def parse_codebook(data: dict[str, Any]) -> Codebook:
    """Check and convert the parsed TOML of a codebook.

    Raises
    ------
    ValueError
        A required field is missing, has the wrong type, or an id repeats.

    >>> cb = parse_codebook({"positions": [{"id": "a", "terms": ["tax cut"]}]})
    >>> cb.entries[0].label, cb.auto
    ('a', True)
    """
    unknown = sorted(set(data) - {"auto", "positions"})
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (expected auto, positions)")
    auto = data.get("auto", True)
    if not isinstance(auto, bool):
        raise ValueError("'auto' must be true or false")
    raw = data.get("positions", [])
    if not isinstance(raw, list):
        raise ValueError("'positions' must be an array of tables ([[positions]])")
    entries: list[CodebookEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise ValueError(f"position {i} is not a table")
        extra = sorted(set(item) - set(_ENTRY_KEYS))
        if extra:
            raise ValueError(f"position {i}: unknown key {extra[0]!r}")
        pid = item.get("id")
        if not isinstance(pid, str) or not pid.strip():
            raise ValueError(f"position {i} has no 'id'")
        if pid in seen:
            raise ValueError(f"position id {pid!r} is used twice")
        seen.add(pid)
        terms = _strings(item.get("terms"), f"terms of {pid!r}")
        if not any(term_words(t) for t in terms):
            raise ValueError(f"position {pid!r} has no 'terms'")
        frame = item.get("frame")
        if frame is not None and frame not in FRAMES:
            raise ValueError(f"frame of {pid!r} must be one of {', '.join(FRAMES)}")
        label = item.get("label", pid)
        if not isinstance(label, str):
            raise ValueError(f"label of {pid!r} must be a string")
        aliases = _strings(item.get("aliases"), f"aliases of {pid!r}")
        entries.append(CodebookEntry(pid, label, terms, frame, aliases))
    return Codebook(tuple(entries), auto)


def load_codebook(path: str | os.PathLike[str]) -> Codebook:
    """Read a codebook file.

    Raises
    ------
    ConfigError
        The file is missing, is not TOML, or is not a valid codebook.
    """
    p = Path(path)
    data = load_toml(read_config_text(p, "codebook file"), str(p))
    try:
        return parse_codebook(data)
    except ValueError as exc:
        raise ConfigError(p, f"invalid codebook: {exc}") from None


def _toml_str(s: str) -> str:
    escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _toml_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_str(s) for s in items) + "]"


def codebook_toml(
    entries: Sequence[CodebookEntry], comments: Sequence[str] = (), auto: bool = True
) -> str:
    """Write entries as a codebook file (the inverse of :func:`load_codebook`).

    ``comments[i]``, when given, is written as a comment above entry ``i``.

    >>> import tomllib
    >>> text = codebook_toml([CodebookEntry("tax", "Tax cuts", ("tax", "tax cut"))])
    >>> parse_codebook(tomllib.loads(text)).entries[0].terms
    ('tax', 'tax cut')
    """
    lines = [
        "# kg codebook: edit, then `kg build --codebook FILE`.",
        "# Give one entry the terms of two to merge them; give two entries different terms",
        "# (or frames: cause | figure | claim) to split one; add entries kg missed.",
        f"auto = {'true' if auto else 'false'}  # keep found positions no entry covers",
    ]
    for i, e in enumerate(entries):
        lines.append("")
        if i < len(comments) and comments[i]:
            lines.extend(f"# {c}" for c in comments[i].splitlines())
        lines.append("[[positions]]")
        lines.append(f"id = {_toml_str(e.id)}")
        lines.append(f"label = {_toml_str(e.label)}")
        lines.append(f"terms = {_toml_list(e.terms)}")
        if e.frame:
            lines.append(f"frame = {_toml_str(e.frame)}")
        if e.aliases:
            lines.append(f"aliases = {_toml_list(e.aliases)}")
    return "\n".join(lines) + "\n"
