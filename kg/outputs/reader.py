"""The graph a reading command works on: ``graph.sqlite`` when current, else ``graph.json``.

Its own module, importing neither networkx nor the graph builder (:mod:`kg.outputs.graph`,
loaded only when the JSON has to be read), so that a question on a current index starts
without compiling or importing what it does not use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import GraphFileError
from kg.outputs.graphview import open_graph_view
from kg.outputs.index import index_matches, index_path_for

__all__ = ["graph_file", "read_graph"]


def graph_file(path: str | Path) -> Path:
    """The graph file a ``--graph`` names: the path itself, or a folder's ``graph.json``.

    Raises
    ------
    GraphFileError
        ``path`` is a folder with no graph.json in it.
    """
    p = Path(path)
    if p.is_dir():
        if not (p / "graph.json").is_file():
            raise GraphFileError(p, "a folder with no graph.json in it (write one with `kg build`)")
        p = p / "graph.json"
    return p


def read_graph(path: str | Path) -> Any:
    """The graph a reading command works on: the index when it is current, else the JSON.

    ``path`` is a ``graph.json``, a ``graph.sqlite``, or the folder ``kg build`` wrote
    them to (its ``graph.json`` is read, as if named). Given a ``graph.json``, its
    ``graph.sqlite`` is read instead when it was written with this very file
    (:func:`kg.outputs.index.index_matches`); otherwise, or when the index cannot
    be read, the JSON is loaded into networkx (:func:`kg.outputs.graph.load_graph`,
    imported only then). Either way the answers are the same.

    Raises
    ------
    GraphFileError
        The file given is missing or not a kg graph, or the folder holds no graph.json.
    """
    p = graph_file(path)
    if p.suffix == ".sqlite":
        return open_graph_view(p)
    index = index_path_for(p)
    if index_matches(index, p):
        try:
            return open_graph_view(index)
        except GraphFileError:
            pass
    from kg.outputs.graph import load_graph

    return load_graph(p)
