"""Property tests: any text or bytes end in records with true offsets or a clean KgError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.extract.records import extract_article
from kg.read.articles import article_from_text, read_article
from kg.run.pipeline import assemble

PIECES = st.sampled_from(
    [
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2019",
        "\u00ab",
        "\u00bb",
        ":",
        ",",
        ".",
        "\n",
        "\n\n",
        "said",
        "told",
        "according to",
        "he",
        "she",
        "they",
        "the ministry",
        "Ann Lee",
        "Gen. Kay",
        "that",
        "not",
        "blamed",
        "for",
        "the plan",
        "<script>",
        "\x0b",
        "\u2028",
        "\ufeff",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map(" ".join))
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(text=TEXTS)
def test_any_text_gives_true_offsets(nlp: Any, text: str) -> None:
    article = article_from_text(text, "fuzz")
    records = extract_article(nlp(article.text), article)
    for q in records.quotes:
        assert article.text[q.start : q.end] == q.text
        for span in (q.cue, q.mention, q.antecedent):
            if span is not None:
                assert article.text[span.start : span.end] == span.text
    assemble([records], name="fuzz")


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_read_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "case.txt"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except KgError as exc:
        assert str(path) in str(exc)
        return
    # The text is the file as Python reads it (offsets can be checked with plain Python).
    if article.encoding == "utf-8":
        with open(path, encoding="utf-8") as fh:
            expected = fh.read()
    elif article.encoding == "utf-16":
        expected = data.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
    else:
        assert article.encoding == "cp1252"
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        expected = data.decode("cp1252", "replace").replace("\r\n", "\n").replace("\r", "\n")
    if expected.startswith("\ufeff"):
        expected = " " + expected[1:]  # a byte-order mark is kept as a space
    assert article.text == expected
    assert article.id == "case"
