"""A statement that denies two claims with two negations ("the screen doesn't scratch and
the thing doesn't bend") disputes both positions, wherever it is filed. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import build_texts, only_claim

TEXTS = {
    "a": "Owner Ann Bell said the new tablet bends in a backpack. Reviewer Sam Cole said the "
    "tablet bends under light pressure. Student Kim Rowe said her tablet bent in her bag.",
    "b": "Designer Joe Pratt said the tablet screen scratches easily. Teacher Liz Moon said "
    "the screen scratches after a week. Nurse Tom Hill said keys scratch the screen.",
    "c": "The maker denied that the tablet bends. Engineer Al Ford said the screen does not "
    "scratch. \"I have one. The screen doesn't scratch and the thing doesn't bend. Who "
    'invents these stories?" reader Dan Roe wrote.',
}


def test_each_negated_predicate_is_denied(nlp: Any) -> None:
    claim = only_claim(nlp, "\"It doesn't leak and it doesn't crack,\" Lee said.")
    assert set(claim.denied) == {"leak", "crack"}
    light = only_claim(
        nlp, '"We doubted the talks and we never took the deal seriously," Lee said.'
    )
    assert "deal" in light.denied
    assert only_claim(nlp, "Lee said the dam does not leak.").denied == ()  # one claim, one place


def test_a_double_denial_disputes_both_positions(nlp: Any) -> None:
    result = build_texts(nlp, TEXTS)
    names = {sp.id: sp.name for sp in result.speakers.speakers}
    terms = {p.id: p.terms[0] for p in result.positions}
    roe = {
        (terms[st.position], st.stance)
        for st in result.stances
        if names.get(st.speaker) == "Dan Roe"
    }
    assert roe == {("bend", "disputes"), ("screen", "disputes")}
    bell = {st.stance for st in result.stances if names.get(st.speaker) == "Ann Bell"}
    assert bell == {"supports"}
