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
        "The operator of a ferry that ran aground off Harbury on Monday said on Tuesday the "
        "crew had ignored a warning, a claim the seafarers' union rejected as \"a shameful "
        'attempt to blame the crew."',
    )
    assert found.get("the crew had ignored a warning", "").startswith("The operator"), found
    assert found.get('"a shameful attempt to blame the crew."') == "the seafarers' union", found


def test_an_allegation_denied_is_no_part_of_the_report(nlp: Any) -> None:
    found = _quotes(
        nlp,
        "Local residents said the ferry had been sailing too close to the rocks, an "
        "allegation the company denies.",
    )
    assert "the ferry had been sailing too close to the rocks" in found, found
