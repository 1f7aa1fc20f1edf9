"""A lede may introduce a source by what they do and name them further down ("a geologist
said X" ... "Ann Lee, a geologist at Acme University, said"): one person, when the article
names one person with that role. An unnamed spokesman stays apart from a named one. Texts
are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Quarry owner Redcliffe Stone has denied that blasting cracked the chapel wall, as a "
    "geologist said the frost of the past winter was the likelier cause.\n\n"
    "The parish council said the crack appeared in March.\n\n"
    "Professor Maria Quenby, a geologist at Tarnwick University who studies building stone, "
    "said the blasting was an unlikely culprit.\n\n"
    '"Frost opens old cracks every spring," Quenby said.'
)


def test_a_role_introduced_in_the_lede_is_the_person_named_later_with_it() -> None:
    names = speaker_names({"a": _TEXT})
    assert names.get("the frost of the past winter was the likelier cause") == "Maria Quenby"


def test_a_spokeswoman_in_the_lede_is_not_the_one_named_later() -> None:
    text = _TEXT.replace("a geologist said", "a spokeswoman said").replace(
        "a geologist at Tarnwick University who studies building stone",
        "a spokeswoman for Tarnwick University",
    )
    names = speaker_names({"a": text})
    key = "the frost of the past winter was the likelier cause"
    assert key in names  # the quote is found ...
    assert names[key] != "Maria Quenby"  # ... and not given to the named geologist
