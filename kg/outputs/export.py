"""Exporters: the graph to GraphML, GEXF, node-link JSON and CSV, written atomically.

Every writer goes through :func:`atomic_write_bytes`: the data is written to a
temporary file in the target folder and renamed into place, so a reader (or
an interrupted build) never sees half a file.

GraphML and GEXF are written here rather than by networkx, because Gephi needs
what networkx does not give:

- key ids that are the attribute names (networkx writes ``d0``, ``d1``... and
  Gephi takes a key ``d3`` for the node label);
- ``label`` on every node, ``weight`` and ``label`` on every edge, the colour as
  integer ``r``/``g``/``b``, ``size`` and ``x``/``y`` from :mod:`kg.outputs.style` and
  :mod:`kg.outputs.layout`, so Gephi opens the graph looking like ``graph.html``;
- unique edge ids ``e0``, ``e1``... (a MultiDiGraph's keys repeat, e.g.
  ``supports``; the key is the ``stance`` of a stance edge, else its ``relation``);
- only scalar attributes (lists and dicts become JSON strings), and always
  well-formed XML 1.0: characters XML 1.0 forbids (``\\x0b``, ``\\x00``...) are
  removed, line breaks and tabs inside attribute values are kept as references.

CSV is two files for spreadsheets and Gephi's "Import spreadsheet": nodes
(``Id``, ``Label``...) and edges (``Source``, ``Target``, ``Type``, ``Id``,
``Label``, ``Weight``...). Text cells that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF) get a
leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import OutputError
from kg.outputs.manifest import note_in_manifest
from kg.outputs.style import edge_style, hex_to_rgb, node_style
from kg.read.rawfile import file_kind

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "csv_cell",
    "csv_paths",
    "gexf_text",
    "graphml_text",
    "json_text",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
    "xml_text",
]

_XML_INVALID = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_GEXF_NS = "http://www.gexf.net/1.2draft"
_GEXF_VIZ = "http://www.gexf.net/1.2draft/viz"
_INT32 = 2**31


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename.

    The file gets the mode of the file it replaces, or ``0o644``. A target that
    exists and is not a regular file (a device, a FIFO, a symbolic link, a folder)
    is refused: the rename would replace it. When ``path`` is one of the files a
    build's manifest lists (:data:`kg.outputs.graph.MANIFEST_NAME`), the manifest
    is brought up to date, so the folder stays one consistent set.

    Raises
    ------
    OutputError
        The target is not a regular file.
    OSError
        The folder cannot be written.
    """
    path = Path(path)
    _refuse_special(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        _refuse_special(path)  # swapped in while we wrote?
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    note_in_manifest(path, data, atomic_write_bytes)


def _refuse_special(path: Path) -> None:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else file_kind(mode)
        raise OutputError(path, f"is {kind}, not a regular file: not replacing it")


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def json_text(g: nx.MultiDiGraph) -> str:
    """Node-link JSON (what ``kg`` itself reads back)."""
    import networkx as nx

    return json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=1)


def write_json(g: nx.MultiDiGraph, path: Path) -> None:
    """Node-link JSON (what ``kg`` itself reads back), atomically."""
    atomic_write_text(path, json_text(g))


# ---------------------------------------------------------------- attributes


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 forbids (NUL, ``\\x0b``, lone surrogates...).

    >>> xml_text("a\\x0bb\\x00c\\td")
    'abc\\td'
    """
    return _XML_INVALID.sub("", value)


def _scalar(value: Any) -> bool | int | float | str | None:
    """A value GraphML/GEXF can carry: scalars as they are, lists and dicts as JSON."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, list | tuple | dict | set):
        items = sorted(value, key=str) if isinstance(value, set) else value
        return json.dumps(items, ensure_ascii=False, default=str)
    return str(value)


def _column_types(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """One type per attribute name: boolean, int, long, double or string."""
    seen: dict[str, set[type]] = {}
    big: set[str] = set()
    for row in rows:
        for name, value in row.items():
            if value is None:
                continue
            seen.setdefault(name, set()).add(type(value))
            if type(value) is int and not -_INT32 <= value < _INT32:
                big.add(name)
    types = {}
    for name, kinds in seen.items():
        if kinds == {bool}:
            types[name] = "boolean"
        elif kinds == {int}:
            types[name] = "long" if name in big else "int"
        elif kinds <= {int, float}:
            types[name] = "double"
        else:
            types[name] = "string"
    return types


def _format(value: Any, typ: str) -> str:
    if typ == "boolean":
        return "true" if value else "false"
    if typ == "double":
        return repr(float(value))
    return xml_text(str(value))


def _visual_rows(
    g: nx.MultiDiGraph, layout: Mapping[Any, tuple[float, float]] | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Node and edge attribute rows: the graph's own, scalar, plus the visual ones."""
    from kg.outputs.layout import compute_layout  # networkx: only when drawing

    pos = layout if layout is not None else compute_layout(g)
    nodes = []
    for n, data in g.nodes(data=True):
        row = {k: _scalar(v) for k, v in data.items()}
        st = node_style(data)
        r, gg, b = hex_to_rgb(st.color)
        x, y = pos.get(n, (0.0, 0.0))
        row.update(
            label=xml_text(str(data.get("label") or n)),
            group=st.group,
            r=r,
            g=gg,
            b=b,
            size=float(st.size),
            x=float(x),
            y=-float(y),  # screen y points down, Gephi's up
        )
        nodes.append(row)
    edges = []
    for _, _, data in g.edges(data=True):
        row = {name: _scalar(value) for name, value in data.items()}
        es = edge_style(data)
        r, gg, b = hex_to_rgb(es.color)
        weight = data.get("weight")
        row.update(
            label=es.label,
            weight=float(weight) if isinstance(weight, int | float) else 1.0,
            r=r,
            g=gg,
            b=b,
        )
        edges.append(row)
    return nodes, edges


def _attr(value: str) -> str:
    """Escape for a double-quoted XML attribute, keeping tabs and line breaks."""
    text = xml_text(value)
    for a, b in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("\t", "&#9;"),
        ("\n", "&#10;"),
        ("\r", "&#13;"),
    ):
        text = text.replace(a, b)
    return text


def _text(value: str) -> str:
    """Escape for XML character data, keeping carriage returns."""
    return (
        xml_text(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", "&#13;")
    )


# ------------------------------------------------------------------- GraphML


def graphml_text(
    g: nx.MultiDiGraph, layout: Mapping[Any, tuple[float, float]] | None = None
) -> str:
    """The GraphML document for ``g`` (see the module docstring)."""
    node_rows, edge_rows = _visual_rows(g, layout)
    graph_row = {k: _scalar(v) for k, v in g.graph.items()}
    domains = {
        "graph": _column_types([graph_row]),
        "node": _column_types(node_rows),
        "edge": _column_types(edge_rows),
    }
    ids: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<graphml xmlns="{_GRAPHML_NS}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{_GRAPHML_NS} {_GRAPHML_NS}/1.0/graphml.xsd">',
    ]
    for domain in ("node", "edge", "graph"):
        for name, typ in domains[domain].items():
            key_id = name if name not in used else f"{domain}_{name}"
            used.add(key_id)
            ids[(domain, name)] = key_id
            out.append(
                f'  <key id="{_attr(key_id)}" for="{domain}" '
                f'attr.name="{_attr(name)}" attr.type="{typ}"/>'
            )
    out.append('  <graph id="G" edgedefault="directed">')

    def data_lines(domain: str, row: Mapping[str, Any], indent: str) -> None:
        for name, value in row.items():
            if value is None:
                continue
            typ = domains[domain][name]
            out.append(
                f'{indent}<data key="{_attr(ids[(domain, name)])}">'
                f"{_text(_format(value, typ))}</data>"
            )

    data_lines("graph", graph_row, "    ")
    node_ids = {n: xml_text(str(n)) for n in g.nodes}
    for n, row in zip(g.nodes, node_rows, strict=True):
        out.append(f'    <node id="{_attr(node_ids[n])}">')
        data_lines("node", row, "      ")
        out.append("    </node>")
    for i, ((u, v), row) in enumerate(zip(g.edges(), edge_rows, strict=True)):
        out.append(
            f'    <edge id="e{i}" source="{_attr(node_ids[u])}" target="{_attr(node_ids[v])}">'
        )
        data_lines("edge", row, "      ")
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def write_graphml(
    g: nx.MultiDiGraph, path: Path, layout: Mapping[Any, tuple[float, float]] | None = None
) -> None:
    """GraphML for Gephi, igraph, yEd, networkx (see the module docstring)."""
    atomic_write_text(path, graphml_text(g, layout))


# ---------------------------------------------------------------------- GEXF

_GEXF_TYPES = {"boolean": "boolean", "int": "integer", "long": "long", "double": "double"}
_GEXF_OWN = {"node": ("label",), "edge": ("label", "weight")}


def gexf_text(g: nx.MultiDiGraph, layout: Mapping[Any, tuple[float, float]] | None = None) -> str:
    """The GEXF 1.2 document for ``g``, with ``viz`` colour, size, position and shape."""
    node_rows, edge_rows = _visual_rows(g, layout)
    node_viz = [{k: row.pop(k) for k in ("r", "g", "b", "size", "x", "y")} for row in node_rows]
    edge_viz = [{k: row.pop(k) for k in ("r", "g", "b")} for row in edge_rows]
    columns = {
        cls: {k: t for k, t in _column_types(rows).items() if k not in _GEXF_OWN[cls]}
        for cls, rows in (("node", node_rows), ("edge", edge_rows))
    }
    out = _gexf_head(xml_text(str(g.graph.get("name") or "graph")), columns)

    def attvalues(cls: str, row: Mapping[str, Any]) -> None:
        out.extend(_gexf_attvalues(columns[cls], row))

    out.append("    <nodes>")
    for (n, data), row, viz in zip(g.nodes(data=True), node_rows, node_viz, strict=True):
        out.append(f'      <node id="{_attr(str(n))}" label="{_attr(str(row["label"]))}">')
        attvalues("node", row)
        out.append(f'        <viz:color r="{viz["r"]}" g="{viz["g"]}" b="{viz["b"]}" a="1.0"/>')
        out.append(f'        <viz:position x="{viz["x"]!r}" y="{viz["y"]!r}" z="0.0"/>')
        out.append(f'        <viz:size value="{viz["size"]!r}"/>')
        out.append(f'        <viz:shape value="{node_style(data).gexf_shape}"/>')
        out.append("      </node>")
    out.append("    </nodes>")
    out.append("    <edges>")
    edges = zip(g.edges(data=True), edge_rows, edge_viz, strict=True)
    for i, ((u, v, data), row, viz) in enumerate(edges):
        es = edge_style(data)
        out.append(
            f'      <edge id="e{i}" source="{_attr(str(u))}" target="{_attr(str(v))}" '
            f'label="{_attr(str(row["label"]))}" weight="{float(row["weight"])!r}">'
        )
        attvalues("edge", row)
        out.append(
            f'        <viz:color r="{viz["r"]}" g="{viz["g"]}" b="{viz["b"]}" a="{es.opacity!r}"/>'
        )
        out.append(f'        <viz:thickness value="{float(es.width)!r}"/>')
        out.append(f'        <viz:shape value="{"dashed" if es.dashes else "solid"}"/>')
        out.append("      </edge>")
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out)


def _gexf_head(name: str, columns: Mapping[str, Mapping[str, str]]) -> list[str]:
    """The GEXF lines before the nodes: the meta block and the attribute declarations."""
    today = datetime.now(UTC).date().isoformat()
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{_GEXF_NS}" xmlns:viz="{_GEXF_VIZ}" version="1.2">',
        f'  <meta lastmodifieddate="{today}">',
        "    <creator>kg</creator>",
        f"    <description>{_text(f'who said what: {name}')}</description>",
        "  </meta>",
        '  <graph mode="static" defaultedgetype="directed">',
    ]
    for cls in ("node", "edge"):
        out.append(f'    <attributes class="{cls}" mode="static">')
        for attr, typ in columns[cls].items():
            out.append(
                f'      <attribute id="{_attr(attr)}" title="{_attr(attr)}" '
                f'type="{_GEXF_TYPES.get(typ, "string")}"/>'
            )
        out.append("    </attributes>")
    return out


def _gexf_attvalues(columns: Mapping[str, str], row: Mapping[str, Any]) -> list[str]:
    """The ``attvalues`` block of one node or edge (nothing when it has no values)."""
    values = [(k, v) for k, v in row.items() if k in columns and v is not None]
    if not values:
        return []
    lines = ["        <attvalues>"]
    for k, v in values:
        lines.append(
            f'          <attvalue for="{_attr(k)}" value="{_attr(_format(v, columns[k]))}"/>'
        )
    lines.append("        </attvalues>")
    return lines


def write_gexf(
    g: nx.MultiDiGraph, path: Path, layout: Mapping[Any, tuple[float, float]] | None = None
) -> None:
    """GEXF 1.2 for Gephi, laid out and coloured like the HTML page."""
    atomic_write_text(path, gexf_text(g, layout))


# ----------------------------------------------------------------------- CSV


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> csv_cell("-1+2"), csv_cell(-1), csv_cell("plain")
    ("'-1+2", -1, 'plain')
    """
    value = _scalar(value)
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_paths(path: Path) -> tuple[Path, Path]:
    """The nodes and edges files :func:`write_csv` writes for ``path``.

    >>> [p.name for p in csv_paths(Path("out/graph.csv"))]
    ['graph.nodes.csv', 'graph.edges.csv']
    """
    path = Path(path)
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def _csv_bytes(header: list[str], rows: Iterable[Mapping[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(row.get(name)) for name in header])
    return buf.getvalue().encode("utf-8")


def write_csv(g: nx.MultiDiGraph, path: Path) -> tuple[Path, Path]:
    """Nodes and edges as two UTF-8 CSV files next to ``path`` (see :func:`csv_paths`).

    The column names are the ones Gephi's spreadsheet import recognises
    (``Id``, ``Label``; ``Source``, ``Target``, ``Type``, ``Id``, ``Label``,
    ``Weight``), followed by every graph attribute. Returns the two paths.
    """
    nodes_path, edges_path = csv_paths(path)
    node_rows, edge_rows = [], []
    for n, data in g.nodes(data=True):
        node_rows.append({**data, "Id": str(n), "Label": data.get("label") or str(n)})
    for i, (u, v, data) in enumerate(g.edges(data=True)):
        edge_rows.append(
            {
                **data,
                "Source": str(u),
                "Target": str(v),
                "Type": "Directed",
                "Id": f"e{i}",
                "Label": edge_style(data).label,
                "Weight": data.get("weight", 1),
            }
        )
    node_extra = sorted({k for r in node_rows for k in r} - {"Id", "Label", "label"})
    edge_own = {"Source", "Target", "Type", "Id", "Label", "Weight", "weight"}
    edge_extra = sorted({k for r in edge_rows for k in r} - edge_own)
    atomic_write_bytes(nodes_path, _csv_bytes(["Id", "Label", *node_extra], node_rows))
    atomic_write_bytes(
        edges_path,
        _csv_bytes(["Source", "Target", "Type", "Id", "Label", "Weight", *edge_extra], edge_rows),
    )
    return nodes_path, edges_path
