"""Nouns with a Latin or Greek plural, and the one term all their forms are read as.

The lemmatiser reads such a plural now as itself and now as its singular ("the data
show" -> data, "their data was" -> datum), which would split one topic in two. Every
form is looked up as written and sent to one term. A plural that has a sense of its own
in the news is its own term: "the media" are the press, not mediums, so "media" stays
"media" whatever the lemma says, and "medium" stays "medium".
"""

from __future__ import annotations

__all__ = ["PLURAL_TERMS"]

#: Each written form (lowercase) -> the term it is read as.
PLURAL_TERMS: dict[str, str] = {
    "data": "data",
    "datum": "data",
    "media": "media",
    "criteria": "criterion",
    "criterion": "criterion",
    "phenomena": "phenomenon",
    "phenomenon": "phenomenon",
    "bacteria": "bacteria",
    "bacterium": "bacteria",
    "curricula": "curriculum",
    "curriculum": "curriculum",
    "memoranda": "memorandum",
    "memorandum": "memorandum",
    "strata": "stratum",
    "stratum": "stratum",
}
