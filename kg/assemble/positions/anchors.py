"""Each claim's key term (its anchor), and the codebook's positions as definitions."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.assemble.codebook import Codebook
from kg.assemble.positions.corpus import Corpus
from kg.assemble.positions.records import ANCHOR_MIN
from kg.assemble.speakers import slug
from kg.extract.claims import Claim, Frame
from kg.extract.terms import term_words
from kg.lexicon import (
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MAGNITUDE_WORDS,
)


@dataclass
class Def:
    """A position definition while positions are found (mutable, internal)."""

    id: str
    keys: tuple[tuple[str, ...], ...]
    frame: Frame | None
    label: str | None = None
    aliases: tuple[str, ...] = ()
    from_codebook: bool = False


def _entry_score(entry: Def, weights: Mapping[str, float], fold: Mapping[str, str]) -> float:
    """How well a claim's weights match a codebook entry (its best fully used key)."""
    score = 0.0
    for words in entry.keys:
        folded = [fold.get(w, w) for w in words]
        if folded and all(w in weights for w in folded):
            score = max(score, min(weights[w] for w in folded))
    return score


def _global_score(corpus: Corpus, t: str, frame: Frame) -> float:
    """How well ``t`` names a position: shared by speakers, specific, not the event."""
    focus, causes, df, effects = corpus.focus, corpus.causes, corpus.df, corpus.effects
    if len(focus[t]) < 2 and not (frame == "cause" and causes[t] and df[t] >= 2):
        return 0.0
    n = len(corpus.items) or 1
    idf = math.log((n + 1) / (df[t] + 1)) + 1.0
    if t in corpus.speaker_words and frame != "cause":
        return 0.0  # who argues is not what is argued (but can be blamed)
    if effects[t] >= 2 and frame == "claim":
        return 0.0  # the event explained is what everyone reports, not a claim about it
    demote = 0.3 if effects[t] >= 2 or t in corpus.speaker_words else 1.0
    bonus = 2.0 if frame == "cause" and len(causes[t]) >= 2 else 1.0
    shared = 1.0 + 0.5 * math.log(max(1, len(focus[t])))
    return idf * demote * bonus * shared


def _pick_anchor(
    corpus: Corpus, c: Claim, w: Mapping[str, float], prefer: Mapping[str, int]
) -> str | None:
    """The claim's key term; for an explanation, a cause others also name wins."""
    if c.frame == "cause":
        shared = [
            (prefer[t], x, t)
            for t, x in w.items()
            if prefer.get(t, 0) >= 2 and t not in c.rejected  # "X, not Y, caused it"
        ]
        if shared:
            return max(shared)[2]
    scored = [
        (x * _global_score(corpus, t, c.frame), t)
        for t, x in w.items()
        if x >= ANCHOR_MIN
        and t not in LIGHT_NOUNS
        and t not in LIGHT_VERBS
        and t not in CLAIM_NOUNS
        and t not in CAUSE_VERBS
        and t not in CAUSE_NOUNS
    ]
    if c.frame == "figure":
        scored = [(s * 3 if t in MAGNITUDE_WORDS.values() else s, t) for s, t in scored]
    scored = [st for st in scored if st[0] > 0]
    # "the vase is a fake": what is said of the thing is the claim, not the thing
    said = {corpus.fold.get(t, t) for t in c.predicated} if c.frame == "claim" else set()
    scored = [st for st in scored if st[1] in said] or scored
    best = max(scored)[1] if scored else None
    if c.frame == "claim" and best in corpus.topics:
        apart = [t for _, t in sorted(st for st in scored if st[1] in corpus.beside)[::-1]]
        return _said_of_topic(corpus, c, w, apart) or best
    return best


def _said_of_topic(
    corpus: Corpus, c: Claim, w: Mapping[str, float], shared: Sequence[str] = ()
) -> str | None:
    """What a claim about the corpus's topic says of it ("the bank is insolvent": insolvent;
    "the data were mishandled": mishandle): every speaker names the topic, on both sides,
    so what is said of it is the claim, and a negation ("is not insolvent") disputes it.

    That is a topic claim (:func:`kg.assemble.positions.corpus.topic_claims`), else the
    best of ``shared`` (terms other speakers put in focus too, and some statement that does
    not name the topic at all, best first) it says of the topic: "the orchard was
    flooded" joins those who trace "the flooding", not the bare orchard, even when nothing
    else is said of the orchard by two; "the dam holds" stays on the
    dam when "hold" is never argued apart from it, and "balloons flew over the
    stadium" stays on the balloon when others say who flew one (the topic does what is
    done to it there: :attr:`Corpus.done_to`)."""
    said = corpus.said_of_topic(c)
    for t in said:
        if (
            t in corpus.topic_claims
            and t in w
            and t not in corpus.speaker_words
            and t not in LIGHT_NOUNS | CLAIM_NOUNS
        ):
            return t
    own = corpus.patients(c)
    pairs = corpus.said_of_topics(c)
    return next(
        (
            t
            for t in shared
            for topic, term in pairs
            if term == t and ((t, topic) not in corpus.done_to or (t, topic) in own)
        ),
        None,
    )


def codebook_defs(codebook: Codebook | None) -> list[Def]:
    """The codebook's entries as position definitions (none without a codebook)."""
    defs: list[Def] = []
    if codebook is not None:
        for e in codebook.entries:
            keys = tuple(k for k in (term_words(t) for t in e.terms) if k)
            frame = e.frame if e.frame in ("cause", "figure", "claim") else None
            defs.append(Def(e.id, keys, frame, e.label, e.aliases, True))  # type: ignore[arg-type]
    return defs


def _cause_preference(corpus: Corpus) -> dict[str, int]:
    """How many speakers build an explanation on each cause term."""
    # Causes that several speakers name: explanations built on them absorb the rest.
    cause_speakers: dict[str, set[str]] = defaultdict(set)
    for said, w in zip(corpus.items, corpus.weights, strict=True):
        c, sid = said.claim, said.speaker
        if c.frame == "cause" and (a := _pick_anchor(corpus, c, w, {})) is not None:
            cause_speakers[a].add(sid)
    return {t: len(s) for t, s in cause_speakers.items()}


def _codebook_match(
    defs: Sequence[Def], c: Claim, w: Mapping[str, float], fold: Mapping[str, str]
) -> str | None:
    """The codebook entry that best matches a claim, if it matches well enough."""
    best: tuple[float, str | None] = (0.0, None)
    for d in defs:
        if d.frame is not None and d.frame != c.frame:
            continue
        s = _entry_score(d, w, fold)
        if s > best[0]:
            best = (s, d.id)
    if best[1] is not None and best[0] >= ANCHOR_MIN * 0.5:
        return best[1]
    return None


def assign(
    corpus: Corpus, defs: Sequence[Def], auto: bool
) -> tuple[list[str | None], dict[str, tuple[str, Frame]]]:
    """Each claim's first position (codebook entries first, then its anchor) and the anchors."""
    prefer = _cause_preference(corpus)
    assigned: list[str | None] = []
    anchors: dict[str, tuple[str, Frame]] = {}
    for d in defs:  # an entry's key term: the head of its first term ("the tax story" -> tax)
        head = d.keys[0][-1] if d.keys and d.keys[0] else d.id
        anchors[d.id] = (corpus.fold.get(head, head), d.frame or "claim")
    for said, w in zip(corpus.items, corpus.weights, strict=True):
        c = said.claim
        coded = _codebook_match(defs, c, w, corpus.fold)
        if coded is not None:
            assigned.append(coded)
            continue
        anchor = _pick_anchor(corpus, c, w, prefer) if auto else None
        if anchor is None:
            assigned.append(None)
            continue
        pid = slug(f"{anchor}-{c.frame}") if c.frame != "claim" else slug(anchor)
        anchors[pid] = (anchor, c.frame)
        assigned.append(pid)
    return assigned, anchors
