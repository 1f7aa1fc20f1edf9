"""Words of questions and of a graph, normalised so that the two meet without a model.

A question says "flooded", the evidence "flood"; a question "roadworks", a position
"road"; a question "defence", a speaker "Defense". :func:`word_match` scores such pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from kg.lexicon import NEGATION_WORDS
from kg.outputs.wordforms import stems
from kg.outputs.wordstats import topic_words, words

__all__ = [
    "IDF_DEFAULT",
    "NEGATION_REACH",
    "Asked",
    "coverage",
    "fuzz",
    "idf_from_counts",
    "idf_table",
    "may_be_near",
    "negatable_words",
    "negated_at",
    "stems",
    "topic_words",
    "unit_idf",
    "word_match",
    "words",
]

#: The key of :func:`idf_table`'s weight for a word that no text holds.
IDF_DEFAULT = ""
#: How many words before a word a negator denies it ("not a cut", "not at all dangerous").
NEGATION_REACH = 3


def negatable_words(text: str) -> list[str]:
    """The words of ``text`` with "n't" read as "not", as the negation tests read them.

    >>> negatable_words("It isn’t safe")
    ['it', 'is', 'not', 'safe']
    """
    return words(text.replace("\u2019", "'").replace("n't", " not"))


def negated_at(toks: Sequence[str], i: int, reach: int = NEGATION_REACH) -> bool:
    """Whether a negator stands within ``reach`` words before ``toks[i]``.

    >>> toks = negatable_words("the dam is not at all dangerous")
    >>> negated_at(toks, 5), negated_at(toks, 1)
    (True, False)
    """
    return any(w in NEGATION_WORDS for w in toks[max(0, i - reach) : i])


@lru_cache(maxsize=1 << 18)
def word_match(query_word: str, term: str) -> float:
    """How well a query word matches a word of the graph (1 = the same word).

    >>> word_match("flooded", "flood"), word_match("roadworks", "road")
    (1.0, 0.8)
    """
    qs = stems(query_word)
    ts = stems(term)
    if qs & ts:
        return 1.0
    # the best of every pair of forms: the forms are a set, and a first match found by
    # walking it would depend on the run's hash seed
    return max((_forms_match(q, t) for q in qs for t in ts), default=0.0)


def _forms_match(q: str, t: str) -> float:
    """How well one form of a query word matches one form of a graph word (the first rule
    that holds, strongest first but for a prefix before a near spelling)."""
    prefix = len(q) >= 4 and len(t) >= 4 and (q.startswith(t) or t.startswith(q))
    if prefix and min(len(q), len(t)) / max(len(q), len(t)) >= 0.5:
        return 0.8  # "roadworks" ~ "road", "reinforcement" ~ "reinforce"
    if _compound_of(q, t) or _compound_of(t, q):
        return 0.8  # a compound and its head word ("wildfire" ~ "fire")
    if (len(t) >= 4 and q.endswith(t)) or (len(q) >= 4 and t.endswith(q)):
        return PREFIXED_MATCH  # "recount" ~ "count": near, but not the same thing
    if len(q) >= 5 and len(t) >= 5 and may_be_near(q, t) and fuzz().ratio(q, t) >= 88:
        return 0.7
    return 0.0


#: How well a word with a prefix matches the word it is made on: under a compound's 0.8,
#: so that a question about a recount prefers a recount to the count when both are there.
PREFIXED_MATCH = 0.3

#: Letters a compound's first word has at least: shorter pieces are prefixes ("re-",
#: "un-", "co-"), and a recount is not the count, a rerun not the run.
_MIN_FIRST_WORD = 3


def _compound_of(word: str, head: str) -> bool:
    """Whether ``word`` is a compound ending in the word ``head``, with a first word of its
    own (the same letter floor as :func:`~kg.assemble.positions.corpus.fold_terms`).

    >>> _compound_of("wildfire", "fire"), _compound_of("recount", "count")
    (True, False)
    """
    return len(head) >= 4 and word.endswith(head) and len(word) - len(head) >= _MIN_FIRST_WORD


def may_be_near(a: str, b: str) -> bool:
    """Whether ``fuzz.ratio(a, b)`` can reach 88 given the lengths alone: it is at most
    ``200 * min(len) / (len(a) + len(b))`` (all of the shorter word in common), so a
    pair whose bound is under 87 is never near (the margin is for rounding).

    >>> may_be_near("defence", "defense"), may_be_near("leaks", "leakages")
    (True, False)
    """
    return 200 * min(len(a), len(b)) >= 87 * (len(a) + len(b))


@lru_cache(maxsize=1)
def fuzz() -> ModuleType:
    """rapidfuzz's ``fuzz`` module, imported when a question first needs a near spelling:
    its import is a tenth of a cold question's start-up, which "which positions are
    disputed most" and a speaker found by name never need."""
    from rapidfuzz import fuzz as module

    return module


def idf_table(texts: Iterable[str], wanted: Iterable[str]) -> dict[str, float]:
    """Inverse document frequency of the ``wanted`` words over ``texts``.

    Only the wanted words are counted: a text without a word as a substring cannot
    hold it as a word, so most texts are never tokenised. :data:`IDF_DEFAULT` keys the
    weight of a word that no text holds: half the lowest weight of a word some text
    holds (a word the texts never use cannot tell them apart), or the highest possible
    weight when no asked word is used at all.
    """
    want = set(wanted)
    df = dict.fromkeys(want, 0)
    n = 0
    for text in texts:
        n += 1
        low = text.lower()
        if any(w in low for w in want):
            for w in want & set(words(low)):
                df[w] += 1
    return idf_from_counts(n, df)


def idf_from_counts(n: int, df: dict[str, int]) -> dict[str, float]:
    """:func:`idf_table` from counts: ``n`` texts, ``df[w]`` of which hold word ``w``.

    >>> idf = idf_from_counts(3, {"rust": 2, "cables": 0})
    >>> round(idf["rust"], 3), "cables" in idf, round(idf[IDF_DEFAULT], 3)
    (1.288, False, 0.644)
    """
    idf = {w: math.log((n + 1) / (k + 1)) + 1.0 for w, k in df.items() if k}
    unknown = 0.5 * min(idf.values()) if idf else math.log(n + 2) + 1.0
    return idf | {IDF_DEFAULT: unknown}


@dataclass(frozen=True)
class Asked:
    """One unit of what a question describes: a word, or the words of one name
    ("ann lee": a statement names the person by either), and how much it counts."""

    words: tuple[str, ...]
    weight: float = 1.0


def unit_idf(unit: Asked, idf: dict[str, float]) -> float:
    """The idf of an asked unit: that of its most common word known to ``idf``, else
    ``idf[IDF_DEFAULT]`` (a unit of several words counts as much as its most common word).

    >>> idf = {"ann": 2.0, "lee": 1.5, IDF_DEFAULT: 3.0}
    >>> unit_idf(Asked(("ann", "lee")), idf), unit_idf(Asked(("rust",)), idf)
    (1.5, 3.0)
    """
    known = [idf[w] for w in unit.words if w in idf]
    return min(known) if known else idf[IDF_DEFAULT]


def coverage(asked: Sequence[Asked], vocab: dict[str, float], idf: dict[str, float]) -> float:
    """The idf-weighted share of the ``asked`` units that ``vocab`` (word -> weight) holds.

    A unit of several words counts once, as much as its most common word.
    """
    total = covered = 0.0
    for unit in asked:
        weight = unit_idf(unit, idf) * unit.weight
        total += weight
        best = max(
            (word_match(w, v) * x for w in unit.words for v, x in vocab.items()), default=0.0
        )
        covered += weight * best
    return covered / total if total else 0.0
