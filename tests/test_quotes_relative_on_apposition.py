"""A relative clause on a description set beside a name ("Prof Nia Adeyinka, the Harlow
College geologist who has criticised the scheme for years, said ...") is about the named
person: its "who" stands for the name, so a later "she said" is that person, not a
described someone else; and "the board's own statement, which said X" is the board
speaking. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

_TEXT = (
    "Cliff path row\n\n"
    "Prof Nia Adeyinka, the Harlow College geologist who has criticised the scheme for years, "
    "said the cliff path could stay open.\n\n"
    "'Nobody has shown me a single crack,' she said. 'The rock is sound.'\n"
)


def test_who_on_an_apposed_description_stands_for_the_name(nlp: Any) -> None:
    quotes = extract_quotes(nlp(_TEXT), "t")
    crack = next(q for q in quotes if q.text.startswith("'Nobody has shown me"))
    assert crack.antecedent is not None and crack.antecedent.text.endswith("Nia Adeyinka"), crack
    relative = [q for q in quotes if q.mention is not None and q.mention.text == "who"]
    assert relative and all(
        q.antecedent is not None and "Adeyinka" in q.antecedent.text for q in relative
    ), relative


def test_which_on_a_bodys_statement_is_the_body(nlp: Any) -> None:
    text = (
        "Gardens row\n\n"
        "The Harbour Board said it would review the gardens.\n\n"
        "The row deepened after the board's own statement, which said that the gardens "
        "would reopen in May.\n"
    )
    quotes = extract_quotes(nlp(text), "t")
    reopen = next(q for q in quotes if q.text.startswith("the gardens would reopen"))
    assert reopen.antecedent is not None and reopen.antecedent.text == "The Harbour Board"
