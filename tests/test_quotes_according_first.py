"""A source phrase that opens the sentence ("According to X, Y reported Z to W") gives X the
clause when Y is quoted saying nothing: reporting a thing to someone is no relay of words."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def test_according_to_before_a_verb_that_reports_a_thing(nlp: Any) -> None:
    text = (
        "According to the inspector, the tenant reported the leak to the landlord in May, "
        "and builders repaired the roof in June."
    )
    (q,) = extract_quotes(nlp(text), "t")
    assert q.text.startswith("the tenant reported the leak")
    assert q.mention is not None and q.mention.text == "the inspector"


def test_according_to_after_said_still_relays(nlp: Any) -> None:
    text = "The tenant said the roof had leaked for a year, according to the inspector."
    (q,) = extract_quotes(nlp(text), "t")
    assert q.text == "the roof had leaked for a year"
    assert q.mention is not None and q.mention.text == "The tenant"
