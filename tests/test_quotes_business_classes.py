"""Refused questions and evidence that makes a point: texts are our own; each case gave a
spurious quote or a wrong speaker before the rule it pins."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _contents(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator declined to say whether the captain had been suspended.",
        "The council declined to say whether it would appeal the ruling.",
        "The museum refused to confirm how much it had paid for the painting.",
    ],
)
def test_a_refused_question_is_no_statement(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_a_refused_question_leaves_a_later_statement(nlp: Any) -> None:
    text = (
        "The museum declined to say whether the offer was accepted. "
        "It said the painting was fully insured."
    )
    assert _contents(nlp, text) == ["the painting was fully insured"]


def test_she_is_not_the_evidence_that_made_a_point(nlp: Any) -> None:
    text = (
        "Maria Lund, the mayor, said the dam was safe. Laura Whitby, a hydrologist at the "
        "Ridgeline Institute, said the survey showed the dam was sound but not that it would "
        'last. "A patch is not a repair," she wrote in a note to colleagues.'
    )
    quotes = extract_quotes(nlp(text), "t")
    patch = next(q for q in quotes if "patch" in q.text)
    assert patch.antecedent is not None and patch.antecedent.text == "Laura Whitby"


def test_a_participle_after_a_group_noun_is_not_its_name(nlp: Any) -> None:
    text = "Staff arriving for the morning shift on Friday said the gates had been locked."
    quotes = extract_quotes(nlp(text), "t")
    assert [q.mention.text for q in quotes if q.mention is not None] == ["Staff"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The Port Safety Authority said it had opened an inquiry. A spokesman for the "
            "regulator said operators had to report faults within a day.",
            "A spokesman for the regulator",
        ),
        (
            "A spokeswoman for the airline said the flight was delayed by fog.",
            "A spokeswoman for the airline",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_by_its_kind(nlp: Any, text: str, mention: str) -> None:
    quotes = extract_quotes(nlp(text), "t")
    assert mention in [q.mention.text for q in quotes if q.mention is not None]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Kessler Crane's Marrick, by contrast, raised his price target, arguing that a "
            'merger was now "more likely than not."',
            "Marrick",
        ),
        (
            "Tom Varga, a trader at the bank Dunley Cross, said prices would fall. Dunley "
            "Cross's Varga, by contrast, raised his forecast, arguing that prices had "
            "bottomed out.",
            "Varga",
        ),
        ("Moody's Analytics said growth would slow.", "Moody's Analytics"),
    ],
)
def test_a_firm_before_a_surname_is_whom_the_person_works_for(
    nlp: Any, text: str, mention: str
) -> None:
    quotes = extract_quotes(nlp(text), "t")
    assert [q.mention.text for q in quotes if q.mention is not None][-1] == mention


def test_a_name_read_across_a_possessive_is_the_person_after_it(nlp: Any) -> None:
    from spacy.tokens import Span

    from kg.extract.mentions import collect_mentions

    doc = nlp("Peter Stott's Wrenham, by contrast, raised his price target.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]  # the tagger's reading of the story's case
    people = [m.text for m in collect_mentions(doc, "t") if m.label == "PERSON"]
    assert people == ["Wrenham"]


def test_she_is_the_untagged_name_placed_at_a_body(nlp: Any) -> None:
    text = (
        "Tom Reyes, the county engineer, said repairs were under way.\n\n"
        "Nia Ferrant of Colby Capital was more cautious about the repairs. The cracks in the "
        "spillway would be costly to fix before winter, she said."
    )
    quotes = extract_quotes(nlp(text), "t")
    cracks = next(q for q in quotes if "cracks" in q.text)
    assert cracks.antecedent is not None and cracks.antecedent.text == "Nia Ferrant"


def test_a_firm_called_by_its_trade_and_size_is_the_firm_named_before(nlp: Any) -> None:
    text = (
        "Brackwell Group said on Monday that sales had fallen.\n\n"
        'The kitchenware giant insists the reports are "speculation".'
    )
    quotes = extract_quotes(nlp(text), "t")
    giant = next(q for q in quotes if "speculation" in q.text)
    assert giant.antecedent is not None and giant.antecedent.text == "Brackwell Group"
