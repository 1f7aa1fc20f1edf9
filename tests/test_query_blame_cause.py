"""Who blames a cause for an event: the cause picks the position, not the event. "who
blames the plant for the fish kill" is matched as "the plant explanation for the fish
kill", so an explanation is sought and positions keyed on the event's own words ("kill")
count less. Small texts of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.blaming import blame_target
from kg.query.reading import read_question

from .conftest import corpus_graph

STORY = {
    "a": (
        "Warehouse fire\n\n"
        "Fire Chief Anna Berg said faulty wiring in the loading bay started the warehouse fire. "
        '"The wiring in that building was forty years old," Berg said. '
        "Resident Tom Hale said the warehouse fire killed dozens of fish in the canal. "
        '"The warehouse fire killed the fish," Hale said.'
    ),
    "b": (
        "Cause disputed\n\n"
        "Union leader Lee Moss said the wiring had nothing to do with the fire. "
        "Neighbour Jo Finch said the warehouse fire did not kill any fish. "
        "Shop owner Ray Dunn said the fish in the canal died in the warehouse fire."
    ),
}


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("who blames the dam for the floods", "the dam explanation for the floods"),
        ("Who blames the floods on the old dam?", "the old dam explanation for the floods"),
        ("who still blames the dam", "the dam"),  # no event named: unchanged
        ("who says the dam caused the floods", "the dam caused the floods"),  # no blame
    ],
)
def test_a_blame_question_seeks_the_cause_as_an_explanation(question: str, target: str) -> None:
    q = read_question(question)
    assert q is not None
    assert blame_target(q) == target


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


@pytest.mark.parametrize(
    "question",
    ["who blames the wiring for the warehouse fire", "who blames the warehouse fire on the wiring"],
)
def test_the_cause_picks_the_position(graph: nx.MultiDiGraph, question: str) -> None:
    found = {a.speaker for a in answer_question(graph, question).answers}
    assert "Anna Berg" in found
    assert not found & {"Tom Hale", "Jo Finch", "Ray Dunn", "Lee Moss"}


BLAZE = {
    "a": (
        "Barn blaze inquiry\n\n"
        "Fire chief Ann Lee said the most likely source was the tractor, farm machinery working "
        'in the dry field. "The tractor had been left running in the long grass," Lee said. '
        "Resident Ben Cole said the blaze was started deliberately. "
        '"Somebody torched this blaze," Cole said. '
        "Jo Finch said the blaze destroyed her home and her barn."
    ),
    "b": (
        "Farmer denies tractor claim\n\n"
        "Farmer Bob Ray said his tractor had been in the shed all day. "
        '"My tractor did not start this blaze," Ray said. '
        "Police said they were not treating the blaze as suspicious. "
        "Councillor Tim Webb said the blaze had been started on purpose. "
        "Resident Kay Moss said the blaze spread from a machinery shed to three houses."
    ),
}


def test_the_cause_picks_the_position_when_the_event_is_the_topic(nlp: Any) -> None:
    # "the blaze", named by every speaker, is no reading of who blames the machinery for it,
    # though the machinery's position is keyed "tractor" (its words are its statements')
    g = corpus_graph(nlp, BLAZE)
    asked = "who blames farm machinery for the blaze"
    found = {a.speaker for a in answer_question(g, asked).answers}
    assert "Ann Lee" in found, found
    assert not found & {"Ben Cole", "Jo Finch", "Bob Ray", "Tim Webb", "Kay Moss"}, found
