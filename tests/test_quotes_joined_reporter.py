"""A second source and its own report joined to a reported clause (h19g): "after engineers
reported that they had found cracks and more than 200 residents called for the bridge to be
closed" holds two reports -- the engineers' ends before "and", the residents' call is
theirs -- whether the parser joins the second verb to the clause or hangs it on the
residents as a modifier. A conjunct that reports nothing ("and wages fell") stays in.
Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _texts(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


def test_a_joined_call_is_the_callers_not_part_of_the_first_report(nlp: Any) -> None:
    text = (
        "The board has opened a review of the survey, after engineers reported that they "
        "could not repeat its results and more than 40 residents called for the bridge to "
        "be closed."
    )
    texts = _texts(nlp, text)
    assert "they could not repeat its results" in texts, texts
    assert "the bridge to be closed" in texts, texts


def test_a_joined_source_read_as_a_modifier_still_ends_the_first_report(nlp: Any) -> None:
    text = (
        "The council has closed the bridge after engineers reported that they had found "
        "cracks and more than 200 residents called for the bridge to be demolished."
    )
    assert "they had found cracks" in _texts(nlp, text), _texts(nlp, text)


def test_a_joined_clause_that_reports_nothing_stays_in(nlp: Any) -> None:
    text = "Ann Lee, an economist, said that prices rose in May and wages fell in June."
    assert "prices rose in May and wages fell in June" in _texts(nlp, text), _texts(nlp, text)
