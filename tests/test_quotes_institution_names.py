"""A name whose last word is the head of an institution or a place that speaks as a body
("Sallowby Airport", "Orbury Hospital", "Fenwick Constabulary") names an organisation, even
when the entity tagger took it for a person: "the airport" refers back to it, and it is typed
an organisation. Texts are our own; the parse is the real model."""

from __future__ import annotations

from kg.extract.names import institution_named

from .conftest import speaker_of

_TEXT = (
    "Sallowby Airport halted all takeoffs and landings shortly after 9 p.m. Tuesday, when a "
    "member of the ground crew reported a fire near the northern fence. More reports followed "
    "through the night, according to the airport, which said it had logged 12 calls."
)


def test_the_airport_refers_back_to_an_airport_tagged_a_person() -> None:
    assert speaker_of(_TEXT, "More reports followed") == "Sallowby Airport"
    assert speaker_of(_TEXT, "it had logged 12 calls") == "Sallowby Airport"


def test_institution_heads_and_surnames() -> None:
    assert institution_named("Sallowby Airport") and institution_named("Fenwick Constabulary")
    assert not institution_named("Ann Court") and not institution_named("Airport")
    assert not institution_named("Tom Bank") and not institution_named("Ann airport")


def test_an_untagged_airline_name_is_one_organisation_across_articles() -> None:
    from kg.run.pipeline import build_from_texts

    first = (
        'Carol Ebbage, 61, said she had watched the fires herself. "I know what I saw."\n\n'
        "Gannet Airways, which operates most of the airport's scheduled flights, said it had "
        "canceled 41 departures."
    )
    second = "Gannet Airways said on Friday that the closure had cost it about 1 million pounds."
    result = build_from_texts({"a": first, "b": second})
    found = {}
    for q in result.quotes:
        s = result.speakers.speaker_of(q)
        if s is not None and "Gannet" in s.name:
            found[q.doc] = (s.name, s.type)
    assert found == {
        "a": ("Gannet Airways", "organization"),
        "b": ("Gannet Airways", "organization"),
    }, found
