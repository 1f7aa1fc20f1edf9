"""Two ways a speaker phrase went to the wrong person: a relative clause after an apposed name
("The tribunal's chair, Tomas Ekwall, who opposed ..., maintained") can make the parser give
the verb both the role noun and the name as subjects -- the name speaks, not the owner of the
role; and "the governor" is the person titled so ("Governor Hal Brightwater"), not a
spokeswoman whose own reported words mention the governor right after her name; "the
academic" is the scholar named just before (an epithet), not the college of her apposition.
Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_an_apposed_name_with_a_relative_clause_speaks() -> None:
    text = (
        "The tribunal's chair, Tomas Ekwall, who opposed the audit, maintained that the "
        "original figures were accurate."
    )
    names = speaker_names({"a": text})
    assert names["the original figures were accurate"] == "Tomas Ekwall", names


def test_a_title_is_not_given_by_a_spokeswomans_reported_words() -> None:
    text = (
        "Governor Hal Brightwater's office answered within the hour.\n\n"
        'In a statement, press secretary Nell Tarrow said the governor "welcomes any review" '
        "of the contract.\n\n"
        "Asked about the contract on Friday, the governor said he had never met the contractor."
    )
    names = speaker_names({"a": text})
    assert names["he had never met the contractor"] == "Hal Brightwater", names


def test_the_academic_is_the_scholar_just_named() -> None:
    text = (
        "Dr Ines Valborg, a historian at Fernmouth College, thinks the archive was sold "
        "legally. 'Records of this kind changed hands all the time,' she said.\n\n"
        "The academic added that the buyer had 'every right' to the letters."
    )
    names = speaker_names({"a": text})
    assert names["the buyer had 'every right' to the letters"] == "Ines Valborg", names
