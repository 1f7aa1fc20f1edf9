"""A copular question ("who says the dam is unsafe") that a topic's position fits only by
its subject, when none of the topic's supporters says the predicate but a statement filed
elsewhere does, is answered by the statements that say it: the topic's supporters said
other things of the dam ("strong", "old"). What a rumour or claim holds ("a review of the
rumour that the dam was unsafe") is not said by whoever names the rumour, and a denial
("denied that the dam was unsafe") does not say it either.

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


def _topic(g: nx.MultiDiGraph) -> None:
    if "position:dam" not in g:
        g.add_node(
            "position:dam",
            kind="position",
            label="dam",
            terms=json.dumps(["dam"]),
            aliases=json.dumps(["dam"]),
            frame="claim",
        )
    file_stances(g, CORPUS, _FILED, "position:dam")


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
