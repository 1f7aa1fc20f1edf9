""" "Asked whether the firm would sue over Tom Reed's email, she said ...": who the
reporter's question is about is not who answers it; "she" is the person in focus before
the question. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_name_in_the_reporters_question_is_not_who_answers() -> None:
    text = (
        "Supplier hits back\n\n"
        "Bea Crowe, the firm's technical chief, told the Courier that its logs were clean. "
        '"We are not the explanation," Crowe said.\n\n'
        "Asked whether the firm would sue over Tom Reed's email to councillors, first reported "
        'by the Herald, she said the firm was "keeping all options open".\n'
    )
    assert speaker_of(text, "the firm was") == "Bea Crowe"
