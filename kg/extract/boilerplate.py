"""Boilerplate of scraped news pages: the parts that are not the story.

Newsletter sign-ups, comment guidelines, bylines and credits, photo credits,
"read more" links and the teaser headlines of other stories are found by
their form alone (general English page furniture), never by their words of
any one site. Quote extraction skips every cue inside these spans.

>>> text = "Sign up for our free newsletter\\n\\nThe mayor said the road will reopen."
>>> [text[a:b] for a, b in boilerplate_spans(text)]
['Sign up for our free newsletter']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.nlp import doc_text
from kg.lexicon import BOILERPLATE_PATTERNS, DESK_NOTE_PATTERNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["boilerplate_of", "boilerplate_spans", "paragraph_spans"]

_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS), re.IGNORECASE)
_DESK_NOTE = re.compile("|".join(DESK_NOTE_PATTERNS), re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)\]]*\s*$|[\"”»]\s*$")
_WORD = re.compile(r"\w+")
#: Two texts run together by a scraper: "crisis?Today", "missileThe Explainer".
_GLUED = re.compile(r"[a-z][?!]?[’'\"]?[A-Z][a-z]|[?!][’'\"]?[A-Z][a-z]")
#: A line this short without closing punctuation is a headline or a teaser.
SHORT_LINE_WORDS = 16


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every non-blank line of ``text``, stripped.

    >>> paragraph_spans("a b\\n\\n  c  \\n")
    [(0, 3), (7, 8)]
    """
    out = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        out.append((start, start + len(stripped)))
    return out


def _is_teaser(line: str, words: int) -> bool:
    """A short line that does not end a sentence: a headline, a caption stub or a teaser.

    A scraped teaser glues its headline to a section label ("... farm crisis?Today's
    Big Question Farmers say ..."): such a line counts as one up to twice the length.

    >>> _is_teaser("Will the plan work?Big Question Farmers say they want trade not aid", 13)
    True
    """
    if _SENTENCE_END.search(line):
        return False
    return words <= SHORT_LINE_WORDS or (
        words <= 2 * SHORT_LINE_WORDS and _GLUED.search(line) is not None
    )


def boilerplate_of(doc: Doc) -> list[tuple[int, int]]:
    """:func:`boilerplate_spans` of a parsed article, found once per doc.

    The spans are kept in ``doc.user_data``: the quote and the mention steps both read them.
    """
    cached: list[tuple[int, int]] | None = doc.user_data.get("kg_boilerplate")
    if cached is None:
        cached = boilerplate_spans(doc_text(doc))
        doc.user_data["kg_boilerplate"] = cached
    return cached


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are page furniture rather than the article.

    A line is boilerplate when it matches one of
    :data:`kg.lexicon.BOILERPLATE_PATTERNS` (up to 40 words) or opens with a desk note
    (:data:`kg.lexicon.DESK_NOTE_PATTERNS`, any length), or when it is a short line
    without closing punctuation (a teaser headline) anywhere but the first
    line (the article's own headline is kept: it may carry an attribution).

    >>> t = "Mayor says road will reopen\\n\\nThe mayor said so.\\n\\nCouncil says budget is short"
    >>> [t[a:b] for a, b in boilerplate_spans(t)]
    ['Council says budget is short']
    """
    out = []
    for i, (start, end) in enumerate(paragraph_spans(text)):
        line = text[start:end]
        words = len(_WORD.findall(line))
        furniture = _BOILERPLATE.search(line) and words <= 40
        if furniture or _DESK_NOTE.match(line) or (i > 0 and _is_teaser(line, words)):
            out.append((start, end))
    return out
