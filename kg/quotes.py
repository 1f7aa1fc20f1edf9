"""Stage 3: a parsed ``Doc`` becomes :class:`Quote` records.

A quote is what someone said (its content span), the cue that reports it
("said", "according to"), and the mention of the speaker in that sentence,
with the antecedent a pronoun or description refers to.

Extractors are small pure functions ``Doc -> Iterable[Quote]``;
:func:`extract_quotes` runs them all and removes overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.lexicon import PRONOUNS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["Quote", "QuoteKind", "Span", "extract_quotes"]

QuoteKind = Literal["direct", "indirect", "mixed"]
MentionKind = Literal["name", "pronoun", "nominal", "none"]

_OPEN_QUOTES = '"“”„«»'


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

    @property
    def key(self) -> tuple[str, int, int]:
        """``(doc, start, end)``: identifies the quote within a corpus."""
        return (self.doc, self.start, self.end)


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


def _subtree_span(token: Token) -> tuple[int, int]:
    left = token.left_edge.idx
    right = token.right_edge.idx + len(token.right_edge)
    return left, right


def _speaker_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl") and verb.head is not verb:
        return _speaker_of(verb.head)
    return None


def _mention_kind(token: Token) -> MentionKind:
    if token.lower_ in PRONOUNS:
        return "pronoun"
    if token.pos_ == "PROPN" or token.ent_type_:
        return "name"
    return "nominal"


def _mention_span(doc: Doc, head: Token) -> Span:
    if head.lower_ in PRONOUNS:
        return _span(doc, head.idx, head.idx + len(head))
    start, end = _subtree_span(head)
    # Cut relative clauses and appositions off the mention: keep up to the head.
    for child in head.rights:
        if child.dep_ in ("appos", "relcl", "acl", "punct", "prep"):
            end = min(end, child.left_edge.idx)
            break
    text = doc.text[start:end].rstrip(" ,")
    return Span(start, start + len(text), text)


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in " ,:;\n":
        start += 1
    while end > start and text[end - 1] in " ,;.\n":
        end -= 1
    return start, end


def _has_quote_mark(text: str) -> bool:
    return any(c in text for c in _OPEN_QUOTES)


def _kind(text: str) -> QuoteKind:
    t = text.strip()
    if t and t[0] in _OPEN_QUOTES and t[-1] in _OPEN_QUOTES:
        return "direct"
    return "mixed" if _has_quote_mark(t) else "indirect"


def _reported_speech(doc: Doc) -> Iterator[tuple[Token, int, int]]:
    """Reporting verbs with a clausal complement: (cue verb, content start, content end)."""
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in REPORTING_LEMMAS:
            continue
        for child in tok.children:
            if child.dep_ in ("ccomp", "xcomp") and child.i != tok.i:
                start, end = _subtree_span(child)
                # Drop the complementizer "that".
                first = child.left_edge
                if first.lower_ == "that" and first.dep_ == "mark":
                    start = first.nbor().idx if first.i + 1 < len(doc) else start
                yield tok, start, end
                break


def _resolve_pronoun(doc: Doc, mention: Token, people: list[SpacySpan]) -> Span | None:
    features = PRONOUNS.get(mention.lower_)
    if features is None:
        return None
    wanted, _gender, number = features
    for ent in reversed(people):
        if ent.end_char > mention.idx:
            continue
        label = "person" if ent.label_ == "PERSON" else "organization"
        if number == "plural" and ent.label_ == "PERSON":
            continue
        if wanted is None or wanted == label:
            return _span(doc, ent.start_char, ent.end_char)
    return None


def extract_quotes(doc: Doc, doc_id: str) -> list[Quote]:
    """Find the attributed statements in ``doc``.

    Returns
    -------
    list of Quote
        In text order, without overlaps.
    """
    entities = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
    quotes: list[Quote] = []
    for verb, start, end in _reported_speech(doc):
        start, end = _strip(doc, start, end)
        if end - start < 3:
            continue
        speaker = _speaker_of(verb)
        mention = _mention_span(doc, speaker) if speaker is not None else None
        kind_of_mention: MentionKind = _mention_kind(speaker) if speaker is not None else "none"
        antecedent = None
        if speaker is not None and kind_of_mention == "pronoun":
            antecedent = _resolve_pronoun(doc, speaker, entities)
        sent = verb.sent
        quotes.append(
            Quote(
                doc=doc_id,
                start=start,
                end=end,
                text=doc.text[start:end],
                kind=_kind(doc.text[start:end]),
                cue=_span(doc, verb.idx, verb.idx + len(verb)),
                mention=mention,
                mention_kind=kind_of_mention,
                antecedent=antecedent,
                sentence=_span(doc, sent.start_char, sent.end_char),
            )
        )
    return _without_overlaps(quotes)


def _without_overlaps(quotes: Iterable[Quote]) -> list[Quote]:
    kept: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept
