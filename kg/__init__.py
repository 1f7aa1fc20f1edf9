"""kg: who said what, and who disputes it.

The Python API mirrors the CLI and never prints or exits:

- :func:`build` / :func:`build_from_texts` — a graph (and every record) from files or texts;
- :func:`extract_quotes_from_text` — the quotes of one text;
- :func:`load_graph` / :func:`answer_question` — questions over a saved graph;
- :func:`board_rows` — the dispute board of a graph (who supports, who disputes each position).

Importing ``kg`` does not import spaCy; the build functions load it when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import (
    ConfigError,
    GraphFileError,
    InputError,
    KgError,
    NoArticlesError,
    QueryError,
)
from kg.outputs.board import board_rows
from kg.outputs.graph import load_graph
from kg.query import answer_question

if TYPE_CHECKING:
    from kg.run.pipeline import BuildResult

__all__ = [
    "ConfigError",
    "GraphFileError",
    "InputError",
    "KgError",
    "NoArticlesError",
    "QueryError",
    "answer_question",
    "board_rows",
    "build",
    "build_from_texts",
    "extract_quotes_from_text",
    "load_graph",
]

__version__ = "0.1.0"


def build(paths: Any, **kwargs: Any) -> BuildResult:
    """Build the graph for article files or folders (see :func:`kg.run.pipeline.build`)."""
    from kg.run.pipeline import build as _build

    return _build(list(paths) if not isinstance(paths, str) else [paths], **kwargs)


def build_from_texts(texts: Any, name: str = "corpus") -> BuildResult:
    """Build the graph for ``{doc_id: text}`` (see :func:`kg.run.pipeline.build_from_texts`)."""
    from kg.run.pipeline import build_from_texts as _build

    return _build(texts, name=name)


def extract_quotes_from_text(text: str, doc_id: str = "text") -> list[dict[str, Any]]:
    """The quotes of one text, as ``quotes.jsonl`` rows with resolved speakers."""
    from kg.outputs.rows import quote_rows
    from kg.run.pipeline import build_from_texts as _build

    result = _build({doc_id: text}, name=doc_id)
    return quote_rows(result.quotes, result.speakers)
