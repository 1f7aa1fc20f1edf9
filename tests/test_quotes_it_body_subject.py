"""A later "it" means the body the paragraph is about: a description subject ("The board,
which covers the upper valley, ... Later that day it said"), not a place named in its
relative clause; not a name that is the subject of a relative clause ("..., which the
Herald obtained. It warned ..."); not a word of a line of topic tags under the headline;
nor an outlet named in an earlier paragraph. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_BOARD = (
    "Taps run dry across Marlby\n\n"
    "By Ann Lee\n\n"
    "The Marlby Water Board has cut supplies to 3,000 homes.\n\n"
    "The board, which covers most farms in southern Wessex, has not pumped water to the "
    'upper estates since Monday. Later that day it said engineers were mending "a burst '
    'main".\n'
)


def test_it_is_the_description_subject_not_a_place_in_its_relative_clause() -> None:
    assert speaker_of(_BOARD, "engineers were mending") == "Marlby Water Board"


def test_it_is_not_the_subject_of_a_relative_clause() -> None:
    text = (
        "The Marlow Tenants Association met on Monday.\n\n"
        '"We are not going away," the Marlow Tenants Association said in a letter to '
        "landlords, which the Herald obtained. It warned that rents would be withheld "
        '"from July".\n'
    )
    assert speaker_of(text, "rents would be withheld") == "Marlow Tenants Association"


def test_it_is_not_a_word_of_a_line_of_topic_tags() -> None:
    text = (
        "Trust sells its last tug\n\n"
        "PortDesk Staff | June 2 | Fraud, Heritage\n\n"
        "The Kellow Harbour Trust, which runs the old docks, has sold its last tug. It says "
        "the sale covers a debt.\n"
    )
    assert speaker_of(text, "the sale covers") != "Fraud"


def test_it_is_the_body_of_its_own_paragraph_not_an_outlet_before_it() -> None:
    text = (
        "The Fenwick District Council has closed the library.\n\n"
        "The Courier was unable to confirm the figures.\n\n"
        "The council has not changed course. In a post on Sunday, it said the roof of the "
        "building was unsafe.\n"
    )
    assert speaker_of(text, "the roof of the building") == "Fenwick District Council"
