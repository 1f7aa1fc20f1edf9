""" "Data" is one word: the model lemmatises it "datum" in some sentences and "data" in
others, which split one topic ("the data was taken", "the data is real") into two terms.
Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "The board said it had found no sign that personal data had been accessed.",
        '"The data is real and it is recent," the researcher said.',
        "The analyst said the customers' data had been sold online.",
    ],
)
def test_data_is_one_term(nlp: Any, text: str) -> None:
    terms = dict(only_claim(nlp, text).terms)
    assert "data" in terms and "datum" not in terms, terms
