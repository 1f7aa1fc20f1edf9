"""A claim no position holds is read from the statements; two of its parts said plainly
are enough there:

- what a copular claim says of its subject, said word for word ("were fitter to start
  with"), by a statement that names the subject by one word and otherwise in other
  words ("the swimmers who used the pool most" for "the heaviest users of the pool"):
  the statement says the claim;
- the verb of a verbal claim in a statement cued by a verb that says a thing is not so
  ("denied any agreement had been signed" of "the brewery has agreed a sale"): the
  statement denies the claim, though it names neither the brewery nor the sale;
- that verb negated in a statement naming the claim's subject, or said by the subject
  ("Bo Lind had not started it", Bo Lind's own "I didn't start anything"): the
  statement denies the claim, whose object it names by a pronoun.

The corpus is our own, built with the library.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph

CORPUS = {
    "a": (
        "A study of the Ashfield swimming club found that its keenest members had fewer "
        "colds than other people in the town.\n\n"
        '"The swimmers who used the pool most were fitter to start with," coach Tom Mills said. '
        '"That explains the result, not the pool."\n\n'
        'Researcher Ann Lee said: "The pool itself made the difference."'
    ),
    "b": (
        "The Harlow brewery has agreed a sale to a timber group, the Weekly Post "
        "reported on Monday, citing two people close to the talks.\n\n"
        "The brewery's owner, Ruth Hale, denied that any agreement had been signed. "
        '"Nothing is settled and nothing is in writing," she said.\n\n'
        'Union official Ed Moss said: "Workers want to know who will pay them."'
    ),
    "c": (
        "A scuffle broke out at the Ferndale market on Saturday. Stallholder Kim Roe said "
        "Bo Lind threw the first punch.\n\n"
        "Market warden Ann Fry said she was sure Bo Lind had not started it.\n\n"
        '"I didn\'t start anything," Bo Lind said. "I was buying apples."\n\n'
        'Shopper Lee Cole said: "The market was not busy that day."'
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_what_is_said_of_the_subject_word_for_word_says_the_claim(
    graph: nx.MultiDiGraph,
) -> None:
    found = _who(
        graph,
        "who says the heaviest regular users of the Ashfield club's indoor pool"
        " were fitter to start with",
    )
    assert "Tom Mills" in found
    assert "Ann Lee" not in found


def test_part_of_what_is_said_of_the_subject_is_not_enough(graph: nx.MultiDiGraph) -> None:
    found = _who(
        graph,
        "who says the heaviest regular users of the Ashfield club's indoor pool"
        " were fitter than their parents",
    )
    assert "Tom Mills" not in found


def test_a_denial_of_the_claims_verb_denies_the_claim(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who denies that the brewery has agreed a sale")
    assert "Ruth Hale" in found
    assert "Ed Moss" not in found


def test_a_denial_of_another_verb_does_not(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who denies that the brewery has closed its gates")
    assert "Ruth Hale" not in found


def test_the_claims_verb_negated_of_its_subject_denies_the_claim(
    graph: nx.MultiDiGraph,
) -> None:
    found = _who(graph, "who disputes that Bo Lind started the scuffle at the market on Saturday")
    assert {"Ann Fry", "Bo Lind"} <= found
    assert not {"Kim Roe", "Lee Cole"} & found
