"""Spelling variants a reader's search forgives: British and American word endings.

Each rule is ``(ending, canonical ending, shortest word)``: a word at least that
long ending in ``ending`` is written with ``canonical ending`` instead; the first
rule that fits is used. The page's Find rewrites both the query and every name,
so a rule only has to send both spellings of a word to one form ("Defence" and
"Defense" both become "defense"; "organisation" and "organization" both become
"organization"). A rule that also rewrites an unrelated word ("fence" becomes
"fense") costs nothing: both sides are rewritten alike.
"""

from __future__ import annotations

__all__ = ["SPELLING_ENDINGS"]

SPELLING_ENDINGS: tuple[tuple[str, str, int], ...] = (
    # organisation / organization, apologise / apologize
    ("isations", "izations", 8),
    ("isation", "ization", 7),
    ("ising", "izing", 6),
    ("isers", "izers", 6),
    ("iser", "izer", 5),
    ("ised", "ized", 5),
    ("ises", "izes", 5),
    ("ise", "ize", 5),
    # analyse / analyze
    ("ysing", "yzing", 6),
    ("ysed", "yzed", 5),
    ("yse", "yze", 5),
    # defence / defense, licence / license, offence / offense
    ("ences", "enses", 6),
    ("ence", "ense", 5),
    # labour / labor, colours / colors, honoured / honored
    ("ouring", "oring", 8),
    ("oured", "ored", 7),
    ("ours", "ors", 6),
    ("our", "or", 5),
    # centre / center, theatres / theaters
    ("tres", "ters", 6),
    ("tre", "ter", 5),
    # catalogue / catalog
    ("ogues", "ogs", 7),
    ("ogue", "og", 6),
    # travelled / traveled, counselling / counseling, traveller / traveler
    ("lling", "ling", 7),
    ("lled", "led", 6),
    ("ller", "ler", 6),
)
