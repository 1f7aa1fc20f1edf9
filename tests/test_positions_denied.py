"""A statement that denies two claims with two negations ("the lid doesn't rattle and the
thing doesn't leak") disputes both positions, wherever it is filed. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import only_claim, stances_of

TEXTS = {
    "a": "Owner Ann Bell said her new kettle leaks on the counter. Reviewer Sam Cole said his "
    "one leaks under light use. Student Kit Rowe said hers leaked in the kitchen.",
    "b": "Designer Joe Pratt said the kettle lid rattles loudly. Teacher Liz Moon said "
    "the lid rattles after a week. Nurse Tom Hill said steam rattles the lid.",
    "c": "The maker denied that it leaks. Engineer Al Ford said the lid does not "
    "rattle. \"I own one. The lid doesn't rattle and the thing doesn't leak. Where do these "
    'tales come from?" reader Dan Roe wrote.',
}


def test_each_negated_predicate_is_denied(nlp: Any) -> None:
    claim = only_claim(nlp, "\"It doesn't leak and it doesn't crack,\" Lee said.")
    assert set(claim.denied) == {"leak", "crack"}
    light = only_claim(
        nlp, '"We doubted the talks and we never took the deal seriously," Lee said.'
    )
    assert "deal" in light.denied
    assert only_claim(nlp, "Lee said the dam does not leak.").denied == ()  # one claim, one place


def test_a_negated_verb_denies_its_object_too(nlp: Any) -> None:
    """ "doesn't scald hands" denies the scalding of hands: a position on hands too."""
    claim = only_claim(nlp, "\"It doesn't leak and it doesn't scald hands,\" Lee said.")
    assert set(claim.denied) == {"leak", "scald", "hand"}


def test_a_double_denial_disputes_both_positions(nlp: Any) -> None:
    assert stances_of(nlp, TEXTS, "Dan Roe") == {("leak", "disputes"), ("lid", "disputes")}
    assert {stance for _, stance in stances_of(nlp, TEXTS, "Ann Bell")} == {"supports"}


def test_a_negated_hindrance_denies_nothing(nlp: Any) -> None:
    """ "the rain will not stop the match" says the match goes on."""
    for verb in ("stop", "deter", "derail"):
        claim = only_claim(nlp, f"Lee said the rain would not {verb} the match.")
        assert claim.negated is None, verb
        assert claim.denied == ()
    assert only_claim(nlp, "Lee said the match would not go ahead.").negated == "not"


def test_a_denied_effect_is_still_denied(nlp: Any) -> None:
    """ "did not affect the supply" denies an effect; it is no hindrance gone."""
    assert only_claim(nlp, "Lee said the leak did not affect the water supply.").negated == "not"


def test_not_something_to_disregard_denies_nothing(nlp: Any) -> None:
    """ "not a risk anyone can ignore" affirms the risk: the negation falls on the
    disregarding, not on the thing."""
    for text in (
        'Lee said the leak was "not a problem anyone should brush aside."',
        "Lee said the crack is not one that engineers can ignore.",
        'Lee said it was "not a finding anyone should brush aside."',
    ):
        assert only_claim(nlp, text).negated is None, text
    assert only_claim(nlp, "Lee said the crack is not a problem.").negated == "not"
