"""The event an explanation is for is not the explanation: "the power failure explanation
for the shutdown" asks about the power failure, on a small corpus of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.matching import match_positions

from .conftest import corpus_graph

CORPUS = {
    "plant": (
        "Plant manager Ann Ode said a power failure caused the shutdown of the factory. "
        '"The power failure stopped every line," Ode said. '
        "Engineer Bo Lind said the power failure led to the shutdown."
    ),
    "union": (
        "Union leader Cy Moss said the power failure story was false. "
        "Moss said the shutdown of the factory was permanent. "
        "Worker Dee Hart said the shutdown of the factory was permanent. "
        "Councillor Ed Voss said the shutdown of the factory was not permanent."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def test_a_denial_of_the_explained_event_does_not_dispute_the_explanation(
    graph: nx.MultiDiGraph,
) -> None:
    """Voss denies that the shutdown is permanent, not that a power failure caused it."""
    result = answer_question(
        graph, "who disputes the power failure explanation for the shutdown of the factory"
    )
    speakers = {a.speaker for a in result.answers}
    assert any("Moss" in s for s in speakers)
    assert not any("Voss" in s for s in speakers)


def test_a_position_keyed_on_the_explained_event_counts_less(graph: nx.MultiDiGraph) -> None:
    """A position whose key term is what the explanation is for fits such a question
    much less than a question about that event itself."""

    def score(question: str, term: str) -> float:
        return next(s for s, n in match_positions(graph, question) if term in n)

    asked = score("the power explanation for the factory", "factory")
    itself = score("the factory explanation for the power", "factory")
    assert asked < 0.25 * itself
