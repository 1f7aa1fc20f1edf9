"""In single quotation marks, a mark after a word ending in an "s" that makes no plural
('outrageous', 'a crisis', 'the boss') closes the quote; after a plural it may be a
possessive ("the councillors' vote") and the quote goes on. Texts are our own."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes, quote_regions

_TEXT = (
    "Fares row\n\n"
    "Jo Pike, who speaks for the commuters' group, said the fare rise was 'outrageous' and "
    "would hurt families. 'We were never consulted, not once,' she said.\n\n"
    "'The councillors' vote was a farce,' he said.\n"
)


def test_a_mark_after_a_non_plural_s_closes_the_quote() -> None:
    regions = [_TEXT[a:b] for a, b in quote_regions(_TEXT)]
    assert "'We were never consulted, not once,'" in regions, regions
    assert "'The councillors' vote was a farce,'" in regions, regions


def test_the_direct_quote_after_a_scare_quote_is_its_own(nlp: Any) -> None:
    texts = [q.text for q in extract_quotes(nlp(_TEXT), "t")]
    assert "'We were never consulted, not once,'" in texts, texts
