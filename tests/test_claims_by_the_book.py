"""A deed said to have been done as it should denies that anything went wrong (h22e):
"the lock keepers had followed every protocol", "the pilots acted just as
they were trained to", "the valve worked as designed". Not when negated. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ann Lee said the lock keepers had followed every protocol.", "followed"),
        ('"The pilots acted just as they were trained to," Ann Lee said.', "trained"),
        ("Ann Lee said the relief valve had worked as designed.", "designed"),
    ],
)
def test_a_deed_done_as_it_should_denies_a_fault(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).dismissive == word


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the lock keepers had not followed the protocol.",
        "Ann Lee said the lock keepers had followed the river to the sea.",
        "Ann Lee said the pilots had been trained in Leeds.",
    ],
)
def test_a_fault_or_another_following_is_no_dismissal(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).dismissive is None


def test_a_second_claim_done_by_the_book_leaves_the_first_asserted(nlp: Any) -> None:
    text = (
        '"The plane hit a flock of geese on the climb, and the pilots acted just as '
        'they were trained to," Ann Lee said.'
    )
    assert only_claim(nlp, text).dismissive is None
