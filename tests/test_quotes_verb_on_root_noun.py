""" "The statement called on the council to act": the parser hangs the past-tense verb on the
noun before it and leaves that noun as the sentence's root; the verb is still the sentence's
cue. A participle naming someone ("a man called Tom said") is no such verb."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _quotes(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")]


def test_a_statement_that_called_on_someone(nlp: Any) -> None:
    text = (
        "The guild said in a statement that bakers had lost sales. The statement called on "
        'both towns to "keep the bread talks apart from the rent ones."'
    )
    quotes = _quotes(nlp, text)
    assert len(quotes) == 2
    assert "keep the bread talks apart" in quotes[-1][0]
    assert quotes[-1][1] == "The statement"


def test_a_name_given_by_a_participle_is_no_cue(nlp: Any) -> None:
    assert _quotes(nlp, "A man called Tom said the bridge was unsafe.") == [
        ("the bridge was unsafe", "Tom")
    ]
