"""A copular question ("who says the dam is unsafe") that a topic's position fits only by
its subject, when none of the topic's supporters says the predicate but a statement filed
elsewhere does, is answered by the statements that say it: the topic's supporters said
other things of the dam ("strong", "old"). What a rumour or claim holds ("a review of the
rumour that the dam was unsafe") is not said by whoever names the rumour, and a denial
("denied that the dam was unsafe") does not say it either. That reading is only for a topic
that is the claim's subject: a question whose description names the topic ("who says the
flood is the fault of the dam") asks the topic, and its supporters answer it.

The corpus is our own, built with the library; the supporters of the dam are filed by
hand, as a larger corpus files statements about a topic.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph, file_stances

CORPUS = {
    "a": (
        "Engineer Ruth Hale said the dam is strong. Mayor Tom Mills said the dam is old and "
        "the dam needs paint. Farmer Bo Lind said the valley dam was unsafe."
    ),
    "b": (
        "The water board said it had opened a review of the rumour that the dam was unsafe. "
        "Inspector Ann Pike said the dam holds water well."
    ),
}
_FILED = {
    "speaker:ruth-hale": ("a", "the dam is strong"),
    "speaker:tom-mills": ("a", "the dam is old and the dam needs paint"),
    "speaker:ann-pike": ("b", "the dam holds water well"),
}


# "who says the flood is the fault of the dam" names the topic in its description: it asks
# the topic, even though only another speaker says "fault" (of something else)
FAULT_CORPUS = {
    "a": (
        "Engineer Ruth Hale said the dam let the water through. Mayor Tom Mills said the dam "
        "gave way in the night. Clerk Jo Reed said the delay was the fault of the council."
    ),
    "b": "Inspector Ann Pike said the dam broke after the storm.",
}
_FAULT_FILED = {
    "speaker:ruth-hale": ("a", "the dam let the water through"),
    "speaker:tom-mills": ("a", "the dam gave way in the night"),
    "speaker:ann-pike": ("b", "the dam broke after the storm"),
}


def _topic(
    g: nx.MultiDiGraph,
    corpus: dict[str, str] = CORPUS,
    filed: dict[str, tuple[str, str]] = _FILED,
) -> None:
    if "position:dam" not in g:
        g.add_node(
            "position:dam",
            kind="position",
            label="dam",
            terms=json.dumps(["dam"]),
            aliases=json.dumps(["dam"]),
            frame="claim",
        )
    file_stances(g, corpus, filed, "position:dam")


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    _topic(g)
    return g


def test_the_statement_that_says_the_predicate_answers(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the dam is unsafe")
    assert {a.speaker for a in found.answers} == {"Bo Lind"}


def test_the_topic_alone_keeps_its_supporters(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the dam is strong")
    assert "Ruth Hale" in {a.speaker for a in found.answers}


@pytest.fixture(scope="module")
def fault_graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, FAULT_CORPUS)
    _topic(g, FAULT_CORPUS, _FAULT_FILED)
    return g


def test_a_description_that_names_the_topic_asks_the_topic(fault_graph: nx.MultiDiGraph) -> None:
    found = answer_question(fault_graph, "who says the flood is the fault of the dam")
    names = {a.speaker for a in found.answers}
    assert {"Ruth Hale", "Ann Pike"} <= names and "Jo Reed" not in names, names
