""" "We are not asking for a favour. We are asking for a hearing.": a denial corrected in
the next sentence by the same verb, said of the same subject and filling the same slot,
negates nothing; it sets its own object aside and the statement asserts the second
sentence. So does a denial conceded before "but" and a clause of its own ("a warning is
not a ban, but the rules are plain"). A negation neither corrected nor conceded keeps its
force. Texts of our own."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.assemble.positions.stances import _sole_user
from tests.test_positions import claims_of, only_claim, stances_of


@pytest.mark.parametrize(
    ("text", "set_aside", "asserted"),
    [
        (
            '"We are not asking for a favour. We are asking for a hearing," the tenant said.',
            "favour",
            "hearing",
        ),
        (
            '"This was never about money. It was about the lease," the tenant said.',
            "money",
            "lease",
        ),
        (
            '"We are not a nuisance. We are neighbours who pay rent," the tenant said.',
            "nuisance",
            "neighbour",
        ),
        (
            '"The council did not sell the depot. The council sold the yard," the clerk said.',
            "depot",
            "yard",
        ),
        # a deed denied of one doer and granted to another (test_claims_deed_granted.py)
        ('"Ann Lee never signed the letter. Her deputy did," the clerk said.', "lee", "deputy"),
        (
            '"The mayor did not sell the depot. The treasurer sold it," the clerk said.',
            "mayor",
            "treasurer",
        ),
    ],
)
def test_a_denial_corrected_in_the_next_sentence_negates_nothing(
    nlp: Any, text: str, set_aside: str, asserted: str
) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None
    assert set_aside in claim.rejected
    weights = dict(claim.terms)
    assert weights[asserted] > weights[set_aside]


@pytest.mark.parametrize(
    ("text", "set_aside"),
    [
        ('"A warning is not a ban, but the rules are plain," the referee said.', "ban"),
        ('"The drug is not safe, but doctors still prescribe it," the nurse said.', "safe"),
        ('"It is not impossible, but it would take a miracle," the coach said.', "impossible"),
    ],
)
def test_a_denial_conceded_before_but_negates_nothing(nlp: Any, text: str, set_aside: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.negated is None
    assert set_aside in claim.rejected


@pytest.mark.parametrize(
    "text",
    [
        # the clause after "but" denies too
        '"The rent is not a gift, but the landlord will not make repairs," the tenant said.',
        # "but" with no clause of its own: "not X but Y" of one predicate
        '"The landlord did not answer the letters but kept them," the tenant said.',
        # another subject: no correction, the bridge is still said not to be safe
        '"The bridge is not safe. It is closed," the engineer said.',
        # the same verb, but nothing fills the slot the denial left
        '"We did not sign the deal. We signed with reluctance," the minister said.',
        # the same slot, but the second sentence is negated too
        '"We are not asking for a favour. We are not asking for anything," the tenant said.',
    ],
)
def test_a_negation_left_uncorrected_keeps_its_force(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is not None


TEXTS = {
    "a": "Tenant Ann Bell said the landlord must make repairs. Tenant Sam Cole said the "
    "repairs were overdue. Tenant Kit Rowe said the landlord had promised repairs in May.",
    "b": "The landlord denied that repairs were needed.",
    "c": '"We are not asking for favours. We are asking for repairs," tenant Dan Roe said.',
    "d": '"The rent is not a gift, but the landlord must make repairs," tenant Eve Lam said.',
}


def test_a_corrected_denial_supports_what_it_asserts(nlp: Any) -> None:
    assert stances_of(nlp, TEXTS, "Dan Roe") == {("repair", "supports")}
    assert stances_of(nlp, TEXTS, "Eve Lam") == {("repair", "supports")}
    assert stances_of(nlp, TEXTS, "landlord") == {("repair", "disputes")}


def test_a_term_set_aside_points_at_the_one_position_that_says_it() -> None:
    """ "We are not pawns. We are tenants.": no position is keyed on "pawn"; when the
    claims of one position only (two at least) say it, that is the one disputed."""
    assert _sole_user(Counter({"union": 3}), None) == "union"
    assert _sole_user(Counter({"union": 3, "rent": 1}), "rent") == "union"  # not its own
    assert _sole_user(Counter({"union": 3, "rent": 2}), None) is None  # two say it
    assert _sole_user(Counter({"union": 1}), None) is None  # one claim is no position's word
    assert _sole_user(None, None) is None


def test_a_correction_in_the_next_quote_counts(nlp: Any) -> None:
    """The cue splits the correction in two quotes: the first still negates nothing."""
    text = '"This was never about money," the tenant said. "It was about the lease," she added.'
    first, second = (claim for _, claim in claims_of(nlp, text))
    assert first.negated is None and "money" in first.rejected
    assert second.negated is None


def test_someone_elses_report_is_no_correction(nlp: Any) -> None:
    text = '"This was never about money," the tenant said. The landlord said it was about rent.'
    first = next(claim for _, claim in claims_of(nlp, text))
    assert first.negated == "never"
