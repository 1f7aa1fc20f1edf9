"""Node positions computed in Python, shared by the HTML page and the GEXF export.

The browser never runs a physics simulation: the page opens already laid out
(and a 5,000-node graph does not keep the fans spinning), and Gephi opens the
GEXF with the same picture.

- Up to :data:`SPRING_MAX_NODES` nodes: a seeded force-directed layout
  (``networkx.spring_layout``, numpy only) in which stance edges pull hardest,
  so each position sits among its supporters and disputers.
- Larger graphs: an O(n) anchored layout: positions on a circle, each speaker
  in a spiral around the positions it takes a stance on (supporters to the
  left, disputers to the right), articles on an outer ring.

Both are deterministic. Coordinates are in screen pixels, y pointing down.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("position:p", kind="position")
>>> g.add_node("speaker:a", kind="speaker")
>>> _ = g.add_edge("speaker:a", "position:p", key="supports", relation="stance")
>>> pos = compute_layout(g)
>>> sorted(pos) == ["position:p", "speaker:a"]
True
>>> compute_layout(g) == pos
True
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

__all__ = ["SPRING_MAX_NODES", "compute_layout"]

#: Above this many nodes the O(n) anchored layout replaces the O(n²) spring layout.
SPRING_MAX_NODES = 450

#: How strongly each relation pulls its two nodes together in the spring layout.
_PULL = {"stance": 1.0, "quoted_in": 0.15, "agrees": 0.02, "conflicts": 0.02}

#: Nodes closer than this many pixels are pushed apart after the spring layout.
MIN_GAP = 115.0

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def compute_layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions for every node of ``g``, in pixels; ``g`` is not modified.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A kg graph (see :mod:`kg.outputs.graph`); other graphs work too.
    seed : int
        Seed of the spring layout, so the same graph always looks the same.
    """
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() <= SPRING_MAX_NODES:
        return _spring(g, seed)
    return _anchored(g)


def _spring(g: nx.MultiDiGraph, seed: int) -> dict[Any, tuple[float, float]]:
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v, data in g.edges(data=True):
        if u == v:
            continue
        pull = _PULL.get(str(data.get("relation")), 0.1)
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += pull
        else:
            simple.add_edge(u, v, weight=pull)
    blocks: list[dict[Any, tuple[float, float]]] = []
    singles = []
    for comp in sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c)))):
        if len(comp) == 1:
            singles.extend(comp)
            continue
        sub = simple.subgraph(sorted(comp, key=str))
        n = sub.number_of_nodes()
        raw = nx.spring_layout(
            sub, k=2.4 / math.sqrt(n), iterations=200, seed=seed, weight="weight", method="force"
        )
        spread = 62.0 * math.sqrt(n) + 60.0
        blocks.append(
            _spread_out({v: (float(x) * spread, float(-y) * spread) for v, (x, y) in raw.items()})
        )
    if singles:
        cols = max(1, math.ceil(math.sqrt(len(singles))))
        blocks.append(
            {
                v: ((i % cols) * 150.0, (i // cols) * 90.0)
                for i, v in enumerate(sorted(singles, key=str))
            }
        )
    return _pack(blocks)


def _spread_out(
    pos: dict[Any, tuple[float, float]], gap: float = MIN_GAP, rounds: int = 150
) -> dict[Any, tuple[float, float]]:
    """Push apart nodes closer than ``gap`` pixels, so labels stay readable."""
    import numpy as np

    nodes = list(pos)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    jitter = np.random.default_rng(0).normal(scale=1e-3, size=xy.shape)
    xy += jitter  # nodes on the very same point get a direction
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=-1))
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(gap - dist, 0.0, None)
        if not overlap.any():
            break
        push = (delta / dist[..., None]) * (overlap[..., None] / 2.0)
        xy += push.sum(axis=1)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy, strict=True)}


def _pack(blocks: list[dict[Any, tuple[float, float]]]) -> dict[Any, tuple[float, float]]:
    """Shelf-pack laid-out components, the biggest first, rows about as wide as it."""
    gap = 120.0
    boxes = []
    for block in blocks:
        xs = [x for x, _ in block.values()]
        ys = [y for _, y in block.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    area = sum((w + gap) * (h + gap) for _, _, w, h in boxes)
    row_width = max([boxes[0][2] if boxes else 0.0, math.sqrt(area) * 1.6])
    out: dict[Any, tuple[float, float]] = {}
    x0 = y0 = row_height = 0.0
    for block, (bx, by, w, h) in zip(blocks, boxes, strict=True):
        if x0 > 0 and x0 + w > row_width:
            x0, y0, row_height = 0.0, y0 + row_height + gap, 0.0
        for v, (x, y) in block.items():
            out[v] = (round(x - bx + x0, 1), round(y - by + y0, 1))
        x0 += w + gap
        row_height = max(row_height, h)
    return out


def _spiral(i: int, step: float) -> tuple[float, float]:
    r = step * math.sqrt(i)
    a = i * _GOLDEN_ANGLE
    return r * math.cos(a), r * math.sin(a)


def _anchored(g: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    kinds = {node: str(data.get("kind") or "") for node, data in g.nodes(data=True)}
    positions = sorted((n for n, k in kinds.items() if k == "position"), key=str)
    articles = sorted((n for n, k in kinds.items() if k == "article"), key=str)
    others = sorted((n for n, k in kinds.items() if k not in ("position", "article")), key=str)
    n_speakers = max(len(others), 1)
    inner = 40.0 * math.sqrt(n_speakers) + 60.0 * len(positions)
    pos: dict[Any, tuple[float, float]] = {}
    for i, node in enumerate(positions):
        a = 2.0 * math.pi * i / max(len(positions), 1)
        pos[node] = (inner * math.cos(a), inner * math.sin(a)) if len(positions) > 1 else (0, 0)
    outer = inner * 1.6 + 200.0
    for i, node in enumerate(articles):
        a = 2.0 * math.pi * i / max(len(articles), 1)
        pos[node] = (outer * math.cos(a), outer * math.sin(a))
    sides: dict[Any, list[tuple[float, float]]] = defaultdict(list)
    for u, v, data in g.edges(data=True):
        if u in pos or v not in pos:
            continue
        side = {"supports": -1.0, "disputes": 1.0}.get(str(data.get("stance")), 0.0)
        x, y = pos[v]
        pull = 1.0 if data.get("relation") == "stance" else 0.05
        sides[u].append((x + side * 120.0 * pull, y))
    clusters: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for node in others:
        targets = sides.get(node) or [(0.0, 0.0)]
        ax = sum(x for x, _ in targets) / len(targets)
        ay = sum(y for _, y in targets) / len(targets)
        clusters[(round(ax), round(ay))].append(node)
    for (ax, ay), members in clusters.items():
        for i, node in enumerate(members, start=1):
            dx, dy = _spiral(i, 22.0)
            pos[node] = (ax + dx, ay + dy)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in pos.items()}
