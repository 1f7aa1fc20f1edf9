"""An opinion piece's quoted title is its publisher's words; other titles are no quotes."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {q.text: q.mention.text if q.mention else None for q in extract_quotes(nlp(text), "a")}


def test_a_paper_that_ran_an_editorial_titled_says_its_title(nlp: Any) -> None:
    text = "The Harbour Herald ran an editorial titled \u201cThe port must stay open.\u201d"
    assert _found(nlp, text) == {"\u201cThe port must stay open.\u201d": "The Harbour Herald"}


def test_the_title_of_an_album_is_no_quote(nlp: Any) -> None:
    text = "The band released an album titled \u201cBlue Harbour.\u201d"
    assert _found(nlp, text) == {}
