"""GraphML, GEXF and CSV exports: what Gephi needs, read back by networkx and by igraph."""

from __future__ import annotations

import csv
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.outputs.export import (
    csv_cell,
    csv_paths,
    write_csv,
    write_gexf,
    write_graphml,
    xml_text,
)
from kg.outputs.graph import load_graph
from kg.outputs.layout import compute_layout
from kg.outputs.style import hex_to_rgb, node_style

GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"

HOSTILE = "<b>bold</b> & \"quoted\" 'single'\ttab\nline\x0bvt\x00nul\x1bесц\ud800end"


def _snapshot(g: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(g, edges="links"), sort_keys=True, default=str)


def _same(original: Any, read: Any) -> bool:
    """An attribute value equals what a reader gives back (numbers may come back as floats)."""
    if isinstance(original, bool) or isinstance(read, bool):
        return bool(original) == bool(read)
    if isinstance(original, int | float) and isinstance(read, int | float):
        return math.isclose(float(original), float(read))
    return xml_text(str(original)) == str(read)


# ---------------------------------------------------------------- GraphML


def test_graphml_keys_are_named_and_typed_for_gephi(hand_graph: Any, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    write_graphml(hand_graph("x"), path)
    root = ET.parse(path).getroot()
    keys = {(k.get("for"), k.get("attr.name")): k for k in root.iter(f"{GML}key")}
    assert not [k for k in root.iter(f"{GML}key") if re.fullmatch(r"d\d+", k.get("id", ""))]
    for (domain, name), key in keys.items():
        if domain == "node":
            assert key.get("id") == name
    assert keys[("node", "label")].get("attr.type") == "string"
    for channel in "rgb":
        assert keys[("node", channel)].get("attr.type") == "int"
        assert ("edge", channel) in keys
    assert keys[("edge", "weight")].get("attr.type") == "double"
    assert ("edge", "label") in keys
    assert ("node", "x") in keys and ("node", "size") in keys
    edge_ids = [e.get("id") for e in root.iter(f"{GML}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == hand_graph("x").number_of_edges()


def test_graphml_is_valid_xml_whatever_the_text(hand_graph: Any, tmp_path: Path) -> None:
    g = hand_graph(HOSTILE)
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    ET.parse(path)  # expat rejects any character XML 1.0 forbids
    back = nx.read_graphml(path)
    label = back.nodes["position:dam"]["label"]
    assert label == xml_text(g.nodes["position:dam"]["label"])
    assert "\x0b" not in label and "\x00" not in label and "\ud800" not in label
    assert "\t" in label and "\n" in label and "<b>bold</b>" in label


def test_graphml_read_back_by_networkx_with_every_attribute(
    hand_graph: Any, tmp_path: Path
) -> None:
    g = hand_graph(HOSTILE)
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.is_directed()
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    for n, data in g.nodes(data=True):
        for name, value in data.items():
            assert _same(value, back.nodes[n][name]), (n, name)
    original = sorted((u, v, d["relation"], d.get("stance", "")) for u, v, d in g.edges(data=True))
    read = sorted((u, v, d["relation"], d.get("stance", "")) for u, v, d in back.edges(data=True))
    assert original == read
    for u, v, _k, data in g.edges(keys=True, data=True):
        match = [
            d
            for d in back.get_edge_data(u, v).values()
            if d["relation"] == data["relation"] and d.get("stance") == data.get("stance")
        ]
        assert len(match) == 1
        for name, value in data.items():
            assert _same(value, match[0][name]), (u, v, name)


def test_graphml_read_back_by_igraph(hand_graph: Any, tmp_path: Path) -> None:
    ig = pytest.importorskip("igraph")
    g = hand_graph(HOSTILE)
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = ig.Graph.Read_GraphML(str(path))
    assert back.is_directed()
    assert (back.vcount(), back.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    by_id = {v["id"]: v for v in back.vs}
    for n, data in g.nodes(data=True):
        for name, value in data.items():
            assert _same(value, by_id[n][name]), (n, name)
        colour = hex_to_rgb(node_style(data).color)
        assert (by_id[n]["r"], by_id[n]["g"], by_id[n]["b"]) == colour
    original = sorted(
        (u, v, d["relation"], d.get("stance", ""), float(d["weight"]))
        for u, v, d in g.edges(data=True)
    )
    read = sorted(
        (
            back.vs[e.source]["id"],
            back.vs[e.target]["id"],
            e["relation"],
            e["stance"] or "",
            e["weight"],
        )
        for e in back.es
    )
    assert original == read


# ------------------------------------------------------------------- GEXF


def test_gexf_read_back_by_networkx_with_viz_like_the_page(hand_graph: Any, tmp_path: Path) -> None:
    g = hand_graph(HOSTILE)
    path = tmp_path / "g.gexf"
    write_gexf(g, path)
    back = nx.read_gexf(path)
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    layout = compute_layout(g)
    for n, data in g.nodes(data=True):
        read = back.nodes[n]
        assert read["label"] == xml_text(data["label"])
        for name, value in data.items():
            if name != "label":
                assert _same(value, read[name]), (n, name)
        colour = read["viz"]["color"]
        assert (colour["r"], colour["g"], colour["b"]) == hex_to_rgb(node_style(data).color)
        assert read["viz"]["size"] == pytest.approx(node_style(data).size)
        x, y = layout[n]
        assert read["viz"]["position"]["x"] == pytest.approx(x)
        assert read["viz"]["position"]["y"] == pytest.approx(-y)
    weights = sorted(float(d["weight"]) for _, _, d in g.edges(data=True))
    assert sorted(d["weight"] for _, _, d in back.edges(data=True)) == weights


def test_gexf_structure_checked_by_a_second_reader(hand_graph: Any, tmp_path: Path) -> None:
    """igraph has no GEXF reader: check the document directly with expat (ElementTree)."""
    g = hand_graph(HOSTILE)
    path = tmp_path / "g.gexf"
    write_gexf(g, path)
    graph = ET.parse(path).getroot().find(f"{GEXF}graph")
    assert graph is not None and graph.get("defaultedgetype") == "directed"
    declared = {
        cls.get("class"): {a.get("id"): a.get("type") for a in cls.iter(f"{GEXF}attribute")}
        for cls in graph.iter(f"{GEXF}attributes")
    }
    nodes = list(graph.iter(f"{GEXF}node"))
    edges = list(graph.iter(f"{GEXF}edge"))
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    ids = {n.get("id") for n in nodes}
    assert len({e.get("id") for e in edges}) == len(edges)
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        float(e.get("weight", "x"))
        assert e.get("label")
    for element, cls in [(n, "node") for n in nodes] + [(e, "edge") for e in edges]:
        for att in element.iter(f"{GEXF}attvalue"):
            typ = declared[cls][att.get("for")]
            value = att.get("value", "")
            if typ in ("integer", "long"):
                int(value)
            elif typ == "double":
                float(value)
    for n in nodes:
        colour = n.find(f"{VIZ}color")
        assert colour is not None and all(0 <= int(colour.get(c, "-1")) <= 255 for c in "rgb")
        assert n.find(f"{VIZ}position") is not None and n.find(f"{VIZ}size") is not None


# ---------------------------------------------------------- seeds, both readers


def test_seeds_exports_agree_with_the_graph(seeds_graph_dir: Path) -> None:
    ig = pytest.importorskip("igraph")
    g = load_graph(seeds_graph_dir / "graph.json")
    counts = (g.number_of_nodes(), g.number_of_edges())
    graphml = nx.read_graphml(seeds_graph_dir / "graph.graphml")
    gexf = nx.read_gexf(seeds_graph_dir / "graph.gexf")
    igr = ig.Graph.Read_GraphML(str(seeds_graph_dir / "graph.graphml"))
    assert (graphml.number_of_nodes(), graphml.number_of_edges()) == counts
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == counts
    assert (igr.vcount(), igr.ecount()) == counts
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    assert {n: d["label"] for n, d in graphml.nodes(data=True)} == labels
    assert {n: d["label"] for n, d in gexf.nodes(data=True)} == labels
    assert {v["id"]: v["label"] for v in igr.vs} == labels
    total = sum(d["weight"] for _, _, d in g.edges(data=True))
    assert sum(igr.es["weight"]) == pytest.approx(total)


# -------------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+41 22", "'+41 22"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain words", "plain words"),
        ("a = b", "a = b"),
        (-3, -3),
        (2.5, 2.5),
        (None, ""),
        (["a", "b"], '["a", "b"]'),
    ],
)
def test_csv_cells_never_start_a_formula(value: Any, expected: Any) -> None:
    assert csv_cell(value) == expected


def test_csv_files_for_gephi_spreadsheet_import(hand_graph: Any, tmp_path: Path) -> None:
    g = hand_graph("=cmd|' /C calc'!A0")
    nodes_path, edges_path = write_csv(g, tmp_path / "graph.csv")
    assert (nodes_path, edges_path) == csv_paths(tmp_path / "graph.csv")
    with nodes_path.open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_path.open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(edges[0])[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert {r["Id"] for r in nodes} == set(g.nodes)
    for row in nodes + edges:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    article = next(r for r in nodes if r["Id"] == "article:a1")
    assert article["Label"] == "Article =cmd|' /C calc'!A0"
    evidence = json.loads(next(r for r in edges if r["Label"] == "disputes")["evidence"])
    assert evidence[0]["text"].startswith("=cmd")


# ---------------------------------------------------------- files and inputs


def test_writers_leave_the_graph_and_the_folder_clean(hand_graph: Any, tmp_path: Path) -> None:
    g = hand_graph("x")
    before = _snapshot(g)
    write_graphml(g, tmp_path / "g.graphml")
    write_gexf(g, tmp_path / "g.gexf")
    write_csv(g, tmp_path / "g.csv")
    assert _snapshot(g) == before
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["g.edges.csv", "g.gexf", "g.graphml", "g.nodes.csv"]
    for p in tmp_path.iterdir():
        assert p.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("a\x0bb", "ab"), ("\x00\x01\x1f", ""), ("tab\tnl\ncr\r", "tab\tnl\ncr\r"), ("é\ud800", "é")],
)
def test_xml_text_drops_only_forbidden_characters(raw: str, clean: str) -> None:
    assert xml_text(raw) == clean


def test_edge_colours_follow_stance(hand_graph: Any, tmp_path: Path) -> None:
    from kg.outputs.style import DISPUTES_COLOUR, QUOTED_IN_COLOUR, SUPPORTS_COLOUR

    def rgb(colour: str) -> tuple[int, int, int]:  # the test's own reading of "#RRGGBB"
        return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

    expected = {
        "supports": rgb(SUPPORTS_COLOUR),
        "disputes": rgb(DISPUTES_COLOUR),
        "quoted_in": rgb(QUOTED_IN_COLOUR),
    }
    g = hand_graph("x")
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path)
    seen = set()
    for _u, _v, d in back.edges(data=True):
        kind = d.get("stance") or d.get("relation")
        if kind in expected:
            seen.add(kind)
            assert (d["r"], d["g"], d["b"]) == expected[kind], kind
    assert {"supports", "disputes"} <= seen
    assert expected["supports"] != expected["disputes"]
