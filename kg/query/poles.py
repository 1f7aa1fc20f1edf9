"""Which side of a pair of opposite predicates a question asks, and which its position holds.

A position about a thing everyone argues over ("the dam") holds both sides of what is said
of it: its supporters say "the dam is dangerous" ("hazardous", "unsafe"), its disputers
"the dam is safe" ("harmless", "not dangerous"). A question in either side's words, or in
a synonym of them (:data:`kg.lexicon.EVALUATIVE_SYNONYMS`), asks for the side that says
it: "who says the dam is harmless" asks for the position's disputers, "who denies that the
dam is risky" for them too.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.lexicon import POLE_OF, SYNONYM_OF
from kg.lexicon.questions import CLAIM_COPULAS
from kg.outputs.attrs import attr_list
from kg.query.words import negatable_words, negated_at, stems, words

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["asks_other_side"]


def _side(word: str) -> tuple[int, int] | None:
    """The (pair, side) of ``word`` in :data:`kg.lexicon.POLE_OF`, through its forms and
    synonyms ("hazardous" -> the side of "dangerous")."""
    for s in stems(word):
        for w in (s, SYNONYM_OF.get(s, s)):
            if w in POLE_OF:
                return POLE_OF[w]
    return None


def _sides_said(text: str) -> list[tuple[int, int]]:
    """The sides ``text`` asserts, a negated one turned round ("not dangerous": safe)."""
    toks = negatable_words(text)
    out = []
    for i, t in enumerate(toks):
        found = _side(t)
        if found is not None:
            out.append((found[0], found[1] ^ negated_at(toks, i)))
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
