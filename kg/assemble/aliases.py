"""User alias files: force a merge, forbid a merge, or rename a speaker.

kg merges the names of a speaker automatically (see :mod:`kg.assemble.speakers`); an
alias file corrects it where it is wrong. The file is TOML::

    # Every speaker named (canonically or by any alias) one of `names`
    # becomes one speaker; `name` (optional) is the canonical name.
    [[merge]]
    names = ["Olena Ivanenko", "the foreign minister"]
    name = "Olena Ivanenko"

    # Speakers named these never merge with each other, whatever the
    # automatic rules say (every pair of the list is kept apart).
    [[forbid]]
    names = ["John Smith", "Jane Smith"]

    # Show a speaker under another canonical name.
    [rename]
    "Russia's defense ministry" = "Russian Ministry of Defence"

Names are compared without case, surrounding spaces, a leading "the" or a
curly apostrophe: "The Ministry's" and "the ministry’s" are the same name.

>>> rules = parse_aliases('[[forbid]]\\nnames = ["A B", "C B"]\\n')
>>> rules.forbids
(('a b', 'c b'),)
>>> normalize_name("  The U.K.’s   Ministry ")
"u.k.'s ministry"
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

__all__ = [
    "AliasRules",
    "MergeRule",
    "load_aliases",
    "normalize_name",
    "parse_aliases",
]

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """The form in which alias-file names and speaker names are compared.

    >>> normalize_name("The  White House")
    'white house'
    """
    text = _SPACES.sub(" ", name.replace("’", "'").replace("‘", "'")).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class MergeRule:
    """Names that are one speaker, and optionally the canonical name to show."""

    names: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True)
class AliasRules:
    """The corrections of one alias file, with names in :func:`normalize_name` form.

    Attributes
    ----------
    merges : tuple of MergeRule
        Each rule's names (normalised) are one speaker; ``name`` is kept as written.
    forbids : tuple of (str, str)
        Pairs of names (normalised) that must stay different speakers.
    renames : tuple of (str, str)
        ``(normalised old name, new canonical name as written)``.
    source : str or None
        The file the rules came from, for messages.
    """

    merges: tuple[MergeRule, ...] = ()
    forbids: tuple[tuple[str, str], ...] = ()
    renames: tuple[tuple[str, str], ...] = ()
    source: str | None = None

    def forbidden(self, a: str, b: str) -> bool:
        """Whether names ``a`` and ``b`` (any form) may not be merged.

        >>> AliasRules(forbids=(("x", "y"),)).forbidden("Y", "the X")
        True
        """
        pair = {normalize_name(a), normalize_name(b)}
        return any(pair == {x, y} for x, y in self.forbids)

    def rename(self, name: str) -> str | None:
        """The new canonical name for ``name``, or None."""
        wanted = normalize_name(name)
        for old, new in self.renames:
            if old == wanted:
                return new
        return None

    @property
    def empty(self) -> bool:
        """True when the rules change nothing."""
        return not (self.merges or self.forbids or self.renames)


def _names(value: Any, where: str, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(source, f"{where}: `names` must be a list of non-empty strings")
    if len(value) < 2:
        raise ConfigError(source, f"{where}: `names` needs at least two names")
    return tuple(normalize_name(v) for v in value)


def parse_aliases(text: str, source: str = "<aliases>") -> AliasRules:
    """Read the rules of an alias file from its TOML ``text``.

    Raises
    ------
    ConfigError
        Invalid TOML, an unknown section or key, a malformed entry, or a pair
        of names that is both merged and forbidden.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, f"not valid TOML: {exc}") from None
    unknown = set(data) - {"merge", "forbid", "rename"}
    if unknown:
        raise ConfigError(
            source, f"unknown section {sorted(unknown)[0]!r} (expected merge, forbid, rename)"
        )
    merges: list[MergeRule] = []
    for i, entry in enumerate(_entries(data, "merge", source), 1):
        extra = set(entry) - {"names", "name"}
        if extra:
            raise ConfigError(source, f"merge #{i}: unknown key {sorted(extra)[0]!r}")
        name = entry.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise ConfigError(source, f"merge #{i}: `name` must be a non-empty string")
        merges.append(MergeRule(_names(entry.get("names"), f"merge #{i}", source), name))
    forbids: list[tuple[str, str]] = []
    for i, entry in enumerate(_entries(data, "forbid", source), 1):
        extra = set(entry) - {"names"}
        if extra:
            raise ConfigError(source, f"forbid #{i}: unknown key {sorted(extra)[0]!r}")
        forbids.extend(combinations(_names(entry.get("names"), f"forbid #{i}", source), 2))
    rename = data.get("rename", {})
    if not isinstance(rename, dict) or not all(
        isinstance(v, str) and v.strip() for v in rename.values()
    ):
        raise ConfigError(source, "[rename] must map names to non-empty strings")
    for rule in merges:
        for a, b in combinations(rule.names, 2):
            if {a, b} in ({x, y} for x, y in forbids):
                raise ConfigError(source, f"{a!r} and {b!r} are both merged and forbidden")
    return AliasRules(
        tuple(merges),
        tuple(forbids),
        tuple((normalize_name(k), v.strip()) for k, v in rename.items()),
        source,
    )


def _entries(data: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(source, f"`{key}` must be written as [[{key}]] tables")
    return entries


def load_aliases(path: str | os.PathLike[str]) -> AliasRules:
    """Read an alias file.

    Raises
    ------
    ConfigError
        The file cannot be read or is malformed (the message names the file).
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(p, "no such alias file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(p, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_aliases(text, str(p))
