"""Statements per position over time, from the dates of the articles.

An article's ``date`` is ISO (``2014-10-05``; older graphs kept it as written,
``Oct. 5, 2014``, which :func:`parse_date` reads through the readers' own
:func:`kg.read.dates.iso_date`). Each stance statement counts on its article's
date, in buckets of a day, a week or a month, whichever keeps the timeline at
most :data:`MAX_BUCKETS` long. Many
corpora carry no dates at all: the timeline then has no buckets and says how
many statements it could not place. The graph is read, never modified.

>>> parse_date("Oct. 5, 2014"), parse_date("2014-10-05T08:00:00Z"), parse_date("5 October 2014")
(datetime.date(2014, 10, 5), datetime.date(2014, 10, 5), datetime.date(2014, 10, 5))
>>> parse_date("last Tuesday") is None
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import networkx as nx

from kg.outputs.board import article_info
from kg.outputs.graph import attr_list
from kg.read.dates import iso_date

__all__ = ["MAX_BUCKETS", "Timeline", "TimelineSeries", "parse_date", "timeline"]

#: The timeline never has more buckets than this (days, else weeks, else months).
MAX_BUCKETS = 60


@dataclass(frozen=True)
class TimelineSeries:
    """One position's statements per bucket.

    Attributes
    ----------
    position : str
        Position node id.
    label : str
        Its label.
    supports, disputes, neutral : tuple of int
        Statements of each kind per bucket (as long as :attr:`Timeline.buckets`).
    undated : int
        Its statements whose article has no readable date.
    """

    position: str
    label: str
    supports: tuple[int, ...]
    disputes: tuple[int, ...]
    neutral: tuple[int, ...]
    undated: int


@dataclass(frozen=True)
class Timeline:
    """Statements per position over time.

    Attributes
    ----------
    unit : str
        ``day``, ``week`` or ``month``; ``""`` when no statement has a date.
    buckets : tuple of str
        The first day of each bucket, ISO ``YYYY-MM-DD``, consecutive and oldest first.
    series : tuple of TimelineSeries
        One per position, in the order asked for.
    articles, dated_articles : int
        Articles in the graph, and those with a readable date.
    dated, undated : int
        Stance statements placed on the timeline, and those that could not be.
    """

    unit: str
    buckets: tuple[str, ...]
    series: tuple[TimelineSeries, ...]
    articles: int
    dated_articles: int
    dated: int
    undated: int


def parse_date(text: str) -> date | None:
    """The date ``text`` names (see :func:`kg.read.dates.iso_date`), or None.

    Graphs built by this kg hold ISO dates; older ones hold dates as written.
    """
    iso = iso_date(text)
    return date.fromisoformat(iso) if iso else None


def _bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=1)
    if unit == "week":
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _buckets(days: Iterable[date]) -> tuple[str, list[date]]:
    """The finest unit that spans ``days`` in at most :data:`MAX_BUCKETS`, and its buckets."""
    first, last = min(days), max(days)
    for unit in ("day", "week", "month"):
        start, out = _bucket_start(first, unit), []
        while start <= last:
            out.append(start)
            start = _next(start, unit)
        if len(out) <= MAX_BUCKETS or unit == "month":
            return unit, out
    raise AssertionError("unreachable")  # pragma: no cover


def timeline(g: nx.MultiDiGraph, order: Sequence[str] | None = None) -> Timeline:
    """Stance statements per position and bucket of time.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A kg graph; read, never modified.
    order : sequence of str, optional
        Position node ids in the order the series should come (default: graph order).
    """
    articles = article_info(g)
    days = {doc: parse_date(a.date) for doc, a in articles.items() if a.date}
    counts: dict[str, dict[tuple[str, date | None], int]] = defaultdict(lambda: defaultdict(int))
    for _, v, d in g.edges(data=True):
        if d.get("relation") != "stance":
            continue
        for ev in attr_list(d, "evidence"):
            if isinstance(ev, dict):
                counts[str(v)][(str(d.get("stance")), days.get(str(ev.get("doc"))))] += 1
    found = [day for by in counts.values() for (_, day) in by if day is not None]
    unit, starts = _buckets(found) if found else ("", [])
    index = {s: i for i, s in enumerate(starts)}
    positions = [n for n, d in g.nodes(data=True) if d.get("kind") == "position"]
    ordered = [p for p in (order or positions) if p in g] or positions
    series = [_series(g, p, counts.get(p, {}), unit, index) for p in ordered]
    return Timeline(
        unit=unit,
        buckets=tuple(s.isoformat() for s in starts),
        series=tuple(series),
        articles=len(articles),
        dated_articles=sum(1 for day in days.values() if day is not None),
        dated=sum(sum(s.supports) + sum(s.disputes) + sum(s.neutral) for s in series),
        undated=sum(s.undated for s in series),
    )


def _series(
    g: nx.MultiDiGraph,
    position: str,
    counts: dict[tuple[str, date | None], int],
    unit: str,
    index: dict[date, int],
) -> TimelineSeries:
    per = {side: [0] * len(index) for side in ("supports", "disputes", "neutral")}
    undated = 0
    for (stance, day), n in counts.items():
        if stance not in per:
            continue
        if day is None:
            undated += n
            continue
        per[stance][index[_bucket_start(day, unit)]] += n
    return TimelineSeries(
        position=position,
        label=" ".join(str(g.nodes[position].get("label") or position).split()),
        supports=tuple(per["supports"]),
        disputes=tuple(per["disputes"]),
        neutral=tuple(per["neutral"]),
        undated=undated,
    )
