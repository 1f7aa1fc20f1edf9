"""Lists that several stages read the same way are written once, in kg/lexicon: the heads of
bodies' names (extraction's labels and names, assembly's clusters and phrases)."""

from __future__ import annotations

from kg.lexicon import BODY_NAME_HEADS, BODY_OR_PLACE_HEADS


def test_the_heads_of_bodies_names_are_one_list() -> None:
    assert {"ministry", "council", "bank", "union"} <= BODY_NAME_HEADS
    assert "airport" not in BODY_NAME_HEADS  # an institution's place, not an organisation


def test_bodies_of_a_kind_take_in_the_places_that_speak_as_one() -> None:
    assert {"airport", "hospital", "authority", "bank"} <= BODY_OR_PLACE_HEADS


def test_the_roles_of_spokesmen_and_sources_are_among_those_kept_unnamed() -> None:
    from kg.lexicon import SPOKES_ROLE_HEADS, UNNAMED_ROLE_HEADS

    assert {"spokeswoman", "official", "source", "aide", "insider"} <= SPOKES_ROLE_HEADS
    assert "adviser" in UNNAMED_ROLE_HEADS - SPOKES_ROLE_HEADS


def test_one_lookup_folds_a_synonym_before_reading_its_side() -> None:
    """Claims (kg.extract.claims.negation) and questions (kg.query.poles) read a word's side
    of a pair of opposites through the same function."""
    from kg.lexicon import POLE_OF, SYNONYM_OF, pole_word

    assert pole_word("Hazardous") == "dangerous"
    assert pole_word("safe") == "safe"
    assert pole_word("table") is None
    # a word and its group's first word never stand on different sides, so the order in
    # which the two are tried cannot change a side
    for word, first in SYNONYM_OF.items():
        if word in POLE_OF and first in POLE_OF:
            assert POLE_OF[word] == POLE_OF[first], word
