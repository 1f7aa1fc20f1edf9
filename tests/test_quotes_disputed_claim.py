"""A claim answered in an apposition (h22d): "X said A, a claim the union rejected as 'B'"
gives A to X and B to the union; "..., an allegation the company denies" ends X's report
before the apposition. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _quotes(nlp: Any, text: str) -> dict[str, str | None]:
    return {q.text: (q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")}


def test_a_claim_rejected_in_an_apposition_is_two_reports(nlp: Any) -> None:
    found = _quotes(
        nlp,
        "The head of the school trust said on Monday the caretaker had left a window open, a "
        'claim the staff union rejected as "a cheap way to dodge the blame."',
    )
    assert found.get("the caretaker had left a window open", "").startswith("The head"), found
    assert found.get('"a cheap way to dodge the blame."') == "the staff union", found


def test_an_allegation_denied_is_no_part_of_the_report(nlp: Any) -> None:
    found = _quotes(
        nlp,
        "Parents said the school bus had been driven too fast down the hill, an "
        "allegation the trust denies.",
    )
    assert "the school bus had been driven too fast down the hill" in found, found
