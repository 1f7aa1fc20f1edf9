"""What is said of the story's topic is the position, not the topic (texts of our own).

When (nearly) every speaker names the same thing ("the fund"), a position on the bare
noun would hold both sides: those who call the fund insolvent and those who say it is
not. When two things or more are each said of the topic by two speakers or more ("it is
insolvent", "it cut pensions"), what a claim says of the topic (an adjective after a
copula, a passive participle, a verb's object, a verb) is the position, and a negation
disputes it. When all say one thing of it ("the dam holds", "does not hold"), the
topic is the position (tests/test_position_labels.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.assemble.positions import fold_terms
from tests.test_positions import only_claim, stances_of


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The analyst said the fund is insolvent.", ("fund", "insolvent")),
        ("The analyst said the records were mishandled.", ("record", "mishandle")),
        ("The analyst said the bank froze withdrawals.", ("bank", "withdrawal")),
        ("The analyst said the fund collapsed.", ("fund", "collapse")),
        ("The analyst said this is a healthy fund.", ("fund", "healthy")),
    ],
)
def test_a_claim_says_something_of_its_subject(nlp: Any, text: str, said: tuple[str, str]) -> None:
    assert said in only_claim(nlp, text).said_of


FUND = {
    "a": "Blogger Ann Lee said the fund is insolvent. "
    "Chairman Tom Hale said the fund is not insolvent. "
    "Auditor Kit Rowe said the fund paid every pension in May.",
    "b": "Trader Joe Pratt said the fund was insolvent. "
    "Actuary Lee Moss said the fund moved its offices in April. "
    "Banker Sam Cole said the fund is not insolvent at all.",
    "c": "Analyst Amy Lund said the fund is insolvent. "
    "Clerk Roy Dunn said the fund cut pensions in June. "
    "Widow Eve Holt said the fund cut pensions twice.",
}


def test_what_is_said_of_the_topic_is_the_position(nlp: Any) -> None:
    assert ("insolvent", "supports") in stances_of(nlp, FUND, "Ann Lee")
    hale = stances_of(nlp, FUND, "Tom Hale")
    assert ("insolvent", "disputes") in hale and ("fund", "supports") not in hale


def test_a_reversing_prefix_is_no_compound() -> None:
    assert fold_terms(["mishandle", "handle", "wildfire", "fire"]) == {"wildfire": "fire"}


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("who disputes that the fund is insolvent", {"Tom Hale", "Sam Cole"}),
        ("who says the fund is insolvent", {"Ann Lee", "Joe Pratt", "Amy Lund"}),
    ],
)
def test_a_question_reads_what_is_said_of_the_topic(
    nlp: Any, question: str, answers: set[str]
) -> None:
    from kg.query import answer_question

    from .conftest import corpus_graph

    found = answer_question(corpus_graph(nlp, FUND), question)
    assert {a.speaker for a in found.answers} == answers
