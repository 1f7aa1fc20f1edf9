"""A name set beside a noun for a business ("Acme Brewing, the local brewer, said")
is a firm's, whatever the tagger made of the name, so a later "the company" means it and
not a firm named before. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of

_TEXT = (
    "Pindar Foods' chief executive, Mira Patel, rejected the claim. She said the firm had "
    "done nothing wrong.\n\n"
    "Instead, she blamed a broken pipe outside the depot.\n\n"
    "Acme Brewing, the local brewer, denied that its plant was involved. In a "
    "statement, the company said the pipe had been fixed by Tuesday."
)


def test_the_company_after_a_name_called_a_supplier_is_that_supplier() -> None:
    assert speaker_of(_TEXT, "the pipe had been") == "Acme Brewing"
