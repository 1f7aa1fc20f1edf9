""" "The ex-captain" is the person introduced as "a former ferry captain": the words for a past
holder of a role ("ex-", "former", "onetime", "retired") are one another's variants when a
description refers back to a named person. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_ex_captain_is_the_former_captain_named_before() -> None:
    text = (
        "Ola Brandt, a former ferry captain who now runs a boatyard, said the crossing had "
        "never been safe in winter. The ex-captain added that the harbour lights were too dim."
    )
    name = speaker_of(text, "the harbour lights were too dim")
    assert name == "Ola Brandt", name


def test_the_ex_captain_is_not_whoever_spoke_last() -> None:
    text = (
        "Ola Brandt, a former ferry captain who now runs a boatyard, said the crossing had "
        "never been safe in winter. Harbour master Jim Roe said the timetable would not "
        "change. The ex-captain added that the harbour lights were too dim."
    )
    name = speaker_of(text, "the harbour lights were too dim")
    assert name == "Ola Brandt", name
