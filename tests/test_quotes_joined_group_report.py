"""A reported clause ends where a second source and its own report are joined to it, also
when that source is a body named by its members ("a group of 40 families") and its verb a
present perfect ("has written"). Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Parents are unconvinced. Ann Lee, whose son was admitted to hospital, told the Daily "
    'Post that "every child I know who is ill had the pies," and a group of 43 families has '
    "written to the council asking for the bakery to be stripped of its school contracts."
)


def test_a_quoted_that_clause_stops_before_a_group_that_has_written() -> None:
    names = speaker_names({"a": _TEXT})
    assert names.get('"every child I know who is ill had the pies,"') == "Ann Lee"


def test_a_second_that_clause_of_the_same_report_stays_in() -> None:
    text = (
        'Owen Pryce, who runs the Harbour Press Agency in Tolby, said he "never discusses '
        'money" but that the Ashworths had told their story in good faith.'
    )
    names = speaker_names({"a": text})
    assert any(q.endswith("in good faith") for q in names), names
