"""'The forum went wild with rumours that X': a place of talk reports what it fills with."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {q.text: q.mention.text if q.mention else None for q in extract_quotes(nlp(text), "a")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The city's forums went crazy this week with reports that the mayor had resigned.",
            "The city's forums",
        ),
        (
            "The network, the country's biggest forum, was abuzz with rumours that the mayor "
            "had resigned.",
            "The network",
        ),
    ],
)
def test_a_place_of_talk_filled_with_claims_reports_them(nlp: Any, text: str, speaker: str) -> None:
    assert _found(nlp, text) == {"the mayor had resigned": speaker}


def test_one_confronted_with_claims_does_not_report_them(nlp: Any) -> None:
    assert _found(nlp, "The mayor was confronted with reports that he had resigned.") == {}
