"""Refused questions and evidence that makes a point: texts are our own; each case gave a
spurious quote or a wrong speaker before the rule it pins."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _contents(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator declined to say whether the captain had been suspended.",
        "The council declined to say whether it would appeal the ruling.",
        "The museum refused to confirm how much it had paid for the painting.",
    ],
)
def test_a_refused_question_is_no_statement(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_a_refused_question_leaves_a_later_statement(nlp: Any) -> None:
    text = (
        "The museum declined to say whether the offer was accepted. "
        "It said the painting was fully insured."
    )
    assert _contents(nlp, text) == ["the painting was fully insured"]


def test_she_is_not_the_evidence_that_made_a_point(nlp: Any) -> None:
    text = (
        "Maria Lund, the mayor, said the dam was safe. Laura Whitby, a hydrologist at the "
        "Ridgeline Institute, said the survey showed the dam was sound but not that it would "
        'last. "A patch is not a repair," she wrote in a note to colleagues.'
    )
    quotes = extract_quotes(nlp(text), "t")
    patch = next(q for q in quotes if "patch" in q.text)
    assert patch.antecedent is not None and patch.antecedent.text == "Laura Whitby"
