"""Short quoted replies: a "not" inside the quotation, and a reply of one word.

'"Absolutely not," she said': the parser hangs the quoted "not" on "said", which read as a
cue nobody used ("she did not say"); '"Never," Lee said': one word, a whole reply, was too
short to keep, and so was 'Reed said, "Probably."'. Each text here is written for the test;
each reply was lost before the rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import Quote, extract_quotes


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "reply", "speaker"),
    [
        (
            'Ann Lee was asked whether she would resign.\n\n"Absolutely not," she said.',
            '"Absolutely not,"',
            "she",
        ),
        ('Tom Reed was asked about the merger.\n\n"Of course not," Reed said.', None, "Reed"),
        ('Ann Lee was asked whether she would resign.\n\n"Never," Lee said.', '"Never,"', "Lee"),
        (
            "Tom Reed was asked who would win the final. \u201cLeeds,\u201d he answered.",
            "\u201cLeeds,\u201d",
            "he",
        ),
        (
            'Asked whether he would fire the writer, Tom Reed said, "Probably."',
            '"Probably."',
            "Tom Reed",
        ),
    ],
)
def test_a_short_reply_before_its_cue_is_a_quote(
    nlp: Any, text: str, reply: str | None, speaker: str
) -> None:
    pairs = _pairs(nlp, text)
    assert [s for _, s in pairs] == [speaker]
    if reply is not None:
        assert pairs[0][0] == reply


def test_a_negated_cue_still_says_nothing(nlp: Any) -> None:
    text = "Ann Lee did not say whether the plant would close."
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The mayor called the plan "historic" on Monday.',
        'The levy pays for what engineers call "maintenance." It ends in May.',
    ],
)
def test_a_quoted_word_inside_a_sentence_is_no_reply(nlp: Any, text: str) -> None:
    assert all(
        q.text.strip(".") not in ('"historic"', '"maintenance."') for q in _quotes(nlp, text)
    )


def test_a_content_stops_before_the_opening_mark_of_the_next_quotation(nlp: Any) -> None:
    # Newspaper style with two single marks: the parser hung the opening mark on "was", so
    # the aside's content ran onto it and the quotation after it was dropped as overlapping.
    text = "The answer, the aide told them, was plain. ''Sell the old depot,'' she said."
    pairs = _pairs(nlp, text)
    assert ("''Sell the old depot,''", "she") in pairs
    assert ("was plain", "the aide") in pairs
