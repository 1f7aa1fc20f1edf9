"""One source across reports that spell or shorten its name differently (h22d): a surname
ending "-ey" in one report and "-ie" in another is one surname when the given names agree
("Des Kerrey" / "Des Kerrie"), a possessive included ("Kerrie's letter"); a firm named by
the first word of its name ("Harlan said") is the firm named in full elsewhere ("Harlan
Hull Services"), unless the full name is a public body's. Texts are our own; the parse is
the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_a_surname_spelt_ey_and_ie_is_one_person() -> None:
    names = speaker_names(
        {
            "a": "Des Kerrey, the yard's managing director, said the weld had been checked in May.",
            "b": (
                "In a letter to the board, the yard's managing director Des Kerrie wrote that "
                'the split "is consistent with impact damage".\n\n'
                'Kerrie\'s letter also claimed that the survey "showed no defect".'
            ),
        }
    )
    said = {names[q] for q in names if q.startswith(("the weld", "the split", "the survey"))}
    assert len(said) == 1, names


def test_given_names_apart_keep_two_people() -> None:
    names = speaker_names(
        {
            "a": "Ann Kerrey, a welder, said the weld had been checked in May.",
            "b": "Bob Kerrie, a crane driver, said the crane had failed twice.",
        }
    )
    assert names["the weld had been checked in May"] != names["the crane had failed twice"]


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    names = speaker_names(
        {
            "a": (
                "Harlan Hull Services, which repairs the ferries, said its welders had found "
                "no defect."
            ),
            "b": "In a statement, Harlan said it had found a cut cable on the slipway.",
        }
    )
    assert (
        names["its welders had found no defect"] == names["it had found a cut cable on the slipway"]
    ), names
