"""A source phrase after the reported clause that the parser hung inside the clause."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def test_report_phrase_the_parser_hung_on_the_clause_is_the_source(nlp: Any) -> None:
    text = (
        "Ann Lee might be running the company instead of her brother, a recent report from "
        "a Boston-based think tank revealed."
    )
    quotes = extract_quotes(nlp(text), "a")
    assert [q.text for q in quotes] == [
        "Ann Lee might be running the company instead of her brother"
    ]
    assert quotes[0].mention is not None and "think tank" in quotes[0].mention.text


def test_description_before_a_named_subject_is_not_content(nlp: Any) -> None:
    text = (
        "Ann Lee, the younger sister of the mayor Tom Lee, might be running the city instead "
        "of her brother, a recent report from Boston-based think tank, Harbour Policy "
        "Institute (HPI) revealed."
    )
    quotes = extract_quotes(nlp(text), "a")
    assert [q.text for q in quotes] == [
        "Ann Lee, the younger sister of the mayor Tom Lee, might be running the city instead "
        "of her brother"
    ]


def test_subject_right_before_the_cue_keeps_the_whole_clause(nlp: Any) -> None:
    text = "The port will close in May, the harbour master said."
    quotes = extract_quotes(nlp(text), "a")
    assert [q.text for q in quotes] == ["The port will close in May"]


def test_a_name_with_its_abbreviation_is_the_source_whatever_its_entity_type(nlp: Any) -> None:
    from spacy.tokens import Span as SpacySpan

    text = (
        "The mayor might be ill, a recent report from Boston-based think tank, South Harbour "
        "Workers Solidarity (SHWS) revealed."
    )
    doc = nlp(text)
    words = [t.text for t in doc]
    first, abbr = words.index("South"), words.index("SHWS")
    # the model may take such a name for a place: the bracketed abbreviation marks a body
    doc.ents = [
        SpacySpan(doc, first, first + 4, label="GPE"),
        SpacySpan(doc, abbr, abbr + 1, label="ORG"),
    ]
    quotes = extract_quotes(doc, "a")
    assert [q.mention.text if q.mention else None for q in quotes] == [
        "South Harbour Workers Solidarity"
    ]
