"""A name set beside a noun for a business ("Kelwick Water, the regional supplier, said")
is a firm's, whatever the tagger made of the name, so a later "the company" means it and
not a firm named before. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Ashby Foods' chief executive, Mira Patel, rejected the claim. She said the firm had "
    "done nothing wrong.\n\n"
    "Instead, she blamed a broken pipe outside the depot.\n\n"
    "Kelwick Water, the regional supplier, denied that its network was involved. In a "
    "statement, the company said the pipe had been repaired within six hours."
)


def test_the_company_after_a_name_called_a_supplier_is_that_supplier() -> None:
    assert speaker_of(_TEXT, "the pipe had been") == "Kelwick Water"
