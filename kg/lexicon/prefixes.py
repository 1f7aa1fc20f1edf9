"""Prefixes that turn a word's meaning round: a word made with one is no compound of the
word it is made on ("mishandle" is not a way to handle, "disagree" not to agree,
"nonpayment" no payment), so it never folds onto it as "wildfire" folds onto "fire".
"""

from __future__ import annotations

__all__ = ["REVERSING_PREFIXES"]

REVERSING_PREFIXES = frozenset(["mis", "dis", "non", "mal", "anti"])
