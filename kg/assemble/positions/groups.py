"""Claims grouped by anchor into positions: small positions join, unwanted ones go."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kg.assemble.positions.anchors import Def
from kg.assemble.positions.corpus import Corpus, Statement
from kg.assemble.positions.records import ANCHOR_MIN, JOIN_MIN, W_CAUSE
from kg.assemble.speakers import slug
from kg.extract.claims import Claim, Frame
from kg.lexicon import CAUSE_NOUNS, CAUSE_VERBS, CLAIM_NOUNS, LIGHT_NOUNS, MAGNITUDE_WORDS


@dataclass
class Groups:
    """The claims of each position while small positions merge (``members`` changes)."""

    corpus: Corpus
    anchors: dict[str, tuple[str, Frame]]
    members: defaultdict[str, list[int]]
    coded: frozenset[str]
    docs_of: defaultdict[str, set[str]]  # term -> articles using it
    #: :meth:`agreed_figure` of each position asked about since ``members`` last changed.
    agreed: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def reset(self, assigned: Sequence[str | None]) -> None:
        """Make ``members`` the claims of each position in ``assigned``."""
        self.members.clear()
        self.agreed.clear()
        for i, pid in enumerate(assigned):
            if pid is not None:
                self.members[pid].append(i)

    def merge(self, small: str, big: str) -> None:
        """Move the claims of ``small`` into ``big``."""
        self.members[big].extend(self.members.pop(small))
        self.agreed.pop(small, None)
        self.agreed.pop(big, None)

    def figure_words(self, pid: str) -> dict[str, set[str]]:
        """Words of a figure's claims besides the size, with who used them."""
        magnitudes = set(MAGNITUDE_WORDS.values())
        out: dict[str, set[str]] = defaultdict(set)
        for i in self.members[pid]:
            for t, x in self.corpus.weights[i].items():
                if x >= ANCHOR_MIN and t not in magnitudes and t not in self.corpus.speaker_words:
                    out[t].add(self.corpus.items[i].speaker)
        return out

    def agreed_figure(self, pid: str) -> frozenset[str]:
        """The words two speakers of a figure share (empty when no two do)."""
        found = self.agreed.get(pid)
        if found is None:
            words = self.figure_words(pid).items()
            found = self.agreed[pid] = frozenset(t for t, who in words if len(who) >= 2)
        return found

    def predicating(self, pid: str) -> set[str]:
        """The speakers of a position's claims who say its anchor is what a thing is ("the
        vase is a fake"), or say it of the corpus's topic ("the bank is insolvent")."""
        anchor = self.anchors[pid][0]
        corpus = self.corpus
        fold = corpus.fold
        return {
            corpus.items[i].speaker
            for i in self.members[pid]
            if anchor in {fold.get(t, t) for t in corpus.items[i].claim.predicated}
            or anchor in corpus.said_of_topic(corpus.items[i].claim)
        }

    def said_of_topic(self, pid: str, topic: str) -> bool:
        """Whether a position's anchor is what its claims say of ``topic``, one of the
        corpus's topics ("the bank is insolvent" on the bank): it is no part of the topic's
        position, whose claims say other things of it."""
        corpus, anchor = self.corpus, self.anchors[pid][0]
        if topic not in corpus.topics:
            return False
        return any(anchor in corpus.said_of_topic(corpus.items[i].claim) for i in self.members[pid])

    def wanted(self, pid: str) -> bool:
        """Several speakers argue about it (or an explanation is stated twice)."""
        items, members = self.corpus.items, self.members
        idx = members[pid]
        n_speakers = len({items[i].speaker for i in idx})
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
        argued = any(argues(items[i].claim) for i in idx)
        if n_speakers >= 4 and argued:
            return True
        if len(self.predicating(pid)) >= 2:
            return True  # "the vase is a fake" / "it is glass": two say what a thing is
        return n_speakers >= 2 and len(idx) >= 3 and argued and len(self.docs_of[anchor]) >= 2


def build_groups(
    corpus: Corpus,
    assigned: Sequence[str | None],
    anchors: dict[str, tuple[str, Frame]],
    defs: Sequence[Def],
) -> Groups:
    """Group the claims by their first position."""
    members: defaultdict[str, list[int]] = defaultdict(list)
    for i, member_of in enumerate(assigned):
        if member_of is not None:
            members[member_of].append(i)
    docs_of: defaultdict[str, set[str]] = defaultdict(set)
    for said, w in zip(corpus.items, corpus.weights, strict=True):
        c = said.claim
        for t in w:
            docs_of[t].add(c.doc)
    return Groups(corpus, anchors, members, frozenset(d.id for d in defs), docs_of)


def relabel(assigned: Sequence[str | None], moved: Mapping[str, str]) -> list[str | None]:
    """``assigned`` with each merged position replaced by the one it joined."""
    return [moved.get(p, p) if p is not None else None for p in assigned]


def join_siblings(g: Groups) -> dict[str, str]:
    """Small positions on the same key term in other frames join their largest sibling."""
    # The same key term in other frames: a position too small to keep joins its largest
    # sibling ("X caused it" and "X is to blame" said once each are one position).
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for pid, (anchor, _) in g.anchors.items():
        if g.members[pid]:
            by_anchor[anchor].append(pid)
    # A size given as a figure and the same size inside an explanation or a remedy ("the
    # plan to hire thousands of nurses") are not the same claim: they stay apart.
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


def pair_unkept(g: Groups) -> dict[str, str]:
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
    # Where in ``unkept`` the positions keyed on each (term, frame) are: ``a`` is only
    # checked against the later ones keyed on a term its claims use (``a_has`` is 0 for
    # every other one, and its claims are never none).
    keyed: defaultdict[tuple[str, Frame], list[int]] = defaultdict(list)
    for k, p in enumerate(unkept):
        keyed[anchors[p]].append(k)
    paired: dict[str, str] = {}
    for k, a in enumerate(unkept):
        if a in paired:
            continue
        key_a, frame = anchors[a]
        later = _Later(keyed, frame)
        later.add(strong[a], k)
        for j in later:
            b = unkept[j]
            if b in paired:
                continue
            a_has = strong[a][anchors[b][0]]
            b_has = strong[b][key_a]
            if 2 * a_has >= len(members[a]) and 2 * b_has >= len(members[b]):
                g.merge(b, a)
                strong[a].update(strong[b])
                paired[b] = a
                later.add(strong[b], j)  # terms ``a`` uses now: the positions after ``b``
    return paired


class _Later:
    """The positions of :func:`pair_unkept` to check against one position, in order: those
    after a point keyed on the terms added, as terms are added while they are checked."""

    def __init__(self, keyed: Mapping[tuple[str, Frame], list[int]], frame: Frame) -> None:
        self.keyed, self.frame = keyed, frame
        self.heap: list[int] = []
        self.terms: set[str] = set()

    def add(self, terms: Iterable[str], after: int) -> None:
        """Queue the positions after ``after`` keyed on any new one of ``terms``."""
        for t in terms:
            if t not in self.terms:
                self.terms.add(t)
                for j in self.keyed.get((t, self.frame), ()):
                    if j > after:
                        heapq.heappush(self.heap, j)

    def __iter__(self) -> _Later:
        return self

    def __next__(self) -> int:
        if not self.heap:
            raise StopIteration
        return heapq.heappop(self.heap)


def move_to_kept(g: Groups) -> dict[str, str]:
    """A small position joins a kept one of its frame whose anchor most of its claims use."""
    # A position too small to keep joins a kept one of the same frame when most of its
    # claims also use that one's anchor (the same thing said in other words).
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    kept = [
        p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p] and g.wanted(p)
    ]
    kept_set = set(kept)
    # kept positions by key term, in the order of ``kept``, but those on what the corpus
    # explains (named as an effect twice or more)
    kept_on: defaultdict[str, list[str]] = defaultdict(list)
    for big in kept:
        if g.corpus.effects[anchors[big][0]] < 2:
            kept_on[anchors[big][0]].append(big)
    where = {big: k for k, big in enumerate(kept)}
    moved: dict[str, str] = {}
    for small in sorted(anchors, key=lambda p: len(members[p])):
        if not members[small] or small in kept_set:
            continue
        # claims of ``small`` using each term (its claims do not change until it moves)
        uses = Counter(t for i in members[small] for t, x in weights[i].items() if x >= JOIN_MIN)
        frame = anchors[small][1]
        fits = [  # the first kept one of its frame whose anchor 2/3 of its claims use
            big
            for t, n in uses.items()
            if n * 3 >= 2 * len(members[small]) and not g.said_of_topic(small, t)
            for big in kept_on.get(t, ())
            if anchors[big][1] == frame
        ]
        if fits:
            big = min(fits, key=where.__getitem__)
            g.merge(small, big)
            moved[small] = big
    return moved


def kept_only(g: Groups, assigned: Sequence[str | None]) -> list[str | None]:
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


def _linked_groups(
    items: Sequence[Statement], focus: Mapping[int, set[str]], speaker_words: set[str]
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
        by_doc[items[i].claim.doc].append(i)
    for idx in by_doc.values():
        for k, i in enumerate(idx):
            for j in idx[k + 1 :]:
                shared = focus[i] & focus[j]
                if (
                    items[i].speaker != items[j].speaker
                    and len(shared) >= 2
                    and shared - speaker_words
                ):
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in focus:
        groups[root(i)].append(i)
    return groups


def join_leftovers(
    items: Sequence[Statement],
    weights: Sequence[Mapping[str, float]],
    assigned: Sequence[str | None],
    speaker_words: set[str],
    event: set[str],
) -> list[tuple[int, tuple[str, str, Frame]]]:
    """Claims no position took that say the same thing in one article become a position.

    Two statements of different speakers in the same article that put two or more of
    the same words in focus (one of them not a word for people: "park dozens of
    buses in one depot" / "keep 300 buses in one depot") are linked; a group of
    two speakers or more with an explanation or a contrast among its claims is a
    position, keyed by the word most of its claims use, and an explanation only when a
    claim names that word as the cause. The words of what the corpus
    explains (``event``: effects named twice or more) link nothing.

    Returns
    -------
    list of (claim index, (position id, key term, frame))
    """
    # (light verbs are no terms as verbs already; as nouns, "place", they name things)
    skip = LIGHT_NOUNS | CLAIM_NOUNS | CAUSE_VERBS | CAUSE_NOUNS | event
    taken = {a for a in assigned if a is not None}
    focus: dict[int, set[str]] = {}
    for i, said in enumerate(items):
        c = said.claim
        if assigned[i] is None and not c.asks and not is_reference(c):
            focus[i] = {t for t, x in weights[i].items() if x >= ANCHOR_MIN and t not in skip}
    out: list[tuple[int, tuple[str, str, Frame]]] = []
    for group in _linked_groups(items, focus, speaker_words).values():
        claims = [items[i].claim for i in group]
        if len({items[i].speaker for i in group}) < 2:
            continue
        if not any(c.frame == "cause" or argues(c) for c in claims):
            continue
        counts = Counter(t for i in group for t in focus[i] if t not in speaker_words)
        # sorted first: on a tie the alphabetically first term wins, not set order
        anchor = max(
            sorted(counts), key=lambda t: (counts[t], sum(weights[i].get(t, 0) for i in group))
        )
        # an explanation when a claim names its key term as a cause: one claim explaining
        # something else does not make statements that share its words an explanation
        frame: Frame = (
            "cause"
            if any(
                items[i].claim.frame == "cause" and weights[i].get(anchor, 0.0) >= W_CAUSE
                for i in group
            )
            else "claim"
        )
        pid = slug(f"{anchor}-{frame}") if frame != "claim" else slug(anchor)
        if pid in taken:
            pid = slug(f"{anchor}-{frame}-{group[0]}")
        out.extend((i, (pid, anchor, frame)) for i in group)
    return out


def live_positions(assigned: Sequence[str | None]) -> list[str]:
    """The positions claims were assigned to, in first-seen order."""
    return list(dict.fromkeys(p for p in assigned if p is not None))


def argues(c: Claim) -> bool:
    """Whether a claim takes a side against something (a cue of dispute or contrast)."""
    return bool(c.negated or c.dispute or c.dismissive or c.rival or is_reference(c))


def is_reference(c: Claim) -> bool:
    """A claim that dismisses or disputes someone else's claim by naming it."""
    return c.refers is not None and bool(c.dismissive or c.dispute or c.negated)
