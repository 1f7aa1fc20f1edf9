"""Three forms of news copy: "..., with its planning director saying X" is a report of the
director (the participle's doer after "with"); a trailing "..., reigniting a row over Y"
after a report is the writer's note of what the report did, not part of what was said; and
a headline's label before a colon ("Rail union chief: Ellerton 'timetable' ...") gives the
role to no one named after the colon. Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes


def _quotes(nlp: Any, text: str) -> dict[str, str | None]:
    return {
        q.text: (q.antecedent or q.mention).text if (q.antecedent or q.mention) else None
        for q in extract_quotes(nlp(text), "t")
    }


def test_with_and_a_saying_participle_is_a_report_of_its_doer(nlp: Any) -> None:
    text = (
        "Timetable row\n\n"
        "The rail operator defended the timetable, with its planning director saying the "
        "late trains were caused by the storms.\n"
    )
    quotes = _quotes(nlp, text)
    said = [t for t in quotes if t.startswith("the late trains were caused")]
    assert said and quotes[said[0]] == "its planning director", quotes


def test_a_result_participle_after_a_report_is_the_writers(nlp: Any) -> None:
    text = (
        "Cliff row\n\n"
        "A geologist has said the cliff path is eroding fast, reigniting a row over the sea "
        "wall.\n"
    )
    assert "the cliff path is eroding fast" in _quotes(nlp, text)


def test_a_headline_label_before_a_colon_gives_no_role(nlp: Any) -> None:
    text = (
        "Rail union chief: Ellerton 'timetable' is a shambles\n\n"
        "The union met on Monday. Its chief said the late trains were caused by cuts.\n"
    )
    quotes = _quotes(nlp, text)
    said = [t for t in quotes if t.startswith("the late trains")]
    assert said and quotes[said[0]] == "Its chief", quotes
