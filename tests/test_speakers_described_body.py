"""A public body described by words of its own is not the organisation named just before
it (h22d): "according to the island rescue service" after a bend in the road the tagger
took for an organisation is the rescue service speaking; "the agency" alone, or a
description sharing a word with the body named before, still refers back. Texts are our
own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_described_service_is_not_the_place_named_before() -> None:
    text = (
        "A tractor towing hay bales tipped over at Ostley Bend just after dawn on Sunday. "
        "Two farm hands were hurt, according to the island rescue service."
    )
    name = speaker_of(text, "Two farm hands were hurt")
    assert name is not None and "rescue service" in name.lower(), name


def test_a_description_sharing_a_word_still_refers_back() -> None:
    text = (
        "The Fennel Valley Water Authority closed two reservoirs on Monday.\n\n"
        "The water authority said the closures would last a week."
    )
    name = speaker_of(text, "the closures would last")
    assert name is not None and "Fennel Valley" in name, name


def test_a_union_described_in_the_lede_is_not_the_wire_of_the_dateline() -> None:
    text = (
        "TARROW, June 9 (PNS) - The bakery chain blamed its bakers on Thursday, a claim the "
        'bakers\' union rejected as "a cowardly dodge by the owners."'
    )
    name = speaker_of(text, '"a cowardly dodge')
    assert name is not None and "union" in name.lower(), name


def test_a_firm_described_by_its_kind_is_not_told_apart_from_the_firm_named_before() -> None:
    # "Brandt Bakeries will sell four shops ..., the small bakery company said": a firm's
    # description by its kind refers back; a public body's ("the island rescue
    # service") does not
    from kg.assemble.speakers.phrases import _described_otherwise
    from kg.extract.names import parse_phrase

    firm = parse_phrase("Brandt Bakeries")
    assert not _described_otherwise(parse_phrase("the small bakery company"), firm)
    assert not _described_otherwise(parse_phrase("the Danish firm"), firm)
    assert _described_otherwise(parse_phrase("the island rescue service"), firm)


def test_the_company_is_not_the_wire_of_the_dateline() -> None:
    text = (
        "LONDON (Reuters) - Pindar Cables will close its plant in Callowe by September with "
        "the loss of 300 jobs, the company said on Wednesday, blaming energy prices.\n"
    )
    assert speaker_of(text, "Pindar Cables will close") != "Reuters"
    text = "PARIS (AFP) - Vane Air will cut 40 flights a week, the airline said on Monday.\n"
    assert speaker_of(text, "Vane Air will cut") != "AFP"
