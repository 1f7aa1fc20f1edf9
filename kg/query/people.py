"""Statements about a person, wherever they were filed.

A proposition about a person ("the delegate has the board's mandate") is often argued
in statements kg files under different positions, as they share no key term: "she has
no mandate", "the delegate's standing is doubtful", "we are unconvinced by her
credentials". The build records whom each statement is about
(``about`` in a stance's evidence, :mod:`kg.assemble.positions.entities`); a question
that names the person, or fits a position about one person (:func:`position_person`),
also reads the statements on its side about them filed elsewhere. A question who agrees
with someone arguing about a person reads only the doubts about them (as
:func:`kg.query.sides.stated_elsewhere` reads them: their edges are decoded anyway).
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


def named_people(g: nx.MultiDiGraph, text: str) -> set[str]:
    """The person nodes ``text`` names by their whole id ("maria okafor" ->
    ``speaker:maria-okafor``, "kessler" -> ``speaker:kessler``): one lookup per run of
    one to three words, no scan of the graph."""
    ws = words(text.lower())
    out = set()
    for n in (3, 2, 1):
        for k in range(len(ws) - n + 1):
            node = "speaker:" + "-".join(ws[k : k + n])
            if node in g and g.nodes[node].get("type") == "person":
                out.add(node)
    return out


def _about(e: dict[str, Any]) -> list[str]:
    """The person nodes a piece of evidence is about (``about``: ids separated by spaces)."""
    return str(e.get("about") or "").split()


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


def position_person(g: nx.MultiDiGraph, position: str) -> set[str]:
    """The person a position's statements are about ("the delegate speaks for the union"):
    the one its evidence names :data:`ARGUED_ABOUT` times or more, more than anyone else
    (its own speakers' statements about themselves not counted); empty when none is."""
    counts: Counter[str] = Counter()
    for u, _, data in g.in_edges(position, data=True):
        if data.get("relation") == "stance":
            for e in attr_list(data, "evidence"):
                counts.update(set(_about(e)) - {u})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < ARGUED_ABOUT:
        return set()
    return {ranked[0][0]} if len(ranked) == 1 or ranked[1][1] < ranked[0][1] else set()


def about_elsewhere(
    g: nx.MultiDiGraph,
    stance: str,
    people: set[str],
    positions: Iterable[str],
    taken: Iterable[str],
) -> dict[str, Answer]:
    """Speaker node -> answer, for the speakers not in ``taken`` with a ``stance``
    statement about one of ``people`` filed under a position other than ``positions``
    (a person is no answer for statements about themselves). Edges whose evidence
    names none of the people are never decoded."""
    if not people:
        return {}
    skip, read = set(taken), set(positions)
    held: dict[str, tuple[str, float, list[dict[str, Any]]]] = {}
    for u, v, data in stance_edges(g, stance):
        raw = data.get("evidence")
        if v in read or u in skip or u in held or u in people:
            continue
        if isinstance(raw, str) and not any(p in raw for p in people):
            continue  # names none of them: never decoded
        evidence = [e for e in attr_list(data, "evidence") if people & set(_about(e))]
        if evidence:
            held[u] = (v, float(data.get("confidence", 0.0)), evidence)
    return {u: answer_for(g, u, stance, v, c, ev) for u, (v, c, ev) in held.items()}
