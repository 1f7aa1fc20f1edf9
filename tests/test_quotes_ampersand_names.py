"""Names joined by an ampersand ("Barrow & Finch said ...") name one firm, not two joint
sources: the mention runs through the ampersand and no co-speaker is made of its second
word; "Ann Lee and Tom Hart said" stays two; and "the firm said" later is that firm, also
where the tagger missed the name. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

from .conftest import speaker_of

_TEXT = (
    "Contract row\n\n"
    "Barrow & Finch, the London law firm that drew up the contract, said in a statement "
    "that its advice had been sound.\n\n"
    "Ann Lee and Tom Hart said the deal was fair.\n"
)


def test_an_ampersand_joins_one_name(nlp: Any) -> None:
    quotes = {q.text: q for q in extract_quotes(nlp(_TEXT), "t")}
    advice = quotes["its advice had been sound"]
    assert advice.mention is not None and advice.mention.text == "Barrow & Finch", advice
    assert not advice.co_mentions, advice.co_mentions


def test_and_still_joins_two_sources(nlp: Any) -> None:
    quotes = {q.text: q for q in extract_quotes(nlp(_TEXT), "t")}
    fair = quotes["the deal was fair"]
    assert [m.text for m in fair.co_mentions] == ["Tom Hart"], fair.co_mentions


def test_the_firm_after_an_ampersand_name_is_that_firm() -> None:
    text = (
        "Row\n\n"
        "Barrow & Finch, the London law firm that drew up the contract, said in a statement "
        "that its advice had been sound.\n\n"
        "The firm said it would not comment further.\n"
    )
    assert speaker_of(text, "it would not comment") == "Barrow & Finch"
