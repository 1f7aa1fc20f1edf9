"""A verb of saying after its quotation, with the speaker after the verb.

'"We lost the vote," added another council member': the parser read the speaker as the
verb's object; '"The data is valuable," said Wembly, explaining ...': it tagged an
unknown surname as an adverb. Either way no subject was found and the quote was dropped.
Each text here is written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(nlp(text), "t")
    return [(q.text, q.mention.text if q.mention else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            '"We lost the vote," added another council member. "It hurts."',
            '"We lost the vote,"',
            "another council member",
        ),
        (
            '"The data is valuable," said Wembly, explaining the deal.',
            '"The data is valuable,"',
            "Wembly",
        ),
    ],
)
def test_the_speaker_after_an_inverted_cue(nlp: Any, text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _pairs(nlp, text)


def test_a_hearer_after_told_is_no_speaker(nlp: Any) -> None:
    text = "The plant will close, the manager told the workers on Monday."
    assert all(s != "the workers" for _, s in _pairs(nlp, text))
