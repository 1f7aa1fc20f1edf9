"""An adverbial clause between a cue and its "that" ("said after the report was published
that ...", "said before the meeting began that ...") does not hide the report: the parser
hangs the "that" clause on the adverbial clause or the adverbial clause on it, and either
way the words after "that" are what was said. A participle there ("reported, citing two
aides, that ...") is a relay and stays one. Texts are our own; the whole build runs on the
real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Mayor backs bridge plan\n\n"
    "By Ann Writer\n\n"
    "Mayor Ann Bell, who has opposed the toll, said after the report was published that she "
    'would "study it closely".\n\n'
    "Councillor Joe Park said before the meeting began that he would vote against the plan.\n"
)


def test_a_that_clause_after_an_adverbial_clause_is_reported() -> None:
    assert speaker_of(_TEXT, 'she would "study it closely"') == "Ann Bell"


def test_a_that_clause_hung_on_the_adverbial_verb_is_the_cues() -> None:
    assert speaker_of(_TEXT, "he would vote against the plan") == "Joe Park"
