"""A claim offered as two alternatives ("who says the mayor has the flu or a broken wrist") is
answered by those who say either (a small corpus of our own, built with the library)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.reading import alternatives

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "Aide Ann Bell said the mayor has the flu. Clerk Sam Cole said the mayor has the flu "
        "and a fever. Doctor Kit Rowe said the mayor does not have the flu."
    ),
    "b": (
        "Aide Joe Pratt said the mayor has a fracture of the wrist. Clerk Amy Fox said the "
        "mayor has a wrist fracture. Doctor Ned Lowe said the mayor does not have a fracture."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    """The answers' names (their last two words: a role word may lead a label)."""
    return {" ".join(a.speaker.split()[-2:]) for a in answer_question(g, question).answers}


def test_alternatives_are_read_from_the_words_around_or() -> None:
    assert alternatives("the bridge is closed or flooded") == (
        "the bridge is closed",
        "the bridge is flooded",
    )
    assert alternatives("he blamed it on the rain or on the wind") == (
        "he blamed it on the rain",
        "he blamed it on the wind",
    )
    assert alternatives("the dam leaked or not") == ()
    assert alternatives("a or b or c") == ()


def test_those_who_say_either_answer(graph: nx.MultiDiGraph) -> None:
    said = _who(graph, "who says the mayor has the flu or a broken wrist")
    assert {"Ann Bell", "Sam Cole", "Joe Pratt", "Amy Fox"} <= said
    assert not {"Kit Rowe", "Ned Lowe"} & said


def test_an_alternative_that_fits_no_position_adds_nobody(graph: nx.MultiDiGraph) -> None:
    said = _who(graph, "who says the mayor has the flu or a cold")
    assert said == _who(graph, "who says the mayor has the flu")
