"""A claim that something was faked denies it, like "X is fake" (h15b): "the video was
staged", "was faked", "the photo was doctored" ask for the same side as a position labelled
with "fake"; a union that "staged a walkout" denies nothing."""

from __future__ import annotations

import pytest

from kg.query.reading import content_negated


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
