"""Each construction of a question, asked of a small corpus of our own built with the library.

The corpus has one dispute (did corrosion close the bridge?), a speaker known by role
and affiliation, a mayor whose handling is criticised without any position about it,
and an outlet that reports.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.matching import asked_groups

from .conftest import corpus_graph

CORPUS = {
    "engineer": (
        "City engineer Maria Vance said corroded steel cables forced the closure of the Harlow "
        'Bridge. "The cables are corroded and the bridge is unsafe," Vance told reporters. '
        "Transport official Leo Grant said corroded cables caused the closure of the bridge. "
        "Grant said the cables had rusted through after years of neglect."
    ),
    "contractor": (
        "Contractor Dale Ruiz said the cables were not corroded and the bridge was safe. "
        "Ruiz dismissed the corrosion story as a myth. "
        "Union spokesman Omar Pike said the real reason for the closure was a budget dispute "
        "at City Hall."
    ),
    "gazette": (
        "The Harlow Gazette reported that Mayor Tom Reed had ignored warnings about the bridge "
        "for years. Resident Nina Cole said the mayor mishandled the closure of the bridge. "
        "Reed said his office had acted quickly and had handled the closure well. "
        "Commuter Paul Byrne said the mayor had handled the closure badly."
    ),
}
BELIEVERS = {"Maria Vance", "Leo Grant"}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def names(result: Any) -> set[str]:
    return {a.speaker for a in result.answers}


def surnames(result: Any) -> set[str]:
    return {a.speaker.split()[-1] for a in result.answers}


@pytest.mark.parametrize(
    "question",
    [
        "Who casts doubt on the corroded cables?",
        "who is sceptical that the cables corroded",
        "who pushed back on the reports of corroded cables",
        "who denies that the cables corroded",
        "who says the corrosion is a myth",
        "who does not believe that the cables corroded",
    ],
)
def test_disputes_in_own_words(graph: nx.MultiDiGraph, question: str) -> None:
    """Dispute verbs, adjectives and nouns, a denied verb, a claim called a myth."""
    result = answer_question(graph, question)
    assert result.relation == "disputes"
    assert "Ruiz" in surnames(result)
    assert not BELIEVERS & names(result)
    assert all(a.evidence for a in result.answers)


@pytest.mark.parametrize(
    "question",
    [
        "who vouches for the corrosion explanation",
        "who thinks the cables rusted",  # only a supporter's own words say "rusted"
        "who says the bridge closed because the cables corroded",
        "who backs the claim that the cables are corroded",
    ],
)
def test_supports_in_own_words(graph: nx.MultiDiGraph, question: str) -> None:
    result = answer_question(graph, question)
    assert result.relation == "supports"
    assert names(result) >= BELIEVERS
    assert "Ruiz" not in surnames(result)


def test_agrees_with_a_speaker_that(graph: nx.MultiDiGraph) -> None:
    """Others on the named speaker's side of the position the claim names."""
    result = answer_question(graph, "Who agrees with Vance that the cables are corroded?")
    assert result.speaker == "Maria Vance"
    assert "Leo Grant" in names(result)
    assert "Maria Vance" not in names(result) and "Ruiz" not in surnames(result)


def test_disagrees_with_a_speaker(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who disagrees with Ruiz")
    assert result.relation == "conflicts"
    assert names(result) >= BELIEVERS


def test_criticises_how_a_speaker_handled_something(graph: nx.MultiDiGraph) -> None:
    """No position is about the mayor's handling: the statements that fault it answer."""
    result = answer_question(graph, "who criticises how Mayor Reed handled the closure")
    assert result.speaker == "Tom Reed"
    assert {"Cole", "Byrne"} <= surnames(result)
    assert "Reed" not in surnames(result)
    assert result.note  # says that it read the statements


def test_a_speaker_named_by_role(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who criticises how the mayor handled the closure")
    assert {"Cole", "Byrne"} <= surnames(result)
    said = answer_question(graph, "what did the transport official say")
    assert said.speaker == "Leo Grant" and names(said) == {"Leo Grant"}


def test_what_an_outlet_reported_about(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "What did the Harlow Gazette report about the mayor?")
    assert result.relation == "said"
    texts = [e["text"] for a in result.answers for e in a.evidence]
    assert texts and all("warnings" in t for t in texts)


def test_what_someone_said_about_keeps_to_the_topic(graph: nx.MultiDiGraph) -> None:
    everything = answer_question(graph, "what did Reed say")
    about = answer_question(graph, "what did Reed say about the closure")
    assert names(about) == names(everything) == {"Tom Reed"}
    assert all("closure" in e["text"] for a in about.answers for e in a.evidence)


def test_a_claim_no_position_covers_is_read_in_the_statements(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who says the real reason was a budget dispute")
    assert surnames(result) == {"Pike"}
    assert "no position" in result.note


def test_supporters_of_a_speakers_explanation(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who supports the city engineer's explanation")
    assert names(result) >= BELIEVERS


def test_most_disputed(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "which claims are the most contested?")
    assert result.relation == "most_disputed"
    assert result.ranking and "Ruiz" in surnames(result)


def test_what_an_explanation_is_for_counts_less(graph: nx.MultiDiGraph) -> None:
    """ "the corrosion explanation for the closure" is about corrosion: the closure is
    what it explains, and weighs less in picking the position."""
    weight = {
        a.words: a.weight for a in asked_groups(graph, "the corrosion explanation for the closure")
    }
    assert weight[("closure",)] < weight[("corrosion",)]
    plain = {a.words: a.weight for a in asked_groups(graph, "the closure")}
    assert plain[("closure",)] == weight[("corrosion",)]
