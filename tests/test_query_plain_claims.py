"""A claim no position holds is read from the statements; two of its parts said plainly
are enough there:

- what a copular claim says of its subject, said word for word ("were better managed
  already"), by a statement that names the subject by one word and otherwise in other
  words ("the shops that baked most often" for "the busiest town-centre shops"): the
  statement says the claim;
- the verb of a verbal claim in a statement cued by a verb that says a thing is not so
  ("denied that any merger had been planned" of "the ferry company has merged with a
  rival"): the statement denies the claim, though it names neither the company nor the
  rival;
- that verb negated in a statement naming the claim's subject, or said by the subject
  ("Ivo Brandt had not called them", Ivo Brandt's own "I didn't call anyone"): the
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
        "A survey of the Brindle bakery chain found that its busiest town-centre shops "
        "threw away less bread than its other shops.\n\n"
        '"The shops that baked most often were better managed already," area manager Tom '
        'Mills said. "We changed the rotas last spring."\n\n'
        'Consultant Ann Lee said: "The ovens themselves made the difference."'
    ),
    "b": (
        "The Kelso ferry company has merged with a shipping group, the Coast Gazette "
        "wrote on Tuesday, quoting two members of staff.\n\n"
        "The company's chair, Ruth Hale, denied that any merger had been planned. "
        '"The boats are ours and they stay ours," she said.\n\n'
        'Deckhand Ed Moss said: "The crews want to know who will run the timetable."'
    ),
    "c": (
        "A shouting match broke out at the Millbrook school governors' meeting on Tuesday. "
        "Parent Pat Dunn said Ivo Brandt phoned the police.\n\n"
        "Clerk Ann Fry said she was sure Ivo Brandt had not called them.\n\n"
        '"I didn\'t call anyone," Ivo Brandt said. "I was reading out the minutes."\n\n'
        'Teacher Lee Cole said: "The hall was half empty that evening."'
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
        "who says the busiest town-centre shops of the Brindle bakery chain"
        " were better managed already",
    )
    assert "Tom Mills" in found
    assert "Ann Lee" not in found


def test_part_of_what_is_said_of_the_subject_is_not_enough(graph: nx.MultiDiGraph) -> None:
    found = _who(
        graph,
        "who says the busiest town-centre shops of the Brindle bakery chain"
        " were better managed than the factory",
    )
    assert "Tom Mills" not in found


def test_a_denial_of_the_claims_verb_denies_the_claim(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who denies that the ferry company has merged with a rival")
    assert "Ruth Hale" in found
    assert "Ed Moss" not in found


def test_a_denial_of_another_verb_does_not(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who denies that the ferry company has hired new captains")
    assert "Ruth Hale" not in found


def test_the_claims_verb_negated_of_its_subject_denies_the_claim(
    graph: nx.MultiDiGraph,
) -> None:
    found = _who(graph, "who disputes that Ivo Brandt called the police to the governors' meeting")
    assert {"Ann Fry", "Ivo Brandt"} <= found
    assert not {"Pat Dunn", "Lee Cole"} & found
