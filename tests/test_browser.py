"""The page in a real browser: Debian's chromium, headless, driven by Python playwright.

Skipped (with the reason) only when /usr/bin/chromium is absent; ``.ci/run``
installs it. The browser is launched once per session.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.outputs.graph import attr_list, load_graph
from kg.outputs.render import write_html

from .conftest import load_script

#: The executable and flags, shared with the scripts that open pages.
_chromium = load_script("chromium")
CHROMIUM = Path(_chromium.CHROMIUM)
ARGS = _chromium.ARGS
PAYLOAD = (
    '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    '<svg onload="window.__xss=3"></svg>'
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    pages: list[Any] = []

    def _open(path: Path) -> Opened:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        opened = Opened(page, path.resolve().as_uri())
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.goto(opened.url)
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=20_000)
        return opened

    yield _open
    for page in pages:
        page.close()


def _visible(page: Any) -> tuple[set[str], set[str]]:
    nodes = set(page.evaluate("window.kg.visibleNodeIds()"))
    edges = set(page.evaluate("window.kg.visibleEdgeIds()"))
    return nodes, edges


def _rendered_counts(page: Any) -> tuple[int, int]:
    """What vis-network itself draws (its body indices skip hidden items)."""
    counts = page.evaluate(
        "[window.kg.network.body.nodeIndices.length, window.kg.network.body.edgeIndices.length]"
    )
    return int(counts[0]), int(counts[1])


def _click_node(page: Any, node_id: str) -> None:
    point = page.evaluate(
        "id => { const n = window.kg.network; const p = n.getPosition(id);"
        " const d = n.canvasToDOM(p); const r = document.getElementById('kg-network')"
        ".getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }",
        node_id,
    )
    page.mouse.click(point[0], point[1])


@pytest.fixture(scope="module")
def seeds_page_graph(seeds_graph_dir: Path) -> tuple[Path, nx.MultiDiGraph]:
    return seeds_graph_dir / "graph.html", load_graph(seeds_graph_dir / "graph.json")


def test_seeds_page_loads_offline_with_every_node_and_edge(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    opened = open_page(path)
    assert opened.errors == []
    assert opened.requests == [opened.url]
    assert _rendered_counts(opened.page) == (g.number_of_nodes(), g.number_of_edges())
    assert g.graph["name"] in opened.page.title()
    # laid out in Python: no physics, so nothing redraws while the page sits idle
    assert opened.page.evaluate("window.kg.network.physics.options.enabled") is False
    opened.page.evaluate(
        "window.__redraws = 0; window.kg.network.on('afterDrawing', () => window.__redraws++)"
    )
    opened.page.wait_for_timeout(600)
    assert opened.page.evaluate("window.__redraws") == 0
    legend = opened.page.inner_text("#kg-legend")
    for word in ("person", "organisation", "group", "position", "supports", "disputes"):
        assert word in legend


def test_search_by_clicking_selects_and_explains_the_speaker(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    speaker, data = max(
        ((n, d) for n, d in g.nodes(data=True) if d.get("kind") == "speaker"),
        key=lambda item: item[1].get("n_quotes", 0),
    )
    page = open_page(path).page
    page.fill("#kg-search", data["label"].lower())
    page.click("#kg-search-go")
    assert page.evaluate("window.kg.network.getSelectedNodes()")[0] == speaker
    assert page.inner_text("#kg-panel h2") == " ".join(data["label"].split())
    page.fill("#kg-search", "no such name anywhere qqq")
    page.click("#kg-search-go")
    assert page.evaluate("window.kg.network.getSelectedNodes()") == []
    assert "No speaker" in page.inner_text("#kg-status")


def test_position_filter_shows_only_its_supporters_and_disputers(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    stance_edges: dict[str, list[tuple[str, str]]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("relation") == "stance":
            stance_edges.setdefault(v, []).append((u, d["stance"]))
    if not stance_edges:
        pytest.skip("the seeds build has no stance edge")
    position = max(stance_edges, key=lambda p: len(stance_edges[p]))
    page = open_page(path).page
    page.select_option("#kg-position", position)
    nodes, edges = _visible(page)
    assert nodes == {position} | {u for u, _ in stance_edges[position]}
    assert len(edges) == len(stance_edges[position])
    assert _rendered_counts(page) == (len(nodes), len(edges))
    panel = page.inner_text("#kg-panel")
    assert " ".join(g.nodes[position]["label"].split()) in panel
    page.click("#kg-reset")
    assert _rendered_counts(page) == (g.number_of_nodes(), g.number_of_edges())


def test_min_weight_slider_hides_low_weight_edges(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    g = hand_graph("plain")
    write_html(g, tmp_path / "g.html")
    page = open_page(tmp_path / "g.html").page
    page.eval_on_selector(
        "#kg-min-weight", "el => { el.value = '2'; el.dispatchEvent(new Event('input')); }"
    )
    heavy = sum(1 for *_, d in g.edges(data=True) if d["weight"] >= 2)
    assert 0 < heavy < g.number_of_edges()
    assert _rendered_counts(page) == (g.number_of_nodes(), heavy)
    page.uncheck("#kg-show-articles")
    nodes, _ = _visible(page)
    assert nodes == {n for n, d in g.nodes(data=True) if d["kind"] != "article"}


def test_hostile_text_is_shown_as_text_and_never_runs(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    g = hand_graph(PAYLOAD)
    write_html(g, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    page = opened.page
    # hover a node (tooltip), click a speaker and a position (side panel), click an edge
    _click_node(page, "speaker:agency")
    assert PAYLOAD in page.inner_text("#kg-panel")
    _click_node(page, "position:dam")
    panel = page.inner_text("#kg-panel")
    assert "the dam failed " + PAYLOAD in panel
    _click_node(page, "article:a1")
    page.mouse.move(5, 5)
    _click_node(page, "speaker:ann-lee")
    page.fill("#kg-search", "alias <img")
    page.click("#kg-search-go")
    assert page.evaluate("window.kg.network.getSelectedNodes()")
    hover = page.evaluate(
        "() => { const n = window.kg.network;"
        " const d = n.canvasToDOM(n.getPosition('position:dam')); return [d.x, d.y]; }"
    )
    box = page.locator("#kg-network").bounding_box()
    page.mouse.move(box["x"] + hover[0], box["y"] + hover[1])
    page.wait_for_selector("#kg-tip:not([hidden])", timeout=5_000)
    assert PAYLOAD in page.inner_text("#kg-tip")
    assert page.evaluate("window.__xss") is None
    injected = page.evaluate(
        "document.querySelectorAll('#kg-side img, #kg-side svg, #kg-tip img, #kg-tip svg,"
        " #kg-side script, #kg-tip script').length"
    )
    assert injected == 0
    assert PAYLOAD in page.inner_text("#kg-title")
    assert opened.errors == [] and opened.requests == [opened.url]


def test_page_data_survives_the_browser_unchanged(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    """The quotes the page parses are exactly the graph's text, odd characters included."""
    g = hand_graph(PAYLOAD + " \u2028 \x0b \U0001f600 </script><!-- ü")
    write_html(g, tmp_path / "g.html")
    page = open_page(tmp_path / "g.html").page
    ids = page.evaluate("window.kg.data.nodes.map(n => n.id)")
    assert sorted(ids) == sorted(g.nodes)
    texts = page.evaluate("window.kg.data.edges.flatMap(e => e.evidence.map(ev => ev.text))")
    expected = [ev["text"] for *_, d in g.edges(data=True) for ev in attr_list(d, "evidence")]
    assert sorted(texts) == sorted(expected)
