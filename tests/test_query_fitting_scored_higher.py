"""A claim often spans two positions of one dispute: "the mill will close" is read on the
closing (which holds more of its words) and on the mill (which scores more as a match); a
position that fits the claim too is read with the best-fitting one whether it scores a little
less than it or more. The scoring is stubbed here: what is pinned is which fitting positions
are read together."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import sides


@pytest.fixture()
def graph(monkeypatch: pytest.MonkeyPatch) -> Any:
    g = nx.MultiDiGraph()
    for n in ("position:mill", "position:close", "position:jobs"):
        g.add_node(n, kind="position", frame="claim", label=n.split(":")[1])
    scores = [(8.6, "position:mill"), (5.0, "position:close"), (1.2, "position:jobs")]
    fits = {"position:mill": 0.6, "position:close": 0.94, "position:jobs": 0.1}
    keyed = {"position:mill": 2, "position:close": 2, "position:jobs": 0}
    monkeypatch.setattr(sides, "match_positions", lambda g, claim: scores)
    monkeypatch.setattr(sides, "asks_figure", lambda g, claim: False)
    monkeypatch.setattr(sides, "position_fit", lambda g, n, claim: fits[n])
    monkeypatch.setattr(sides, "_keyed", lambda g, n, claim: keyed[n])
    monkeypatch.setattr(sides, "_named_by_verb", lambda g, claim, top, fit: [])
    monkeypatch.setattr(sides, "_facets", lambda g, top, near: [])
    return g


def test_a_fitting_position_that_scores_more_than_the_best_fit_is_read_too(graph: Any) -> None:
    found = sides._fitting(graph, "the kelby mill will close")
    assert found.top == "position:close"
    assert set(found.fits) == {"position:close", "position:mill"}
