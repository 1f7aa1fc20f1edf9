"""Positions grown from the words several speakers' claims share.

An anchor names one claim's key term; a proposition is usually said in several
words ("injured his ankle", "a leg injury", "the ankle operation"). Here a
*community* starts from a seed term that several speakers put in focus and
grows by the terms whose claims mostly lie inside it already; the claims that
use any of its terms are its members. Stance words ("rubbish", "unlikely",
"main", "real") and the words for who argues never make a topic. A claim that
uses the terms of two communities in a main role ("he is in control, but his
sister decides") takes a stance on both.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.assemble.positions.corpus import Corpus
from kg.assemble.positions.groups import Groups, argues
from kg.assemble.speakers import slug
from kg.extract.claims import W_SUBJECT, Claim, Frame
from kg.lexicon import (
    APPROVAL_WORDS,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    DISMISSIVE_WORDS,
    DISPUTE_LEMMAS,
    HEDGE_WORDS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MAGNITUDE_WORDS,
    NEGATION_WORDS,
    POSITIVE_EVALUATIONS,
    RIVAL_MARKERS,
)

#: A term is in a claim's focus from this role weight up (a name in a main role is not).
FOCUS_MIN = 0.9
#: A term shared by more than this share of all claims is the story, not a proposition.
COMMON_SHARE = 0.25
#: A term joins a community when this share of its claims already belong to it.
GROW_SHARE = 0.6
#: A seed whose claims are this much inside earlier communities starts none.
COVERED_SHARE = 0.5
#: A claim takes a second community when one of its terms has this role weight there.
SECOND_MIN = 0.9
#: A new community needs this many speakers among the claims no position took.
MIN_SPEAKERS = 2
#: A community no claim argues about is a position only when this many articles report it.
WIDE_DOCS = 3
#: A community that shares this much of its claims with an anchor position joins it.
SAME_SHARE = 0.5

#: Words that take a side or weigh a claim: never the topic of one.
STANCE_WORDS = (
    DISMISSIVE_WORDS
    | POSITIVE_EVALUATIONS
    | RIVAL_MARKERS
    | HEDGE_WORDS
    | NEGATION_WORDS
    | DISPUTE_LEMMAS
    | APPROVAL_WORDS
)
_NO_TOPIC = STANCE_WORDS | LIGHT_NOUNS | LIGHT_VERBS | CLAIM_NOUNS | CAUSE_VERBS | CAUSE_NOUNS
_SIZES = frozenset(MAGNITUDE_WORDS.values())


@dataclass(frozen=True)
class Community:
    """Terms several speakers' claims use together, and the claims that use them.

    Attributes
    ----------
    id : str
        The seed term as an id.
    seed : str
        The term it grew from (its anchor).
    terms : frozenset of str
    claims : frozenset of int
        Indices into :attr:`Corpus.items`.
    frame : {'cause', 'figure', 'claim'}
        ``cause`` when most of its claims explain something.
    """

    id: str
    seed: str
    terms: frozenset[str]
    claims: frozenset[int]
    frame: Frame


@dataclass(frozen=True)
class TermIndex:
    """Each claim's topic terms in focus, the claims of each term, and term rarity."""

    focus: list[dict[str, float]]
    claims_of: dict[str, frozenset[int]]
    idf: dict[str, float]
    candidates: frozenset[str]


def _topic_terms(c: Claim, weights: dict[str, float], skip: set[str]) -> dict[str, float]:
    """A claim's terms in focus that can name a topic (sizes only in a figure)."""
    return {
        t: x
        for t, x in weights.items()
        if x >= FOCUS_MIN
        and t not in skip
        and t not in _NO_TOPIC
        and len(t) > 2
        and (c.frame == "figure" or t not in _SIZES)
    }


def term_index(corpus: Corpus) -> TermIndex:
    """Index the topic terms of every claim; candidates are shared and not everywhere."""
    event = {t for t, k in corpus.effects.items() if k >= 2}  # what is explained is no topic
    skip = corpus.speaker_words | event
    focus = [
        _topic_terms(said.claim, w, skip)
        for said, w in zip(corpus.items, corpus.weights, strict=True)
    ]
    n = len(focus) or 1
    found: defaultdict[str, set[int]] = defaultdict(set)
    for i, terms in enumerate(focus):
        for t in terms:
            found[t].add(i)
    claims_of = {t: frozenset(idx) for t, idx in found.items()}
    speakers = {t: {corpus.items[i].speaker for i in idx} for t, idx in claims_of.items()}
    candidates = frozenset(
        t
        for t, idx in claims_of.items()
        if len(speakers[t]) >= 2 and len(idx) <= max(3, COMMON_SHARE * n)
    )
    idf = {t: math.log((n + 1) / (len(idx) + 1)) + 1.0 for t, idx in claims_of.items()}
    return TermIndex(focus, claims_of, idf, candidates)


def _seed_score(corpus: Corpus, index: TermIndex, t: str) -> float:
    """How well a term starts a community: many speakers, rare, argued about, in focus."""
    idx = index.claims_of[t]
    speakers = {corpus.items[i].speaker for i in idx}
    argued = any(argues(corpus.items[i].claim) for i in idx)
    weight = sum(index.focus[i][t] for i in idx)
    return len(speakers) * index.idf[t] * (1.5 if argued else 1.0) * (1 + 0.1 * weight)


def _grow(index: TermIndex, seed: str, used: set[str]) -> tuple[frozenset[str], frozenset[int]]:
    """The terms a seed gathers (those whose claims are mostly its claims) and their claims."""
    terms = {seed}
    members = set(index.claims_of[seed])
    for _ in range(3):
        near = {u for i in members for u in index.focus[i]}  # only terms its claims use
        new = {
            u
            for u in sorted((near & index.candidates) - used - terms)
            if len(index.claims_of[u]) >= 2
            and len(index.claims_of[u] & members) >= GROW_SHARE * len(index.claims_of[u])
        }
        if not new:
            break
        terms |= new
        members = set().union(*(index.claims_of[t] for t in terms))
    return frozenset(terms), frozenset(members)


def _frame(corpus: Corpus, claims: frozenset[int]) -> Frame:
    """``cause`` when at least half the claims explain something, else ``claim``."""
    frames = Counter(corpus.items[i].claim.frame for i in claims)
    return "cause" if frames["cause"] and 2 * frames["cause"] >= len(claims) else "claim"


def _share_in(index: TermIndex, seed: str, claims: Iterable[int]) -> float:
    """The share of a seed's weight, summed over its claims, that lies in ``claims``: a
    claim that names the seed only in passing holds little of it."""
    weight = {i: index.focus[i][seed] for i in index.claims_of[seed]}
    inside = set(claims)
    return sum(w for i, w in weight.items() if i in inside) / (sum(weight.values()) or 1.0)


def find_communities(corpus: Corpus, index: TermIndex) -> list[Community]:
    """Grow communities from the best seeds down, each seed not yet mostly covered."""
    ranked = sorted(index.candidates, key=lambda t: (-_seed_score(corpus, index, t), t))
    used: set[str] = set()
    covered: set[int] = set()
    out: list[Community] = []
    for seed in ranked:
        if seed in used or _share_in(index, seed, covered) >= COVERED_SHARE:
            continue
        terms, members = _grow(index, seed, used)
        used |= terms
        covered |= members
        out.append(Community(slug(seed), seed, terms, members, _frame(corpus, members)))
    return out


def memberships(communities: Sequence[Community], index: TermIndex) -> dict[int, tuple[str, ...]]:
    """Each claim's communities: the best first, then those it names in a main role."""
    out: dict[int, tuple[str, ...]] = {}
    of_term: defaultdict[str, list[Community]] = defaultdict(list)
    for cm in communities:
        for t in cm.terms:
            of_term[t].append(cm)
    for i, terms in enumerate(index.focus):
        scored = []
        near = {cm.id: cm for t in terms for cm in of_term.get(t, ())}
        for cm in near.values():
            shared = [t for t in cm.terms if t in terms]
            if shared:
                score = sum(terms[t] * index.idf[t] for t in shared)
                scored.append((score, cm.id, max(terms[t] for t in shared)))
        if scored:
            scored.sort(reverse=True)
            rest = tuple(cid for _, cid, top in scored[1:] if top >= SECOND_MIN)
            out[i] = (scored[0][1], *rest)
    return out


def _counted(groups: Groups, pid: str | None, best: str) -> bool:
    """Whether a claim filed under a figure has a plain claim as its best community: a
    statement that gives a count also asserts the rest ("the plant reopened and 40 workers
    were rehired" is about the reopening too)."""
    return groups.anchors.get(str(pid), ("", ""))[1] == "figure" and _plain(groups, best)


def _plain(groups: Groups, pid: str | None) -> bool:
    """Whether a position is a plain claim (not an explanation, not a figure)."""
    return pid is not None and groups.anchors.get(pid, ("", "claim"))[1] == "claim"


def _names(index: TermIndex, i: int, cm: Community, key: str) -> bool:
    """Whether claim ``i`` names a community's key term in a main role, and more than the
    key term of the position it was filed under, with a term no commoner than that key
    (the product everyone talks about does not make a second stance)."""
    focus = index.focus[i]
    weight = focus.get(cm.seed, 0.0)
    return (
        weight >= SECOND_MIN
        and weight > focus.get(key, 0.0)
        and index.idf.get(cm.seed, 0.0) >= index.idf.get(key, 0.0)
    )


@dataclass(frozen=True)
class Joined:
    """Each claim's position after communities joined, and its further positions."""

    assigned: list[str | None]
    also: dict[int, tuple[str, ...]]


def _same_position(cm: Community, index: TermIndex, assigned: Sequence[str | None]) -> str | None:
    """The anchor position holding most of a community's claims (weighed by how much each
    puts the seed in focus), when it holds enough."""
    held = Counter(assigned[i] for i in cm.claims if assigned[i] is not None)
    if held:
        pid = held.most_common(1)[0][0]
        mine = [i for i in cm.claims if assigned[i] == pid]
        if _share_in(index, cm.seed, mine) >= SAME_SHARE:
            return pid
    return None


def _same_key(cm: Community, groups: Groups, by_key: Mapping[str, list[str]]) -> str | None:
    """A live anchor position on the community's seed term (of the same frame first)."""
    same = sorted(by_key.get(cm.seed, ()), key=lambda p: (groups.anchors[p][1] != cm.frame, p))
    return same[0] if same else None


def _free_id(pid: str, taken: set[str]) -> str:
    """``pid``, or ``pid-2``, ``pid-3`` ... when a position already has it."""
    k = 2
    out = pid
    while out in taken:
        out, k = f"{pid}-{k}", k + 1
    return out


def _argued(corpus: Corpus, cm: Community) -> bool:
    """Whether a claim of the community argues, or enough articles report it."""
    return (
        any(argues(corpus.items[i].claim) for i in cm.claims)
        or len({corpus.items[i].claim.doc for i in cm.claims}) >= WIDE_DOCS
    )


def _sets_aside(corpus: Corpus, groups: Groups, i: int, pid: str) -> bool:
    """Whether claim ``i`` sets the key term of ``pid`` aside ("X rather than Y")."""
    rejected = {corpus.fold.get(t, t) for t in corpus.items[i].claim.rejected}
    return groups.anchors.get(pid, ("", "claim"))[0] in rejected


def join_communities(corpus: Corpus, groups: Groups, assigned: Sequence[str | None]) -> Joined:
    """Give the claims no anchor position took the position of their community.

    A community mostly made of one anchor position's claims is that position; any
    other becomes a position of its own when two speakers or more are left in it.
    Each claim also takes the further communities it names in a main role.
    """
    index = term_index(corpus)
    # a topic no one argues about (no claim negates, disputes or dismisses) is none,
    # unless many articles report it: the dispute may be stated in other words
    communities = [cm for cm in find_communities(corpus, index) if _argued(corpus, cm)]
    member_of = memberships(communities, index)
    target = {}
    taken = {p for p in assigned if p is not None}
    by_key: defaultdict[str, list[str]] = defaultdict(list)  # anchor term -> live positions
    for pid in taken:
        by_key[groups.anchors.get(pid, ("", ""))[0]].append(pid)
    by_id = {cm.id: cm for cm in communities}
    for cm in communities:
        same = _same_position(cm, index, assigned) or _same_key(cm, groups, by_key)
        own = _free_id(cm.id, taken)
        taken.add(own)
        target[cm.id] = same or own
        if same is None:
            groups.anchors[own] = (cm.seed, cm.frame)
    speakers = _speakers_of(corpus, index, member_of, target, by_id, assigned)
    out = list(assigned)
    filed = set(assigned)  # the positions claims were filed under (a set: looked up per claim)
    for i, ids in list(member_of.items()):
        ids = tuple(c for c in ids if not _sets_aside(corpus, groups, i, target[c]))
        member_of[i] = ids
        if not ids:
            continue
        pid = target[ids[0]]
        if out[i] is None and (pid in filed or len(speakers[pid]) >= MIN_SPEAKERS):
            out[i] = pid
    also = _further(index, groups, communities, member_of, target, out)
    groups.reset(out)
    return Joined(out, also)


def _speakers_of(
    corpus: Corpus,
    index: TermIndex,
    member_of: Mapping[int, tuple[str, ...]],
    target: Mapping[str, str],
    by_id: Mapping[str, Community],
    assigned: Sequence[str | None],
) -> dict[str, set[str]]:
    """Position -> the speakers of the claims no position took that it would take; and
    of a position whose seed is the subject of such a claim ("the elder brother runs the
    shop"), the speakers of filed claims that name it in a main role too ("she is in
    charge, with her brother acting as manager"): they argue it as well."""
    speakers: defaultdict[str, set[str]] = defaultdict(set)
    subject: set[str] = set()
    for i, ids in member_of.items():
        if assigned[i] is None and ids:
            speakers[target[ids[0]]].add(corpus.items[i].speaker)
            if index.focus[i].get(by_id[ids[0]].seed, 0.0) >= W_SUBJECT:
                subject.add(target[ids[0]])
    for i, ids in member_of.items():
        if assigned[i] is not None:
            for c in ids[1:]:
                if target[c] in subject:
                    speakers[target[c]].add(corpus.items[i].speaker)
    return speakers


def _further(
    index: TermIndex,
    groups: Groups,
    communities: Sequence[Community],
    member_of: Mapping[int, tuple[str, ...]],
    target: Mapping[str, str],
    out: Sequence[str | None],
) -> dict[int, tuple[str, ...]]:
    """Each claim's further positions: the further communities it names in a main role;
    and, for a claim an anchor filed under none of its communities, its best one when it
    names that one's key term (:func:`_names`)."""
    live = {p for p in out if p is not None}
    by_id = {cm.id: cm for cm in communities}
    also = {}
    for i, ids in member_of.items():
        if not ids:
            continue
        elsewhere = out[i] is not None and all(target[c] != out[i] for c in ids)
        plain = _plain(groups, out[i]) and _plain(groups, target[ids[0]])
        key = groups.anchors.get(str(out[i]), ("", ""))[0]
        named = elsewhere and plain and _names(index, i, by_id[ids[0]], key)
        named = named or (elsewhere and _counted(groups, out[i], target[ids[0]]))
        first = ids[:1] if named else ()
        more = tuple(dict.fromkeys(target[c] for c in (*first, *ids[1:])))
        more = tuple(p for p in more if p in live and p != out[i])
        if more:
            also[i] = more
    return also
