"""A found position is labelled in the words its claims write, not by its bare key term.
Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import build_texts

TEXTS = {
    "a": "Minister Ann Bell said the ceasefire holds across the valley. Envoy Sam Cole said "
    "the ceasefire holds in every town. Mayor Kit Rowe said the ceasefire has held for a week.",
    "b": "Commander Joe Pratt said there is no ceasefire at all. Farmer Liz Moon said the "
    "ceasefire does not hold. Medic Tom Hill said rebels opened fire on the clinic.",
}


def test_a_compound_folded_onto_its_head_labels_the_position(nlp: Any) -> None:
    # "ceasefire" folds onto "fire" (a word of the corpus too): the label is what the
    # claims argue about, "ceasefire", not the bare head word of one incidental phrase
    result = build_texts(nlp, TEXTS)
    (truce,) = [p for p in result.positions if "ceasefire" in p.terms]
    assert truce.label == "ceasefire"
    assert truce.contested
