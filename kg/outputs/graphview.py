"""A read-only graph over ``graph.sqlite`` that answers as the networkx graph would.

:class:`GraphView` implements the part of the ``networkx.MultiDiGraph`` interface
that kg's readers use (the question code, ``kg show``/``speakers``/``positions``/
``stances``, the stance table): ``g.graph``, ``g.nodes``, ``g.nodes[n]``,
``g.nodes(data=True)``, ``g.edges(...)``, ``g.out_edges(...)``, ``g.in_edges(...)``,
``g.succ``/``g.pred``/``g[n]``, ``g.has_node``, ``n in g``, ``len(g)``, iteration,
degrees. Nodes and edges come in the order networkx gives after loading
``graph.json``, and their attribute dicts are the same, so every answer is the
same. Nothing is parsed beyond each row's attribute object: list and evidence
attributes stay JSON strings, as in ``graph.json``. Edges are read when first
needed: a node's through the index on ``source`` or ``target`` (``out_edges(n)``,
``in_edges(n)``), all of them at once when a question scans them
(``g.edges(data=True)``), so a question about one speaker or position never
reads the whole graph.

It imports neither networkx nor any NLP library: ``kg query`` starts without them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import GraphFileError
from kg.outputs.index import connect_index
from kg.outputs.rows import StanceCount, tally_stances
from kg.outputs.wordforms import facts_stamp
from kg.outputs.wordstats import SaidWords, words_stamp

__all__ = ["EdgeRows", "GraphView", "IndexedWordStats", "LazyNodes", "open_graph_view"]

Adjacency = dict[Hashable, dict[Hashable, dict[Hashable, dict[str, Any]]]]


class LazyNodes:
    """Node id -> attributes, each node's JSON decoded when first read; with the ``kind``
    of each (a column of the index), so that the nodes of one kind are found without
    decoding the others (:meth:`of_kind`). Behaves as the dict it stands for.

    Parameters
    ----------
    rows : iterable of (id, kind, attrs, text_attr, text)
        The index's node rows, in node order.
    """

    def __init__(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self._raw: dict[Hashable, tuple[str, str | None, str | None]] = {}
        self._kind: dict[Hashable, Any] = {}
        for n, kind, attrs, name, text in rows:
            self._raw[n] = (attrs, name, text)
            self._kind[n] = kind
        self._decoded: dict[Hashable, dict[str, Any]] = {}

    def __getitem__(self, n: Hashable) -> dict[str, Any]:
        d = self._decoded.get(n)
        if d is None:
            attrs, name, text = self._raw[n]  # KeyError for a node that is not there
            d = self._decoded[n] = _decode(attrs)[0]
            if name is not None:
                d[name] = text  # the key is in attrs already (null): the order is kept
        return d

    def __setitem__(self, n: Hashable, d: dict[str, Any]) -> None:
        self._raw.setdefault(n, ("{}", None, None))
        self._kind.setdefault(n, d.get("kind"))
        self._decoded[n] = d

    def __contains__(self, n: object) -> bool:
        return n in self._raw

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def get(self, n: Hashable, default: Any = None) -> Any:
        return self[n] if n in self._raw else default

    def items(self) -> Iterator[tuple[Hashable, dict[str, Any]]]:
        return ((n, self[n]) for n in self._raw)

    def of_kind(self, kind: str) -> list[tuple[Hashable, dict[str, Any]]]:
        """``(id, attributes)`` of the nodes whose ``kind`` is ``kind``, in node order."""
        return [(n, self[n]) for n in self.ids_of_kind(kind)]

    def ids_of_kind(self, kind: str) -> list[Hashable]:
        """The ids of the nodes whose ``kind`` is ``kind``, in node order (none decoded)."""
        return [n for n, k in self._kind.items() if k == kind]


Nodes = dict[Hashable, dict[str, Any]] | LazyNodes


class NodesView:
    """``g.nodes``: iterate ids, ``g.nodes[n]`` for attributes, call for ``data=``."""

    def __init__(self, nodes: Nodes) -> None:
        self._nodes = nodes

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, n: object) -> bool:
        try:
            return n in self._nodes
        except TypeError:
            return False

    def __getitem__(self, n: Hashable) -> dict[str, Any]:
        return self._nodes[n]

    def __call__(self, data: bool | str = False, default: Any = None) -> Any:
        if data is False:
            return self
        return NodeDataView(self._nodes, data, default)

    def items(self) -> Iterable[tuple[Hashable, dict[str, Any]]]:
        return self._nodes.items()

    def data(self, data: bool | str = True, default: Any = None) -> NodeDataView:
        return NodeDataView(self._nodes, data, default)


class NodeDataView:
    """``g.nodes(data=True)`` (pairs of id and dict) or ``g.nodes(data="attr")``."""

    def __init__(self, nodes: Nodes, data: bool | str, default: Any):
        self._nodes, self._data, self._default = nodes, data, default

    def __len__(self) -> int:
        return len(self._nodes)

    def __iter__(self) -> Iterator[tuple[Hashable, Any]]:
        if self._data is True:
            return iter(self._nodes.items())
        key, default = self._data, self._default
        return ((n, d.get(key, default)) for n, d in self._nodes.items())  # type: ignore[arg-type]


class EdgesView:
    """``g.edges`` / ``g.out_edges`` / ``g.in_edges``: callable, iterable, subscriptable.

    Iterating the view itself gives ``(u, v, key)`` triples, as networkx's
    multigraph edge views do; calling it gives ``(u, v)`` pairs unless ``keys``.
    """

    def __init__(self, graph: GraphView, incoming: bool = False) -> None:
        self._g = graph
        self._incoming = incoming

    def __call__(
        self,
        nbunch: Any = None,
        data: bool | str = False,
        keys: bool = False,
        default: Any = None,
    ) -> EdgeDataView:
        nodes = None if nbunch is None else list(self._g.nbunch_iter(nbunch))
        return EdgeDataView(self._g, nodes, self._incoming, data, keys, default)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self(keys=True))

    def __len__(self) -> int:
        return self._g.number_of_edges()

    def __contains__(self, edge: object) -> bool:
        if not isinstance(edge, tuple) or len(edge) not in (2, 3):
            return False
        return self._g.has_edge(*edge)

    def __getitem__(self, edge: tuple[Hashable, Hashable, Hashable]) -> dict[str, Any]:
        u, v, k = edge
        return self._g.adjacency_of(u)[v][k]

    def data(self, data: bool | str = True, default: Any = None, nbunch: Any = None) -> Any:
        return self(nbunch, data=data, keys=False, default=default)


class EdgeDataView:
    """The edges of some nodes (all when ``nodes`` is None), re-iterable, in networkx's order."""

    def __init__(
        self,
        graph: GraphView,
        nodes: list[Hashable] | None,
        incoming: bool,
        data: bool | str,
        keys: bool,
        default: Any,
    ) -> None:
        self._g, self._nodes, self._incoming = graph, nodes, incoming
        self._data, self._keys, self._default = data, keys, default

    def _adjacencies(self) -> Iterator[tuple[Hashable, dict[Hashable, dict[Hashable, Any]]]]:
        if self._nodes is None:
            self._g.load_all()
        for n in self._g if self._nodes is None else self._nodes:
            yield n, self._g.adjacency_of(n, self._incoming)

    def __len__(self) -> int:
        return sum(len(kd) for _, adj in self._adjacencies() for kd in adj.values())

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        data, keys, default = self._data, self._keys, self._default
        if data is True and not keys and not self._incoming:  # the common scan, kept short
            for u, adj in self._adjacencies():
                for v, by_key in adj.items():
                    for d in by_key.values():
                        yield u, v, d
            return
        for n, adj in self._adjacencies():
            for nbr, by_key in adj.items():
                u, v = (nbr, n) if self._incoming else (n, nbr)
                for k, d in by_key.items():
                    value = d if data is True else d.get(data, default) if data else None
                    if keys:
                        yield (u, v, k, value) if data is not False else (u, v, k)
                    else:
                        yield (u, v, value) if data is not False else (u, v)


class DegreeView:
    """``g.degree`` / ``g.in_degree`` / ``g.out_degree``: edges counted, as in a multigraph."""

    def __init__(self, graph: GraphView, succ: bool, pred: bool) -> None:
        self._g, self._succ, self._pred = graph, succ, pred

    def _one(self, n: Hashable) -> int:
        total = 0
        if self._succ:
            total += sum(len(kd) for kd in self._g.adjacency_of(n, False).values())
        if self._pred:
            total += sum(len(kd) for kd in self._g.adjacency_of(n, True).values())
        return total

    def __getitem__(self, n: Hashable) -> int:
        return self._one(n)

    def __call__(self, nbunch: Any = None) -> Any:
        if nbunch is not None and nbunch in self._g:
            return self._one(nbunch)
        if nbunch is None:
            self._g.load_all()
        return [(n, self._one(n)) for n in self._g.nbunch_iter(nbunch)]

    def __iter__(self) -> Iterator[tuple[Hashable, int]]:
        return iter(self())


Edge = tuple[Hashable, Hashable, Hashable, dict[str, Any]]


class EdgeRows:
    """The edges of an index, read when asked: a node's through the source and target
    indexes, or all of them; each row is decoded once, whichever way it is read."""

    _COLUMNS = "SELECT seq, source, target, key, attrs, text_attr, text FROM edges"

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db, self._path = db, path
        self._decoded: dict[int, Edge] = {}
        self.count = int(self._query("SELECT count(*) FROM edges", ()).fetchone()[0])

    def _query(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, args)
        except sqlite3.Error as exc:
            raise GraphFileError(self._path, f"not a kg index ({exc})") from None

    def _fetch(self, where: str, args: tuple[Any, ...]) -> list[Edge]:
        out = []
        decoded = self._decoded
        rows = self._query(f"{self._COLUMNS}{where} ORDER BY seq", args).fetchall()
        for seq, u, v, k, attrs, name, text in rows:
            edge = decoded.get(seq)
            if edge is None:
                d = _decode(attrs)[0]
                if name is not None:
                    d[name] = text  # the key is in attrs already (null): the order is kept
                edge = decoded[seq] = (u, v, k, d)
            out.append(edge)
        return out

    def out_of(self, n: Hashable) -> list[Edge]:
        """The edges from ``n``, in index order."""
        return self._fetch(" WHERE source = ?", (n,))

    def into(self, n: Hashable) -> list[Edge]:
        """The edges to ``n``, in index order."""
        return self._fetch(" WHERE target = ?", (n,))

    def with_relation(self, relation: str) -> list[Edge]:
        """The edges whose ``relation`` column is ``relation``, in index order."""
        return self._fetch(" WHERE relation = ?", (relation,))

    def stance_columns(self) -> list[tuple[Any, Any, Any, Any]]:
        """(source, target, stance, weight) of every stance edge, in index order, read from
        the columns (no attributes decoded); a missing weight is None."""
        sql = "SELECT source, target, stance, weight FROM edges WHERE relation = 'stance'"
        return self._query(f"{sql} ORDER BY seq", ()).fetchall()

    def stance_tally(self) -> list[tuple[Any, Any, int, int]]:
        """(target, stance, distinct sources, summed integer weight, a missing one 1) of
        the stance edges, one row per target and stance, counted in SQL."""
        sql = (
            "SELECT target, stance, count(DISTINCT source),"
            " sum(CASE WHEN weight IS NULL THEN 1 ELSE CAST(weight AS INTEGER) END)"
            " FROM edges {} WHERE relation = 'stance' GROUP BY target, stance"
        )
        try:  # from the index of the stance edges alone (4x faster than visiting each row)
            return self._db.execute(sql.format("INDEXED BY edges_stance_tally")).fetchall()
        except sqlite3.OperationalError:  # an index written before it had that one
            return self._query(sql.format(""), ()).fetchall()

    def with_stance(self, stance: str) -> list[Edge]:
        """The stance edges whose ``stance`` column is ``stance``, in index order."""
        return self._fetch(" WHERE relation = 'stance' AND stance = ?", (stance,))

    def all(self) -> Iterable[Edge]:
        """Every edge, in index order (the connection is closed after)."""
        if self._decoded:
            edges: Iterable[Edge] = self._fetch("", ())
        else:  # nothing read node by node yet: no row to look up first
            sql = "SELECT source, target, key, attrs, text_attr, text FROM edges ORDER BY seq"
            edges = _edges(self._query(sql, ()).fetchall())
        self._db.close()
        self._decoded = {}
        return edges


class GraphView:
    """A directed multigraph read from ``graph.sqlite``; never modified.

    Parameters
    ----------
    graph : dict
        The graph attributes.
    nodes : dict
        Node id -> attributes, in node order.
    edges : iterable of (u, v, key, attributes), or EdgeRows
        In edge order (the order of ``graph.json``). Given :class:`EdgeRows`, a
        node's edges are read when first asked for, and all of them only when a
        question reads all (``g.edges(data=True)``, ``g.succ``...).
    """

    def __init__(
        self,
        graph: dict[str, Any],
        nodes: Nodes,
        edges: Iterable[Edge] | EdgeRows,
    ) -> None:
        self.graph = graph
        #: What readers work out from this graph once and keep (it never changes):
        #: see :mod:`kg.query.memo`.
        self.memo: dict[Hashable, Any] = {}
        #: The word counts of the index (set by :func:`open_graph_view`).
        self.word_stats: IndexedWordStats | None = None
        self._node = nodes
        self._rows = edges if isinstance(edges, EdgeRows) else None
        self._succ: Adjacency | None = None
        self._pred: Adjacency | None = None
        self._n_edges = 0
        self._read: tuple[Adjacency, Adjacency] = ({}, {})  # nodes read one by one: out, in
        self._by_relation: dict[str, list[tuple[Hashable, Hashable, dict[str, Any]]]] = {}
        self._by_stance: dict[str, list[tuple[Hashable, Hashable, dict[str, Any]]]] = {}
        if not isinstance(edges, EdgeRows):
            self._build(edges)
        self.nodes = NodesView(self._node)
        self.edges = self.out_edges = EdgesView(self)
        self.in_edges = EdgesView(self, incoming=True)
        self.degree = DegreeView(self, succ=True, pred=True)
        self.in_degree = DegreeView(self, succ=False, pred=True)
        self.out_degree = DegreeView(self, succ=True, pred=False)

    def _build(self, edges: Iterable[Edge]) -> None:
        """The whole adjacency, as networkx builds it from graph.json's edge list."""
        succ: Adjacency = {n: {} for n in self._node}
        pred: Adjacency = {n: {} for n in self._node}
        self._n_edges = 0
        for u, v, k, d in edges:
            for n in (u, v):
                if n not in succ:  # a node only an edge names, added as add_edge does
                    self._node[n], succ[n], pred[n] = {}, {}, {}
            keydict = succ[u].get(v)
            if keydict is None:  # one dict per pair, shared by succ and pred, as in networkx
                keydict = succ[u][v] = pred[v][u] = {}
            keydict[k] = d
            self._n_edges += 1
        self._succ, self._pred = succ, pred

    def load_all(self) -> None:
        """Read every edge now (what any question that scans all edges needs)."""
        if self._succ is None and self._rows is not None:
            self._build(self._rows.all())

    def adjacency_of(self, n: Hashable, incoming: bool = False) -> dict[Hashable, Any]:
        """``succ[n]`` (or ``pred[n]``): neighbour -> key -> attributes, read when first needed."""
        if self._succ is not None and self._pred is not None:
            return (self._pred if incoming else self._succ)[n]
        if n not in self._node or self._rows is None:
            raise KeyError(n)
        read = self._read[incoming]
        adj = read.get(n)
        if adj is None:
            adj = read[n] = {}
            for u, v, k, d in self._rows.into(n) if incoming else self._rows.out_of(n):
                adj.setdefault(u if incoming else v, {})[k] = d
        return adj

    @property
    def succ(self) -> Adjacency:
        self.load_all()
        assert self._succ is not None
        return self._succ

    @property
    def pred(self) -> Adjacency:
        self.load_all()
        assert self._pred is not None
        return self._pred

    @property
    def adj(self) -> Adjacency:
        return self.succ

    @property
    def name(self) -> str:
        return str(self.graph.get("name", ""))

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __contains__(self, n: object) -> bool:
        try:
            return n in self._node
        except TypeError:
            return False

    def __getitem__(self, n: Hashable) -> dict[Hashable, dict[Hashable, dict[str, Any]]]:
        return self.adjacency_of(n)

    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    def has_node(self, n: object) -> bool:
        return n in self

    def has_edge(self, u: Hashable, v: Hashable, key: Hashable | None = None) -> bool:
        by_key = self.adjacency_of(u).get(v) if u in self else None
        return by_key is not None and (key is None or key in by_key)

    def get_edge_data(
        self, u: Hashable, v: Hashable, key: Hashable | None = None, default: Any = None
    ) -> Any:
        by_key = self.adjacency_of(u).get(v) if u in self else None
        if by_key is None:
            return default
        return by_key if key is None else by_key.get(key, default)

    def number_of_nodes(self) -> int:
        return len(self._node)

    def number_of_edges(self) -> int:
        return self._rows.count if self._succ is None and self._rows else self._n_edges

    def nodes_of_kind(self, kind: str) -> list[tuple[Hashable, dict[str, Any]]]:
        """``(id, attributes)`` of the nodes whose ``kind`` is ``kind``, as filtering
        ``nodes(data=True)`` gives them; an index's other nodes are not decoded."""
        if isinstance(self._node, LazyNodes):
            return self._node.of_kind(kind)
        return [(n, d) for n, d in self._node.items() if d.get("kind") == kind]

    def node_ids_of_kind(self, kind: str) -> list[Hashable]:
        """The ids of :meth:`nodes_of_kind`, without decoding any node of an index."""
        if isinstance(self._node, LazyNodes):
            return self._node.ids_of_kind(kind)
        return [n for n, _ in self.nodes_of_kind(kind)]

    def edges_with_relation(self, relation: str) -> list[tuple[Hashable, Hashable, dict[str, Any]]]:
        """``(u, v, data)`` of the edges whose ``relation`` is ``relation``, as filtering
        ``edges(data=True)`` gives them; read through the index on ``relation`` (only
        those rows) until every edge has been read."""
        found = self._by_relation.get(relation)
        if found is None:
            if self._succ is not None or self._rows is None:
                edges = self.edges(data=True)
                found = [(u, v, d) for u, v, d in edges if d.get("relation") == relation]
            else:
                found = [(u, v, d) for u, v, _, d in self._rows.with_relation(relation)]
            self._by_relation[relation] = found  # a reader may scan them once per position
        return found

    def stance_weights(self) -> list[tuple[Hashable, Hashable, Any, Any]]:
        """``(speaker, position, stance, weight)`` of every stance edge, in edge order, as
        ``edges_with_relation("stance")`` gives them (None for a missing attribute); read
        from the columns, without the evidence, until every stance edge has been read."""
        if "stance" in self._by_relation or self._succ is not None or self._rows is None:
            edges = self.edges_with_relation("stance")
            return [(u, v, d.get("stance"), d.get("weight")) for u, v, d in edges]
        return self._rows.stance_columns()

    def stance_tally(self) -> dict[Hashable, dict[Any, StanceCount]]:
        """:func:`kg.outputs.rows.stance_tally` of this graph: counted in SQL until every
        stance edge has been read (then from them, as for a networkx graph)."""
        if "stance" in self._by_relation or self._succ is not None or self._rows is None:
            return tally_stances(self.stance_weights())
        out: dict[Hashable, dict[Any, StanceCount]] = {}
        for target, stance, speakers, weight in self._rows.stance_tally():
            out.setdefault(target, {})[stance] = StanceCount(int(speakers), int(weight))
        return out

    def edges_with_stance(self, stance: str) -> list[tuple[Hashable, Hashable, dict[str, Any]]]:
        """``(u, v, data)`` of the stance edges whose ``stance`` is ``stance``, as filtering
        :meth:`edges_with_relation` gives them; only those rows are read and decoded while
        the stance edges have not all been read."""
        found = self._by_stance.get(stance)
        if found is None:
            if "stance" in self._by_relation or self._succ is not None or self._rows is None:
                edges = self.edges_with_relation("stance")
                found = [(u, v, d) for u, v, d in edges if d.get("stance") == stance]
            else:
                found = [(u, v, d) for u, v, _, d in self._rows.with_stance(stance)]
            self._by_stance[stance] = found
        return found

    def successors(self, n: Hashable) -> Iterator[Hashable]:
        return iter(self.adjacency_of(n))

    neighbors = successors

    def predecessors(self, n: Hashable) -> Iterator[Hashable]:
        return iter(self.adjacency_of(n, incoming=True))

    def nbunch_iter(self, nbunch: Any = None) -> Iterator[Hashable]:
        """The nodes of ``nbunch`` that are in the graph (all when None), as networkx's."""
        if nbunch is None:
            return iter(self._node)
        if nbunch in self:
            return iter([nbunch])
        try:
            return (n for n in list(nbunch) if n in self)
        except TypeError:
            raise TypeError(f"{nbunch!r} is neither a node nor a collection of nodes") from None


class IndexedWordStats:
    """The word tables of an index (:mod:`kg.outputs.wordstats`), read when first asked for.

    Parameters
    ----------
    db : sqlite3.Connection
        A connection of its own to the index (edges close theirs once all are read).
    path : Path
        The ``graph.sqlite`` file, for errors.
    quotes : int
        The number of quotes its ``quote_words`` table counted.
    facts : bool
        Whether its ``query_facts`` were derived by this kg's rules.
    """

    def __init__(
        self, db: sqlite3.Connection, path: Path, quotes: int, facts: bool = False
    ) -> None:
        self._db, self.path, self.quotes = db, path, quotes
        self._said: dict[str, SaidWords] = {}
        self._facts = facts

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise GraphFileError(self.path, f"not a kg index ({exc})") from None

    def quote_counts(self, wanted: Iterable[str]) -> dict[str, int]:
        """In how many quotes each of the ``wanted`` words occurs (0 when none)."""
        want = sorted(set(wanted))
        marks = ", ".join("?" * len(want))
        found = dict(
            self._rows(f"SELECT word, quotes FROM quote_words WHERE word IN ({marks})", tuple(want))
        )
        return {w: int(found.get(w, 0)) for w in want}

    def said(self, node: str) -> SaidWords:
        """The :class:`SaidWords` of a position (none for a node that is not one)."""
        found = self._said.get(node)
        if found is None:  # one row through the primary key: a question asks a few
            sql = "SELECT statements, words FROM position_said WHERE position = ?"
            rows = self._rows(sql, (node,))
            k, w = rows[0] if rows else (0, "{}")
            found = self._said[node] = SaidWords(int(k), json.loads(w))
        return found

    def fact(self, name: str) -> Any:
        """A fact of the ``query_facts`` table (JSON value), or None when the index has
        none derived by this kg's rules (:func:`kg.outputs.wordforms.facts_stamp`)."""
        if not self._facts:
            return None
        rows = self._rows("SELECT value FROM query_facts WHERE name = ?", (name,))
        return json.loads(rows[0][0]) if rows else None

    def stem_words(self, forms: Iterable[str]) -> set[str] | None:
        """The position words one of whose stems is one of ``forms``, or shares the first
        or the last four letters of one of them (none without facts of this kg's rules)."""
        if not self._facts:
            return None
        forms = sorted(set(forms))
        longer = [f for f in forms if len(f) >= 4]
        heads, tails = sorted({f[:4] for f in longer}), sorted({f[-4:] for f in longer})
        sql = (
            "SELECT DISTINCT word FROM position_stems WHERE stem IN ({}) OR first4 IN ({})"
            " OR last4 IN ({})"
        ).format(*(", ".join("?" * len(x)) for x in (forms, heads, tails)))
        return {w for (w,) in self._rows(sql, (*forms, *heads, *tails))}

    def name_words_sharing(self, stem_sets: Iterable[frozenset[str]]) -> list[set[str]] | None:
        """For each set of stems, the words of the speakers' name forms one of whose stems
        is in it (none without facts of this kg's rules)."""
        if not self._facts:
            return None
        out = []
        for forms in stem_sets:
            marks = ", ".join("?" * len(forms))
            sql = f"SELECT DISTINCT word FROM name_stems WHERE stem IN ({marks})"
            out.append({w for (w,) in self._rows(sql, tuple(sorted(forms)))})
        return out

    def long_stems(self) -> list[tuple[str, str]] | None:
        """(stem, position word) for every stem of five letters or more (see stem_words)."""
        if not self._facts:
            return None
        sql = "SELECT stem, word FROM position_stems WHERE length(stem) >= 5 ORDER BY rowid"
        return [(s, w) for s, w in self._rows(sql)]


_decode = json.JSONDecoder().raw_decode  # json.loads without its per-call checks


def _edges(rows: Iterable[tuple[Any, ...]]) -> Iterator[Edge]:
    """Each edge row's ids, key and attribute dict, the long text put back in place."""
    for u, v, k, attrs, name, text in rows:
        d = _decode(attrs)[0]
        if name is not None:
            d[name] = text
        yield u, v, k, d


def _word_stats(p: Path, build: dict[str, Any]) -> IndexedWordStats | None:
    """The word tables of the index whose ``build`` table is ``build``: none when they were
    counted with other words than this kg splits, or the file was replaced meanwhile."""
    if build.get("words_stamp") != words_stamp() or "quotes_counted" not in build:
        return None
    db = connect_index(p)
    try:
        same = dict(db.execute("SELECT name, value FROM build").fetchall()) == build
    except sqlite3.Error:
        same = False
    if not same:
        db.close()
        return None
    facts = build.get("facts_stamp") == facts_stamp()
    return IndexedWordStats(db, p, int(build["quotes_counted"]), facts)


def open_graph_view(path: str | Path, lazy: bool = True) -> GraphView:
    """The graph of an index written by :func:`kg.outputs.index.write_index`.

    Graph and node attributes are read at once; with ``lazy`` (the default) edges
    are read when a question first asks for them (:class:`EdgeRows`), else all now.

    Raises
    ------
    GraphFileError
        Missing, not an index, or an index of another version.
    """
    p = Path(path)
    db = connect_index(p)
    try:
        rows = db.execute("SELECT name, value FROM graph ORDER BY seq")
        graph = {name: json.loads(value) for name, value in rows}
        rows = db.execute("SELECT id, kind, attrs, text_attr, text FROM nodes ORDER BY seq")
        nodes = LazyNodes(rows)
        build = dict(db.execute("SELECT name, value FROM build").fetchall())
        edges = EdgeRows(db, p)
        view = GraphView(graph, nodes, edges if lazy else edges.all())
        view.word_stats = _word_stats(p, build)
    except (sqlite3.Error, ValueError) as exc:
        db.close()
        raise GraphFileError(p, f"not a kg index ({exc})") from None
    except BaseException:
        db.close()
        raise
    return view
