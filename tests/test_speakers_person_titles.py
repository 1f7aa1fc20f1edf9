"""A title that only opens a person's name ("Dr", "Mrs", "Prof") makes the name a person even
when the model tags it an organisation ("Dr Vandenberge" as ORG), so the quote joins the
person named in full above (h15b). Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_doctor_tagged_an_organisation_is_the_person_named_above() -> None:
    text = (
        "Dr Kay Vandenberge, the curator, said it was slag.\n\n"
        "'I'd love it to be a new species, honestly I would,' Dr Vandenberge said. "
        "'But the evidence just isn't there.'"
    )
    assert speaker_of(text, "'I'd love it") == "Kay Vandenberge"
