"""Who speaks a cue whose subject is not its own: each rule pinned by a sentence written here."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes


def _by_cue(nlp: Any, text: str, cue: str) -> Quote:
    quotes = [q for q in extract_quotes(nlp(text), "t") if q.cue is not None]
    found = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.cue.text if q.cue else None, q.text) for q in quotes]
    return found[0]


def _speaker(q: Quote) -> str | None:
    named = q.antecedent or q.mention
    return named.text if named is not None else None


def test_a_verb_joined_to_a_passive_speaks_for_its_subject_not_its_agent(nlp: Any) -> None:
    text = (
        "As the hall filled, the singer Mara Quell was joined on stage by Mayor Tom Brandt "
        'and joked, "You are all far too early."'
    )
    assert _speaker(_by_cue(nlp, text, "joked")) == "Mara Quell"


def test_a_participle_under_a_passive_speaks_for_the_passive_subject(nlp: Any) -> None:
    text = "While rural voters are united in supporting the new fuel tax, city voters are divided."
    assert _speaker(_by_cue(nlp, text, "supporting")) == "rural voters"


def test_the_agent_of_the_cue_itself_still_speaks(nlp: Any) -> None:
    text = "The harbour plan was welcomed by the fishermen's union on Tuesday."
    assert _speaker(_by_cue(nlp, text, "welcomed")) == "the fishermen's union"


def _colon_quote(nlp: Any, text: str) -> Quote:
    return _by_cue(nlp, text, ":")


def test_a_heading_of_one_on_a_topic_gives_the_one_before_on(nlp: Any) -> None:
    text = "Union Chief On Mayor Brandt: 'We Do Not Take Orders From City Hall.'"
    assert _speaker(_colon_quote(nlp, text)) == "Union Chief"


def test_a_name_a_preposition_governs_before_a_colon_is_no_speaker(nlp: Any) -> None:
    text = (
        "In the hours after the vote, a familiar voice mocked the result on Twitter: "
        '"We will be back, and we will win next time."'
    )
    assert _speaker(_colon_quote(nlp, text)) == "a familiar voice"
    # a preposition of source still gives the speaker
    more = 'The harbour vote went ahead.\n\nMore from Ann Lee: "We expected it to pass."'
    assert _speaker(_colon_quote(nlp, more)) == "Ann Lee"


def test_a_colon_reply_belongs_to_the_main_clause_not_the_when_clause(nlp: Any) -> None:
    text = (
        "When the mayor suggested that the city would appeal the ruling, Councillor Ruth "
        'Anand fired back: "If they appeal, they will lose."'
    )
    assert _speaker(_colon_quote(nlp, text)) == "Councillor Ruth Anand"


def test_the_noun_before_a_participle_after_with_does_it(nlp: Any) -> None:
    text = "The hearing ended with Tom Vale asking the judge whether the case would be dropped."
    assert _speaker(_by_cue(nlp, text, "asking")) == "Tom Vale"


def test_the_object_of_leave_does_the_participle_after_it(nlp: Any) -> None:
    text = "The cuts have left 70 percent of nurses saying they will quit."
    assert _speaker(_by_cue(nlp, text, "saying")) == "70 percent of nurses"


def test_a_place_or_event_left_does_not_do_the_participle(nlp: Any) -> None:
    # only people (or a name, a pronoun) left behind do what follows; a meeting is just left
    text = "Ann Lee left the meeting saying she was happy with the deal."
    assert _speaker(_by_cue(nlp, text, "saying")) == "Ann Lee"
    text = "Tom Vale left the hearing room saying the case was weak."
    assert _speaker(_by_cue(nlp, text, "saying")) == "Tom Vale"


def test_a_participle_after_a_comma_is_still_the_subjects(nlp: Any) -> None:
    text = "The board met with the union, saying talks would resume."
    assert _speaker(_by_cue(nlp, text, "saying")) == "The board"


def test_the_s_of_lets_is_the_pronoun_us_not_a_name(nlp: Any) -> None:
    q = _by_cue(nlp, "Let's say you think the new tax is fair.", "say")
    assert q.mention_kind == "pronoun" and q.antecedent is None
