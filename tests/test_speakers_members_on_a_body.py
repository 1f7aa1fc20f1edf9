"""People told by the named body they sit on ("Opposition members on Tarlow Town Council",
"the board's critics on Tarlow Town Council") keep the body in their name: it is who they
are, as "an engineer at the depot" keeps the depot. A weekday or a site after "on" is no
body. Texts are our own; the whole build runs on the real model."""

from __future__ import annotations

from kg.extract.names import parse_phrase

from .conftest import speaker_of

_TEXT = (
    "Pier row\n\n"
    "The harbour board said on Monday the pier would close.\n\n"
    "The board's critics on Tarlow Town Council said on Thursday they would ask the "
    "auditors to review the costs.\n\n"
    "Opposition members on Tarlow Town Council accused the board of hiding the costs.\n"
)


def test_a_group_keeps_the_body_it_sits_on() -> None:
    assert speaker_of(_TEXT, "the board of hiding") == ("Opposition members on Tarlow Town Council")
    assert (
        speaker_of(_TEXT, "on Thursday they would ask") == "board's critics on Tarlow Town Council"
    )


def test_a_weekday_or_a_site_is_no_body() -> None:
    assert parse_phrase("officials on Monday").name == "officials"
    assert parse_phrase("critics on Twitter").name == "critics"
