"""A later "it" means the body the paragraph is about: a description subject ("The water
board, which serves the valley, has ... That evening it said"), not a place named in a
relative clause or a phrase; not a name in a relative clause ("..., which the Herald has
seen. It warned ..."); not a word of a line of topic tags under the headline; nor an
outlet named in an earlier paragraph. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_BOARD = (
    "Taps run dry across Marlby\n\n"
    "By Ann Lee\n\n"
    "The Marlby Water Board has cut supplies to 3,000 homes.\n\n"
    "The board, which serves about 90,000 people in southern Wessex, has been unable to "
    "pump water since Monday. That evening it said in a notice on its website that it was "
    'dealing with "a burst main".\n'
)


def test_it_is_the_description_subject_not_a_place_in_its_relative_clause() -> None:
    assert speaker_of(_BOARD, "it was dealing") == "Marlby Water Board"


def test_it_is_not_the_subject_of_a_relative_clause() -> None:
    text = (
        "The Marlow Tenants Association posted a message on Monday.\n\n"
        '"We will be back," the Marlow Tenants Association said in a note sent with the '
        'photos, which the Herald has seen. It threatened to publish "more" within a week.\n'
    )
    assert speaker_of(text, 'to publish "more"') == "Marlow Tenants Association"


def test_it_is_not_a_word_of_a_line_of_topic_tags() -> None:
    text = (
        "Trust sells its last tug\n\n"
        "PortDesk Staff | June 2 | Ransomware, Public Sector\n\n"
        "The Kellow Harbour Trust, which runs the old docks, has sold its last tug. It says "
        "the sale covers a debt.\n"
    )
    assert speaker_of(text, "the sale covers") != "Ransomware"


def test_it_is_the_body_of_its_own_paragraph_not_an_outlet_before_it() -> None:
    text = (
        "The Fenwick District Council has closed the library.\n\n"
        "The Courier has not seen the report.\n\n"
        "The council has not changed its view. In a post on Sunday, it said the building "
        "was unsafe.\n"
    )
    assert speaker_of(text, "the building was unsafe") == "Fenwick District Council"
