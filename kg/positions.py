"""Stage 5: statements become :class:`Position` records and :class:`Stance` edges.

Per article, :func:`analyze_claims` reads each quote with the parse to get
its key terms and polarity cues (a :class:`Claim`). Across the corpus,
:func:`find_positions` groups claims on shared key terms into positions and
gives every attributed claim a stance towards the position it is about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.lexicon import DISPUTE_LEMMAS, NEGATION_WORDS
from kg.quotes import Quote
from kg.speakers import SpeakerIndex, slug

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Claim", "Position", "Stance", "StanceKind", "analyze_claims", "find_positions"]

StanceKind = Literal["supports", "disputes", "neutral"]


@dataclass(frozen=True)
class Claim:
    """What the parse tells about one quote: its key terms and polarity cues."""

    doc: str
    start: int
    end: int
    terms: tuple[str, ...]
    negated: bool = False
    disputing: bool = False

    @property
    def key(self) -> tuple[str, int, int]:
        """The key of the quote this claim reads."""
        return (self.doc, self.start, self.end)


@dataclass(frozen=True)
class Position:
    """A claim or explanation that statements argue about."""

    id: str
    label: str
    terms: tuple[str, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stance:
    """One speaker's stance towards one position, from one statement."""

    speaker: str
    position: str
    stance: StanceKind
    confidence: float
    doc: str
    text: str
    start: int
    end: int
    cue: str | None = None


def analyze_claims(doc: Doc, quotes: Sequence[Quote]) -> list[Claim]:
    """Key terms (noun lemmas) and negation/dispute cues of each quote in ``doc``."""
    claims = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        terms = tuple(
            t.lemma_.lower()
            for t in span
            if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and len(t.text) > 2
        )
        negated = any(t.lower_ in NEGATION_WORDS and t.dep_ == "neg" for t in span)
        sentence_tokens = span.sent if span.sent is not None else span
        disputing = any(t.lemma_.lower() in DISPUTE_LEMMAS for t in sentence_tokens)
        claims.append(Claim(q.doc, q.start, q.end, terms, negated, disputing))
    return claims


def find_positions(
    quotes: Sequence[Quote], claims: Sequence[Claim], speakers: SpeakerIndex
) -> tuple[list[Position], list[Stance]]:
    """Positions = key terms used by several speakers; stances from polarity cues."""
    by_key = {c.key: c for c in claims}
    term_speakers: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        sid = speakers.by_quote.get(q.key)
        claim = by_key.get(q.key)
        if sid and claim:
            for term in set(claim.terms):
                term_speakers[term].add(sid)
    counts = Counter({t: len(s) for t, s in term_speakers.items() if len(s) >= 2})
    positions = [Position(slug(t), t, (t,)) for t, _ in counts.most_common(10)]
    stances: list[Stance] = []
    for q in quotes:
        sid = speakers.by_quote.get(q.key)
        claim = by_key.get(q.key)
        if not sid or not claim:
            continue
        for p in positions:
            if p.terms[0] in claim.terms:
                kind: StanceKind = "disputes" if claim.negated or claim.disputing else "supports"
                stances.append(
                    Stance(
                        sid,
                        p.id,
                        kind,
                        0.5,
                        q.doc,
                        q.text,
                        q.start,
                        q.end,
                        q.cue.text if q.cue else None,
                    )
                )
                break
    return positions, stances
