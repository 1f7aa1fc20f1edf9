"""Bare users ("some users explained why ...") are the one public of a product the corpus
names, unless a second public is named or the text sets them apart ("another user")."""

from __future__ import annotations

from typing import Any

from .conftest import corpus_speakers

_NAMED = "Some Zephyr kettle owners say the lid snaps off when the water boils."
_BARE = "The kettle was recalled, with some users explaining why the lid can snap off."


def _speaker_of(index: Any, doc: str) -> set[str]:
    by_id = {s.id: s.name for s in index.speakers}
    return {by_id[sid] for (d, _, _), sid in index.by_quote.items() if d == doc}


def test_bare_users_are_the_one_public_the_corpus_names(nlp: Any) -> None:
    index = corpus_speakers(nlp, {"a": _NAMED, "b": _BARE})
    assert _speaker_of(index, "b") == _speaker_of(index, "a") == {"Some Zephyr kettle owners"}


def test_bare_users_stay_unnamed_beside_two_publics(nlp: Any) -> None:
    other = "Several Brisa toaster buyers said the toaster burns the bread."
    index = corpus_speakers(nlp, {"a": _NAMED, "b": _BARE, "c": other})
    assert _speaker_of(index, "b") == set()


def test_bare_users_stay_unnamed_with_no_public_named(nlp: Any) -> None:
    index = corpus_speakers(nlp, {"b": _BARE})
    assert _speaker_of(index, "b") == set()


def test_another_user_is_not_the_public(nlp: Any) -> None:
    joke = "Another user joked that the kettle doubles as a paperweight."
    index = corpus_speakers(nlp, {"a": _NAMED, "b": joke})
    assert _speaker_of(index, "b") == set()
