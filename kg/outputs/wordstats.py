"""Word counts of a graph's statements that questions weigh words by, counted once.

A question about a claim weighs each of its words by how rare it is among the
graph's quotes, and matches positions by the words their supporters used. Counting
those needs every quote and every supporting statement; ``kg build`` counts them
once and writes them into ``graph.sqlite`` (:func:`word_rows`), so that ``kg query``
reads a few rows instead of every statement of the graph
(:class:`kg.outputs.graphview.IndexedWordStats`). The question code counts the same way from a graph
without an index (:func:`quote_word_counts`, :func:`said_word_counts`).

:func:`words` and :func:`topic_words` are how kg splits a question and a statement into
words; they live here so that the build and the questions split alike.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.lexicon.questions import QUERY_STOPWORDS
from kg.outputs.attrs import attr_list

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "SaidWords",
    "quote_word_counts",
    "said_word_counts",
    "supporting_evidence",
    "topic_words",
    "word_rows",
    "words",
    "words_stamp",
]

_WORD = re.compile(r"\d[\d,.]*\d|[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    """Lowercase word tokens; a hyphen and a possessive split off.

    >>> words("The middle-man's claim, 21.5 grams")
    ['the', 'middle', 'man', 'claim', '21.5', 'grams']
    """
    out = []
    for w in _WORD.findall(text.replace("-", " ").replace("’", "'")):
        w = w.lower()
        out.append(w[:-2] if w.endswith("'s") else w)
    return out


def words_stamp() -> str:
    """What the word tables were counted with (the word pattern and the stop words): an
    index counted another way is not read for them, so a newer kg never misreads them.

    >>> len(words_stamp())
    16
    """
    import hashlib  # here: only building and opening an index need it

    spec = "\n".join([_WORD.pattern, *sorted(QUERY_STOPWORDS)])
    return hashlib.sha256(spec.encode("utf-8")).hexdigest()[:16]


def topic_words(text: str) -> list[str]:
    """The words of ``text`` that can name a topic (no stop words, no one-letter words)."""
    return [w for w in words(text) if w not in QUERY_STOPWORDS and len(w) > 1]


@dataclass(frozen=True)
class SaidWords:
    """The words a position's supporters used: how many statements support it, and how
    many of them use each topic word."""

    statements: int
    counts: dict[str, int]


def quote_texts(g: nx.MultiDiGraph) -> Iterator[str]:
    """The text of every quote of ``g`` (its ``quoted_in`` evidence), in edge order."""
    for _, _, data in g.edges(data=True):
        if data.get("relation") == "quoted_in":
            for e in attr_list(data, "evidence"):
                yield str(e.get("text", ""))


def quote_word_counts(texts: Iterable[str]) -> tuple[int, Counter[str]]:
    """How many ``texts`` there are, and in how many of them each word occurs (as
    :func:`words` of the lowercased text splits it).

    >>> quote_word_counts(["Rust, rust!", "No rust", "Fine"])
    (3, Counter({'rust': 2, 'no': 1, 'fine': 1}))
    """
    n, df = 0, Counter[str]()
    for text in texts:
        n += 1
        df.update(set(words(text.lower())))
    return n, df


def supporting_evidence(g: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """The evidence of the statements that support position ``node``."""
    out: list[dict[str, Any]] = []
    for _, _, data in g.in_edges(node, data=True):
        if data.get("relation") == "stance" and data.get("stance") == "supports":
            out.extend(attr_list(data, "evidence"))
    return out


def said_word_counts(g: nx.MultiDiGraph, node: str) -> SaidWords:
    """The :class:`SaidWords` of position ``node``: its supporters' statements' topic words."""
    # each statement's words once, in the order it uses them (a set's order would change
    # with the hash seed, and graph.sqlite with it)
    said = [
        dict.fromkeys(topic_words(str(e.get("text", "")))) for e in supporting_evidence(g, node)
    ]
    counts: Counter[str] = Counter()
    for found in said:
        counts.update(found.keys())
    return SaidWords(len(said), dict(counts))


#: The tables :func:`word_rows` fills (documented in the README and in kg.outputs.index).
WORD_SCHEMA = """
CREATE TABLE quote_words (word TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE position_said (
    position TEXT PRIMARY KEY, statements INTEGER NOT NULL, words TEXT NOT NULL
) WITHOUT ROWID;
"""


def word_rows(db: sqlite3.Connection, g: nx.MultiDiGraph) -> int:
    """Create and fill the word tables of ``g`` in ``db``; the number of quotes counted."""
    n, df = quote_word_counts(quote_texts(g))
    db.executescript(WORD_SCHEMA)
    db.executemany("INSERT INTO quote_words VALUES (?, ?)", sorted(df.items()))
    positions = [n for n, kind in g.nodes(data="kind") if kind == "position"]
    rows = []
    for node in positions:
        said = said_word_counts(g, node)
        rows.append((node, said.statements, json.dumps(said.counts, ensure_ascii=False)))
    db.executemany("INSERT INTO position_said VALUES (?, ?, ?)", rows)
    return n
