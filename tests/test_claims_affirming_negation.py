"""Negations that affirm (h22e): "that does not change the fact that X" keeps X standing,
"no one on the estate was surprised" says X was to be expected, and "a leak and a
crack are not mutually exclusive" grants both -- none of them denies. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        '"That does not change the fact that the dam leaked," Ann Lee said.',
        '"It doesn\'t alter the question of why the board kept quiet," Ann Lee said.',
        '"No one on the estate was surprised," Ann Lee said.',
        "Ann Lee said no one at the depot had been shocked by the closure.",
        "Ann Lee said a leak and a crack were not mutually exclusive.",
    ],
)
def test_a_negation_that_affirms_denies_nothing(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None and not claim.denied


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"That does not change the price of the tickets," Ann Lee said.', "not"),
        ('"Nobody was hurt when the dam leaked," Ann Lee said.', "nobody"),
        ("Ann Lee said the two reports were not consistent.", "not"),
    ],
)
def test_other_negations_still_deny(nlp: Any, text: str, word: str) -> None:
    assert only_claim(nlp, text).negated == word
