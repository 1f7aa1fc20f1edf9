"""Denials said inside a frame of certainty or possibility, after "found nothing to",
and in a correction by a prepositional phrase (h22e). "She was sure that the pump had not
failed", "it is possible that the tank never leaked" and "they had found nothing as yet to
suggest the well played a part" deny what their inner clause says; "the trail led to the
canal, not to the old quarry" sets the quarry aside. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said she was "as certain as anyone could be" that the pump had not failed.',
        "Ann Lee said she was certain that the pump had not failed.",
        'Ann Lee said it was "possible that the tank had never leaked".',
        "Tom Reed said he was confident the levee would never break.",
    ],
)
def test_a_denial_inside_a_frame_of_certainty_denies(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated in ("not", "never")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said she was certain that the pump had failed.",
        'Ann Lee said it was "possible the pump failed".',
    ],
)
def test_a_plain_clause_inside_the_frame_is_no_denial(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is None


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said the inspectors had "found nothing as yet to suggest the well played a part".',
        "Ann Lee said the inspectors had found nothing yet to link the well to the outbreak.",
    ],
)
def test_nothing_found_to_suggest_a_claim_denies_it(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated == "nothing"


def test_finding_something_to_suggest_it_is_no_denial(nlp: Any) -> None:
    text = "Ann Lee said the inspectors had found traces to suggest the well is involved."
    assert only_claim(nlp, text).negated is None


@pytest.mark.parametrize(
    ("text", "set_aside"),
    [
        ("Ann Lee said the trail led to the canal, not to the old quarry.", "quarry"),
        ("Ann Lee said the fault lay in the pump, not in the pipes.", "pipe"),
    ],
)
def test_a_prepositional_correction_sets_its_object_aside(
    nlp: Any, text: str, set_aside: str
) -> None:
    claim = only_claim(nlp, text)
    assert set_aside in claim.rejected and claim.negated is None


@pytest.mark.parametrize(
    "text",
    [
        '"No sign of a leak does not mean there was no leak," Ann Lee said.',
        '"No reading on the gauge does not mean no leak," Ann Lee said.',
        "Ann Lee said the absence of a record did not prove that nothing was taken.",
    ],
)
def test_a_negative_inference_denied_is_no_denial(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None and not claim.denied


def test_an_inference_denied_of_a_plain_clause_still_denies(nlp: Any) -> None:
    claim = only_claim(nlp, '"A reading on the gauge does not mean a leak," Ann Lee said.')
    assert claim.negated == "not"


def test_a_framed_denial_joined_to_a_second_claim_is_left(nlp: Any) -> None:
    text = (
        "Ann Lee said she was certain that the pump had not failed and that she had "
        "asked the inspectors to test the valves."
    )
    assert only_claim(nlp, text).negated is None
