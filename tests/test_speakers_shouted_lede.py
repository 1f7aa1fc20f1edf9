"""A lede set in capitals ("A GEOLOGIST hired by residents says ...", a British house style)
describes its speaker; the capitals make no name of "GEOLOGIST", so the person named at the
start of the next paragraph is that speaker. Texts are our own; the whole build runs on
the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Old mill is sinking, says geologist\n\n"
    "By Tom Pindar, Property Correspondent\n\n"
    "A GEOLOGIST hired by residents says the old mill on Quay Street is sinking into the "
    "river bank.\n\n"
    "Mara Kettleby, 51, told the Courier the floors had dropped by an inch in a year.\n"
)


def test_a_lede_in_capitals_is_the_person_named_next() -> None:
    assert speaker_of(_TEXT, "the old mill on Quay Street") == "Mara Kettleby"
