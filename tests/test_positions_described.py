"""What a statement asserts, as opposed to what it only describes or counts (texts of our own).

A participle that describes a noun ("the stranded tourists") is not the claim; a statement
filed under a figure ("30 prisoners were freed") still asserts what else it says ("the deal
was signed"); what the speakers say they will know later ("we will know it worked when
...") or what someone wants to do takes no side yet; an age ("aged over 60") counts nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.assemble.positions.records import ANCHOR_MIN
from tests.test_positions import build_texts, only_claim


def test_a_participle_describing_a_noun_is_not_in_focus(nlp: Any) -> None:
    described = only_claim(nlp, "The mayor said the city had found beds for the stranded tourists.")
    assert described.weights()["strand"] < ANCHOR_MIN
    asserted = only_claim(nlp, "The mayor said the tourists were stranded at the station.")
    assert asserted.weights()["strand"] >= ANCHOR_MIN


DEAL = {
    "a": "Official Ann Bell said the dam deal was signed on Monday. "
    "Rebel Sam Cole said the dam deal was never signed.",
    "b": "Guard Kit Rowe said 27 prisoners were freed. "
    "Monitor Joe Pratt said hundreds of prisoners were freed.",
    "c": "Envoy Tim Hale said the dam deal was signed and 30 prisoners were freed.",
}


def test_a_statement_filed_under_a_figure_also_asserts_its_claim(nlp: Any) -> None:
    result = build_texts(nlp, DEAL)
    names = {sp.id: sp.name for sp in result.speakers.speakers}
    terms = {p.id: p.terms[0] for p in result.positions}
    hale = {
        (terms[st.position], st.stance)
        for st in result.stances
        if names.get(st.speaker, "").endswith("Tim Hale")
    }
    assert hale == {("deal", "supports"), ("dozens", "supports")}


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ('"We will know the repairs worked when the water runs clean," the mayor said.', True),
        ('"We know the repairs worked," the mayor said.', False),
        ("The mayor said they will know the repairs worked.", False),
        ("The mayor said the council wants to sell the old depot.", True),
        ("The mayor said the council will sell the old depot.", False),
        ("The mayor said the council wants a new depot.", False),
    ],
)
def test_what_someone_will_know_or_wants_to_do_takes_no_side(
    nlp: Any, text: str, asks: bool
) -> None:
    assert only_claim(nlp, text).asks is asks


@pytest.mark.parametrize(
    "text",
    [
        "The charity said staff aged over 60 had been laid off.",
        "The charity said patients aged from birth to 90 were moved.",
    ],
)
def test_an_age_is_no_count(nlp: Any, text: str) -> None:
    aged = only_claim(nlp, text)
    assert aged.frame != "figure" and "dozens" not in aged.weights()


def test_a_count_of_people_is_a_figure(nlp: Any) -> None:
    counted = only_claim(nlp, "The charity said 65 workers had been laid off.")
    assert counted.frame == "figure" and "dozens" in counted.weights()


LAYOFFS = {
    "a": "Official Ann Bell said hundreds of workers were laid off at the mill.",
    "b": "Clerk Tom Hale said 300 workers were laid off at the mill.",
    "c": "Porter Kit Rowe said 40 workers were laid off at the mill.",
    "d": "Guard Lee Moss said 40 trucks carried goods for firms that laid off staff.",
}


def test_a_figure_rivals_only_a_figure_for_what_it_names_in_a_main_role(nlp: Any) -> None:
    result = build_texts(nlp, LAYOFFS)
    names = {sp.id: sp.name for sp in result.speakers.speakers}
    terms = {p.id: p.terms[0] for p in result.positions}
    disputed = {
        (names.get(st.speaker, ""), terms[st.position])
        for st in result.stances
        if st.stance == "disputes"
    }
    assert ("Kit Rowe", "hundreds") in disputed  # 40 workers laid off: a rival count
    assert ("Lee Moss", "hundreds") not in disputed  # 40 trucks: lay-offs only on the side
