"""A post no one is said to own speaks for its writer, an unnamed person of its article."""

from __future__ import annotations

from typing import Any

from .conftest import corpus_speakers


def test_a_forum_post_speaks_for_its_poster(nlp: Any) -> None:
    text = "According to a forum post, the new kettle leaks at the spout."
    index = corpus_speakers(nlp, {"a": text})
    assert [(s.name, s.type) for s in index.speakers] == [("forum poster", "person")]


def test_posters_of_two_articles_stay_apart(nlp: Any) -> None:
    a = "According to a forum post, the new kettle leaks at the spout."
    b = "According to a forum post, the new toaster burns the bread."
    index = corpus_speakers(nlp, {"a": a, "b": b})
    assert sorted(s.docs for s in index.speakers) == [("a",), ("b",)]


def test_an_owned_post_stays_its_owners(nlp: Any) -> None:
    text = "According to a forum post by the Kettle Makers Guild, the new kettle leaks."
    index = corpus_speakers(nlp, {"a": text})
    assert "forum poster" not in [s.name for s in index.speakers]
