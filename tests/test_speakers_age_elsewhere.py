""" "The 52-year-old said" in an article that gives no one that age is the one person another
article of the corpus gives it ("Ann Lee, 52,"), not whoever its own article named last.
Texts are our own; the build is the real one."""

from __future__ import annotations

from kg.extract.mentions import given_age

from .conftest import speaker_names

_FIRST = (
    "Baker fined over stale bread\n\nBy Sam Ode\n\n"
    "A baker was fined on Monday for selling stale bread. Lee, 52, has run the shop in "
    "Quenford since 2001. Her lawyer, Tom Ray, said she would appeal."
)
_SECOND = (
    "Baker vows to fight fine\n\nBy Jo Penn\n\n"
    "Ann Lee was fined on Monday for selling stale bread at her shop in Quenford.\n\n"
    'Her lawyer, Tom Ray, said the inspectors had made a mistake. "She bakes every loaf '
    'herself," Mr Ray said.\n\n'
    'Speaking outside the court, {desc} said: "I will keep baking."'
)


def test_an_age_given_in_another_article_names_the_speaker() -> None:
    names = speaker_names({"a": _FIRST, "b": _SECOND.format(desc="the 52-year-old")})
    assert names['"I will keep baking."'] == "Ann Lee"
    assert names['"She bakes every loaf herself,"'] == "Tom Ray"


def test_an_age_nobody_was_given_stays_with_the_person_in_focus() -> None:
    names = speaker_names({"a": _FIRST, "b": _SECOND.format(desc="the 47-year-old")})
    assert names['"I will keep baking."'] == "Tom Ray"


def test_the_age_after_a_name() -> None:
    assert given_age("Lee, 52, has run the shop.", 3) == 52
    assert given_age("Lee, aged 52, runs it.", 3) == 52
    assert given_age("Lee, the baker, runs it.", 3) is None
