"""Formulas that deny nothing argued about: "no rush" or "no hurry" ("Lee-Roe merger: no
rush, the board will wait") is no denial of the merger, and "refused to be drawn" (on it) is
the no-comment formula, no statement. Texts of our own."""

from __future__ import annotations

from kg.query.matching import Statement
from kg.query.reading import content_negated
from kg.query.sides import denies
from kg.run.pipeline import build_from_texts


def _said(text: str) -> Statement:
    return Statement("speaker:x", "a", 0, len(text), text, "wrote", "she", None, {})


def test_no_rush_denies_nothing() -> None:
    text = "Lido-Harbour merger: no rush. The board will wait for the spring."
    assert not content_negated(text)
    assert not denies(_said(text), ["lido", "harbour", "merger"])


def test_no_merger_still_denies() -> None:
    text = "Lido-Harbour talks: no merger. The board will wait for the spring."
    assert denies(_said(text), ["lido", "harbour", "merger"])


def test_refusing_to_be_drawn_reports_nothing() -> None:
    text = (
        "Merger talks stall\n\n"
        "By Tom Vale\n\n"
        "The lido's chair, Ann Lee, again refused to be drawn.\n\n"
        'Lee said the board was "in no position" to comment.\n'
    )
    quotes = [q.text for q in build_from_texts({"a": text}).quotes]
    assert not any("drawn" in q for q in quotes)
