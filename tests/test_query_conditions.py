"""A statement filed under another position does not state a claim that only its
condition names ("a fine would be unjust if the leaks cannot be traced" disputes the fine,
not the leaks). A small corpus of our own, built with the library."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.sides import _hypothesis_dropped

from .conftest import corpus_graph

CORPUS = {
    "a": (
        'Engineer Ruth Hale said the new dam leaks badly. "The dam leaks after every storm," '
        "Hale said. Farmer Tom Mills said water leaks from the dam into his fields. "
        "Hydrologist Eva Marsh said the dam does not leak."
    ),
    "b": (
        "The council wants to fine the builder. Mayor Ann Roe said a fine would be fair. "
        "Councillor Ben Tate said the fine was fair and overdue. "
        "Union leader Ola Brandt said a fine would be unjust if the leaks cannot be traced."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_a_claim_named_only_in_a_condition_is_not_disputed(graph: nx.MultiDiGraph) -> None:
    leaks = _who(graph, "who disputes that the dam leaks")
    assert "Eva Marsh" in leaks and "Ola Brandt" not in leaks


def test_the_main_clause_is_still_disputed(graph: nx.MultiDiGraph) -> None:
    assert "Ola Brandt" in _who(graph, "who disputes the fine")


def test_a_counterfactual_condition_is_kept() -> None:
    # "If this were the cause, we would see X" argues against the cause: it disputes it.
    kept = _hypothesis_dropped('"If this were the frost, every vine would be dead," she said.')
    dropped = _hypothesis_dropped("a fine would be unjust if the leaks cannot be traced")
    assert "frost" in kept and "leaks" not in dropped
