""" "They should never have been sent up in that weather": a negation under "should" or
"ought" with "have" says what ought not to have been done -- it takes the deed as done and
blames whoever did it; it denies nothing. "They should not sign" (no "have") and "he could
not have known" still deny. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        '"The crews should never have been sent up in that weather," the union said.',
        '"The mayor shouldn\'t have signed the contract," the auditor said.',
        '"He should not have approved the loan," the auditor said.',
    ],
)
def test_what_should_not_have_been_done_is_blame(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None
    assert not claim.denied


@pytest.mark.parametrize(
    "text",
    [
        '"The council should not sign the contract," the auditor said.',
        '"He could not have known about the loan," the auditor said.',
        '"The mayor did not sign the contract," the auditor said.',
    ],
)
def test_a_plain_or_epistemic_negation_still_denies(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is not None


def test_a_claim_that_should_not_have_been_made_is_rejected(nlp: Any) -> None:
    text = '"That rumour should never have been printed," the mayor said.'
    assert only_claim(nlp, text).negated is not None


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("The crews should never have been sent up in that weather.", True),
        ("The mayor did not sign the contract.", False),
    ],
)
def test_one_gate_reads_what_denies_nothing(nlp: Any, text: str, nothing: bool) -> None:
    """The negated subject and the denied terms skip the same predicates: one gate."""
    from kg.extract.claims.negation import _denies_nothing

    root = next(iter(nlp(text).sents)).root
    assert _denies_nothing(root) is nothing
