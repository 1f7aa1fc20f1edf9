"""A question with no copula that reads a position which is only a topic ("who accuses
the water board of using the pier as a car park", read as the position "pier") asks for
what is said of the topic, not for the topic: of the topic's supporters, those with a
statement that says most of what is asked answer it ("the board parks its vans on the
pier, which it uses as a car park"), not those who said other things of the pier ("the
pier is old", "the pier draws visitors"). A question whose words none of them says, or
only one of them, keeps every supporter: the others may say it in other words.

The corpus is our own, built with the library; the supporters of the pier are filed by
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
        "Fisherman Ruth Hale said the board parks its vans on the pier every day, using it "
        "as a car park. Mayor Tom Mills said the pier is old and needs paint."
    ),
    "b": (
        "Resident Ann Pike said the pier was used as a free car park by staff of the board. "
        "Shopkeeper Bo Lind said the pier draws visitors to the town in summer."
    ),
}
_FILED = {
    "speaker:ruth-hale": (
        "a",
        "the board parks its vans on the pier every day, using it as a car park",
    ),
    "speaker:tom-mills": ("a", "the pier is old and needs paint"),
    "speaker:ann-pike": ("b", "the pier was used as a free car park by staff of the board"),
    "speaker:bo-lind": ("b", "the pier draws visitors to the town in summer"),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    if "position:pier" not in g:
        g.add_node(
            "position:pier",
            kind="position",
            label="pier",
            terms=json.dumps(["pier"]),
            aliases=json.dumps(["pier"]),
            frame="claim",
        )
    file_stances(g, CORPUS, _FILED, "position:pier")
    return g


def test_those_who_say_what_is_asked_of_the_topic_answer(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who accuses the water board of using the pier as a car park")
    assert found.position == "pier"
    assert {a.speaker for a in found.answers} == {"Ruth Hale", "Ann Pike"}


def test_words_nobody_says_keep_the_topic_supporters(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who accuses the water board of turning the pier into a depot")
    assert {"Tom Mills", "Bo Lind"} <= {a.speaker for a in found.answers}


def test_one_speaker_in_the_words_asked_keeps_the_topic_supporters(
    graph: nx.MultiDiGraph,
) -> None:
    found = answer_question(graph, "who says the pier draws visitors in summer")
    assert {"Tom Mills", "Bo Lind", "Ruth Hale"} <= {a.speaker for a in found.answers}


def test_a_topic_said_last_has_nothing_said_of_it(graph: nx.MultiDiGraph) -> None:
    # what comes before the topic's term is who or what the claim is about ("the girls will
    # be released" of a topic "release"), not what it says of the topic: all answer
    question = "who says board staff park their vans as a car park near the pier"
    found = answer_question(graph, question)
    assert {"Tom Mills", "Bo Lind"} <= {a.speaker for a in found.answers}
