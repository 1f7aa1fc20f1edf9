""" "No" before a subject, object or "there is" complement denies the predicate ("no truce
was agreed", "there is no truce", "the tests found no defect"); "no doubt", "no other way",
"no choice" and "no official could say" deny nothing; "we will know it when we see it", a
wish and a hypothesis take no side. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "Commander Ali Musa said no truce was agreed.",
        "Spokesman Sam Okon said there is no truce.",
        "The engineers said their tests found no defect in the valves.",
        "The inspector said there was no sign of sabotage.",
    ],
)
def test_no_before_an_argument_denies(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated == "no"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said there is no doubt the bridge will close.",
        '"The valves are checked by hand. There is simply no other way," the engineer said.',
        "The farmer said they had no choice but to sell the herd.",
        "The police said no official could say when the road will reopen.",
    ],
)
def test_no_doubt_no_other_way_and_no_one_can_say_deny_nothing(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is None


def test_a_judgement_put_off_takes_no_side(nlp: Any) -> None:
    text = '"We will know the repair worked when the water runs clean," the mayor said.'
    assert only_claim(nlp, text).asks


def test_knowing_now_is_no_judgement_put_off(nlp: Any) -> None:
    assert not only_claim(nlp, "The mayor said he knew the talks had failed.").asks


def test_a_wish_takes_no_side(nlp: Any) -> None:
    assert only_claim(nlp, '"The council wants to reopen the bridge," the adviser said.').asks


def test_a_refusal_of_a_wish_still_denies(nlp: Any) -> None:
    claim = only_claim(nlp, '"The council does not want to reopen the bridge," the adviser said.')
    assert claim.negated == "not"


def test_a_hypothesis_takes_no_side(nlp: Any) -> None:
    text = '"If the levee gives way, the lower town will flood," the engineer said.'
    assert only_claim(nlp, text).asks


def test_a_plain_denial_beside_a_hypothesis_takes_a_side(nlp: Any) -> None:
    """ "If there was a leak, I'd know about it, and there hasn't been one": the hypothesis
    comes with a denial of fact, which is asserted."""
    text = (
        "\"If there was a leak, I'd know about it, and there hasn't been one,\" "
        "the plant manager said."
    )
    claim = only_claim(nlp, text)
    assert not claim.asks
    assert claim.negated is not None


def test_a_consequence_joined_to_a_hypothesis_still_takes_no_side(nlp: Any) -> None:
    text = '"If the levee gives way, the town will flood and the school will close," he said.'
    assert only_claim(nlp, text).asks


def test_two_negations_of_a_condition_still_affirm(nlp: Any) -> None:
    text = "The aide said he wouldn't have called the minister if he wasn't sure."
    assert not only_claim(nlp, text).asks


@pytest.mark.parametrize(
    "text",
    [
        '"If the audit confirms it, the manager should be fired, full stop," the chair said.',
        "The chair said that if the audit confirms it, the manager must resign.",
        "The board said it would seek the maximum fine if the audit confirmed the losses.",
    ],
)
def test_a_call_made_on_a_condition_takes_a_side(nlp: Any, text: str) -> None:
    assert not only_claim(nlp, text).asks


def test_a_call_on_a_hypothesis_about_a_cause_still_takes_no_side(nlp: Any) -> None:
    text = "The union said that if faulty valves caused the leak, the owners must pay."
    assert only_claim(nlp, text).asks


@pytest.mark.parametrize(
    "text",
    [
        '"Not one crate was opened," the harbour master said.',
        '"Not a single letter was answered," the tenant said.',
    ],
)
def test_not_one_denies_like_no(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated == "no"


def test_one_or_not_only_one_denies_nothing(nlp: Any) -> None:
    assert only_claim(nlp, '"One crate was opened," the harbour master said.').negated is None
    text = '"Not only one crate was opened," the harbour master said.'
    assert only_claim(nlp, text).negated is None
