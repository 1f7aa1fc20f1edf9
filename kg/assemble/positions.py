"""Corpus-wide: claims become :class:`Position` records and :class:`Stance` edges.

Across the corpus, :func:`find_positions` picks each claim's key term (its
*anchor*: a term several speakers put in focus, with compounds folded onto
their head word so "wildfire", "forest fire" and "fire" meet), groups the
claims by anchor and frame into positions, resolves references to earlier
claims ("these estimates" points at the last figure), links the claims no
position took that two speakers make in the same words in one article, and
gives every attributed claim a stance; every member of a joint source ("A and
B say ...", :attr:`kg.assemble.speakers.SpeakerIndex.co_speakers`) takes the stances of
its statement. A :class:`kg.assemble.codebook.Codebook` can name, merge, split or add
positions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.assemble.codebook import Codebook
from kg.assemble.speakers import SpeakerIndex, slug
from kg.extract.quotes import Quote
from kg.extract.terms import norm_term, term_words
from kg.lexicon import (
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    FIGURE_NOUNS,
    GROUP_HEADS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MAGNITUDE_WORDS,
    NEGATION_WORDS,
    ORG_HEADS,
    SYNONYM_GROUPS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    pass

from kg.extract.claims import Claim, Frame, StanceKind, analyze_claims, stance_statements

#: Each word of a synonym group -> the group's first word.
_SYNONYM = {w: group[0] for group in SYNONYM_GROUPS for w in group}

__all__ = [
    "Claim",
    "Frame",
    "Position",
    "Stance",
    "StanceKind",
    "analyze_claims",
    "find_positions",
    "fold_terms",
    "stance_statements",
]

_W_CAUSE = 3.0
_W_SUBJECT = 2.0
_W_OBJECT = 1.5
_W_OTHER = 1.0
_W_EFFECT = 0.2
_ANCHOR_MIN = 0.9
_JOIN_MIN = 0.7


@dataclass(frozen=True)
class Position:
    """A claim or explanation that statements argue about.

    Attributes
    ----------
    id : str
    label : str
        A short human label.
    terms : tuple of str
        The key terms it was recognised by (anchor first, then the forms written).
    aliases : tuple of str
        Noun phrases the statements used for it.
    frame : {'cause', 'figure', 'claim'}
    related : tuple of str
        Other terms its statements use most (for matching questions; not key terms).
    """

    id: str
    label: str
    terms: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    frame: Frame = "claim"
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stance:
    """One speaker's stance towards one position, from one statement.

    ``basis`` names the construction that decided the stance: ``assertion``,
    ``negation``, ``dispute-predicate``, ``dismissive``, ``reference`` or ``rival``.
    """

    speaker: str
    position: str
    stance: StanceKind
    confidence: float
    doc: str
    text: str
    start: int
    end: int
    cue: str | None = None
    basis: str = "assertion"


# --------------------------------------------------------------------------------------
# Across the corpus: positions and stances
# --------------------------------------------------------------------------------------


def fold_terms(vocabulary: Iterable[str]) -> dict[str, str]:
    """Map compounds written as one word onto their head word when it occurs too.

    >>> fold_terms(["wildfire", "fire", "airport", "tax"])
    {'wildfire': 'fire'}
    >>> sorted(fold_terms(["overloading", "overload", "housed", "house"]).items())
    [('housed', 'house'), ('overloading', 'overload')]
    """
    vocab = set(vocabulary)
    fold: dict[str, str] = {}
    for term in sorted(vocab):
        if "-" in term:  # "tens-of-thousands" is a size of its own, not "thousands"
            continue
        for ending in ("ing", "ed"):
            stem = term[: -len(ending)]
            if term.endswith(ending) and len(stem) >= 4 and (stem in vocab or stem + "e" in vocab):
                fold[term] = stem if stem in vocab else stem + "e"
        if term in fold:
            continue
        for cut in range(3, len(term) - 3):
            head = term[cut:]
            if head in vocab and len(head) >= 4:
                fold[term] = head
                break
    return fold


@dataclass
class _Def:
    """A position definition while positions are found (mutable, internal)."""

    id: str
    keys: tuple[tuple[str, ...], ...]
    frame: Frame | None
    label: str | None = None
    aliases: tuple[str, ...] = ()
    from_codebook: bool = False


def _folded(claim: Claim, fold: Mapping[str, str]) -> dict[str, float]:
    """A claim's term weights with compounds folded onto their head word."""
    out: dict[str, float] = {}
    for term, w in claim.terms:
        t = fold.get(term, term)
        out[t] = max(out.get(t, 0.0), w)
    return out


def _entry_score(entry: _Def, weights: Mapping[str, float], fold: Mapping[str, str]) -> float:
    """How well a claim's weights match a codebook entry (its best fully used key)."""
    score = 0.0
    for words in entry.keys:
        folded = [fold.get(w, w) for w in words]
        if folded and all(w in weights for w in folded):
            score = max(score, min(weights[w] for w in folded))
    return score


def _label(anchor: str, frame: Frame, phrases: Counter[str], co: Counter[str]) -> str:
    """A readable label for a found position: a phrase with its anchor, and its frame."""
    best = next((p for p, _ in phrases.most_common() if anchor in p.split()), None)
    if best is None:
        partner = next((t for t, _ in co.most_common() if t != anchor), None)
        best = f"{anchor} {partner}" if partner else anchor
    if frame == "cause":
        return f"{best} (as the cause)"
    if frame == "figure":
        return f"{best} (figure)"
    return best


@dataclass(frozen=True)
class _Corpus:
    """The attributed claims of a corpus, their folded term weights and term statistics."""

    qby: dict[tuple[str, int, int], Quote]
    items: list[tuple[Claim, str]]
    weights: list[dict[str, float]]
    fold: dict[str, str]
    focus: defaultdict[str, set[str]]  # term -> speakers who put it in focus
    causes: defaultdict[str, set[str]]  # term -> speakers who name it as a cause
    df: Counter[str]
    effects: Counter[str]
    speaker_words: set[str]
    by_doc: dict[str, list[int]]  # article -> its items' indices, in order


def _speaker_words(speakers: SpeakerIndex) -> set[str]:
    """Words that say who argues, not what: the speakers' heads and role or group nouns."""
    # Heads that name the speakers ("the ministry", "soldiers") say who argues, not what.
    # and so do role, organisation and group nouns in general ("commanders", "troops").
    return {
        _SYNONYM.get(norm_term(w), norm_term(w))
        for sp in speakers.speakers
        for name in (sp.name, *sp.alias_names)
        for w in name.lower().split()
        if w in ORG_HEADS or w in GROUP_HEADS
    } | {_SYNONYM.get(norm_term(w), norm_term(w)) for w in (*TITLE_WORDS, *ORG_HEADS, *GROUP_HEADS)}


def _corpus(quotes: Sequence[Quote], claims: Sequence[Claim], speakers: SpeakerIndex) -> _Corpus:
    """Pair each attributed claim with its speaker and count who uses each term how."""
    qby = {q.key: q for q in quotes}
    items = [(c, sid) for c in claims if (sid := speakers.by_quote.get(c.key)) and c.key in qby]
    fold = fold_terms({t for c, _ in items for t, _ in c.terms})
    weights = [_folded(c, fold) for c, _ in items]
    # Statistics for anchors: who puts a term in focus or names it as a cause, how common it is.
    focus: defaultdict[str, set[str]] = defaultdict(set)
    causes: defaultdict[str, set[str]] = defaultdict(set)
    df: Counter[str] = Counter()
    effects: Counter[str] = Counter()
    for (c, sid), w in zip(items, weights, strict=True):
        for t, x in w.items():
            df[t] += 1
            if x >= 0.9 * _W_OTHER:
                focus[t].add(sid)
            if x >= _W_CAUSE:
                causes[t].add(sid)
        effects.update({fold.get(t, t) for t in c.effect})
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        by_doc[c.doc].append(i)
    return _Corpus(
        qby, items, weights, fold, focus, causes, df, effects, _speaker_words(speakers), by_doc
    )


def _global_score(corpus: _Corpus, t: str, frame: Frame) -> float:
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
    corpus: _Corpus, c: Claim, w: Mapping[str, float], prefer: Mapping[str, int]
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
        if x >= _ANCHOR_MIN
        and t not in LIGHT_NOUNS
        and t not in LIGHT_VERBS
        and t not in CLAIM_NOUNS
        and t not in CAUSE_VERBS
        and t not in CAUSE_NOUNS
    ]
    if c.frame == "figure":
        scored = [(s * 3 if t in MAGNITUDE_WORDS.values() else s, t) for s, t in scored]
    scored = [st for st in scored if st[0] > 0]
    return max(scored)[1] if scored else None


def _codebook_defs(codebook: Codebook | None) -> list[_Def]:
    """The codebook's entries as position definitions (none without a codebook)."""
    defs: list[_Def] = []
    if codebook is not None:
        for e in codebook.entries:
            keys = tuple(k for k in (term_words(t) for t in e.terms) if k)
            frame = e.frame if e.frame in ("cause", "figure", "claim") else None
            defs.append(_Def(e.id, keys, frame, e.label, e.aliases, True))  # type: ignore[arg-type]
    return defs


def _cause_preference(corpus: _Corpus) -> dict[str, int]:
    """How many speakers build an explanation on each cause term."""
    # Causes that several speakers name: explanations built on them absorb the rest.
    cause_speakers: dict[str, set[str]] = defaultdict(set)
    for (c, sid), w in zip(corpus.items, corpus.weights, strict=True):
        if c.frame == "cause" and (a := _pick_anchor(corpus, c, w, {})) is not None:
            cause_speakers[a].add(sid)
    return {t: len(s) for t, s in cause_speakers.items()}


def _codebook_match(
    defs: Sequence[_Def], c: Claim, w: Mapping[str, float], fold: Mapping[str, str]
) -> str | None:
    """The codebook entry that best matches a claim, if it matches well enough."""
    best: tuple[float, str | None] = (0.0, None)
    for d in defs:
        if d.frame is not None and d.frame != c.frame:
            continue
        s = _entry_score(d, w, fold)
        if s > best[0]:
            best = (s, d.id)
    if best[1] is not None and best[0] >= _ANCHOR_MIN * 0.5:
        return best[1]
    return None


def _assign(
    corpus: _Corpus, defs: Sequence[_Def], auto: bool
) -> tuple[list[str | None], dict[str, tuple[str, Frame]]]:
    """Each claim's first position (codebook entries first, then its anchor) and the anchors."""
    prefer = _cause_preference(corpus)
    assigned: list[str | None] = []
    anchors: dict[str, tuple[str, Frame]] = {}
    for d in defs:  # an entry's key term: the head of its first term ("the tax story" -> tax)
        head = d.keys[0][-1] if d.keys and d.keys[0] else d.id
        anchors[d.id] = (corpus.fold.get(head, head), d.frame or "claim")
    for (c, _), w in zip(corpus.items, corpus.weights, strict=True):
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


@dataclass(frozen=True)
class _Groups:
    """The claims of each position while small positions merge (``members`` changes)."""

    corpus: _Corpus
    anchors: dict[str, tuple[str, Frame]]
    members: defaultdict[str, list[int]]
    coded: frozenset[str]
    docs_of: defaultdict[str, set[str]]  # term -> articles using it

    def merge(self, small: str, big: str) -> None:
        """Move the claims of ``small`` into ``big``."""
        self.members[big].extend(self.members.pop(small))

    def figure_words(self, pid: str) -> dict[str, set[str]]:
        """Words of a figure's claims besides the size, with who used them."""
        magnitudes = set(MAGNITUDE_WORDS.values())
        out: dict[str, set[str]] = defaultdict(set)
        for i in self.members[pid]:
            for t, x in self.corpus.weights[i].items():
                if (
                    x >= 0.9 * _W_OTHER
                    and t not in magnitudes
                    and t not in self.corpus.speaker_words
                ):
                    out[t].add(self.corpus.items[i][1])
        return out

    def agreed_figure(self, pid: str) -> set[str]:
        """The words two speakers of a figure share (empty when no two do)."""
        return {t for t, who in self.figure_words(pid).items() if len(who) >= 2}

    def wanted(self, pid: str) -> bool:
        """Several speakers argue about it (or an explanation is stated twice)."""
        items, members = self.corpus.items, self.members
        idx = members[pid]
        n_speakers = len({items[i][1] for i in idx})
        if pid in self.coded:
            return True
        anchor, frame = self.anchors[pid]
        if frame == "cause":
            return n_speakers >= 2 or len(idx) >= 2
        if frame == "figure":
            # a figure two speakers give for the same thing, or one contradicting it
            if self.agreed_figure(pid):
                return True
            mine = set(self.figure_words(pid))
            return any(
                mine & self.agreed_figure(other)
                for other, (a, f) in self.anchors.items()
                if f == "figure" and a != anchor and members[other]
            )
        # Any other claim must be stated against something ("it's a way to X", "X's
        # statement was an attempt to Y", "X was not ..."), by four speakers or by two in
        # three statements across articles: a topic merely mentioned, however widely
        # ("the campaign", "the nominee"), is no position.
        argued = any(_argues(items[i][0]) for i in idx)
        if n_speakers >= 4 and argued:
            return True
        return n_speakers >= 2 and len(idx) >= 3 and argued and len(self.docs_of[anchor]) >= 2


def _groups(
    corpus: _Corpus,
    assigned: Sequence[str | None],
    anchors: dict[str, tuple[str, Frame]],
    defs: Sequence[_Def],
) -> _Groups:
    """Group the claims by their first position."""
    members: defaultdict[str, list[int]] = defaultdict(list)
    for i, member_of in enumerate(assigned):
        if member_of is not None:
            members[member_of].append(i)
    docs_of: defaultdict[str, set[str]] = defaultdict(set)
    for (c, _), w in zip(corpus.items, corpus.weights, strict=True):
        for t in w:
            docs_of[t].add(c.doc)
    return _Groups(corpus, anchors, members, frozenset(d.id for d in defs), docs_of)


def _relabel(assigned: Sequence[str | None], moved: Mapping[str, str]) -> list[str | None]:
    """``assigned`` with each merged position replaced by the one it joined."""
    return [moved.get(p, p) if p is not None else None for p in assigned]


def _join_siblings(g: _Groups) -> dict[str, str]:
    """Small positions on the same key term in other frames join their largest sibling."""
    # The same key term in other frames: a position too small to keep joins its largest
    # sibling ("X caused it" and "X is to blame" said once each are one position).
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for pid, (anchor, _) in g.anchors.items():
        if g.members[pid]:
            by_anchor[anchor].append(pid)
    # A size given as a figure and the same size inside an explanation or a remedy ("the
    # decision to station hundreds of troops") are not the same claim: they stay apart.
    joined: dict[str, str] = {}
    for same_anchor in by_anchor.values():
        for is_figure in (True, False):
            siblings = [p for p in same_anchor if (g.anchors[p][1] == "figure") == is_figure]
            if len(siblings) < 2:
                continue
            siblings.sort(key=lambda p: -len(g.members[p]))
            big = siblings[0]
            for small in siblings[1:]:
                if not g.wanted(small):
                    g.merge(small, big)
                    joined[small] = big
    return joined


def _pair_unkept(g: _Groups) -> dict[str, str]:
    """Two small positions of a frame whose claims use each other's key term become one."""
    # Two positions too small to keep, of the same frame, whose claims mostly use each
    # other's key term are one ("overloading by trucks" / "overloaded trucks").
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    unkept = [p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p]]
    unkept = [p for p in unkept if not g.wanted(p)]
    # How many claims of each position use each term strongly, kept up to date as
    # positions merge, so a pair is checked by two lookups, not two passes over claims.
    strong = {
        p: Counter(t for i in members[p] for t, x in weights[i].items() if x >= 0.9) for p in unkept
    }
    paired: dict[str, str] = {}
    for k, a in enumerate(unkept):
        if a in paired:
            continue
        key_a, frame = anchors[a]
        for b in unkept[k + 1 :]:
            if b in paired or anchors[b][1] != frame:
                continue
            a_has = strong[a][anchors[b][0]]
            b_has = strong[b][key_a]
            if 2 * a_has >= len(members[a]) and 2 * b_has >= len(members[b]):
                g.merge(b, a)
                strong[a].update(strong[b])
                paired[b] = a
    return paired


def _move_to_kept(g: _Groups) -> dict[str, str]:
    """A small position joins a kept one of its frame whose anchor most of its claims use."""
    # A position too small to keep joins a kept one of the same frame when most of its
    # claims also use that one's anchor (the same thing said in other words).
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    kept = [
        p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p] and g.wanted(p)
    ]
    kept_set = set(kept)
    moved: dict[str, str] = {}
    for small in sorted(anchors, key=lambda p: len(members[p])):
        if not members[small] or small in kept_set:
            continue
        # claims of ``small`` using each term (its claims do not change until it moves)
        uses = Counter(t for i in members[small] for t, x in weights[i].items() if x >= _JOIN_MIN)
        for big in kept:
            anchor, frame = anchors[big]
            if frame != anchors[small][1] or g.corpus.effects[anchor] >= 2:
                continue
            if uses[anchor] * 3 >= 2 * len(members[small]):
                g.merge(small, big)
                moved[small] = big
                break
    return moved


def _kept_only(g: _Groups, assigned: Sequence[str | None]) -> list[str | None]:
    """``assigned`` without the positions not kept and the figures about something else."""
    keep = {pid for pid in g.members if g.members[pid] and g.wanted(pid)}
    # A figure about something else ("27 heads of state" among casualty figures) is left out.
    about = {
        t
        for pid in keep
        if g.anchors.get(pid, ("", ""))[1] == "figure"
        for t in g.agreed_figure(pid)
    }
    out = list(assigned)
    for pid in keep:
        if g.anchors.get(pid, ("", ""))[1] != "figure":
            continue
        for i in g.members[pid]:
            if not any(t in g.corpus.weights[i] for t in about):
                out[i] = None
    return [pid if pid in keep else None for pid in out]


def _frame_of(
    pid: str | None, anchors: Mapping[str, tuple[str, Frame]], defs: Sequence[_Def]
) -> Frame | None:
    """The frame of a position (None for no position)."""
    if pid is None:
        return None
    if pid in anchors:
        return anchors[pid][1]
    return next((d.frame for d in defs if d.id == pid), None)


@dataclass(frozen=True)
class _Resolved:
    """Each claim's final position and what each speaker asserts: the input of stances."""

    corpus: _Corpus
    groups: _Groups
    assigned: list[str | None]
    defs: list[_Def]
    names: dict[str, set[str]]  # speaker -> lower-cased names
    supported: defaultdict[str, Counter[str]]  # speaker -> position counts
    cause_support: Counter[str]

    def frame_of(self, pid: str | None) -> Frame | None:
        """The frame of a position (None for no position)."""
        return _frame_of(pid, self.groups.anchors, self.defs)

    def referenced(self, i: int) -> str | None:
        """The position claim ``i``'s claim noun points at."""
        c, sid = self.corpus.items[i]
        return _referenced(
            c,
            sid,
            [(self.corpus.items[j], self.assigned[j]) for j in self.corpus.by_doc[c.doc]],
            self.assigned,
            self.names,
            self.supported,
            self.groups.anchors,
            self.corpus.fold,
        )

    def stance(self, i: int, pid: str, kind: StanceKind, conf: float, basis: str) -> Stance:
        """Claim ``i``'s stance on ``pid`` (a hedge lowers the confidence)."""
        c, sid = self.corpus.items[i]
        q = self.corpus.qby[c.key]
        cue = q.cue.text if q.cue else None
        if c.hedge:
            conf *= 0.85
        return Stance(sid, pid, kind, round(conf, 3), c.doc, q.text, q.start, q.end, cue, basis)


def _resolved(
    corpus: _Corpus,
    groups: _Groups,
    assigned: list[str | None],
    defs: list[_Def],
    speakers: SpeakerIndex,
) -> _Resolved:
    """Count what each speaker asserts (for "X's statement") and which explanations."""
    names = {s.id: {s.name.lower(), *(a.lower() for a in s.alias_names)} for s in speakers.speakers}
    supported: defaultdict[str, Counter[str]] = defaultdict(Counter)
    cause_support: Counter[str] = Counter()
    for i, asserted in enumerate(assigned):
        c, sid = corpus.items[i]
        if asserted is None or _is_reference(c) or c.dispute or c.negated:
            continue
        supported[sid][asserted] += 1
        if _frame_of(asserted, groups.anchors, defs) == "cause":
            cause_support[asserted] += 1
    return _Resolved(corpus, groups, assigned, defs, names, supported, cause_support)


def _reference_stances(r: _Resolved, i: int) -> list[Stance]:
    """A claim that dismisses another by naming it: it disputes the claim referred to."""
    # "this version looks ridiculous", "X's statement was a smear": the claim referred to.
    c, _ = r.corpus.items[i]
    own = r.assigned[i]
    out: list[Stance] = []
    target = r.referenced(i)
    if c.negated and own is not None and not c.ref_terms and not c.referent:
        # "X was not to blame, and he called the claim ridiculous": the claim is X.
        target = own
    if target is None:
        target = r.cause_support.most_common(1)[0][0] if r.cause_support else None
    if target is not None:
        basis = "dispute-predicate" if c.dispute else "dismissive"
        out.append(r.stance(i, target, "disputes", 0.7, basis))
    ref_anchors = {r.corpus.fold.get(t, t) for t in c.ref_terms}
    if (
        own is not None
        and own != target
        and r.groups.anchors.get(own, ("", ""))[0] not in ref_anchors
    ):
        # "X's statement is an attempt to Y": the dismissal is of X, Y is asserted.
        if c.negated:
            out.append(r.stance(i, own, "disputes", 0.6, "negation"))
        else:
            out.append(r.stance(i, own, "supports", 0.5, "assertion"))
    return out


def _claim_stances(r: _Resolved, i: int) -> list[Stance]:
    """A claim's stance on the claim it endorses and on its own position."""
    c, _ = r.corpus.items[i]
    own = r.assigned[i]
    out: list[Stance] = []
    if c.endorses and c.refers is not None:
        # "X's account is correct", "agreed with X": the claim referred to is supported.
        target = r.referenced(i)
        if target is not None and target != own:
            out.append(r.stance(i, target, "supports", 0.6, "endorsement"))
    if own is None:
        return out
    if c.asks and not (c.dispute or c.negated or c.dismissive):
        out.append(r.stance(i, own, "neutral", 0.5, "question"))
    elif c.dispute:
        out.append(r.stance(i, own, "disputes", 0.85, "dispute-predicate"))
    elif c.negated:
        out.append(r.stance(i, own, "disputes", 0.75, "negation"))
    elif c.dismissive and c.dismissive.split()[0] not in NEGATION_WORDS:
        out.append(r.stance(i, own, "disputes", 0.6, "dismissive"))
    else:
        out.append(r.stance(i, own, "supports", 0.8 if c.frame == "cause" else 0.65, "assertion"))
    return out


def _rejected_stances(r: _Resolved) -> list[Stance]:
    """ "X rather than Y", "X, not Y, was to blame": the claim disputes the position on Y."""
    live_set = {p for p in r.assigned if p is not None}
    anchors, fold = r.groups.anchors, r.corpus.fold
    by_key = {a: pid for pid, (a, f) in anchors.items() if f != "cause" and pid in live_set}
    by_key |= {a: pid for pid, (a, f) in anchors.items() if f == "cause" and pid in live_set}
    out: list[Stance] = []
    for i, (c, _) in enumerate(r.corpus.items):
        for term in c.rejected:
            target = by_key.get(fold.get(term, term))
            if target is not None and target != r.assigned[i]:
                out.append(r.stance(i, target, "disputes", 0.75, "rival"))
    return out


def _figure_rival_stances(r: _Resolved) -> list[Stance]:
    """Contradicting figures: a size given for the same thing disputes the other sizes."""
    figures = [p for p in live_positions(r.assigned) if r.frame_of(p) == "figure"]
    out: list[Stance] = []
    for i, (c, sid) in enumerate(r.corpus.items):
        own = r.assigned[i]
        if own not in figures or c.negated or c.dispute:
            continue
        mine = {t for t, x in r.corpus.weights[i].items() if x >= 0.9 * _W_OTHER}
        for other in figures:
            if (
                other != own
                and not r.supported[sid][other]
                and mine & r.groups.agreed_figure(other)
            ):
                out.append(r.stance(i, other, "disputes", 0.35, "rival"))
    return out


def _explanation_rival_stances(r: _Resolved, done: set[tuple[str, str, str, int]]) -> list[Stance]:
    """Another cause given for what an explanation explains disputes it (unless ``done``)."""
    # Rival explanations: "other factors contributed", "X rather than Y": another cause
    # given for what an explanation explains disputes it.
    items, fold, assigned = r.corpus.items, r.corpus.fold, r.assigned
    explained: dict[str, Counter[str]] = defaultdict(Counter)
    in_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for i, explaining in enumerate(assigned):
        if explaining is not None and r.frame_of(explaining) == "cause":
            explained[explaining].update({fold.get(t, t) for t in items[i][0].effect})
            in_doc[items[i][0].doc][explaining] += 1
    out: list[Stance] = []
    for i, (c, sid) in enumerate(items):
        if c.frame != "cause":
            continue
        effect = {fold.get(t, t) for t in c.effect}
        rivals = Counter(
            {
                p: sum((e & Counter(effect)).values())
                for p, e in explained.items()
                if p != assigned[i]
            }
        )
        rivals = +rivals
        target = rivals.most_common(1)[0][0] if rivals else None
        if target is None and c.rival:
            local = Counter({p: k for p, k in in_doc[c.doc].items() if p != assigned[i]})
            target = local.most_common(1)[0][0] if local else None
        if target is None or r.supported[sid][target] or (sid, target, c.doc, c.start) in done:
            continue
        if r.groups.anchors.get(target, ("", ""))[0] in _folded(c, fold):
            continue
        if c.rival:
            out.append(r.stance(i, target, "disputes", 0.6, "rival"))
        elif r.frame_of(assigned[i]) == "cause" and r.cause_support[target] > max(
            1, r.cause_support[assigned[i] or ""]
        ):
            # a less supported explanation of the same thing disputes the dominant one
            out.append(r.stance(i, target, "disputes", 0.35, "rival"))
    return out


def _stances(r: _Resolved) -> list[Stance]:
    """Every attributed claim's stances, in the order the phases give them."""
    stances: list[Stance] = []
    for i, (c, _) in enumerate(r.corpus.items):
        if _is_reference(c):
            stances += _reference_stances(r, i)
        else:
            stances += _claim_stances(r, i)
    stances += _rejected_stances(r)
    stances += _figure_rival_stances(r)
    done = {(st.speaker, st.position, st.doc, st.start) for st in stances}
    stances += _explanation_rival_stances(r, done)
    return stances


def find_positions(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    speakers: SpeakerIndex,
    codebook: Codebook | None = None,
) -> tuple[list[Position], list[Stance]]:
    """Find the positions of a corpus and every attributed claim's stance on them.

    Parameters
    ----------
    quotes : sequence of kg.extract.quotes.Quote
    claims : sequence of Claim
        From :func:`analyze_claims`, for the same quotes.
    speakers : kg.assemble.speakers.SpeakerIndex
        Who said each quote; unattributed claims are not stances.
    codebook : kg.assemble.codebook.Codebook, optional
        User-defined positions (see :mod:`kg.assemble.codebook`).

    Returns
    -------
    positions : list of Position
        Most argued about first.
    stances : list of Stance
        In corpus order.
    """
    corpus = _corpus(quotes, claims, speakers)
    defs = _codebook_defs(codebook)
    auto = codebook is None or codebook.auto
    assigned, anchors = _assign(corpus, defs, auto)
    groups = _groups(corpus, assigned, anchors, defs)
    assigned = _relabel(assigned, _join_siblings(groups))
    assigned = _relabel(assigned, _pair_unkept(groups))
    assigned = _relabel(assigned, _move_to_kept(groups))
    assigned = _kept_only(groups, assigned)
    if auto:
        event = {t for t, k in corpus.effects.items() if k >= 2}  # what is explained is no topic
        leftovers = _join_leftovers(
            corpus.items, corpus.weights, assigned, corpus.speaker_words, event
        )
        for i, (pid, anchor, frame) in leftovers:
            assigned[i] = pid
            anchors.setdefault(pid, (anchor, frame))
    resolved = _resolved(corpus, groups, assigned, defs, speakers)
    stances = _with_co_speakers(_stances(resolved), getattr(speakers, "co_speakers", {}))
    positions = _describe(corpus.items, assigned, stances, anchors, defs, corpus.fold)
    order = {p.id: k for k, p in enumerate(positions)}
    stances = [st for st in stances if st.position in order]
    stances.sort(key=lambda st: (st.doc, st.start, order[st.position]))
    return positions, stances


def _with_co_speakers(
    stances: Sequence[Stance], co_speakers: Mapping[tuple[str, int, int], Sequence[str]]
) -> list[Stance]:
    """Every member of a joint source ("A and B say ...") takes each stance of the statement.

    >>> st = Stance("a", "p", "supports", 0.8, "d", "x", 0, 1)
    >>> [s.speaker for s in _with_co_speakers([st], {("d", 0, 1): ("b", "a")})]
    ['a', 'b']
    """
    out = list(stances)
    seen = {(st.speaker, st.position, st.stance, st.doc, st.start) for st in stances}
    for st in stances:
        for other in co_speakers.get((st.doc, st.start, st.end), ()):
            key = (other, st.position, st.stance, st.doc, st.start)
            if key not in seen:
                seen.add(key)
                out.append(replace(st, speaker=other))
    return out


def _linked_groups(
    items: Sequence[tuple[Claim, str]], focus: Mapping[int, set[str]], speaker_words: set[str]
) -> dict[int, list[int]]:
    """Claims linked (transitively) by two speakers of one article sharing focus words."""
    parent = {i: i for i in focus}

    def root(i: int) -> int:
        """The representative of claim ``i``'s group (with path halving)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i in focus:
        by_doc[items[i][0].doc].append(i)
    for idx in by_doc.values():
        for k, i in enumerate(idx):
            for j in idx[k + 1 :]:
                shared = focus[i] & focus[j]
                if items[i][1] != items[j][1] and len(shared) >= 2 and shared - speaker_words:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in focus:
        groups[root(i)].append(i)
    return groups


def _join_leftovers(
    items: Sequence[tuple[Claim, str]],
    weights: Sequence[Mapping[str, float]],
    assigned: Sequence[str | None],
    speaker_words: set[str],
    event: set[str],
) -> list[tuple[int, tuple[str, str, Frame]]]:
    """Claims no position took that say the same thing in one article become a position.

    Two statements of different speakers in the same article that put two or more of
    the same words in focus (one of them not a word for people: "station hundreds of
    troops in one place" / "house 500 people in one place") are linked; a group of
    two speakers or more with an explanation or a contrast among its claims is a
    position, keyed by the word most of its claims use. The words of what the corpus
    explains (``event``: effects named twice or more) link nothing.

    Returns
    -------
    list of (claim index, (position id, key term, frame))
    """
    # (light verbs are no terms as verbs already; as nouns, "place", they name things)
    skip = LIGHT_NOUNS | CLAIM_NOUNS | CAUSE_VERBS | CAUSE_NOUNS | event
    taken = {a for a in assigned if a is not None}
    focus: dict[int, set[str]] = {}
    for i, (c, _) in enumerate(items):
        if assigned[i] is None and not c.asks and not _is_reference(c):
            focus[i] = {t for t, x in weights[i].items() if x >= _ANCHOR_MIN and t not in skip}
    out: list[tuple[int, tuple[str, str, Frame]]] = []
    for group in _linked_groups(items, focus, speaker_words).values():
        claims = [items[i][0] for i in group]
        if len({items[i][1] for i in group}) < 2:
            continue
        if not any(c.frame == "cause" or _argues(c) for c in claims):
            continue
        counts = Counter(t for i in group for t in focus[i] if t not in speaker_words)
        # sorted first: on a tie the alphabetically first term wins, not set order
        anchor = max(
            sorted(counts), key=lambda t: (counts[t], sum(weights[i].get(t, 0) for i in group))
        )
        frame: Frame = "cause" if any(c.frame == "cause" for c in claims) else "claim"
        pid = slug(f"{anchor}-{frame}") if frame != "claim" else slug(anchor)
        if pid in taken:
            pid = slug(f"{anchor}-{frame}-{group[0]}")
        out.extend((i, (pid, anchor, frame)) for i in group)
    return out


def live_positions(assigned: Sequence[str | None]) -> list[str]:
    """The positions claims were assigned to, in first-seen order."""
    return list(dict.fromkeys(p for p in assigned if p is not None))


def _argues(c: Claim) -> bool:
    """Whether a claim takes a side against something (a cue of dispute or contrast)."""
    return bool(c.negated or c.dispute or c.dismissive or c.rival or _is_reference(c))


def _is_reference(c: Claim) -> bool:
    """A claim that dismisses or disputes someone else's claim by naming it."""
    return c.refers is not None and bool(c.dismissive or c.dispute or c.negated)


def _prefer_cause(pid: str, anchors: Mapping[str, tuple[str, Frame]], live: set[str]) -> str:
    """The explanation built on the same anchor as ``pid``, when there is one."""
    anchor = anchors.get(pid, ("", "claim"))[0]
    cause_id = slug(f"{anchor}-cause")
    return cause_id if cause_id in live else pid


def _referenced(
    claim: Claim,
    sid: str,
    same_doc: Sequence[tuple[tuple[Claim, str], str | None]],
    assigned: Sequence[str | None],
    names: Mapping[str, set[str]],
    supported: Mapping[str, Counter[str]],
    anchors: Mapping[str, tuple[str, Frame]],
    fold: Mapping[str, str],
) -> str | None:
    """The position a claim noun points at.

    In order: the position its modifiers name ("the tax story"), the one the
    named speaker supports ("X's statement"), the last one stated before it in
    the same article by someone else. Explanations are preferred, except by a
    figure noun ("these estimates"), which points at the last figure.
    """
    live = {p for p in assigned if p is not None}
    by_anchor = {a: pid for pid, (a, _) in anchors.items() if pid in live}
    for t in claim.ref_terms:
        pid = by_anchor.get(fold.get(t, t))
        if pid is not None:
            return _prefer_cause(pid, anchors, live)
    if claim.referent:
        who = claim.referent.lower()
        counts: Counter[str] = Counter()
        for other, aliases in names.items():
            if other != sid and any(who == a or who in a.split() for a in aliases):
                counts.update(supported.get(other, Counter()))
        if counts:
            named = [p for p, _ in counts.most_common() if anchors.get(p, ("", ""))[1] == "cause"]
            return named[0] if named else counts.most_common(1)[0][0]
    before = [
        (c.start, anchors.get(pid, ("", "claim"))[1] == "cause", pid)
        for (c, other), pid in same_doc
        if pid is not None
        and other != sid
        and c.start < claim.start
        and not (c.negated or c.dispute or c.dismissive or _is_reference(c))
    ]
    if claim.refers in FIGURE_NOUNS:  # "these estimates": the figures given before
        figures = [b for b in before if anchors.get(b[2], ("", "claim"))[1] == "figure"]
        if figures:
            return max(figures)[2]
    explanations = [b for b in before if b[1]]
    if explanations or before:
        return _prefer_cause(max(explanations or before)[2], anchors, live)
    return None


@dataclass(frozen=True)
class _Wording:
    """How the claims of each position are worded: phrases, terms in focus, surface words."""

    phrases: defaultdict[str, Counter[str]]
    co: defaultdict[str, Counter[str]]
    surface: defaultdict[str, Counter[str]]


def _wording(
    items: Sequence[tuple[Claim, str]], assigned: Sequence[str | None], fold: Mapping[str, str]
) -> _Wording:
    """Count the phrases, focus terms and surface words of each position's claims."""
    phrases: defaultdict[str, Counter[str]] = defaultdict(Counter)
    co: defaultdict[str, Counter[str]] = defaultdict(Counter)
    surface: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for i, pid in enumerate(assigned):
        if pid is None:
            continue
        c, _ = items[i]
        phrases[pid].update(c.phrases)
        for t, w in c.terms:
            if w >= _W_OTHER:
                co[pid][fold.get(t, t)] += 1
        surface[pid].update(c.surface)
    return _Wording(phrases, co, surface)


def _describe(
    items: Sequence[tuple[Claim, str]],
    assigned: Sequence[str | None],
    stances: Sequence[Stance],
    anchors: Mapping[str, tuple[str, Frame]],
    defs: Sequence[_Def],
    fold: Mapping[str, str],
) -> list[Position]:
    """Labels, terms and aliases of the positions, most argued about first."""
    by_id = {d.id: d for d in defs}
    inverse: dict[str, set[str]] = defaultdict(set)
    for raw, head in fold.items():
        inverse[head].add(raw)
    wording = _wording(items, assigned, fold)
    weight = Counter(st.position for st in stances)
    positions = []
    for pid in sorted(weight, key=lambda p: (-weight[p], p)):
        if pid in by_id:
            d = by_id[pid]
            terms = [" ".join(k) for k in d.keys]
            frame: Frame = d.frame or "claim"
            label = d.label or pid
            aliases = list(d.aliases)
        else:
            anchor, frame = anchors[pid]
            label = _label(anchor, frame, wording.phrases[pid], wording.co[pid])
            terms = [anchor, *sorted(inverse.get(anchor, ()))]
            aliases = []
        positions.append(_described(pid, label, frame, terms, aliases, wording, inverse, fold))
    return positions


def _described(
    pid: str,
    label: str,
    frame: Frame,
    terms: list[str],
    aliases: list[str],
    wording: _Wording,
    inverse: Mapping[str, set[str]],
    fold: Mapping[str, str],
) -> Position:
    """A position record: its terms and names widened by the words its claims use."""
    variants = {w for t in terms for w in inverse.get(t, ())} | set(terms)
    words = [w for w, _ in wording.surface[pid].most_common() if norm_term(w) in variants]
    terms = list(dict.fromkeys([*terms, *words]))
    related = [t for t, _ in wording.co[pid].most_common(12) if t not in terms]
    named = [
        p
        for p, _ in wording.phrases[pid].most_common()
        if any(fold.get(norm_term(w), norm_term(w)) in variants for w in p.split())
    ]
    aliases = list(dict.fromkeys([*aliases, *named[:6]]))
    return Position(pid, label, tuple(terms), tuple(aliases), frame, tuple(related))
