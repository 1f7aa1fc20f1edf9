"""'Who agrees with NAME about T' when T, in other words, names none of the positions NAME
takes: it is what NAME argues about, so those on NAME's side of them answer, not whoever
supports T. A small corpus of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "Critic Ann Ode said Rex Pell does not speak for the guild. "
        "Clerk Cy Moss said Pell speaks for the guild. "
        "Writer Dee Hart said Pell does not speak for the guild."
    ),
    "b": (
        "Ode said the elders never met in March. "
        "Aide Bo Lind said the elders met in March. "
        "Porter Ed Voss said the elders met twice in March."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def test_a_topic_in_other_words_reads_the_speakers_positions(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who agrees with Ann Ode about the new custodian")
    found = {a.speaker for a in result.answers}
    assert "Dee Hart" in found
    assert not found & {"Cy Moss", "Bo Lind", "Ed Voss"}
