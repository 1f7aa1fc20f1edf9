""" "The mayor would accept the result of any inquiry", "respects the process", "will abide
by the ruling": abiding by what a process decides, before it is known, takes no side on
the matter decided. Accepting findings already made, or refusing to accept a verdict,
still does. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said the owner would accept the outcome of any inquiry the council held.",
        'The club said it "respects the process" and will abide by the ruling of the panel.',
        "The coach said he would respect the decision of the referees.",
    ],
)
def test_abiding_by_an_outcome_to_come_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


@pytest.mark.parametrize(
    "text",
    [
        # findings already made: accepting them endorses them
        "The club said it accepted the findings of the inquiry.",
        # refusing to accept denies
        "The owner said he would not accept the verdict.",
        # one predicate abides, the other argues
        "The owner said he respects the process but the inquiry is a waste of money.",
    ],
)
def test_accepting_what_is_known_or_arguing_besides_takes_a_side(nlp: Any, text: str) -> None:
    assert not only_claim(nlp, text).asks
