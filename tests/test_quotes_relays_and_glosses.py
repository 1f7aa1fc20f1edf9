"""Forms of relayed and tabloid copy (h15b): the paper a source "told" is whom it was told,
even when it is called The Evening Post or is described first ("told the British tabloid
the Daily Star he was ..."); "branded the claims 'rubbish'" reports like "called"; a quoted
phrase keeps its closing single mark; the writer's own question ("We asked X what ...") is
no quote; an age after an apposed name ("Her son, Tom Reed, 24, said") leaves the name the
speaker; a lede whose subject carries a "whose" clause still has its cue; and a gloss set
off after a quoted phrase is the writer's. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes

from .conftest import speaker_of


def _texts(nlp: Any, text: str) -> list[str]:
    return [q.text for q in extract_quotes(nlp(text), "t")]


def test_a_paper_named_post_is_whom_it_was_told(nlp: Any) -> None:
    text = "A union official told The Evening Post that the strike would go ahead."
    assert _texts(nlp, text) == ["the strike would go ahead"]


def test_a_described_paper_is_whom_it_was_told(nlp: Any) -> None:
    text = (
        'He told Channel Four the report was "a smear", and he told the British tabloid the '
        'Daily Star he was "absolutely sure" it was false.'
    )
    texts = _texts(nlp, text)
    assert 'he was "absolutely sure" it was false' in texts, texts
    assert not any("tabloid" in t for t in texts), texts


def test_branded_reports_like_called_and_keeps_the_closing_mark(nlp: Any) -> None:
    text = "Jo Kent, who runs the shop, branded the plan 'total madness'."
    assert _texts(nlp, text) == ["the plan 'total madness'"]


def test_the_writers_own_question_is_no_quote(nlp: Any) -> None:
    text = (
        "We asked Tom Reed, a chemist at the college, what he made of the pictures. "
        '"They are fakes," he said.'
    )
    assert _texts(nlp, text) == ['"They are fakes,"']


def test_an_age_after_the_apposed_name_leaves_the_name_the_speaker() -> None:
    text = 'Her son, Tom Oakley, 24, said he had filmed it.\n\n"I did not fake anything," he said.'
    assert speaker_of(text, '"I did not fake') == "Tom Oakley"


def test_a_lede_subject_with_a_whose_clause_keeps_its_cue(nlp: Any) -> None:
    text = (
        "Teacher says parrot talks\n\nBy Ann Lee, Coastal Press\n\nPORTHAVEN, Wales (CP) — A "
        "teacher whose video of a talking grey parrot in her classroom has been viewed more "
        "than four million times insisted on Wednesday that the bird is not trained, despite "
        "a vet's verdict that it is almost certainly mimicking a ringtone."
    )
    quotes = extract_quotes(nlp(text), "t")
    found = [q for q in quotes if q.text.startswith("the bird is not trained")]
    assert found and found[0].mention is not None, [q.text for q in quotes]
    assert found[0].mention.text == "A teacher"


def test_a_gloss_after_a_quoted_phrase_is_the_writers(nlp: Any) -> None:
    text = (
        'Ann Lee, who judged the contest, said the loaf had "a classic sourdough crumb," the '
        "open, airy texture that forms when dough is left to rise slowly."
    )
    assert _texts(nlp, text) == ['the loaf had "a classic sourdough crumb,"']


def test_a_quoted_phrase_keeps_its_closing_single_mark(nlp: Any) -> None:
    assert _texts(nlp, "Jo Kent called the plan 'total madness'.") == ["the plan 'total madness'"]


def test_a_label_with_nothing_named_is_no_quote(nlp: Any) -> None:
    text = "The boxes were labelled by hand. Jo Kent labelled the plan 'a disgrace'."
    assert _texts(nlp, text) == ["the plan 'a disgrace'"]


def test_a_gloss_joined_to_the_subject_does_not_speak(nlp: Any) -> None:
    text = (
        "The Harbour Museum, which examined a sample of the feathers, says it is a gull, the "
        "common seabird found along the coast, and its curator of birds has pointed out that "
        "the cliffs had a gull colony until 1968."
    )
    quotes = extract_quotes(nlp(text), "t")
    cliffs = [q for q in quotes if q.text.startswith("the cliffs")]
    assert cliffs and cliffs[0].mention is not None, [q.text for q in quotes]
    assert cliffs[0].mention.text == "its curator of birds"


def test_single_marks_give_the_kind_in_british_copy(nlp: Any) -> None:
    text = (
        "'We will not pay. It's our money,' Mrs Kay Reed said. She said the plan was "
        "'absolutely mad'. The teachers' union said it would fail."
    )
    kinds = {q.text: q.kind for q in extract_quotes(nlp(text), "t")}
    assert kinds["'We will not pay. It's our money,'"] == "direct", kinds
    assert kinds["the plan was 'absolutely mad'"] == "mixed", kinds
    assert kinds.get("it would fail") == "indirect", kinds


def test_a_content_cut_before_the_next_source_drops_its_conjunction(nlp: Any) -> None:
    text = (
        "She said the plan was 'absolutely mad' and the teachers' union agreed that it would fail."
    )
    assert _texts(nlp, text) == ["the plan was 'absolutely mad'", "it would fail"]


def test_a_second_cue_whose_clause_the_parser_split_is_its_own_report(nlp: Any) -> None:
    text = (
        "She said the lab had tested 'one sliver' and insisted the rest of the bone was far "
        "older and 'smooth like ivory' on the surface."
    )
    assert _texts(nlp, text) == [
        "the lab had tested 'one sliver'",
        "the rest of the bone was far older and 'smooth like ivory' on the surface",
    ]


def test_a_quoted_phrase_keeps_its_opening_single_mark(nlp: Any) -> None:
    assert _texts(nlp, "He said 'giant eels' live in the harbour.") == [
        "'giant eels' live in the harbour"
    ]
