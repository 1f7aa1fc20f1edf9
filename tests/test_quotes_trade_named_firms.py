"""A firm named by its trade in the plural ("Vance Cables", "Denby Cables") is a business,
even when the entity tagger calls the name a person; "the company" after it is that firm,
also when the firm was named last only inside what a description before reported
("Vance Cables will cut 300 jobs, the family-run company said ... In a statement, the
company said"). People at a named workplace ("WORKERS at Vance Cables say") are a group,
not the firm; "the General Dockworkers' Union" is a union, not a general. Texts are our
own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.names import institution_named, parse_phrase
from kg.extract.quotes import Quote, extract_quotes


def _quote(nlp: Any, text: str, content: str) -> Quote:
    found = [q for q in extract_quotes(nlp(text), "t") if q.text.startswith(content)]
    assert found, [q.text for q in extract_quotes(nlp(text), "t")]
    return found[0]


def test_a_name_ending_in_a_trade_plural_is_an_institution() -> None:
    assert institution_named("Denby Cables") and institution_named("Harlow Motors")
    assert not institution_named("Ann Mills")


def test_the_company_after_a_described_firm_is_the_firm(nlp: Any) -> None:
    text = (
        "Vance Cables to cut 300 jobs\n\n"
        "Vance Cables will cut 300 jobs at its Denby works by March, the family-run company "
        "said on Tuesday, blaming weak demand.\n\n"
        '"We did everything we could," owner Peter Holt told reporters.\n\n'
        "In a statement, the company said sales had fallen for three years in a row."
    )
    q = _quote(nlp, text, "sales had fallen")
    assert q.antecedent is not None and q.antecedent.text == "Vance Cables", q.antecedent


def test_people_at_a_named_workplace_are_a_group_not_the_firm() -> None:
    for phrase in ("WORKERS at Vance Cables", "Analysts at Denby Holdings"):
        parts = parse_phrase(phrase)
        assert parts.kind == "group" and parts.head in ("workers", "analysts"), parts
        assert parts.affiliation is not None and parts.key != parse_phrase(parts.affiliation).key
    assert parse_phrase("Council on Inland Waterways").kind == "organization"
    assert parse_phrase("Friends of the Marsh").kind == "organization"


def test_a_title_word_before_a_bodys_name_keeps_the_body() -> None:
    for name in ("The General Dockworkers' Union", "the General Nursing Council"):
        assert parse_phrase(name).kind == "organization", parse_phrase(name)
    assert parse_phrase("General Ann Lee").kind == "person"
    assert parse_phrase("Sergeant Tom Bank").kind == "person"
