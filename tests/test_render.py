"""The HTML page without a browser: self-contained, escaped, styled, and harmless to the graph."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.outputs.graph import load_graph
from kg.outputs.layout import SPRING_MAX_NODES, compute_layout
from kg.outputs.render import page_data, render_html, write_html
from kg.outputs.style import DISPUTES_COLOUR, SUPPORTS_COLOUR, edge_style, node_style

PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script></script>&amp;'


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def _snapshot(g: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(g, edges="links"), sort_keys=True, default=str)


def test_page_loads_nothing_from_anywhere(hand_graph: Any) -> None:
    tags = _parse(render_html(hand_graph("x")))
    names = [t for t, _ in tags.tags]
    assert "link" not in names and "iframe" not in names and "img" not in names
    for _tag, attrs in tags.tags:
        assert "src" not in attrs and "href" not in attrs
    assert len(tags.scripts) == 3  # the data block, vis-network, the page script


def test_csp_forbids_requests_and_allows_exactly_the_page_scripts(hand_graph: Any) -> None:
    tags = _parse(render_html(hand_graph("x")))
    csp = next(
        a["content"] for t, a in tags.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert "unsafe" not in directives["script-src"]
    allowed = set(re.findall(r"'sha256-([^']+)'", directives["script-src"]))
    script_tags = [a for t, a in tags.tags if t == "script"]
    executable = [
        text
        for attrs, text in zip(script_tags, tags.scripts, strict=True)
        if attrs.get("type") != "application/json"
    ]
    hashes = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in executable}
    assert hashes == allowed and len(hashes) == 2


def test_hostile_text_stays_inside_the_json_block(hand_graph: Any) -> None:
    g = hand_graph(PAYLOAD)
    page = render_html(g)
    assert "<img" not in page and "window.__xss" in page
    assert "<script>window.__xss" not in page and "</script></script>" not in page
    tags = _parse(page)
    assert len(tags.scripts) == 3
    data = json.loads(tags.scripts[0])
    assert any(PAYLOAD in n["name"] for n in data["nodes"])
    assert any(PAYLOAD in ev["text"] for e in data["edges"] for ev in e["evidence"])
    assert PAYLOAD in data["title"]
    title = re.search(r"<title>(.*)</title>", page)
    assert title is not None and "&lt;img src=x" in title.group(1)


def test_rendering_does_not_touch_the_graph_or_the_folder(
    hand_graph: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    g = hand_graph("x")
    before = _snapshot(g)
    write_html(g, tmp_path / "out" / "graph.html")
    assert _snapshot(g) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["graph.html"]


def test_page_data_matches_the_graph(hand_graph: Any) -> None:
    g = hand_graph("x")
    data = page_data(g)
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    assert len({e["id"] for e in data["edges"]}) == g.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert [p[0] for p in data["positions"]] == ["position:dam", "position:rain"]
    assert data["maxWeight"] == max(d["weight"] for *_, d in g.edges(data=True))
    assert "hand-made" in data["title"]


@pytest.mark.parametrize(
    ("attrs", "shape"),
    [
        ({"kind": "speaker", "type": "person"}, "dot"),
        ({"kind": "speaker", "type": "organization"}, "hexagon"),
        ({"kind": "speaker", "type": "group"}, "triangle"),
        ({"kind": "position"}, "diamond"),
        ({"kind": "article"}, "square"),
    ],
)
def test_node_shape_by_type(attrs: dict[str, Any], shape: str) -> None:
    assert node_style(attrs).shape == shape


def test_node_colours_differ_by_type_and_size_grows_with_quotes() -> None:
    kinds = [{"kind": "speaker", "type": t} for t in ("person", "organization", "group")] + [
        {"kind": "position"},
        {"kind": "article"},
    ]
    assert len({node_style(k).color for k in kinds}) == len(kinds)
    sizes = [
        node_style({"kind": "speaker", "type": "person", "n_quotes": n}).size for n in (1, 4, 9)
    ]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


@pytest.mark.parametrize(
    ("stance", "colour"), [("supports", SUPPORTS_COLOUR), ("disputes", DISPUTES_COLOUR)]
)
def test_edge_colour_by_stance_and_width_by_statements(stance: str, colour: str) -> None:
    widths = []
    for weight in (1, 2, 8):
        st = edge_style({"relation": "stance", "stance": stance, "weight": weight})
        assert st.color == colour
        widths.append(st.width)
    assert widths[0] < widths[1] < widths[2]


def test_layout_is_deterministic_finite_and_spread(hand_graph: Any) -> None:
    g = hand_graph("x")
    pos = compute_layout(g)
    assert pos == compute_layout(g) and set(pos) == set(g.nodes)
    points = list(pos.values())
    assert all(math.isfinite(c) for p in points for c in p)
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :])
    assert closest > 20  # pixels: nodes do not sit on each other


def test_layout_of_a_large_graph_is_anchored_and_complete() -> None:
    g = nx.MultiDiGraph()
    n_positions, n_speakers = 5, SPRING_MAX_NODES + 100
    for p in range(n_positions):
        g.add_node(f"position:{p}", kind="position")
    for s in range(n_speakers):
        g.add_node(f"speaker:{s}", kind="speaker", type="person")
        stance = "supports" if s % 2 else "disputes"
        g.add_edge(
            f"speaker:{s}",
            f"position:{s % n_positions}",
            key=stance,
            relation="stance",
            stance=stance,
            weight=1,
        )
    pos = compute_layout(g)
    assert set(pos) == set(g.nodes)
    assert len(set(pos.values())) == len(pos)
    for p in range(n_positions):
        px, _ = pos[f"position:{p}"]
        side = {"supports": [], "disputes": []}
        for u, _v, d in g.in_edges(f"position:{p}", data=True):
            side[d["stance"]].append(pos[u][0])
        # supporters sit left of the position they support, disputers right
        assert sum(side["supports"]) / len(side["supports"]) < px
        assert sum(side["disputes"]) / len(side["disputes"]) > px


def test_seeds_page_has_every_node_and_names_the_corpus(seeds_graph_dir: Path) -> None:
    g = load_graph(seeds_graph_dir / "graph.json")
    page = (seeds_graph_dir / "graph.html").read_text(encoding="utf-8")
    data = json.loads(_parse(page).scripts[0])
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    assert g.graph["name"] in data["title"]
    assert (
        "http://" not in page.split("<script>")[0] and "https://" not in page.split("<script>")[0]
    )


def test_cli_render_and_export_from_a_saved_graph(hand_graph: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.outputs.graph import save_graph_json

    saved = tmp_path / "graph.json"
    save_graph_json(hand_graph("x"), saved)
    runner = CliRunner()
    out = tmp_path / "page" / "story.html"
    result = runner.invoke(app, ["render", "--graph", str(saved), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    assert "Who said what: hand-made x" in out.read_text(encoding="utf-8")
    result = runner.invoke(
        app, ["export", "-f", "csv", "-g", str(saved), "-o", str(tmp_path / "t.csv")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.nodes.csv").exists() and (tmp_path / "t.edges.csv").exists()
    missing = runner.invoke(app, ["render", "--graph", str(tmp_path / "nope.json")])
    assert missing.exit_code == 1
    assert not (tmp_path / "graph.html").exists()


def test_the_page_board_is_the_library_board_computed_once(
    hand_graph: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.outputs import render
    from kg.outputs.board import board_rows
    from kg.outputs.board_text import board_json

    g = hand_graph("x")
    calls = []

    def counting(graph: nx.MultiDiGraph) -> Any:
        calls.append(graph)
        return board_rows(graph)

    monkeypatch.setattr(render, "board_rows", counting)
    data = page_data(g)
    assert len(calls) == 1
    assert data["board"] == board_json(board_rows(g))
    assert [r["position"] for r in data["board"]] == ["position:dam", "position:rain"]
    assert [s["position"] for s in data["timeline"]["series"]] == ["position:dam", "position:rain"]
    assert list(data["timeline"]["buckets"]) == []  # the hand-made article has no date
    assert ["ence", "ense", 5] in data["spelling"]


def test_page_data_dates_each_article_and_the_timeline(hand_graph: Any) -> None:
    g = hand_graph("x")
    g.nodes["article:a1"]["date"] = "Feb. 2, 2022"
    data = page_data(g)
    assert data["dates"] == {"a1": "Feb. 2, 2022"}
    timeline = data["timeline"]
    assert (timeline["unit"], list(timeline["buckets"])) == ("day", ["2022-02-02"])
    dam = timeline["series"][0]
    assert (list(dam["supports"]), list(dam["disputes"])) == ([2], [1])
