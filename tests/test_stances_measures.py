"""A call for a measure takes its side on the measure, not on who is to act (h18b): "the
shops should put a notice on the jars", "urged the council to hold a vote", "asked the
judge to give him a pardon" -- the object of the measure (or its verb when it has none)
weighs as a subject does, and the shops, the council or the judge, who are to act, do not.
"Must" is no call ("they must fail" is a wish, "it must be true" an inference)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_positions import only_claim, stances_of


@pytest.mark.parametrize(
    ("text", "measure", "actor"),
    [
        ("Ann Lee said the shops should put a notice on the jars.", "notice", "shop"),
        ("Ann Lee urged the council to hold a vote on the park.", "vote", "council"),
        ("Ann Lee asked the judge to give him a pardon.", "pardon", "judge"),
        ("Ann Lee said the ferries should be withdrawn.", "withdraw", "ferry"),
    ],
)
def test_a_call_weighs_the_measure_over_who_is_to_act(
    nlp: Any, text: str, measure: str, actor: str
) -> None:
    terms = dict(only_claim(nlp, text).terms)
    assert terms[measure] > terms.get(actor, 0.0)
    assert terms[measure] == max(terms.values())


def test_must_is_no_call(nlp: Any) -> None:
    terms = dict(only_claim(nlp, "Ann Lee said the rebels must lose the vote.").terms)
    assert terms["rebel"] > terms["vote"]


def test_callers_and_their_opponents_meet_on_the_measure(nlp: Any) -> None:
    texts = {
        "a": (
            "Ann Lee, who runs the bakers' guild, said the shops should put a notice on "
            "the jars of honey until the review ends."
        ),
        "b": (
            "The grocers' federation said notices would alarm customers for no reason. "
            "Tom Reed, a grocer, said the shops had sold honey for years."
        ),
        "c": "Mia Cole, a shopper, said the shops in the town were busy and the shops were full.",
    }
    assert ("notice", "supports") in stances_of(nlp, texts, "Lee")
    assert ("notice", "disputes") in stances_of(nlp, texts, "federation")
