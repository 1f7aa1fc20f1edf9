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
    """``open_page(path, tab="graph", width=1400)``: the page opened on one of its tabs."""
    pages: list[Any] = []

    def _open(path: Path, tab: str = "graph", width: int = 1400) -> Opened:
        page = browser.new_page(viewport={"width": width, "height": 900})
        pages.append(page)
        opened = Opened(page, path.resolve().as_uri())
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url.split("#")[0]))
        page.goto(f"{opened.url}#{tab}")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=20_000)
        if tab == "graph":
            _wait_for_graph(page)
        return opened

    yield _open
    for page in pages:
        page.close()


def _wait_for_graph(page: Any) -> None:
    page.wait_for_selector("body[data-graph-ready='1']", state="attached", timeout=20_000)


def _side_takers(g: nx.MultiDiGraph) -> set[str]:
    return {
        u
        for u, _, d in g.edges(data=True)
        if d.get("relation") == "stance" and d.get("stance") in ("supports", "disputes")
    }


def _default_view(g: nx.MultiDiGraph) -> tuple[int, int]:
    """Nodes and edges drawn when the graph opens: speakers who take no side are hidden."""
    hidden = {
        n for n, d in g.nodes(data=True) if d["kind"] == "speaker" and n not in _side_takers(g)
    }
    edges = [(u, v) for u, v in g.edges() if u not in hidden and v not in hidden]
    return g.number_of_nodes() - len(hidden), len(edges)


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
    assert _rendered_counts(opened.page) == _default_view(g)
    assert _default_view(g)[0] < g.number_of_nodes()  # the seeds quote bystanders
    opened.page.uncheck("#kg-sides-only")
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
    assert _rendered_counts(page) == _default_view(g)


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


# ----------------------------------------------------------------------------- the board


def _board_counts(page: Any) -> dict[str, tuple[int, int]]:
    return page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('#kg-board .kg-row')].map(r =>"
        " [r.dataset.position, [r.querySelectorAll('.kg-col.supports li').length,"
        " r.querySelectorAll('.kg-col.disputes li').length]]))"
    )


def test_the_board_opens_first_and_its_counts_match_the_graph(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    opened = open_page(path, tab="board")
    page = opened.page
    assert page.is_visible("#kg-board") and not page.is_visible("#kg-network")
    assert page.get_attribute("#kg-tab-board", "aria-selected") == "true"
    expected = {}
    for n, d in g.nodes(data=True):
        if d["kind"] != "position":
            continue
        sides = {"supports": set(), "disputes": set()}
        for u, _, e in g.in_edges(n, data=True):
            if e.get("relation") == "stance" and e.get("stance") in sides:
                sides[e["stance"]].add(u)
        expected[n] = [len(sides["supports"]), len(sides["disputes"])]
    assert _board_counts(page) == expected
    order = page.evaluate(
        "[...document.querySelectorAll('#kg-board .kg-row')].map(r => r.dataset.position)"
    )
    contested = [min(expected[p]) for p in order]
    assert contested == sorted(contested, reverse=True)
    glance = page.evaluate(
        "Object.fromEntries([...document.querySelectorAll("
        "'.kg-overview tbody tr[data-position]')].map(r =>"
        " [r.dataset.position, [+r.querySelector('.kg-num.supports').textContent,"
        " +r.querySelector('.kg-num.disputes').textContent]]))"
    )
    assert glance == expected
    # the graph has not been built yet, and opens on its tab
    assert page.evaluate("window.kg.network") is None
    page.focus("#kg-tab-board")
    page.keyboard.press("ArrowRight")
    _wait_for_graph(page)
    assert page.is_visible("#kg-network") and not page.is_visible("#kg-board")
    assert page.get_attribute("#kg-tab-graph", "aria-selected") == "true"
    assert opened.errors == [] and opened.requests == [opened.url]


def test_evidence_on_the_board_opens_every_statement_in_the_side_panel(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    page = open_page(path, tab="board").page
    first = page.locator("#kg-board .kg-row").first
    position = first.get_attribute("data-position")
    entry = first.locator(".kg-col.disputes li").first
    speaker_name = entry.locator(".kg-who").inner_text()
    entry.locator(".kg-evidence").click()
    panel = page.inner_text("#kg-panel")
    assert speaker_name in panel and " ".join(g.nodes[position]["label"].split()) in panel
    speaker = next(n for n, d in g.nodes(data=True) if d.get("label") == speaker_name)
    statements = attr_list(g.edges[speaker, position, "disputes"], "evidence")
    assert page.locator("#kg-panel .kg-quote").count() == len(statements)
    for ev in statements:
        assert " ".join(ev["text"].split())[:60] in " ".join(panel.split())
    # a name opens the speaker, the position's title the position, "see in graph" the graph
    first.locator(".kg-row-head h2 .kg-link").click()
    assert page.inner_text("#kg-panel h2") == " ".join(g.nodes[position]["label"].split())
    first.get_by_text("see in graph").click()
    _wait_for_graph(page)
    nodes, _ = _visible(page)
    assert position in nodes and speaker in nodes


def test_hostile_text_on_the_board_and_the_timeline_stays_text(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    g = hand_graph(PAYLOAD)
    g.nodes["article:a1"]["date"] = "2020-05-01"
    write_html(g, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html", tab="board")
    page = opened.page
    board = page.inner_text("#kg-board")
    assert "the dam failed " + PAYLOAD in board and board.count(PAYLOAD) >= 4
    page.locator("#kg-board .kg-evidence").first.click()
    assert PAYLOAD in page.inner_text("#kg-panel")
    page.click("#kg-tab-timeline")
    labels = page.evaluate(
        "[...document.querySelectorAll('#kg-timeline svg title')].map(t => t.textContent)"
    )
    assert any(PAYLOAD in t for t in labels)
    injected = page.evaluate(
        "document.querySelectorAll('#kg-board img, #kg-board script, #kg-board svg,"
        " #kg-timeline img, #kg-timeline script, #kg-side img, #kg-side script').length"
    )
    assert injected == 0 and page.evaluate("window.__xss") is None
    assert opened.errors == [] and opened.requests == [opened.url]


def test_the_timeline_draws_dated_statements_or_says_there_are_no_dates(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    g = hand_graph("x")
    write_html(g, tmp_path / "undated.html")
    page = open_page(tmp_path / "undated.html", tab="timeline").page
    assert "none of the 1 article carries a date" in page.inner_text("#kg-timeline-intro")
    assert page.locator("#kg-timeline svg").count() == 0
    g.nodes["article:a1"]["date"] = "Jan. 5, 2021"
    write_html(g, tmp_path / "dated.html")
    page = open_page(tmp_path / "dated.html", tab="timeline").page
    bars = page.evaluate(
        "[...document.querySelectorAll('#kg-timeline rect[data-stance]')]"
        ".map(r => r.dataset.stance)"
    )
    # 'dam' has statements on both sides on that one day; 'rain' only a neutral one
    assert sorted(bars) == ["disputes", "supports"]
    assert "2021-01-05" in page.inner_text("#kg-timeline")


# ------------------------------------------------------------- labels, narrow screens, find


def _overlaps(boxes: list[dict[str, float]]) -> list[tuple[str, str]]:
    bad = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            across = a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
            if across and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                bad.append((a["node"], b["node"]))
    return bad


@pytest.mark.parametrize("width", [1400, 1024, 800])
def test_graph_labels_never_overlap_and_every_position_is_named(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph], width: int
) -> None:
    path, g = seeds_page_graph
    page = open_page(path, tab="graph", width=width).page
    for zoom in (None, 1.6):
        if zoom:
            page.evaluate(f"window.kg.network.moveTo({{scale: {zoom}}})")
            page.wait_for_timeout(100)
        boxes = page.evaluate("window.kg.labelBoxes()")
        assert _overlaps(boxes) == []
        assert min(b["px"] for b in boxes) >= 11
        box = page.locator("#kg-network").bounding_box()
        assert all(b["x"] >= 0 and b["x"] + b["w"] <= box["width"] + 0.5 for b in boxes)
    page.evaluate("window.kg.network.fit({animation: false})")
    page.wait_for_timeout(100)
    named = {b["node"] for b in page.evaluate("window.kg.labelBoxes()")}
    positions = {n for n, d in g.nodes(data=True) if d["kind"] == "position"}
    assert positions <= named
    assert len(named) >= 0.5 * _default_view(g)[0]


def test_at_800_px_the_side_panel_is_a_drawer_and_the_graph_keeps_the_width(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, _ = seeds_page_graph
    page = open_page(path, tab="board", width=800).page

    def side_left() -> float:
        return page.locator("#kg-side").bounding_box()["x"]

    assert side_left() >= 800 - 1
    page.locator("#kg-board .kg-evidence").first.click()
    page.wait_for_timeout(300)
    assert side_left() < 800 and page.inner_text("#kg-panel h2")
    page.click("#kg-side-close")
    page.wait_for_timeout(300)
    assert side_left() >= 800 - 1
    page.click("#kg-tab-graph")
    _wait_for_graph(page)
    assert page.locator("#kg-network").bounding_box()["width"] >= 780
    page.click("#kg-side-toggle")
    page.wait_for_timeout(300)
    assert side_left() < 800


def test_only_speakers_who_take_a_side_is_a_control(
    open_page: Any, seeds_page_graph: tuple[Path, nx.MultiDiGraph]
) -> None:
    path, g = seeds_page_graph
    page = open_page(path, tab="graph").page
    assert page.is_checked("#kg-sides-only")
    nodes, _ = _visible(page)
    speakers = {n for n in nodes if g.nodes[n]["kind"] == "speaker"}
    assert speakers == _side_takers(g)
    page.uncheck("#kg-sides-only")
    nodes, _ = _visible(page)
    assert nodes == set(g.nodes)


def _spelling_graph(hand_graph: Any) -> nx.MultiDiGraph:
    g = hand_graph("x")
    names = {
        "speaker:ann-lee": "Volodymyr Zelenskyy",
        "speaker:agency": "Ministry of Defense",
        "speaker:residents": "Zürich Organisation of Labour",
    }
    for node, name in names.items():
        g.nodes[node]["label"] = name
    return g


@pytest.mark.parametrize(
    ("query", "node"),
    [
        ("Ministry of Defence", "speaker:agency"),
        ("ministry of defense", "speaker:agency"),
        ("MINISTRY OF DEFENCE", "speaker:agency"),
        ("zurich organization of labor", "speaker:residents"),
        ("Zuerich", None),
        ("organisation", "speaker:residents"),
        ("Zelensky", "speaker:ann-lee"),
        ("zelenskiy", "speaker:ann-lee"),
        ("Zelenska", None),
        ("zelenskyy volodymyr", "speaker:ann-lee"),
    ],
)
def test_find_forgives_case_accents_and_british_or_american_spelling(
    open_page: Any, hand_graph: Any, tmp_path: Path, query: str, node: str | None
) -> None:
    write_html(_spelling_graph(hand_graph), tmp_path / "g.html")
    page = open_page(tmp_path / "g.html", tab="board").page
    found = page.evaluate("q => window.kg.search(q)", query)
    if node is None:
        assert node not in found and "speaker:ann-lee" not in found
    else:
        assert found[:1] == [node]


def test_find_on_the_board_keeps_the_positions_of_the_match(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    write_html(_spelling_graph(hand_graph), tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html", tab="board")
    page = opened.page
    page.fill("#kg-search", "zurich")
    page.click("#kg-search-go")
    shown = page.evaluate(
        "[...document.querySelectorAll('#kg-board .kg-row')].filter(r => !r.hidden)"
        ".map(r => r.dataset.position)"
    )
    assert shown == ["position:dam"]  # the residents support the dam, say nothing on rain
    assert "Zürich Organisation of Labour" in page.inner_text("#kg-panel h2")
    assert "1 position with" in page.inner_text("#kg-board-filter")
    page.click("#kg-board-all")
    assert page.locator("#kg-board .kg-row:visible").count() == 2
    assert not page.is_visible("#kg-board-filter")
    assert opened.errors == []


def test_long_lists_fold_the_glance_table_after_12_and_the_timeline_after_20(
    open_page: Any, hand_graph: Any, tmp_path: Path
) -> None:
    from kg.outputs.graph import position_node, to_json_attr

    g = hand_graph("x")
    g.nodes["article:a1"]["date"] = "2020-05-01"
    for i in range(22):
        node = position_node(f"extra{i}")
        g.add_node(node, kind="position", label=f"extra position {i}")
        evidence = to_json_attr([{"doc": "a1", "text": f"said {i}", "start": i, "end": i + 6}])
        g.add_edge(
            "speaker:ann-lee",
            node,
            key="supports",
            relation="stance",
            stance="supports",
            weight=1,
            evidence=evidence,
        )
    write_html(g, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html", tab="board")
    page = opened.page
    rows = page.locator(".kg-overview tbody tr[data-position]")
    assert rows.count() == 24
    assert page.locator(".kg-overview tbody tr[data-position]:visible").count() == 12
    page.get_by_text("and 12 more positions: show all").click()
    assert page.locator(".kg-overview tbody tr[data-position]:visible").count() == 24
    assert page.locator("#kg-board .kg-row").count() == 24
    page.click("#kg-tab-timeline")
    labels = page.locator("#kg-timeline .kg-tl-label")
    assert labels.count() == 20  # 23 positions have a dated supporting or disputing statement
    # the most contested first (a label holds its text, then its full text as a tooltip)
    assert labels.first.evaluate("e => e.firstChild.textContent") == "the dam failed x"
    page.get_by_text("show all 23 positions").click()
    assert labels.count() == 23
    assert opened.errors == []
