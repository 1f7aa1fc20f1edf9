"""Documents and descriptions as speakers (h19g): a letter or report named as the subject
speaks for whoever its participle says made it ("The letter, posted online and signed by 30
residents, says"; "a study led by Ann Lee"), and a later "It describes ..." is the same
makers; a thing ("the preprint") is nobody's role however near a name its word stood; a
post in a field ("professor of physics Ann Lee") makes her "the physicist". Texts are our
own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes


def _quote(nlp: Any, text: str, content: str) -> Quote:
    quotes = extract_quotes(nlp(text), "t")
    found = [q for q in quotes if q.text.startswith(content)]
    assert found, [q.text for q in quotes]
    return found[0]


_LETTER = (
    "The water board will decide on Friday, spokesman Tom Reed said.\n\n"
    "The letter, posted online on Monday and signed by 30 residents, says the board "
    '"should close the bridge now." It describes the survey as "a failure of public duty."'
)


def test_a_letter_signed_by_people_is_theirs(nlp: Any) -> None:
    q = _quote(nlp, _LETTER, 'the board "should close')
    assert q.mention.text == "30 residents", q.mention


def test_it_after_a_signed_letter_stands_for_its_signers(nlp: Any) -> None:
    q = _quote(nlp, _LETTER, "the survey as")
    assert q.antecedent is not None and q.antecedent.text == "30 residents", q.antecedent


def test_a_report_written_by_someone_is_hers(nlp: Any) -> None:
    text = (
        "Spokesman Tom Reed said the board had opened an inquiry.\n\n"
        "The report, written by engineer Ann Lee, found that the bridge was unsafe."
    )
    q = _quote(nlp, text, "the bridge was unsafe")
    assert "Ann Lee" in q.mention.text, q.mention


def test_a_thing_is_no_role_of_the_person_named_near_its_word(nlp: Any) -> None:
    text = (
        "The board will examine whether the data in the preprint were handled properly, "
        "spokeswoman Dana Reed said Monday.\n\n"
        "The preprint reported that the bridge was unsafe."
    )
    q = _quote(nlp, text, "the bridge was unsafe")
    assert q.antecedent is None, q.antecedent


def test_a_professor_of_physics_is_the_physicist(nlp: Any) -> None:
    text = (
        "The study was led by associate professor of physics Ann Lee. The water board "
        "disputes it, spokesman Tom Reed said.\n\n"
        'Lee said she welcomed the review. "We have nothing to hide," she said.\n\n'
        "The physicist said she still believed the bridge was unsafe."
    )
    q = _quote(nlp, text, "she still believed")
    assert q.antecedent is not None and "Ann Lee" in q.antecedent.text, q.antecedent


def test_a_history_lecturer_is_the_historian(nlp: Any) -> None:
    text = (
        "The review was led by Ann Lee, a history lecturer at Quenford College.\n\n"
        '"The frame tells us nothing about the paint," the historian said.'
    )
    q = _quote(nlp, text, '"The frame tells')
    assert q.antecedent is not None and "Ann Lee" in q.antecedent.text, q.antecedent
