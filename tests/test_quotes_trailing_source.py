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
