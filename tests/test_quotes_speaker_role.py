"""Who speaks a cue whose subject is not its own: each rule pinned by a sentence written here."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes


def _by_cue(nlp: Any, text: str, cue: str) -> Quote:
    quotes = [q for q in extract_quotes(nlp(text), "t") if q.cue is not None]
    found = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.cue.text if q.cue else None, q.text) for q in quotes]
    return found[0]


def _speaker(q: Quote) -> str | None:
    named = q.antecedent or q.mention
    return named.text if named is not None else None


def test_a_verb_joined_to_a_passive_speaks_for_its_subject_not_its_agent(nlp: Any) -> None:
    text = (
        "As the hall filled, the singer Mara Quell was joined on stage by Mayor Tom Brandt "
        'and joked, "You are all far too early."'
    )
    assert _speaker(_by_cue(nlp, text, "joked")) == "Mara Quell"


def test_a_participle_under_a_passive_speaks_for_the_passive_subject(nlp: Any) -> None:
    text = "While rural voters are united in supporting the new fuel tax, city voters are divided."
    assert _speaker(_by_cue(nlp, text, "supporting")) == "rural voters"


def test_the_agent_of_the_cue_itself_still_speaks(nlp: Any) -> None:
    text = "The harbour plan was welcomed by the fishermen's union on Tuesday."
    assert _speaker(_by_cue(nlp, text, "welcomed")) == "the fishermen's union"
