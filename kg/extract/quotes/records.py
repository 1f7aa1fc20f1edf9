"""Quote extraction, the records: :class:`Span`, :class:`Quote` and the cue a parse gives.

A :class:`Quote` is what :func:`kg.extract.quotes.extract_quotes` returns; ``_Cue`` is the
reporting word (or phrase) the later steps start from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token


QuoteKind = Literal["direct", "indirect", "mixed"]


MentionKind = Literal["name", "pronoun", "nominal", "none"]


@dataclass(frozen=True)
class Span:
    """A piece of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """One attributed statement in one article.

    Attributes
    ----------
    doc : str
        The article id.
    start, end : int
        Character offsets of the content.
    text : str
        The content.
    kind : {'direct', 'indirect', 'mixed'}
    cue : Span or None
        The reporting words ("said", "according to").
    mention : Span or None
        The speaker as named in this sentence (may be "he" or "the ministry").
    mention_kind : {'name', 'pronoun', 'nominal', 'none'}
    antecedent : Span or None
        For a pronoun or description, the fuller mention it refers to.
    sentence : Span or None
        The sentence(s) holding the quote, for context.
    continues : tuple of int or None
        For the second part of a split quote, or a quoted passage that carries on
        a speaker's quote without a cue of its own, the ``(start, end)`` of the
        quote it continues.
    co_mentions : tuple of Span
        A joint source's other members ("Ann Lee and the ministry said"): each
        co-speaker's mention in this sentence, the first-named being ``mention``.
    co_antecedents : tuple of (Span or None)
        Parallel to ``co_mentions``: what each co-mention refers to, when it is a
        pronoun or a description.
    learned : bool
        Found by the learned model (:mod:`kg.extract.quotes.learned`), not by a cue rule:
        "she backed the plan", "they pushed for a recount". An attribution, but one that
        takes no part in positions and stances.
    """

    doc: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: Span | None = None
    mention: Span | None = None
    mention_kind: MentionKind = "none"
    antecedent: Span | None = None
    sentence: Span | None = None
    continues: tuple[int, int] | None = None
    co_mentions: tuple[Span, ...] = ()
    co_antecedents: tuple[Span | None, ...] = ()
    learned: bool = False

    @property
    def key(self) -> tuple[str, int, int]:
        """``(doc, start, end)``: identifies the quote within a corpus."""
        return (self.doc, self.start, self.end)


@dataclass(frozen=True)
class _Cue:
    """A reporting cue found in the parse: the words, the speaker token, the content."""

    start: int
    end: int
    speaker: Token | None
    content: tuple[int, int] | None
    verb: Token | None
