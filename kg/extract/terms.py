"""Normalised terms: the one way words of statements, positions and questions are compared.

The same functions are applied to what the parser found and to what users type
(a codebook, a question), so both sides meet without a model.
"""

from __future__ import annotations

import re

from kg.lexicon import PLURAL_TERMS

__all__ = ["magnitude", "norm_term", "term_words"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def norm_term(word: str) -> str:
    """Lowercase a word and strip a plural or possessive ending.

    The same function is applied to what the parser found and to what users
    type, so both sides meet without a model.

    A Latin or Greek plural and its singular meet in one term (:data:`PLURAL_TERMS`).

    >>> [norm_term(w) for w in ["Fires", "batteries", "ministry's", "boxes", "news", "was"]]
    ['fire', 'battery', 'ministry', 'box', 'news', 'was']
    >>> [norm_term(w) for w in ["datum", "data", "criteria", "media", "medium"]]
    ['data', 'data', 'criterion', 'media', 'medium']
    """
    w = word.lower().strip(" .,;:!?\"'“”‘’()[]")
    w = re.sub(r"['’]s?$", "", w)
    if w in PLURAL_TERMS:
        return PLURAL_TERMS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ws")):
        return w[:-1]
    return w


def magnitude(value: float) -> str | None:
    """The size class a number is read as, so figures of one size meet.

    >>> [magnitude(v) for v in (7, 63, 400, 5000, 50000, 2e6)]
    [None, 'dozens', 'hundreds', 'thousands', 'tens-of-thousands', 'millions']
    """
    for bound, name in (
        (1e9, "billions"),
        (1e6, "millions"),
        (1e5, "hundreds-of-thousands"),
        (1e4, "tens-of-thousands"),
        (1e3, "thousands"),
        (100, "hundreds"),
        (20, "dozens"),
    ):
        if value >= bound:
            return name
    return None


def term_words(term: str) -> tuple[str, ...]:
    """The normalised words of a (possibly several-word) term.

    >>> term_words("Forest-fire risk")
    ('forest', 'fire', 'risk')
    """
    return tuple(norm_term(w) for w in _WORD.findall(term.replace("-", " ")))
