"""What answering works out once per graph instead of once per use.

One question asks for the same facts of the whole graph many times: every speaker's
name forms, every position's words, the statements of every quote, how rare a word
is among them. They depend on the graph only, so they are kept:

- for the whole life of a read-only graph (:class:`kg.outputs.graphview.GraphView`,
  what ``kg query`` reads from ``graph.sqlite``), in its ``memo`` dict;
- for one answer otherwise (a networkx graph may be changed between two questions):
  :func:`answering` opens that scope, and :func:`once` outside any scope computes
  every time, as before.

Only the time changes: a kept value is the value the function would compute again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["answering", "once"]

T = TypeVar("T")

#: The graph being answered about and what was worked out for it so far.
_SCOPE: ContextVar[tuple[object, dict[Hashable, Any]] | None] = ContextVar(
    "kg_query_scope", default=None
)


@contextmanager
def answering(g: object) -> Iterator[None]:
    """Keep what :func:`once` computes for ``g`` until the block ends (nested: the outer
    scope of the same graph is kept)."""
    scope = _SCOPE.get()
    if scope is not None and scope[0] is g:
        yield
        return
    token = _SCOPE.set((g, {}))
    try:
        yield
    finally:
        _SCOPE.reset(token)


def _store(g: object) -> dict[Hashable, Any] | None:
    memo = getattr(g, "memo", None)
    if isinstance(memo, dict):
        return memo
    scope = _SCOPE.get()
    return scope[1] if scope is not None and scope[0] is g else None


def once(g: object, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept for ``g`` under ``key`` where :mod:`kg.query.memo` keeps values.

    >>> from types import SimpleNamespace
    >>> g, calls = SimpleNamespace(memo={}), []
    >>> once(g, "x", lambda: calls.append(1) or 7), once(g, "x", lambda: calls.append(1) or 7)
    (7, 7)
    >>> len(calls)
    1
    """
    store = _store(g)
    if store is None:
        return compute()
    try:
        return store[key]
    except KeyError:
        value = store[key] = compute()
        return value
