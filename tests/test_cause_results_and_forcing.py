"""An effect noun names a cause after "of": "the evacuation was a direct result of the
storm" offers the storm as the cause of the evacuation (a cause frame, as "the storm caused
the evacuation" is); and a question "who disputes that the storm forced the evacuation"
asks for an explanation, as "caused" does. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query.matching import match_positions
from tests.test_positions import only_claim

from .conftest import corpus_graph


def test_a_result_of_x_is_a_cause_frame(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the evacuation was a direct result of the storm.")
    assert claim.frame == "cause"
    assert "evacuation" in claim.effect
    claim = only_claim(nlp, "Ann Lee said the strike was the consequence of years of low pay.")
    assert claim.frame == "cause"


def test_a_result_without_of_is_no_cause(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the result was a surprise.")
    assert claim.frame != "cause"


STORY = {
    "a": (
        "School emptied\n\n"
        "Head teacher Tom Hale said the storm caused the evacuation of the Pella school. "
        '"The storm emptied this school," Hale said. '
        "Councillor Ray Dunn said the evacuation was a direct result of the storm."
    ),
    "b": (
        "Storm row\n\n"
        "Parent Jo Finch said the storm was not to blame for the evacuation. "
        '"The storm is a pretext," Finch said. '
        "Minister Ann Lee said the storm had nothing to do with the evacuation."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


def test_forced_asks_for_the_explanation(graph: nx.MultiDiGraph) -> None:
    ranked = match_positions(graph, "the storm forced the evacuation")
    assert ranked and ranked[0][1] == "position:storm-cause", ranked


def test_the_result_speaker_supports_the_explanation(graph: nx.MultiDiGraph) -> None:
    sides = {
        (u, v, d.get("stance"))
        for u, v, d in graph.edges(data=True)
        if d.get("relation") == "stance" and graph.nodes[v].get("frame") == "cause"
    }
    assert ("speaker:ray-dunn", "position:storm-cause", "supports") in sides, sides
