"""The query index: ``graph.sqlite``, the graph of ``graph.json`` in an SQLite file.

``kg build`` writes it next to ``graph.json`` so that the commands that read a
built graph (``kg query``, ``show``, ``speakers``, ``positions``, ``stances``)
start in a blink: reading it needs the standard library only (no networkx), and
:class:`kg.outputs.graphview.GraphView` answers exactly as the graph loaded from
``graph.json`` does.

Tables (users may open the file themselves)::

    build(name TEXT PRIMARY KEY, value)       -- index_version, kg_version, created,
                                              -- graph_json_sha256/_size/_mtime_ns,
                                              -- quotes_counted (quotes quote_words counts),
                                              -- words_stamp (how the words were split)
    graph(seq INTEGER PRIMARY KEY, name TEXT, value TEXT)   -- graph attributes, JSON values
    nodes(seq INTEGER PRIMARY KEY, id TEXT UNIQUE, kind TEXT, label TEXT,
          attrs TEXT, text_attr TEXT, text TEXT)
    edges(seq INTEGER PRIMARY KEY, source TEXT, target TEXT, key, relation TEXT,
          stance TEXT, weight, attrs TEXT, text_attr TEXT, text TEXT)
                                              -- indexed on source, target, relation
                                              -- and (relation, stance); the stance edges
                                              -- on (target, stance, source, weight)
    quote_words(word TEXT PRIMARY KEY, quotes INTEGER)
                                              -- in how many quotes each word occurs
    position_said(position TEXT PRIMARY KEY, statements INTEGER, words TEXT)
                                              -- a position's supporting statements, and
                                              -- how many use each topic word (JSON object)
    query_facts(name TEXT PRIMARY KEY, value TEXT)
                                              -- JSON facts derived by the question rules:
                                              -- name_forms, name_words, positions_by_word
                                              -- (build row facts_stamp: which rules)
    position_stems(stem TEXT, first4 TEXT, last4 TEXT, word TEXT)
                                              -- each stem of each position word, indexed
                                              -- on stem, first4 and last4

``quote_words`` and ``position_said`` are counted by :mod:`kg.outputs.wordstats` at build
time, so that a question weighs its words and matches positions without reading every
statement; ``query_facts`` is derived by :mod:`kg.outputs.wordforms`, so that it need not
split every speaker's names and every position's words.

``attrs`` is the JSON object of a node's or edge's attributes exactly as
``graph.json`` holds them (lists and evidence are JSON strings inside it), except
its longest text: the attribute named by ``text_attr`` (``evidence`` on every stance
and ``quoted_in`` edge; else a string of 256 characters or more) is stored as it is
in ``text``, and ``attrs`` holds ``null`` in its place, so that reading it back does
not unescape megabytes of JSON. For
example, every stance statement with its speaker::

    SELECT e.source, e.stance, e.target, j.value ->> 'text'
    FROM edges e, json_each(e.text) j
    WHERE e.relation = 'stance' AND e.text_attr = 'evidence';

``kind``, ``label``, ``relation``, ``stance`` and ``weight`` repeat attributes as
columns to select and sort by.

``seq`` is the order of ``graph.json``: reading rows by ``seq`` gives the nodes and
edges in the order networkx gives them after loading ``graph.json``.

The index belongs to the ``graph.json`` written in the same build: ``build`` holds
that file's SHA-256, size and modification time, and :func:`index_matches` checks
them (the hash only when the time differs), so an index left beside another
``graph.json`` is never read in its place.

This module imports neither networkx nor any NLP library.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import GraphFileError
from kg.outputs.wordforms import fact_rows
from kg.outputs.wordstats import word_rows, words_stamp

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "INDEX_NAME",
    "INDEX_VERSION",
    "BuildStamp",
    "connect_index",
    "file_stamp",
    "index_bytes",
    "index_matches",
    "index_path_for",
    "read_stamp",
    "split_attrs",
    "write_index",
]

#: File name of the index, next to ``graph.json``.
INDEX_NAME = "graph.sqlite"
#: Version of the table layout below; an index of another version is not read.
INDEX_VERSION = 3

_SCHEMA = """
CREATE TABLE build (name TEXT PRIMARY KEY, value);
CREATE TABLE graph (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE nodes (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT, label TEXT,
    attrs TEXT NOT NULL, text_attr TEXT, text TEXT
);
CREATE TABLE edges (
    seq INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, key,
    relation TEXT, stance TEXT, weight, attrs TEXT NOT NULL, text_attr TEXT, text TEXT
);
CREATE INDEX edges_source ON edges (source);
CREATE INDEX edges_target ON edges (target);
CREATE INDEX edges_relation ON edges (relation);
CREATE INDEX edges_stance ON edges (relation, stance);
CREATE INDEX edges_stance_tally ON edges (target, stance, source, weight, relation)
    WHERE relation = 'stance';
CREATE INDEX nodes_kind ON nodes (kind);
"""


@dataclass(frozen=True)
class BuildStamp:
    """What ties an index to its ``graph.json``: the file's hash, size and time."""

    sha256: str
    size: int
    mtime_ns: int


def file_stamp(path: Path) -> BuildStamp:
    """The :class:`BuildStamp` of a file as it is on disk now."""
    import hashlib  # here: a reader that finds the time unchanged never hashes

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    st = path.stat()
    return BuildStamp(digest.hexdigest(), st.st_size, st.st_mtime_ns)


def index_path_for(graph_json: Path) -> Path:
    """Where the index of ``graph_json`` lives: ``graph.sqlite`` beside it.

    >>> index_path_for(Path("out/graph.json")).as_posix()
    'out/graph.sqlite'
    """
    return graph_json.with_suffix(".sqlite")


#: A string attribute at least this long is kept out of ``attrs`` (see the module doc).
LONG_TEXT = 256


def split_attrs(d: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """``attrs``, ``text_attr`` and ``text`` of one node's or edge's attributes.

    The text kept out of ``attrs`` is ``evidence`` whenever there is one (so that
    SQL finds every statement in one column), else the longest string attribute
    of at least :data:`LONG_TEXT` characters, if any.

    >>> split_attrs({"relation": "stance", "weight": 1, "evidence": "[]"})
    ('{"relation": "stance", "weight": 1, "evidence": null}', 'evidence', '[]')
    >>> split_attrs({"label": "short"})
    ('{"label": "short"}', None, None)
    """
    if isinstance(d.get("evidence"), str):
        name: str | None = "evidence"
    else:
        texts = [(len(v), k) for k, v in d.items() if isinstance(v, str) and len(v) >= LONG_TEXT]
        name = max(texts)[1] if texts else None
    if name is None:
        return json.dumps(d, ensure_ascii=False), None, None
    rest = {k: None if k == name else v for k, v in d.items()}
    return json.dumps(rest, ensure_ascii=False), name, d[name]


def _node_rows(g: nx.MultiDiGraph) -> Iterator[tuple[Any, ...]]:
    for seq, (n, d) in enumerate(g.nodes(data=True)):
        yield seq, n, d.get("kind"), d.get("label"), *split_attrs(d)


def _edge_rows(g: nx.MultiDiGraph) -> Iterator[tuple[Any, ...]]:
    for seq, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        yield seq, u, v, k, d.get("relation"), d.get("stance"), d.get("weight"), *split_attrs(d)


def _fill(db: sqlite3.Connection, g: nx.MultiDiGraph, stamp: BuildStamp) -> None:
    """Create the tables of an empty database and write ``g`` and ``stamp`` into it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        kg_version = version("kg")
    except PackageNotFoundError:
        kg_version = "unknown"
    db.executescript(_SCHEMA)
    build: Iterable[tuple[str, Any]] = [
        ("index_version", INDEX_VERSION),
        ("kg_version", kg_version),
        ("created", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        ("graph_json_sha256", stamp.sha256),
        ("graph_json_size", stamp.size),
        ("graph_json_mtime_ns", stamp.mtime_ns),
    ]
    db.executemany("INSERT INTO build VALUES (?, ?)", build)
    db.executemany(
        "INSERT INTO graph VALUES (?, ?, ?)",
        [(i, k, json.dumps(v, ensure_ascii=False)) for i, (k, v) in enumerate(g.graph.items())],
    )
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?)", _node_rows(g))
    db.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _edge_rows(g))
    db.execute("INSERT INTO build VALUES ('quotes_counted', ?)", (word_rows(db, g),))
    db.execute("INSERT INTO build VALUES ('words_stamp', ?)", (words_stamp(),))
    fact_rows(db, g)


def write_index(g: nx.MultiDiGraph, path: Path, graph_json: Path) -> None:
    """Write the index of ``g`` to ``path``, stamped with ``graph_json`` as it is on disk.

    Call it after ``graph_json`` (the same graph) was written. The file is built
    under a temporary name in the same folder and renamed into place, so a reader
    sees the previous index or this one, never half of one.
    """
    path = Path(path)
    tmp = _fill_file(g, path.parent, file_stamp(Path(graph_json)))
    try:
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def index_bytes(g: nx.MultiDiGraph, graph_json: bytes, mtime_ns: int) -> bytes:
    """The index of ``g`` as bytes, stamped with the ``graph.json`` bytes it goes with.

    For a build that publishes its outputs as one set: the caller gives the
    published ``graph.json`` the modification time ``mtime_ns`` afterwards, so
    readers match the two without hashing (until then the hash decides).
    """
    import hashlib
    import tempfile

    stamp = BuildStamp(hashlib.sha256(graph_json).hexdigest(), len(graph_json), mtime_ns)
    tmp = _fill_file(g, Path(tempfile.gettempdir()), stamp)
    try:
        return tmp.read_bytes()
    finally:
        tmp.unlink(missing_ok=True)


def _fill_file(g: nx.MultiDiGraph, folder: Path, stamp: BuildStamp) -> Path:
    """A new SQLite file in ``folder`` holding the index of ``g`` (synced to disk)."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".graph.sqlite.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            with db:
                _fill(db, g, stamp)
        finally:
            db.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def connect_index(path: Path) -> sqlite3.Connection:
    """A read-only connection to an index (GraphFileError when it is not one)."""
    p = Path(path)
    if not p.is_file():
        raise GraphFileError(p, "no such graph file: run `kg build` first")
    try:
        db = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
        rows = dict(db.execute("SELECT name, value FROM build").fetchall())
    except sqlite3.Error as exc:
        raise GraphFileError(p, f"not a kg index ({exc})") from None
    if rows.get("index_version") != INDEX_VERSION:
        db.close()
        raise GraphFileError(
            p,
            f"index version {rows.get('index_version')!r}, this kg reads {INDEX_VERSION}: "
            "rebuild it",
        )
    return db


def read_stamp(db: sqlite3.Connection) -> BuildStamp:
    """The :class:`BuildStamp` an index was written with."""
    rows = dict(db.execute("SELECT name, value FROM build").fetchall())
    return BuildStamp(
        str(rows.get("graph_json_sha256")),
        int(rows.get("graph_json_size") or -1),
        int(rows.get("graph_json_mtime_ns") or -1),
    )


def index_matches(index: Path, graph_json: Path) -> bool:
    """Whether ``index`` was written with ``graph_json`` as it is now.

    Size and modification time decide when they agree; when only the time
    differs (a copied folder), the SHA-256 of ``graph_json`` decides. A missing,
    unreadable or other-version index never matches.
    """
    try:
        st = graph_json.stat()
        db = connect_index(index)
    except (OSError, GraphFileError):
        return False
    try:
        stamp = read_stamp(db)
    except sqlite3.Error:
        return False
    finally:
        db.close()
    if stamp.size != st.st_size:
        return False
    if stamp.mtime_ns == st.st_mtime_ns:
        return True
    try:
        return file_stamp(graph_json).sha256 == stamp.sha256
    except OSError:
        return False
