"""Stage 3: a parsed ``Doc`` becomes :class:`Quote` records.

A quote is what someone said (its content span), the cue that reports it
("said", "according to"), and the mention of the speaker in that sentence,
with the antecedent a pronoun or description refers to.

The work is done in one pass over the parse plus one over the quotation marks:

1. :func:`quote_regions` pairs the quotation marks of the text (straight and
   curly, quotes running over several paragraphs, unbalanced marks closed at
   the end of their paragraph);
2. every reporting cue outside quotation marks (a speech or thought verb that
   is not negated, "according to X", "X's statement said") gives a quote: the
   quoted passage next to the cue (direct), or the cue's complement clause
   (indirect, or mixed when it holds quoted words);
3. quoted passages no cue claimed are attributed when a colon introduces them
   ("X wrote: ...") or when they continue the previous speaker's quote;
4. the speaker mention is resolved: pronouns by gender, number, person or
   organisation, and recency (never to a name inside the reported words);
   descriptions ("the ministry", "the spokesman") to the latest fitting name;
   relative pronouns to the noun they modify. A joint source ("A and B said",
   "A, B and C argued") keeps the other members as ``co_mentions``; "they"
   after it stands for the whole joint source.

Cues in page furniture (:mod:`kg.extract.boilerplate`) give nothing. Asked for
(``learned=True``), a learned model adds the views, demands and intentions no cue
rule takes ("pushed for X") and a gate drops the rule quotes it scores as likely wrong.

The package's modules follow these steps, each importing only the ones before it:
:mod:`~kg.extract.quotes.records` (the records), :mod:`~kg.extract.quotes.marks` (1),
:mod:`~kg.extract.quotes.subjects`, :mod:`~kg.extract.quotes.frames`,
:mod:`~kg.extract.quotes.content` and :mod:`~kg.extract.quotes.cues` (2),
:mod:`~kg.extract.quotes.labels` and :mod:`~kg.extract.quotes.resolver` (4),
:mod:`~kg.extract.quotes.drafts` (2 and 3), :mod:`~kg.extract.quotes.build` (a draft
becomes a quote), :mod:`~kg.extract.quotes.learned` (the learned model and its gate) and
:mod:`~kg.extract.quotes.extract` (:func:`extract_quotes` and its
final passes).
"""

from __future__ import annotations

from kg.extract.quotes.content import relative_report
from kg.extract.quotes.extract import extract_quotes
from kg.extract.quotes.frames import cue_frame
from kg.extract.quotes.marks import quote_regions
from kg.extract.quotes.records import MentionKind, Quote, QuoteKind, Span
from kg.extract.quotes.subjects import CUE_LEMMAS

__all__ = [
    "CUE_LEMMAS",
    "MentionKind",
    "Quote",
    "QuoteKind",
    "Span",
    "cue_frame",
    "extract_quotes",
    "quote_regions",
    "relative_report",
]
