"""An age description with an apposition ("The 38-year-old, a nurse, said that X") is the
subject of its verb even when the parser hangs the age on the verb as a modifier, and it is
the person in focus. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Ann Lee, whose husband is ill, spoke on Monday.\n\n"
    "The 38-year-old, a nurse, said her husband had not been near the canal that night."
)


def test_an_age_with_an_apposition_hung_on_the_verb_is_its_speaker() -> None:
    assert speaker_of(_TEXT, "her husband had not been") == "Ann Lee"
