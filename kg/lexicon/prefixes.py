"""Prefixes that turn a word's meaning round: a word made with one is no compound of the
word it is made on ("mishandle" is not a way to handle, "disagree" not to agree,
"nonpayment" no payment), so it never folds onto it as "wildfire" folds onto "fire".
Likewise some word ends make closed compounds that are no kind of the end word ("network"
is no work, "pipeline" no line, "outcome" no coming; an airport is a port).
"""

from __future__ import annotations

__all__ = ["OPAQUE_COMPOUND_HEADS", "REVERSING_PREFIXES"]

REVERSING_PREFIXES = frozenset(["mis", "dis", "non", "mal", "anti"])

#: Ends of closed compounds that name no kind of the end word: "network", "framework",
#: "pipeline", "deadline", "relationship", "outside", "something",
#: "nobody", "outcome", "understand", "likelihood", "software", "itself", "somewhere".
OPAQUE_COMPOUND_HEADS = frozenset(
    [
        "work",
        "line",
        "ship",
        "side",
        "thing",
        "body",
        "come",
        "stand",
        "hood",
        "ware",
        "self",
        "where",
    ]
)
