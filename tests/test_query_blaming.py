"""Who blames an event on a cause: a statement reported with "blamed X on Y" answers
for Y in its own words, even when kg filed it under no position (an explanation no one
else gave, of the event in other words). A small corpus of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

STORY = {
    "a": "Port news\n\nOfficer Ann Bell said the raids could have been carried out by smugglers.",
    "b": (
        "Council speaks\n\n"
        "The city council has blamed the violence on rogue traders who ignore the rules. "
        "Mayor Jo Finch blamed the delays on the weather."
    ),
    "c": "Farm news\n\nFarmer Tom Hale said the raids have never stopped since the deal.",
    "d": "Night watch\n\nGuard Lee Moss said the raids did not stop after the deal.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_a_statement_blaming_the_cause_asked_about_answers(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who blames the raids on smugglers or on rogue traders")
    assert {"Ann Bell", "city council"} <= found
    assert "Jo Finch" not in found  # blamed something on another cause


def test_only_a_question_of_blame_reads_blamed_statements(graph: nx.MultiDiGraph) -> None:
    assert "city council" not in _who(graph, "who says the raids were carried out by smugglers")
    assert "city council" not in _who(graph, "who blames the raids on smugglers")


GUARDS = {
    "a": (
        "Depot fire\n\nThe fire chief, Ann Roe, blamed the fire on careless guards who smoked "
        "near the fuel store."
    ),
    "b": "Guards speak\n\nThe guards said the depot had been short of staff for months.",
}


def test_who_blames_a_speaker_no_one_argues_with_gives_those_who_blame_them(nlp: Any) -> None:
    # the guards speak, so "the guards" reads as a speaker; they take no side on the fire,
    # so nobody is against them as speakers, but the chief laid the fire on them
    g = corpus_graph(nlp, GUARDS)
    result = answer_question(g, "who blames the guards")
    found = {a.speaker for a in result.answers}
    assert "Ann Roe" in found and "guards" not in found, (found, result.note)
