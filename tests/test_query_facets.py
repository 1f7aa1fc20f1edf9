"""A position whose supporters mostly state another's key term is a facet of it ("the seal
of the kettle is cracked" of "the kettle leaks"): a question about the main claim reads
both (a small corpus of our own, built with the library)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "Owner Ruth Hale said the kettle leaks water onto the counter. Owner Tom Mills said "
        "the kettle leaks when it is full. Engineer Carl Voss said the kettle does not leak."
    ),
    "b": (
        "Owner Ida Long said the seal of her kettle lets water out. Owner Sam Park said the "
        "seal on the kettle is cracked. Tester Ana Cruz said the seal of the kettle is not "
        "loose at all."
    ),
    "c": "Reviewer Bo Lind said the seal of the kettle is loose. Clerk Joe Pratt said the "
    "seal is not loose.",
    "d": "Cook Amy Fox said the lid is too heavy. Chef Ned Lowe said the lid is heavy. "
    "Porter Ian Bly said the lid is not heavy.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_the_facet_positions_speakers_answer(graph: nx.MultiDiGraph) -> None:
    labels = {d.get("label") for _, d in graph.nodes(data=True) if d.get("kind") == "position"}
    assert {"seal", "kettle"} <= labels  # kg filed the seal claims under a term of their own
    assert _who(graph, "who says the kettle leaks") >= {"Ruth Hale", "Ida Long", "Bo Lind"}
    assert _who(graph, "who says the kettle leak is a myth") == {"Carl Voss", "Ana Cruz"}


def test_a_facet_speaker_who_never_names_the_key_term_stays_out(graph: nx.MultiDiGraph) -> None:
    # Joe Pratt disputes the seal claim but never speaks of the kettle
    assert "Joe Pratt" not in _who(graph, "who says the kettle leak is a myth")


def test_a_position_that_does_not_state_the_key_term_is_no_facet(graph: nx.MultiDiGraph) -> None:
    said = _who(graph, "who says the kettle leaks")
    assert not {"Amy Fox", "Ned Lowe", "Carl Voss", "Ana Cruz"} & said


def test_a_rival_is_no_facet(nlp: Any, graph: nx.MultiDiGraph) -> None:
    # Rob Kerr says the seal is loose and the kettle does not leak: the seal claim is his
    # rival account of the leak, not a facet of it
    from kg.query.memo import answering
    from kg.query.sides import _facets

    rival = corpus_graph(
        nlp,
        {
            **CORPUS,
            "e": "Plumber Rob Kerr said the kettle does not leak. Kerr said the seal "
            "of the kettle is loose.",
        },
    )
    for g, facets in ((graph, ["position:seal"]), (rival, [])):
        with answering(g):
            assert _facets(g, "position:kettle", ["position:seal", "position:lid"]) == facets
