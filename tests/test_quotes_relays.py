"""Rumour copy: outlets relaying each other ("told the Bugle", "in an interview with the
Gazette", "the paper quoted X as saying") and anonymous sources picked up again by their
description ("A person close to the band ... the person said"). Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

from .conftest import speaker_names, speaker_of


def test_an_outlet_after_the_is_no_person_a_description_can_mean() -> None:
    # The tagger takes "Gazette" for a person; "the" shows it is the paper.
    text = (
        "Janet Moss is to retire from the stage at the end of the season.\n\n"
        "In an interview with the Gazette, the singer said her voice needed a long rest.\n\n"
        "'I am tired of airports,' she said."
    )
    assert speaker_of(text, "her voice needed") == "Janet Moss"
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


def test_a_paper_reports_after_a_relative_clause(nlp: Any) -> None:
    # The parser reads "reported" as a participle on "The Bugle" after the relative clause.
    text = (
        "The Bugle, which has a large readership in the north, reported on Friday that the "
        "band had split."
    )
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == ["the band had split"]
    assert quotes[0].mention is not None and quotes[0].mention.text == "The Bugle"


def test_a_participle_after_a_relative_clause_is_no_report(nlp: Any) -> None:
    text = "The hiker, who lives nearby, reported missing last week, was found on Monday."
    assert extract_quotes(nlp(text), "t") == []


def test_a_verb_joined_to_a_passive_shares_its_subject(nlp: Any) -> None:
    text = (
        "Tom Reed, who wrote the film, was asked about a sequel at the premiere and joked that he "
        'was "still waiting for the cheque."'
    )
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == ['he was "still waiting for the cheque."']
    assert quotes[0].mention is not None and quotes[0].mention.text == "Tom Reed"


def test_a_paper_by_the_last_word_of_its_name_is_that_paper() -> None:
    # The tagger takes "Gazette" for a person; "The" and "the Daily Gazette" say otherwise.
    names = speaker_names(
        {
            "a": "The Daily Gazette reported on Sunday that the band would split up.",
            "b": (
                "The Gazette, which first broke the story, reported on Friday that the "
                "drummer had already found a new group."
            ),
        }
    )
    assert names["the band would split up"] == "Daily Gazette"
    assert names["the drummer had already found a new group"] == "Daily Gazette"


def test_a_quoted_title_that_is_a_subject_carries_on_no_quote(nlp: Any) -> None:
    text = (
        '"He is tired of the road and the hotels," the friend said. '
        '"Nobody could blame him for that."\n\n'
        '"The Night Harbour Saga," which Tom Reed wrote in his twenties, returns to '
        "screens in May."
    )
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes if "Saga" in q.text] == []
    assert len(quotes) == 2


def test_a_spokesperson_after_an_opening_phrase_speaks(nlp: Any) -> None:
    # The parser hangs "a spokesperson" on "Bugle" (read as a person), leaving "said" bare.
    text = (
        "In a statement to the Bugle, a spokesperson for the museum said the gallery would reopen."
    )
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == ["the gallery would reopen"]
    assert quotes[0].mention is not None
    assert quotes[0].mention.text.startswith("a spokesperson")


def test_the_platform_before_a_colon_is_no_speaker(nlp: Any) -> None:
    text = "The band posted on Twitter: 'We are not splitting up.'"
    quotes = extract_quotes(nlp(text), "t")
    assert [q.mention.text if q.mention else None for q in quotes] == ["The band"]


def test_a_performer_epithet_is_the_person_named_before() -> None:
    text = (
        "Tom Reed has left the band after ten years.\n\n"
        "On Monday the frontman said he needed a rest."
    )
    assert speaker_of(text, "he needed a rest") == "Tom Reed"


def test_a_closing_single_mark_hung_on_the_cue_stays_with_the_content(nlp: Any) -> None:
    text = "A rep for the singer dismissed the story as 'utter rubbish'."
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == ["the story as 'utter rubbish'"]


def test_british_marks_give_the_kind(nlp: Any) -> None:
    text = (
        "'I'm staying until the very last show,' the singer said. "
        "Her manager said the rumours were 'pure fiction'."
    )
    kinds = {q.text: q.kind for q in extract_quotes(nlp(text), "t")}
    assert kinds == {
        "'I'm staying until the very last show,'": "direct",
        "the rumours were 'pure fiction'": "mixed",
    }
