"""A speech participle after a paper speaks for whoever issued or sent the paper ("the club
issued a statement saying X"); a paper someone was handed says nothing for them; refusing to
answer or respond is no statement."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _quotes(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "The rowing club issued a statement saying the coach had resigned.",
            "the coach had resigned",
            "The rowing club",
            id="issued-a-statement-saying",
        ),
        pytest.param(
            "The news puts pressure on the rowing club, which on Monday issued a statement "
            "saying the coach had resigned.",
            "the coach had resigned",
            "the rowing club",
            id="which-issued-a-statement-saying",
        ),
        pytest.param(
            "The water board sent residents a notice warning that the wells were unsafe.",
            "the wells were unsafe",
            "The water board",
            id="sent-a-notice-warning",
        ),
    ],
)
def test_a_paper_speaks_for_its_issuer(nlp: Any, text: str, content: str, speaker: str) -> None:
    assert _quotes(nlp, text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tom Ray was called to the town hall on Monday and handed a letter declaring him "
            "unfit for office. He has until Friday to appeal.",
            id="handed-a-letter-declaring-him",
        ),
        pytest.param("Tom Ray received a letter saying his lease had ended.", id="received"),
        pytest.param("Outside the court, he declined to answer questions.", id="declined-answer"),
        pytest.param("She refused to respond to the claims.", id="refused-respond"),
    ],
)
def test_no_statement(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []
