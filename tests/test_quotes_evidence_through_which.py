"""A method or thing that "revealed" or "showed" something through a relative clause
("Divers used sonar mapping, which showed that the wreck had shifted") is the reporter's
evidence, no source; a person in the same frame still speaks. Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

_TEXT = (
    "Wreck row\n\n"
    "Divers used sonar mapping, which showed that the wreck had shifted in the storm.\n\n"
    "Ann Lee, who said that the wreck was safe, was not available.\n"
)


def test_a_method_that_showed_something_is_no_source(nlp: Any) -> None:
    texts = [q.text for q in extract_quotes(nlp(_TEXT), "t")]
    assert not any("had shifted" in t for t in texts), texts
    assert "the wreck was safe" in texts, texts
