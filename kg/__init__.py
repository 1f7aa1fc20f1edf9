"""kg: who said what, and who disputes it.

The Python API mirrors the CLI and never prints or exits:

- :func:`build` / :func:`build_from_texts` — a graph (and every record) from files or texts;
- :func:`extract_quotes_from_text` — the quotes of one text;
- :func:`load_graph` / :func:`answer_question` — questions over a saved graph;
- :func:`board_rows` — the dispute board of a graph (who supports, who disputes each position).

Importing ``kg`` imports neither spaCy nor networkx: the build functions,
:func:`load_graph`, :func:`answer_question` and :func:`board_rows` are loaded when
first used, so a command that reads the ``graph.sqlite`` index starts without them.
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

if TYPE_CHECKING:
    from kg.outputs.board import board_rows
    from kg.outputs.graph import load_graph
    from kg.query import answer_question
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


def build_from_texts(texts: Any, name: str = "corpus", learned: bool = False) -> BuildResult:
    """Build the graph for ``{doc_id: text}`` (see :func:`kg.run.pipeline.build_from_texts`)."""
    from kg.run.pipeline import build_from_texts as _build

    return _build(texts, name=name, learned=learned)


def extract_quotes_from_text(
    text: str, doc_id: str = "text", learned: bool = False
) -> list[dict[str, Any]]:
    """The quotes of one text, as ``quotes.jsonl`` rows with resolved speakers (with the
    learned attributions, flagged ``learned``, when ``learned``)."""
    from kg.outputs.rows import quote_rows
    from kg.run.pipeline import build_from_texts as _build

    result = _build({doc_id: text}, name=doc_id, learned=learned)
    return quote_rows(result.quotes, result.speakers)


def __getattr__(name: str) -> Any:
    """``kg.load_graph``, ``kg.answer_question`` and ``kg.board_rows``, imported on first use."""
    if name == "board_rows":
        from kg.outputs.board import board_rows

        return board_rows
    if name == "load_graph":
        from kg.outputs.graph import load_graph

        return load_graph
    if name == "answer_question":
        from kg.query import answer_question

        return answer_question
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
