"""A definite description headed by the last word of an organisation's name ("the union"
after "the Harbour Pilots' Union", "the authority" after "the Fennel Valley Water
Authority") stands for that organisation -- not for a person whose role nearby mentions
the noun ("Its president, X" / "X, the union's president") -- even when the name was only
inside what someone reported; and a later "It says" refers back to the description, the
latest mention of that body. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_union_is_the_named_union_not_its_president() -> None:
    text = (
        "Members of the Harbour Pilots' Union will stop work on Friday, the first stoppage "
        "at the port in a decade. Olga Brandt, the union's president, said the port had "
        "ignored three letters about night shifts.\n\n"
        "The union said the stoppage would last two days."
    )
    name = speaker_of(text, "the stoppage would last two days")
    assert name is not None and "Pilots" in name, name


def test_a_name_inside_a_report_still_names_the_authority() -> None:
    text = (
        "Residents of Millford say their water has tasted of metal since May. Councillor "
        "Petra Lund said the Fennel Valley Water Authority had broken its promise to replace "
        "the old pipes.\n\n"
        "The authority said the pipes would be replaced by June."
    )
    name = speaker_of(text, "the pipes would be replaced")
    assert name is not None and "Water Authority" in name, name


def test_it_after_the_union_says_is_the_union() -> None:
    text = (
        "The Ferry Crews' Union represents about 900 deckhands. Its members voted on Monday "
        "to refuse overtime at the Lakeside Ferry Company, which runs the island routes.\n\n"
        "The company said it had offered a new rota. The union says crews are overworked. "
        "It says shifts have grown to 14 hours."
    )
    name = speaker_of(text, "shifts have grown to 14 hours")
    assert name is not None and "Crews" in name, name
