"""Two titles before one name are one person ("said president and owner Tom Hale",
'"...," chairman and owner Ivo Brandt told the bakers'), not a bare title; and a plain past
act with an object beside a reported clause marked by "had" or "would" is the speaker's next
act ("said the school board had lost the records and accused the bursar of greed": two
reports,
the second a report of its own), while "said the economy had grown and added jobs" stays
one report, as does "said he had opened the files and found X" (his own acts). Texts
are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _reports(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.cue.text, q.mention.text) for q in extract_quotes(nlp(text), "t")]


def test_two_titles_before_a_name_are_that_person(nlp: Any) -> None:
    found = _reports(nlp, '"We lost," said president and owner Tom Hale.')
    assert [m for _, _, m in found] == ["owner Tom Hale"], found
    text = (
        '"Our ovens stayed warm through two hard winters and they will stay warm through '
        'this one," chairman and owner Ivo Brandt told the bakers in Pella.'
    )
    assert [m for _, _, m in _reports(nlp, text)] == ["owner Ivo Brandt"]


def test_the_chairman_and_a_name_stay_two_sources(nlp: Any) -> None:
    found = _reports(nlp, "The chairman and Ann Lee said the sale was a mistake.")
    assert found and found[0][2] == "The chairman", found


def test_a_plain_past_act_beside_a_backshifted_clause_is_the_next_report(nlp: Any) -> None:
    found = _reports(
        nlp, "Ann Lee said the school board had lost the records and accused the bursar of greed."
    )
    assert ("the school board had lost the records", "said", "Ann Lee") in found, found
    assert ("the bursar of greed", "accused", "Ann Lee") in found, found
    text = "Tom Hale said the timetable would stay as it was and pinned the blame on the crews."
    assert _reports(nlp, text)[0][0] == "the timetable would stay as it was", _reports(nlp, text)


def test_a_shared_perfect_keeps_one_report(nlp: Any) -> None:
    found = _reports(nlp, "Ann Lee said the economy had grown and added jobs.")
    assert [t for t, _, _ in found] == ["the economy had grown and added jobs"], found
    text = "Tom Hale said he had opened the files and found a list of names."
    found = _reports(nlp, text)
    assert [t for t, _, _ in found] == ["he had opened the files and found a list of names"], found
