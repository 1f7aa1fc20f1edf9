"""One source across reports that spell or shorten its name differently (h22d): a surname
ending "-ey" in one report and "-ie" in another is one surname when the given names agree
("Mira Dunley" / "Mira Dunlie"), a possessive included ("Dunlie's note"); a firm named by
the first word of its name ("Vossley said") is the firm named in full elsewhere ("Vossley
Flour Services"), unless the full name is a public body's. Texts are our own; the parse is
the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_a_surname_spelt_ey_and_ie_is_one_person() -> None:
    names = speaker_names(
        {
            "a": "Mira Dunley, the trust's finance director, said the accounts were audited.",
            "b": (
                "In a note to the governors, the trust's finance director Mira Dunlie wrote that "
                'the shortfall "came from the new roof".\n\n'
                'Dunlie\'s note also said that the audit "found every receipt".'
            ),
        }
    )
    said = {names[q] for q in names if q.startswith(("the accounts", "the shortfall", "the audit"))}
    assert len(said) == 1, names


def test_given_names_apart_keep_two_people() -> None:
    names = speaker_names(
        {
            "a": "Ann Dunley, a teacher, said the roof had leaked in March.",
            "b": "Bob Dunlie, a caretaker, said the boiler had failed twice.",
        }
    )
    assert names["the roof had leaked in March"] != names["the boiler had failed twice"]


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    names = speaker_names(
        {
            "a": (
                "Vossley Flour Services, which supplies the bakeries, said its mills had found "
                "no damp."
            ),
            "b": "In a statement, Vossley said it had found a leaking pipe in the store.",
        }
    )
    assert (
        names["its mills had found no damp"] == names["it had found a leaking pipe in the store"]
    ), names
