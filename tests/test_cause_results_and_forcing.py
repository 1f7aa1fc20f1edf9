"""An effect noun names a cause after "of": "the closure was a direct result of the new
levy" offers the levy as the cause of the closure (a cause frame, as "the levy caused the
closure" is); and a question "who disputes that the levy forced the closure" asks for an
explanation, as "caused" does. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query.matching import match_positions
from tests.test_positions import only_claim

from .conftest import corpus_graph


def test_a_result_of_x_is_a_cause_frame(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the closure was a direct result of the new levy.")
    assert claim.frame == "cause"
    assert "closure" in claim.effect
    claim = only_claim(nlp, "Ann Lee said the strike was the consequence of years of low pay.")
    assert claim.frame == "cause"


def test_a_result_without_of_is_no_cause(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the result was a surprise.")
    assert claim.frame != "cause"


STORY = {
    "a": (
        "Mill to close\n\n"
        "Owner Tom Hale said the new levy caused the closure of the Denby mill. "
        '"The levy killed this mill," Hale said. '
        "Councillor Ray Dunn said the closure was a direct result of the levy."
    ),
    "b": (
        "Levy row\n\n"
        "Union organiser Jo Finch said the levy was not to blame for the closure. "
        '"The levy is an excuse," Finch said. '
        "Minister Ann Lee said the levy had nothing to do with the closure."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


def test_forced_asks_for_the_explanation(graph: nx.MultiDiGraph) -> None:
    ranked = match_positions(graph, "the levy forced the closure")
    assert ranked and ranked[0][1] == "position:levy-cause", ranked


def test_the_result_speaker_supports_the_explanation(graph: nx.MultiDiGraph) -> None:
    sides = {
        (u, v, d.get("stance"))
        for u, v, d in graph.edges(data=True)
        if d.get("relation") == "stance" and graph.nodes[v].get("frame") == "cause"
    }
    assert ("speaker:ray-dunn", "position:levy-cause", "supports") in sides, sides
