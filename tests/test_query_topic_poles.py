"""A question that names one side of a pair of opposites ("who says the pier is
dangerous") read as a position that is only a topic ("the pier") is answered by what each
statement on the topic says of it: those who call the pier dangerous, unsafe or
hazardous answer it, those who call it safe or "not dangerous" (or found "nothing to
suggest it was unsafe") answer the other side, and those who said other things of the pier
("the pier is old") answer neither -- whichever side of the topic each was filed on.

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
        "Inspector Kim Roe said the pier is not dangerous. "
        'Surveyor Lee Cole said he found "nothing to suggest the pier is unsafe."'
    ),
}
_FILED = {
    "speaker:ruth-hale": ("a", "the pier is dangerous after the storm"),
    "speaker:tom-mills": ("a", "the pier is old and needs paint"),
    "speaker:bo-lind": ("a", "the pier is perfectly safe"),
    "speaker:ann-pike": ("b", "the pier was unsafe for children"),
    "speaker:kim-roe": ("b", "the pier is not dangerous"),
    "speaker:lee-cole": ("b", "nothing to suggest the pier is unsafe"),
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
    assert _who(graph, "who says the pier is safe") == {"Bo Lind", "Kim Roe", "Lee Cole"}


def test_who_denies_one_side_of_a_topic(graph: nx.MultiDiGraph) -> None:
    assert _who(graph, "who denies that the pier is hazardous") == {
        "Bo Lind",
        "Kim Roe",
        "Lee Cole",
    }


COUP = {
    "c": (
        "Blogger Ann Lee said the president had been removed by his own generals. "
        "Analyst Tom Mills said the long absence pointed to a coup. "
        "Editor Bo Lind said those who make up rumours of a coup should be ashamed. "
        "Writer Kim Roe said a rival general was toppled years ago."
    ),
}
_COUP_FILED = {
    "speaker:ann-lee": ("c", "the president had been removed by his own generals"),
    "speaker:tom-mills": ("c", "the long absence pointed to a coup"),
    "speaker:kim-roe": ("c", "a rival general was toppled years ago"),
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
    text = "those who make up rumours of a coup should be ashamed"
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
    """ "The coup" is itself one side of being ousted or still in power: its sides are
    the claim's, not speakers who happen to say "coup" or "toppled" of it."""
    found = {
        a.speaker
        for a in answer_question(coup, "who thinks the president was ousted in a coup").answers
    }
    assert "Ann Lee" in found
    assert "Bo Lind" not in found
