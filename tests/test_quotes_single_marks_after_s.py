"""In single quotation marks, a mark after a word ending in an "s" that makes no plural
('ridiculous', 'a crisis', 'the boss') closes the quote; after a plural it may be a
possessive ("the councillors' vote") and the quote goes on. Texts are our own."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes, quote_regions

_TEXT = (
    "Pier row\n\n"
    "Cllr Jo Pike, who chairs the harbour committee, said it was 'ridiculous' to suggest the "
    "board had timed the vote. 'I have known about this plan since March,' she said.\n\n"
    "'The councillors' vote was a farce,' he said.\n"
)


def test_a_mark_after_a_non_plural_s_closes_the_quote() -> None:
    regions = [_TEXT[a:b] for a, b in quote_regions(_TEXT)]
    assert "'I have known about this plan since March,'" in regions, regions
    assert "'The councillors' vote was a farce,'" in regions, regions


def test_the_direct_quote_after_a_scare_quote_is_its_own(nlp: Any) -> None:
    texts = [q.text for q in extract_quotes(nlp(_TEXT), "t")]
    assert "'I have known about this plan since March,'" in texts, texts
