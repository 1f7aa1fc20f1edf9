"""Two readings of a "who ..." question on a position kg keyed on one word.

"who blames the harbour board for the cancelled crossings": the board and those who speak
for it are the blamed, not the blamers, though their statements sit on the same position.
"who says the walkout is illegal": a position that is only a topic ("walkout") is not the
claim; of its supporters, those who say what the claim says of it answer. "who says the
budget is an increase", read as the position keyed on "cut": of its supporters, those
who call it an increase, not denied ("an increase, not a cut" is no cut). A small corpus
of our own."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question
from kg.query.matching import described_by
from kg.query.sides import _says_undenied

from .conftest import corpus_graph

STORY = {
    "a": (
        "Crossings cancelled\n\n"
        "Councillor Jo Pike said the harbour board had only itself to blame for the "
        "cancelled crossings. Pike said the harbour board had cut crossings for months "
        "because it could not hire crews."
    ),
    "b": (
        "Board replies\n\n"
        "Harbour board spokeswoman Mia Dunn said the harbour board had spent millions on "
        "new berths. Dunn said the harbour board would publish its accounts in May."
    ),
    "c": (
        "Ferry strike\n\n"
        "The ferry company said the walkout was illegal. Manager Ray Cole said the walkout "
        "was illegal and that the crews had given no notice."
    ),
    "d": (
        "Quay shops\n\n"
        "Shopkeeper Ann Reed said the walkout had emptied her shop. Porter Sam Lowe said "
        "the walkout would end on Friday. Captain Ed Vance said the walkout had cost him a "
        "week of wages."
    ),
    "e": (
        "Union answers\n\n"
        'Union leader Kim Hart denied that the walkout was illegal. "This walkout is lawful, '
        'and the crews will not go back," Hart said.'
    ),
    "f": (
        "Library budget row\n\n"
        "The county council said its library budget was a 6 percent increase over two years. "
        '"This is a 6 percent increase, not a cut," council leader Rita Moll said.\n\n'
        "The librarians' guild said the budget amounted to a cut, because costs would rise by "
        '10 percent. "Our members are being asked to take a cut and call it an increase," '
        "guild secretary Owen Frey said."
    ),
    "g": (
        "Readers react\n\n"
        "Reader Nell Ash said the increase in late fines had kept her away for a year. "
        'Trustee Paul Dorn said the budget was "a cut dressed up as an increase".\n\n'
        "The council said the increase was generous and would keep every branch open."
    ),
    "h": (
        "Budget vote nears\n\n"
        "The guild said the 6 percent increase was a cut in real terms once prices were "
        "counted. Rita Moll insisted the increase was the largest the council had offered in "
        "a decade.\n\n"
        "Councillor Ben Hale said the increase would leave branches short of staff."
    ),
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, STORY)


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


def test_the_blamed_party_and_its_spokeswoman_do_not_answer(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who blames the harbour board for the cancelled crossings")
    assert "Jo Pike" in found
    assert "Mia Dunn" not in found


def test_described_by_needs_every_word(graph: nx.MultiDiGraph) -> None:
    labels = {graph.nodes[n].get("label") for n in described_by(graph, "the harbour board")}
    assert "Mia Dunn" in labels
    assert "Jo Pike" not in labels
    assert described_by(graph, "the harbour authority") == []  # no nearest spelling


def test_mentioning_a_topic_is_not_saying_the_claim(graph: nx.MultiDiGraph) -> None:
    found = _who(graph, "who says the walkout is illegal")
    assert "ferry company" in found
    assert not found & {"Ann Reed", "Sam Lowe", "Ed Vance", "Kim Hart"}


def test_a_copular_claim_read_by_association_needs_its_word(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who says the budget is an increase")
    found = {a.speaker for a in result.answers}
    assert result.position == "cut"  # the claim's own word keys no position
    assert "county council" in found
    assert "librarians' guild" not in found  # says "a cut", never "an increase"


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("the budget amounted to a cut", "cut", True),
        ("This is a 6 percent increase, not a cut", "cut", False),
        ("it isn't a cut at all", "cut", False),
        ("no cut was made, but the cuts that came later hurt", "cut", True),
    ],
)
def test_a_word_just_after_a_negator_is_not_said(text: str, word: str, said: bool) -> None:
    assert _says_undenied(text, word) is said
