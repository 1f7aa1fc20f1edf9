"""Rival accounts meet: "that is the likeliest explanation, not X" names an explanation
and sets X aside (it supports the one and disputes the other, it negates nothing), and a
rival explanation is no facet of the claim it competes with. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.query import answer_question

from .conftest import corpus_graph, speaker_stances
from .test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ('"That is the likeliest explanation, not the sugar," Dr. Ann Vale said.', "sugar"),
        ("The chief said the storm was to blame, not the trucks.", "truck"),
        ("The union said the cause was arson, not faulty wiring.", "wiring"),
    ],
)
def test_x_not_y_at_the_sentence_end_sets_y_aside(nlp: Any, text: str, rejected: str) -> None:
    claim = only_claim(nlp, text)
    assert rejected in claim.rejected
    assert claim.negated is None  # the "not" sets Y aside: X is asserted


def test_a_not_before_no_noun_still_negates(nlp: Any) -> None:
    claim = only_claim(nlp, "The chief said the law was clear, not vague, on the matter.")
    assert claim.rejected == ()
    assert claim.negated == "not"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('"That is the most likely explanation," Dr. Ann Vale said.', "explanation"),
        ('"This is the real story," the mayor said.', "story"),
    ],
)
def test_a_pointing_subject_named_as_a_claim_endorses_it(nlp: Any, text: str, named: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.endorses == named
    assert claim.refers == named


def test_a_pointing_subject_denied_as_a_claim_endorses_nothing(nlp: Any) -> None:
    claim = only_claim(nlp, '"That is not the explanation," Dr. Ann Vale said.')
    assert claim.endorses is None


STORY = {
    "a": (
        "Sugar study questioned\n\n"
        "Researcher Tom Brill said the sugar raises the risk of gout. "
        "Nutritionist Eva Lind said the sugar does not raise the risk of gout."
    ),
    "b": (
        "Experts say heavy users were ill already\n\n"
        "Doctor Ida Moor said the heaviest users were already ill before the study. "
        'Critic Sam Roe said heavy users were ill already. "That is the likeliest '
        'explanation, not the sugar," Roe said.'
    ),
    "c": (
        "Authors answer\n\n"
        "Professor Kai Dunn said the heaviest users were not ill before the study. "
        "Dunn said the sugar raises the risk of gout."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> Any:
    return corpus_graph(nlp, STORY)


def test_naming_an_explanation_and_setting_a_cause_aside(graph: Any) -> None:
    said = speaker_stances(graph, "speaker:sam-roe")
    assert ("disputes", "position:sugar") in said
    assert not any(st == "disputes" and p != "position:sugar" for st, p in said)
