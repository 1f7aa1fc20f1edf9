""" "Rejected the suggestion, first made by X, that Y": the that-clause of a noun of what was
said is what the cue reports, even when a participle phrase between them misleads the parser
into hanging the clause on the participle. The content is Y, the speaker the cue's subject.
(As with "rejected the suggestion that Y", the content opens at the noun.) Texts are our own;
the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_rejected_the_suggestion_first_made_by_someone_that_y() -> None:
    text = (
        "Orbury Police said on Monday that its inquiries were continuing. The force has also "
        "rejected the suggestion, first made by lecturer Ann Voss, that a patrol car caused "
        "the crash."
    )
    names = speaker_names({"a": text})
    found = [q for q in names if q.endswith("that a patrol car caused the crash")]
    assert found and names[found[0]] == "Orbury Police", names
    assert "the suggestion" not in names, names
