"""An age alone names the person in focus: "The 58-year-old said ..." (no noun after the
age; the tagger reads "58-year-old" as a date) is the person last named, as "the
58-year-old harbour master" is. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Ann Lee, the harbour master, spoke on Monday about the new ferry.\n\n"
    '"It will run all winter," she said.\n\n'
    "The 58-year-old said on Tuesday that the pier had 'never been safer'.\n\n"
    "The 58-year-old denied that fares would rise."
)


def test_an_age_alone_with_said_is_a_quote_of_the_person_in_focus() -> None:
    assert speaker_of(_TEXT, "the pier had") == "Ann Lee"


def test_an_age_alone_with_denied_is_the_person_in_focus() -> None:
    assert speaker_of(_TEXT, "fares would rise") == "Ann Lee"
