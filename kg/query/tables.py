"""The positions of a built graph written back as a codebook the user can edit."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.outputs.attrs import attr_list
from kg.outputs.rows import nodes_of_kind
from kg.query.sides import stance_edges

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["positions_codebook"]


def positions_codebook(g: nx.MultiDiGraph) -> str:
    """The positions of a built graph as a codebook file the user can edit.

    The disputes first (positions the build marked contested: someone supports,
    someone else disputes), then the mere topics, each group most argued about first;
    a comment above each gives its counts, who supports and disputes it, and says
    "uncontested" when nobody takes the other side. ``kg build --codebook`` reads it
    back.
    """
    from kg.assemble.codebook import CodebookEntry, codebook_toml

    entries = []
    comments = []
    nodes = nodes_of_kind(g, "position")
    nodes.sort(
        key=lambda nd: (
            not nd[1].get("contested"),
            -(int(nd[1].get("n_supports", 0)) + int(nd[1].get("n_disputes", 0))),
        )
    )
    for n, d in nodes:
        sides: dict[str, set[str]] = defaultdict(set)
        for u, v, e in stance_edges(g):
            if v == n:
                sides[str(e.get("stance"))].add(str(g.nodes[u].get("label", u)))
        frame = str(d.get("frame", "claim"))
        entries.append(
            CodebookEntry(
                n.split(":", 1)[1],
                str(d.get("label", "")),
                tuple(str(t) for t in attr_list(d, "terms")),
                frame if frame in ("cause", "figure", "claim") else None,
                tuple(str(a) for a in attr_list(d, "aliases")),
            )
        )
        lines = [
            f"{frame}: {d.get('n_supports', 0)} supporting, {d.get('n_disputes', 0)} disputing "
            "statement(s)" + ("" if d.get("contested") else "; uncontested")
        ]
        for kind in ("supports", "disputes"):
            if sides[kind]:
                lines.append(f"{kind}: {', '.join(sorted(sides[kind]))}")
        comments.append("\n".join(lines))
    return codebook_toml(entries, comments)
