"""Stage 6: records become one ``networkx.MultiDiGraph``; saved and loaded as JSON.

Node ids are prefixed by kind: ``speaker:<id>``, ``position:<id>``,
``article:<id>``. Every attribute is a scalar (str, int, float, bool) so
GraphML can carry it; lists and evidence are JSON strings (see :func:`attr_list`).

Edges (the key is the relation, or the stance for stance edges):

- speaker -> position, ``relation="stance"``, key = the stance;
- speaker -> article, ``relation="quoted_in"``, key ``"quoted_in"``;
- speaker -> speaker, ``relation="agrees"`` or ``"conflicts"`` (derived).

This module imports no NLP library, and networkx only when a graph is built or
loaded: the question code reads :func:`attr_list` from it without paying for networkx.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import GraphFileError
from kg.outputs.attrs import attr_list, to_json_attr
from kg.outputs.manifest import check_manifest
from kg.outputs.texts import text_files
from kg.outputs.validate import check_graph_data, parse_json
from kg.read.rawfile import read_bounded

if TYPE_CHECKING:
    import networkx as nx

    from kg.assemble.positions import Position, Stance
    from kg.assemble.speakers import SpeakerIndex
    from kg.extract.quotes import Quote
    from kg.read.articles import Article

__all__ = [
    "SCHEMA_VERSION",
    "article_node",
    "attr_list",
    "build_graph",
    "graph_from_view",
    "load_graph",
    "position_node",
    "save_graph_json",
    "speaker_node",
    "to_json_attr",
]

SCHEMA_VERSION = 1


def speaker_node(speaker_id: str) -> str:
    """Node id of a speaker."""
    return f"speaker:{speaker_id}"


def position_node(position_id: str) -> str:
    """Node id of a position."""
    return f"position:{position_id}"


def article_node(article_id: str) -> str:
    """Node id of an article."""
    return f"article:{article_id}"


def _evidence(q: Quote | Stance, **extra: Any) -> dict[str, Any]:
    """A JSON-ready evidence item: where a statement is, plus ``extra``."""
    item = {"doc": q.doc, "text": q.text, "start": q.start, "end": q.end}
    item.update(extra)
    return item


def _about(st: Stance) -> dict[str, str]:
    """``about``: the speaker nodes of the people a statement is about, separated by
    spaces (an evidence field is a scalar), when it names any."""
    people = getattr(st, "about", ())
    return {"about": " ".join(speaker_node(p) for p in people)} if people else {}


def build_graph(
    articles: Sequence[Article],
    quotes: Sequence[Quote],
    speakers: SpeakerIndex,
    positions: Sequence[Position],
    stances: Sequence[Stance],
    name: str = "corpus",
) -> nx.MultiDiGraph:
    """Assemble the graph from the records of every stage.

    Parameters
    ----------
    articles : sequence of kg.read.articles.Article
    quotes : sequence of kg.extract.quotes.Quote
    speakers : kg.assemble.speakers.SpeakerIndex
    positions : sequence of kg.assemble.positions.Position
    stances : sequence of kg.assemble.positions.Stance
    name : str
        The corpus name, shown as the page title.
    """
    import networkx as nx

    g = nx.MultiDiGraph(name=name, schema_version=SCHEMA_VERSION)
    dates = {a.id: a.date or "" for a in articles}
    _add_articles(g, articles)
    _add_speakers(g, speakers)
    _add_quoted_in(g, quotes, speakers, stances, dates)
    _add_positions(g, positions)
    grouped: dict[tuple[str, str, str], list[Stance]] = defaultdict(list)
    for st in stances:
        grouped[(st.speaker, st.position, st.stance)].append(st)
    _add_stance_edges(g, grouped, dates)
    _add_derived_edges(g, grouped)
    return g


def _add_articles(g: nx.MultiDiGraph, articles: Sequence[Article]) -> None:
    """One node per article (``n_quotes`` is counted by :func:`_add_quoted_in`).

    ``text_file`` is where ``kg build`` writes the text offsets index into
    (:mod:`kg.outputs.texts`); ``row`` is the corpus file's row (0 for a file of its own).
    """
    files = text_files(a.id for a in articles)
    for a in articles:
        g.add_node(
            article_node(a.id),
            kind="article",
            label=a.title or a.id,
            doc=a.id,
            path=a.path or "",
            row=a.row or 0,
            date=a.date or "",
            outlet=a.outlet or "",
            url=a.url or "",
            text_file=files[a.id],
            n_quotes=0,
        )


def _add_speakers(g: nx.MultiDiGraph, speakers: SpeakerIndex) -> None:
    """One node per speaker identity, with its names, role and merge history."""
    for s in speakers.speakers:
        g.add_node(
            speaker_node(s.id),
            kind="speaker",
            label=s.name,
            type=s.type,
            aliases=to_json_attr([a for a, _ in s.aliases]),
            alias_counts=to_json_attr(dict(s.aliases)),
            role=s.role or "",
            affiliation=s.affiliation or "",
            docs=to_json_attr(list(s.docs)),
            n_quotes=s.n_quotes,
            merges=to_json_attr(list(s.merges)),
        )


def _dated(doc: str, dates: dict[str, str]) -> dict[str, str]:
    """``{"date": ...}`` for evidence from a dated article, else nothing."""
    return {"date": dates[doc]} if dates.get(doc) else {}


def _add_quoted_in(
    g: nx.MultiDiGraph,
    quotes: Sequence[Quote],
    speakers: SpeakerIndex,
    stances: Sequence[Stance],
    dates: dict[str, str],
) -> None:
    """Speaker -> article edges with every attributed quote as evidence.

    A quote the learned model found (``kg build --learned``) is marked ``"learned": true``
    in its evidence item, and its edge counts them in ``n_learned`` (a scalar, so GraphML
    and GEXF carry it); neither appears in a default build."""
    position_of: dict[tuple[str, int, int], str] = {}
    for st in stances:
        position_of[(st.doc, st.start, st.end)] = st.position
    quoted: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        sid = speakers.by_quote.get(q.key)
        if sid is None:
            continue
        quoted[(sid, q.doc)].append(
            _evidence(
                q,
                kind=q.kind,
                cue=q.cue.text if q.cue else None,
                mention=q.mention.text if q.mention else None,
                position=position_of.get(q.key),
                **_dated(q.doc, dates),
                **({"learned": True} if q.learned else {}),
            )
        )
        g.nodes[article_node(q.doc)]["n_quotes"] += 1
    for (sid, doc), items in quoted.items():
        learned = sum(1 for item in items if item.get("learned"))
        g.add_edge(
            speaker_node(sid),
            article_node(doc),
            key="quoted_in",
            relation="quoted_in",
            weight=len(items),
            evidence=to_json_attr(items),
            **({"n_learned": learned} if learned else {}),
        )


def _add_positions(g: nx.MultiDiGraph, positions: Sequence[Position]) -> None:
    """One node per position (its stance counts are added with the stance edges)."""
    for p in positions:
        g.add_node(
            position_node(p.id),
            kind="position",
            label=p.label,
            key_label=getattr(p, "key_label", ""),
            type="position",
            terms=to_json_attr(list(p.terms)),
            aliases=to_json_attr(list(p.aliases)),
            frame=getattr(p, "frame", "claim"),
            related=to_json_attr(list(getattr(p, "related", ()))),
            contested=bool(getattr(p, "contested", False)),
            n_supports=0,
            n_disputes=0,
            n_neutral=0,
        )


def _add_stance_edges(
    g: nx.MultiDiGraph, grouped: dict[tuple[str, str, str], list[Stance]], dates: dict[str, str]
) -> None:
    """One speaker -> position edge per stance kind, its statements as dated evidence.

    ``first_date`` and ``last_date`` are the earliest and latest dates of the
    articles its evidence comes from (empty when none of them is dated).
    """
    for (sid, pid, kind), group in grouped.items():
        group.sort(key=lambda st: (dates.get(st.doc, ""), st.doc, st.start))
        found = [dates.get(st.doc, "") for st in group if dates.get(st.doc)]
        g.add_edge(
            speaker_node(sid),
            position_node(pid),
            key=kind,
            relation="stance",
            stance=kind,
            weight=len(group),
            confidence=round(max(st.confidence for st in group), 3),
            first_date=min(found, default=""),
            last_date=max(found, default=""),
            evidence=to_json_attr(
                [
                    _evidence(
                        st,
                        cue=st.cue,
                        confidence=round(st.confidence, 3),
                        basis=getattr(st, "basis", None),
                        **_about(st),
                        **_dated(st.doc, dates),
                    )
                    for st in group
                ]
            ),
        )
        g.nodes[position_node(pid)][f"n_{kind}"] += len(group)


#: Derived agrees/conflicts edges link at most this many speakers on each side of a
#: position (those with the most statements): all pairs would grow with the square
#: of a position's speakers and swamp a large corpus's graph.
DERIVED_SPEAKERS_PER_SIDE = 12


def _add_derived_edges(g: nx.MultiDiGraph, grouped: dict[tuple[str, str, str], list[Any]]) -> None:
    """Discourse-network edges: speakers agreeing or conflicting on positions.

    Only the :data:`DERIVED_SPEAKERS_PER_SIDE` most active speakers of each side
    of a position are paired; every speaker's own stance edges are always kept.
    """
    sides: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for (sid, pid, kind), statements in grouped.items():
        if kind in ("supports", "disputes"):
            sides[pid][kind].append((-len(statements), sid))
    pairs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for pid, by_kind in sides.items():
        top = {
            kind: sorted(sid for _, sid in sorted(ranked)[:DERIVED_SPEAKERS_PER_SIDE])
            for kind, ranked in by_kind.items()
        }
        for kind in ("supports", "disputes"):
            for a, b in combinations(top.get(kind, []), 2):
                pairs[(a, b, "agrees")].add(pid)
        for a in top.get("supports", []):
            for b in top.get("disputes", []):
                if a != b:
                    x, y = sorted((a, b))
                    pairs[(x, y, "conflicts")].add(pid)
    for (a, b, relation), pids in sorted(pairs.items()):
        g.add_edge(
            speaker_node(a),
            speaker_node(b),
            key=relation,
            relation=relation,
            weight=len(pids),
            positions=to_json_attr(sorted(pids)),
        )


def save_graph_json(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``g`` as node-link JSON, atomically (temporary file, then rename)."""
    from kg.outputs.export import write_json

    write_json(g, Path(path))


#: A saved graph larger than this is refused (the 924-article PolNeAR graph is ~30 MB).
MAX_GRAPH_BYTES = 2 * 1024**3


def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Load a graph saved by :func:`save_graph_json`, checked before use.

    Raises
    ------
    GraphFileError
        Missing, not a regular file, unreadable, not UTF-8 JSON, truncated, of another
        schema version, malformed (:func:`kg.outputs.validate.check_graph_data`), or not
        the graph.json its folder's last complete build wrote.
    """
    import networkx as nx

    p = Path(path)
    if p.suffix == ".sqlite":
        return graph_from_view(p)

    def problem(where: Path, message: str) -> GraphFileError:
        if message.startswith("no such"):
            message = "no such graph file: run `kg build` first"
        return GraphFileError(where, message)

    raw = read_bounded(p, MAX_GRAPH_BYTES, problem)
    check_manifest(p, raw)
    try:
        data = parse_json(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise GraphFileError(p, f"not a kg graph (not UTF-8 at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GraphFileError(p, f"not a kg graph (invalid JSON at line {exc.lineno})") from None
    except ValueError as exc:
        raise GraphFileError(p, f"not a kg graph ({exc})") from None
    if not isinstance(data, dict) or "nodes" not in data or "links" not in data:
        raise GraphFileError(p, "not a kg graph (no nodes and links)")
    graph = data.get("graph")
    version = graph.get("schema_version") if isinstance(graph, dict) else None
    if version != SCHEMA_VERSION:
        raise GraphFileError(
            p, f"graph schema version {version!r}, this kg reads {SCHEMA_VERSION}: rebuild it"
        )
    try:
        check_graph_data(data)
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as exc:
        raise GraphFileError(p, f"not a kg graph ({exc})") from None


def graph_from_view(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """The networkx graph of a ``graph.sqlite`` index (for the commands that draw or export).

    Nodes, edges and attributes come in the order and shape of the ``graph.json``
    the index was written with.
    """
    import networkx as nx

    from kg.outputs.graphview import open_graph_view

    view = open_graph_view(Path(path))
    g = nx.MultiDiGraph()
    g.graph.update(view.graph)
    g.add_nodes_from(view.nodes(data=True))
    g.add_edges_from(view.edges(keys=True, data=True))
    return g
