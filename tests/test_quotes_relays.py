"""Rumour copy: outlets relaying each other ("told the Bugle", "in an interview with the
Gazette", "the paper quoted X as saying") and anonymous sources picked up again by their
description ("A person close to the band ... the person said"). Texts are our own; the
parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_an_outlet_after_the_is_no_person_a_description_can_mean() -> None:
    # The tagger takes "Gazette" for a person; "the" shows it is the paper.
    text = (
        "Janet Moss has confirmed that she will retire from the stage next year.\n\n"
        "In an interview with the Gazette, the singer said she had decided in March.\n\n"
        "'I am tired of airports,' she said."
    )
    assert speaker_of(text, "she had decided") == "Janet Moss"
    assert speaker_of(text, "'I am tired") == "Janet Moss"


def test_the_person_is_the_person_introduced_before() -> None:
    text = (
        "A person close to the band, who asked not to be named, said the tour had been "
        "called off because of poor ticket sales. The person said the drummer had been "
        'unhappy for months.\n\n"They barely speak," the person said.'
    )
    first = speaker_of(text, "the tour had been")
    assert first is not None and "person close to the band" in first
    assert speaker_of(text, "the drummer had been") == first
    assert speaker_of(text, '"They barely speak') == first


def test_the_one_a_paper_quotes_as_saying_speaks() -> None:
    text = (
        'The Bugle quoted an unnamed stagehand as saying the director was "impossible to '
        'work with."'
    )
    name = speaker_of(text, "the director was")
    assert name is not None and "stagehand" in name
