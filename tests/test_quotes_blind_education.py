"""Forms of news copy a blind story of our own (an education rumour, h16c) showed kg
missing, pinned on texts we wrote: a name the entity tagger calls an organisation is a
person when an age is set beside it ("Holt, 17,"), so a later "he said" is that person.
Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_name_given_an_age_is_a_person_a_pronoun_refers_to() -> None:
    text = (
        "The council closed the market on Friday.\n\n"
        "Shoppers are divided. Peregrine Holt, 17, who works at Castlemere Garden Centre, "
        "said he had queued for an hour. 'It was chaos,' he said.\n"
    )
    assert speaker_of(text, "'It was chaos") == "Peregrine Holt"


def test_a_body_named_with_for_keeps_all_its_name() -> None:
    text = "The Department for Harbours said it was aware of the complaints.\n"
    assert speaker_of(text, "it was aware") == "Department for Harbours"
    text = "The Institute for Coastal Studies said the sea wall was old.\n"
    assert speaker_of(text, "the sea wall") == "Institute for Coastal Studies"
