"""An asserting adjective after "be" reports a clause as "insisted that" does ("was adamant
that X"); a belief adjective ("was confident that") and a negated one report nothing. Texts
are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "The coach was adamant that the transfer had nothing to do with money.",
            "the transfer had nothing to do with money",
            "The coach",
        ),
        ("Mr Osei was emphatic that no offer had been made.", "no offer had been made", "Mr Osei"),
    ],
)
def test_an_asserting_adjective_reports_its_clause(
    nlp: Any, text: str, content: str, mention: str
) -> None:
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == [content]
    assert quotes[0].mention is not None and quotes[0].mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "The coach was confident that the transfer would go through.",
        "Mr Osei was not adamant that the offer was too low.",
    ],
)
def test_belief_and_negation_report_nothing(nlp: Any, text: str) -> None:
    assert extract_quotes(nlp(text), "t") == []
