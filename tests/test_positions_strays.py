"""A statement that takes a side but names a position's key term only in a minor role
(a compound: "a budget row") reaches no position by its anchor; it still takes a stance
on the position its words fit. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import only_claim, stances_of

TEXTS = {
    "a": "Clerk Ann Bell said the budget was cut in March. Teacher Sam Cole said the budget "
    "was cut before the vote. Planner Kit Rowe said the budget was never cut.",
    "b": "Boatman Joe Pratt said the ferry may have stopped over a budget row.",
}


def test_a_hedged_statement_joins_the_position_its_words_fit(nlp: Any) -> None:
    assert stances_of(nlp, TEXTS, "Kit Rowe") == {("budget", "disputes")}
    assert stances_of(nlp, TEXTS, "Joe Pratt") == {("budget", "supports")}


def test_a_plain_statement_with_no_position_stays_out(nlp: Any) -> None:
    plain = {**TEXTS, "b": "Boatman Joe Pratt said the ferry stopped near the budget office."}
    assert stances_of(nlp, plain, "Joe Pratt") == set()


def test_no_before_a_number_is_no_label_word(nlp: Any) -> None:
    """ "the No. 2 post" names a rank: the phrases labels are made of must not read "no"
    (a negation, which flips a question about the position)."""
    claim = only_claim(nlp, "Aide Ann Bell said the general took the new No. 2 post.")
    assert "new post" in claim.phrases
    assert not any("no" in phrase.split() for phrase in claim.phrases)


SPOUT = {
    "a": "Owner Ann Bell said the leak starts at the spout seal. Owner Sam Cole said the leak "
    "comes from the spout seal. Engineer Kit Rowe said the leak is not real.",
    "b": "Tester Joe Pratt said the spout is not loose.",
}


def test_a_denial_joins_the_one_position_whose_claims_alone_use_its_term(nlp: Any) -> None:
    """Only the leak claims speak of the spout: a denial about the spout argues them."""
    assert stances_of(nlp, SPOUT, "Joe Pratt") == {("leak", "disputes")}
    plain = {**SPOUT, "b": "Tester Joe Pratt said the spout is loose."}
    assert stances_of(nlp, plain, "Joe Pratt") == set()  # a plain statement stays out
    # a term the claims of two positions use tells neither
    shared = {
        **SPOUT,
        "c": "Cook Amy Fox said the spout seal is too hard. Chef Ned Lowe "
        "said the spout seal is hard to clean. Porter Ian Bly said it is not hard.",
    }
    assert ("leak", "disputes") not in stances_of(nlp, shared, "Joe Pratt")
