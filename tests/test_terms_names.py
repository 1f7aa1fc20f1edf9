"""A proper name is whole (h19h): a name that ends in another word of the corpus is not
a compound of it ("Hollenbeck" is no "beck"), so what is said of the name keeps it.
Texts of our own."""

from __future__ import annotations

from typing import Any

from kg.assemble.positions.corpus import build_corpus, fold_terms
from kg.extract.records import extract_article
from kg.read.articles import article_from_text
from kg.run.pipeline import assemble
from tests.test_positions import only_claim

TEXTS = {
    "a": "\u201cThe drawing is a lost Hollenbeck,\u201d the curator Mia Dorn said. "
    "\u201cThe drawing is not a Hollenbeck,\u201d the dealer Tom Gale said.",
    "b": "\u201cThe drawing is a Hollenbeck,\u201d Sara Wynn said. "
    "\u201cRuud Beck taught Hollenbeck everything he knew,\u201d Ian Pryce said.",
}


def test_a_claim_knows_its_proper_names(nlp: Any) -> None:
    claim = only_claim(nlp, "\u201cThe drawing is a lost Hollenbeck,\u201d Mia Dorn said.")
    assert "hollenbeck" in claim.names
    assert "drawing" not in claim.names


def test_a_name_is_not_folded_onto_its_tail(nlp: Any) -> None:
    records = [extract_article(nlp(t), article_from_text(t, d)) for d, t in TEXTS.items()]
    result = assemble(records)
    claims = [c for r in records for c in r.claims]
    corpus = build_corpus(result.quotes, claims, result.speakers)
    assert "hollenbeck" not in corpus.fold
    assert sum(1 for w in corpus.weights if "hollenbeck" in w) == 4


def test_common_compounds_still_fold() -> None:
    assert fold_terms(["wildfire", "fire", "beck"], names=["beck"]) == {"wildfire": "fire"}
