"""Which positions are disputed: a lone denial of what nobody is quoted saying is none.
A hand-made graph (tests/conftest.py)."""

from __future__ import annotations

from typing import Any


def test_one_denial_of_what_nobody_says_is_not_a_dispute(hand_graph: Any) -> None:
    # "rain": one speaker disputes it, nobody supports it; it is listed as disputed only
    # once a second speaker disputes it too
    from kg.outputs.graph import position_node, speaker_node
    from kg.query.answers import most_disputed

    g = hand_graph()
    rain = position_node("rain")
    edge = {"relation": "stance", "stance": "disputes", "weight": 1, "confidence": 0.8}
    g.add_edge(speaker_node("residents"), rain, key="disputes", evidence="[]", **edge)
    assert [r["position"] for r in most_disputed(g)[1]] == ["the dam failed the dam gave way"]
    g.add_edge(speaker_node("ann-lee"), rain, key="disputes", evidence="[]", **edge)
    assert "rain" in [r["position"] for r in most_disputed(g)[1]]
