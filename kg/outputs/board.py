"""The dispute board: for each position, who supports it and who disputes it.

One function, :func:`board_rows`, reads the board off a built graph; the HTML
page, ``kg board`` and the Markdown and CSV exports all print its rows, so the
board is computed in one place. The graph is read, never modified.

A row is a position node; its two columns are the speakers with a
``supports`` and a ``disputes`` stance edge on it. A speaker with statements on
both sides is in both columns (the graph says both), and each entry carries
the number of its statements on the other side so a reader sees it. Each entry
shows the speaker's strongest statement: the most confident one, then the
more readable length, then the first in the corpus.

Rows come most contested first: the smaller side's number of speakers, then
both sides' speakers, then statements.

>>> from kg.outputs.graph import to_json_attr
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("position:p", kind="position", label="the dam failed")
>>> g.add_node("speaker:a", kind="speaker", label="Ann Lee", type="person")
>>> ev = to_json_attr([{"doc": "d", "text": "It failed.", "start": 0, "end": 10}])
>>> _ = g.add_edge("speaker:a", "position:p", key="supports", relation="stance",
...                stance="supports", weight=1, evidence=ev)
>>> [(r.label, [e.name for e in r.supporters]) for r in board_rows(g)]
[('the dam failed', ['Ann Lee'])]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.outputs.graph import attr_list

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "SIDES",
    "ArticleInfo",
    "BoardEntry",
    "BoardQuote",
    "BoardRow",
    "article_info",
    "board_rows",
]

#: A quote longer than this is not preferred for being longer (readability cap).
_READABLE_CHARS = 240
_SPACES = re.compile(r"\s+")
SIDES = ("supports", "disputes", "neutral")


@dataclass(frozen=True)
class ArticleInfo:
    """What the board shows of an article.

    Attributes
    ----------
    doc : str
        The article id (the ``doc`` of evidence items).
    title : str
        Its headline (or its id when it has none).
    date : str
        Its date as written in the article, or ``""``.
    """

    doc: str
    title: str
    date: str


@dataclass(frozen=True)
class BoardQuote:
    """A speaker's strongest statement on a position.

    Attributes
    ----------
    doc : str
        Article id.
    article : str
        Article headline.
    date : str
        Article date as written, or ``""``.
    text : str
        The statement, as in the article.
    start, end : int
        Character offsets of ``text`` in the article.
    cue : str
        The reporting verb or phrase (``""`` when unknown).
    confidence : float
        Confidence of the stance reading, 0 to 1.
    """

    doc: str
    article: str
    date: str
    text: str
    start: int
    end: int
    cue: str
    confidence: float


@dataclass(frozen=True)
class BoardEntry:
    """One speaker in one column of a row.

    Attributes
    ----------
    speaker : str
        Speaker node id (``speaker:...``).
    name : str
        Speaker's name.
    type : str
        person, organization, group or ``""``.
    stance : str
        supports, disputes or neutral: the column.
    statements : int
        The speaker's statements with this stance on this position.
    other_side : int
        Its statements on the opposite side of the same position (0 for neutral).
    quote : BoardQuote
        The strongest of those statements.
    """

    speaker: str
    name: str
    type: str
    stance: str
    statements: int
    other_side: int
    quote: BoardQuote


@dataclass(frozen=True)
class BoardRow:
    """One position with the speakers on each side.

    Attributes
    ----------
    position : str
        Position node id (``position:...``).
    label : str
        Its label.
    supporters, disputers, neutral : tuple of BoardEntry
        One entry per speaker with a stance edge of that kind.
    n_supports, n_disputes, n_neutral : int
        Statements of each kind (the sum of the entries' ``statements``).
    """

    position: str
    label: str
    supporters: tuple[BoardEntry, ...]
    disputers: tuple[BoardEntry, ...]
    neutral: tuple[BoardEntry, ...]
    n_supports: int
    n_disputes: int
    n_neutral: int

    @property
    def contested(self) -> int:
        """How contested: the number of speakers on the smaller side."""
        return min(len(self.supporters), len(self.disputers))


def _one_line(text: Any) -> str:
    return _SPACES.sub(" ", str(text)).strip()


def article_info(g: nx.MultiDiGraph) -> dict[str, ArticleInfo]:
    """Every article of ``g`` by its id (the ``doc`` of evidence items)."""
    out = {}
    for n, d in g.nodes(data=True):
        if d.get("kind") == "article":
            doc = str(d.get("doc") or str(n).split(":", 1)[-1])
            title = _one_line(d.get("label") or doc)
            out[doc] = ArticleInfo(doc, title, _one_line(d.get("date") or ""))
    return out


def _confidence(item: Mapping[str, Any], edge: Mapping[str, Any]) -> float:
    try:
        return float(item.get("confidence", edge.get("confidence")) or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _strongest(edge: Mapping[str, Any], articles: Mapping[str, ArticleInfo]) -> BoardQuote:
    """The edge's most confident statement (then the more readable, then the first)."""
    items = [e for e in attr_list(dict(edge), "evidence") if isinstance(e, dict)]
    if not items:
        items = [{"doc": "", "text": "", "start": 0, "end": 0}]

    def rank(item: dict[str, Any]) -> tuple[float, int, str, int]:
        text = str(item.get("text") or "")
        return (
            -_confidence(item, edge),
            -min(len(text), _READABLE_CHARS),
            str(item.get("doc") or ""),
            int(item.get("start") or 0),
        )

    best = min(items, key=rank)
    doc = str(best.get("doc") or "")
    info = articles.get(doc, ArticleInfo(doc, doc, ""))
    return BoardQuote(
        doc=doc,
        article=info.title,
        date=info.date,
        text=str(best.get("text") or ""),
        start=int(best.get("start") or 0),
        end=int(best.get("end") or 0),
        cue=str(best.get("cue") or ""),
        confidence=round(_confidence(best, edge), 3),
    )


def _weight(edge: Mapping[str, Any]) -> int:
    try:
        return max(int(edge.get("weight") or 1), 1)
    except (TypeError, ValueError):
        return 1


def _entries(
    g: nx.MultiDiGraph, position: str, articles: Mapping[str, ArticleInfo]
) -> dict[str, list[BoardEntry]]:
    """The entries of one position by column, each column most statements first."""
    edges = [(u, d) for u, _, d in g.in_edges(position, data=True) if d.get("relation") == "stance"]
    said: dict[tuple[str, str], int] = defaultdict(int)
    for u, d in edges:
        said[(str(u), str(d.get("stance")))] += _weight(d)
    opposite = {"supports": "disputes", "disputes": "supports"}
    columns: dict[str, list[BoardEntry]] = {side: [] for side in SIDES}
    for u, d in edges:
        stance = str(d.get("stance"))
        if stance not in columns:
            continue
        sp = g.nodes[u]
        columns[stance].append(
            BoardEntry(
                speaker=str(u),
                name=_one_line(sp.get("label") or u),
                type=str(sp.get("type") or ""),
                stance=stance,
                statements=_weight(d),
                other_side=said.get((str(u), opposite.get(stance, "")), 0),
                quote=_strongest(d, articles),
            )
        )
    for entries in columns.values():
        entries.sort(key=lambda e: (-e.statements, -e.quote.confidence, e.name.lower(), e.speaker))
    return columns


def _row_order(row: BoardRow) -> tuple[int, int, int, str, str]:
    sides = len(row.supporters) + len(row.disputers)
    statements = row.n_supports + row.n_disputes
    return (-row.contested, -sides, -statements, row.label.lower(), row.position)


def board_rows(g: nx.MultiDiGraph) -> tuple[BoardRow, ...]:
    """The dispute board of ``g``: one row per position, most contested first.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A kg graph (see :mod:`kg.outputs.graph`); read, never modified.

    Returns
    -------
    tuple of BoardRow
    """
    articles = article_info(g)
    rows = []
    for n, d in g.nodes(data=True):
        if d.get("kind") != "position":
            continue
        columns = _entries(g, n, articles)
        rows.append(
            BoardRow(
                position=str(n),
                label=_one_line(d.get("label") or n),
                supporters=tuple(columns["supports"]),
                disputers=tuple(columns["disputes"]),
                neutral=tuple(columns["neutral"]),
                n_supports=sum(e.statements for e in columns["supports"]),
                n_disputes=sum(e.statements for e in columns["disputes"]),
                n_neutral=sum(e.statements for e in columns["neutral"]),
            )
        )
    rows.sort(key=_row_order)
    return tuple(rows)
