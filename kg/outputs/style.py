"""Visual language shared by the HTML page and the Gephi exports.

One place decides how a node or an edge looks, so ``graph.html`` and
``graph.gexf`` opened in Gephi tell the story the same way: node shape and
colour by type (person, organisation, group, position, article), node size by
the number of statements, edge colour by stance and width by the number of
statements behind it. The palette is Okabe-Ito (readable with colour-blindness);
supports and disputes also differ by line style, not only by colour.

>>> node_style({"kind": "position", "n_supports": 3, "n_disputes": 1}).shape
'diamond'
>>> edge_style({"relation": "stance", "stance": "disputes", "weight": 1}).color
'#D55E00'
>>> hex_to_rgb("#D55E00")
(213, 94, 0)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "EDGE_LEGEND",
    "NODE_LEGEND",
    "EdgeStyle",
    "NodeStyle",
    "edge_style",
    "hex_to_rgb",
    "node_group",
    "node_style",
]

#: Colours per node group (Okabe-Ito).
_NODE_COLOURS = {
    "person": "#0072B2",
    "organization": "#E69F00",
    "group": "#CC79A7",
    "speaker": "#56B4E9",
    "position": "#F0E442",
    "article": "#BBBBBB",
}
#: vis-network shapes per node group.
_VIS_SHAPES = {
    "person": "dot",
    "organization": "hexagon",
    "group": "triangle",
    "speaker": "dot",
    "position": "diamond",
    "article": "square",
}
#: GEXF 1.2 ``viz:shape`` values per node group (GEXF knows fewer shapes).
_GEXF_SHAPES = {
    "person": "disc",
    "organization": "square",
    "group": "triangle",
    "speaker": "disc",
    "position": "diamond",
    "article": "square",
}
_NODE_NAMES = {
    "person": "person",
    "organization": "organisation",
    "group": "group",
    "speaker": "speaker (type unknown)",
    "position": "position (claim under dispute)",
    "article": "article",
}

SUPPORTS_COLOUR = "#009E73"
DISPUTES_COLOUR = "#D55E00"
NEUTRAL_COLOUR = "#888888"
QUOTED_IN_COLOUR = "#C8C8C8"


@dataclass(frozen=True)
class NodeStyle:
    """How one node is drawn.

    Attributes
    ----------
    group : str
        person, organization, group, speaker, position or article.
    shape : str
        vis-network shape.
    gexf_shape : str
        GEXF ``viz:shape``.
    color : str
        Fill colour, ``#RRGGBB``.
    border : str
        Border colour, ``#RRGGBB``.
    size : float
        Radius in pixels (vis-network) and ``viz:size`` (GEXF).
    """

    group: str
    shape: str
    gexf_shape: str
    color: str
    border: str
    size: float


@dataclass(frozen=True)
class EdgeStyle:
    """How one edge is drawn.

    Attributes
    ----------
    color : str
        ``#RRGGBB``.
    width : float
        Line width in pixels; grows with the number of statements.
    dashes : bool
        Dashed line (disputes, and derived speaker-speaker links).
    opacity : float
        0 to 1; derived links are faint so the stance edges stand out.
    arrow : bool
        Draw an arrow head (directed relations).
    label : str
        Short name of the relation, shown in tooltips and used by Gephi.
    """

    color: str
    width: float
    dashes: bool
    opacity: float
    arrow: bool
    label: str


def _int(data: Mapping[str, Any], name: str) -> int:
    try:
        return int(data.get(name) or 0)
    except (TypeError, ValueError):
        return 0


def node_group(data: Mapping[str, Any]) -> str:
    """The visual group of a node: its speaker type, or ``position`` / ``article``.

    >>> node_group({"kind": "speaker", "type": "group"})
    'group'
    >>> node_group({"kind": "speaker", "type": "alien"})
    'speaker'
    """
    kind = str(data.get("kind") or "")
    if kind in ("position", "article"):
        return kind
    typ = str(data.get("type") or "")
    return typ if typ in ("person", "organization", "group") else "speaker"


def _darker(colour: str, factor: float = 0.6) -> str:
    r, g, b = hex_to_rgb(colour)
    return f"#{int(r * factor):02X}{int(g * factor):02X}{int(b * factor):02X}"


def node_style(data: Mapping[str, Any]) -> NodeStyle:
    """The style of a node from its attributes (see :mod:`kg.outputs.graph`).

    Speakers grow with their number of quotes, positions with the number of
    stances taken on them, articles with the quotes they hold.

    >>> node_style({"kind": "speaker", "type": "person", "n_quotes": 4}).size
    22.0
    """
    group = node_group(data)
    if group == "position":
        n = _int(data, "n_supports") + _int(data, "n_disputes") + _int(data, "n_neutral")
        size = 18.0 + 4.0 * math.sqrt(n)
        border = "#333333"
    elif group == "article":
        size = 7.0 + math.sqrt(_int(data, "n_quotes"))
        border = "#888888"
    else:
        size = 10.0 + 6.0 * math.sqrt(max(_int(data, "n_quotes"), 0))
        border = _darker(_NODE_COLOURS[group])
    return NodeStyle(
        group=group,
        shape=_VIS_SHAPES[group],
        gexf_shape=_GEXF_SHAPES[group],
        color=_NODE_COLOURS[group],
        border=border,
        size=round(size, 2),
    )


def edge_style(data: Mapping[str, Any]) -> EdgeStyle:
    """The style of an edge from its ``relation``, ``stance`` and ``weight``.

    >>> s = edge_style({"relation": "stance", "stance": "supports", "weight": 4})
    >>> (s.color, s.width, s.dashes)
    ('#009E73', 5.0, False)
    """
    relation = str(data.get("relation") or "")
    weight = max(_int(data, "weight"), 1)
    grow = math.log2(weight)
    if relation == "stance":
        stance = str(data.get("stance") or "")
        colour = {"supports": SUPPORTS_COLOUR, "disputes": DISPUTES_COLOUR}.get(
            stance, NEUTRAL_COLOUR
        )
        return EdgeStyle(
            colour, 2.0 + 1.5 * grow, stance == "disputes", 0.9, True, stance or relation
        )
    if relation == "quoted_in":
        return EdgeStyle(QUOTED_IN_COLOUR, 1.0 + 0.5 * grow, False, 0.6, True, "quoted in")
    if relation in ("agrees", "conflicts"):
        colour = SUPPORTS_COLOUR if relation == "agrees" else DISPUTES_COLOUR
        return EdgeStyle(colour, 0.5 + 0.5 * grow, True, 0.3, False, relation)
    return EdgeStyle(NEUTRAL_COLOUR, 1.0 + 0.5 * grow, False, 0.6, True, relation or "related")


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three integers."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


#: What the page legend shows for nodes: (name, vis shape, colour).
NODE_LEGEND: tuple[tuple[str, str, str], ...] = tuple(
    (_NODE_NAMES[g], _VIS_SHAPES[g], _NODE_COLOURS[g])
    for g in ("person", "organization", "group", "position", "article")
)
#: What the page legend shows for edges: (name, colour, dashed).
EDGE_LEGEND: tuple[tuple[str, str, bool], ...] = (
    ("supports", SUPPORTS_COLOUR, False),
    ("disputes", DISPUTES_COLOUR, True),
    ("neutral / other stance", NEUTRAL_COLOUR, False),
    ("quoted in article", QUOTED_IN_COLOUR, False),
    ("speakers agree (derived)", SUPPORTS_COLOUR, True),
    ("speakers conflict (derived)", DISPUTES_COLOUR, True),
)
