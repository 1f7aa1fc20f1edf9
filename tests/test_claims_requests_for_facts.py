"""Asking for the facts takes no side (h20c): "he had asked the water board for its report",
"it expected the inspectors to set out the facts", "the group asked the firm to hand over
its test results" tell what someone wants to know, not what is so. A call for a measure
("urged the board to close the pool") still takes a side. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed said he had asked the water board for its report on the spill.",
        "The ministry said it expected the inspectors to set out the facts.",
        "Ann Lee said the group had asked the firm to hand over its test results.",
    ],
)
def test_asking_for_the_facts_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said she had asked the water board to close the pool.",
        "Tom Reed said the authors should retract the paper and release all raw data.",
    ],
)
def test_a_call_for_a_measure_still_takes_a_side(nlp: Any, text: str) -> None:
    assert not only_claim(nlp, text).asks
