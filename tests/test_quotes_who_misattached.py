""" "The report will put pressure on the school head, Ann Lee, who denied that X": "who" is
a person, so when the parser hangs its clause on a thing ("pressure") the speaker is the
person or people named right before it, not the thing; "who" on a person stays there. The
parser's attachment varies with the words, so the rule is checked on the tokens themselves
(real parse of our own text), and end to end where the attachment is right."""

from __future__ import annotations

from typing import Any

from .conftest import speaker_of


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_who_hung_on_a_thing_is_the_person_named_before_it(nlp: Any) -> None:
    from kg.extract.quotes.build import _who_of

    doc = nlp("The report will put pressure on the school head, Ann Lee, who denied it.")
    assert _who_of(_tok(doc, "who"), _tok(doc, "pressure")).text == "Lee"


def test_who_hung_on_a_thing_after_a_plural_is_those_people(nlp: Any) -> None:
    from kg.extract.quotes.build import _who_of

    doc = nlp("The study drew criticism from some engineers, who say it confused the causes.")
    assert _who_of(_tok(doc, "who"), _tok(doc, "criticism")).text == "engineers"


def test_who_on_a_person_stays_that_person() -> None:
    text = "The pipes were checked by Tom Reed, who said they had cracked.\n"
    assert speaker_of(text, "they had cracked") == "Tom Reed"
