"""The records of speaker resolution: :class:`Speaker`, :class:`SpeakerIndex`, an article's
parsed mentions and the items (a quote's speaker read as a name) the later steps work on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from kg.extract.mentions import EntityMention
from kg.extract.names import NameParts, SpeakerType, clean_surface, parse_person, parse_phrase
from kg.extract.quotes import Quote
from kg.lexicon import OUTLET_KEYS

#: Fuzzy score (0-100) two surname skeletons need to be one person's.
SURNAME_SCORE = 88


#: Surnames are compared within blocks sharing this many first letters of their skeleton
#: ("Conley" and "Connolly" share "con").
_BLOCK = 3


#: The keys of well-known outlets: names, never people ("Financial Times").
_OUTLETS = frozenset(OUTLET_KEYS.values())


#: Fuzzy score two organisation or group keys need (same country, same head).
ORG_SCORE = 92


@dataclass(frozen=True)
class Speaker:
    """One real-world source, however it is named.

    Attributes
    ----------
    id : str
        Stable slug of the canonical name (unique in the corpus).
    name : str
        Canonical name (titles stripped).
    type : {'person', 'organization', 'group'}
    aliases : tuple of (str, int)
        Every surface form seen, with its count, most frequent first.
    role, affiliation : str or None
    docs : tuple of str
        Articles the speaker is quoted in.
    n_quotes : int
    merges : tuple of str
        Why each name joined this identity ("rule score: name + name").
    country : str or None
        The country the names place the speaker in.
    """

    id: str
    name: str
    type: SpeakerType
    aliases: tuple[tuple[str, int], ...] = ()
    role: str | None = None
    affiliation: str | None = None
    docs: tuple[str, ...] = ()
    n_quotes: int = 0
    merges: tuple[str, ...] = ()
    country: str | None = None

    @property
    def alias_names(self) -> list[str]:
        """The aliases without their counts."""
        return [a for a, _ in self.aliases]


@dataclass(frozen=True)
class SpeakerIndex:
    """The speakers of a corpus and which quote each was given.

    Attributes
    ----------
    speakers : tuple of Speaker
    by_quote : mapping
        Quote key ``(doc, start, end)`` -> the id of its (first-named) speaker.
    co_speakers : mapping
        Quote key -> the ids of a joint source's other speakers ("A and B said"),
        for quotes that have them.
    """

    speakers: tuple[Speaker, ...]
    by_quote: Mapping[tuple[str, int, int], str] = field(default_factory=dict)
    co_speakers: Mapping[tuple[str, int, int], tuple[str, ...]] = field(default_factory=dict)
    #: Speaker id -> speaker, built once (ids are unique).
    by_id: Mapping[str, Speaker] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {s.id: s for s in self.speakers})

    def get(self, speaker_id: str) -> Speaker | None:
        """The speaker with ``speaker_id``, or None (a dict lookup, not a scan)."""
        return self.by_id.get(speaker_id)

    def speaker_of(self, quote: Quote) -> Speaker | None:
        """The speaker a quote is attributed to, or None."""
        sid = self.by_quote.get(quote.key)
        return self.get(sid) if sid else None


def slug(name: str) -> str:
    """A lowercase ASCII-ish id for a name.

    >>> slug("Gen. Sergei O'Neil")
    'gen-sergei-o-neil'
    """
    s = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-")
    return s or "unknown"


def canonical_name(mention: str) -> tuple[str, str | None]:
    """Split a person's mention into (canonical name, role from its titles).

    >>> canonical_name("Lt. Gen. Ann Smith")
    ('Ann Smith', 'Lt. Gen.')
    >>> canonical_name("Ann Smith")
    ('Ann Smith', None)
    """
    parts = parse_person(mention)
    return parts.name, parts.role


class _Parsed(NamedTuple):
    """An article's mention with its name read once (a tuple: cheap to make by the thousand)."""

    mention: EntityMention
    parts: NameParts


_BY_OFFSET = attrgetter("mention.start", "mention.end")


class _Mentions(list[_Parsed]):
    """An article's mentions in text order, with lookups by offset."""

    #: No mention is longer than this (characters), so overlaps are searched this far back.
    LONGEST = 300

    def __init__(self, items: Iterable[_Parsed]) -> None:
        super().__init__(sorted(items, key=_BY_OFFSET))
        self.starts = [p.mention.start for p in self]
        self.spans = {(p.mention.start, p.mention.end): p for p in self}
        #: Phrases already read as names: (start, end, text, kind hint) -> name.
        self.names: dict[tuple[int, int, str, str], _Named | None] = {}
        #: Organisation and group keys -> (start, country) of the mentions that name a country.
        self.countries: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for p in self:
            if p.mention.label != "PERSON" and p.parts.country:
                self.countries[p.parts.key].append((p.mention.start, p.parts.country))
        #: The contents of the article's quotes, in text order (set by the caller).
        self.contents: list[tuple[int, int]] = []
        self.content_starts: list[int] = []

    def set_contents(self, quotes: Iterable[Quote]) -> None:
        """Note what the article's quotes report: names in there are not speakers."""
        self.contents = sorted((q.start, q.end) for q in quotes)
        self.content_starts = [a for a, _ in self.contents]

    def reported(self, m: EntityMention) -> bool:
        """The mention lies inside what a quote of the article reports (not a speaker)."""
        k = bisect_left(self.content_starts, m.start + 1) - 1
        return k >= 0 and m.end <= self.contents[k][1]

    def starting(self, lo: int, hi: int) -> list[_Parsed]:
        """The mentions that start in ``[lo, hi)``."""
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def overlapping(self, start: int, end: int) -> list[_Parsed]:
        """The mentions that overlap ``[start, end)``."""
        near = self.starting(start - self.LONGEST, end)
        return [p for p in near if p.mention.start < end and p.mention.end > start]


def _parse_mentions(mentions: Iterable[EntityMention]) -> _Mentions:
    return _Mentions(
        _Parsed(m, parse_person(m.text, m.premod) if m.label == "PERSON" else parse_phrase(m.text))
        for m in mentions
    )


@dataclass(frozen=True)
class _Named:
    """A speaker phrase read as a name, with the role and affiliation the text gives."""

    surface: str
    parts: NameParts
    role: str | None = None
    affiliation: str | None = None
    #: A lone capitalised word that may be a surname named in full in another article.
    lone: bool = False


@dataclass(frozen=True)
class _Item:
    """A quote's speaker as a name: the unit the clustering works on."""

    quote: Quote
    surface: str
    parts: NameParts
    how: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    lone: bool = False
    #: A surname its own article gives to several people: never linked to a full name.
    ambiguous: bool = False
    #: A joint source's other member ("A and B said"): the quote's co-speaker.
    co: bool = False
    #: The phrase names no one ("some", "officials", "his government"): no speaker node.
    unnamed: bool = False


def _written(quote: Quote) -> str:
    """The speaker mention as the article writes it."""
    return clean_surface(quote.mention.text) if quote.mention is not None else "?"


def _item(quote: Quote, named: _Named, how: str | None) -> _Item:
    reasons = (f"{how} 1.00: {_written(quote)} -> {named.surface}",) if how else ()
    return _Item(
        quote, named.surface, named.parts, reasons, named.role, named.affiliation, named.lone
    )
