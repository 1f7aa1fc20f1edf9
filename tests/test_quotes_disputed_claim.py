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
        "Ivo Brandt, who runs the Pella Mills bakery, said the night shift had burnt the "
        "bread, a claim the bakers' union rejected as \"nonsense from a man who never "
        'bakes."',
    )
    assert found.get("the night shift had burnt the bread", "").startswith("Ivo Brandt"), found
    assert found.get('"nonsense from a man who never bakes."') == "the bakers' union", found


def test_an_allegation_denied_is_no_part_of_the_report(nlp: Any) -> None:
    found = _quotes(
        nlp,
        "Parents said the school bus had been driven too fast down the hill, an "
        "allegation the trust denies.",
    )
    assert "the school bus had been driven too fast down the hill" in found, found
