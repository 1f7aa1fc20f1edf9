""" "The boss of Kelby Hospital last night insisted ..." in a lede, then "Ann Castle, the
hospital's chief executive, said ..." in the next paragraph: "boss" is an office one person
holds in a body, like "head" or "chief", so the lede's speaker is the chief executive named
next. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Hospital boss defends ward closure\n\n"
    "The boss of Kelby Hospital last night insisted she would shut the ward again 'in a "
    "heartbeat', as doubts about the infection grew.\n\n"
    "Ann Castle, the hospital's chief executive, said the closure had been 'the only safe "
    "choice'."
)


def test_the_boss_of_a_body_in_a_lede_is_its_chief_named_next() -> None:
    assert speaker_of(_TEXT, "she would shut the ward again") == "Ann Castle"
