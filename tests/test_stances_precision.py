"""Statements that looked like a side and take none, or the other one: a hypothesis with
a negated outcome ("if X, no Y is safe") denies nothing, and a story *about* X that is
called false disputes X. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import corpus_graph, speaker_stances
from .test_positions import claims_of, only_claim


@pytest.mark.parametrize(
    "text",
    [
        '"If the council cuts the grant, no theatre in the county is safe," said Dana Roe.',
        '"If the mill closes, the shops on the high street will not survive," said Tom Ash.',
        "The mayor said that if the dam fails, the town will not survive.",
    ],
)
def test_a_negated_outcome_of_a_hypothesis_denies_nothing(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.asks
    assert claim.hypothesis


def test_a_denial_after_a_hypothesis_still_denies(nlp: Any) -> None:
    claim = only_claim(
        nlp,
        '"If this were the drought, we would be seeing dead trees all over the valley. '
        'We are not," said Dana Roe.',
    )
    assert claim.negated == "not"
    assert not claim.hypothesis


GRANT = {
    "a": (
        "Arts grant row\n\n"
        "Councillor Ann Vale said the theatre grant would be cut next year. "
        "Treasurer Ben Hart said the theatre grant was too generous."
    ),
    "b": (
        "Theatres warn council\n\n"
        '"If the council cuts the theatre grant, no theatre in the county is safe," said '
        "Dana Roe, a director. Councillor Ann Vale said the theatre grant was not sacred."
    ),
}


def test_a_hypothesis_with_a_negated_outcome_takes_no_side(nlp: Any) -> None:
    g = corpus_graph(nlp, GRANT)
    roe = next(n for n, d in g.nodes(data=True) if d.get("label") == "Dana Roe")
    assert not any(kind in ("supports", "disputes") for kind, _ in speaker_stances(g, roe))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ('"The story about the loan is completely false," the mayor said.', "loan"),
        ("The rumours about his health are nonsense, the spokesman said.", "health"),
    ],
)
def test_what_a_story_is_about_is_what_it_claims(nlp: Any, text: str, topic: str) -> None:
    claim = only_claim(nlp, text)
    assert topic in claim.ref_terms


LOAN = {
    "a": (
        "Mayor under fire\n\n"
        "Reporter Ann Vale said the mayor took a secret loan from the developer. "
        "Councillor Ben Hart said the loan was a bribe and the mayor must resign."
    ),
    "b": (
        "Mayor hits back\n\n"
        '"The story about the loan is completely false," said Tom Pike, a spokesman '
        "for the mayor. Councillor Ben Hart said the loan was never declared."
    ),
}


def test_a_story_about_x_called_false_disputes_x(nlp: Any) -> None:
    g = corpus_graph(nlp, LOAN)
    pike = next(n for n, d in g.nodes(data=True) if d.get("label") == "Tom Pike")
    stances = speaker_stances(g, pike)
    assert any(kind == "disputes" for kind, _ in stances), stances
    assert not any(kind == "supports" for kind, _ in stances), stances


@pytest.mark.parametrize(
    "text",
    [
        "The club said it does not comment on transfers until contracts are signed.",
        "The ministry said it did not comment on intelligence matters.",
    ],
)
def test_a_comment_withheld_takes_no_side(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.asks
    assert claim.negated is None


def test_a_denial_beside_a_comment_withheld_still_denies(nlp: Any) -> None:
    claim = only_claim(
        nlp,
        '"We do not comment on rumours, and no decision has been taken about the plant," '
        "a spokeswoman said.",
    )
    assert not claim.asks
    assert claim.negated == "no"


ARREST = {
    "a": (
        "Singer held after brawl\n\n"
        "Reporter Ann Vale said the singer had been arrested after a fight at a bar. "
        "Police spokesman Ben Hart said nobody had been arrested."
    ),
    "b": (
        "Manager hits back\n\n"
        "Ann Vale said the singer had been arrested on Friday night. "
        '"He saw a boy being attacked and went to help. That\'s the whole story," said '
        "Tom Pike, the singer's manager."
    ),
}


def test_the_whole_story_named_after_ones_own_words_endorses_no_one_else(nlp: Any) -> None:
    g = corpus_graph(nlp, ARREST)
    pike = next(n for n, d in g.nodes(data=True) if d.get("label") == "Tom Pike")
    assert not any(kind == "supports" for kind, _ in speaker_stances(g, pike))


@pytest.mark.parametrize(
    "text",
    [
        '"We will look at the engine, the wiring and the fuel records," said Ann Vale.',
        "The museum said it had offered to analyse the whole stone free of charge.",
        '"We are investigating the claims," a police spokesman said.',
    ],
)
def test_a_check_promised_or_offered_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


def test_a_check_with_a_finding_still_takes_a_side(nlp: Any) -> None:
    claim = only_claim(nlp, "The board said it had looked at the figures and they were correct.")
    assert not claim.asks


@pytest.mark.parametrize(
    "text",
    [
        '"You don\'t do that for a plant with a future," said a senior manager at the plant.',
        '"Honestly, you can\'t tell a diamond from a photo," said Ann Vale.',
    ],
)
def test_a_rule_of_thumb_said_of_anyone_takes_no_side(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.asks
    assert claim.hypothesis


def test_a_you_addressed_beside_a_claim_still_takes_a_side(nlp: Any) -> None:
    claim = only_claim(nlp, '"I can tell you the plant will not close," said Ann Vale.')
    assert not claim.asks


def test_a_denial_that_judges_nothing_points_back_to_nothing(nlp: Any) -> None:
    pairs = claims_of(
        nlp,
        "Councillor Ben Hart said the budget for the library was cut. "
        '"This was never about me," the mayor said.',
    )
    mayor = next(c for q, c in pairs if q.text.startswith('"This'))
    assert "budget" not in dict(mayor.terms)


def test_a_denial_that_judges_what_was_said_points_back_to_it(nlp: Any) -> None:
    pairs = claims_of(
        nlp,
        "Councillor Ben Hart said the budget for the library was cut. "
        '"That is not true," the mayor said.',
    )
    mayor = next(c for q, c in pairs if q.text.startswith('"That'))
    assert "budget" in dict(mayor.terms)


CRASH = {
    "a": (
        "Crash on the bypass\n\n"
        "Police said 40 people were hurt in the crash on the bypass. "
        "Paramedic Ann Vale said 40 people were hurt in the crash."
    ),
    "b": (
        "Hospital copes\n\n"
        "Ben Hart, a nurse, said 40 people were hurt in the crash. "
        '"If 400 people were hurt in the crash, the hospital would be full," said Dr Tom Ash.'
    ),
}


def test_a_supposed_figure_contradicts_no_figure(nlp: Any) -> None:
    g = corpus_graph(nlp, CRASH)
    ash = next(n for n, d in g.nodes(data=True) if d.get("label") == "Tom Ash")
    assert not any(kind == "disputes" for kind, _ in speaker_stances(g, ash))


def test_calling_a_report_outrageous_dismisses_it(nlp: Any) -> None:
    claim = only_claim(
        nlp, '"To then read that he was arrested is, frankly, outrageous," said Tom Ash.'
    )
    assert claim.dismissive == "outrageous"


def test_not_sure_who_it_was_denies_nothing(nlp: Any) -> None:
    claim = only_claim(
        nlp,
        "A neighbour said he saw police put a man in handcuffs but could not be sure who it was.",
    )
    assert claim.negated is None


def test_not_knowing_whether_takes_no_side(nlp: Any) -> None:
    claim = only_claim(nlp, "The neighbour said she did not know whether he had left.")
    assert claim.asks
    assert claim.negated is None


def test_not_sure_that_still_doubts(nlp: Any) -> None:
    claim = only_claim(nlp, "The neighbour said she was not sure it was him.")
    assert claim.negated == "not"
