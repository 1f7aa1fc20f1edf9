"""A statement that someone is in bad health ("is suffering from flu", "is getting medical
treatment", "no sign that he was ill") takes a side on the health matter in dispute,
even when a clause on who the patient is files it elsewhere or nothing files it
(kg.assemble.positions.stances.with_ailments). A small corpus of our own, real parse."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.records import extract_article
from kg.read.articles import article_from_text
from kg.run.pipeline import BuildResult, assemble

CORPUS = {
    "a": (
        "Team doctor Ann Ode said coach Rex Pell has a knee injury. "
        "Agent Cy Moss said Pell is not injured. "
        "Trainer Dee Hart said Pell hurt his knee and the injury is serious."
    ),
    "c": (
        "Fan club head Jo Kay said Pell's injury is a myth. "
        "Pundit Lu Dart said the knee injury will keep Pell out for a month. "
    ),
    "b": (
        "Reporter Bo Lind said Pell, who joined the club in 2019 after a spell abroad, "
        "is suffering from flu. "
        "Physio Ed Voss said Pell is getting medical treatment at a clinic in town. "
        "Chairman Al Rook said there was no sign that Pell was ill. "
        "Captain Mo Finn said Pell, who joined the club in 2019, is the best player here."
    ),
}


@pytest.fixture(scope="module")
def built(nlp: Any) -> BuildResult:
    return assemble([extract_article(nlp(t), article_from_text(t, k)) for k, t in CORPUS.items()])


def _sides(built: BuildResult) -> dict[str, set[tuple[str, str]]]:
    sides: dict[str, set[tuple[str, str]]] = {}
    for st in built.stances:
        sides.setdefault(st.speaker, set()).add((st.position, st.stance))
    return sides


def test_an_ailment_supports_the_health_position(built: BuildResult) -> None:
    sides = _sides(built)
    assert ("injury", "supports") in sides["bo-lind"]  # "is suffering from flu"
    assert ("injury", "supports") in sides["physio-ed-voss"]  # "getting medical treatment"
    assert ("injury", "disputes") in sides["al-rook"]  # "no sign that Pell was ill"


def test_a_statement_of_no_ailment_takes_no_health_side(built: BuildResult) -> None:
    assert not any(pid == "injury" for pid, _ in _sides(built).get("mo-finn", set()))
