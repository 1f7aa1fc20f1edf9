"""Statements about a source are stances on what it found, a thing named once and then
described by a noun is one topic, and evidence called unsound is a dispute. Texts of our
own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.namings import find_namings

from .conftest import corpus_graph, speaker_stances
from .test_positions import only_claim

STORY = {
    "a": (
        "Mineral linked to rashes\n\n"
        "Rashes are caused by kelmite, a cheap mineral used in paint, according to a large "
        "study published on Monday. The researchers said the mineral causes rashes."
    ),
    "b": (
        "Makers reject study\n\n"
        'Trade group head Lena Ostrova said the study was flawed. "Kelmite is safe," she '
        "said. Allergist Omar Pell said the study should be repeated, but that it was a "
        "finding nobody should ignore. Chemist Ruth Kane said kelmite does not cause rashes."
    ),
    "c": (
        "Painters worried\n\n"
        "Union leader Tess Ward said kelmite causes rashes in young painters. "
        "Nurse Ben Ode said kelmite causes rashes. Critic Ivo Lask said kelmite is harmless."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> Any:
    return corpus_graph(nlp, STORY)


def test_a_thing_named_once_and_described_by_a_noun_is_one_topic(nlp: Any) -> None:
    found = find_namings(nlp(STORY["a"]), "a")
    assert [(n.name, n.noun) for n in found] == [("kelmite", "mineral")]
    # people, organisations and words for names are no things
    text = "Dr. Ann Vale, a chemist, said Redline, a name for the scheme, was dropped."
    assert find_namings(nlp(text), "t") == []


def test_attacking_the_study_disputes_what_it_found(graph: Any) -> None:
    study = {p for _, p in speaker_stances(graph, "speaker:large-study")}
    assert study, "the study is a source"
    ostrova = speaker_stances(graph, "speaker:lena-ostrova")
    pell = speaker_stances(graph, "speaker:omar-pell")
    assert {("disputes", p) for p in study} & ostrova
    assert {("supports", p) for p in study} & pell


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dr. Ann Vale said the study is flawed.", "flawed"),
        ("Dr. Ann Vale said the data were unreliable.", "unreliable"),
        ('Dr. Ann Vale said it relied on diaries, which she called "a weak tool."', "weak"),
    ],
)
def test_evidence_called_unsound_is_a_dispute(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).dismissive == word


@pytest.mark.parametrize(
    "text",
    ["Dr. Ann Vale said the economy is weak.", "Dr. Ann Vale said a weak currency helped."],
)
def test_a_weak_thing_that_is_no_evidence_is_no_dispute(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).dismissive is None


ACCUSED = {
    "a": (
        "Council accused over road\n\n"
        "The Harbour Residents Union accused the council of favouring rich streets. "
        "Mayor Ann Holt said the new road would open in May. "
        "Council spokesman Dan Pike rejected the accusation. Council clerk Ida Lamb said "
        "the plan had nothing to do with wealth."
    ),
    "b": (
        "Road opens\n\n"
        "Engineer Tom Reed said the road was built on time. "
        "Clerk Ida Moss said the road would open in May."
    ),
}


def test_an_accusation_and_its_rejection_meet(nlp: Any) -> None:
    graph = corpus_graph(nlp, ACCUSED)
    union = speaker_stances(graph, "speaker:harbour-residents-union")
    council = speaker_stances(graph, "speaker:dan-pike")
    assert {p for st, p in union if st == "supports"} == {
        p for st, p in council if st == "disputes"
    }
    assert council  # the rejection is of the accusation, not of the road's opening
    assert all("road" not in p for _, p in council)


def test_the_denial_right_after_a_rejected_accusation_disputes_it(nlp: Any) -> None:
    graph = corpus_graph(nlp, ACCUSED)
    union = speaker_stances(graph, "speaker:harbour-residents-union")
    accused = {p for st, p in union if st == "supports"}
    assert accused and {("disputes", p) for p in accused} <= speaker_stances(
        graph, "speaker:ida-lamb"
    )


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        (
            "Ann Vale said the testimony confirmed what the group had argued for months.",
            "the group",
        ),
        ("Ann Vale said the new data confirmed what Professor Lee had said.", "Professor Lee"),
        ("Ann Vale said the audit confirmed the figures.", None),
    ],
)
def test_confirming_what_someone_said_endorses_their_claim(
    nlp: Any, text: str, whose: str | None
) -> None:
    claim = only_claim(nlp, text)
    assert claim.referent == whose
    assert (claim.endorses == "confirm") is (whose is not None)


def test_what_the_group_argued_is_what_it_supports(nlp: Any) -> None:
    story = {
        **ACCUSED,
        "c": (
            "Hearing on the road\n\n"
            "The Harbour Residents Union said it would keep campaigning. The group said it "
            "would return in June. Union organiser Eli Ross said the testimony confirmed what "
            "the group had argued for months."
        ),
    }
    graph = corpus_graph(nlp, story)
    union = {p for st, p in speaker_stances(graph, "speaker:harbour-residents-union")}
    assert {("supports", p) for p in union} & speaker_stances(graph, "speaker:eli-ross")


def test_the_research_and_the_study_are_one_word(nlp: Any) -> None:
    # "critics of the study" asks about those who "attacked the research"
    claim = only_claim(nlp, "Dr. Ann Vale said critics who attacked the research took fees.")
    assert "study" in claim.weights() and "research" not in claim.weights()
