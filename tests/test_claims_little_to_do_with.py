""" "X had little to do with Y" denies the link as "X had nothing to do with Y" does; "a
little" of something ("had a little help") denies nothing. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import only_claim


def test_little_to_do_with_denies(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the flooding had little to do with the new dam.")
    assert claim.negated == "little"


def test_nothing_to_do_with_still_denies(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the flooding had nothing to do with the new dam.")
    assert claim.negated == "nothing"


def test_a_little_help_denies_nothing(nlp: Any) -> None:
    claim = only_claim(nlp, "Ann Lee said the crew had a little help from the council.")
    assert claim.negated is None
