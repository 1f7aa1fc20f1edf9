"""Speakers named by kind, rank or workplace (h21c): "Police said" in one article is the one
police force another article names ("Quenford Police"), but not when two forces are named;
"Chief Fire Officer Ann Lee" and "Detective Inspector Ann Lee" carry a title of several
words, not a given name "Fire Officer"; "analysts at Acme Securities" are told apart by the
firm they work at. Texts are our own; the whole build runs (real parse)."""

from __future__ import annotations

from kg.extract.names import parse_person

from .conftest import speaker_names


def test_bare_police_is_the_one_force_named_elsewhere() -> None:
    names = speaker_names(
        {
            "a": "Quenford Police said they had arrested no one after the flood at the depot.",
            "b": "Police have also said they are not treating the flood as suspicious.",
        }
    )
    assert names["they are not treating the flood as suspicious"] == "Quenford Police", names


def test_bare_police_stays_apart_when_two_forces_are_named() -> None:
    names = speaker_names(
        {
            "a": "Quenford Police said they had arrested no one. Transport Police said the "
            "line would reopen on Friday.",
            "b": "Police have also said they are not treating the flood as suspicious.",
        }
    )
    assert names["they are not treating the flood as suspicious"] == "Police", names


def test_a_title_of_several_capitalised_words_is_no_given_name() -> None:
    for written, title in (
        ("Chief Fire Officer Ann Lee", "Chief Fire Officer"),
        ("Detective Inspector Ann Lee", "Detective Inspector"),
        ("Detective Chief Inspector Ann Lee", "Detective Chief Inspector"),
    ):
        p = parse_person(written)
        assert (p.name, p.role) == ("Ann Lee", title), p
    assert parse_person("Hunter Lee").name == "Hunter Lee"
    assert parse_person("Mary Ann Lee").name == "Mary Ann Lee"


def test_analysts_are_named_by_the_firm_they_work_at() -> None:
    names = speaker_names(
        {
            "a": 'Analysts at Grayfield Capital said the costs "could exceed the insurance '
            'cover". Analysts at Bexley Partners said the shares were cheap.',
        }
    )
    assert names['the costs "could exceed the insurance cover"'] == (
        "Analysts at Grayfield Capital"
    ), names
    assert names["the shares were cheap"] == "Analysts at Bexley Partners", names


def test_a_firm_named_short_is_the_firm_named_in_full() -> None:
    # "Velmora said" (tagged a person: no given name anywhere) beside "Velmora Energy"
    names = speaker_names(
        {
            "a": "Velmora Energy chief executive Ann Lee said the pumps were safe. Velmora "
            "Energy said it would pay for repairs.",
            "b": "In a filing on Monday, Velmora said its meters logged no fault. Velmora said "
            "the pipe did not burst.",
        }
    )
    assert names["the pipe did not burst"] == "Velmora Energy", names
    assert names["the pumps were safe"] == "Ann Lee", names
