"""Two negatives that affirm, and denials said without a verb (h20c). A dismissive word
that is itself denied ("the flood report is not a hoax", "the figures are not false")
affirms what it is said of; a view its speaker has not retracted or found no reason to
revise is held; a verbless "no deal" or "no plan to close the depot" denies; a claim
called a "red herring" or "total invention", or one its hearer is "bemused" by, is
dismissed. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.claims import Claim
from tests.test_positions import claims_of, only_claim


def _claim_with(nlp: Any, text: str, start: str) -> Claim:
    """The claim of the statement that opens with ``start``."""
    return next(c for q, c in claims_of(nlp, text) if q.text.lstrip("\"'").startswith(start))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the flood report was not a hoax.",
        "Ann Lee said the figures on the river were not false.",
        '"The nurses\' complaint is not a red herring," Ann Lee said.',
    ],
)
def test_a_denied_dismissal_affirms(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None and claim.dismissive is None


def test_a_dismissal_of_anything_else_still_disputes(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the flood report was a hoax.")
    assert claim.dismissive == "hoax"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Tom Reed said he had not retracted the claim that the mill polluted the river.", "he"),
        (
            '"That is the likeliest theory and we have found nothing to revise it," Ann Lee said.',
            "That",
        ),
        ("Ann Lee said the board had not changed its view that the bridge was unsafe.", "the"),
    ],
)
def test_a_view_not_withdrawn_is_held(nlp: Any, text: str, start: str) -> None:
    assert _claim_with(nlp, text, start).negated is None


def test_a_change_to_anything_else_is_still_denied(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the shop had not changed its prices.")
    assert claim.negated == "not"


@pytest.mark.parametrize(
    "text",
    [
        '"No deal, full stop," Tom Reed said.',
        "Mill confirms talks but says no plan to close the depot",
    ],
)
def test_a_verbless_no_denies(nlp: Any, text: str) -> None:
    claims = [c for q, c in claims_of(nlp, text) if q.text.lstrip("\"'").lower().count("no ")]
    assert claims and all(c.negated == "no" for c in claims)


def test_a_verbless_no_doubt_affirms(nlp: Any) -> None:
    claim = only_claim(nlp, '"No doubt about it: a leak," Tom Reed said.')
    assert claim.negated is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tom Reed said the flood warning was a red herring.", "red herring"),
        ("A spokesman said the reported price was total invention.", "total invention"),
        ("Tom Reed said he was bemused by the poisoning claim.", "bemused"),
    ],
)
def test_more_ways_to_dismiss_a_claim(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).dismissive == word


def test_baffled_by_a_thing_dismisses_nothing(nlp: Any) -> None:
    assert only_claim(nlp, "Tom Reed said he was baffled by the new timetable.").dismissive is None


def test_a_dismissal_denied_and_corrected_dismisses_nothing(nlp: Any) -> None:
    text = '"We are not a red herring. We are people who want to be safe," said Ann Lee.'
    assert only_claim(nlp, text).dismissive is None


@pytest.mark.parametrize(
    "text",
    [
        '"I don\'t see how anyone can say the pipe did not leak," Ann Lee said.',
        '"I don\'t see how anyone reads this and says nothing was lost," Ann Lee said.',
    ],
)
def test_not_seeing_how_anyone_can_deny_affirms(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is None


def test_not_seeing_how_anyone_can_claim_disputes(nlp: Any) -> None:
    text = '"I don\'t see how anyone can claim the pipe leaked," Ann Lee said.'
    assert only_claim(nlp, text).negated is not None


def test_a_claim_named_and_called_not_false_is_endorsed(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the drought story was not a hoax.")
    assert claim.refers == "story" and claim.endorses == "not hoax"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the dam was far from safe.",
        '"The repairs are far from finished," Tom Reed said.',
    ],
)
def test_far_from_a_state_denies_it(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated == "far from"


def test_far_from_a_place_denies_nothing(nlp: Any) -> None:
    assert only_claim(nlp, "Tom Reed said the depot was far from the town.").negated is None


@pytest.mark.parametrize(
    "text",
    [
        '"That is not the whole truth," Ann Lee said.',
        "Tom Reed said the figures were not the full picture.",
    ],
)
def test_not_the_whole_story_denies_nothing(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is None


def test_not_the_story_denies(nlp: Any) -> None:
    assert only_claim(nlp, '"That is not the story," Ann Lee said.').negated == "not"
