"""Question words that tell no position apart: a negator is no word of the claim, and
"who agrees with NAME that ..." whose topic fits all positions alike reads every position
NAME takes a side on (a small corpus of our own, built with the library)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.matching import asked_words

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "Owner Ruth Hale said the Acme kettle is dangerous. Owner Tom Mills said the Acme "
        "kettle is dangerous when it is full. Engineer Carl Voss said the Acme kettle is not "
        "dangerous. Tester Ana Cruz said the Acme kettle is not dangerous at all."
    ),
    "b": (
        "Cook Amy Fox said the Acme lid is too heavy. Chef Ned Lowe said the Acme lid is "
        "heavy. Engineer Carl Voss said the Acme lid is not heavy. Porter Ian Bly said the "
        "Acme lid is not heavy at all."
    ),
    "c": (
        "Clerk Joe Pratt said the Acme handle is loose. Clerk Kit Rowe said the Acme handle "
        "is loose. Buyer Sam Park said the Acme handle is not loose."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_a_negator_is_no_word_of_the_claim() -> None:
    assert asked_words("the dam has not leaked") == ["dam", "leaked"]
    assert asked_words("the dam never leaked") == ["dam", "leaked"]


def test_a_topic_that_tells_no_position_apart_reads_all_of_theirs(graph: nx.MultiDiGraph) -> None:
    # "Acme" is in every position; "rushed" in none: all of Voss's positions are read,
    # and nobody is taken from a position Voss takes no side on.
    assert _who(graph, "who agrees with Carl Voss that the Acme was not rushed") == {
        "Ana Cruz",
        "Ian Bly",
    }


def test_a_topic_that_names_one_position_reads_that_one(graph: nx.MultiDiGraph) -> None:
    said = _who(graph, "who agrees with Carl Voss that the kettle is not dangerous")
    assert said == {"Ana Cruz"}
