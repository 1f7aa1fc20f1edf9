"""Lists that several stages read the same way are written once, in kg/lexicon: the heads of
bodies' names (extraction's labels and names, assembly's clusters and phrases)."""

from __future__ import annotations

from kg.lexicon import (
    BODY_NAME_HEADS,
    BODY_OR_PLACE_HEADS,
    NAMED_BODY_HEADS,
    NOT_FIRM_HEADS,
    ORG_HEADS,
)


def test_the_heads_of_bodies_names_are_one_list() -> None:
    assert BODY_NAME_HEADS == ORG_HEADS | NAMED_BODY_HEADS
    assert {"ministry", "council", "bank", "union"} <= BODY_NAME_HEADS
    assert "airport" not in BODY_NAME_HEADS  # an institution's place, not an organisation


def test_bodies_of_a_kind_take_in_the_places_that_speak_as_one() -> None:
    assert BODY_OR_PLACE_HEADS == BODY_NAME_HEADS | NOT_FIRM_HEADS
    assert {"airport", "hospital", "authority", "bank"} <= BODY_OR_PLACE_HEADS


def test_the_roles_of_spokesmen_and_sources_are_among_those_kept_unnamed() -> None:
    from kg.lexicon import SPOKES_ROLE_HEADS, UNNAMED_ROLE_HEADS

    assert SPOKES_ROLE_HEADS < UNNAMED_ROLE_HEADS
    assert {"spokeswoman", "official", "source", "aide", "insider"} <= SPOKES_ROLE_HEADS
    assert "adviser" in UNNAMED_ROLE_HEADS - SPOKES_ROLE_HEADS
