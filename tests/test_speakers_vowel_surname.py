"""A surname misspelt by one vowel in another outlet ("Madaran" / "Madaren") is the same
person when the given name is the same; a different given name, or a surname alone, is not
enough. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_same_given_name_and_a_one_vowel_surname_are_one_person() -> None:
    names = speaker_names(
        {
            "a": "Detective Inspector Tobin Madaran of Orbury Police said officers had found "
            "the van.",
            "b": "Detective Inspector Tobin Madaren told reporters that the van had been stolen.",
        }
    )
    assert names["officers had found the van"] == names["the van had been stolen"], names


def test_another_given_name_keeps_them_apart() -> None:
    names = speaker_names(
        {
            "a": "Detective Inspector Tobin Madaran of Orbury Police said officers had found "
            "the van.",
            "b": "Councillor Ruth Madaren told reporters that the van had been stolen.",
        }
    )
    assert names["officers had found the van"] != names["the van had been stolen"], names
