"""Stances that a word of normality, failure or affirmation carries: "a difference of two
millimetres is expected" and "the scare is a bust" dispute, "#leakgate is very real"
supports, and a scandal named X-gate is about X. Texts of our own."""

from __future__ import annotations

from typing import Any

from kg.assemble.positions.stances import scandal_topic
from tests.test_positions import only_claim
from tests.test_positions_strays import stances_of


def test_a_difference_called_expected_or_normal_is_dismissed(nlp: Any) -> None:
    said = "Engineer Ann Bell said a difference of two millimetres between kettles is expected."
    assert only_claim(nlp, said).dismissive == "expected"
    assert only_claim(nlp, "Tester Sam Cole said such discrepancies are normal.").dismissive
    # a prediction, not a judgement of a difference found
    ahead = "Planner Kit Rowe said a difference is expected to appear next year."
    assert only_claim(nlp, ahead).dismissive is None
    # normal, but not said of a difference
    assert only_claim(nlp, "Nurse Joe Pratt said the results are normal.").dismissive is None


def test_a_story_called_a_bust_is_dismissed(nlp: Any) -> None:
    claim = only_claim(nlp, 'The Ledger concluded that "the kettle scare is a bust".')
    assert claim.dismissive == "bust"


def test_a_thing_called_real_is_affirmed(nlp: Any) -> None:
    claim = only_claim(nlp, 'Blogger Ann Bell wrote: "The leak problem is very real."')
    assert claim.endorses == "real"
    assert claim.dismissive is None and claim.negated is None


def test_scandal_names_are_about_their_first_part() -> None:
    assert scandal_topic("leakgate") == "leak"
    assert scandal_topic("leak-gate") == "leak"
    assert scandal_topic("gate") == ""
    assert scandal_topic("kettle") == ""


TEXTS = {
    "a": "Owner Ann Bell said the leak was found in March. Owner Sam Cole said the leak was "
    "found before the recall. Engineer Kit Rowe said the leak was never found.",
    "b": 'The Ledger tested ten kettles and concluded that "leakgate is a bust". '
    'Blogger Joe Pratt wrote: "#Leakgate is very real."',
}


def test_a_scandal_name_takes_a_stance_on_its_topic(nlp: Any) -> None:
    assert stances_of(nlp, TEXTS, "Ledger") == {("leak", "disputes")}
    assert stances_of(nlp, TEXTS, "Joe Pratt") == {("leak", "supports")}


def test_a_problem_played_down_by_its_count_is_dismissed(nlp: Any) -> None:
    said = "The firm said it only received nine complaints about leaking kettles."
    assert only_claim(nlp, said).dismissive == "only"
    few = "Mayor Ann Bell said only a handful of residents had complained about the noise."
    assert only_claim(nlp, few).dismissive == "only"
    assert only_claim(nlp, "The firm said fewer than ten users had complained.").dismissive
    # more, not fewer; and a small count of something other than complaints
    more = "Mayor Ann Bell said not only two residents had complained."
    assert only_claim(nlp, more).dismissive is None
    assert only_claim(nlp, "Coach Sam Cole said he only needed two goals.").dismissive is None


def test_a_size_word_said_of_less_than_one_unit_mocks_the_figure(nlp: Any) -> None:
    said = 'The lab wrote: "It is 90.5 mm long, a whopping 0.4 mm more than the old one."'
    assert only_claim(nlp, said).dismissive == "whopping"
    # said of a real size, the same word only stresses it
    plain = "The agency said prices rose a whopping 12 percent."
    assert only_claim(nlp, plain).dismissive is None
