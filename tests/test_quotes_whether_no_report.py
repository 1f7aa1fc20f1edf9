"""A verb of saying or thinking inside a "whether" clause is a question, not a report: in
"declined to say whether the council believed the bridge was safe" nobody is quoted as
believing anything. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_declined_to_say_whether_the_council_believed_x() -> None:
    text = (
        "Ann Lee, the council's engineer, said the bridge had been inspected in May. She "
        "declined to say whether the council believed the bridge was safe."
    )
    names = speaker_names({"a": text})
    assert "the bridge was safe" not in names, names
    assert names.get("the bridge had been inspected in May") == "Ann Lee", names


def test_would_not_say_whether_the_board_thought_y() -> None:
    text = "The chairman would not say whether the board thought the plan would work."
    names = speaker_names({"a": text})
    assert "the plan would work" not in names, names
