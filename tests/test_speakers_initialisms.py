"""A body named in full with its abbreviation is the same source as the abbreviation."""

from __future__ import annotations

from typing import Any

from .conftest import corpus_speakers


def _speakers(nlp: Any, articles: dict[str, str]) -> list[tuple[str, int]]:
    index = corpus_speakers(nlp, articles)
    return sorted((s.name, s.n_quotes) for s in index.speakers)


def test_an_abbreviation_is_the_body_named_in_full_in_its_article(nlp: Any) -> None:
    text = (
        "The port will close in May, the Harbour Policy Institute (HPI) said on Monday. "
        "According to HPI, the ferry will stop in June."
    )
    assert _speakers(nlp, {"a": text}) == [("Harbour Policy Institute", 2)]


def test_an_abbreviation_with_two_bodies_of_those_initials_stays_apart(nlp: Any) -> None:
    text = (
        "The Harbour Policy Institute said the port will close. The Hill Press Institute said "
        "the ferry will stop. HPI said the bridge will open."
    )
    names = [n for n, _ in _speakers(nlp, {"a": text})]
    assert "HPI" in names


def test_an_abbreviation_is_the_body_another_article_names_in_full(nlp: Any) -> None:
    # Hyphenated words give a letter per part; the full name is in another article.
    first = "The Low-Cost Fares Board said ticket prices will fall."
    second = "The LCFB said on Friday that the rules will change."
    assert _speakers(nlp, {"a": first, "b": second}) == [("Low-Cost Fares Board", 2)]


def test_an_abbreviation_two_bodies_elsewhere_share_stays_apart(nlp: Any) -> None:
    first = "The Harbour Policy Institute said the port will close."
    second = "The Hill Press Institute said the ferry will stop."
    third = "HPI said the bridge will open."
    names = [n for n, _ in _speakers(nlp, {"a": first, "b": second, "c": third})]
    assert "HPI" in names
