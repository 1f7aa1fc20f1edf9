""" "The 52-year-old said" is the person the article gave that age ("Ann Lee, 52,"), even when
someone else was named since; with no such person, the person in focus as before."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes

TEXT = (
    "Ann Lee, 52, was fined on Monday for selling stale bread at her shop.\n\n"
    'Her lawyer, Tom Ray, said his client had done nothing wrong. "She bakes every loaf '
    'herself," Mr Ray said.\n\n'
    'Speaking outside the court, {desc} said: "I will keep baking."'
)


@pytest.mark.parametrize(
    ("desc", "speaker"),
    [
        pytest.param("the 52-year-old", "Ann Lee", id="age-given-earlier"),
        pytest.param("the 52-year-old baker", "Ann Lee", id="age-and-noun"),
    ],
)
def test_an_age_description_is_the_person_of_that_age(nlp: Any, desc: str, speaker: str) -> None:
    quotes = extract_quotes(nlp(TEXT.format(desc=desc)), "t")
    last = quotes[-1]
    assert last.text == '"I will keep baking."'
    resolved = last.antecedent or last.mention
    assert resolved is not None and resolved.text == speaker


def test_an_age_nobody_was_given_is_the_person_in_focus(nlp: Any) -> None:
    quotes = extract_quotes(nlp(TEXT.format(desc="the 47-year-old")), "t")
    resolved = quotes[-1].antecedent or quotes[-1].mention
    assert resolved is not None and resolved.text.endswith("Ray")
