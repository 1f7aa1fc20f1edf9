"""A headline may join the speaker's words and a second event with "as" ("Lee: pool 'safe'
as council faces questions"): the event is the headline's news, not the speaker's words, so
the quote ends before "as". In the body, "as" stays part of what was said. Texts are our
own; the build is the real one."""

from __future__ import annotations

from kg.run.pipeline import build_from_texts


def _quotes(text: str) -> list[str]:
    return [q.text for q in build_from_texts({"a": text}).quotes]


def test_a_headline_quote_ends_before_an_event_joined_by_as() -> None:
    text = (
        'Lee: lido "perfectly safe" as council faces questions over leak\n\n'
        "By Tom Vale\n\n"
        'Councillor Ann Lee said the lido was "perfectly safe" after a leak on Monday.\n'
    )
    found = [q for q in _quotes(text) if q.startswith('lido "perfectly safe"')]
    assert found == ['lido "perfectly safe"']


def test_in_the_body_as_stays_part_of_the_claim() -> None:
    text = (
        "Prices to rise\n\n"
        "By Tom Vale\n\n"
        "The baker Ann Lee said prices would rise as the cost of flour climbed.\n"
    )
    assert any(q.endswith("as the cost of flour climbed") for q in _quotes(text))
