"""A wire lede that describes its subject at length ("The water company whose pipes run under
the square where the flooding began denied on Monday that X") may be parsed with the main
verb as a complement of the relative clause's verb ("began denied"); the speaker is still the
noun the sentence opens with, not the subject of the relative clause. Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def test_the_described_subject_denies_not_the_relative_clauses(nlp: Any) -> None:
    text = (
        "The water company whose pipes run under the square where the flooding began denied "
        "on Monday that its mains burst, which left 40 homes without water."
    )
    (q,) = extract_quotes(nlp(text), "t")
    assert q.mention is not None and q.mention.text == "The water company", q.mention


def test_a_passive_complement_keeps_its_own_reading(nlp: Any) -> None:
    text = "Ann Lee, who became convinced that the pumps failed, said the board should resign."
    found = {q.text: q for q in extract_quotes(nlp(text), "t")}
    q = found.get("the board should resign")
    assert q is not None and q.mention is not None and q.mention.text == "Ann Lee", found
