"""A headline's bare role noun ("Prosecutor tells jury ...", "Minister says ...") is the
person the body gives that role, or no source of its own: never a speaker named "Prosecutor"."""

from __future__ import annotations

from kg.run.pipeline import build_from_texts

from .conftest import speaker_of


def test_a_headline_role_is_the_person_the_body_gives_that_role() -> None:
    text = (
        'Prosecutor says the farmer "chose to shoot"\n\n'
        'Prosecutor Dana Whitlock told jurors on Tuesday that the farmer "chose to shoot." '
        "Defence lawyer Ann Lee said her client feared for his family."
    )
    assert speaker_of(text, 'the farmer "chose to shoot"') == "Dana Whitlock"


def test_a_headline_role_the_body_never_names_is_no_speaker_of_its_own() -> None:
    text = (
        "Minister says the bridge will reopen in May\n\n"
        "The bridge will reopen in May, officials said on Friday."
    )
    result = build_from_texts({"a": text})
    assert "Minister" not in {s.name for s in result.speakers.speakers}
    assert speaker_of(text, "the bridge will reopen in May") is None


def test_a_role_with_a_determiner_stays_a_described_speaker() -> None:
    # "the spokesman" is someone the article describes; only the bare headline word is no one.
    text = "The spokesman said the bridge would reopen in May."
    assert speaker_of(text, "the bridge would reopen in May") == "spokesman"
