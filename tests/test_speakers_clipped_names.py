"""One report's "Reg Tolland" is another's "Reginald Tolland": English clips given names
after their first syllables, and the short form is one person with the full one (the
lexicon of short forms cannot list them all). A tabloid's "his daughter Maisie" is the
"Maisie Trenholm" of another report, when no one else is named Maisie. Texts are our own;
the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names


def test_a_clipped_given_name_is_the_same_person_across_articles() -> None:
    names = speaker_names(
        {
            "a": "Reg Tolland, 79, said the marrow weighed more than his grandson.",
            "b": "Reginald Tolland said he had used the same seeds for forty years.",
        }
    )
    first = names["the marrow weighed more than his grandson"]
    second = names["he had used the same seeds for forty years"]
    assert first == second and "Tolland" in first


def test_a_given_name_alone_is_the_one_person_named_so_in_full_elsewhere() -> None:
    # tabloids give private people their first name only
    names = speaker_names(
        {
            "a": "His daughter Maisie, 54, said the dog had always been clever.",
            "b": 'His daughter, Maisie Trenholm, said the family had been "hounded" all week.',
        }
    )
    first = names["the dog had always been clever"]
    second = names['the family had been "hounded" all week']
    assert first == second and "Trenholm" in first


def test_a_given_name_two_people_share_stays_apart() -> None:
    names = speaker_names(
        {
            "a": "Maisie, 54, said the dog had always been clever.",
            "b": "Maisie Trenholm said the vet was wrong. Maisie Pollard said he was right.",
        }
    )
    assert "Trenholm" not in names["the dog had always been clever"]
    assert "Pollard" not in names["the dog had always been clever"]
