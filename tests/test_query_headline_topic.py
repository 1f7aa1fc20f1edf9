""" "What did X say about T" where T is what an article is about: all X said in an article
headed by T is about T, even where X's words do not repeat T's (a corpus of our own)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "deal": (
        "City strikes a pay deal with the bus drivers' union\n\n"
        "Mayor Ann Cole said the talks with the union had been fair. "
        '"We met every night for a month," Cole told reporters. '
        "Union leader Sam Reyes said the talks with the city had not been fair. "
        "Driver Lee Park said the talks had been unfair."
    ),
    "park": (
        "Riverside park reopens after a year of repairs\n\n"
        "Mayor Ann Cole said the repairs to the park had been too costly. "
        "Builder Tina Hall said the repairs to the park had not been too costly. "
        "Gardener Bo Stone said the repairs were far too costly."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def test_all_said_under_a_headline_is_about_its_topic(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "what did Ann Cole say about the deal with the bus drivers")
    docs = [e["doc"] for a in result.answers for e in a.evidence]
    texts = [e["text"] for a in result.answers for e in a.evidence]
    assert set(docs) == {"deal"}
    assert any("talks" in t for t in texts)
