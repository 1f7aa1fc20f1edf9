"""The learned attribution model (kg/extract/quotes/learned.py): its weights ship as data,
load, and decide which candidates the rules left become quotes; its quotes make no claim."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.claims import analyze_claims
from kg.extract.quotes import extract_quotes
from kg.extract.quotes.learned import attribution_score, open_candidates
from kg.lexicon.attribution_weights import (
    ATTRIBUTION_BIAS,
    ATTRIBUTION_THRESHOLD,
    ATTRIBUTION_WEIGHTS,
)


def _learned(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [
        (q.text, q.mention.text if q.mention else "")
        for q in extract_quotes(doc, "t", learned=True)
        if q.learned
    ]


def test_the_shipped_weights_load_and_score() -> None:
    assert len(ATTRIBUTION_WEIGHTS) > 1000
    assert 0.0 < ATTRIBUTION_THRESHOLD < 1.0
    assert attribution_score(()) == pytest.approx(1 / (1 + 2.718281828 ** (-ATTRIBUTION_BIAS)))
    # the lemma and frame move the score: a demand is an attribution, a meal is not
    demand = ("lem=push", "dep=prep:for", "ld=push prep:for", "subj=PERSON")
    meal = ("lem=eat", "dep=dobj", "ld=eat dobj", "subj=PERSON")
    assert attribution_score(demand) > attribution_score(meal)


def test_a_demand_with_a_preposition_becomes_a_learned_quote(nlp: Any) -> None:
    found = _learned(nlp, "The mayor, Ann Lee, pushed for a recount of the ballots on Tuesday.")
    assert found == [("a recount of the ballots", "The mayor")]


def test_learned_quotes_are_off_by_default(nlp: Any) -> None:
    doc = nlp("The mayor, Ann Lee, pushed for a recount of the ballots on Tuesday.")
    assert extract_quotes(doc, "t") == []


def test_an_action_stays_out(nlp: Any) -> None:
    assert _learned(nlp, "Ann Lee ate a sandwich before the meeting.") == []
    doc = nlp("Ann Lee ate a sandwich before the meeting.")
    scores = [attribution_score(c.features) for c in open_candidates(doc, [])]
    assert scores and max(scores) < ATTRIBUTION_THRESHOLD


def test_a_rule_quote_is_left_as_it_was(nlp: Any) -> None:
    text = "Ann Lee said the levy was unfair. She pushed for a recount of the ballots."
    doc = nlp(text)
    rules = extract_quotes(nlp(text), "t")
    quotes = extract_quotes(doc, "t", learned=True)
    assert [q for q in quotes if not q.learned] == rules
    learned = [q for q in quotes if q.learned]
    assert [(q.text, q.antecedent.text if q.antecedent else None) for q in learned] == [
        ("a recount of the ballots", "Ann Lee")
    ]


def test_a_learned_quote_makes_no_claim(nlp: Any) -> None:
    doc = nlp("The mayor, Ann Lee, pushed for a recount of the ballots on Tuesday.")
    quotes = extract_quotes(doc, "t", learned=True)
    assert quotes and all(q.learned for q in quotes)
    assert analyze_claims(doc, quotes) == []
