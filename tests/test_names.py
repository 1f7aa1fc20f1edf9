"""Person names behind a description: the description becomes role and affiliation."""

from __future__ import annotations

import pytest

from kg.names import parse_phrase


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
