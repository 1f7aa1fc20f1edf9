"""One report's "Reg Tolland" is another's "Reginald Tolland": English clips given names
after their first syllables, and the short form is one person with the full one (the
lexicon of short forms cannot list them all). Texts are our own; the build is the real one."""

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
