"""Cues that report speech only in one frame (lemma and complement: kg.lexicon.FRAMED_CUES)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import Quote, cue_frame, extract_quotes
from kg.lexicon import FRAMED_CUES


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


#: One sentence per pair of the table, with the content and the speaker it gives.
FRAMED = [
    pytest.param(
        "The governor implied that the budget would be cut again next year.",
        "the budget would be cut again next year",
        "The governor",
        id="imply-that",
    ),
    pytest.param(
        "The senator bemoaned the slow pace of the repairs.",
        "the slow pace of the repairs",
        "The senator",
        id="bemoan-obj",
    ),
    pytest.param(
        "The mayor congratulated the rowing team for its win.",
        "the rowing team for its win",
        "The mayor",
        id="congratulate-obj",
    ),
    pytest.param(
        "The minister noted the rising cost of rent in the capital.",
        "the rising cost of rent in the capital",
        "The minister",
        id="note-obj",
    ),
    pytest.param(
        "Ann Lee portrayed the defeat as a lesson for the young players.",
        "the defeat as a lesson for the young players",
        "Ann Lee",
        id="portray-obj",
    ),
    pytest.param(
        "The candidate talked trade policy in a speech on Monday.",
        "trade policy",
        "The candidate",
        id="talk-obj",
    ),
    pytest.param(
        "The director apologized for the long delays at the airport.",
        "the long delays at the airport",
        "The director",
        id="apologize-for",
    ),
    pytest.param(
        "The chairman apologised for the long queues at the border.",
        "the long queues at the border",
        "The chairman",
        id="apologise-for",
    ),
    pytest.param(
        "The chairwoman commented on the new rules for the harbour.",
        "the new rules for the harbour",
        "The chairwoman",
        id="comment-on",
    ),
    pytest.param(
        "Ann Lee referred to the mayor as a friend of the city.",
        "the mayor as a friend of the city",
        "Ann Lee",
        id="refer-to-as",
    ),
    pytest.param(
        "Bo Diaz agreed to freeze the rents for a year.",
        "to freeze the rents for a year",
        "Bo Diaz",
        id="agree-inf",
    ),
    pytest.param(
        "Acme Corp balked at the offer of a two percent raise.",
        "the offer of a two percent raise",
        "Acme Corp",
        id="balk-at",
    ),
    pytest.param(
        "She preferred the old schedule of long shifts.",
        "the old schedule of long shifts",
        "She",
        id="prefer-obj",
    ),
]


@pytest.mark.parametrize(("text", "content", "mention"), FRAMED)
def test_a_verb_in_its_frame_is_a_cue(nlp: Any, text: str, content: str, mention: str) -> None:
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].mention is not None and quotes[0].mention.text == mention


#: The same verbs out of their frame, without a speaker, or not reporting anything said.
NOT_FRAMED = [
    pytest.param("The data imply that rents will rise again.", id="thing-for-a-subject"),
    pytest.param("The defeat was portrayed as a lesson for the players.", id="passive"),
    pytest.param("The chairwoman did not comment on the new rules.", id="negated"),
    pytest.param(
        "The chairwoman declined to comment on the new rules for the harbour.", id="refused"
    ),
    pytest.param(
        "The harbour board declined to speculate on why the ferry sank.", id="refused-speculate"
    ),
    pytest.param("The chairwoman did not want to comment on the new rules.", id="not-wanted"),
    pytest.param(
        "The chairwoman, who rarely comments on court cases, left the hall early.", id="habit"
    ),
    pytest.param(
        "If the mayor had congratulated the team, nobody would have minded.", id="condition"
    ),
    pytest.param(
        "It would have been kind had the mayor congratulated the team.", id="inverted-condition"
    ),
    pytest.param("Ann Lee would comment on the rules only after the vote.", id="would"),
    pytest.param("The new rules imply a cut in the budget.", id="imply-without-clause"),
    pytest.param("Ann Lee referred to the mayor in her speech.", id="refer-to-without-as"),
]


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_out_of_frame_or_unsaid_is_no_quote(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "verb", "frame"),
    [
        ("She implied that it was over.", "implied", "that"),
        ("She asked whether it was over.", "asked", "wh"),
        ("She agreed to go.", "agreed", "inf"),
        ("She noted the risk.", "noted", "obj"),
        ("She balked at the price.", "balked", "at"),
        ("She referred to him as a friend.", "referred", "to as"),
        ("She left.", "left", "-"),
    ],
)
def test_cue_frame(nlp: Any, text: str, verb: str, frame: str) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert cue_frame(tok) == frame


def test_the_table_is_lemma_and_frame_pairs() -> None:
    frames = {"that", "wh", "clause", "inf", "obj"}
    for entry in FRAMED_CUES:
        lemma, frame = entry.split(" ", 1)
        assert lemma.isalpha() and lemma.islower()
        assert frame in frames or all(p.isalpha() and p.islower() for p in frame.split(" "))
