"""Positions one set of deniers denies together are facets of one proposition ("the mayor
has pneumonia", "the mayor had knee surgery", both denied by his spokesman): a question
broader than the position it is read as ("who says the mayor is ill, perhaps with
pneumonia") answers the supporters of its siblings too; one the position holds whole does
not, unless it offers alternatives ("ill or injured"). Two claims that each have a denier
of their own are two disputes, though one speaker denies both; nor is a side issue one of a
big dispute's deniers also denies a facet of it, nor a rival of a sibling one.

The corpus is our own, built with the library.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.sides import siblings

from .conftest import corpus_graph

CORPUS = {
    "a": "Doctor Ann Bell said the mayor has pneumonia. Nurse Tom Reed said the mayor has "
    "pneumonia and a fever.",
    "b": "Aide Carl Moss said the mayor had surgery on his knee. Driver Pat Lowe said the mayor "
    "had knee surgery last week.",
    "c": "Spokesman Dan Hart denied that the mayor has pneumonia. Hart said reports of knee "
    "surgery were false. Hart said the mayor is not on holiday.",
    "g": "Neighbour Gil Roy said the mayor is on holiday. Roy said the mayor does not have "
    "pneumonia. Porter Lu Wen said the mayor is on holiday in Spain.",
    "d": "Gardener Ned Ross said the fountain cracked. Plumber Joe Pratt said the fountain did "
    "not crack. Cook Amy Fox said the roof sags. Clerk Sam Park said the roof does not sag. "
    "Porter Ian Bly said the fountain did not crack and the roof does not sag.",
    "e": "Engineer Lia Ross said the bridge will close in May. Surveyor Rita Gomez said the bridge "
    "will close. Driver Al Cole said the bridge will not close. Baker Eve Dunn said the bridge "
    "will not close.",
    "f": "Grocer Max Rudd said the bridge will not close. Rudd also said the parade was not "
    "cancelled. Teacher Uma Vale said the parade was cancelled.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_positions_denied_by_the_same_people_are_siblings(graph: nx.MultiDiGraph) -> None:
    assert siblings(graph, "position:pneumonia") == ["position:surgery"]
    assert siblings(graph, "position:surgery") == ["position:pneumonia"]


def test_a_broader_question_answers_the_siblings_supporters(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the mayor is ill, perhaps with pneumonia")
    assert found.position == "pneumonia"
    assert {a.speaker for a in found.answers} == {
        "Ann Bell",
        "Tom Reed",
        "Carl Moss",
        "Pat Lowe",
    }


def test_a_question_the_position_holds_whole_reads_it_alone(graph: nx.MultiDiGraph) -> None:
    assert _who(graph, "who says the mayor has pneumonia") == {"Ann Bell", "Tom Reed"}


def test_claims_with_deniers_of_their_own_are_no_siblings(graph: nx.MultiDiGraph) -> None:
    # Ian Bly denies both, but Joe Pratt denies only the crack and Sam Park only the sag
    assert siblings(graph, "position:roof") == []
    assert "Ned Ross" not in _who(graph, "who says the roof is unsafe")


def test_a_side_issue_of_one_of_many_deniers_is_no_sibling(graph: nx.MultiDiGraph) -> None:
    # Max Rudd, one of three who deny the closure, alone denies the parade story
    assert siblings(graph, "position:bridge") == []
    assert siblings(graph, "position:parade") == []
    assert _who(graph, "who says the parade was cancelled by the council") == {"Uma Vale"}


def test_a_rival_of_a_sibling_is_no_sibling(graph: nx.MultiDiGraph) -> None:
    # the spokesman denies the holiday too, but Gil Roy says the mayor is on holiday and
    # has no pneumonia: the holiday is a rival of the pneumonia, not a facet of the illness
    assert siblings(graph, "position:surgery") == ["position:pneumonia"]


def test_a_claim_offering_alternatives_reads_the_siblings(graph: nx.MultiDiGraph) -> None:
    # the pneumonia position holds all of its words, but "or" makes the claim broader
    assert _who(graph, "who says the mayor has pneumonia or a fever") == {
        "Ann Bell",
        "Tom Reed",
        "Carl Moss",
        "Pat Lowe",
    }
