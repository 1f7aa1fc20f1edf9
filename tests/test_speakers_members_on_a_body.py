"""People told by the named body they sit on ("Independent members on Hallam County
Council", "the mayor's opponents on Hallam County Council") keep the body in their name:
it is who they are, as "an engineer at the depot" keeps the depot. A weekday or a site
after "on" is no body. Texts are our own; the whole build runs on the real model."""

from __future__ import annotations

from kg.extract.names import parse_phrase

from .conftest import speaker_of

_TEXT = (
    "Levy row\n\n"
    "The mayor said on Monday the levy would stay.\n\n"
    "Independent members on Hallam County Council voted against the budget and said the "
    "levy was unfair.\n\n"
    "The mayor's opponents on Hallam County Council said they would take the case to court.\n"
)


def test_a_group_keeps_the_body_it_sits_on() -> None:
    assert speaker_of(_TEXT, "the levy was unfair") == (
        "Independent members on Hallam County Council"
    )
    assert speaker_of(_TEXT, "they would take") == "mayor's opponents on Hallam County Council"


def test_a_weekday_or_a_site_is_no_body() -> None:
    assert parse_phrase("officials on Monday").name == "officials"
    assert parse_phrase("critics on Twitter").name == "critics"
