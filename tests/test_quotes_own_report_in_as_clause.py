""" "files it says were stolen from the council, as the authority continues to insist it has
no evidence that data was taken": an adverbial clause that is a report of its own -- also
through an aspect verb ("continues to insist", "went on to say") -- ends the first report's
content and is the second source's quote. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Files dumped online\n\n"
    "The Vanta Moth ransomware gang has published a second, far larger tranche of files it "
    "says were stolen from Brenton County Council, as the English local authority continues "
    "to insist it has no evidence that residents' data was exfiltrated.\n"
)


def test_the_first_report_ends_before_the_as_clause() -> None:
    names = speaker_names({"a": _TEXT})
    assert "were stolen from Brenton County Council" in names, names


def test_the_as_clause_is_a_report_of_its_own() -> None:
    names = speaker_names({"a": _TEXT})
    assert any(t.startswith("it has no evidence") for t in names), names
