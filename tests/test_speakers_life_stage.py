"""Human-interest copy calls the person it is about by age or family standing: a tabloid
lede in capitals ("A GRAN who ... says ...") named in the next paragraph, "the pensioner"
after other people were quoted, "the retired bus driver", and a "she said" after such a
description. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_STORY = (
    "'I OWE HIM EVERYTHING': Gran says stray cat woke her as smoke filled flat\n\n"
    "By Dora Penwick\n\n"
    "A GRAN who was asleep when her kitchen caught fire says she owes her life to a stray "
    "cat that clawed at her bedroom door.\n\n"
    "Margaret Hollis, 84, had left a pan of chips on the hob when she nodded off in her "
    "armchair.\n\n"
    "'I heard this yowling and I thought I was dreaming,' Mrs Hollis said.\n\n"
    "The retired bus driver said firefighters arrived minutes after a neighbour raised the "
    "alarm.\n\n"
    "Her grandson Darren Price, 19, posted a photo of the cat on Facebook. Neighbour Gordon "
    "Blake said the whole street had turned out to watch. 'It was chaos,' he said.\n\n"
    "The pensioner said she would be leaving out food for the cat every night. 'He has "
    "earned it,' she said.\n"
)


def test_a_capitalised_lede_description_is_the_person_named_next() -> None:
    assert speaker_of(_STORY, "she owes her life") == "Margaret Hollis"


def test_a_retired_role_with_a_noun_before_it_is_the_person_in_focus() -> None:
    assert speaker_of(_STORY, "firefighters arrived") == "Margaret Hollis"


def test_the_pensioner_is_the_person_the_report_is_about_not_the_last_named() -> None:
    assert speaker_of(_STORY, "she would be leaving") == "Margaret Hollis"


def test_she_after_the_pensioner_is_the_pensioner() -> None:
    assert speaker_of(_STORY, "'He has earned it") == "Margaret Hollis"


def test_his_grandmother_is_someone_else() -> None:
    text = (
        "Tom Reed, 17, won the county chess title on Sunday.\n\n"
        "His grandmother said she had taught him the game when he was six."
    )
    assert speaker_of(text, "she had taught him") != "Tom Reed"
