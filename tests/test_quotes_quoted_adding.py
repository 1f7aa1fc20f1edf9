"""'X was quoted as saying A, adding that B': B is X's too."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def test_adding_after_quoted_as_saying_is_the_quoted_ones(nlp: Any) -> None:
    text = (
        "\u201cI heard the ferry broke down in June,\u201d the source was quoted as saying, "
        "adding that the captain had left the harbour."
    )
    found = {q.text: q.mention.text if q.mention else None for q in extract_quotes(nlp(text), "a")}
    assert found.get("the captain had left the harbour") == "the source"


def test_adding_after_an_active_cue_is_still_its_subjects(nlp: Any) -> None:
    text = "The mayor said the port would close, adding that the ferry would stay."
    found = {q.text: q.mention.text if q.mention else None for q in extract_quotes(nlp(text), "a")}
    assert found.get("the ferry would stay") == "The mayor"
