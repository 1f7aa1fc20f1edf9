"""Asked who disputes a position nobody disputes, the dispute is on its facets: their
disputers answer even when they never name its key term.

The corpus is our own, built with the library; the position nobody disputes ("the lid is
loose", reported by three speakers) is added by hand, as a larger corpus would form it.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": "Owner Ruth Hale said the lid of the kettle is loose.",
    "b": (
        "Owner Ida Long said the hinge of the lid is broken. Owner Sam Park said the hinge on "
        "the lid is broken. Tester Ana Cruz said the hinge is not broken at all."
    ),
    "c": "Reviewer Bo Lind said the lid of his kettle is loose.",
}


def _add_undisputed_lid(g: nx.MultiDiGraph) -> None:
    lid = "position:lid"
    g.add_node(lid, kind="position", label="lid loose", type="position", frame="claim")
    g.nodes[lid].update(terms='["lid"]', aliases='["lid", "loose lid"]', related='["loose"]')
    g.nodes[lid].update(contested=False, n_supports=2, n_disputes=0, n_neutral=0)
    for speaker, doc in (("speaker:ruth-hale", "a"), ("speaker:bo-lind", "c")):
        said = "the lid of the kettle is loose" if doc == "a" else "the lid of his kettle is loose"
        start = CORPUS[doc].index(said)
        ev = {"doc": doc, "text": said, "start": start, "end": start + len(said), "cue": "said"}
        g.add_edge(
            speaker,
            lid,
            key="supports",
            relation="stance",
            stance="supports",
            weight=1,
            confidence=0.65,
            evidence=json.dumps([{**ev, "confidence": 0.65, "basis": "assertion"}]),
        )


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    _add_undisputed_lid(g)
    return g


def test_disputers_of_a_facet_answer_for_an_undisputed_position(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who denies that the lid is loose")
    assert found.position == "lid loose"
    assert {a.speaker for a in found.answers} == {"Ana Cruz"}


def test_supporters_are_still_read_from_the_position_itself(graph: nx.MultiDiGraph) -> None:
    found = answer_question(graph, "who says the lid is loose")
    assert {"Ruth Hale", "Bo Lind"} <= {a.speaker for a in found.answers}
    assert "Ana Cruz" not in {a.speaker for a in found.answers}
