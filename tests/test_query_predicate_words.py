"""A question about a claim that a topic's position holds among others ("the kettle is a
fire hazard", "the kettle recalled") is answered by the supporters who say what the
claim says of the topic: any word of the description after "is" ("fire" or "hazard"),
or the participle of a claim that is a noun and a participle (what someone wants done).

The corpus is our own, built with the library; two statements are filed under the
kettle by hand, as a larger corpus files statements about a topic. (Had two speakers
said the kettle is or is not a hazard, the hazard would be the position:
tests/test_positions_predicated.py.)
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.reading import read_question

from .conftest import corpus_graph, file_stances

CORPUS = {
    "a": (
        "Owner Ruth Hale said the kettle is a fire risk. Owner Tom Mills said the kettle is "
        "a hazard. Tom Mills also said the kettle should be recalled. Engineer Carl Voss said "
        "the kettle is not dangerous."
    ),
    "b": (
        "Reviewer Bo Lind said the kettle boils water in a minute. Dealer Ann Pike said the "
        "kettle must be recalled."
    ),
}
_FILED = {
    "speaker:ruth-hale": ("a", "the kettle is a fire risk"),
    "speaker:bo-lind": ("b", "the kettle boils water in a minute"),
    "speaker:tom-mills": ("a", "the kettle should be recalled"),
    "speaker:ann-pike": ("b", "the kettle must be recalled"),
}


def _filed_under_the_kettle(g: nx.MultiDiGraph) -> None:
    assert "position:kettle" in g
    file_stances(g, CORPUS, _FILED, "position:kettle")


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    g = corpus_graph(nlp, CORPUS)
    _filed_under_the_kettle(g)
    return g


def _said(g: nx.MultiDiGraph, question: str) -> set[str]:
    found = answer_question(g, question)
    assert found.position == "kettle"
    return {a.speaker for a in found.answers}


def test_any_word_of_the_description_says_it(graph: nx.MultiDiGraph) -> None:
    assert _said(graph, "who says the kettle is a fire hazard") == {"Ruth Hale", "Tom Mills"}


def test_a_wanted_participle_is_what_the_supporters_must_say(graph: nx.MultiDiGraph) -> None:
    assert _said(graph, "who wants the kettle recalled") == {"Tom Mills", "Ann Pike"}


def test_a_topic_alone_keeps_every_supporter(graph: nx.MultiDiGraph) -> None:
    everyone = {"Ruth Hale", "Tom Mills", "Bo Lind", "Ann Pike"}
    assert _said(graph, "who supports the kettle") == everyone


@pytest.mark.parametrize(
    ("question", "wish"),
    [
        ("who wants the kettle recalled", True),
        ("who is calling for the kettle to be recalled", True),
        ("who demands a recall", True),
        ("who thinks the kettle rusted", False),
        ("who says the kettle recalled itself", False),
    ],
)
def test_a_question_asking_who_wants_it_done_is_read_as_a_wish(question: str, wish: bool) -> None:
    found = read_question(question)
    assert found is not None and found.wish is wish
