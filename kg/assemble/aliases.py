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
from functools import cached_property, lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.read.rawfile import read_bounded

__all__ = [
    "AliasRules",
    "MergeRule",
    "load_aliases",
    "load_toml",
    "normalize_name",
    "parse_aliases",
    "read_config_text",
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
        return frozenset((normalize_name(a), normalize_name(b))) in self._forbidden_pairs

    @cached_property
    def _forbidden_pairs(self) -> frozenset[frozenset[str]]:
        """The forbidden pairs as a set, so each check is one lookup, not a scan."""
        return frozenset(frozenset(pair) for pair in self.forbids)

    def rename(self, name: str) -> str | None:
        """The new canonical name for ``name``, or None."""
        return self._renamed.get(normalize_name(name))

    @cached_property
    def _renamed(self) -> dict[str, str]:
        return dict(self.renames)

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
    data = load_toml(text, source)
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
    _check_merged_and_forbidden(merges, forbids, source)
    return AliasRules(
        tuple(merges),
        tuple(forbids),
        tuple((normalize_name(k), v.strip()) for k, v in rename.items()),
        source,
    )


def load_toml(text: str, source: str) -> dict[str, Any]:
    """Parse a user's TOML file (ConfigError for bad TOML, nesting too deep included)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(source, "not valid TOML: nested too deeply") from None


def _check_merged_and_forbidden(
    merges: list[MergeRule], forbids: list[tuple[str, str]], source: str
) -> None:
    """Refuse a pair of names that is both merged and forbidden (one set lookup per pair)."""
    forbidden = {frozenset(pair) for pair in forbids}
    for rule in merges:
        for a, b in combinations(rule.names, 2):
            if frozenset((a, b)) in forbidden:
                raise ConfigError(source, f"{a!r} and {b!r} are both merged and forbidden")


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
    return parse_aliases(read_config_text(p, "alias file"), str(p))


#: A larger alias file or codebook is refused: thousands of rules fit in far less.
MAX_CONFIG_BYTES = 10 * 1024 * 1024


def read_config_text(path: Path, what: str) -> str:
    """The text of a user's TOML file: a regular file of at most :data:`MAX_CONFIG_BYTES`, UTF-8.

    Raises
    ------
    ConfigError
        Missing, not a regular file (a FIFO is never opened), too large, or not UTF-8.
    """

    def problem(p: Path, message: str) -> ConfigError:
        return ConfigError(p, f"no such {what}" if message.startswith("no such") else message)

    raw = read_bounded(path, MAX_CONFIG_BYTES, problem)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"cannot read: not UTF-8 (byte {exc.start})") from None
