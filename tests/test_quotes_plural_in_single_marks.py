"""A single mark after a plural ("'reckless drivers' for the chaos") closes a quotation when
a preposition or a verb follows it: a plural possessive goes on to its noun ("the drivers'
union"), never to "for" or "were". So "blamed 'X' for Y and said Z" is two reports, not one
quotation running to the next mark. Texts are our own; the parse is the real model."""

from __future__ import annotations

from kg.extract.quotes.marks import _single_regions

from .conftest import speaker_names


def test_a_mark_after_a_plural_before_for_closes_the_quotation() -> None:
    text = "Ann Lee blamed 'reckless drivers' for the chaos and said it was 'a total disgrace'."
    found = [text[a:b] for a, b in _single_regions(text, [])]
    assert found == ["'a total disgrace'"] or not any("chaos" in f for f in found), found


def test_a_plural_possessive_still_goes_on_to_its_noun() -> None:
    text = "'We will not sign the drivers' contract this year,' she said."
    found = [text[a:b] for a, b in _single_regions(text, [])]
    assert found == ["'We will not sign the drivers' contract this year,'"], found


def test_blamed_and_said_are_two_reports() -> None:
    text = (
        "Councillor Ann Lee yesterday blamed 'reckless drivers' for the chaos on the ring "
        "road and said the bridge should be 'shut until this is sorted out'."
    )
    names = speaker_names({"a": text})
    assert "'reckless drivers' for the chaos on the ring road" in names, names
    assert "the bridge should be 'shut until this is sorted out'" in names, names
