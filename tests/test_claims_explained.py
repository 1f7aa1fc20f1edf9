"""A causal verb that cues a quote ("explained that X", "explaining why X") has the speaker
for its subject: the content is what they say, weighed as any claim, not an effect."""

from __future__ import annotations

from typing import Any

from tests.test_positions import claims_of, only_claim


def test_explained_that_weighs_the_content_as_a_claim(nlp: Any) -> None:
    claim = only_claim(nlp, "The mayor explained that the bridge was closed for repairs.")
    assert claim.effect == ()
    assert claim.weights()["bridge"] >= 1.0


def test_explaining_why_weighs_what_is_explained(nlp: Any) -> None:
    text = "The kettle was recalled, with some owners explaining why the lid can snap off."
    [claim] = [c for q, c in claims_of(nlp, text) if "lid" in q.text]
    assert claim.weights()["lid"] >= 1.0


def test_a_cause_inside_the_content_is_still_read(nlp: Any) -> None:
    claim = only_claim(nlp, "The mayor explained that the storm caused the closure.")
    assert claim.frame == "cause"
