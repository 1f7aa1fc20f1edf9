"""A question that names one side of a pair of opposites ("who says the pier is
dangerous") read as a position that is only a topic ("the pier") is answered by what each
statement on the topic says of it: those who call the pier dangerous, unsafe or
hazardous answer it, those who call it safe or "not dangerous" (or saw "nothing in the
pilings that makes it unsafe") answer the other side, and those who said other things of
the pier ("the pier is old") answer neither -- whichever side of the topic each was filed
on.

The corpus is our own, built with the library; the statements on the pier are filed by
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
        "Fisherman Ruth Hale said the pier is dangerous after the storm. "
        "Mayor Tom Mills said the pier is old and needs paint. "
        "Engineer Bo Lind said the pier is perfectly safe."
    ),
    "b": (
        "Resident Ann Pike said the pier was unsafe for children. "
        "Inspector Meg Hart said the pier is not dangerous. "
        'Surveyor Lee Cole said he saw "nothing in the pilings that makes the pier unsafe."'
    ),
}
_FILED = {
    "speaker:ruth-hale": ("a", "the pier is dangerous after the storm"),
    "speaker:tom-mills": ("a", "the pier is old and needs paint"),
    "speaker:bo-lind": ("a", "the pier is perfectly safe"),
    "speaker:ann-pike": ("b", "the pier was unsafe for children"),
    "speaker:meg-hart": ("b", "the pier is not dangerous"),
    "speaker:lee-cole": ("b", "nothing in the pilings that makes the pier unsafe"),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    for u in [u for u, _, d in g.edges(data=True) if d.get("relation") == "stance"]:
        for v in list(g.successors(u)):
            if g.nodes[v].get("kind") == "position":
                g.remove_edges_from([(u, v, k) for k in list(g[u][v])])
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


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    found = answer_question(g, question)
    assert found.position == "pier"
    return {a.speaker for a in found.answers}


def test_who_says_one_side_of_a_topic(graph: nx.MultiDiGraph) -> None:
    assert _who(graph, "who says the pier is dangerous") == {"Ruth Hale", "Ann Pike"}


def test_who_says_the_other_side_of_a_topic(graph: nx.MultiDiGraph) -> None:
    assert _who(graph, "who says the pier is safe") == {"Bo Lind", "Meg Hart", "Lee Cole"}


def test_who_denies_one_side_of_a_topic(graph: nx.MultiDiGraph) -> None:
    assert _who(graph, "who denies that the pier is hazardous") == {
        "Bo Lind",
        "Meg Hart",
        "Lee Cole",
    }


COUP = {
    "c": (
        "Supporter Ann Lee said the chairman had been pushed aside by his own board. "
        "Pundit Tom Mills said a boardroom coup explained the empty seat at the match. "
        "Club secretary Bo Lind said people spreading talk of a coup were harming the club. "
        "Writer Pat Dunn said a former manager was sacked years ago."
    ),
}
_COUP_FILED = {
    "speaker:ann-lee": ("c", "the chairman had been pushed aside by his own board"),
    "speaker:tom-mills": ("c", "a boardroom coup explained the empty seat at the match"),
    "speaker:pat-dunn": ("c", "a former manager was sacked years ago"),
}


@pytest.fixture(scope="module")
def coup(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, COUP)
    g.add_node(
        "position:coup",
        kind="position",
        label="coup",
        terms=json.dumps(["coup"]),
        aliases=json.dumps(["coup"]),
        frame="claim",
    )
    file_stances(g, COUP, _COUP_FILED, "position:coup")
    text = "people spreading talk of a coup were harming the club"
    start = COUP["c"].index(text)
    evidence = [{"doc": "c", "text": text, "start": start, "end": start + len(text)}]
    g.add_edge(
        "speaker:bo-lind",
        "position:coup",
        relation="stance",
        stance="disputes",
        weight=1,
        confidence=0.65,
        evidence=json.dumps(evidence),
    )
    return g


def test_a_topic_that_is_one_side_keeps_its_sides(coup: nx.MultiDiGraph) -> None:
    """ "The coup" is itself one side of being ousted or still in charge: its sides are
    the claim's, not speakers who happen to say "coup" or "sacked" of it."""
    found = {
        a.speaker
        for a in answer_question(coup, "who thinks the chairman was ousted in a coup").answers
    }
    assert "Ann Lee" in found
    assert "Bo Lind" not in found
