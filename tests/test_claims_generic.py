""" "Audits rarely find more than a few errors", "a review tends to take months": what
things of a kind usually do is background, no side on the case in dispute. The same
words of one thing ("the audit rarely found errors") or with no word of habit still
take one. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "The professor said inspections rarely find more than a handful of errors.",
        "The professor said that an inquiry 'tends to calm people down, whatever it finds'.",
        "The analyst said strikes of this kind usually end within a week.",
    ],
)
def test_a_habit_of_a_kind_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


@pytest.mark.parametrize(
    "text",
    [
        # one thing, not a kind
        "The professor said the audit rarely found errors.",
        # a kind, but no word of habit: a claim about them
        "The professor said audits find errors.",
        # a habit of a kind, and a claim of this case besides
        "The professor said audits rarely find errors and the count was wrong.",
    ],
)
def test_one_thing_or_no_habit_takes_a_side(nlp: Any, text: str) -> None:
    assert not only_claim(nlp, text).asks
