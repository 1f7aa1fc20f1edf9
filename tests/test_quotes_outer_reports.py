"""Outer reports of a report in the learned mode: "Ann Lee said the mayor claimed X".

The rules give a report of a report to the innermost source (the mayor claimed X); the outer
report, cut before the inner one, goes when nothing is left of it. With the learned
attributions on, the outer report comes back whole, flagged learned, and the inner report it
holds makes way (an annotated corpus gives the whole to the outer source). Each text here is
written for the test; the default build is unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes

_TEXTS = [
    (
        "Ann Lee said the mayor claimed the new dam was safe.",
        "the mayor claimed the new dam was safe",
        "Ann Lee",
        "the new dam was safe",
    ),
    (
        "The water board said the farmers claimed that the levy was unfair.",
        "the farmers claimed that the levy was unfair",
        "The water board",
        "the levy was unfair",
    ),
]


def _rows(nlp: Any, text: str, learned: bool) -> list[tuple[str, str | None, bool]]:
    quotes = extract_quotes(nlp(text), "t", learned=learned)
    return [(q.text, q.mention.text if q.mention else None, q.learned) for q in quotes]


@pytest.mark.parametrize(("text", "outer", "speaker", "inner"), _TEXTS)
def test_the_outer_report_comes_back_whole_in_the_learned_mode(
    nlp: Any, text: str, outer: str, speaker: str, inner: str
) -> None:
    rows = _rows(nlp, text, learned=True)
    assert (outer, speaker, True) in rows
    assert not any(content == inner for content, _, _ in rows)


@pytest.mark.parametrize(("text", "outer", "speaker", "inner"), _TEXTS)
def test_the_default_build_keeps_the_inner_report_only(
    nlp: Any, text: str, outer: str, speaker: str, inner: str
) -> None:
    rows = _rows(nlp, text, learned=False)
    assert [content for content, _, _ in rows] == [inner]


def test_a_relayed_clause_makes_way_for_the_relay_and_a_quotation_stays(nlp: Any) -> None:
    # "X said Y, according to Z": Z's report holds X's clause; a quotation keeps its speaker.
    text = "According to the town radio, Ann Lee said the pool would open in May."
    rows = _rows(nlp, text, learned=True)
    assert rows == [("Ann Lee said the pool would open in May", "the town radio", True)]
    quoted = '"We will open the pool in May," Ann Lee said, according to the town radio.'
    assert ('"We will open the pool in May,"', "Ann Lee", False) in _rows(nlp, quoted, True)
