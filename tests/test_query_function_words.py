"""A described claim is matched by its content words: "as" in "as soon as it was safe"
names nothing (it matched every statement with an "as" in it, twice)."""

from __future__ import annotations

from kg.query.matching import asked_words


def test_as_is_no_word_of_a_claim() -> None:
    assert asked_words("the crew ordered the evacuation as soon as it was safe") == [
        "crew",
        "ordered",
        "evacuation",
        "soon",
        "safe",
    ]
