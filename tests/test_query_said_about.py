"""'What did NAME say about T': a speaker who names the topic in an article speaks of it
there throughout, in other words; what they say elsewhere on other positions stays out.
A small corpus of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "Mayor Ann Ode said the bridge deal with the builders was signed. "
        "Ode said the striking crews would return to work on Monday. "
        "Councillor Bo Lind said the striking crews would not return to work."
    ),
    "b": (
        "Ode said the school budget would rise. "
        "Teacher Cy Moss said the school budget would not rise."
    ),
    "c": (
        "Worker Dee Hart said the striking crews would return to work soon. "
        "Engineer Ed Voss said the bridge deal with the builders was not signed."
    ),
    "d": "Ode said the striking crews would return to work before the summer.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def test_the_rest_of_an_article_on_the_topic_is_about_it(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "what did Ann Ode say about the bridge deal")
    texts = [e["text"] for a in result.answers for e in a.evidence]
    assert any("bridge deal" in t for t in texts)
    assert any("return to work" in t for t in texts)
    assert not any("school budget" in t for t in texts)


def test_a_position_tied_to_the_topic_is_about_it_elsewhere(graph: nx.MultiDiGraph) -> None:
    """Where Ode speaks of the bridge deal she speaks of the crews' return: what she says
    of their return in another article is about the deal too; the budget is not."""
    result = answer_question(graph, "what did Ann Ode say about the bridge deal")
    texts = [e["text"] for a in result.answers for e in a.evidence]
    assert any("before the summer" in t for t in texts)
    assert not any("school budget" in t for t in texts)
