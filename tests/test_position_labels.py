"""A found position is labelled in the words its claims write, not by its bare key term,
and framed as a cause only when a claim names its key term as one.
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


SHARED_WORDS = {
    "a": "Mediator Ann Bell said talks to free the hostages resumed in the capital on Monday. "
    "Reporter Sam Cole said the hostages were moved out of the capital before the talks. "
    "Guard Tom Hill said that before the hostages leave the capital, the guards must rest "
    "because the storm wrecked their barracks.",
}


def test_statements_sharing_words_are_no_explanation_of_them(nlp: Any) -> None:
    # three speakers of one article put "hostages" and "capital" in focus; one of them
    # explains something else (the storm wrecked the barracks): the hostages are what
    # the statements are about, not a cause anyone names
    result = build_texts(nlp, SHARED_WORDS)
    (about,) = [p for p in result.positions if "hostage" in p.terms]
    assert about.frame == "claim" and "as the cause" not in about.label
    assert len({st.speaker for st in result.stances if st.position == about.id}) == 3
