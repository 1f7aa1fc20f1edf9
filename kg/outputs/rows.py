"""The fixed row schemas other tools read: ``quotes.jsonl`` and ``stances.jsonl``.

Each schema is one frozen dataclass; its field order is the column order of
the JSON lines, of ``kg stances`` and of ``kg quotes`` (:data:`QUOTE_FIELDS`,
:data:`STANCE_FIELDS`). Rows are built from a build's records
(:func:`quote_rows`, :func:`stance_rows`) or read back from a built graph
(:func:`stance_table`), always through these classes.

>>> STANCE_FIELDS[:4]
('speaker', 'aliases', 'type', 'position')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.outputs.attrs import attr_list

if TYPE_CHECKING:
    import networkx as nx

    from kg.assemble.positions import Position, Stance
    from kg.assemble.speakers import SpeakerIndex
    from kg.extract.quotes import Quote

__all__ = [
    "QUOTE_FIELDS",
    "STANCE_FIELDS",
    "QuoteRow",
    "StanceCount",
    "StanceRow",
    "quote_row",
    "quote_rows",
    "relation_edges",
    "stance_edges",
    "stance_rows",
    "stance_table",
    "stance_tally",
    "stance_weights",
    "tally_stances",
]


@dataclass(frozen=True)
class QuoteRow:
    """One ``quotes.jsonl`` row: a quote, its canonical speaker, cue and offsets;
    ``learned`` when the learned model found it, not a cue rule (``kg build --learned``)."""

    doc: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    kind: str
    learned: bool

    def as_dict(self) -> dict[str, Any]:
        """The row as a JSON object, fields in schema order."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class StanceRow:
    """One ``stances.jsonl`` row: a speaker's stance on a position, from one statement."""

    speaker: str
    aliases: list[str]
    type: str
    position: str
    position_label: str
    stance: str
    confidence: float
    doc: str
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        """The row as a JSON object, fields in schema order."""
        return dataclasses.asdict(self)


#: The columns of ``quotes.jsonl`` and ``kg quotes``, in order.
QUOTE_FIELDS = tuple(f.name for f in dataclasses.fields(QuoteRow))
#: The columns of ``stances.jsonl`` and ``kg stances``, in order.
STANCE_FIELDS = tuple(f.name for f in dataclasses.fields(StanceRow))


def quote_row(quote: Quote, speaker: str | None) -> QuoteRow:
    """``quote`` attributed to the speaker named ``speaker``."""
    return QuoteRow(
        doc=quote.doc,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        speaker=speaker,
        speaker_start=quote.mention.start if quote.mention else None,
        speaker_end=quote.mention.end if quote.mention else None,
        cue=quote.cue.text if quote.cue else None,
        cue_start=quote.cue.start if quote.cue else None,
        cue_end=quote.cue.end if quote.cue else None,
        kind=quote.kind,
        learned=quote.learned,
    )


def quote_rows(quotes: Iterable[Quote], speakers: SpeakerIndex) -> list[dict[str, Any]]:
    """The quotes as ``quotes.jsonl`` rows, each with its canonical speaker's name."""
    rows = []
    for q in quotes:
        speaker = speakers.speaker_of(q)
        rows.append(quote_row(q, speaker.name if speaker else None).as_dict())
    return rows


def stance_rows(
    stances: Iterable[Stance], positions: Sequence[Position], speakers: SpeakerIndex
) -> list[dict[str, Any]]:
    """The stances as ``stances.jsonl`` rows, in the order the build found them."""
    labels = {p.id: p.label for p in positions}
    by_id = {s.id: s for s in speakers.speakers}
    rows = []
    for st in stances:
        speaker = by_id.get(st.speaker)
        row = StanceRow(
            speaker=speaker.name if speaker else st.speaker,
            aliases=list(speaker.alias_names) if speaker else [],
            type=speaker.type if speaker else "person",
            position=st.position,
            position_label=labels.get(st.position, st.position),
            stance=st.stance,
            confidence=st.confidence,
            doc=st.doc,
            text=st.text,
            start=st.start,
            end=st.end,
        )
        rows.append(row.as_dict())
    return rows


def nodes_of_kind(g: nx.MultiDiGraph, kind: str) -> list[tuple[str, dict[str, Any]]]:
    """Every node of ``g`` whose ``kind`` is ``kind``, as ``(id, data)`` in node order; a
    graph read from ``graph.sqlite`` decodes only those nodes' attributes."""
    read = getattr(g, "nodes_of_kind", None)
    if read is not None:
        found: list[tuple[str, dict[str, Any]]] = read(kind)
        return found
    return [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == kind]


def node_ids_of_kind(g: nx.MultiDiGraph, kind: str) -> list[str]:
    """The ids of :func:`nodes_of_kind`, in node order; a graph read from ``graph.sqlite``
    decodes no node's attributes for them."""
    read = getattr(g, "node_ids_of_kind", None)
    if read is not None:
        found: list[str] = read(kind)
        return found
    return [n for n, d in g.nodes(data=True) if d.get("kind") == kind]


def relation_edges(g: nx.MultiDiGraph, relation: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every edge of ``g`` whose ``relation`` is ``relation``, as ``(u, v, data)`` in edge
    order; a graph read from ``graph.sqlite`` reads only those rows (through its index on
    ``relation``) instead of every edge."""
    read = getattr(g, "edges_with_relation", None)
    if read is not None:
        yield from read(relation)
        return
    for u, v, data in g.edges(data=True):
        if data.get("relation") == relation:
            yield u, v, data


def stance_edges(
    g: nx.MultiDiGraph, stance: str | None = None
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every speaker -> position stance edge of ``g``, as ``(speaker, position, data)``;
    only those whose ``stance`` is ``stance`` when given (a graph read from
    ``graph.sqlite`` then decodes only those rows)."""
    if stance is None:
        return relation_edges(g, "stance")
    read = getattr(g, "edges_with_stance", None)
    if read is not None:
        return iter(read(stance))
    return ((u, v, d) for u, v, d in relation_edges(g, "stance") if d.get("stance") == stance)


def stance_weights(g: nx.MultiDiGraph) -> Iterator[tuple[str, str, Any, Any]]:
    """``(speaker, position, stance, weight)`` of every stance edge of ``g``, in edge order
    (None for a missing attribute); a graph read from ``graph.sqlite`` reads them from its
    columns, without decoding any evidence."""
    read = getattr(g, "stance_weights", None)
    if read is not None:
        return iter(read())
    edges = relation_edges(g, "stance")
    return ((u, v, d.get("stance"), d.get("weight")) for u, v, d in edges)


@dataclass(frozen=True)
class StanceCount:
    """One side of a position: how many speakers take it, and the summed weight of their
    stance edges (a missing weight counts 1, a fractional one its integer part)."""

    speakers: int
    weight: int


def stance_tally(g: nx.MultiDiGraph) -> dict[Any, dict[Any, StanceCount]]:
    """Position -> stance -> :class:`StanceCount`, over every stance edge of ``g`` (a
    position nobody takes a stance on is left out); a graph read from ``graph.sqlite``
    counts them in SQL, without making a row of Python objects per stance edge."""
    read = getattr(g, "stance_tally", None)
    if read is not None:
        return dict(read())
    return tally_stances(stance_weights(g))


def tally_stances(
    edges: Iterable[tuple[Any, Any, Any, Any]],
) -> dict[Any, dict[Any, StanceCount]]:
    """:func:`stance_tally` of ``(speaker, position, stance, weight)`` rows, counted here."""
    speakers: dict[Any, dict[Any, set[Any]]] = {}
    weights: dict[Any, dict[Any, int]] = {}
    for u, v, stance, weight in edges:
        speakers.setdefault(v, {}).setdefault(stance, set()).add(u)
        side = weights.setdefault(v, {})
        side[stance] = side.get(stance, 0) + int(1 if weight is None else weight)
    return {
        v: {s: StanceCount(len(us), weights[v][s]) for s, us in sides.items()}
        for v, sides in speakers.items()
    }


def stance_table(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The stance statements of a built graph, in the ``stances.jsonl`` shape.

    One row per statement, in article order.
    """
    rows = []
    for u, v, data in stance_edges(g):
        sp, pos = g.nodes[u], g.nodes[v]
        for e in attr_list(data, "evidence"):
            row = StanceRow(
                speaker=str(sp.get("label", u)),
                aliases=[str(a) for a in attr_list(sp, "aliases")],
                type=str(sp.get("type", "")),
                position=v.split(":", 1)[1],
                position_label=str(pos.get("label", "")),
                stance=str(data.get("stance")),
                confidence=float(e.get("confidence", data.get("confidence", 0.0))),
                doc=e["doc"],
                text=e["text"],
                start=int(e["start"]),
                end=int(e["end"]),
            )
            rows.append(row.as_dict())
    rows.sort(key=lambda r: (r["doc"], r["start"], r["position"]))
    return rows
