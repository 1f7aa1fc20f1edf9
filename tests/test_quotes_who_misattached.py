""" "The report will pile pressure on the parish leader, Ann Lee, who yesterday denied that
X": "who" is a person, so when the parser hangs its clause on a thing ("pressure") the
speaker is the person named just before it, not the thing. A "which" on a thing stays with
the thing. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_who_on_a_thing_is_the_person_named_before_it() -> None:
    text = (
        "The account will pile pressure on the council leader, Cllr Ann Lee, who yesterday "
        "denied that the authority had covered up the leak and insisted there was no damage.\n"
    )
    assert speaker_of(text, "the authority had covered") in ("Ann Lee", "Cllr Ann Lee")


def test_who_on_a_person_stays_that_person() -> None:
    text = "The pipes were checked by Tom Reed, who said they had cracked.\n"
    assert speaker_of(text, "they had cracked") == "Tom Reed"


def test_who_after_people_named_by_a_plural_is_those_people() -> None:
    text = (
        "Drain study criticised\n\n"
        "A study linking the new drains to floods has drawn criticism from some independent "
        "engineers, who say its authors may have confused cause and effect.\n"
    )
    assert speaker_of(text, "its authors may have") != "drain"
