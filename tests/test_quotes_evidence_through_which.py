"""A method or thing that "revealed" or "showed" something through a relative clause
("examined with ultrasound scanning, which revealed a crack ...") is the reporter's
evidence, no source; a person or body in the same frame still speaks. Texts are our own;
the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

_TEXT = (
    "Pier row\n\n"
    "The deck was examined with ultrasound scanning, which revealed a crack and a patch of "
    "rot that a builder would have had no reason to hide.\n\n"
    "Ann Lee, who said that the pier was safe, was not available.\n"
)


def test_a_method_that_revealed_something_is_no_source(nlp: Any) -> None:
    quotes = extract_quotes(nlp(_TEXT), "t")
    texts = [q.text for q in quotes]
    assert not any("no reason to hide" in t for t in texts), texts
    assert "the pier was safe" in texts, texts
