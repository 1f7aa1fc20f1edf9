"""What kind of source a mention is (person, group, organisation), read so that a later
"he" or "she" finds the right speaker."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


def _antecedent_of(quotes: list[Quote], content: str) -> str | None:
    (q,) = [q for q in quotes if q.text == content]
    return q.antecedent.text if q.antecedent is not None else None


def test_he_does_not_stand_for_a_group_introduced_by_who(nlp: Any) -> None:
    # The relative "who" has no number: the group it stands for is no antecedent of "he".
    text = (
        "The plan drew criticism from some local engineers, who say the bridge is unsafe.\n\n"
        '"The steel is rusting," he said.'
    )
    quotes = _quotes(nlp, text)
    assert _antecedent_of(quotes, "the bridge is unsafe") == "some local engineers"
    assert _antecedent_of(quotes, '"The steel is rusting,"') is None


def test_a_name_tagged_as_a_firm_but_apposed_to_a_role_is_a_person(nlp: Any) -> None:
    # The tagger reads a lone surname as an organisation; "a professor of ..." makes it a person.
    doc = nlp(
        "Marquand, a professor of statistics at Kell University, said the sample was small.\n\n"
        '"It proves nothing," he said.'
    )
    assert any(e.text == "Marquand" and e.label_ == "ORG" for e in doc.ents)  # the premise
    quotes = extract_quotes(doc, "t")
    assert _antecedent_of(quotes, '"It proves nothing,"') == "Marquand"


def test_a_firm_apposed_to_a_role_noun_stays_a_firm(nlp: Any) -> None:
    text = (
        "Kessler Group, a sponsor of the race, said the course was safe.\n\n"
        '"We checked every bend," he said.'
    )
    quotes = _quotes(nlp, text)
    assert _antecedent_of(quotes, '"We checked every bend,"') != "Kessler Group"


def test_a_hyphenated_description_gives_way_to_the_name_in_apposition(nlp: Any) -> None:
    # The tokenizer splits "co-author"; the name hangs on "author", not on "co".
    text = (
        "Her co-author, economist Tom Reyes, said the figures were checked twice. "
        '"We took every precaution," he said.'
    )
    quotes = _quotes(nlp, text)
    first = [q for q in quotes if q.text == "the figures were checked twice"]
    assert first and first[0].mention is not None
    assert first[0].mention.text.endswith("Tom Reyes")
    assert _antecedent_of(quotes, '"We took every precaution,"') == first[0].mention.text


def test_a_hyphenated_description_alone_is_the_whole_word(nlp: Any) -> None:
    quotes = _quotes(nlp, "Her co-author said the figures were checked twice.")
    assert [q.mention.text for q in quotes if q.mention is not None] == ["Her co-author"]


def test_he_prefers_a_person_in_its_own_paragraph(nlp: Any) -> None:
    # The subject of the paragraph before is farther away than the person named just before.
    text = (
        "Dr. Ann Lee, a surgeon, said the ward was full.\n\n"
        "The complaint came from Tom Ward of the nurses' union. "
        '"Nobody listens," he said.'
    )
    quotes = _quotes(nlp, text)
    assert _antecedent_of(quotes, '"Nobody listens,"') == "Tom Ward"


def test_a_name_apposed_to_one_of_the_critics_is_a_person(nlp: Any) -> None:
    doc = nlp(
        "Marquand, one of the plan's fiercest critics, said the plan was rushed.\n\n"
        '"It proves nothing," he said.'
    )
    quotes = extract_quotes(doc, "t")
    assert _antecedent_of(quotes, '"It proves nothing,"') == "Marquand"
