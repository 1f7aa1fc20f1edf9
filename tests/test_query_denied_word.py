"""A claim that denies itself by a word ("the records were mishandled") asks for the side
of a bare topic's position that says the word. A disputer who denies the word ("that is
not the same as mishandling the records") shows that the supporters are that side, not
that the disputers say it (texts of our own)."""

from __future__ import annotations

import networkx as nx

from kg.outputs.graph import position_node, speaker_node, to_json_attr
from kg.query.sides import _supporters_deny


def _graph(said: dict[str, tuple[str, str]]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    p = position_node("record")
    g.add_node(p, kind="position", label="records", terms=to_json_attr(["record"]))
    for k, (name, (stance, text)) in enumerate(said.items()):
        u = speaker_node(name)
        g.add_node(u, kind="speaker", label=name)
        ev = [{"doc": "a", "text": text, "start": 100 * k, "end": 100 * k + len(text)}]
        g.add_edge(
            u, p, relation="stance", stance=stance, confidence=0.7, evidence=to_json_attr(ev)
        )
    return g


def test_a_disputer_who_denies_the_word_leaves_it_to_the_supporters() -> None:
    g = _graph(
        {
            "ann-lee": ("supports", "the records appear to have been copied twice"),
            "tom-hale": (
                "disputes",
                "We made one error. That is not the same as mishandling records.",
            ),
        }
    )
    assert _supporters_deny(g, position_node("record"), "the records were mishandled")


def test_a_supporter_who_says_the_word_is_the_side_that_says_it() -> None:
    g = _graph(
        {
            "ann-lee": ("supports", "the records were mishandled by the clerk"),
            "tom-hale": ("disputes", "the records are complete"),
        }
    )
    assert _supporters_deny(g, position_node("record"), "the records were mishandled")
