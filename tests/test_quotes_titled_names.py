"""A personal name after a title is a person's, whatever the tagger makes of it: the small
model may tag "Headteacher Ann Wren" or "Dr Sonia Amoako-Atta" as an organisation, and
splits a double-barrelled surname at its hyphen. Texts are our own; the parse is the real
model."""

from __future__ import annotations

from .conftest import speaker_names, speaker_of

_ROLE_TITLE = (
    "A spokesman for the bus company, Tom Ray, added: 'The buses are safe.'\n\n"
    "Headteacher Caroline Fairlie wrote to parents on Friday evening to say the school would "
    "stay open. The 47-year-old, who has led Elmcroft for six years, said in the letter that "
    "the classrooms had been cleaned twice."
)

_DOUBLE_BARRELLED = (
    '"We are keeping an open mind about the source," said Dr. Sonia Amoako-Atta, a '
    'consultant in health protection with the team. "That includes the canal."\n\n'
    "Dr Sonia Amoako-Atta said on Friday that the canal was being tested."
)


def test_an_age_description_after_a_titled_name_is_that_person() -> None:
    assert speaker_of(_ROLE_TITLE, "the classrooms had") == "Caroline Fairlie"


def test_a_double_barrelled_name_is_one_speaker_in_both_cue_orders() -> None:
    names = speaker_names({"a": _DOUBLE_BARRELLED})
    assert set(names.values()) == {"Sonia Amoako-Atta"}
