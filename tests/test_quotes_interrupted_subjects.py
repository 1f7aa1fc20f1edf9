"""Two places the parser loses a cue's subject in news copy: a participle set off by commas
between the subject and the cue ("Mr Hale, reached at his home, said ..."), read as a
clause the cue reports; and a second cue hung on a clause inside the first report ("said the
family had been hounded since the photographs appeared and denied that ..."), which made the
denial part of what was said. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_subject_before_a_participle_between_commas_speaks() -> None:
    text = "Bins row\n\nMr Hale, reached at his home, said he had done nothing wrong.\n"
    assert speaker_of(text, "he had done nothing wrong") == "Hale"


def test_an_asked_participle_between_commas_keeps_the_subject() -> None:
    text = "Vote goes ahead\n\nBob Kerr, asked about the vote, said he would keep campaigning.\n"
    assert speaker_of(text, "he would keep campaigning") == "Bob Kerr"


def test_a_cue_hung_inside_the_first_report_is_a_second_report() -> None:
    text = (
        "Family denies selling story\n\n"
        'His sister, Ruth Hadley, said the family had been "hounded" since the photographs '
        "appeared and denied that they had been paid.\n"
    )
    assert speaker_of(text, "they had been paid") == "Ruth Hadley"
