"""Statements about a person, wherever they were filed.

A proposition about a person ("the envoy speaks for the group") is often argued in
statements kg files under different positions, as they share no key term: "nobody who
speaks for them has come forward", "the credibility of the envoy", "they remain
skeptical about his identity". The build records whom each statement is about
(``about`` in a stance's evidence, :mod:`kg.assemble.positions.entities`); a question
that names the person (or asks who agrees with someone arguing about them) also reads
the statements about them, on that side, filed elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.outputs.attrs import attr_list
from kg.outputs.rows import stance_edges
from kg.query.records import Answer, answer_for
from kg.query.words import words

if TYPE_CHECKING:
    import networkx as nx

#: Whom someone argues about: a person their statements name this many times at least.
ARGUED_ABOUT = 2


def _name_words(g: nx.MultiDiGraph, node: str) -> set[str]:
    """The words of a person's name and aliases (lower-cased)."""
    d = g.nodes[node] if node in g else {}
    names = [str(d.get("label", "")), *(str(a) for a in attr_list(d, "aliases"))]
    return {w for n in names for w in words(n.lower()) if len(w) >= 3}


def named_in(g: nx.MultiDiGraph, people: Iterable[str], text: str) -> set[str]:
    """The person nodes of ``people`` whose last name (the last word of their label)
    ``text`` uses."""
    said = set(words(text.lower()))
    out = set()
    for p in people:
        label = words(str(g.nodes[p].get("label", "")).lower()) if p in g else []
        if label and label[-1] in said and label[-1] in _name_words(g, p):
            out.add(p)
    return out


def _about(e: dict[str, Any]) -> list[str]:
    return [str(p) for p in attr_list(e, "about")]


def argued_about(
    g: nx.MultiDiGraph, speakers: list[str], positions: Iterable[str]
) -> dict[str, str]:
    """Person node -> the stance the ``speakers`` mostly take in their statements about
    them on ``positions``, for the people those statements name :data:`ARGUED_ABOUT`
    times or more (but not the speakers themselves)."""
    wanted = set(positions)
    counts: Counter[tuple[str, str]] = Counter()
    for s in speakers:
        for _, v, data in g.out_edges(s, data=True):
            if data.get("relation") != "stance" or v not in wanted:
                continue
            stance = str(data.get("stance"))
            counts.update((p, stance) for e in attr_list(data, "evidence") for p in _about(e))
    total: Counter[str] = Counter()
    for (p, _), n in counts.items():
        total[p] += n
    out: dict[str, str] = {}
    for (p, stance), _n in counts.most_common():
        if total[p] >= ARGUED_ABOUT and p not in speakers and p not in out:
            out[p] = stance
    return out


def mentioned_people(g: nx.MultiDiGraph, stance: str) -> set[str]:
    """Every person some ``stance`` statement is about (the evidence of edges without
    ``about`` is never decoded)."""
    out: set[str] = set()
    for _, _, data in stance_edges(g, stance):
        raw = data.get("evidence")
        if isinstance(raw, str) and '"about"' not in raw:
            continue
        out.update(p for e in attr_list(data, "evidence") for p in _about(e))
    return out


def about_elsewhere(
    g: nx.MultiDiGraph,
    stance: str,
    people: set[str],
    positions: Iterable[str],
    taken: Iterable[str],
) -> dict[str, Answer]:
    """Speaker node -> answer, for the speakers not in ``taken`` with a ``stance``
    statement about one of ``people`` filed under a position other than ``positions``
    (a person is no answer for statements about themselves)."""
    skip, read = set(taken), set(positions)
    held: dict[str, tuple[str, float, list[dict[str, Any]]]] = {}
    for u, v, data in stance_edges(g, stance):
        raw = data.get("evidence")
        if v in read or u in skip or u in held or u in people:
            continue
        if isinstance(raw, str) and '"about"' not in raw:
            continue
        evidence = [e for e in attr_list(data, "evidence") if people & set(_about(e))]
        if evidence:
            held[u] = (v, float(data.get("confidence", 0.0)), evidence)
    return {u: answer_for(g, u, stance, v, c, ev) for u, (v, c, ev) in held.items()}
