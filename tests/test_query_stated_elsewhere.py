"""A denial of two claims in one statement is filed under one position; questions about
the other claim still find it (a small corpus of our own, built with the library)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": (
        'Engineer Ruth Hale said the new dam leaks badly. "The dam leaks after every storm," '
        "Hale said. Farmer Tom Mills said water leaks from the dam into his fields. "
        'Inspector Ana Cruz said the turbines crack under load. "Every turbine cracks within '
        'a year," Cruz said.'
    ),
    "b": (
        "Technician Bo Lind said the turbines crack because the steel is cheap. "
        "Plant manager Carl Voss said: \"The turbines don't crack and the dam doesn't leak. "
        'Who invents these stories?" Hydrologist Eva Marsh said the dam does not leak.'
    ),
    "c": "Resident Ida Long said she saw the dam leak last spring. Welder Sam Park said two "
    "turbines cracked in March.",
    "d": "Guard Ned Lowe said the gate was not locked. Porter Ian Bly said the gate was locked. "
    "Clerk Amy Fox said the gate was locked at night.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _stances(g: nx.MultiDiGraph, label: str) -> set[str]:
    node = next(n for n, d in g.nodes(data=True) if d.get("label") == label)
    return {str(v) for _, v, d in g.out_edges(node, data=True) if d.get("relation") == "stance"}


def test_a_denial_of_two_claims_is_found_under_the_other(graph: nx.MultiDiGraph) -> None:
    assert len(_stances(graph, "Carl Voss")) == 1  # filed under one position only
    dam = {a.speaker for a in answer_question(graph, "who disputes that the dam leaks").answers}
    assert {"Carl Voss", "Eva Marsh"} <= dam
    assert not {"Ruth Hale", "Tom Mills", "Ana Cruz", "Sam Park"} & dam


def test_those_who_agree_with_a_denier_include_it(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who agrees with Eva Marsh that the dam does not leak")
    assert "Carl Voss" in {a.speaker for a in result.answers}


def test_support_is_not_read_from_statements_filed_elsewhere(graph: nx.MultiDiGraph) -> None:
    said = {a.speaker for a in answer_question(graph, "who says the dam leaks").answers}
    assert "Carl Voss" not in said
    assert not {"Ana Cruz", "Sam Park"} & said


def test_the_negation_of_a_claim_does_not_match_other_denials(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who agrees with Eva Marsh that it did not leak")
    assert "Ned Lowe" not in {a.speaker for a in result.answers}


def test_agreeing_about_a_topic_in_other_words_reads_the_speakers_one_position(
    graph: nx.MultiDiGraph,
) -> None:
    result = answer_question(graph, "who agrees with Ruth Hale about the reservoir")
    said = {a.speaker for a in result.answers}
    assert {"Tom Mills", "Ida Long"} <= said
    assert not {"Ana Cruz", "Sam Park", "Eva Marsh"} & said


def test_a_statement_without_the_claims_probes_is_never_scored(graph: nx.MultiDiGraph) -> None:
    """stated_elsewhere skips evidence that may_hold rejects before scoring it: exactly
    the statements statement_scores leaves out, so answers do not change."""
    from kg.query.matching import claim_probes, may_hold, statement_scores, statements

    said = statements(graph)
    for claim in ("the dam leaks", "turbines crack", "the gate was locked", "storms"):
        probes = claim_probes(graph, claim)
        assert probes
        kept = [s for s in said if may_hold(graph, s, probes)]
        assert 0 < len(kept) < len(said)
        scored = {id(s) for _, s in statement_scores(graph, said, claim)}
        assert scored <= {id(s) for s in kept}
        each = {id(s) for s in said if statement_scores(graph, [s], claim)}
        assert each <= {id(s) for s in kept}
    assert not claim_probes(graph, "the")  # asks nothing: nothing may hold it


def test_evidence_without_the_probes_is_not_decoded(graph: nx.MultiDiGraph) -> None:
    """_may_state reads the evidence JSON as text: no probe in it, no piece can hold one;
    JSON with an escape is always decoded (its text is not in it as it is)."""
    import json

    from kg.query.sides import _may_state

    def data(text: str) -> dict[str, Any]:
        piece = {"doc": "x", "start": 0, "end": len(text), "text": text}
        return {"evidence": json.dumps([piece], ensure_ascii=False)}

    assert _may_state(graph, data("The DAM leaks, Ünal said"), frozenset({"leak"}))
    assert not _may_state(graph, data("The dam leaks"), frozenset({"gate", "lock"}))
    assert _may_state(graph, data('The "dam" leaks'), frozenset({"gate"}))  # escaped
    assert not _may_state(graph, data("The dam leaks"), frozenset())
