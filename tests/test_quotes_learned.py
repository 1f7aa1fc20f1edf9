"""The learned attribution model (kg/extract/quotes/learned.py): its weights ship as data,
load, and decide which candidates the rules left become quotes (its quotes make no claim),
and which rule quotes its gate keeps; all of it only when asked for (``learned=True``)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.claims import analyze_claims
from kg.extract.quotes import extract_quotes
from kg.extract.quotes.learned import attribution_score, open_candidates, quote_features
from kg.lexicon.attribution_weights import (
    ATTRIBUTION_BIAS,
    ATTRIBUTION_THRESHOLD,
    ATTRIBUTION_WEIGHTS,
    GATE_THRESHOLD,
    GATE_WEIGHTS,
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
    found = _learned(nlp, "The mayor, Ann Lee, asked for a recount of the ballots on Tuesday.")
    assert found == [("a recount of the ballots", "The mayor")]


def test_learned_quotes_are_off_by_default(nlp: Any) -> None:
    doc = nlp("The mayor, Ann Lee, asked for a recount of the ballots on Tuesday.")
    assert extract_quotes(doc, "t") == []


def test_an_action_stays_out(nlp: Any) -> None:
    assert _learned(nlp, "Ann Lee ate a sandwich before the meeting.") == []
    doc = nlp("Ann Lee ate a sandwich before the meeting.")
    scores = [attribution_score(c.features) for c in open_candidates(doc, [])]
    assert scores and max(scores) < ATTRIBUTION_THRESHOLD


def test_a_rule_quote_is_left_as_it_was(nlp: Any) -> None:
    text = "Ann Lee said the levy was unfair. She asked for a recount of the ballots."
    doc = nlp(text)
    rules = extract_quotes(nlp(text), "t")
    quotes = extract_quotes(doc, "t", learned=True)
    assert [q for q in quotes if not q.learned] == rules
    learned = [q for q in quotes if q.learned]
    assert [(q.text, q.antecedent.text if q.antecedent else None) for q in learned] == [
        ("a recount of the ballots", "Ann Lee")
    ]


def test_a_learned_quote_makes_no_claim(nlp: Any) -> None:
    doc = nlp("The mayor, Ann Lee, asked for a recount of the ballots on Tuesday.")
    quotes = extract_quotes(doc, "t", learned=True)
    assert quotes and all(q.learned for q in quotes)
    assert analyze_claims(doc, quotes) == []


def test_the_shipped_gate_loads() -> None:
    assert len(GATE_WEIGHTS) > 100
    assert 0.0 < GATE_THRESHOLD < 1.0


def test_a_share_of_a_poll_inside_its_finding_gives_way_to_the_finding(nlp: Any) -> None:
    # The survey's finding is the attribution; "61 percent of residents said" is its content
    # (the outer report comes back whole in the learned mode, the share's report makes way).
    text = "A new survey showed that 61 percent of residents said the bridge should be closed."
    assert [q.text for q in extract_quotes(nlp(text), "t")] == ["the bridge should be closed"]
    quotes = extract_quotes(nlp(text), "t", learned=True)
    finding = "61 percent of residents said the bridge should be closed"
    assert [(q.text, q.mention.text if q.mention else None, q.learned) for q in quotes] == [
        (finding, "A new survey", True)
    ]


def test_the_gate_keeps_a_plain_report(nlp: Any) -> None:
    text = "Ann Lee said the levy was unfair."
    quotes = extract_quotes(nlp(text), "t", learned=True)
    assert [(q.text, q.learned) for q in quotes] == [("the levy was unfair", False)]


def test_no_name_enters_the_features(nlp: Any) -> None:
    doc = nlp("Senator Bo Diaz, who pushed for a recount, urged Wembly to back the plan.")
    rules = extract_quotes(doc, "t")
    found = open_candidates(doc, rules)
    assert found
    words = {w.lower() for c in found for f in c.features for w in f.replace("=", " ").split()}
    assert not words & {"bo", "diaz", "wembly", "senator"}
    assert any("<PERSON>" in f for c in found for f in c.features)
    for q in rules:
        assert not {"diaz", "wembly"} & set(" ".join(quote_features(doc, q, rules, 1)).split())


def test_a_relayed_report_goes_to_who_relays_it(nlp: Any) -> None:
    # "X said, according to Y": Y passes on X's words and that X said them.
    text = '"We will open the pool in May," Ann Lee said, according to the town radio.'
    quotes = extract_quotes(nlp(text), "t", learned=True)
    assert [(q.text, q.mention.text if q.mention else None, q.learned) for q in quotes] == [
        ('"We will open the pool in May," Ann Lee said', "the town radio", True),
        ('"We will open the pool in May,"', "Ann Lee", False),
    ]
    rules = extract_quotes(nlp(text), "t")
    assert [(q.text, q.mention.text if q.mention else None) for q in rules] == [
        ('"We will open the pool in May,"', "Ann Lee")
    ]


def test_a_relay_before_the_report_and_an_indirect_one(nlp: Any) -> None:
    text = "According to the town radio, Ann Lee said the pool would open in May."
    relayed = [q for q in extract_quotes(nlp(text), "t", learned=True) if q.learned]
    assert [(q.text, q.mention.text if q.mention else None) for q in relayed] == [
        ("Ann Lee said the pool would open in May", "the town radio")
    ]


def test_a_source_phrase_on_a_plain_clause_is_no_relay(nlp: Any) -> None:
    # "according to Y" on a clause nobody is quoted in is already Y's rule quote.
    text = "The pool will open in May, according to the town radio."
    quotes = extract_quotes(nlp(text), "t", learned=True)
    assert [(q.text, q.learned) for q in quotes] == [("The pool will open in May", False)]
