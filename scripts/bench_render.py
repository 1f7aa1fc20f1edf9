#!/usr/bin/env python3
"""Benchmark the HTML page on a synthetic graph: size, build time, first frame, memory.

Builds a kg-shaped graph of N nodes (speakers, positions, articles, with
quotes as evidence), renders it, opens it from disk in headless chromium and
prints: Python layout and render time and peak memory, the HTML size, the time
to the first stable frame of the Graph tab (navigation start to vis-network's
first drawing, after the board and the timeline are built; physics is off, so
the first frame is the settled one; target < 3 s), redraws while idle (0 means
nothing keeps the CPU busy), the JS heap, and the requests the page made
(target: only the file itself).

Usage:  .venv/bin/python scripts/bench_render.py [--nodes 5000] [--runs 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

import networkx as nx
from chromium import ARGS as CHROMIUM_ARGS
from chromium import CHROMIUM

from kg.outputs.graph import SCHEMA_VERSION, article_node, position_node, speaker_node, to_json_attr
from kg.outputs.layout import compute_layout
from kg.outputs.render import render_html

ARGS = [*CHROMIUM_ARGS, "--enable-precise-memory-info"]
WORDS = [
    "the",
    "officials",
    "said",
    "that",
    "report",
    "claims",
    "evidence",
    "blamed",
    "denied",
    "attack",
    "cause",
]


def synthetic_graph(n_nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """A kg-shaped graph: 1% positions, 2% articles, the rest speakers."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(name=f"synthetic {n_nodes}", schema_version=SCHEMA_VERSION)
    n_pos, n_art = max(2, n_nodes // 100), max(1, n_nodes // 50)
    n_spk = n_nodes - n_pos - n_art
    positions = [position_node(f"p{i}") for i in range(n_pos)]
    articles = [article_node(f"a{i}") for i in range(n_art)]
    for i, node in enumerate(positions):
        g.add_node(
            node,
            kind="position",
            label=f"position {i} " + rng.choice(WORDS),
            type="position",
            terms=to_json_attr([rng.choice(WORDS)]),
            n_supports=0,
            n_disputes=0,
            n_neutral=0,
        )
    for i, node in enumerate(articles):
        g.add_node(node, kind="article", label=f"Article {i}", doc=f"a{i}", n_quotes=0)

    def evidence(k: int) -> str:
        return to_json_attr(
            [
                {
                    "doc": rng.choice(articles)[8:],
                    "text": " ".join(rng.choices(WORDS, k=25)),
                    "start": 100 * j,
                    "end": 100 * j + 90,
                    "cue": "said",
                }
                for j in range(k)
            ]
        )

    types = ["person", "organization", "group"]
    for i in range(n_spk):
        s = speaker_node(f"s{i}")
        n_quotes = 1 + int(rng.expovariate(0.7))
        g.add_node(
            s,
            kind="speaker",
            label=f"Speaker {i}",
            type=types[i % 3],
            aliases=to_json_attr([f"Speaker {i}"]),
            docs=to_json_attr([]),
            n_quotes=n_quotes,
            role="",
            affiliation="",
            merges=to_json_attr([]),
        )
        g.add_edge(
            s,
            rng.choice(articles),
            key="quoted_in",
            relation="quoted_in",
            weight=n_quotes,
            evidence=evidence(min(n_quotes, 3)),
        )
        if rng.random() < 0.6:
            stance = rng.choice(["supports", "supports", "disputes"])
            p = rng.choice(positions)
            g.add_edge(
                s,
                p,
                key=stance,
                relation="stance",
                stance=stance,
                weight=1 + int(rng.expovariate(1.5)),
                confidence=0.7,
                evidence=evidence(1),
            )
            g.nodes[p][f"n_{stance}"] += 1
    speakers = [speaker_node(f"s{i}") for i in range(n_spk)]
    for _ in range(n_spk // 2):
        a, b = rng.sample(speakers, 2)
        rel = rng.choice(["agrees", "conflicts"])
        g.add_edge(a, b, key=rel, relation=rel, weight=1, positions=to_json_attr(["p0"]))
    return g


def measure_browser(path: Path, chromium: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url.split("#")[0]))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        start = time.perf_counter()
        page.goto(f"{path.resolve().as_uri()}#graph")
        page.wait_for_selector("body[data-graph-ready='1']", state="attached", timeout=120_000)
        wall = time.perf_counter() - start
        first = page.evaluate("window.kgFirstFrameMs")
        board = page.evaluate("window.kgReadyMs")
        page.evaluate(
            "() => { window.__redraws = 0;"
            " window.kg.network.on('afterDrawing', () => { window.__redraws += 1; }); }"
        )
        page.wait_for_timeout(2000)
        redraws = page.evaluate("window.__redraws")
        heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
        counts = page.evaluate(
            "[window.kg.network.body.nodeIndices.length, window.kg.network.body.edgeIndices.length]"
        )
        browser.close()
    return {
        "first_frame_s": first / 1000.0,
        "board_and_timeline_s": board / 1000.0,
        "wall_s": wall,
        "idle_redraws": float(redraws),
        "js_heap_mb": heap / 1e6,
        "drawn_nodes": float(counts[0]),
        "drawn_edges": float(counts[1]),
        "other_requests": float(len([r for r in requests if r != path.resolve().as_uri()])),
        "console_errors": float(len(errors)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kg-bench-render.html"))
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--runs", type=int, default=3, help="browser runs (median reported)")
    args = parser.parse_args(argv)

    g = synthetic_graph(args.nodes)
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    t0 = time.perf_counter()
    layout = compute_layout(g)
    t1 = time.perf_counter()
    page = render_html(g, layout=layout)
    t2 = time.perf_counter()
    tracemalloc.start()
    render_html(g)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    args.out.write_text(page, encoding="utf-8")
    print(f"python layout: {t1 - t0:.2f} s")
    print(f"python render: {t2 - t1:.2f} s")
    print(f"python peak memory of layout + render (tracemalloc): {peak / 1e6:.1f} MB")
    print(f"html size: {args.out.stat().st_size / 1e6:.2f} MB ({args.out})")
    if not Path(args.chromium).exists():
        print(f"browser: skipped, {args.chromium} not found")
        return 0
    runs = [measure_browser(args.out, args.chromium) for _ in range(args.runs)]
    m = sorted(runs, key=lambda r: r["first_frame_s"])[len(runs) // 2]
    verdict = "ok" if m["first_frame_s"] < 3.0 else "over target"
    frames = ", ".join(f"{r['first_frame_s']:.2f}" for r in runs)
    print(f"chromium first stable frame, median of {len(runs)}: {m['first_frame_s']:.2f} s")
    print(f"  (runs: {frames} s; target < 3 s: {verdict})")
    print(f"  of which the board and the timeline: {m['board_and_timeline_s']:.2f} s")
    print(f"chromium load to ready (wall): {m['wall_s']:.2f} s")
    print(f"redraws in 2 s idle: {m['idle_redraws']:.0f} (physics off: expect 0)")
    print(f"chromium JS heap: {m['js_heap_mb']:.1f} MB")
    print(f"drawn: {m['drawn_nodes']:.0f} nodes, {m['drawn_edges']:.0f} edges")
    print(f"requests other than the file: {m['other_requests']:.0f}")
    print(f"console errors: {m['console_errors']:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
