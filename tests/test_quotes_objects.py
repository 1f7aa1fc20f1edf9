"""Cues whose object is what they report: its extent, one-word names, topics spoken of."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, mention) of every quote of ``text``."""
    return [
        (q.text, q.cue.text if q.cue else None, q.mention.text if q.mention else None)
        for q in extract_quotes(nlp(text), "t")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor Ann Lee says she respects the council and calls its chair a careful planner.",
            [
                ("she respects the council", "says", "Mayor Ann Lee"),
                ("its chair a careful planner", "calls", "Mayor Ann Lee"),
            ],
            id="says-X-and-calls-Y-two-acts-of-the-speaker",
        ),
        pytest.param(
            "The mayor said the economy grew and added jobs.",
            [("the economy grew and added jobs", "said", "The mayor")],
            id="a-non-cue-conjunct-stays-in-the-clause",
        ),
    ],
)
def test_conjoined_object_cue(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The union defended its strike on Tuesday at a rally in the capital.",
            "its strike",
            id="when-and-where-are-no-content",
        ),
        pytest.param(
            "The farmers' league endorsed Lee at a rally in Dover on Friday.",
            "Lee",
            id="one-word-name-after-the-setting-is-cut",
        ),
        pytest.param("The retired judge endorsed her.", "her", id="a-personal-pronoun-object"),
    ],
)
def test_object_content(nlp: Any, text: str, content: str) -> None:
    assert [c for c, _, _ in _pairs(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        pytest.param(
            "The mayor discussed the budget with reporters.",
            "the budget",
            "discussed",
            id="discuss",
        ),
        pytest.param(
            "The senator spoke about the war in a long speech.",
            "the war",
            "spoke",
            id="spoke-about",
        ),
        pytest.param(
            "The union expressed its support for the new mayor.",
            "its support for the new mayor",
            "expressed",
            id="expressed-a-stance",
        ),
        pytest.param(
            "The minister acknowledged the failure of the plan.",
            "the failure of the plan",
            "acknowledged",
            id="acknowledged-an-object",
        ),
        pytest.param(
            "The mayor expressed doubts that the bridge was safe.",
            "the bridge was safe",
            "expressed",
            id="a-stated-noun-keeps-its-clause",
        ),
        pytest.param(
            "In her speech, the coach mentioned the injured players.",
            "the injured players",
            "mentioned",
            id="mention-an-object",
        ),
    ],
)
def test_topic_spoken_of(nlp: Any, text: str, content: str, cue: str) -> None:
    assert [(c, q) for c, q, _ in _pairs(nlp, text)] == [(content, cue)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The officials were not authorized to discuss the finding.", id="not-authorized"
        ),
        pytest.param(
            "A guard who requested anonymity to discuss the plan was fired.",
            id="requested-anonymity-to-discuss",
        ),
        pytest.param("The mayor did not mention the budget.", id="negated-mention"),
        pytest.param("Tom Ray spoke to reporters in Dover.", id="spoke-to-an-audience"),
    ],
)
def test_no_topic_quote(nlp: Any, text: str) -> None:
    assert _pairs(nlp, text) == []


def test_a_mislemmatised_cue_is_still_a_cue(nlp: Any) -> None:
    """The model lemmatises "hoped" as "hop"; the cue "hope" is found all the same."""
    text = "The dockers hoped the new owners would reopen the yard."
    assert _pairs(nlp, text) == [("the new owners would reopen the yard", "hoped", "The dockers")]


def test_a_foreseen_thought_is_the_writers(nlp: Any) -> None:
    """A cognition cue in the future ("will be hoping") is the writer's guess."""
    assert _pairs(nlp, "Many in the valley will be hoping the truce holds.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The singer added a new title to her long resume.", id="added-a-title"),
        pytest.param("The new rules could add a billion dollars to the cost.", id="add-a-sum"),
    ],
)
def test_adding_a_thing_is_no_quote(nlp: Any, text: str) -> None:
    """ "add" reports only a quotation as its object; an added thing is no statement."""
    assert _pairs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“The bus is late again,” Marta Vos shot back with a grin.",
            [("“The bus is late again,”", "shot", "Marta Vos")],
            id="any-verb-with-the-speaker-after-the-quotation",
        ),
        pytest.param(
            "“We fixed the roof,” the caretaker said. “The roof still leaks every winter,” "
            "the tenant grumbled.",
            [
                ("“We fixed the roof,”", "said", "the caretaker"),
                ("“The roof still leaks every winter,”", "grumbled", "the tenant"),
            ],
            id="not-a-continuation-of-the-quote-before",
        ),
    ],
)
def test_verb_after_a_quotation(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _pairs(nlp, text) == expected
