"""A quotation in single marks that closes on a full stop ('B.') is a statement of its own,
as one in double marks is: a cue in the next paragraph ("X has written to Y") does not take
it; it carries on the quote before it ('A,' she said. 'B.'). Texts are our own; the parse is
the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_a_closed_single_quotation_is_not_taken_by_the_next_paragraph() -> None:
    text = (
        "Ada Lund, 41, a teacher from Orbury, lost her deposit.\n\n"
        "'Nobody phoned us back for a week,' she said. 'If the ferry was cancelled, tell us "
        "why.'\n\n"
        "Quarle Ferries has written to the harbour board."
    )
    names = speaker_names({"a": text})
    assert names.get("'If the ferry was cancelled, tell us why.'") == "Ada Lund", names


def test_curly_single_marks_too() -> None:
    text = (
        "Ada Lund, 41, a teacher from Orbury, lost her deposit.\n\n"
        "‘Nobody phoned us back for a week,’ she said. ‘If the ferry was cancelled, tell us "
        "why.’\n\n"
        "Quarle Ferries has written to the harbour board."
    )
    names = speaker_names({"a": text})
    assert names.get("‘If the ferry was cancelled, tell us why.’") == "Ada Lund", names
