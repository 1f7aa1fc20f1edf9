"""Four forms of news copy: "the 61-year-old trader" stands for the person in focus; a
participle clause after a report ("..., claiming X") is a second report of the same source,
not a nested source that swallows the first; "asked not to be named" says why a source is
unnamed, it reports nothing; "repeated that X" reports X; "..., but that assertion was
challenged" remarks on the report and is not part of it; "X, she said, and Y would 'quote'" goes
on with her point (an "and" clause with no quoted words may be the writer's). Texts are our
own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

from .conftest import speaker_of


def _texts(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


def test_an_age_description_is_the_person_in_focus() -> None:
    text = (
        "Mina Sorel has sold fish at the harbour market for 30 years. Last spring, she says, "
        "a buyer threw a crate at her.\n\n"
        '"I thought my arm was broken," the 61-year-old trader said on Friday.'
    )
    assert speaker_of(text, '"I thought my arm') == "Mina Sorel"


def test_a_participle_clause_is_a_second_report_of_the_same_source(nlp: Any) -> None:
    text = (
        "Port director Mark Olsen has warned that he will go to court to stop a stoppage "
        "that has closed the docks, claiming the walkout breaks the law."
    )
    texts = _texts(nlp, text)
    assert any(t.startswith("he will go to court") and "claiming" not in t for t in texts), texts
    assert "the walkout breaks the law" in texts, texts


def test_asking_not_to_be_named_is_no_quote(nlp: Any) -> None:
    text = (
        "A foreman at the docks, who asked not to be named, said morale was poor. An "
        "engineer who asked not to be identified said the cranes were old."
    )
    texts = _texts(nlp, text)
    assert not any("named" in t or "identified" in t for t in texts), texts
    assert {"morale was poor", "the cranes were old"} <= set(texts), texts


def test_repeated_that_reports_the_clause(nlp: Any) -> None:
    text = 'The ferry company issued a statement on Friday. It repeated that its offer was "final".'
    texts = _texts(nlp, text)
    assert 'its offer was "final"' in texts, texts


def test_and_repeats_that_is_a_second_report(nlp: Any) -> None:
    text = (
        "The ferry company has issued a statement. It says 900 sailings have been lost since "
        'Monday and repeats that its offer is "final".'
    )
    texts = _texts(nlp, text)
    assert "900 sailings have been lost since Monday" in texts, texts
    assert 'its offer is "final"' in texts, texts


def test_a_remark_on_the_claim_is_not_part_of_it(nlp: Any) -> None:
    text = (
        "The ferry company insisted that the stoppage was illegal, but that assertion was "
        "challenged by the crews. Olsen said the boats were old, but they were safe."
    )
    texts = _texts(nlp, text)
    assert "the stoppage was illegal" in texts, texts
    assert "the boats were old, but they were safe" in texts, texts


def test_an_and_clause_that_quotes_goes_on_with_the_point(nlp: Any) -> None:
    text = (
        "Councillor Ann Lee did not hold back. The ferry deal was 'a con dressed as a gift', "
        "she said, and the ban on night crossings would only 'add fuel to the flames'. The "
        "rota was fair, she said, and the council approved it on Monday."
    )
    texts = _texts(nlp, text)
    assert "the ban on night crossings would only 'add fuel to the flames'" in texts, texts
    assert not any("council approved" in t for t in texts), texts
