"""Sports and news copy varies how it calls the speaker of a run of quotes: "he said", then
"the Welshman", "the veteran coach", "the club's boss" -- descriptions no one was given,
which mean the person just quoted (or the one person named between the two quotes). A
relative, a coach or a boss is a person, not a body. Texts are our own; the build is the
real one."""

from __future__ import annotations

from .conftest import speaker_of

_PRESSER = (
    "Coach backs fly-half after defeat\n\n"
    "By Nia Pellow\n\n"
    "Harbour Lions manager Owen Prothero has backed his fly-half Tom Gale after a third "
    "defeat in a row.\n\n"
    '"Tom made one mistake and people want to hang him for it," Prothero said.\n\n'
    'Asked whether Gale would start on Saturday, he said: "Yes. He is my first choice."\n\n'
    "The Welshman, who is in his second season at the club, admitted that the pack had "
    '"not turned up" in the second half.\n\n'
    '"We were second to every ball. That is on me," the veteran coach said.\n'
)


def test_a_nationality_noun_is_the_speaker_of_the_run() -> None:
    assert speaker_of(_PRESSER, 'the pack had "not turned up"') == "Owen Prothero"


def test_a_described_role_is_the_speaker_of_the_run() -> None:
    assert speaker_of(_PRESSER, '"We were second to every ball') == "Owen Prothero"


def test_the_one_person_named_between_two_quotes_is_the_description() -> None:
    text = (
        "Gale answers critics\n\n"
        "By Nia Pellow\n\n"
        'Tom Gale said he was "fine" after a difficult week.\n\n'
        '"I do not read the papers," Gale said.\n\n'
        "His coach, Owen Prothero, was in no mood to discuss the criticism. "
        '"Did you watch the game?" the Lions boss asked.\n'
    )
    assert speaker_of(text, '"Did you watch the game?"') == "Owen Prothero"


def test_a_body_quoted_before_is_no_described_person() -> None:
    text = (
        "Lions fined\n\n"
        'The Harbour Lions said in a statement that the fine was "unjust".\n\n'
        '"We will appeal," the veteran coach said.\n'
    )
    assert speaker_of(text, '"We will appeal,"') != "Harbour Lions"


def test_the_relative_is_the_relative_the_article_introduced() -> None:
    text = (
        "Singer to rest voice\n\n"
        "By Nia Pellow\n\n"
        "A relative of the singer, who asked not to be named, told Radio Wendle that she "
        "was tired but well.\n\n"
        '"She needs a month off, that is all," the relative said.\n'
    )
    assert speaker_of(text, '"She needs a month off') == speaker_of(text, "she was tired")


def test_the_other_coach_is_not_the_coach_named_before() -> None:
    text = (
        "Lions lose again\n\n"
        '"We were poor," Harbour Lions coach Owen Prothero said.\n\n'
        '"They deserved it," the other coach said.\n'
    )
    assert speaker_of(text, '"They deserved it,"') != "Owen Prothero"


def test_an_office_is_not_the_one_just_quoted_who_has_another_role() -> None:
    text = (
        "Row over figures\n\n"
        "Mark Ode, a builder, hit back on Friday, saying that the figures were wrong.\n\n"
        "The mayor renewed his criticism of the council on Thursday, saying it had "
        '"let the town down."\n'
    )
    assert speaker_of(text, "the figures were wrong") == "Mark Ode"
    assert speaker_of(text, 'it had "let the town down."') != "Mark Ode"


def test_an_office_title_the_article_gave_another_office_is_someone_else() -> None:
    text = (
        "New ferry terminal opens\n\n"
        '"This terminal will serve the whole coast," Gov. Ann Lee said on Monday.\n\n'
        'Touring the quay afterwards, the senator said the ferry service was "long overdue."\n'
    )
    assert speaker_of(text, 'the ferry service was "long overdue."') != "Ann Lee"


def test_an_abbreviated_title_gives_the_office() -> None:
    text = (
        "New ferry terminal opens\n\n"
        '"This terminal will serve the whole coast," Sen. Ann Lee said on Monday.\n\n'
        '"The ferries will be full by summer," the senator said.\n'
    )
    assert speaker_of(text, '"The ferries will be full by summer,"') == "Ann Lee"
