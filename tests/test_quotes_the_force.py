""" "The force" is a police force: it refers back to the latest police body named ("the Fenwick
Constabulary", "Orbury Police"), not to whatever organisation was named last (a
university a researcher works at). Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_force_is_the_police_not_the_university_named_last() -> None:
    text = (
        "Orbury Police said on Monday that its inquiries were continuing.\n\n"
        "The force has also rejected the idea, first raised by Kelby University lecturer Ann "
        "Voss, that a patrol car caused the crash. According to the force, its own car "
        '"was parked at the station all night".'
    )
    name = speaker_of(text, "its own car")
    assert name == "Orbury Police", name


def test_the_force_is_a_constabulary() -> None:
    text = (
        "Fenwick Constabulary opened an inquiry into the fire on Tuesday. A spokesman for "
        "the Marle Rowing Club said the boathouse had been empty.\n\n"
        "The force said the fire had started in a bin."
    )
    name = speaker_of(text, "the fire had started")
    assert name == "Fenwick Constabulary", name
