"""A group a story names once and then calls by a noun: "The group, which calls itself Night
Owl, ..." or "The Vanta Moth hacking crew has ..." then "the group said" / "The group says"
/ "It promised" are that name; "calls itself Night Owl" and "called in the police" report
nothing. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_NAMED_BY_ITSELF = (
    "Vandals deface archive site\n\n"
    "The group, which calls itself Night Owl, has defaced the home page of the Brenton County "
    "Archive twice this month.\n\n"
    '"The archive ignored every warning," the group said in a forum post, which the Herald '
    "obtained. It promised further attacks before Easter.\n\n"
    "The archive said it had called in the police.\n"
)


def test_the_group_is_the_name_it_calls_itself() -> None:
    assert speaker_of(_NAMED_BY_ITSELF, '"The archive ignored') == "Night Owl"


def test_it_after_the_group_is_the_name_it_calls_itself() -> None:
    assert speaker_of(_NAMED_BY_ITSELF, "further attacks") == "Night Owl"


def test_calling_oneself_a_name_or_calling_in_the_police_is_no_quote() -> None:
    from kg.run.pipeline import build_from_texts

    texts = [q.text for q in build_from_texts({"a": _NAMED_BY_ITSELF}).quotes]
    assert not any(t.startswith(("itself", "the police")) for t in texts), texts


def test_the_group_is_the_name_before_its_noun() -> None:
    text = (
        "Archive site defaced again\n\n"
        "The Vanta Moth hacking crew has defaced the home page of the Brenton County Archive "
        "for a third time.\n\n"
        'The group says the archive\'s passwords were "older than the building".\n'
    )
    assert speaker_of(text, "the archive's passwords") == "Vanta Moth"
