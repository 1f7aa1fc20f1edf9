"""A statement that answers a doubt about a person ("X doubts the delegate speaks for the
union. But the board said it chose the right man") supports where the doubts about that
person are filed, though it names neither the person nor the claim. Only a sentence
opening with "But" or "However" right after another speaker's doubt answers it. A small
corpus of our own (with the market reports of :mod:`tests.test_query_about_people`, so
that the delegate is not the story's subject)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from .conftest import corpus_graph
from .test_query_about_people import MARKETS

STORY = {
    "a": (
        "Union talks resume\n\n"
        "Official Rex Pell said delegate Farid Kessler speaks for the dock union. "
        "Critic Ann Ode said Kessler does not speak for the dock union. "
        "Writer Dee Hart said Kessler does not speak for the dock union either."
    ),
    "b": 'Delegate tours the docks\n\n"We want a fair wage for every docker," Kessler said.',
    "c": (
        "Port board answers\n\n"
        "Editor Lu Brandt said Kessler does not speak for the dockers. "
        "But the port authority said it is confident it picked the right partner for the talks."
    ),
    "d": (
        "Wage talks\n\n"
        "Clerk Al Moss said Kessler will meet the owners on Monday. "
        "But the harbour office said it is confident it picked the right venue for the talks."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, {**STORY, **MARKETS})


def _stances(g: nx.MultiDiGraph, speaker: str) -> set[tuple[str, str]]:
    return {
        (str(d.get("stance")), v)
        for _, v, d in g.out_edges(speaker, data=True)
        if d.get("relation") == "stance"
    }


def test_but_after_a_doubt_about_a_person_supports_where_they_are_doubted(
    graph: nx.MultiDiGraph,
) -> None:
    (doubted,) = _stances(graph, "speaker:ann-ode")
    assert ("supports", doubted[1]) in _stances(graph, "speaker:port-authority")


def test_but_after_no_doubt_answers_nothing(graph: nx.MultiDiGraph) -> None:
    (doubted,) = _stances(graph, "speaker:ann-ode")
    assert ("supports", doubted[1]) not in _stances(graph, "speaker:harbour-office")
