"""Names joined by an ampersand ("Pell & Norris said ...") name one firm, not two joint
sources: the mention runs through the ampersand and no co-speaker is made of its second
word; "Ann Lee and Tom Hart said" stays two; and "the firm said" later is that firm, also
where the tagger missed the name. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

from .conftest import speaker_of

_TEXT = (
    "Bridge row\n\n"
    "Pell & Norris, a Leeds engineering firm, said the bridge design met every standard.\n\n"
    "The firm said it would not comment further.\n\n"
    "Ann Lee and Tom Hart said the deal was fair.\n"
)


def test_an_ampersand_joins_one_name(nlp: Any) -> None:
    quotes = {q.text: q for q in extract_quotes(nlp(_TEXT), "t")}
    design = quotes["the bridge design met every standard"]
    assert design.mention is not None and design.mention.text == "Pell & Norris", design
    assert not design.co_mentions, design.co_mentions


def test_and_still_joins_two_sources(nlp: Any) -> None:
    quotes = {q.text: q for q in extract_quotes(nlp(_TEXT), "t")}
    fair = quotes["the deal was fair"]
    assert [m.text for m in fair.co_mentions] == ["Tom Hart"], fair.co_mentions


def test_the_firm_after_an_ampersand_name_is_that_firm() -> None:
    assert speaker_of(_TEXT, "it would not comment") == "Pell & Norris"
