"""A group a story names once and then calls by a noun: "The group, which calls itself Night
Owl, ..." or "The Night Owl hacking crew has ..." then "the group said" / "The group claims"
/ "It threatened" are Night Owl; "the gang" is never a firm named nearby, nor a platform in "a
local Facebook group"; "calls itself Night Owl" and "called in outside experts" report nothing.
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_NAMED_BY_ITSELF = (
    "Hackers hit county archive\n\n"
    "The group, which calls itself Night Owl, listed the Brenton County Archive on its website "
    "late on Monday and posted a sample of files.\n\n"
    '"The archive had a week to answer us," the group said in a note sent with the files, '
    "which the Herald has seen. It threatened to publish the rest within days.\n\n"
    "The archive said it had called in outside experts.\n"
)


def test_the_group_is_the_name_it_calls_itself() -> None:
    assert speaker_of(_NAMED_BY_ITSELF, '"The archive had a week') == "Night Owl"


def test_it_after_the_group_is_the_name_it_calls_itself() -> None:
    assert speaker_of(_NAMED_BY_ITSELF, "to publish the rest") == "Night Owl"


def test_calling_oneself_a_name_or_calling_in_experts_is_no_quote() -> None:
    from kg.run.pipeline import build_from_texts

    texts = [q.text for q in build_from_texts({"a": _NAMED_BY_ITSELF}).quotes]
    assert not any(t.startswith(("itself", "outside experts")) for t in texts), texts


def test_the_group_is_the_name_before_its_noun() -> None:
    text = (
        "Archive files dumped online\n\n"
        "The Vanta Moth hacking crew has published a second batch of files taken from the "
        "Brenton County Archive.\n\n"
        'The group claims the batch covers "every reader since 1990".\n'
    )
    assert speaker_of(text, "the batch covers") == "Vanta Moth"


def test_the_gang_is_not_a_platform_or_a_firm_named_nearby() -> None:
    text = (
        "Ann Lee found her address in a spreadsheet shared on a local Facebook group.\n\n"
        "Bea Marsh, of Kestrel Labs, said the files looked genuine.\n\n"
        "In a post on Thursday, the gang taunted the archive: 'Your outage has a name now.'\n"
    )
    assert speaker_of(text, "'Your outage") not in ("Facebook", "Kestrel Labs")
