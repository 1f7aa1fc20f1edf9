"""A question's verb meets a position keyed on its noun: "will close" ~ "closure", "fail"
~ "failure" (-ure nouns of verbs), "refused" ~ "refusal", "withdrew" ~ "withdrawal" (-al
nouns); "pressure" is not "press"."""

from __future__ import annotations

import pytest

from kg.query.words import word_match


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("close", "closure"),
        ("closed", "closure"),
        ("fail", "failure"),
        ("seize", "seizure"),
        ("refused", "refusal"),
        ("approve", "approval"),
        ("withdrew", "withdrawal"),
        ("dismissed", "dismissal"),
    ],
)
def test_a_verb_matches_its_noun(verb: str, noun: str) -> None:
    assert word_match(verb, noun) == 1.0


def test_pressure_is_not_the_press() -> None:
    assert word_match("press", "pressure") < 1.0
