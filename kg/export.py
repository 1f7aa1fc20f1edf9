"""Exporters: the graph to GraphML, GEXF, node-link JSON and CSV, written atomically.

Every writer goes through :func:`atomic_write_bytes`: the data is written to a
temporary file in the target folder and renamed into place, so a reader (or
an interrupted build) never sees half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "write_gexf",
    "write_graphml",
    "write_json",
]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_json(g: nx.MultiDiGraph, path: Path) -> None:
    """Node-link JSON (what ``kg`` itself reads back)."""
    data = nx.node_link_data(g, edges="links")
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1))


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    """GraphML for Gephi."""
    import io

    buf = io.BytesIO()
    nx.write_graphml(g, buf)
    atomic_write_bytes(path, buf.getvalue())


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    """GEXF for Gephi."""
    import io

    buf = io.BytesIO()
    nx.write_gexf(g, buf)
    atomic_write_bytes(path, buf.getvalue())
