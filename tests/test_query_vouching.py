"""Support for a person, filed under another position, answers who backs the position
about them: "the talks with Kessler’s team were serious" backs the delegate whose
mandate is argued (a person kg knows: he is quoted), though kg filed it under the talks.
The question need not name the person: the position's statements do. A small corpus of
our own (with the market reports of :mod:`tests.test_query_about_people`, so that the
delegate is not the story's subject)."""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph
from .test_query_about_people import MARKETS

STORY = {
    "a": (
        "Union talks resume\n\n"
        "Official Rex Pell said delegate Farid Kessler speaks for the dock union. "
        "Critic Ann Ode said Kessler does not speak for the dock union. "
        "Writer Dee Hart said Kessler does not speak for the dock union either."
    ),
    "b": (
        "Port talks\n\n"
        "Clerk Al Moss said the port talks will resume on Monday. "
        "Guard Bo Lind said the port talks will not resume. "
        "Mayor Jo Finch said the port talks with Kessler’s team were serious."
    ),
    "c": 'Delegate tours the docks\n\n"We want a fair wage for every docker," Kessler said.',
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, {**STORY, **MARKETS})


def _about(g: nx.MultiDiGraph, speaker: str) -> list[list[str]]:
    return [
        e.get("about", "").split()
        for _, _, d in g.out_edges(speaker, data=True)
        if d.get("relation") == "stance"
        for e in json.loads(d["evidence"])
    ]


def test_a_possessive_names_the_person(graph: nx.MultiDiGraph) -> None:
    assert _about(graph, "speaker:jo-finch") == [["speaker:kessler"]]


def test_support_for_the_person_filed_elsewhere_backs_the_position_about_them(
    graph: nx.MultiDiGraph,
) -> None:
    result = answer_question(graph, "who backs the claim that he speaks for the dock union")
    found = {a.speaker for a in result.answers}
    assert {"Rex Pell", "Jo Finch"} <= found
    assert not found & {"Ann Ode", "Dee Hart", "Al Moss", "Bo Lind"}
