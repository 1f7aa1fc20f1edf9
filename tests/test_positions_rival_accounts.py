"""Rival accounts meet: "that is the likeliest explanation, not X" names an explanation
and sets X aside (it supports the one and disputes the other, it negates nothing), and a
rival explanation is no facet of the claim it competes with. Texts of our own."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import corpus_graph, speaker_stances
from .test_positions import claims_of, only_claim


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
        "Critic Sam Roe said the biggest soda drinkers were sick before they started. "
        '"That is the likeliest '
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


def test_what_the_speaker_has_just_said_is_the_explanation_named(graph: Any) -> None:
    # "Soda drinkers were sick before. That is the likeliest explanation": the first
    # statement supports where the explanation named is filed, as the second does
    supporting = [
        e
        for _, v, d in graph.out_edges("speaker:sam-roe", data=True)
        if d.get("relation") == "stance" and d.get("stance") == "supports"
        for e in json.loads(d["evidence"])
    ]
    texts = {e["text"] for e in supporting}
    assert any(t.startswith("the biggest soda drinkers") for t in texts)
    assert any("likeliest" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "under_review"),
    [
        ("The agency said it was aware of the study and was reviewing it.", True),
        ("The agency said it had widened its review to include two studies of the dye.", True),
        ("Police said they were investigating the claims.", True),
        ("The ministry said it had opened an inquiry into the deaths.", True),
        ("The board said it would examine the report but that the chief did nothing wrong.", False),
        ("The mayor said the inspectors reviewed the bridge and found it safe.", False),
    ],
)
def test_a_check_under_way_takes_no_side(nlp: Any, text: str, under_review: bool) -> None:
    claims = [c for _, c in claims_of(nlp, text)]
    assert claims[0].asks is under_review


def test_a_verb_that_describes_the_subject_is_not_what_is_claimed(nlp: Any) -> None:
    claim = only_claim(
        nlp, "Dr. Ann Vale said scientists who attacked the research had taken fees from firms."
    )
    w = claim.weights()
    assert w["attack"] < 1.0 < w["fee"]  # which scientists, not the claim
    other = only_claim(nlp, "Dr. Ann Vale said the dye was found in the river that feeds the lake.")
    assert other.weights()["feed"] >= 0.9  # a verb describing no subject keeps its weight


@pytest.mark.parametrize(
    ("text", "open_question"),
    [
        (
            "The judge ruled that a jury, not the court, must decide whether he acted lawfully.",
            True,
        ),
        (
            "The judge wrote that the question of whether the driver sped is a question of fact.",
            True,
        ),
        ("The judge said the issue of whether the mayor lied is one for voters.", True),
        ("The mayor said voters will decide the matter in May.", False),
        ("The chief said the jury decided that he was guilty.", False),
    ],
)
def test_who_settles_an_open_question_takes_no_side(
    nlp: Any, text: str, open_question: bool
) -> None:
    assert only_claim(nlp, text).asks is open_question


def test_an_open_question_answered_still_disputes(nlp: Any) -> None:
    claim = only_claim(
        nlp, '"The law asks whether that fear was reasonable, and it was not," he said.'
    )
    assert claim.negated == "not"  # asked and answered: the stance is a dispute, not neutral


@pytest.mark.parametrize(
    ("text", "dismissive"),
    [
        (
            "The judge ruled that the video can be shown, rejecting an argument that the "
            "recording was misleading.",
            None,
        ),
        ("The mayor said the claim that the bridge is unsafe is ridiculous.", "ridiculous"),
        ("The mayor said the report was misleading.", "misleading"),
    ],
)
def test_a_dismissive_word_inside_a_reported_claim_is_the_claims(
    nlp: Any, text: str, dismissive: str | None
) -> None:
    assert only_claim(nlp, text).dismissive == dismissive


def test_a_rhetorical_ask_whether_takes_a_side(nlp: Any) -> None:
    # "Ask any nurse whether this is about money": the answer is plain, the claim stands
    claim = only_claim(nlp, '"Ask any nurse who was hurt whether this is about money," she said.')
    assert claim.asks is False
