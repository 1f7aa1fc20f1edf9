"""A firm named by its trade in the plural ("Gilby Dairies", "Orme Dairies") is a business,
even when the entity tagger calls the name a person; "the company" after it is that firm,
also when the firm was named last only inside what a description before reported
("Gilby Dairies will sell four shops, the small dairy company said ... Later, the company
said"). People at a named workplace ("DRIVERS at Brandt Bakeries say") are a group,
not the firm; "the General Bakers' Union" is a union, not a general. Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.names import institution_named, parse_phrase
from kg.extract.quotes import Quote, extract_quotes


def _quote(nlp: Any, text: str, content: str) -> Quote:
    found = [q for q in extract_quotes(nlp(text), "t") if q.text.startswith(content)]
    assert found, [q.text for q in extract_quotes(nlp(text), "t")]
    return found[0]


def test_a_name_ending_in_a_trade_plural_is_an_institution() -> None:
    assert institution_named("Orme Dairies") and institution_named("Harlow Motors")
    assert not institution_named("Ann Mills")


def test_the_company_after_a_described_firm_is_the_firm(nlp: Any) -> None:
    text = (
        "Gilby Dairies to sell four shops\n\n"
        "Gilby Dairies will sell four of its farm shops in Pella before Easter, the small "
        "dairy company said on Friday, citing the price of feed.\n\n"
        '"Milk has never cost more to make," manager Ann Lee told the staff.\n\n'
        "Later, the company said rents in the town had doubled since 2019."
    )
    q = _quote(nlp, text, "rents in the town")
    assert q.antecedent is not None and q.antecedent.text == "Gilby Dairies", q.antecedent


def test_people_at_a_named_workplace_are_a_group_not_the_firm() -> None:
    for phrase in ("DRIVERS at Brandt Bakeries", "Analysts at Orme Holdings"):
        parts = parse_phrase(phrase)
        assert parts.kind == "group" and parts.head in ("drivers", "analysts"), parts
        assert parts.affiliation is not None and parts.key != parse_phrase(parts.affiliation).key
    assert parse_phrase("Council on Inland Waterways").kind == "organization"
    assert parse_phrase("Friends of the Marsh").kind == "organization"


def test_a_title_word_before_a_bodys_name_keeps_the_body() -> None:
    for name in ("The General Bakers' Union", "the General Nursing Council"):
        assert parse_phrase(name).kind == "organization", parse_phrase(name)
    assert parse_phrase("General Ann Lee").kind == "person"
    assert parse_phrase("Sergeant Tom Bank").kind == "person"
