"""An accusation against someone criticises them: on a position anchored on the accused
("the hospital"), "X accused the hospital of ..." and "X attacked the hospital over ..."
dispute it, and rejecting the allegations defends it. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import corpus_graph, speaker_stances

TOPIC = {
    "a": (
        "Hospital under fire\n\n"
        "The Nurses Guild accused the hospital of breaking its own hygiene rules. "
        "Patient Kay Dunn said the hospital had treated her well. "
        "Porter Ian Wolde said the hospital was not safe. "
        "The hospital board rejected the allegations."
    ),
    "b": (
        "Hospital praised\n\n"
        "Mayor Ruth Bale said the hospital deserved more money. "
        "Visitor Sam Cole said the hospital was clean and friendly. "
        "Surgeon Ed Voss said the hospital was the best in the region."
    ),
    "c": (
        "Hospital row\n\n"
        "Union chief Pat Oyelaran attacked the hospital over its waiting lists. "
        "Nurse Lia Brandt said the hospital was short of staff."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> Any:
    return corpus_graph(nlp, TOPIC)


def test_accusing_the_topic_disputes_it(graph: Any) -> None:
    praised = speaker_stances(graph, "speaker:ruth-bale")
    assert praised and {st for st, _ in praised} == {"supports"}
    topic = {p for _, p in praised}
    for accuser in ("speaker:nurses-guild", "speaker:pat-oyelaran"):  # accused, attacked
        stances = speaker_stances(graph, accuser)
        assert {("disputes", p) for p in topic} <= stances
        assert not {("supports", p) for p in topic} & stances


def test_rejecting_the_allegations_defends_the_accused(graph: Any) -> None:
    topic = {p for _, p in speaker_stances(graph, "speaker:ruth-bale")}
    board = speaker_stances(graph, "speaker:hospital-board")
    assert {("supports", p) for p in topic} <= board
    assert not {("disputes", p) for p in topic} & board


def test_an_accusation_of_its_own_is_supported_by_the_accuser(nlp: Any) -> None:
    # no topic position takes it: the accusation is a position, the accuser argues it
    graph = corpus_graph(
        nlp,
        {
            "a": (
                "Hospital under fire\n\n"
                "The Nurses Guild accused the hospital of breaking its own hygiene rules. "
                "The hospital board rejected the allegations."
            )
        },
    )
    guild = speaker_stances(graph, "speaker:nurses-guild")
    assert guild and {st for st, _ in guild} == {"supports"}
    assert {("disputes", p) for _, p in guild} <= speaker_stances(graph, "speaker:hospital-board")
