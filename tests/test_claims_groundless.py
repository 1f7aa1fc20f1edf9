"""An act called groundless ("would alarm drivers for no reason", "were fined without any
good reason") is dismissed: the statement disputes it. A reason that is only unknown ("for
no obvious reason") or given ("for a good reason") dismisses nothing. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim, stances_of


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officer Ian Cole said the new signs would alarm drivers for no reason.", "for no reason"),
        ("Union leader Meg Ash said the workers were fined without reason.", "without reason"),
        (
            "Union leader Meg Ash said the workers were fined without any good reason.",
            "without any good reason",
        ),
    ],
)
def test_an_act_called_groundless_is_dismissed(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).dismissive == word


@pytest.mark.parametrize(
    "text",
    [
        "Union leader Meg Ash said the plant closed for no obvious reason last week.",
        "Coach Bo Lind said the players were rested for a good reason.",
    ],
)
def test_an_unknown_or_given_reason_dismisses_nothing(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).dismissive is None


def test_calling_a_measure_groundless_disputes_it(nlp: Any) -> None:
    texts = {
        "a": "Councillor Rita Vance said the new speed cameras would save lives on the ring road.",
        "b": "Motorist group head Owen Blake said the new speed cameras would fine drivers "
        "for no reason.",
    }
    assert ("camera", "disputes") in stances_of(nlp, texts, "Blake")
