"""A quote in single marks that ends on a quotation of its own in double marks
('... and say, "Look what they made us do."') closes after the double mark: the whole
paragraph quote is kept, with its speaker. Text is our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes
from kg.extract.quotes.marks import _single_regions


def test_a_single_quote_closes_after_a_double_quote_inside() -> None:
    text = "'Then they blame the council and say, \"It was not us.\"' he said."
    assert [text[a:b] for a, b in _single_regions(text, [(38, 54)])] == [text[:55]]


def test_the_second_part_of_a_split_quote_is_kept(nlp: Any) -> None:
    text = (
        "'This is a slow decline,' Ms Grey said. 'First you stop investing, then you point "
        'at the government and say, "Look what they made us do."\''
    )
    found = [
        (q.text, q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")
    ]
    assert len(found) == 2 and found[1][0].startswith("'First you stop"), found
    assert found[1][1] == "Ms Grey"
