"""A position kg keys on a topic ("the kettle") holds several claims about it; a speaker
who takes both sides of it takes, on the claim asked about, the side of the statements
that say that claim ("the kettle does not leak"), whatever their net stance on the
topic (two statements praising the kettle outweigh the one denial).

The corpus is our own, built with the library; the position is re-keyed on the topic and
the praise is filed under it by hand, as a larger corpus files such statements.
"""

from __future__ import annotations

import json
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
    "b": "Voss said the kettle boils water in a minute. Voss said the kettle has a long cord.",
}
_PRAISE = ("the kettle boils water in a minute", "the kettle has a long cord")


def _keyed_on_the_topic(g: nx.MultiDiGraph) -> str:
    """The leak position re-keyed on "kettle", with Voss's praise filed under it as support."""
    node = next(n for n, d in g.nodes(data=True) if d.get("kind") == "position")
    g.nodes[node].update(label="kettle", terms='["kettle"]', aliases='["kettle"]')
    start = CORPUS["b"].index(_PRAISE[0])
    evidence = [
        {"doc": "b", "text": t, "start": CORPUS["b"].index(t), "end": CORPUS["b"].index(t) + len(t)}
        for t in _PRAISE
    ]
    assert start == evidence[0]["start"]
    g.add_edge(
        "speaker:carl-voss",
        node,
        relation="stance",
        stance="supports",
        weight=2,
        confidence=0.65,
        evidence=json.dumps(evidence),
    )
    return node


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    _keyed_on_the_topic(g)
    return g


def test_the_statement_saying_the_claim_gives_the_side(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who denies that the kettle leaks")
    assert found.position == "kettle"
    assert {a.speaker for a in found.answers} == {"Carl Voss"}
    said = {a.speaker for a in answer_question(graph, "who says the kettle leaks").answers}
    assert said == {"Ruth Hale", "Tom Mills"}


def test_the_evidence_given_is_the_statement_saying_it(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who denies that the kettle leaks")
    texts = {e["text"] for a in found.answers for e in a.evidence}
    assert texts == {"the kettle does not leak"}


def test_a_claim_no_statement_says_more_than_another_keeps_the_net_stance(
    graph: nx.MultiDiGraph,
) -> None:
    """Voss's statements all name the kettle: "the kettle" alone tells no side of his."""
    found = answer_question(graph, "who supports the kettle")
    assert "Carl Voss" in {a.speaker for a in found.answers}
