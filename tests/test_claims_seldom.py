""" "Rarely" and "seldom" on a claim's predicate all but deny it ("storms very seldom
close the bridge", "the valves rarely fail"): for a stance, a denial -- while a claim
that something happens "often" or "sometimes" denies nothing. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The engineer said storms very seldom closed the bridge.", "seldom"),
        ('"The valves rarely fail," the plant manager said.', "rarely"),
    ],
)
def test_seldom_and_rarely_deny(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).negated == word


def test_often_denies_nothing(nlp: Any) -> None:
    assert only_claim(nlp, "The engineer said storms often closed the bridge.").negated is None


def test_rarely_in_a_second_clause_leaves_the_first_asserted(nlp: Any) -> None:
    # the second clause has a subject of its own: its "rarely" is its own claim's
    text = (
        "Old ferries tend to lose their crews around the fifth winter, she said, and owners "
        "rarely fight hard to keep them when they are already planning a sale."
    )
    assert only_claim(nlp, text).negated is None
