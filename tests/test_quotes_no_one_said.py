"""Reports that deny anyone said it, and quotations the parser takes for their speaker.

"None has said they want the night shift back" and "Lee did not say she wants it" report
nothing anyone said (the conventions: negated reports are no quotes), and nothing inside
them is reported either. '"Nonsense," wrote a reader' is the reader's: a quotation that
the parser makes the subject of the verb after it is never its own speaker. Texts are our
own; the extraction is the real one.
"""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _quotes(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [
        (q.text, q.mention.text if q.mention is not None else None)
        for q in extract_quotes(doc, "a")
    ]


def test_a_negative_subject_reports_nothing(nlp: Any) -> None:
    text = (
        "Several bakers wrote to the board, and none has said they want the night shift back. "
        "No one has claimed that the flour was spoiled. "
        "No official suggested the ovens were unsafe. "
        "Neither manager said the shop should close."
    )
    assert _quotes(nlp, text) == []


def test_a_cue_inside_a_negated_report_reports_nothing(nlp: Any) -> None:
    text = (
        "Ann Lee did not say she wants the night shift back. "
        "The bakers never claimed they wanted it."
    )
    assert _quotes(nlp, text) == []


def test_what_a_speaker_says_of_no_one_is_still_said(nlp: Any) -> None:
    text = (
        "Ann Lee said none of the loaves were wasted. Nobody believes the sales figures, Lee said."
    )
    found = _quotes(nlp, text)
    assert ("none of the loaves were wasted", "Ann Lee") in found
    assert any(speaker == "Lee" for _text, speaker in found[1:])


def test_a_one_word_quotation_is_not_the_speaker_after_the_verb(nlp: Any) -> None:
    text = (
        'Ann Lee defended the budget.\n\n"Nonsense," wrote a supporter of her rival. '
        '"What does she know about money?"\n'
    )
    found = _quotes(nlp, text)
    assert ('"Nonsense,"', "a supporter of her rival") in found
    assert all(speaker != "Nonsense" for _text, speaker in found)


def test_a_negation_inside_a_quotation_or_a_joined_verb_keeps_the_report(nlp: Any) -> None:
    text = (
        '"The ferry has never missed a sailing, and no inspector has found a fault," Ann Lee '
        "told the harbour board.\n\n"
        'Ivo Brandt said the board would not discuss "rumours" about the dredger and added '
        "that the harbour was open as usual.\n\n"
        'Maud Keller insisted the bakers had "never walked out without notice" and accused '
        'the chain of "playground bullying".\n'
    )
    found = dict(_quotes(nlp, text))
    quote = '"The ferry has never missed a sailing, and no inspector has found a fault,"'
    assert found[quote] == "Ann Lee"
    assert found["the harbour was open as usual"] == "Ivo Brandt"
    assert found['the chain of "playground bullying"'] == "Maud Keller"
