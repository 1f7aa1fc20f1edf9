"""Roles that stand for a source named elsewhere: a headline's bare role noun ("Prosecutor
tells jury ...", "Minister says ...") is the person the body gives that role, or no source of
its own (never a speaker named "Prosecutor"); a possessive role ("the study's lead author")
is the one person another article describes so; "the researchers" after a study are its voice;
"a spokesperson for the association" is named by the body they speak for."""

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


def test_a_possessive_role_is_the_person_another_article_describes_so() -> None:
    texts = {
        "a": "Dr. Ann Lee, a chemist at Tarn College and the study's lead author, said the "
        "results were clear.",
        "b": "The row grew on Friday, when the study's lead author said some critics were paid. "
        "Ann Marsh, a chemist, said that was false.",
    }
    result = build_from_texts(texts)
    by_text = {q.text: result.speakers.speaker_of(q) for q in result.quotes}
    lead = by_text["some critics were paid"]
    assert lead is not None and lead.name == "Ann Lee"
    assert lead.docs == ("a", "b")


def test_a_possessive_role_two_people_share_stays_apart() -> None:
    texts = {
        "a": "Ann Lee, the firm's founder, said sales rose.",
        "b": "Tom Ray, the firm's founder, said sales fell.",
        "c": "The firm's founder said prices would rise.",
    }
    result = build_from_texts(texts)
    (q,) = [q for q in result.quotes if q.text == "prices would rise"]
    speaker = result.speakers.speaker_of(q)
    assert speaker is None or speaker.name not in ("Ann Lee", "Tom Ray")


def test_a_spokesperson_for_a_body_is_named_by_it_and_kept_apart_from_it() -> None:
    text = (
        "The Tarn Growers Association said the ban was unfair. A spokesperson for the "
        "association said the group had asked for the raw data."
    )
    result = build_from_texts({"a": text})
    (q,) = [q for q in result.quotes if q.text.startswith("the group had asked")]
    speaker = result.speakers.speaker_of(q)
    assert speaker is not None
    assert (speaker.name, speaker.type) == ("spokesperson for the association", "person")


def test_the_researchers_after_a_study_are_its_voice() -> None:
    text = (
        "People who eat late sleep worse, according to a large study published on Monday. "
        "The researchers said the effect held for all ages."
    )
    result = build_from_texts({"a": text})
    names = {q.text: result.speakers.speaker_of(q) for q in result.quotes}
    study, researchers = (
        names["People who eat late sleep worse"],
        names["the effect held for all ages"],
    )
    assert study is not None and researchers is not None
    assert study.id == researchers.id


def test_the_researchers_with_no_study_quoted_stay_themselves() -> None:
    text = "The city opened a new lab on Monday. The researchers said the work would take years."
    (q,) = build_from_texts({"a": text}).quotes
    assert speaker_of(text, "the work would take years") == "researchers"
    assert q.text == "the work would take years"
