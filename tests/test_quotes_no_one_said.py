"""Reports that deny anyone said it, and quotations the parser takes for their speaker.

"None has said they want a recount" and "Lee did not say she wants one" report nothing
anyone said (the conventions: negated reports are no quotes), and nothing inside them is
reported either. '"Nonsense," wrote a reader' is the reader's: a quotation that the parser
makes the subject of the verb after it is never its own speaker. Texts are our own; the
extraction is the real one.
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
        "Several members issued statements, and none has said they want a recount. "
        "No one has claimed that the count was rigged. "
        "No official suggested the vote was unfair. "
        "Neither candidate said the result should stand."
    )
    assert _quotes(nlp, text) == []


def test_a_cue_inside_a_negated_report_reports_nothing(nlp: Any) -> None:
    text = "Ann Lee did not say she wants a recount. The members never claimed they wanted one."
    assert _quotes(nlp, text) == []


def test_what_a_speaker_says_of_no_one_is_still_said(nlp: Any) -> None:
    text = "Ann Lee said none of the ballots were lost. Nobody believes the figures, Lee said."
    found = _quotes(nlp, text)
    assert ("none of the ballots were lost", "Ann Lee") in found
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
        '"Every ballot was counted, and right now nobody can tell them that," Ann Lee told '
        "reporters.\n\n"
        'A spokesperson said the firm would not comment on "speculation" and repeated that it '
        "was cooperating with the inquiry.\n\n"
        'Tom Reed insisted the union had "never refused to negotiate" and accused the '
        'authority of "bully-boy tactics".\n'
    )
    found = dict(_quotes(nlp, text))
    assert found['"Every ballot was counted, and right now nobody can tell them that,"'] == (
        "Ann Lee"
    )
    assert found["it was cooperating with the inquiry"] == "A spokesperson"
    assert found['the authority of "bully-boy tactics"'] == "Tom Reed"
