"""How a question names the position it asks about (h19g): "X comes from / stems from /
is due to Y" is about Y, as "X is a Y" is (what follows the link names the source); a
position labelled by the lemma of a word that denies ("mishandle datum") denies as
"mishandled" does, so "who says the data were mishandled" is not turned round; and in
"an artefact of copper contamination" on the position "copper" the word joined to the key
term names the thing, so a supporter need not say it."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.query.reading import content_negated
from kg.query.sides import _described, _described_from


@pytest.mark.parametrize(
    ("claim", "at"),
    [
        ("the rash comes from the soap", 3),
        ("the leak stems from a crack", 3),
        ("the delay is due to the storm", 4),
    ],
)
def test_what_follows_a_source_link_is_what_the_claim_is_about(claim: str, at: int) -> None:
    assert _described_from(claim.split()) == at


def test_a_verbal_claim_still_describes_nothing() -> None:
    toks = ["the", "talks", "were", "agreed"]
    assert _described_from(toks) == len(toks)


@pytest.mark.parametrize("label", ["mishandle datum", "fabricate result", "botch repair"])
def test_a_label_with_a_denying_lemma_denies(label: str) -> None:
    assert content_negated(label)


def test_a_word_joined_to_the_key_term_is_not_what_is_said_of_it() -> None:
    toks = ["the", "rash", "is", "an", "artefact", "of", "soap", "residue"]
    assert _described(nx.MultiDiGraph(), toks[3:], ["soap"]) == ("artefact",)


def test_a_description_apart_from_the_key_term_is_kept() -> None:
    toks = ["the", "fee", "is", "a", "hidden", "tax"]
    assert _described(nx.MultiDiGraph(), toks[3:], ["fee"]) == ("hidden", "tax")
