"""Person names behind a description: the description becomes role and affiliation."""

from __future__ import annotations

import pytest

from kg.extract.names import is_person_noun, parse_person, parse_phrase


@pytest.mark.parametrize(
    ("mention", "name", "role", "affiliation"),
    [
        ("Harbour Authority spokesperson Ann Lee", "Ann Lee", "spokesperson", "Harbour Authority"),
        ("city council spokesman Tom Reed", "Tom Reed", "city council spokesman", None),
        ("Foreign Minister Jan de Vries", "Jan de Vries", "Foreign Minister", None),
        ("veteran blogger Mira Osei", "Mira Osei", "veteran blogger", None),
    ],
)
def test_a_described_name_is_a_person(
    mention: str, name: str, role: str, affiliation: str | None
) -> None:
    parts = parse_phrase(mention)
    assert (parts.kind, parts.name, parts.role, parts.affiliation) == (
        "person",
        name,
        role,
        affiliation,
    )


@pytest.mark.parametrize(
    "phrase", ["the Defense Ministry", "Harbour Authority", "the city council", "General Motors"]
)
def test_organisations_stay_organisations(phrase: str) -> None:
    assert parse_phrase(phrase).kind == "organization"


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("spokesman", True),  # listed
        ("columnist", True),  # agent noun by its ending
        ("farmer", True),
        ("investor", True),
        ("newspaper", False),  # a thing
        ("publisher", False),  # a firm
        ("former", False),  # an adjective
        ("metaphor", False),  # -or agent nouns end in -tor or -sor
        ("ministry", False),
    ],
)
def test_person_nouns_by_list_and_by_agent_ending(word: str, person: bool) -> None:
    assert is_person_noun(word) is person


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("an anonymous columnist", "person"),
        ("a local farmer", "person"),
        ("the broadcaster", "organization"),
        ("the Christian Science Monitor", "organization"),
        ("Reuters", "organization"),  # a capitalised agent ending is a name
        ("Germans", "group"),  # a nation's people, from the country table
    ],
)
def test_agent_nouns_and_nations_in_phrases(phrase: str, kind: str) -> None:
    assert parse_phrase(phrase).kind == kind


def test_a_country_alone_read_as_a_person_keeps_its_name() -> None:
    assert parse_person("United States").name == "United States"
