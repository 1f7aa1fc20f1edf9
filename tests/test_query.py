"""Plain-English questions over a graph built from a small corpus of our own."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.extract.records import extract_article
from kg.outputs.rows import stance_table
from kg.query import answer_question, match_positions, match_speakers, positions_codebook
from kg.read.articles import article_from_text
from kg.run.pipeline import assemble, write_outputs

CORPUS = {
    "report": (
        "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory. "
        '"Faulty wiring was the main reason for the fire," Berg told reporters. '
        "Inspector Carl Moss said faulty wiring led to the fire. "
        "Engineer Sara Lind said the real cause was understaffing."
    ),
    "reaction": (
        "Union leader Tom Hale said this explanation looks ridiculous. "
        "Hale said the wiring was not the main reason for the fire. "
        "Many residents seemed to disagree with the claim that faulty wiring caused the fire."
    ),
    "figures": (
        "The company said 40 workers were hurt in the fire. "
        "Hospital director Mia Long said hundreds of workers were hurt in the fire. "
        "Dr. Eva Stone said 300 workers were hurt in the fire."
    ),
    "owners": "Worker Ada Finch said the owners had ignored the sprinkler inspections for years.",
}


@pytest.fixture(scope="module")
def graph(nlp: Any) -> nx.MultiDiGraph:
    records = [
        extract_article(nlp(text), article_from_text(text, doc_id))
        for doc_id, text in CORPUS.items()
    ]
    return assemble(records).graph


def speakers(result: Any) -> set[str]:
    return {a.speaker for a in result.answers}


@pytest.mark.parametrize(
    "question",
    [
        "who disputes the wiring explanation",
        "Who rejects the faulty wiring story?",
        "who denies that wiring caused the fire",
        "who questions the wiring theory",
        "who doubts the electrical wiring",
    ],
)
def test_who_disputes(graph: nx.MultiDiGraph, question: str) -> None:
    result = answer_question(graph, question)
    assert result.relation == "disputes"
    assert result.position is not None and "wiring" in result.position
    assert {"Tom Hale", "Many residents"} <= speakers(result)
    assert not {"Anna Berg", "Carl Moss"} & speakers(result)
    for a in result.answers:
        assert a.stance == "disputes"
        assert a.evidence and all(e["doc"] in CORPUS for e in a.evidence)


@pytest.mark.parametrize(
    "question",
    ["who supports the wiring explanation", "who blames the wiring", "who backs the wiring claim"],
)
def test_who_supports(graph: nx.MultiDiGraph, question: str) -> None:
    result = answer_question(graph, question)
    assert result.relation == "supports"
    assert speakers(result) == {"Anna Berg", "Carl Moss"}


def test_who_says_a_figure(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "who says hundreds of workers were hurt")
    assert {"Mia Long", "Eva Stone"} <= speakers(result)
    assert "company" not in " ".join(speakers(result)).lower()


def test_what_did_someone_say(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "what did Hale say")
    assert result.relation == "said"
    assert result.speaker == "Tom Hale"
    assert speakers(result) == {"Tom Hale"}
    texts = [e["text"] for a in result.answers for e in a.evidence]
    assert any("ridiculous" in t for t in texts)
    assert any("not the main reason" in t for t in texts)


def test_what_did_someone_say_about(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "what did Berg say about the wiring")
    assert result.speaker == "Anna Berg"
    assert result.position is not None
    assert all(e.get("position") for a in result.answers for e in a.evidence)


def test_where_does_someone_stand(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "where does Tom Hale stand")
    assert result.relation == "stands"
    assert {a.stance for a in result.answers} == {"disputes"}


def test_agrees_and_conflicts(graph: nx.MultiDiGraph) -> None:
    agree = answer_question(graph, "who agrees with Anna Berg")
    assert speakers(agree) == {"Carl Moss"}
    conflict = answer_question(graph, "who conflicts with Berg")
    assert {"Tom Hale", "Many residents"} <= speakers(conflict)


def test_most_disputed(graph: nx.MultiDiGraph) -> None:
    result = answer_question(graph, "which positions are disputed most")
    assert result.relation == "most_disputed"
    assert result.ranking and "wiring" in str(result.ranking[0]["position"])
    assert result.to_dict()["ranking"][0]["disputers"] >= 2


@pytest.mark.parametrize("question", ["", "tell me a joke", "what did Nobody say"])
def test_unanswerable_questions_raise_with_examples(graph: nx.MultiDiGraph, question: str) -> None:
    """The examples offered are questions about this graph's own positions and speakers."""
    with pytest.raises(QueryError, match=r"Try e\.g\. 'who disputes .*wiring") as err:
        answer_question(graph, question)
    assert "which positions are disputed most" in str(err.value)
    offered = str(err.value).split("Try e.g.")[1]
    for example in re.findall(r"'(who [^']+|what did [^']+)'", offered):
        answer_question(graph, example)  # every example offered can be answered


def test_a_claim_no_position_names_is_answered_plainly(graph: nx.MultiDiGraph) -> None:
    """No bare refusal: the answer says no position matches and names the ones found."""
    result = answer_question(graph, "who disputes the moon landing")
    assert result.answers == ()
    assert "no position" in result.note and "wiring" in result.note
    assert result.to_dict()["note"] == result.note


def test_json_shape(graph: nx.MultiDiGraph) -> None:
    d = answer_question(graph, "who disputes the wiring explanation").to_dict()
    assert set(d) == {"question", "interpretation", "answers"}
    assert set(d["interpretation"]) == {"relation", "position", "speaker"}
    for a in d["answers"]:
        assert set(a) == {
            "speaker",
            "aliases",
            "type",
            "stance",
            "position",
            "confidence",
            "evidence",
        }
        assert a["type"] in ("person", "organization", "group")
        assert isinstance(a["confidence"], float)
        for e in a["evidence"]:
            assert {"doc", "text", "start", "end"} <= set(e)
            assert CORPUS[e["doc"]][e["start"] : e["end"]] == e["text"]
    json.dumps(d)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the wiring explanation", "wiring"),
        ("the electrical rewiring story", "wiring"),
        ("hundreds hurt", "hundreds"),
        ("300 injured", "hundreds"),
        ("the moon landing", None),
    ],
)
def test_match_positions(graph: nx.MultiDiGraph, words: str, expected: str | None) -> None:
    found = match_positions(graph, words)
    best = found[0][1] if found else None
    assert (expected in best) if expected and best else best is expected


def test_match_speakers_by_part_of_the_name(graph: nx.MultiDiGraph) -> None:
    assert [graph.nodes[n]["label"] for n in match_speakers(graph, "berg")] == ["Anna Berg"]
    assert match_speakers(graph, "Zebedee") == []


def test_stance_table_and_codebook(graph: nx.MultiDiGraph) -> None:
    rows = stance_table(graph)
    assert rows and {r["stance"] for r in rows} == {"supports", "disputes"}
    text = positions_codebook(graph)
    assert "[[positions]]" in text and "wiring" in text


def test_query_from_the_cli(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """``kg query --json`` prints the same object; a bad question exits 1 with examples."""
    from kg.outputs.export import write_json

    path = tmp_path / "graph.json"
    write_json(graph, path)
    kg = [sys.executable, "-m", "kg"]
    ok = subprocess.run(
        [*kg, "query", "who disputes the wiring explanation", "-g", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert (
        json.loads(ok.stdout)
        == answer_question(graph, "who disputes the wiring explanation").to_dict()
    )
    bad = subprocess.run(
        [*kg, "query", "tell me a joke", "-g", str(path)], capture_output=True, text=True
    )
    assert bad.returncode == 1
    assert "Try e.g." in bad.stderr and not bad.stdout


def test_no_model_is_loaded_at_query_time(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from kg.outputs.export import write_json

    path = tmp_path / "graph.json"
    write_json(graph, path)
    code = (
        "import sys; from kg.outputs.graph import load_graph; "
        "from kg.query import answer_question; "
        f"answer_question(load_graph({str(path)!r}), 'who disputes the wiring explanation'); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_outputs_write_stances_jsonl(nlp: Any, tmp_path: Path) -> None:
    text = CORPUS["report"] + " " + CORPUS["reaction"]
    result = assemble([extract_article(nlp(text), article_from_text(text, "one"))])
    written = write_outputs(result, tmp_path)
    assert tmp_path / "stances.jsonl" in written
    rows = [json.loads(x) for x in (tmp_path / "stances.jsonl").read_text().splitlines()]
    assert rows and all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_a_statement_no_position_covers_still_answers(graph: nx.MultiDiGraph) -> None:
    """One person's claim is no position, but "who says ..." finds it in the statements."""
    result = answer_question(graph, "who says the owners ignored the sprinkler inspections")
    assert [a.speaker.split()[-1] for a in result.answers] == ["Finch"]
    assert all("sprinkler" in e["text"] for a in result.answers for e in a.evidence)


def test_a_rival_explanation_supports_what_it_says(graph: nx.MultiDiGraph) -> None:
    """Lind disputes the wiring explanation by offering another: asked who blames
    that other one, she is the answer (her rival dispute does not hide her words)."""
    disputes = answer_question(graph, "who disputes the wiring explanation")
    assert "Sara Lind" in speakers(disputes)
    result = answer_question(graph, "who blames understaffing")
    assert speakers(result) == {"Sara Lind"}
    assert {a.stance for a in result.answers} == {"supports"}


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_stances_command(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    import csv
    import io

    from typer.testing import CliRunner

    from kg.cli import app
    from kg.outputs.export import write_json
    from kg.outputs.rows import STANCE_FIELDS

    path = tmp_path / "graph.json"
    write_json(graph, path)
    result = CliRunner().invoke(app, ["stances", "-g", str(path), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    rows = stance_table(graph)
    if fmt == "jsonl":
        assert [json.loads(x) for x in result.stdout.splitlines()] == rows
    elif fmt == "csv":
        parsed = list(csv.DictReader(io.StringIO(result.stdout)))
        assert tuple(parsed[0]) == STANCE_FIELDS
        assert [r["text"] for r in parsed] == [r["text"] for r in rows]
    else:
        assert "disputes" in result.stdout and "Tom Hale" in result.stdout


@pytest.mark.parametrize(
    "question",
    [
        "who disputes the official explanation",  # the example of `kg query --help`
        "which positions are disputed most",
        "who supports the Russian Defence Ministry's explanation",
    ],
)
def test_the_help_examples_work_on_the_seeds(seeds_result: Any, question: str) -> None:
    """The help's example, the ranking and a speaker's explanation answer on seeds/."""
    result = answer_question(seeds_result.graph, question)
    assert result.answers and all(a.evidence for a in result.answers)
    if "disputes" in question:
        assert {a.stance for a in result.answers} == {"disputes"}
    if "Ministry" in question:
        assert result.speaker and "Defense Ministry" in result.speaker
        assert any("Ministry" in a.speaker for a in result.answers)


@pytest.mark.parametrize("question", ["who says", "who disputes ???", "who agrees with"])
def test_a_question_naming_nothing_asks_for_more(graph: nx.MultiDiGraph, question: str) -> None:
    with pytest.raises(QueryError, match="names no claim and no speaker"):
        answer_question(graph, question)


def test_only_a_claim_noun_reads_as_the_most_disputed_position(graph: nx.MultiDiGraph) -> None:
    """'the official explanation' names no content: the most disputed explanation is meant;
    a word kg does not know is no such reading."""
    official = answer_question(graph, "who disputes the official explanation")
    assert official.position is not None and "wiring" in official.position
    assert "most disputed" in official.note
    unknown = answer_question(graph, "who disputes the zeppelin")
    assert unknown.answers == () and "no position" in unknown.note


def test_codebook_lists_the_disputes_first_and_marks_mere_topics() -> None:
    """A position nobody takes the other side of comes after the disputes, marked
    uncontested, however many statements it has."""
    g = nx.MultiDiGraph()
    g.add_node(
        "position:budget",
        kind="position",
        label="budget",
        terms=["budget"],
        frame="claim",
        n_supports=5,
        n_disputes=0,
        contested=False,
    )
    g.add_node(
        "position:levy",
        kind="position",
        label="new levy",
        terms=["levy"],
        frame="claim",
        n_supports=1,
        n_disputes=1,
        contested=True,
    )
    for who in ("speaker:a", "speaker:b"):
        g.add_node(who, kind="speaker", label=who.split(":")[1].upper())
    g.add_edge("speaker:a", "position:budget", relation="stance", stance="supports")
    g.add_edge("speaker:a", "position:levy", relation="stance", stance="supports")
    g.add_edge("speaker:b", "position:levy", relation="stance", stance="disputes")
    text = positions_codebook(g)
    assert text.index('id = "levy"') < text.index('id = "budget"')
    topic = text[: text.index('id = "budget"')].rsplit("[[positions]]", 2)[-2]
    assert "uncontested" in topic and "uncontested" not in text[: text.index('id = "levy"')]
