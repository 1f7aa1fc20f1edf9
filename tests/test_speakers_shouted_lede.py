"""A lede set in capitals ("AN ENGINEER who inspected the pier has said ...", a British
house style) describes its speaker; the capitals make no name of "ENGINEER", so the person
named at the start of the next paragraph is that speaker. Texts are our own; the whole
build runs on the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Pier may be unsafe, says engineer\n\n"
    "By Tom Ashby, Transport Correspondent\n\n"
    "AN ENGINEER who inspected the Tarlow pier has said it may be unsafe, casting doubt on "
    "the council's plans.\n\n"
    "Mara Kettleby, who surveyed the pier for the insurers in 2019, told the Courier that "
    "the piles were rotten.\n"
)


def test_a_lede_in_capitals_is_the_person_named_next() -> None:
    assert speaker_of(_TEXT, "it may be unsafe") == "Mara Kettleby"
