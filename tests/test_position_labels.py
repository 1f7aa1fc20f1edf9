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


SETTLED = {
    "a": "Broker Ann Bell said the insurer settled the claims within a month. "
    "Lawyer Sam Cole said Harbor Mutual settled the claims quietly. "
    "Adjuster Kit Rowe said they settled all the claims in May.",
    "b": "Claimant Joe Pratt said the firm never settled the claims. "
    "Widow Liz Moon said nobody settled the claims at all. "
    "Clerk Tom Hill said the storm flooded the archive.",
}


def test_a_lemma_pair_label_reads_as_the_claims_write_it(nlp: Any) -> None:
    # the position is keyed on "settle" with its object "claim": the label shows the
    # words as written ("settled the claims"), the key words stay for matching questions
    from kg.outputs.export import graphml_text
    from kg.query import answer_question

    result = build_texts(nlp, SETTLED)
    (settled,) = [p for p in result.positions if p.terms[0] == "settle"]
    assert settled.label == "settled the claims"
    assert settled.key_label == "settle claim" and settled.match_label == "settle claim"
    node = result.graph.nodes[f"position:{settled.id}"]
    assert node["label"] == "settled the claims" and node["key_label"] == "settle claim"
    assert ">settled the claims<" in graphml_text(result.graph)
    ranking = answer_question(result.graph, "which positions are disputed").ranking
    assert ranking[0]["position"] == "settled the claims"
    found = answer_question(result.graph, "who denies that the claims were settled")
    assert found.position == "settled the claims"
    assert {a.speaker.split()[-1] for a in found.answers} == {"Pratt", "Moon"}


def test_questions_match_the_key_words_not_the_wording_shown() -> None:
    from kg.outputs.wordforms import position_vocab
    from kg.outputs.wordstats import SaidWords

    d = {"label": "flooded the cellars", "key_label": "flood cellar", "terms": '["flood"]'}
    vocab = position_vocab(d, SaidWords(0, {}))
    assert "cellar" in vocab and "flooded" not in vocab and "cellars" not in vocab
    assert "cellars" in position_vocab({"label": "the cellars"}, SaidWords(0, {}))
