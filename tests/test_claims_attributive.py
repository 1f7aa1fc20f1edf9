"""An attributive adjective weighs half, as a compound noun does: in "the younger sister"
the head noun carries the topic. An adjective said of the subject ("the bridge is
unsafe") keeps its weight. Texts of our own."""

from __future__ import annotations

from typing import Any

from kg.assemble.positions.communities import FOCUS_MIN
from tests.test_positions import only_claim


def test_an_attributive_adjective_is_out_of_focus(nlp: Any) -> None:
    weights = only_claim(
        nlp, "Analyst Ann Bell said the younger sister now runs the family firm."
    ).weights()
    assert weights["sister"] >= FOCUS_MIN > weights["young"]


def test_a_predicative_adjective_keeps_its_weight(nlp: Any) -> None:
    weights = only_claim(nlp, "Engineer Lia Ross said the old bridge is unsafe.").weights()
    # what is said of the bridge, not which one ("unsafe" is read as its synonym "dangerous")
    assert weights["dangerous"] > weights["old"]
