"""A lede that describes its speaker by a job and a workplace ("A former clerk at the water
board has accused ...") names that person at the start of the next paragraph, as a bare
description does ("A poll worker says ..."): the description turns on "clerk", not on the
workplace's last word. Texts are our own; the whole build runs on the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Former clerk says water board hid leaks\n\n"
    "By Ann Writer\n\n"
    "A former data manager at Ridgeway Water Board has accused the board of hiding hundreds "
    "of leaks from inspectors, a claim the board denied on Tuesday.\n\n"
    "John Fenner, who worked in the board's finance office until May, said the figures had "
    "been wrong for years.\n\n"
    '"It was done every month," Fenner said.\n'
)


def test_a_lede_description_with_a_workplace_is_the_person_named_next() -> None:
    assert speaker_of(_TEXT, "the board of hiding") == "John Fenner"
