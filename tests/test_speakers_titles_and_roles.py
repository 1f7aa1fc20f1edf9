"""Three ways a person's name is read: "Councillor" before a name is a title, so
"Councillor Ann Lee" and "Ann Lee" are one speaker; a name the entity tagger took for an
organisation is a person's when a role noun is set beside it ("Ann Lee, a consultant who
..."), so "Lee says" later is the same person; a lede's description of a person ("the
harbour's operations chief") is the person named next when that person's role holds its head
noun. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_councillor_is_a_title() -> None:
    texts = {
        "a": "City councillor Petra Lund said the ferry timetable was a disgrace.",
        "b": "Councillor Petra Lund has told residents that the ferry company must apologise.",
    }
    names = speaker_names(texts)
    assert names["the ferry timetable was a disgrace"] == "Petra Lund", names
    assert names["the ferry company must apologise"] == "Petra Lund", names


def test_a_role_beside_a_name_makes_it_a_person() -> None:
    text = (
        "Odile Marchbank, a consultant who advises ferry operators on staffing, says operators "
        'have been slow to adapt. "Nobody reads the rota," Marchbank says.'
    )
    names = speaker_names({"a": text})
    assert names["operators have been slow to adapt"] == "Odile Marchbank", names
    assert names['"Nobody reads the rota,"'] == "Odile Marchbank", names


def test_a_lede_description_joins_the_person_named_next() -> None:
    text = (
        "The harbour's port chief has warned that the cranes will stop on Friday.\n\n"
        "Mark Olsen, chief executive of the Caldmouth Harbour Board, said the unions had "
        'ignored three safety reports. "We cannot wait any longer," Olsen said.\n\n'
        "Pilot Aron Fisk, a 20-year veteran, said the reports were exaggerated."
    )
    names = speaker_names({"a": text})
    assert names["the cranes will stop on Friday"] == "Mark Olsen", names
    assert names["the reports were exaggerated"] == "Aron Fisk", names


def test_a_description_does_not_join_a_person_of_another_role() -> None:
    text = (
        "A senior port official said the cranes would stop on Friday.\n\n"
        "Mark Olsen, chief executive of the Caldmouth Harbour Board, said the unions had "
        "ignored three safety reports."
    )
    names = speaker_names({"a": text})
    assert names["the cranes would stop on Friday"] != "Mark Olsen", names


def test_a_number_or_an_age_before_a_name_is_no_role() -> None:
    from kg.run.pipeline import build_from_texts

    text = (
        "The reporters are Ann Palmer and Jake Shore, two of the most aggressive reporters in "
        'town. "We will break news," Palmer said.\n\n'
        "Tad Devine, one of the campaign's advisers, said the race was close.\n\n"
        "The 78-year-old Brenda Johnson said she was worried.\n"
    )
    result = build_from_texts({"a": text})
    roles = {s.name: s.role for s in result.speakers.speakers}
    assert roles["Ann Palmer"] == "reporter", roles
    assert roles["Tad Devine"] == "adviser", roles
    assert roles["Brenda Johnson"] in (None, "", "78-year-old"), roles  # not "old"
    aliases = {a for s in result.speakers.speakers for a in s.aliases}
    assert "old Brenda Johnson" not in aliases, aliases


def test_a_name_inside_a_quotation_is_not_the_full_name_of_a_surname() -> None:
    # the tagger reads "Weak - Moran" in Cole's quotation as a person's full name
    text = (
        "Senator Tom Moran was attacked again on Friday.\n\n"
        'Ben Cole on Thursday ratcheted up his attacks on Moran, saying he is "weak on '
        "illegal immigration, you know that. Weak - Moran - weak on illegal immigration. "
        'Like weak like a baby."\n\n'
        '"I was involved in an effort to fix the problem," Moran said.\n'
    )
    names = speaker_names({"a": text})
    assert names['"I was involved in an effort to fix the problem,"'] == "Tom Moran", names


def test_a_surname_the_tagger_calls_an_organisation_is_the_person_named_in_full() -> None:
    text = (
        "Senator Tom Reyes was attacked again on Friday.\n\n"
        'Ben Cole kept up his attacks. "Lazy Reyes, a total disaster," Cole said.\n\n'
        '"I was involved in an effort to fix the problem," Reyes said.\n'
    )
    names = speaker_names({"a": text})
    assert names['"I was involved in an effort to fix the problem,"'] == "Tom Reyes", names
