"""The dispute an article is about: the claim its headline states, argued inside it."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.outputs.attrs import attr_list
from kg.outputs.rows import nodes_of_kind, stance_edges
from kg.query.matching import Statement, statement_scores
from kg.query.memo import once

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["HEADLINE_FIT", "headed_dispute"]

#: A headline states a claim when it holds this share of the claim's words (idf-weighted).
HEADLINE_FIT = 0.5


def headed_dispute(g: nx.MultiDiGraph, claim: str) -> str | None:
    """The position argued in the articles whose headline states ``claim``, if one only.

    A news article's headline (or, with none, its first line) says what the article is
    about. When both sides of one position speak in those articles, and of no other, that
    position is the dispute over the headline's claim, whatever words its speakers use for
    it: "the brewery changed its recipe" argued through a figure ("the new ale is two
    degrees stronger", "ours tests the same"). Only the best-holding headlines count.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A kg graph.
    claim : str
        The claim asked about, in the asker's words.

    Returns
    -------
    str or None
        The position node, or None when no headline holds :data:`HEADLINE_FIT` of the
        claim or its articles argue no position, or several.
    """
    heads = [
        Statement("", node.split(":", 1)[1], 0, 0, str(d.get("label") or ""), "", "", None, {})
        for node, d in nodes_of_kind(g, "article")
        if d.get("label")
    ]
    scored = [(x, s.doc) for x, s in statement_scores(g, heads, claim) if x >= HEADLINE_FIT]
    if not scored:
        return None
    best = max(x for x, _ in scored)
    argued = _argued_in(g, {doc for x, doc in scored if x == best})
    return argued[0] if len(argued) == 1 else None


def _argued_in(g: nx.MultiDiGraph, docs: set[str]) -> list[str]:
    """The positions that speakers in ``docs`` both support and dispute, in node order."""
    sides = once(g, "sides_by_article", lambda: _sides_by_article(g))
    found: dict[str, set[str]] = defaultdict(set)
    for doc in sorted(docs):
        for position, stances in sides.get(doc, {}).items():
            found[position] |= stances
    return sorted(p for p, stances in found.items() if len(stances) == 2)


def _sides_by_article(g: nx.MultiDiGraph) -> dict[str, dict[str, set[str]]]:
    """Doc -> position -> the stances (supports, disputes) its evidence there takes."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for stance in ("supports", "disputes"):
        for _, position, data in stance_edges(g, stance):
            for e in attr_list(data, "evidence"):
                out[str(e["doc"])][position].add(stance)
    return out
