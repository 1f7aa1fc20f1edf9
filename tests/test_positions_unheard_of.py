"""Denying one knows of a person ("we never heard of Kessler") doubts the person, even
in a statement kg filed under another position: it also disputes where the other doubts
about them are. A negation that denies a predicate of its own ("the strike Kessler called
will not go ahead") does not. A small corpus of our own (with the market reports of
:mod:`tests.test_query_about_people`, so that the delegate is not the story's subject)."""

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
        "Writer Dee Hart said Kessler does not speak for the dock union either. "
        "Editor Lu Brandt said Kessler does not speak for the dockers at all."
    ),
    "b": (
        "Strike looms\n\n"
        "Porter Ed Voss said the strike will go ahead on Monday. "
        "Clerk Al Moss said the strike will not go ahead."
    ),
    "c": 'Delegate tours the docks\n\n"We want a fair wage for every docker," Kessler said.',
    "d": (
        "Docks divided\n\n"
        '"We never heard of Kessler, and the strike will not go ahead," veteran Cy Dunn said. '
        "Guard Jo Finch said the strike Kessler called will not go ahead."
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


def test_never_having_heard_of_a_person_disputes_where_they_are_doubted(
    graph: nx.MultiDiGraph,
) -> None:
    doubted = _stances(graph, "speaker:ann-ode")
    assert len(doubted) == 1
    dunn = _stances(graph, "speaker:cy-dunn")
    assert doubted < dunn  # and the position it was filed under


def test_a_negation_of_its_own_predicate_stays_where_it_was_filed(
    graph: nx.MultiDiGraph,
) -> None:
    assert not _stances(graph, "speaker:jo-finch") & _stances(graph, "speaker:ann-ode")
