""" "who is NAME": a speaker's profile from the graph (kind, names, role, statements, and
the positions it takes with one statement each). The corpus of tests/test_query.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.query import answer_question
from kg.query.reading import read_question
from tests.test_query import CORPUS, graph  # noqa: F401  (the module's graph fixture)


@pytest.mark.parametrize(
    "question",
    ["who is Berg", "Who's Anna Berg?", "tell me about Anna Berg", "what do we know about Berg"],
)
def test_who_is_gives_the_speakers_profile(graph: nx.MultiDiGraph, question: str) -> None:  # noqa: F811
    result = answer_question(graph, question)
    p = result.profile
    assert result.relation == "profile" and p is not None
    assert p.speaker == "Anna Berg" and result.speaker == "Anna Berg"
    assert p.type == "person"
    assert p.names[0] == "Anna Berg" and "Berg" in p.names
    assert "fire chief" in p.role.lower() or any("fire chief" in d.lower() for d in p.described)
    assert p.statements == 2 and p.articles == ("report",)
    # the position she takes, with one statement of hers as evidence
    assert result.answers
    for a in result.answers:
        assert a.speaker == "Anna Berg" and a.stance in ("supports", "disputes")
        assert len(a.evidence) == 1 and a.evidence[0]["doc"] == "report"
    assert any(a.stance == "supports" and "wiring" in (a.position or "") for a in result.answers)


def test_who_is_a_disputer_lists_what_he_disputes(graph: nx.MultiDiGraph) -> None:  # noqa: F811
    result = answer_question(graph, "who is Tom Hale")
    assert result.profile is not None and result.profile.speaker == "Tom Hale"
    assert any(a.stance == "disputes" and "wiring" in (a.position or "") for a in result.answers)


def test_an_unknown_name_is_one_clear_error(graph: nx.MultiDiGraph) -> None:  # noqa: F811
    with pytest.raises(QueryError, match=r"no speaker named 'ann lee'.*Try e\.g\."):
        answer_question(graph, "who is Ann Lee")


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("who is sceptical that the wiring caused the fire", "who"),
        ("who is backing the wiring explanation", "who"),
        ("who is against the wiring explanation", "who"),
        ("who is the fire chief", "profile"),
        ("who are the residents", "profile"),
    ],
)
def test_who_is_reads_a_stance_question_first(question: str, form: str) -> None:
    q = read_question(question)
    assert q is not None and q.form == form


def test_who_is_to_blame_is_no_profile() -> None:
    assert read_question("who is to blame for the fire") is None


def test_profile_json_and_text_from_the_cli(graph: nx.MultiDiGraph, tmp_path: Path) -> None:  # noqa: F811
    from kg.outputs.export import write_json

    path = tmp_path / "graph.json"
    write_json(graph, path)
    run = [sys.executable, "-m", "kg", "query", "--graph", str(path)]
    as_json = subprocess.run([*run, "who is Berg", "--json"], capture_output=True, text=True)
    assert as_json.returncode == 0, as_json.stderr
    data: dict[str, Any] = json.loads(as_json.stdout)
    assert data == answer_question(graph, "who is Berg").to_dict()
    assert data["interpretation"]["relation"] == "profile"
    assert data["profile"]["speaker"] == "Anna Berg" and data["profile"]["statements"] == 2
    assert data["profile"]["articles"] == ["report"]
    assert all(len(a["evidence"]) == 1 for a in data["answers"])
    text = subprocess.run([*run, "who is Berg"], capture_output=True, text=True)
    assert text.returncode == 0, text.stderr
    assert "Anna Berg (person)" in text.stdout and "2 statement(s) in 1 article(s)" in text.stdout
    assert "    report " in text.stdout  # an evidence line: article id and offsets


def test_a_bodys_other_names_describe_it_and_its_statements_are_no_names(
    hand_graph: Any,
) -> None:
    # "the regulator" shares no word with "the water agency": it says what the body is;
    # "a statement" was read as the agency's (a reporting noun): it is none of its names
    from kg.outputs.graph import speaker_node, to_json_attr

    g = hand_graph()
    node = speaker_node("agency")
    g.nodes[node]["aliases"] = to_json_attr(["the water agency", "the regulator", "a statement"])
    result = answer_question(g, "who is the water agency")
    p = result.profile
    assert p is not None and p.speaker == "the water agency"
    assert p.names == ("the water agency", "the regulator")
    assert p.described == ("regulator",)
    assert [(a.stance, a.position) for a in result.answers] == [
        ("disputes", "the dam failed the dam gave way")
    ]
