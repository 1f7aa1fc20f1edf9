"""One-word answers a verb of saying reports: "Asked if he would run, Lee said no".

Polls and interviews report answers as "half of the members said yes", "the mayor said
no to the levy", "most of them said so": the answer word right after the verb is what
was said. Each text here is written for the test; before the rule the one-word content
was dropped as too short.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Asked if he would run again, the mayor said no.", "no", "the mayor"),
        (
            "Asked whether the dam was safe, 61 percent of the members said yes.",
            "yes",
            "61 percent of the members",
        ),
        ("Half of the crew said so, and the rest stayed quiet.", "so", "Half of the crew"),
        (
            "The council said no to the new parking levy.",
            "no to the new parking levy",
            "The council",
        ),
    ],
)
def test_an_answer_word_after_a_verb_of_saying_is_the_report(
    nlp: Any, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said so many times that the crew stopped listening.",  # "so many": no answer
        "Ann Lee would not say so.",  # a withheld answer
    ],
)
def test_no_answer_where_the_word_opens_a_phrase_or_the_cue_is_negated(nlp: Any, text: str) -> None:
    assert not any(c in ("so", "no", "yes") for c, _ in _pairs(nlp, text))
