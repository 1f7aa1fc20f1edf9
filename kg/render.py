"""Renderer: the graph as one self-contained interactive HTML page (pyvis, vis-network).

The page makes no network request: vis-network is inlined and pyvis's CDN
links are removed. The graph passed in is never modified.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.export import atomic_write_text

__all__ = ["render_html", "write_html"]

_CDN_TAG = re.compile(r"<(link|script)[^>]+(https?:)?//[^>]+>(\s*</script>)?", re.IGNORECASE)


def render_html(g: nx.MultiDiGraph, title: str | None = None) -> str:
    """The HTML page for ``g`` as a string."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in g.nodes(data=True):
        net.add_node(node, label=str(data.get("label", node)), title=html.escape(str(node)))
    for u, v, _key, data in g.edges(keys=True, data=True):
        net.add_edge(u, v, title=html.escape(str(data.get("relation", ""))))
    page = net.generate_html()
    return _CDN_TAG.sub("", page)


def write_html(g: nx.MultiDiGraph, path: Path, title: str | None = None) -> None:
    """Write the page for ``g`` to ``path`` atomically."""
    atomic_write_text(Path(path), render_html(g, title))
