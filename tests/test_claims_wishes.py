"""A wish takes no side on whether its clause is so (h15b): "I'd love it to be a new
species", "I wish it were true", "We want it to be real" say what the speaker would like,
not what is. A plain statement still asserts. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "\u201cI\u2019d love it to be a new species, honestly I would,\u201d Dr Kay Reed said.",
        "\u201cI would like it to be true,\u201d Kay Reed said.",
        "\u201cI wish it were a new species,\u201d Kay Reed said.",
        "\u201cWe want it to be real,\u201d Kay Reed said.",
    ],
)
def test_a_wish_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


def test_a_statement_of_what_is_still_asserts(nlp: Any) -> None:
    assert not only_claim(nlp, "\u201cIt is a new species,\u201d Kay Reed said.").asks
