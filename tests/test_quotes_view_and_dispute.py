"""Two cues of general English: a verb of stating with an opinion noun ("repeated her view
that X", "expressed the opinion that X") reports X; "disputed" reports its clause or its
object ("disputed that X", "disputed any link to X"), as "denied" and "rejected" do. Texts
are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Mira Patel, the firm's chief, said the kettles were safe. She repeated her view that "
    "the fault lay with the wiring, and said the firm had asked for new tests.\n\n"
    "Its owner, Tom Ray, said he had shut the shop, but he disputed any link to his "
    "kettles.\n\n"
    "The council disputed that the shop had been warned."
)


def test_a_stated_view_and_a_disputed_object_or_clause_are_quotes() -> None:
    names = speaker_names({"a": _TEXT})
    assert names.get("the fault lay with the wiring") == "Mira Patel"
    assert names.get("any link to his kettles") == "Tom Ray"
    assert "the shop had been warned" in names
