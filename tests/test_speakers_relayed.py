"""Unnamed sources a relay passes on: named by the relay, never the relay itself."""

from __future__ import annotations

from typing import Any

from kg.assemble.speakers import resolve_speakers
from kg.extract.mentions import collect_mentions
from kg.extract.quotes import extract_quotes

from .conftest import corpus_speakers


def test_the_source_a_paper_cites_is_the_papers_source(nlp: Any) -> None:
    text = (
        "The mayor broke his wrist in May, the Valley Herald reported on Monday, citing an "
        "unnamed source.\n\n\u201cHe fell from his bicycle near the harbour,\u201d the source "
        "was quoted as saying, adding that he had an operation in June."
    )
    doc = nlp(text)
    quotes = extract_quotes(doc, "a")
    index = resolve_speakers(quotes, collect_mentions(doc, "a"))
    by_content = {q.text: index.speaker_of(q) for q in quotes}
    fell = next(s for t, s in by_content.items() if "bicycle" in t)
    wrist = next(s for t, s in by_content.items() if "wrist" in t)
    assert fell is not None and wrist is not None
    assert fell.name == "unnamed source cited by the Valley Herald"
    operation = next(s for t, s in by_content.items() if "operation" in t)
    assert operation is fell
    assert wrist.name != fell.name


def test_a_source_that_told_an_agency_is_its_source_and_stays_in_its_article(nlp: Any) -> None:
    a = "An unnamed source told the Harbour Institute that the budget was cut in March."
    b = "An unnamed source told the Harbour Institute that the port would close."
    index = corpus_speakers(nlp, {"a": a, "b": b})
    people = sorted((s.name, s.docs) for s in index.speakers)
    assert people == [
        ("unnamed source cited by the Harbour Institute", ("a",)),
        ("unnamed source cited by the Harbour Institute", ("b",)),
    ]


def test_an_unnamed_source_with_no_relay_is_still_no_speaker(nlp: Any) -> None:
    text = "An unnamed source said that the budget was cut in March."
    index = corpus_speakers(nlp, {"a": text})
    assert index.speakers == ()
