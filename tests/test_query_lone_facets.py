"""A facet nobody takes the other side of is only an aspect of the claim it is a facet
of: its supporters answer for the claim even when they never name its key term ("the
spout drips" beside "the kettle leaks"). A facet someone disputes keeps the rule that
only speakers naming the key term answer (tests/test_query_facets.py).

The corpus is our own, built with the library; the drip statements are moved by hand
onto a position of their own, as a larger corpus would file them.
"""

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
    "b": "Owner Ida Long said the spout of her kettle drips onto the counter.",
    "c": "Reviewer Bo Lind said the spout of the kettle drips.",
    "d": "Plumber Lena Ortiz said the spout drips all day.",
}
_DRIPS = ("speaker:ida-long", "speaker:bo-lind", "speaker:lena-ortiz")


def _file_drips_apart(g: nx.MultiDiGraph) -> None:
    """Move the drip statements' stances from the kettle position to a spout position."""
    spout = "position:spout"
    g.add_node(spout, kind="position", label="spout drips", type="position", frame="claim")
    g.nodes[spout].update(terms='["spout"]', aliases='["spout"]', related='["drip"]')
    g.nodes[spout].update(contested=False, n_supports=3, n_disputes=0, n_neutral=0)
    for u, v, k, data in list(g.in_edges("position:kettle", keys=True, data=True)):
        if u in _DRIPS:
            g.remove_edge(u, v, key=k)
            g.add_edge(u, spout, key=k, **data)


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    _file_drips_apart(g)
    return g


def test_a_speaker_of_an_undisputed_facet_answers_without_the_key_term(
    graph: nx.MultiDiGraph,
) -> None:
    found = answer_question(graph, "who says the kettle leaks")
    assert found.position == "kettle"
    assert {"Ruth Hale", "Tom Mills", "Ida Long", "Bo Lind", "Lena Ortiz"} <= {
        a.speaker for a in found.answers
    }


def test_the_other_side_is_not_read_from_the_facet(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the kettle leak is a myth")
    assert {a.speaker for a in found.answers} == {"Carl Voss"}
