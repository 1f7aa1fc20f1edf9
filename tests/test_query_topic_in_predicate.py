"""A copular question whose description names the topic ("who says the flood is the fault
of the dam") is about the topic: the topic's supporters answer it, even when the head of
the description ("fault") is said only elsewhere ("the delay was the fault of the
council"). The off-topic reading is for a topic that is the claim's subject ("who says
the dam is unsafe"), whose supporters said other things of it.

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
        "Engineer Ruth Hale said the dam let the water through. Mayor Tom Mills said the dam "
        "gave way in the night. Clerk Jo Reed said the delay was the fault of the council."
    ),
    "b": "Inspector Ann Pike said the dam broke after the storm.",
}
_FILED = {
    "speaker:ruth-hale": ("a", "the dam let the water through"),
    "speaker:tom-mills": ("a", "the dam gave way in the night"),
    "speaker:ann-pike": ("b", "the dam broke after the storm"),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
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
    return g


def test_a_description_that_names_the_topic_asks_the_topic(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the flood is the fault of the dam")
    names = {a.speaker for a in found.answers}
    assert {"Ruth Hale", "Ann Pike"} <= names and "Jo Reed" not in names, names
