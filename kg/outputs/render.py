"""Renderer: the graph as one self-contained interactive HTML page (vis-network).

The page has three tabs: the dispute board (first: the rows of
:func:`kg.outputs.board.board_rows`, computed once here), the network, and the
timeline (:func:`kg.outputs.timeline.timeline`, drawn as inline SVG).

The page is one file that works from disk with no network at all: the
vis-network library shipped inside the ``pyvis`` package is inlined (pyvis's
own page templates pull Bootstrap from a CDN, so they are not used), no
``lib/`` folder is written, and a Content-Security-Policy (``default-src
'none'``, scripts allowed only by their SHA-256) forbids every request.

Article text is untrusted: the graph travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page script (``kg/outputs/assets/graph.js``) puts every string on
screen with ``textContent`` (or the canvas's ``fillText`` for node labels),
never ``innerHTML``; vis-network's own HTML tooltips and labels are not used.

Layout is computed in Python (:mod:`kg.outputs.layout`) and physics is off, so the
page opens settled. The graph passed in is never modified.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.lexicon import SPELLING_ENDINGS
from kg.outputs.board import board_rows
from kg.outputs.board_text import board_json
from kg.outputs.export import atomic_write_text
from kg.outputs.graph import attr_list, position_node
from kg.outputs.layout import compute_layout
from kg.outputs.style import EDGE_LEGEND, NODE_LEGEND, edge_style, node_style
from kg.outputs.timeline import timeline

__all__ = ["LABEL_CHARS", "page_data", "render_html", "write_html"]

#: Node labels drawn on the canvas are clipped to this many characters (tooltips show all).
LABEL_CHARS = 40

_VIS_VERSION = "vis-9.1.2"
_GLYPHS = {"dot": "\u25cf", "hexagon": "\u2b22", "triangle": "\u25b2", "diamond": "\u25c6"}
_GLYPHS["square"] = "\u25a0"
_GROUP_NAMES = {
    "person": "person",
    "organization": "organisation",
    "group": "group of people",
    "speaker": "speaker",
    "position": "position under dispute",
    "article": "article",
}
_TEMPLATE_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SPACES = re.compile(r"\s+")


@cache
def _asset(name: str) -> str:
    return resources.files("kg.outputs").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    """vis-network as shipped in the pyvis package (found without importing pyvis)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:  # pragma: no cover - pyvis is a dependency
        raise RuntimeError("the pyvis package (which ships vis-network) is not installed")
    path = Path(spec.origin).parent / "templates" / "lib" / _VIS_VERSION / "vis-network.min.js"
    return _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))


def _one_line(text: Any) -> str:
    return _SPACES.sub(" ", str(text)).strip()


def _clip(text: str, n: int = LABEL_CHARS) -> str:
    """``text`` clipped to ``n`` characters with an ellipsis.

    >>> _clip("abcdef", 4)
    'abc…'
    """
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _node_info(data: dict[str, Any], docs: Mapping[str, str]) -> list[list[Any]]:
    """The facts shown for a node, as [name, value] pairs."""
    kind = data.get("kind")
    if kind == "position":
        return [
            ["supports", data.get("n_supports", 0)],
            ["disputes", data.get("n_disputes", 0)],
            ["neutral", data.get("n_neutral", 0)],
            ["terms", attr_list(data, "terms")],
            ["also called", attr_list(data, "aliases")],
        ]
    if kind == "article":
        row = int(data.get("row") or 0)
        return [
            ["quotes", data.get("n_quotes", 0)],
            ["date", data.get("date", "")],
            ["outlet", data.get("outlet", "")],
            ["address", data.get("url", "")],
            ["file", f"{data.get('path', '')}, row {row}" if row else data.get("path", "")],
            ["text", data.get("text_file", "")],
        ]
    return [
        ["quotes", data.get("n_quotes", 0)],
        ["role", data.get("role", "")],
        ["affiliation", data.get("affiliation", "")],
        ["also called", [_one_line(a) for a in attr_list(data, "aliases")]],
        ["articles", [docs.get(d, d) for d in attr_list(data, "docs")]],
        ["merged because", attr_list(data, "merges")],
    ]


def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    items = []
    for ev in attr_list(data, "evidence"):
        if isinstance(ev, dict):
            items.append(
                {
                    k: ev.get(k)
                    for k in ("doc", "date", "text", "start", "end", "cue", "kind")
                    if k in ev
                }
            )
    return items


def _curves(g: nx.MultiDiGraph) -> dict[tuple[Any, Any, Any], float]:
    """Roundness for edges sharing a pair of nodes, so parallel edges stay visible."""
    by_pair: dict[frozenset[Any], list[tuple[Any, Any, Any]]] = defaultdict(list)
    for u, v, k in g.edges(keys=True):
        by_pair[frozenset((u, v))].append((u, v, k))
    curves = {}
    for group in by_pair.values():
        for i, edge in enumerate(group):
            curves[edge] = 0.0 if i == 0 else round(0.12 + 0.12 * i, 2)
    return curves


def _subtitle(g: nx.MultiDiGraph) -> str:
    kinds = Counter(str(d.get("kind")) for _, d in g.nodes(data=True))
    stances = sum(1 for _, _, d in g.edges(data=True) if d.get("relation") == "stance")
    quotes = sum(
        int(d.get("weight") or 0)
        for _, _, d in g.edges(data=True)
        if d.get("relation") == "quoted_in"
    )
    parts = [
        (kinds.get("speaker", 0), "speaker"),
        (kinds.get("position", 0), "position"),
        (stances, "stance edge"),
        (quotes, "quote"),
        (kinds.get("article", 0), "article"),
    ]
    return " \u00b7 ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in parts)


def _dates(g: nx.MultiDiGraph) -> dict[str, str]:
    """Each dated article's date as written, by article id."""
    return {
        str(d.get("doc") or n): _one_line(d.get("date"))
        for n, d in g.nodes(data=True)
        if d.get("kind") == "article" and d.get("date")
    }


def page_data(
    g: nx.MultiDiGraph,
    title: str | None = None,
    layout: Mapping[Any, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-ready data.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A kg graph; read, never modified.
    title : str, optional
        The corpus name (default: the graph's ``name``).
    layout : mapping, optional
        Node positions in pixels (default: :func:`kg.outputs.layout.compute_layout`).
    """
    pos = layout if layout is not None else compute_layout(g)
    docs = {
        str(d.get("doc") or n): _one_line(d.get("label") or n)
        for n, d in g.nodes(data=True)
        if d.get("kind") == "article"
    }
    nodes = [_node_json(n, d, pos.get(n, (0.0, 0.0)), docs) for n, d in g.nodes(data=True)]
    curves = _curves(g)
    edges = [
        _edge_json(f"e{i}", u, v, k, d, curves[(u, v, k)])
        for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True))
    ]
    corpus = _one_line(title or g.graph.get("name") or "corpus")
    rows = board_rows(g)
    return {
        "title": f"Who said what: {corpus}",
        "corpus": corpus,
        "subtitle": _subtitle(g),
        "nodes": nodes,
        "edges": edges,
        "docs": docs,
        "dates": _dates(g),
        "board": board_json(rows),
        "timeline": asdict(timeline(g, [r.position for r in rows])),
        "spelling": [list(rule) for rule in SPELLING_ENDINGS],
        "positions": [[r.position, r.label] for r in rows],  # the board's order
        "maxWeight": max((e["weight"] for e in edges), default=1),
        "legend": _legend_json(),
    }


def _node_json(
    n: Any, d: dict[str, Any], xy: tuple[float, float], docs: Mapping[str, str]
) -> dict[str, Any]:
    """One node as the page script reads it: its style, place, aliases and info panel."""
    st = node_style(d)
    name = _one_line(d.get("label") or n)
    x, y = xy
    return {
        "id": str(n),
        "name": name,
        "label": _clip(name),
        "group": st.group,
        "groupName": _GROUP_NAMES[st.group],
        "shape": st.shape,
        "color": st.color,
        "border": st.border,
        "size": st.size,
        "x": round(float(x), 1),
        "y": round(float(y), 1),
        "aliases": [_one_line(a) for a in attr_list(d, "aliases") if isinstance(a, str)],
        "info": _node_info(d, docs),
    }


def _edge_json(eid: str, u: Any, v: Any, k: Any, d: dict[str, Any], curve: float) -> dict[str, Any]:
    """One edge as the page script reads it: its style, dates, evidence and positions."""
    es = edge_style(d)
    first, last = str(d.get("first_date") or ""), str(d.get("last_date") or "")
    return {
        "id": eid,
        "from": str(u),
        "to": str(v),
        "key": str(k),
        "relation": str(d.get("relation") or ""),
        "stance": str(d.get("stance") or ""),
        "label": es.label,
        "weight": max(int(d.get("weight") or 1), 1),
        "confidence": d.get("confidence"),
        "dates": first if first == last else f"{first} \u2013 {last}",
        "color": es.color,
        "width": round(es.width, 2),
        "dashes": es.dashes,
        "opacity": es.opacity,
        "arrow": es.arrow,
        "curve": curve,
        "derived": d.get("relation") in ("agrees", "conflicts"),
        "evidence": _evidence(d),
        "positions": [position_node(str(p)) for p in attr_list(d, "positions")],
    }


def _legend_json() -> dict[str, Any]:
    """The legend's node and edge entries, from the style tables."""
    return {
        "nodes": [
            {"name": name, "glyph": _GLYPHS.get(shape, "\u25cf"), "color": colour}
            for name, shape, colour in NODE_LEGEND
        ],
        "edges": [
            {"name": name, "color": colour, "dashed": dashed}
            for name, colour, dashed in EDGE_LEGEND
        ],
    }


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its ``<script>`` block or open a comment or a tag.

    >>> _json_for_script({"q": "</script><img src=x>&"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _script_safe(js: str) -> str:
    """JavaScript source that cannot close its ``<script>`` element early."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(
    g: nx.MultiDiGraph,
    title: str | None = None,
    layout: Mapping[Any, tuple[float, float]] | None = None,
) -> str:
    """The HTML page for ``g`` as a string (see :func:`page_data` for the parameters)."""
    from importlib.metadata import version

    data = page_data(g, title, layout)
    vis_js = _script_safe(_vis_js())
    app_js = _script_safe(_asset("graph.js"))
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    slots = {
        "CSP": html.escape(csp, quote=True),
        "VERSION": html.escape(version("kg")),
        "TITLE": html.escape(data["title"]),
        "CSS": _asset("graph.css").replace("</", "<\\/"),
        "DATA": _json_for_script(data),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    return _TEMPLATE_SLOT.sub(lambda m: slots[m.group(1)], _asset("graph.html"))


def write_html(
    g: nx.MultiDiGraph,
    path: str | Path,
    title: str | None = None,
    layout: Mapping[Any, tuple[float, float]] | None = None,
) -> None:
    """Write the page for ``g`` to ``path`` atomically (nothing else is written)."""
    atomic_write_text(Path(path), render_html(g, title, layout))
