"""Stage 4: speaker mentions become :class:`Speaker` identities across a corpus.

Every quote's mention (or the antecedent a pronoun resolves to) is mapped to
one canonical speaker: titles are stripped into the role, surnames are linked
to full names, and each merge records the rule that made it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from kg.lexicon import GROUP_HEADS, ORG_HEADS, TITLE_WORDS
from kg.quotes import Quote, Span

__all__ = [
    "Speaker",
    "SpeakerIndex",
    "SpeakerType",
    "canonical_name",
    "resolve_speakers",
    "slug",
]

SpeakerType = Literal["person", "organization", "group"]


@dataclass(frozen=True)
class Speaker:
    """One real-world source, however it is named.

    Attributes
    ----------
    id : str
        Stable slug of the canonical name.
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
        Why each alias joined this identity ("rule score: alias").
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

    @property
    def alias_names(self) -> list[str]:
        """The aliases without their counts."""
        return [a for a, _ in self.aliases]


@dataclass(frozen=True)
class SpeakerIndex:
    """The speakers of a corpus and which quote each was given."""

    speakers: tuple[Speaker, ...]
    by_quote: Mapping[tuple[str, int, int], str] = field(default_factory=dict)

    def get(self, speaker_id: str) -> Speaker | None:
        """The speaker with ``speaker_id``, or None."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        return None

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


_POSSESSIVE = re.compile(r"[’']s$")


def canonical_name(mention: str) -> tuple[str, str | None]:
    """Split a mention into (canonical name, role from its titles).

    >>> canonical_name("Lt. Gen. Ann Smith")
    ('Ann Smith', 'Lt. Gen.')
    >>> canonical_name("the ministry")
    ('the ministry', None)
    """
    words = mention.split()
    role: list[str] = []
    while len(words) > 1 and words[0].strip(".,").lower() in TITLE_WORDS and words[1][:1].isupper():
        role.append(words.pop(0))
    name = " ".join(words)
    return name, (" ".join(role) or None)


def _type_of(name: str, is_person: bool) -> SpeakerType:
    last = name.split()[-1].lower() if name.split() else ""
    if last in GROUP_HEADS:
        return "group"
    if last in ORG_HEADS or not is_person:
        return "organization"
    return "person"


def _surface(quote: Quote) -> Span | None:
    if quote.mention_kind in ("pronoun", "nominal") and quote.antecedent is not None:
        return quote.antecedent
    return quote.mention


def resolve_speakers(quotes: Sequence[Quote]) -> SpeakerIndex:
    """Group the quotes' speaker mentions into canonical speakers.

    >>> m = Span(6, 15, "Ann Smith")
    >>> q = Quote("a", 0, 5, "hello", "direct", mention=m, mention_kind="name")
    >>> m2 = Span(26, 31, "Smith")
    >>> r = Quote("a", 20, 25, "again", "direct", mention=m2, mention_kind="name")
    >>> index = resolve_speakers([q, r])
    >>> [s.name for s in index.speakers]
    ['Ann Smith']
    """
    names: dict[tuple[str, int, int], tuple[str, str | None, str, bool]] = {}
    for q in quotes:
        surface = _surface(q)
        if surface is None or (q.mention_kind == "pronoun" and q.antecedent is None):
            continue
        name, role = canonical_name(_POSSESSIVE.sub("", surface.text.strip()))
        names[q.key] = (name, role, q.mention.text if q.mention else name, q.mention_kind == "name")
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for name, _, _, _ in names.values():
        parts = name.split()
        if len(parts) >= 2 and parts[0][:1].isupper():
            full_by_surname[parts[-1].lower()].add(name)
    clusters: dict[str, list[tuple[Quote, str, str | None, str]]] = defaultdict(list)
    merges: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        if q.key not in names:
            continue
        name, role, alias, _ = names[q.key]
        key = name
        fulls = full_by_surname.get(name.lower(), set())
        if len(name.split()) == 1 and len(fulls) == 1:
            key = next(iter(fulls))
            merges[key].add(f"surname 1.00: {name}")
        clusters[key].append((q, name, role, alias))
    speakers: list[Speaker] = []
    by_quote: dict[tuple[str, int, int], str] = {}
    for key, members in clusters.items():
        sid = slug(key)
        counts = Counter(alias for _, _, _, alias in members)
        roles = Counter(role for _, _, role, _ in members if role)
        is_person = any(names[q.key][3] for q, _, _, _ in members)
        speakers.append(
            Speaker(
                id=sid,
                name=key,
                type=_type_of(key, is_person and key[:1].isupper()),
                aliases=tuple(counts.most_common()),
                role=roles.most_common(1)[0][0] if roles else None,
                docs=tuple(sorted({q.doc for q, _, _, _ in members})),
                n_quotes=len(members),
                merges=tuple(sorted(merges.get(key, ()))),
            )
        )
        for q, _, _, _ in members:
            by_quote[q.key] = sid
    speakers.sort(key=lambda s: (-s.n_quotes, s.name))
    return SpeakerIndex(tuple(speakers), by_quote)
