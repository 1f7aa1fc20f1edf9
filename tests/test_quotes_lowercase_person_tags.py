"""The model sometimes tags a common noun in lowercase as a person ("the retired lorry
driver"): a name is written with capitals, so the phrase is a description of someone named
before, not a speaker of its own. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_lowercase_role_tagged_as_a_person_is_a_description() -> None:
    text = (
        "Cat saves pensioner\n\n"
        "Bert Nolan, 79, was asleep when the fire started.\n\n"
        "'I heard the cat and woke up,' Mr Nolan said.\n\n"
        "The retired lorry driver said firefighters arrived within minutes.\n"
    )
    assert speaker_of(text, "firefighters arrived") == "Bert Nolan"
