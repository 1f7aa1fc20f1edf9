"""Three forms of news copy: "..., with its senior engineer saying X" is a report of the
engineer (the participle's doer after "with"); a trailing "..., casting fresh doubt on Y"
after a report is the writer's note of what the report did, not part of what was said; and
a headline's label before a colon ("Harbour board engineer: Tarlow pier unsafe") gives the
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
        "Pier row\n\n"
        "The harbour board has questioned the plan, with its senior engineer saying the pier "
        "looks more like a ruin than a landing stage.\n"
    )
    quotes = _quotes(nlp, text)
    said = [t for t in quotes if t.startswith("the pier looks more like a ruin")]
    assert said and quotes[said[0]] == "its senior engineer", quotes


def test_casting_doubt_after_a_report_is_the_writers(nlp: Any) -> None:
    text = (
        "Pier row\n\n"
        "An engineer who examined the pier has said it may be unsafe, casting fresh doubt on "
        "a plan the council has hailed.\n"
    )
    assert "it may be unsafe" in _quotes(nlp, text)


def test_a_headline_label_before_a_colon_gives_no_role(nlp: Any) -> None:
    text = (
        "Harbour board engineer: Ellerton 'pier' looks like a ruin\n\n"
        "The board that owns the pier met on Monday. Its senior engineer said the deck looks "
        "more like a ruin than a landing stage.\n"
    )
    quotes = _quotes(nlp, text)
    said = [t for t in quotes if t.startswith("the deck looks")]
    assert said and quotes[said[0]] == "Its senior engineer", quotes
