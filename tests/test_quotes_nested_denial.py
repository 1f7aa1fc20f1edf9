""" "She added that the board denied that X": the denial, and X, are the board's; the outer
speaker only reports it. A verb whose object would describe ("denied the report",
"confirmed the figures") reports speech when it takes a "that" clause, so the innermost
source speaks, as with "said". "The force" (a body named by its kind) is someone who can
speak. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _pairs(nlp: Any, text: str) -> list[tuple[str, str]]:
    quotes = extract_quotes(nlp(text), "t")
    return [(q.mention.text if q.mention else "", q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee said that the water board denied that the pipes had burst.",
            "the water board",
            "the pipes had burst",
        ),
        (
            "A spokeswoman for Orbury Police said its van was parked. She added that the force "
            '"firmly" denied that officers had taken the wrong road.',
            "the force",
            "officers had taken the wrong road",
        ),
        (
            "Ann Lee said the company had confirmed that the plant would close in May.",
            "the company",
            "the plant would close in May",
        ),
    ],
)
def test_a_denial_reported_by_another_is_the_deniers(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    pairs = _pairs(nlp, text)
    assert (speaker, content) in pairs
    assert not any(content in said and who != speaker for who, said in pairs)


def test_a_denial_of_a_thing_stays_in_the_outer_report(nlp: Any) -> None:
    text = "Ann Lee said the board denied the report."
    assert _pairs(nlp, text) == [("Ann Lee", "the board denied the report")]
