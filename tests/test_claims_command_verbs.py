"""A verb of command hands its topic to its infinitive: in "clerks were ordered to shred
the files" the shredding is what is claimed, not the order, so two claims about different
things do not meet on "order". With an object of its own ("order an inspection") the verb
keeps its weight. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import only_claim


def test_an_order_to_do_something_is_no_topic(nlp: Any) -> None:
    weights = only_claim(
        nlp, "Clerk Tom Reed said he was ordered to shred the council's files."
    ).weights()
    assert "order" not in weights and "shred" in weights


def test_ordering_a_thing_keeps_the_order(nlp: Any) -> None:
    weights = only_claim(nlp, "Mayor Ann Bell said she would order an inspection.").weights()
    assert "order" in weights
