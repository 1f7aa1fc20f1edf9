"""The text of a parse, joined once (kg.extract.nlp.doc_text): the parse keeps the text it
was made from, and what extraction reads is exactly ``doc.text``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg.extract.nlp as kg_nlp
from kg.extract.nlp import Unparsed, doc_text, parse_bounded
from kg.run.parses import ParseCache, parse_with_cache

TEXTS = [
    "The mayor said the bridge would reopen.\n\nCritics said it was unsafe.",
    "  Leading spaces, a tab\tand a trailing line break.\n",
    "",
]


def test_a_parse_keeps_the_text_it_was_made_from(nlp: Any) -> None:
    for text, doc in zip(TEXTS, parse_bounded(TEXTS, nlp), strict=True):
        assert not isinstance(doc, Unparsed)
        assert doc_text(doc) is text  # the same string: nothing joined
        assert doc_text(doc) == doc.text


def test_a_text_parsed_in_pieces_keeps_it_too(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg_nlp, "PIECE_CHARS", 60)
    text = "\n".join(f"Officer {k} said the road was closed for repairs." for k in range(6))
    (doc,) = parse_bounded([text], nlp)
    assert not isinstance(doc, Unparsed)
    assert doc_text(doc) is text
    assert doc_text(doc) == doc.text


def test_any_other_doc_is_joined_once(nlp: Any) -> None:
    doc = nlp("The council said the budget was short.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first


def test_a_parse_from_the_cache_keeps_its_text(nlp: Any, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path, "model")
    list(parse_with_cache(TEXTS[:1], nlp, cache, 4))  # parsed and stored
    (doc,) = parse_with_cache(TEXTS[:1], nlp, cache, 4)
    assert cache.hits == 1
    assert not isinstance(doc, Unparsed)
    assert doc_text(doc) is TEXTS[0]
