"""A closed compound folds onto its last word when it names a kind of it ("wildfire" a fire,
"cellphone" a phone), but some word ends make compounds that name no kind of the end word:
"network" is no work, "pipeline" no line, "outcome" no coming (an airport is a port)."""

from __future__ import annotations

from kg.assemble.positions.corpus import fold_terms


def test_a_compound_that_names_no_kind_of_its_end_word_does_not_fold() -> None:
    vocab = ["network", "work", "pipeline", "line", "outcome", "come"]
    assert fold_terms(vocab) == {}


def test_a_compound_that_names_a_kind_of_its_end_word_still_folds() -> None:
    assert fold_terms(["wildfire", "fire", "cellphone", "phone", "airport", "port"]) == {
        "wildfire": "fire",
        "cellphone": "phone",
        "airport": "port",
    }
