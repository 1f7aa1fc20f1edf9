"""A claim that something was faked denies it, like "X is fake" (h15b): "the video was
staged", "was faked", "the photo was doctored" ask for the same side as a position labelled
with "fake"; a union that "staged a walkout" denies nothing. A denial cue over a content
that denies ("denied that the video had been staged") says the thing is so: the two cancel,
so the denier answers who denies the staging, not who says it."""

from __future__ import annotations

import pytest

from kg.query.matching import Statement
from kg.query.reading import content_negated
from kg.query.sides import denies


@pytest.mark.parametrize(
    "claim",
    [
        "the video was staged",
        "the clip was faked",
        "the photo was doctored",
        "the letter is forged",
    ],
)
def test_a_claim_of_faking_denies_itself(claim: str) -> None:
    assert content_negated(claim)


@pytest.mark.parametrize("claim", ["the union staged a walkout", "the video was real"])
def test_staging_an_event_denies_nothing(claim: str) -> None:
    assert not content_negated(claim)


def _said(text: str, cue: str) -> Statement:
    return Statement("speaker:x", "a", 0, len(text), text, cue, "she", None, {})


@pytest.mark.parametrize(
    ("text", "cue", "denied"),
    [
        ("the video had been staged", "denied", False),  # denying a fake: it is real
        ("the photo was doctored", "dismissed", False),
        ("the mayor resigned", "denied", True),
        ("the video had been staged", "said", True),
    ],
)
def test_a_denial_cue_over_a_denying_content_cancels(text: str, cue: str, denied: bool) -> None:
    assert denies(_said(text, cue), ["video", "photo", "mayor"]) is denied
