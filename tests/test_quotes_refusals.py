"""Refusals, silences and lab findings that say nothing; a joint source the parser split
from its floating "both"; an anonymous source's aside kept out of its name. Texts are our
own; each case gave a spurious quote or a wrong speaker before the rule it pins."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import extract_quotes


def _contents(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


@pytest.mark.parametrize(
    "text",
    [
        "The league declined to give the sum before the vote.",
        "Its director, Ann Voss, declined to be interviewed on Monday.",
        "The union declined to comment, citing the secrecy of the talks.",
        "The label declined to discuss the singer's royalties.",
        "The club said nothing about the injury.",
        "Her second test confirmed the presence of the drug on Monday.",
    ],
)
def test_no_statement(nlp: Any, text: str) -> None:
    assert _contents(nlp, text) == []


def test_a_refusal_to_give_up_is_still_a_stance(nlp: Any) -> None:
    contents = _contents(nlp, "The coach refused to give up on the appeal.")
    assert contents and "give up" in contents[0]


def test_a_joint_source_before_a_floating_both(nlp: Any) -> None:
    text = (
        "The Riverside Players' Union and Dana Kell, the team's captain, both say a long ban "
        "would be unfair."
    )
    quotes = extract_quotes(nlp(text), "t")
    assert len(quotes) == 1
    assert quotes[0].mention is not None and quotes[0].mention.text != "both"
    names = [quotes[0].mention.text, *(m.text for m in quotes[0].co_mentions)]
    assert any("Union" in n for n in names) and any("Kell" in n for n in names)


def test_an_aside_after_an_anonymous_source_is_not_its_name(nlp: Any) -> None:
    text = (
        "Two riders have been asked for their logbooks, according to a source familiar with "
        "the talks, who was not authorised to speak publicly."
    )
    quotes = extract_quotes(nlp(text), "t")
    assert len(quotes) == 1 and quotes[0].mention is not None
    assert quotes[0].mention.text == "a source familiar with the talks"


def test_knowing_what_something_would_mean_is_no_statement(nlp: Any) -> None:
    assert _contents(nlp, "He knows what a long fine would mean for his firm.") == []


def test_a_speaking_participle_is_a_second_report(nlp: Any) -> None:
    text = "The minister denied that the plan had failed, saying it had been tested for years."
    quotes = extract_quotes(nlp(text), "t")
    assert [q.text for q in quotes] == ["the plan had failed", "it had been tested for years"]
    assert all(q.mention is not None and q.mention.text == "The minister" for q in quotes)


def test_a_participle_takes_no_speaker_from_a_quotation_after_it(nlp: Any) -> None:
    # the parser makes "know" (inside the quotation) the root and the main clause its
    # complement: "you" is no reporter of the participle
    text = (
        "Ivo Brandt renewed his complaints about the bakery, saying the bread is "
        '"stale by noon, you know that."'
    )
    quotes = extract_quotes(nlp(text), "t")
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [
        ('the bread is "stale by noon, you know that."', "Ivo Brandt")
    ]


def test_a_description_and_its_name_in_apposition(nlp: Any) -> None:
    text = 'Her sponsor, the shoe company Sorrell, said it was "watching closely."'
    quotes = extract_quotes(nlp(text), "t")
    assert len(quotes) == 1 and quotes[0].mention is not None
    assert quotes[0].mention.text.endswith("Sorrell")  # not "Her sponsor"


def test_evidence_shows_what_it_shows(nlp: Any) -> None:
    text = "A slide from the minister's talk shows what the car would cost if a tariff came in."
    assert _contents(nlp, text) == ["what the car would cost if a tariff came in"]


def test_an_object_spelt_out_after_a_colon(nlp: Any) -> None:
    text = (
        "Ada Voss, a former judge, claimed the reverse: that a late entry is what a careful "
        "cheat would file."
    )
    assert _contents(nlp, text) == [
        "the reverse: that a late entry is what a careful cheat would file"
    ]


def test_a_two_word_sentence_carries_on_a_quote(nlp: Any) -> None:
    text = 'Asked about it, Mara Lind paused. "Sympathy, yes," she said. "Doubt, no."'
    assert _contents(nlp, text) == ['"Sympathy, yes,"', '"Doubt, no."']


def test_a_two_word_phrase_does_not_carry_on_a_quote(nlp: Any) -> None:
    text = 'Mara Lind spoke for an hour. "We will appeal," she said. "Full stop"'
    assert _contents(nlp, text) == ['"We will appeal,"']
