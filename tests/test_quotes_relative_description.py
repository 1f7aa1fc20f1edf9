"""A relative pronoun that stands for a definite description ("according to the airport,
which said X") stands for what the description stands for: the body named before it, as
"the airport said X" would. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_which_after_the_airport_is_the_named_airport() -> None:
    text = (
        "Sallow Airport halted all flights on Monday after a fire alarm in the terminal. "
        "Checks went on through the night, according to the airport, which said it had "
        "logged 12 calls."
    )
    name = speaker_of(text, "it had logged 12 calls")
    assert name == "Sallow Airport", name


def test_which_after_the_authority_is_the_named_authority() -> None:
    text = (
        "Residents of Millford say their water has tasted of metal since May. The Fennel "
        "Valley Water Authority has promised new pipes.\n\n"
        "The work will start in June, according to the authority, which said the cost "
        "would be met from reserves."
    )
    name = speaker_of(text, "the cost would be met from reserves")
    assert name is not None and "Water Authority" in name, name
