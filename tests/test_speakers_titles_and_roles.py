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
        "The pilots are Ann Lee and Ivo Brandt, two of the longest-serving pilots on the "
        'harbour. "We know every rock," Lee said.\n\n'
        "Tom Reed, one of the board's engineers, said the new crane was late.\n\n"
        "The 64-year-old Maud Keller said she was tired of waiting.\n"
    )
    result = build_from_texts({"a": text})
    roles = {s.name: s.role for s in result.speakers.speakers}
    assert roles["Ann Lee"] == "pilot", roles
    assert roles["Tom Reed"] == "engineer", roles
    assert roles["Maud Keller"] in (None, "", "64-year-old"), roles  # not "old"
    aliases = {a for s in result.speakers.speakers for a in s.aliases}
    assert "old Maud Keller" not in aliases, aliases


def test_a_name_inside_a_quotation_is_not_the_full_name_of_a_surname() -> None:
    # the tagger reads "Slow - Brandt" in Lee's quotation as a person's full name
    text = (
        "Governor Ivo Brandt faced the parents again on Monday.\n\n"
        'Ann Lee went after Brandt in a letter to parents, saying he is "slow on school '
        "discipline, you see it every day. Slow - Brandt - slow on discipline. "
        'Slow as a snail."\n\n'
        '"I have kept the school\'s books in order for ten years," Brandt said.\n'
    )
    names = speaker_names({"a": text})
    quote = '"I have kept the school\'s books in order for ten years,"'
    assert names[quote] == "Ivo Brandt", names


def test_a_surname_the_tagger_calls_an_organisation_is_the_person_named_in_full() -> None:
    text = (
        "Senator Ann Sykes was questioned about the harbour again on Monday.\n\n"
        'Tom Reed wrote on his blog that the plan was "a shambles from start to finish."\n\n'
        '"I have read every page of the harbour plan," Sykes said.\n'
    )
    names = speaker_names({"a": text})
    assert names['"I have read every page of the harbour plan,"'] == "Ann Sykes", names
