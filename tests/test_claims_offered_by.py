""" "Every explanation put forward by the owner", "the account given by the driver": a
claim noun with a participle naming who offered it points at that speaker's claim, like
"the owner's explanation"; "the explanation that X" still carries its own content.
Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "noun", "whose"),
    [
        (
            '"We have looked at every explanation put forward by the owner, and none of them '
            'fits the evidence," the inspector said.',
            "explanation",
            "the owner",
        ),
        (
            '"The account given by the driver does not match the footage," the officer said.',
            "account",
            "the driver",
        ),
    ],
)
def test_a_claim_offered_by_someone_is_theirs(nlp: Any, text: str, noun: str, whose: str) -> None:
    claim = only_claim(nlp, text)
    assert (claim.refers, claim.referent) == (noun, whose)
    assert claim.negated is not None


def test_a_claim_noun_with_its_own_content_points_at_nothing(nlp: Any) -> None:
    text = '"The explanation that the dog ate it does not fit the evidence," the chief said.'
    assert only_claim(nlp, text).refers is None
