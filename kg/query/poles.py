"""Which side of a pair of opposite predicates a question asks, and which its position holds.

A position about a thing everyone argues over ("the dam") holds both sides of what is said
of it: its supporters say "the dam is dangerous" ("hazardous", "unsafe"), its disputers
"the dam is safe" ("harmless", "not dangerous"). A question in either side's words, or in
a synonym of them (:data:`kg.lexicon.EVALUATIVE_SYNONYMS`), asks for the side that says
it: "who says the dam is harmless" asks for the position's disputers, "who denies that the
dam is risky" for them too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.lexicon import DENIAL_LEMMAS, POLE_OF, pole_word
from kg.lexicon.questions import CLAIM_COPULAS, CLAUSE_NEGATORS
from kg.outputs.attrs import attr_list
from kg.query.words import negatable_words, negated_at, stems, words

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["asks_other_side", "names_a_side", "pole_sayers"]


def _side(word: str) -> tuple[int, int] | None:
    """The (pair, side) of ``word`` in :data:`kg.lexicon.POLE_OF`, through its forms and
    synonyms ("hazardous" -> the side of "dangerous")."""
    for s in stems(word):
        if (w := pole_word(s)) is not None:
            return POLE_OF[w]
    return None


def _sides_said(text: str, whole: bool = False) -> list[tuple[int, int]]:
    """The sides ``text`` asserts, a negated one turned round ("not dangerous": safe);
    ``whole``: one after any word that denies what follows ("saw nothing in the pilings
    that makes the dam unsafe") turned round too, not one a later negation follows ("the
    walkout was illegal and the crews gave no notice")."""
    toks = negatable_words(text)
    out = []
    for i, t in enumerate(toks):
        found = _side(t)
        if found is not None:
            before = whole and any(w in CLAUSE_NEGATORS for w in toks[:i])
            out.append((found[0], found[1] ^ (negated_at(toks, i) or before)))
    return out


def asks_other_side(g: nx.MultiDiGraph, position: str, claim: str) -> bool:
    """Whether ``claim`` says the side of a pair of opposites that the position's
    supporters deny: its statements say that pair, the supporters' side (theirs, and the
    other side said by its disputers) outnumbers the other, and the claim names the other
    ("who says the dam is safe" of a position whose supporters call the dam dangerous).
    Only what the claim's copula says counts ("is safe", "was sacked"; not the "kill" of
    "the fish kill"); a negation in the claim is read elsewhere, as for any claim."""
    toks = words(claim)
    at = next((i for i, t in enumerate(toks) if t in CLAIM_COPULAS), None)
    if at is None:
        return False  # "who blames the plant for the fish kill": no side said of a thing
    asked = {found for w in toks[at + 1 :] if (found := _side(w)) is not None}
    if len(asked) != 1:
        return False
    pair, side = asked.pop()
    votes: Counter[int] = Counter()
    for _, _, data in g.in_edges(position, data=True):
        stance = data.get("stance")
        if data.get("relation") != "stance" or stance not in ("supports", "disputes"):
            continue
        for e in attr_list(data, "evidence"):
            for p, said in _sides_said(str(e.get("text", ""))):
                if p == pair:
                    votes[said ^ (stance == "disputes")] += 1
    return votes[1 - side] > votes[side]


def _asked_side(claim: str) -> tuple[int, int] | None:
    """The one side of a pair of opposites a copular claim says of its subject ("the dam
    is unsafe"; "the dam is not safe": the same side), or None."""
    toks = negatable_words(claim)
    at = next((i for i, t in enumerate(toks) if t in CLAIM_COPULAS), None)
    if at is None:
        return None
    asked = set(_sides_said(" ".join(toks[at + 1 :])))
    return asked.pop() if len(asked) == 1 else None


def pole_sayers(
    g: nx.MultiDiGraph,
    position: str,
    claim: str,
    relation: str,
    own: Callable[[str], str] = str,
) -> dict[str, list[dict[str, Any]]]:
    """Speaker node -> evidence, for the speakers on either side of a topic's position
    whose statements on it say the side of a pair of opposites that a copular claim says
    (``relation`` ``supports``: "who says the dam is safe" -- "the dam is safe", "the
    dam is not dangerous") or the other side (``disputes``), and never the side they
    do not: a topic's sides mix every claim made of it, and what each statement says
    of it tells who takes which side of this one. ``own`` gives the words of a statement
    its speaker says (not a claim it reports). Empty when the claim names no side."""
    asked = _asked_side(claim)
    if asked is None:
        return {}
    want = asked[1] if relation == "supports" else 1 - asked[1]
    said: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for u, _, data in g.in_edges(position, data=True):
        if data.get("relation") != "stance":
            continue
        for e in attr_list(data, "evidence"):
            cue = str(e.get("cue") or "").lower().split()
            denied = bool(cue) and bool(stems(cue[0]) & DENIAL_LEMMAS)  # "denied that ..."
            for pair, side in set(_sides_said(own(str(e.get("text", ""))), whole=True)):
                if pair == asked[0]:
                    said[u][side ^ denied].append(e)
    return {u: sides[want] for u, sides in said.items() if set(sides) == {want}}


def names_a_side(word: str) -> bool:
    """Whether ``word`` is one side of a pair of opposites (in one of its forms, or a
    synonym): "coup", "unsafe", "hazardous"."""
    return _side(word) is not None
