"""Statements about a person, filed under other positions, answer a question naming the
person: "they are unconvinced by his strike threats" (his = the person named in the
sentence before) disputes that the delegate speaks for the union, wherever kg filed it. A
person named in most statements is the story's subject: nothing is read through them.
A small corpus of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph, speaker_stances, stances_about

STORY = {
    "a": (
        "Union talks resume\n\n"
        "Official Rex Pell said delegate Farid Kessler speaks for the dock union. "
        "Critic Ann Ode said Kessler does not speak for the dock union. "
        "Writer Dee Hart said Kessler does not speak for the dock union either. "
        "Ode later said Kessler does not speak for the dockers at all."
    ),
    "b": (
        "Strike looms at the port\n\n"
        '"We will strike on Monday unless the owners pay," Kessler said at the gate. '
        "The magazine's editors said they are unconvinced by his strike threats. "
        "Manager Lu Brandt said the strike will hurt the port. "
        "Porter Ed Voss said the strike will not happen."
    ),
    "c": (
        "Delegate tours the docks\n\n"
        '"We want a fair wage for every docker," Kessler said on Tuesday. '
        "The paper's editors said they are unconvinced by his credentials."
    ),
}

_TRADERS = [
    f"{first} {last}"
    for first in ("Ivo", "Uma", "Tom", "Nia", "Sal", "Ida", "Lev", "Ora")
    for last in ("Banks", "Reyes", "Quill", "Ford", "Greer", "Marsh")
]
_GOODS = ("wheat", "coffee", "sugar", "timber", "copper", "cotton")

#: Market reports: other people saying other things, so the delegate is not the story's subject.
MARKETS = {
    f"m{d}": f"Market report {d}\n\n"
    + " ".join(
        f"Trader {_TRADERS[4 * d + k]} said the price of {_GOODS[(d + k) % 6]} rose in May."
        for k in range(4)
    )
    for d in range(12)
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, {**STORY, **MARKETS})


@pytest.fixture(scope="module")
def story_only(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


def test_his_points_at_the_person_named_in_the_sentence_before(graph: nx.MultiDiGraph) -> None:
    assert stances_about(graph, "speaker:magazine") == [["speaker:kessler"]]
    assert stances_about(graph, "speaker:ann-ode") == [["speaker:kessler"]] * 2
    assert stances_about(graph, "speaker:ed-voss") == [[]]  # names nobody


def test_a_doubt_about_a_person_joins_the_other_doubts_about_them(
    graph: nx.MultiDiGraph,
) -> None:
    # "unconvinced by his credentials" names no position's term: it goes where Ode's and
    # Hart's doubts about the delegate are
    assert speaker_stances(graph, "speaker:paper") == speaker_stances(graph, "speaker:dee-hart")
    assert len(speaker_stances(graph, "speaker:paper")) == 1


def test_a_question_naming_the_person_reads_statements_about_them(
    graph: nx.MultiDiGraph,
) -> None:
    result = answer_question(
        graph, "who questions whether Farid Kessler really speaks for the dock union"
    )
    found = {a.speaker for a in result.answers}
    assert {"Ann Ode", "Dee Hart", "magazine", "paper"} <= found
    assert not found & {"Rex Pell", "Ed Voss", "Lu Brandt"}


def test_agreeing_about_someone_in_other_words_reads_statements_about_them(
    graph: nx.MultiDiGraph,
) -> None:
    result = answer_question(graph, "who agrees with Ann Ode about the go-between")
    found = {a.speaker for a in result.answers}
    assert {"Dee Hart", "magazine"} <= found
    assert not found & {"Rex Pell", "Ed Voss", "Lu Brandt"}


def test_the_story_subject_is_read_through_no_one(story_only: nx.MultiDiGraph) -> None:
    assert stances_about(story_only, "speaker:magazine") == [[]]
    assert not speaker_stances(story_only, "speaker:paper")
    result = answer_question(
        story_only, "who questions whether Farid Kessler really speaks for the dock union"
    )
    assert "magazine" not in {a.speaker for a in result.answers}
