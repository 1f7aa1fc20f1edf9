"""A report relayed by the outlet that first carried it keeps its teller: "X told a radio
station that Y "looks bad," according to the Post" is X's, the phrase left out of the words
even when the parser hangs it inside the reported clause; and a participle that says where
the report leaves someone ("..., putting the firm at odds with the council") is the writer's,
not the speaker's. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _quote(nlp: Any, text: str, start: str) -> Any:
    found = [q for q in extract_quotes(nlp(text), "t") if q.text.startswith(start)]
    assert found, [q.text for q in extract_quotes(nlp(text), "t")]
    return found[0]


def test_according_to_inside_the_told_clause_relays_the_teller(nlp: Any) -> None:
    text = (
        "Water chief Tom Kell defended the firm on Monday.\n\n"
        'Kell told a radio interviewer on Friday that the leak "looks like it was sabotage," '
        "according to the Evening Star."
    )
    q = _quote(nlp, text, "the leak")
    assert q.text == 'the leak "looks like it was sabotage,"', q.text
    assert q.mention is not None and q.mention.text == "Kell", q.mention


def test_a_participle_placing_someone_at_odds_is_the_writers(nlp: Any) -> None:
    text = (
        "Harbour board chair Ann Lee has said the sea wall may have failed early, putting "
        "the board at odds with both the engineers and the insurers as the review of the "
        "storm drags on."
    )
    q = _quote(nlp, text, "the sea wall")
    assert q.text == "the sea wall may have failed early", q.text
