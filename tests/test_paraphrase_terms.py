"""Paraphrase of what is argued about: nouns and verbs of one meaning are one term
(SYNONYM_GROUPS in kg/lexicon/argument.py: a connection is a link, a replica a copy, a
glitch an error, a reprisal retaliation, talking a thing up is hyping it; a verb with its
particle is folded as one word). A statement that there is "no connection" between two
things then disputes the position of those who say they are "linked", and a question in a
third wording ("connected") finds the side that says it. Small corpora of our own, real
parse."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph
from .test_positions import only_claim

FIRES = {
    "a": (
        "Police chief Ann Lee said the warehouse fire was arson. "
        "Fire officer Bo Park said the warehouse fire was started deliberately. "
        "Ann Lee said the warehouse fire and the school fire were linked."
    ),
    "b": (
        "Councillor Cy Moss said the warehouse fire was an accident. "
        "Landlord Di Wu said there was no connection between the warehouse fire and the "
        "school fire. Cy Moss said the wiring in the warehouse was old."
    ),
}


@pytest.fixture(scope="module")
def fires(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, FIRES)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Who says the two fires are connected?", {"Ann Lee"}),  # neither says "connected"
        ("Who denies that the two fires are linked?", {"Di Wu"}),
    ],
)
def test_no_connection_disputes_that_they_are_linked(
    fires: nx.MultiDiGraph, question: str, who: set[str]
) -> None:
    assert {a.speaker for a in answer_question(fires, question).answers} == who


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The curator said the statue is a replica.", "copy"),
        ("The manager said the outage was a glitch.", "error"),
        ("The minister said the strike was a reprisal.", "retaliation"),
        ("The critic said the gallery talked the sale up.", "hype"),  # a verb and particle
        ("The critic said the museum played up the find.", "hype"),
        ("The critic said the gallery overhyped the sale.", "hype"),
        ("The firm said vandals had damaged the points.", "tamper"),  # h22d
        ("The firm said someone had interfered with the points.", "tamper"),
        ("The firm said the points had been sabotaged.", "tamper"),
    ],
)
def test_a_synonym_is_read_as_its_group_word(nlp: Any, text: str, term: str) -> None:
    assert term in {t for t, _ in only_claim(nlp, text).terms}
