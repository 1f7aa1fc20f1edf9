"""Sources named after a description, an outlet's own reporting, intensive reflexives and
refusals to name. Texts are our own; each case gave a spurious quote or a wrong speaker
before the rule it pins."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes
from kg.extract.quotes.subjects import _intensified


def _speakers(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(nlp(text), "t")
    return [
        (q.mention.text if q.mention else "", q.antecedent.text if q.antecedent else None)
        for q in quotes
    ]


def test_one_of_a_group_named_in_apposition_is_the_name(nlp: Any) -> None:
    text = "One of the fans, Jo Pell, 31, told the Gazette that she saw the singer leave early."
    assert _speakers(nlp, text) == [("Jo Pell", None)]


def test_an_outlets_own_understanding_quotes_no_one(nlp: Any) -> None:
    assert _speakers(nlp, "The Gazette understands the label is standing by the band.") == []
    assert _speakers(nlp, "Acme News has learned that the mayor will resign.") == []


def test_a_person_who_understands_still_speaks(nlp: Any) -> None:
    assert _speakers(nlp, "Ann Lee understands that the deal is off.") == [("Ann Lee", None)]


def test_declining_to_name_someone_says_nothing(nlp: Any) -> None:
    text = "A roadie who saw the row said he knew the man. He declined to name him."
    assert [c for c, _ in _speakers(nlp, text)] == ["A roadie"]


def test_an_intensive_reflexive_is_not_part_of_the_name(nlp: Any) -> None:
    text = "Adeyinka himself, speaking on Sunday, said the deal was dead."
    assert _speakers(nlp, text) == [("Adeyinka", None)]


def test_an_intensive_reflexive_stands_for_the_name_before_it(nlp: Any) -> None:
    doc = nlp("Marrow himself posted a reply on Sunday.")
    reflexive = next(t for t in doc if t.lower_ == "himself")
    assert _intensified(reflexive).text == "Marrow"
    assert _intensified(doc[0]).text == "Marrow"


def test_he_after_a_described_unnamed_source_is_that_source(nlp: Any) -> None:
    text = (
        '"The band is finished," one fan, Ann Lee, said.\n\n'
        "A guard at the gate, who asked not to be named because he was not allowed to speak "
        "to reporters, gave a different account. He said the singer had left by the back door."
    )
    assert _speakers(nlp, text) == [("Ann Lee", None), ("He", "A guard")]


def test_he_after_a_named_subject_still_goes_to_the_name(nlp: Any) -> None:
    text = (
        '"The band is finished," one fan, Ann Lee, said.\n\n'
        "Tom Hale gave a different account. He said the singer had left by the back door."
    )
    assert _speakers(nlp, text)[-1] == ("He", "Tom Hale")


def test_a_name_apposed_to_a_person_noun_is_a_person(nlp: Any) -> None:
    # the tagger calls this name an organisation; "she" must still find her, not the friend
    text = (
        "A friend of the singer said he was 'angry'.\n\n"
        "His neighbour, Glenys Wardle, 67, said she saw him come home in a taxi.\n\n"
        "'He had mud on his coat,' she said."
    )
    assert _speakers(nlp, text)[-1] == ("she", "Glenys Wardle")


def test_keeping_to_ones_account_restates_it(nlp: Any) -> None:
    text = "Ann Lee has stuck to her account that the mayor took the money."
    quotes = extract_quotes(nlp(text), "t")
    assert [(q.mention.text if q.mention else "", q.text) for q in quotes] == [
        ("Ann Lee", "the mayor took the money")
    ]
    stood = extract_quotes(nlp("The firm stood by its claim that the pipe had burst."), "t")
    assert [q.text for q in stood] == ["the pipe had burst"]


def test_keeping_to_a_story_that_is_a_relative_clause_says_nothing(nlp: Any) -> None:
    assert _speakers(nlp, "She stuck to the story that made her famous.") == []


def test_a_police_force_tagged_a_person_is_a_body() -> None:
    from kg.run.pipeline import build_from_texts

    text = (
        "ASHTON, England (Acme) - A singer was not arrested after a fight, police said on "
        "Saturday.\n\nHollin Police said in a statement that officers were called to Hill "
        "Street shortly after 2 a.m. on Friday and that a 30-year-old man had been arrested "
        "on suspicion of assault."
    )
    result = build_from_texts({"a": text})
    quote = next(q for q in result.quotes if q.text.startswith("officers were called"))
    speaker = result.speakers.speaker_of(quote)
    assert speaker is not None and speaker.name == "Hollin Police"
    assert speaker.type == "organization"


def test_a_cue_before_a_line_break_gives_no_empty_span(nlp: Any) -> None:
    # found by the fuzz test: the content was the line break alone
    assert extract_quotes(nlp("said\nadD"), "t") == []
