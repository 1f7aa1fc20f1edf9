""" "Asked about Tom Reed's letter to the ferry board, she said ...": who the reporter's
question is about is not who answers it; "she" is the person in focus before the question.
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_name_in_the_reporters_question_is_not_who_answers() -> None:
    text = (
        "Ferry firm stands by crew\n\n"
        "Bea Tolland, the firm's operations chief, told the Courier that the crew had followed "
        'the rules. "We did nothing wrong," Tolland said.\n\n'
        "Asked whether the firm would answer Tom Reed's letter to the ferry board, published by "
        'the Herald on Friday, she said the firm would "take advice".\n'
    )
    assert speaker_of(text, "the firm would") == "Bea Tolland"
