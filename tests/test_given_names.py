"""Given names that are English words too ("Per", "Will"): the parser's misreading is mended
so the whole name is the speaker, wherever the name stands."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.given_names import mend_given_names
from kg.extract.quotes import extract_quotes

from .conftest import speaker_of


def _mention(nlp: Any, text: str, content: str) -> str | None:
    (q,) = [q for q in extract_quotes(nlp(text), "t") if q.text == content]
    return q.mention.text if q.mention is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Per Axelsen said the lake was clean.",
        "Per Axelsen, a professor at Tarn College, said the lake was clean.",
        "The board met on Monday. Per Axelsen told reporters the lake was clean.",
    ],
)
def test_a_given_name_read_as_a_preposition_stays_in_the_name(nlp: Any, text: str) -> None:
    doc = nlp(text)
    per = next(t for t in doc if t.text == "Per")
    assert per.pos_ == "ADP"  # the premise: the model reads the given name as a preposition
    assert _mention(nlp, text, "the lake was clean") == "Per Axelsen"


def test_a_subjectless_verb_gets_the_name_the_preposition_took(nlp: Any) -> None:
    # "Axelsen" is parsed as the object of "Per" and "denied" has no subject at all.
    text = (
        "Per Axelsen of Tarn College, a critic of the plan, denied taking money. "
        "He said the debate was about data."
    )
    assert speaker_of(text, "taking money") == "Per Axelsen"
    assert speaker_of(text, "the debate was about data") == "Per Axelsen"


def test_a_given_name_read_as_an_auxiliary_stays_in_the_name(nlp: Any) -> None:
    text = "Will Grant of the Dock Workers Union, a critic of the plan, said the fund was empty."
    assert speaker_of(text, "the fund was empty") == "Will Grant"


@pytest.mark.parametrize(
    "text",
    [
        "Will Congress act on the fund? Nobody knows.",
        "Has Lee said anything about the fund?",
        "Judge Rules Against Lee In Fund Case",
        "From Moscow, Ivanov said the talks had failed.",
    ],
)
def test_real_function_words_before_a_name_are_left_alone(nlp: Any, text: str) -> None:
    doc = nlp(text)
    before = [(t.pos_, t.dep_, t.head.i) for t in doc]
    mend_given_names(doc)
    assert [(t.pos_, t.dep_, t.head.i) for t in doc] == before
