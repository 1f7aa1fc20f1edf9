"""Checking a saved graph before any command uses it.

A graph.json may come from anywhere (a colleague, a download, an editor), so
:func:`check_graph_data` checks everything the read commands rely on, and
reports the first problem as one line naming the node or edge:

- node ids, edge ends and keys are strings (``7`` and ``"7"`` would be two nodes
  that print alike);
- every attribute is a string, a finite number, a boolean or null; counts are
  integers of 0 or more; a confidence is between 0 and 1;
- attributes that hold JSON (``aliases``, ``evidence``...) parse, and hold lists
  of strings, or evidence items with a document, a text and offsets.

>>> check_graph_data({"graph": {}, "nodes": [{"id": 7}], "links": []})
Traceback (most recent call last):
...
ValueError: node #1: its id must be a string, not int
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["check_graph_data", "parse_json"]

_STRING_LISTS = ("aliases", "docs", "merges", "terms", "related", "positions")
_COUNTS = ("n_quotes", "n_supports", "n_disputes", "n_neutral", "n_learned", "weight")
_STRINGS = ("kind", "label", "type", "role", "affiliation", "doc", "path", "date", "frame")
_EDGE_STRINGS = ("relation", "stance", "first_date", "last_date")


def parse_json(text: str) -> Any:
    """``json.loads`` with every failure a ValueError (nesting too deep, huge integers).

    >>> parse_json("[1]")
    [1]
    """
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number kg writes")


def check_graph_data(data: Any) -> None:
    """Check node-link data as :func:`kg.outputs.graph.load_graph` reads it.

    Raises
    ------
    ValueError
        The first problem found, naming the node or edge.
    """
    if not isinstance(data, dict) or not isinstance(data.get("graph"), dict):
        raise ValueError("no 'graph' object")
    name = data["graph"].get("name")
    if name is not None and not isinstance(name, str):
        raise ValueError("the graph's name must be a string")
    nodes, links = data.get("nodes"), data.get("links")
    if not isinstance(nodes, list) or not isinstance(links, list):
        raise ValueError("'nodes' and 'links' must be lists")
    for i, node in enumerate(nodes, 1):
        where = f"node #{i}"
        if not isinstance(node, dict):
            raise ValueError(f"{where} is not an object")
        _string(node.get("id"), f"{where}: its id")
        _attributes(node, f"node {node['id']!r}", _STRINGS)
    for i, link in enumerate(links, 1):
        where = f"edge #{i}"
        if not isinstance(link, dict):
            raise ValueError(f"{where} is not an object")
        for end in ("source", "target", "key"):
            if end in link or end != "key":
                _string(link.get(end), f"{where}: its {end}")
        _attributes(link, where, _EDGE_STRINGS)


def _string(value: Any, what: str) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")


def _attributes(item: Mapping[str, Any], where: str, strings: tuple[str, ...]) -> None:
    for name, value in item.items():
        what = f"{where}: {name!r}"
        if value is None or isinstance(value, str | bool):
            pass
        elif isinstance(value, int | float):
            if not math.isfinite(value):
                raise ValueError(f"{what} is not a finite number")
        else:
            raise ValueError(f"{what} must be a string, number or boolean")
        if name in strings and value is not None:
            _string(value, what)
        elif name in _COUNTS:
            if type(value) is not int or value < 0:
                raise ValueError(f"{what} must be a count (an integer of 0 or more)")
        elif name == "confidence" and (type(value) not in (int, float) or not 0 <= value <= 1):
            raise ValueError(f"{what} must be a number from 0 to 1")
        elif name in _STRING_LISTS or name in ("alias_counts", "evidence"):
            _json_attribute(name, value, what)


def _json_attribute(name: str, value: Any, what: str) -> None:
    parsed = parse_json(value) if isinstance(value, str) else value
    if name == "alias_counts":
        if not isinstance(parsed, dict) or not all(
            type(n) is int and n >= 0 for n in parsed.values()
        ):
            raise ValueError(f"{what} must map names to counts")
    elif name == "evidence":
        if not isinstance(parsed, list) or not all(_evidence_ok(e) for e in parsed):
            raise ValueError(f"{what} must be a list of evidence (doc, text, start, end)")
    elif not isinstance(parsed, list) or not all(isinstance(v, str) for v in parsed):
        raise ValueError(f"{what} must be a list of strings")


def _evidence_ok(item: Any) -> bool:
    if not isinstance(item, dict):
        return False
    start, end = item.get("start"), item.get("end")
    return (
        isinstance(item.get("doc"), str)
        and isinstance(item.get("text"), str)
        and type(start) is int
        and type(end) is int
        and 0 <= start <= end
        and all(v is None or isinstance(v, str | int | float | bool) for v in item.values())
        and all(math.isfinite(v) for v in item.values() if isinstance(v, float))
    )
