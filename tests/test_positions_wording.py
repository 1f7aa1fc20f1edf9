"""Words that name one proposition differently: near-synonyms of news reporting ("truce"
for "ceasefire", "freed" for "released") and verbs of commitment ("agreed to reopen the
port" is a claim about reopening the port). Texts of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.words import word_match

from .conftest import corpus_graph
from .test_positions import only_claim

CORPUS = {
    "harbour": (
        "Harbour master Ann Ode said the two fishing crews had agreed a ceasefire. "
        "Coastguard chief Bo Lind said the ceasefire between the crews was holding. "
        "Skipper Cy Moss said there was no ceasefire at all."
    ),
    "sailors": (
        "Port official Dee Hart said the detained sailors would soon be released. "
        "Agent Ed Voss said the release of the sailors was close. "
        "Trader Fay Quill said the sailors would be freed on Monday."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, CORPUS)


def _who(graph: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(graph, question).answers}


@pytest.mark.parametrize(
    ("asked", "said"),
    [("truce", "ceasefire"), ("armistice", "ceasefire"), ("freed", "release"), ("bid", "offer")],
)
def test_news_near_synonyms_match(asked: str, said: str) -> None:
    assert word_match(asked, said) == 1.0


def test_a_truce_question_finds_the_ceasefire_position(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who said a truce had been agreed between the crews")
    assert {"Ann Ode", "Bo Lind"} <= found
    assert "Cy Moss" not in found


def test_freed_and_released_are_one_position(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who says the sailors will be freed soon")
    assert {"Dee Hart", "Ed Voss", "Fay Quill"} <= found


def test_a_commitment_verb_is_not_the_claim(nlp: Any) -> None:
    """What was agreed, planned or sought is the claim, not the agreeing."""
    claim = only_claim(nlp, "Mayor Ann Ode said the council had agreed to reopen the port.")
    terms = {t for t, _ in claim.terms}
    assert "reopen" in terms
    assert "agree" not in terms


def test_free_as_an_adjective_is_no_release(nlp: Any) -> None:
    adjective = only_claim(nlp, "Mayor Ann Ode said the free trade pact would help farmers.")
    assert "release" not in {t for t, _ in adjective.terms}
    verb = only_claim(nlp, "Mayor Ann Ode said the army freed the fishermen.")
    assert "release" in {t for t, _ in verb.terms}


def test_a_noun_made_from_a_verb_is_the_verb() -> None:
    """ "the mediation" and "they will mediate" are one term; "station" is no "state"."""
    from kg.assemble.positions.corpus import fold_terms

    fold = fold_terms(["mediation", "mediator", "mediate", "representative", "represent"])
    assert fold == {"mediation": "mediate", "mediator": "mediate", "representative": "represent"}
    assert fold_terms(["station", "state", "nation", "innovation"]) == {}


def test_hearing_of_something_is_not_the_claim(nlp: Any) -> None:
    """As with seeing and knowing, what was heard of is the topic, not the hearing."""
    claim = only_claim(nlp, "Mayor Ann Ode said the villagers never heard about the curfew.")
    terms = {t for t, _ in claim.terms}
    assert "curfew" in terms
    assert "hear" not in terms


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Ode said the navy freed the sailors.",
        "Mayor Ann Ode said the sailors would soon be released.",
        "Mayor Ann Ode said the release of the sailors was close.",
        "Mayor Ann Ode said the sailors' release was close.",
    ],
)
def test_what_an_action_acts_on_is_read(nlp: Any, text: str) -> None:
    assert ("release", "sailor") in only_claim(nlp, text).patients


def test_an_action_on_another_thing_takes_no_stance() -> None:
    """Not releasing prisoners says nothing of whether the sailors will be released."""
    from collections import Counter, defaultdict

    from kg.assemble.positions.corpus import Corpus, Statement
    from kg.assemble.positions.records import Stance
    from kg.assemble.positions.stances import with_same_patient
    from kg.extract.claims import Claim

    acted = {"a": "sailor", "b": "sailor", "c": "prisoner", "d": ""}
    claims = [
        Claim(doc, 0, 9, patients=(("release", what),) if what else ())
        for doc, what in acted.items()
    ]
    corpus = Corpus(
        {},
        [Statement(c, c.doc) for c in claims],
        [],
        {},
        defaultdict(set),
        defaultdict(set),
        Counter(),
        Counter(),
        set(),
        {},
    )
    stances = [Stance(c.doc, "release", "supports", 0.7, c.doc, "x", 0, 9) for c in claims]
    kept = with_same_patient(stances, corpus, {"release": ("release", "claim")})
    assert [st.speaker for st in kept] == ["a", "b", "d"]


def test_a_bid_and_an_offer_are_one_term(nlp: Any) -> None:
    """ "made a bid for the ferry firm" and "we made no offer" argue about one proposition."""
    claim = only_claim(nlp, "Broker Ann Ode said the port authority had made a bid for the ferry.")
    assert "offer" in {t for t, _ in claim.terms}
