"""A claim no position's words say, but an article's headline does: the position argued on
both sides in that article is the dispute over it ("the maker quietly rebuilt the kettle",
argued through its weight). Texts of our own, built with the library."""

from __future__ import annotations

from typing import Any

from kg.query import answer_question
from kg.query.headlines import headed_dispute

from .conftest import corpus_graph

_HEADLINE = "Zephyr may have quietly rebuilt its kettle, a reader suggests.\n\n"
_READER = "Reader Tom Hale said his new one weighs 40 grams more than his old one. "
_TESTER = "Tester Ana Cruz said her new unit does not weigh 40 grams more than the first unit."
_LID = (
    "Steam leaks from the lid, owners say.\n\n"
    "Owner Ida Long said the lid leaks steam. Engineer Bo Lind said the lid does not leak."
)


def _sides(g: Any, question: str) -> set[tuple[str, str | None]]:
    return {(a.speaker, a.stance) for a in answer_question(g, question).answers}


def test_the_dispute_argued_under_the_headline_answers(nlp: Any) -> None:
    g = corpus_graph(nlp, {"a": _HEADLINE + _READER + _TESTER, "b": _LID})
    assert headed_dispute(g, "zephyr secretly rebuilt its kettle") is not None
    doubts = _sides(g, "who doubts that Zephyr secretly rebuilt its kettle")
    assert doubts == {("Ana Cruz", "disputes")}
    says = _sides(g, "who says Zephyr secretly rebuilt its kettle")
    assert says == {("Tom Hale", "supports")}


def test_a_headline_over_one_side_only_names_no_dispute(nlp: Any) -> None:
    g = corpus_graph(nlp, {"a": _HEADLINE + _READER, "b": _LID + " " + _TESTER})
    assert headed_dispute(g, "zephyr secretly rebuilt its kettle") is None
