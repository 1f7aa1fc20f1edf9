"""A quote in single marks that ends on a quotation of its own in double marks
('... and the office says, "Nothing we could do."') closes after the double mark: the whole
paragraph quote is kept, with its speaker. Text is our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import extract_quotes
from kg.extract.quotes.marks import _single_regions


def test_a_single_quote_closes_after_a_double_quote_inside() -> None:
    text = "'At nine the ferry office rang and said, \"Not our fault.\"' he said."
    assert [text[a:b] for a, b in _single_regions(text, [(41, 57)])] == [text[:58]]


def test_the_second_part_of_a_split_quote_is_kept(nlp: Any) -> None:
    text = (
        "'The boat was late again,' Ms Adeyinka said. 'Once the crew miss the tide, the office "
        'rings us at home and says, "Nothing we could do."\''
    )
    found = [
        (q.text, q.mention.text if q.mention else None) for q in extract_quotes(nlp(text), "t")
    ]
    assert len(found) == 2 and found[1][0].startswith("'Once the crew"), found
    assert found[1][1] == "Ms Adeyinka"
