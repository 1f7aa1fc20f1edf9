"""Who "they" is in a statement (h19c): "the crew had been blamed for weeks, and Ann Lee
denied that they had left the gate open" is about the crew, which the statement itself
never names; the term of the last collective subject (a family, a crew) before it in its
sentence is the statement's subject. Not the speaker, and nothing when no such subject is there.
Texts of our own."""

from __future__ import annotations

from typing import Any

from kg.extract.claims import Claim
from tests.test_positions import claims_of, only_claim


def _they_claim(nlp: Any, text: str) -> Claim:
    """The claim of the statement that opens with "that they"."""
    return next(c for q, c in claims_of(nlp, text) if q.text.startswith("they"))


def test_they_is_the_collective_subject_before_the_statement(nlp: Any) -> None:
    text = (
        "Ann Lee said the family had been harassed since the photo spread and denied "
        "that they had sold it to the magazine."
    )
    assert "family" in _they_claim(nlp, text).weights()


def test_they_is_the_crew_before_the_statement(nlp: Any) -> None:
    text = (
        "Tom Reed said the crew was exhausted after the night shift and insisted "
        "that they had locked every door."
    )
    assert "crew" in _they_claim(nlp, text).weights()


def test_they_names_no_one_when_no_subject_stands_before_it(nlp: Any) -> None:
    claim = only_claim(nlp, "The neighbours said that they had heard nothing that night.")
    assert "neighbour" not in claim.weights()
