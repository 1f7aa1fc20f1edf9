"""A relative clause on a description set beside a name ("Dr Sam Rowe, the Tarlow
University engineer who has questioned the plan, said ...") is about the named person: its
"who" stands for the name, so a later "he said" is that person, not a described someone
else; and "the board's own statement, which said X" is the board speaking. Texts are our
own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

_TEXT = (
    "Pier row deepens\n\n"
    "Dr Sam Rowe, the Tarlow University engineer who has questioned the plan from the start, "
    "said he did not believe the pier was unsafe either.\n\n"
    "'I have no time for the scare,' he said. 'This is a sound pier.'\n"
)


def test_who_on_an_apposed_description_stands_for_the_name(nlp: Any) -> None:
    quotes = extract_quotes(nlp(_TEXT), "t")
    scare = next(q for q in quotes if q.text.startswith("'I have no time"))
    assert scare.antecedent is not None and scare.antecedent.text.endswith("Sam Rowe"), scare
    questioned = [q for q in quotes if q.mention is not None and q.mention.text == "who"]
    assert questioned and all(
        q.antecedent is not None and "Rowe" in q.antecedent.text for q in questioned
    ), questioned


def test_which_on_a_bodys_statement_is_the_body(nlp: Any) -> None:
    text = (
        "Ferry row\n\n"
        "The Harbour Board said it would review the timetable.\n\n"
        "Ann Lee, the board's chair, went further. Her comments go beyond the board's own "
        'statement, which said that the timetable was "under review."\n'
    )
    quotes = extract_quotes(nlp(text), "t")
    review = next(q for q in quotes if q.text.startswith("the timetable was"))
    assert review.antecedent is not None and review.antecedent.text == "The Harbour Board"
