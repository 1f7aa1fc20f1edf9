"""Reports inside a relative clause whose pronoun is the subject of what was said.

"the fee, which critics said was unfair": the critics said the fee was unfair. The relative
pronoun and the speaker stand before the cue, so the content is the reported clause after
it, as for "X, whom the mayor claimed drafted Y" (tests/test_quotes.py). Each text here is
written for the test; before the rule the report was dropped, its content (from "which")
holding its own speaker.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import Quote, extract_quotes


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The council approved the new parking rule on Monday, which critics said was"
            " unfair to shop owners.",
            "was unfair to shop owners",
            "critics",
        ),
        (
            "The board delayed the vote, a move that parents say will hurt the school.",
            "will hurt the school",
            "parents",
        ),
    ],
)
def test_which_someone_said_was_x_is_their_report(
    nlp: Any, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _pairs(nlp, text)


def test_the_outer_report_keeps_the_relative_clause_whole(nlp: Any) -> None:
    text = "Ann Lee praised the water plan, which she said would save the town money."
    assert _pairs(nlp, text) == [
        ("the water plan, which she said would save the town money", "Ann Lee"),
        ("would save the town money", "she"),
    ]


def test_a_relative_pronoun_that_is_the_object_gives_no_report(nlp: Any) -> None:
    # "the figure that she said": the pronoun is what was said, no clause follows
    text = "Reporters checked the figure that the mayor said on Monday."
    assert all(q.mention is None or q.mention.text != "the mayor" for q in _quotes(nlp, text))
