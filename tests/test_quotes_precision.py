"""Attributions that are no one's words, and a pronoun that lost its antecedent to the tagger.

Each text here is written for the test; each case gave a wrong or spurious quote before the
rule it pins.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.boilerplate import boilerplate_spans
from kg.extract.quotes import Quote, extract_quotes


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


def _contents(nlp: Any, text: str) -> list[str]:
    return [text[q.start : q.end] for q in _quotes(nlp, text)]


def test_a_surname_tagged_as_an_organisation_is_still_the_person_he_refers_to(nlp: Any) -> None:
    # The model tags the bare "Brill" ORG; "He" is Brill, not the mechanic quoted before.
    text = (
        "Governor Tom Brill visited a plant in Ohio. A mechanic spoke to him, saying he was"
        " out of work.\n\nBrill shook the man's hand. He said the plant would reopen next year."
    )
    doc = nlp(text)
    assert any(e.text == "Brill" and e.label_ != "PERSON" for e in doc.ents)
    quotes = extract_quotes(doc, "t")
    reopen = [q for q in quotes if "reopen" in text[q.start : q.end]]
    assert len(reopen) == 1
    assert reopen[0].antecedent is not None
    assert reopen[0].antecedent.text == "Brill"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Vale cited on Wednesday.",
        "The agency warned in its annual report. Nobody listened.",
        "The mayor called over her shoulder as she left the hall.",
        "The two rivals mocked each other.",
        "In a turn that called to mind, for some, the race of 2008, the mayor quit.",
        "The governor urged them.",
    ],
)
def test_a_setting_or_a_reciprocal_object_is_no_statement(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_a_setting_with_a_claim_in_it_is_still_reported(nlp: Any) -> None:
    text = "Ann Vale predicted at the debate that taxes will rise next year."
    assert any("taxes will rise" in c for c in _contents(nlp, text))


def test_a_section_heading_after_a_name_label_is_no_statement(nlp: Any) -> None:
    text = (
        "Here is what each candidate needs on Tuesday.\n\nVale: Win in a walk.\n\n"
        "The senator has won every county this month."
    )
    assert _contents(nlp, text) == []


def test_a_headline_after_a_name_label_is_still_a_statement(nlp: Any) -> None:
    text = "Senator Ann Vale spoke on Monday.\n\nVale: Taxes will rise next year.\n\nShe left."
    assert _contents(nlp, text) == ["Taxes will rise next year"]


LONG_NOTE = (
    "Editor's note: Ann Vale is a serial fabulist and braggart who has repeatedly pledged to"
    " ban all imports, a policy that economists across the country have warned would cost"
    " millions of jobs, raise prices for every family and wreck the trade of every port town"
    " from Maine to Oregon for decades to come."
)


def test_a_long_editors_note_is_page_furniture() -> None:
    text = "The senator spoke in Dover.\n\n" + LONG_NOTE
    start = text.index("Editor")
    assert (start, len(text)) in boilerplate_spans(text)


def test_an_editors_note_gives_no_quotes(nlp: Any) -> None:
    text = "Ann Vale said the port would reopen.\n\n" + LONG_NOTE
    assert _contents(nlp, text) == ["the port would reopen"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The surprise defeat led Tom Reyes to declare that the race was over.", "Tom Reyes"),
        ("The scandal forced Ann Vale to admit that she had misled the board.", "Ann Vale"),
        ("The vote prompted the union to accuse the mayor of lying.", "the union"),
        # not causative: the subject speaks
        ("Ann Vale used the speech to argue that taxes must rise.", "Ann Vale"),
        ("Tom Reyes persuaded the board, arguing that the plan would fail.", "Tom Reyes"),
    ],
)
def test_the_one_a_causative_verb_makes_speak_is_the_speaker(
    nlp: Any, text: str, mention: str
) -> None:
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].mention is not None
    assert quotes[0].mention.text == mention


def test_a_bare_quantifier_a_causative_leaves_speaking_is_nobody(nlp: Any) -> None:
    text = "The mayor quit on Friday, leaving some to question the timing of the vote."
    assert all(q.mention is None or q.mention.text != "some" for q in _quotes(nlp, text))


def test_may_want_to_is_the_writers_advice(nlp: Any) -> None:
    assert _contents(nlp, "Shareholders may want to think twice before they sell.") == []
    assert _contents(nlp, "The senator might want to check her figures again.") == []


def test_a_plain_want_is_still_the_subjects_wish(nlp: Any) -> None:
    assert _contents(nlp, "Shareholders want the board to resign.") != []


def test_the_question_a_source_was_asked_is_not_their_words(nlp: Any) -> None:
    # the tagger reads the opening "Asked" as a past tense (VBD), not a participle
    text = "Asked what the plan would cost, Ann Vale said it was too early to tell."
    assert _contents(nlp, text) == ["it was too early to tell"]


@pytest.mark.parametrize(
    "text",
    [
        "The network found itself playing host to the rivals night after night.",
        "The senator once again found himself embroiled in controversy.",
    ],
)
def test_finding_oneself_somewhere_is_no_finding(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_a_finding_is_still_reported(nlp: Any) -> None:
    assert _contents(nlp, "The study found that rents rose by a third.") == [
        "rents rose by a third"
    ]


def test_a_cue_inside_the_question_a_source_was_asked_is_the_reporters(nlp: Any) -> None:
    text = "Asked if she believed the mayor had lied, Ann Vale said she would not speculate."
    assert _contents(nlp, text) == ["she would not speculate"]


def test_what_a_source_was_asked_to_say_is_a_request(nlp: Any) -> None:
    text = "The remarks came after the senator was asked again to defend his budget."
    assert _contents(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale told a Senate panel on Wednesday.",
        "The minister told a plenary session of the parliament.",
    ],
)
def test_the_one_told_is_no_statement(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_what_one_tells_is_still_a_statement(nlp: Any) -> None:
    assert _contents(nlp, "The filings tell a very different story.") != []
