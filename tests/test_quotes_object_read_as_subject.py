""" "Said the shutdown on Tuesday and Wednesday, which left 600 travellers stranded, had been
the only choice": when the parser takes a long subject (one with a relative clause) for the
object of "said" and leaves the reported clause without a subject, the object is that clause's
subject and part of what was said. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_a_long_subject_read_as_the_object_of_said_is_part_of_the_content() -> None:
    text = (
        "Ann Lee, the port's director, said the closure on Tuesday and Wednesday, which left "
        "more than 6,000 travellers stranded, had been the only responsible decision."
    )
    names = speaker_names({"a": text})
    content = (
        "the closure on Tuesday and Wednesday, which left more than 6,000 travellers "
        "stranded, had been the only responsible decision"
    )
    assert names.get(content) == "Ann Lee", names
