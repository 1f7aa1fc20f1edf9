"""How graph files hold list and object attributes: as JSON strings (GraphML and GEXF
carry scalars only), written by :func:`to_json_attr` and read back by :func:`attr_list`.

Its own module so that what reads graphs without building them (the query index and
its word counts) shares the one encoding without importing the graph builder.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["attr_list", "to_json_attr"]


#: ``json.dumps(value, ensure_ascii=False)``, without making an encoder per call (a big
#: graph has some hundred thousand such attributes).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def to_json_attr(value: Any) -> str:
    """Serialise a list or dict for a graph attribute.

    >>> to_json_attr(["a", "b"])
    '["a", "b"]'
    """
    return _ENCODE(value)


def attr_list(data: dict[str, Any], name: str) -> list[Any]:
    """Read back a list stored with :func:`to_json_attr` (empty when absent).

    >>> attr_list({"aliases": '["x"]'}, "aliases")
    ['x']
    """
    raw = data.get(name)
    if not raw:
        return []
    value = json.loads(raw) if isinstance(raw, str) else raw
    return list(value) if isinstance(value, list) else []
