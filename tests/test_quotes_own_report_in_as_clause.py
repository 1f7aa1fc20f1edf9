""" "a batch of letters it says were taken from the county archive, as the archive keeps
maintaining it has no record that any letter was removed": an adverbial clause that is a
report of its own through an aspect verb ("continues to maintain", "went on to say") ends
the first report's content and is the second source's quote. Texts are our own; the build
is the real one."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "The crew has posted a batch of letters it says were taken from the county archive, as "
    "the local archive continues to maintain it has no record that any letter was removed.\n"
)


def test_the_first_report_ends_before_the_as_clause() -> None:
    names = speaker_names({"a": _TEXT})
    assert "were taken from the county archive" in names, names


def test_the_as_clause_is_a_report_of_its_own() -> None:
    names = speaker_names({"a": _TEXT})
    assert any(t.startswith("it has no record") for t in names), names
