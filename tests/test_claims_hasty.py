"""A claim said to have been reached too early or too quickly ("settled too early
on the wiring theory") is dismissed: the statement disputes it. Haste charged to anything
but a claim ("the pumps were switched off too early") dismisses nothing. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Resident Ann Lee said inspectors had decided too early on the wiring theory.",
            "too early",
        ),
        (
            "Resident Ann Lee said inspectors settled on the explanation too quickly.",
            "too quickly",
        ),
    ],
)
def test_a_claim_reached_in_haste_is_dismissed(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).dismissive == word


def test_haste_charged_to_an_act_dismisses_nothing(nlp: Any) -> None:
    text = "Resident Ann Lee said the pumps were switched off too early on Monday."
    assert only_claim(nlp, text).dismissive is None
