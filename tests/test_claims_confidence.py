""" "We have full confidence in the laboratory": confidence voiced in someone under fire
defends them. On a position about something else (what is said of them) the statement
disputes it; on the position of the one trusted it supports it, as rejecting the
allegations does. "No confidence in", "undermined confidence in" and "confidence in the
police to find them" (a hope) trust no one. Texts of our own."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kg.assemble.positions.stances import _defends_against
from kg.extract.claims import Claim
from tests.test_positions import only_claim


@pytest.mark.parametrize(
    ("text", "trusted"),
    [
        ('"We have full confidence in the laboratory," the agency said.', {"laboratory"}),
        (
            'Ann Lee said she had "every confidence" in the staff and in the water board.',
            {"staff", "water", "board"},
        ),
        ("The minister expressed confidence in the inquiry, which is checking it.", {"inquiry"}),
    ],
)
def test_confidence_in_someone_is_read(nlp: Any, text: str, trusted: set[str]) -> None:
    assert set(only_claim(nlp, text).trusts) == trusted


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said he had no confidence in the board.",
        "Ann Lee said the scandal had undermined confidence in the board.",
        "The mayor said he had full confidence in the police to find the culprits.",
    ],
)
def test_no_confidence_or_a_hope_trusts_no_one(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).trusts == ()


def _resolved(trusts: tuple[str, ...]) -> Any:
    claim = Claim(doc="a", start=0, end=1, trusts=trusts)
    corpus = SimpleNamespace(items=[SimpleNamespace(claim=claim)], fold={})
    anchors = {"lab": ("laboratory", "claim"), "tamper": ("tamper", "claim")}
    return SimpleNamespace(corpus=corpus, groups=SimpleNamespace(anchors=anchors))


def test_confidence_disputes_what_is_said_of_the_one_trusted() -> None:
    r = _resolved(("laboratory",))
    assert _defends_against(r, 0, "tamper")  # "the samples were tampered with"
    assert not _defends_against(r, 0, "lab")  # the laboratory's own position: supported
    assert not _defends_against(_resolved(()), 0, "tamper")
