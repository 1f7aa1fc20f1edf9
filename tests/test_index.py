"""graph.sqlite: the query index answers exactly as graph.json does, and starts light.

The comparisons here are what lets the question code change freely: whatever it
asks of the graph, the SQLite view must give the same as networkx's graph of
graph.json, in the same order.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import GraphFileError, QueryError
from kg.outputs.board import board_rows
from kg.outputs.graph import load_graph
from kg.outputs.graphview import GraphView, open_graph_view
from kg.outputs.index import INDEX_NAME, index_matches, write_index
from kg.outputs.reader import read_graph
from kg.outputs.rows import (
    node_ids_of_kind,
    nodes_of_kind,
    relation_edges,
    stance_edges,
    stance_table,
    stance_weights,
)
from kg.outputs.wordstats import quote_texts, quote_word_counts, said_word_counts
from kg.query import answer_question, positions_codebook
from kg.query.words import idf_from_counts, idf_table

from .conftest import ROOT, SHARED

#: A corpus of our own: a bridge closure argued over by officials, engineers and traders.
CORPUS = {
    "closure": (
        "Transport Minister Helen Ortiz said the bridge was closed because of rust in the cables. "
        '"Rust in the cables is the reason we closed it," Ortiz told reporters on Monday. '
        "The city engineer, Paul Grant, said rust in the cables made the bridge unsafe. "
        "Shop owner Lena Brooks said the closure was really about saving money."
    ),
    "doubts": (
        "Opposition leader Omar Patel said the rust explanation is nonsense. "
        "Patel said the cables were not the reason for the closure. "
        "Structural expert Dr. Ruth Adams said the cables were inspected last year and were fine."
    ),
    "costs": (
        "The council said repairs would cost 12 million dollars. "
        "Engineer Paul Grant said the repairs would cost at least 30 million dollars. "
        "Trader Lena Brooks said shops near the bridge lost half their customers."
    ),
}

#: One question of every form kg reads, plus some it refuses.
QUESTIONS = [
    "who disputes the rust explanation",
    "who supports the rust explanation",
    "who says rust in the cables made the bridge unsafe",
    "who denies that the cables were the reason",
    "who says the repairs will cost 30 million dollars",
    "what did Ortiz say",
    "what did Paul Grant say about the repairs",
    "where does Patel stand",
    "where does the minister stand on the rust",
    "who agrees with Ortiz",
    "who disagrees with Helen Ortiz",
    "which positions are disputed most",
    "who supports the claim that shops lost customers",
    "what did Nobody Atall say",
    "tell me a joke",
    "",
]


def _answers(g: Any, question: str) -> Any:
    try:
        return answer_question(g, question).to_dict()
    except QueryError as exc:
        return f"QueryError: {exc}"


@pytest.fixture(scope="module")
def built(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus built and written: graph.json and graph.sqlite side by side."""
    from kg.extract.records import extract_article
    from kg.read.articles import article_from_text
    from kg.run.pipeline import assemble, write_outputs

    records = [
        extract_article(nlp(text), article_from_text(text, doc_id))
        for doc_id, text in CORPUS.items()
    ]
    out = tmp_path_factory.mktemp("index-out")
    write_outputs(assemble(records), out)
    return out


def assert_same_graph(gj: Any, gs: GraphView) -> None:
    """Every read the question code can make gives the same values in the same order."""
    assert gs.graph == gj.graph
    assert list(gs) == list(gj) and len(gs) == len(gj)
    assert list(gs.nodes(data=True)) == list(gj.nodes(data=True))
    assert list(gs.nodes(data="kind")) == list(gj.nodes(data="kind"))
    assert list(gs.edges) == list(gj.edges)
    assert list(gs.edges()) == list(gj.edges())
    assert list(gs.edges(data=True)) == list(gj.edges(data=True))
    assert list(gs.edges(keys=True, data=True)) == list(gj.edges(keys=True, data=True))
    assert list(gs.edges(data="relation")) == list(gj.edges(data="relation"))
    assert gs.number_of_edges() == gj.number_of_edges() == len(gs.edges)
    for n in gj:
        assert gs.nodes[n] == gj.nodes[n] and gs.has_node(n) and n in gs.nodes
        assert list(gs.out_edges(n, data=True)) == list(gj.out_edges(n, data=True))
        assert list(gs.in_edges(n, keys=True, data=True)) == list(
            gj.in_edges(n, keys=True, data=True)
        )
        assert list(gs.in_edges(n)) == list(gj.in_edges(n))
        assert list(gs.successors(n)) == list(gj.successors(n))
        assert list(gs.predecessors(n)) == list(gj.predecessors(n))
        assert gs[n] == gj[n]
        assert (gs.degree(n), gs.in_degree[n], gs.out_degree[n]) == (
            gj.degree(n),
            gj.in_degree[n],
            gj.out_degree[n],
        )
    some = list(gj)[:3]
    assert list(gs.out_edges(some, data=True)) == list(gj.out_edges(some, data=True))
    assert list(gs.in_edges("speaker:nobody")) == list(gj.in_edges("speaker:nobody")) == []
    assert "speaker:nobody" not in gs and not gs.has_node("speaker:nobody")
    for u, v, k in gj.edges:
        assert gs.edges[u, v, k] == gj.edges[u, v, k]
        assert gs.has_edge(u, v, k) and gs.get_edge_data(u, v) == gj.get_edge_data(u, v)


def test_the_index_holds_the_graph_of_graph_json(built: Path) -> None:
    gj = load_graph(built / "graph.json")
    for relation in ("quoted_in", "stance", "agrees", "conflicts", "none"):
        lazy = open_graph_view(built / INDEX_NAME)  # read through the relation index
        expected = list(relation_edges(gj, relation))
        assert list(relation_edges(lazy, relation)) == expected, relation
        assert lazy.number_of_edges() == gj.number_of_edges()
        assert list(relation_edges(lazy, relation)) == expected  # again, from rows read
    assert any(relation_edges(gj, "stance")) and any(relation_edges(gj, "quoted_in"))
    assert_same_graph(gj, open_graph_view(built / INDEX_NAME, lazy=False))
    lazy = open_graph_view(built / INDEX_NAME)  # node by node first, then all at once
    for n in gj:
        assert list(lazy.in_edges(n, keys=True, data=True)) == list(
            gj.in_edges(n, keys=True, data=True)
        )
        assert list(lazy.out_edges(n, data=True)) == list(gj.out_edges(n, data=True))
        assert lazy.degree(n) == gj.degree(n) and lazy[n] == gj[n]
    assert lazy.number_of_edges() == gj.number_of_edges()
    assert_same_graph(gj, lazy)


def test_answers_from_the_index_equal_answers_from_json(built: Path) -> None:
    gj, gs = load_graph(built / "graph.json"), open_graph_view(built / INDEX_NAME)
    answered = 0
    for question in QUESTIONS:
        expected = _answers(gj, question)
        assert _answers(open_graph_view(built / INDEX_NAME), question) == expected, question
        assert _answers(gs, question) == expected, question
        answered += isinstance(expected, dict) and bool(expected["answers"])
    assert answered >= 5  # the comparison is about real answers, not only refusals
    assert stance_table(gs) == stance_table(gj)
    assert positions_codebook(gs) == positions_codebook(gj)
    assert board_rows(open_graph_view(built / INDEX_NAME)) == board_rows(gj)


def test_the_word_tables_hold_what_questions_count(built: Path) -> None:
    """quote_words and position_said hold what the question code counts from graph.json."""
    gj = load_graph(built / "graph.json")
    db = sqlite3.connect(built / INDEX_NAME)
    n, df = quote_word_counts(quote_texts(gj))
    assert n == sum(1 for _ in quote_texts(gj)) >= 5
    assert dict(db.execute("SELECT word, quotes FROM quote_words").fetchall()) == dict(df)
    assert df["rust"] >= 2 and "the" in df  # every word: stop words are weighed too
    build = dict(db.execute("SELECT name, value FROM build").fetchall())
    assert build["quotes_counted"] == n
    said = {p: (k, json.loads(w)) for p, k, w in db.execute("SELECT * FROM position_said")}
    positions = [v for v, kind in gj.nodes(data="kind") if kind == "position"]
    assert sorted(said) == sorted(positions)
    for p in positions:
        counted = said_word_counts(gj, p)
        assert said[p] == (counted.statements, counted.counts)
    assert any(k > 0 and words for k, words in said.values())
    stats = open_graph_view(built / INDEX_NAME).word_stats
    assert stats is not None and stats.quotes == n
    for wanted in (["rust", "cables", "zzyzx"], ["closure"], ["zzyzx"]):
        from_index = idf_from_counts(stats.quotes, stats.quote_counts(wanted))
        assert from_index == idf_table(quote_texts(gj), wanted), wanted
        assert stats.said(positions[0]) == said_word_counts(gj, positions[0])
    assert stats.said("speaker:nobody").statements == 0


def test_word_tables_counted_another_way_are_not_read(built: Path, tmp_path: Path) -> None:
    """An index whose words were split otherwise (an older kg) is read, its counts are not."""
    for name in ("graph.json", INDEX_NAME):
        shutil.copy2(built / name, tmp_path / name)
    with sqlite3.connect(tmp_path / INDEX_NAME) as db:
        db.execute("UPDATE build SET value = 'other' WHERE name = 'words_stamp'")
    view = open_graph_view(tmp_path / INDEX_NAME)
    assert view.word_stats is None
    gj = load_graph(built / "graph.json")
    for question in QUESTIONS[:5]:
        assert _answers(view, question) == _answers(gj, question), question


def test_a_changed_graph_is_answered_as_it_now_is(built: Path) -> None:
    """What one answer keeps of a networkx graph is not kept for the next: it may change."""
    g = load_graph(built / "graph.json")
    ortiz = next(n for n, d in g.nodes(data=True) if d.get("label") == "Helen Ortiz")
    assert _answers(g, "what did Ortiz say")["answers"]
    g.nodes[ortiz]["label"], g.nodes[ortiz]["aliases"] = "Helen Quist", '["Quist"]'
    assert _answers(g, "what did Quist say")["answers"]
    assert "not a speaker's name" in _answers(g, "what did Ortiz say")["note"]  # not now


def test_the_tables_users_open(built: Path) -> None:
    db = sqlite3.connect(built / INDEX_NAME)
    kinds = dict(db.execute("SELECT kind, count(*) FROM nodes GROUP BY kind").fetchall())
    gj = load_graph(built / "graph.json")
    assert kinds["speaker"] == sum(1 for _, k in gj.nodes(data="kind") if k == "speaker")
    statements = db.execute(  # the query the module documents
        "SELECT e.source, e.stance, e.target, j.value ->> 'text' "
        "FROM edges e, json_each(e.text) j "
        "WHERE e.relation = 'stance' AND e.text_attr = 'evidence'"
    ).fetchall()
    assert len(statements) == len(stance_table(gj))
    assert {text for *_, text in statements} == {row["text"] for row in stance_table(gj)}
    build = dict(db.execute("SELECT name, value FROM build").fetchall())
    assert build["index_version"] == 3 and len(build["graph_json_sha256"]) == 64


def test_one_stance_is_read_alone_and_as_the_graph_gives_it(built: Path) -> None:
    """stance_edges(g, stance): the same edges, in the same order, from graph.json, from a
    fresh index view (only those rows read, through the (relation, stance) index) and
    from a view that has read every stance edge already."""
    gj = load_graph(built / "graph.json")
    every = list(stance_edges(gj))
    assert {d["stance"] for _, _, d in every} == {"supports", "disputes"}
    for stance in ("supports", "disputes", "none"):
        expected = [(u, v, d) for u, v, d in every if d.get("stance") == stance]
        fresh = open_graph_view(built / INDEX_NAME)
        assert list(stance_edges(fresh, stance)) == list(stance_edges(gj, stance)) == expected
        assert fresh._by_relation == {}  # the other stance edges were not read
        read = open_graph_view(built / INDEX_NAME)
        assert list(stance_edges(read)) == every
        assert list(stance_edges(read, stance)) == expected
    weights = [(u, v, d.get("stance"), d.get("weight")) for u, v, d in every]
    assert all(isinstance(w, int) for *_, w in weights)
    fresh = open_graph_view(built / INDEX_NAME)
    assert list(stance_weights(fresh)) == list(stance_weights(gj)) == weights
    assert fresh._by_relation == {}  # read from the columns: no evidence decoded
    assert list(stance_weights(read)) == weights
    plan = sqlite3.connect(built / INDEX_NAME).execute(
        "EXPLAIN QUERY PLAN SELECT seq FROM edges WHERE relation = 'stance' AND stance = ?",
        ("disputes",),
    )
    assert "(relation=? AND stance=?)" in " ".join(str(row[-1]) for row in plan)


def test_nodes_of_one_kind_are_read_without_decoding_the_others(built: Path) -> None:
    """nodes_of_kind / node_ids_of_kind: what filtering every node gives, from graph.json
    and from a fresh index view, which decodes only the nodes asked for."""
    gj = load_graph(built / "graph.json")
    for kind in ("speaker", "position", "article", "none"):
        expected = [(n, d) for n, d in gj.nodes(data=True) if d.get("kind") == kind]
        fresh = open_graph_view(built / INDEX_NAME)
        assert (
            node_ids_of_kind(fresh, kind) == node_ids_of_kind(gj, kind) == [n for n, _ in expected]
        )
        assert fresh._node._decoded == {}  # type: ignore[union-attr]
        assert nodes_of_kind(fresh, kind) == nodes_of_kind(gj, kind) == expected
        assert set(fresh._node._decoded) == {n for n, _ in expected}  # type: ignore[union-attr]
        assert list(fresh.nodes(data=True)) == list(gj.nodes(data=True))  # then all, in order
    fresh = open_graph_view(built / INDEX_NAME)
    speaker = node_ids_of_kind(fresh, "speaker")[0]
    assert fresh.nodes[speaker] == gj.nodes[speaker] and speaker in fresh.nodes
    assert list(fresh._node._decoded) == [speaker]  # type: ignore[union-attr]


def test_reading_commands_use_the_index_only_while_it_matches(built: Path, tmp_path: Path) -> None:
    for name in ("graph.json", INDEX_NAME):
        shutil.copy2(built / name, tmp_path / name)
    graph = tmp_path / "graph.json"
    assert isinstance(read_graph(graph), GraphView)
    os.utime(graph, ns=(1, 1))  # another time, the same bytes (a copied folder): the hash agrees
    assert index_matches(tmp_path / INDEX_NAME, graph)
    assert isinstance(read_graph(graph), GraphView)
    data = json.loads(graph.read_text(encoding="utf-8"))
    data["graph"]["name"] = "edited"
    graph.write_text(json.dumps(data), encoding="utf-8")
    g = read_graph(graph)
    assert not isinstance(g, GraphView) and g.graph["name"] == "edited"
    assert isinstance(read_graph(tmp_path / INDEX_NAME), GraphView)  # asked for by name
    (tmp_path / INDEX_NAME).unlink()
    assert not isinstance(read_graph(graph), GraphView)


def test_a_bad_index_is_one_clean_error_or_ignored(built: Path, tmp_path: Path) -> None:
    shutil.copy2(built / "graph.json", tmp_path / "graph.json")
    bad = tmp_path / INDEX_NAME
    bad.write_bytes(b"not a database at all" * 100)
    assert not isinstance(read_graph(tmp_path / "graph.json"), GraphView)
    with pytest.raises(GraphFileError, match="not a kg index"):
        open_graph_view(bad)
    with pytest.raises(GraphFileError, match="no such graph file"):
        open_graph_view(tmp_path / "missing.sqlite")
    shutil.copy2(built / INDEX_NAME, bad)
    with sqlite3.connect(bad) as db:
        db.execute("UPDATE build SET value = 99 WHERE name = 'index_version'")
    with pytest.raises(GraphFileError, match="index version 99"):
        open_graph_view(bad)
    assert not isinstance(read_graph(tmp_path / "graph.json"), GraphView)


def test_an_interrupted_index_write_leaves_the_old_index(built: Path, tmp_path: Path) -> None:
    for name in ("graph.json", INDEX_NAME):
        shutil.copy2(built / name, tmp_path / name)
    before = (tmp_path / INDEX_NAME).read_bytes()

    class Boom(dict):  # type: ignore[type-arg]
        def items(self) -> Any:
            raise KeyboardInterrupt

    g = load_graph(built / "graph.json")
    g.graph = Boom(g.graph)
    with pytest.raises(KeyboardInterrupt):
        write_index(g, tmp_path / INDEX_NAME, tmp_path / "graph.json")
    assert (tmp_path / INDEX_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", INDEX_NAME]


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_answers_the_same_from_either_file(built: Path, tmp_path: Path) -> None:
    shutil.copy2(built / "graph.json", tmp_path / "graph.json")  # no index beside it
    for args in (
        ["query", "who disputes the rust explanation", "--json"],
        ["query", "what did Ortiz say"],
        ["show", "Ortiz"],
        ["positions"],
        ["stances", "--format", "jsonl"],
        ["stances", "--format=csv"],
        ["board", "--json"],
        ["board", "-n", "1"],
    ):
        indexed = _kg(*args, "-g", str(built / "graph.json"))
        direct = _kg(*args, "--graph", str(built / INDEX_NAME))
        plain = _kg(*args, "--graph", str(tmp_path / "graph.json"))
        assert indexed.returncode == direct.returncode == plain.returncode == 0, indexed.stderr
        assert indexed.stdout == direct.stdout == plain.stdout and indexed.stdout
    refused = _kg("query", "tell me a joke", "-g", str(built / "graph.json"))
    assert refused.returncode == 1 and refused.stderr.startswith("kg: error: cannot answer")
    missing = _kg("query", "who disputes it", "-g", str(tmp_path / "none.sqlite"))
    assert missing.returncode == 1 and "no such graph file" in missing.stderr


def test_export_and_render_read_an_index_too(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    done = _kg("export", "--format", "json", "-g", str(built / INDEX_NAME), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        (built / "graph.json").read_text(encoding="utf-8")
    )


def _modules_after(code: str) -> set[str]:
    heavy = ("networkx", "spacy", "rich", "pydantic", "typer", "click", "kg.commands", "kg.run")
    probe = f"{code}\nimport sys\nprint('|' + ' '.join(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.rsplit("|", 1)[-1].split())


def test_reading_commands_import_nothing_they_do_not_use(built: Path) -> None:
    assert _modules_after("import kg") == set()
    assert _modules_after("import kg.cli") == set()
    graph = str(built / "graph.json")
    for argv in (
        ["query", "who disputes the rust explanation", "-g", graph],
        ["show", "Ortiz", "-g", graph],
        ["stances", "-f", "jsonl", "-g", graph],
        ["positions", "-g", graph],
        ["board", "--json", "-g", graph],
        ["speakers", "-g", graph],  # a table drawn by rich: that one it uses
    ):
        run = f"import sys, kg.cli\nsys.argv = ['kg', *{argv!r}]\nkg.cli.main()"
        used = {"rich"} if argv[0] == "speakers" else set()
        assert _modules_after(run) <= used, argv


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        (["query", "who says so"], True),
        (["query", "who says so", "--json", "-g", "x.json"], True),
        (["query", "who says so", "--graph=x.json"], True),
        (["stances", "--format", "csv"], True),
        (["query", "--help"], False),
        (["query"], False),
        (["query", "a", "b"], False),
        (["query", "a", "--graph"], False),
        (["query", "a", "-g", "x", "-g", "y"], False),
        (["stances", "--format", "xml"], False),
        (["board", "-n", "2", "--json"], True),
        (["board", "--top", "0"], False),
        (["board", "--top", "two"], False),
        (["show", "Ortiz", "--verbose"], False),
        (["build", "seeds"], False),
        ([], False),
    ],
)
def test_which_command_lines_skip_click(argv: list[str], plain: bool) -> None:
    from kg.cli import _direct_call

    assert (_direct_call(argv) is not None) == plain


def _gold_files() -> list[Path]:
    return [SHARED / "eval" / "seeds-gold.json", *sorted(SHARED.glob("eval/stories/*/gold.json"))]


@pytest.mark.slow
@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.parent.name)
def test_every_gold_query_answers_the_same_from_the_index(gold: Path, tmp_path: Path) -> None:
    """The seeds and every story: each gold query, answered from graph.sqlite and graph.json."""
    if not gold.exists():
        pytest.skip("../shared is not present (only in development and CI)")
    from kg.run.pipeline import build, write_outputs

    texts = ROOT / "seeds" if gold.name == "seeds-gold.json" else gold.parent / "texts"
    write_outputs(build([texts]), tmp_path)
    gj, gs = load_graph(tmp_path / "graph.json"), open_graph_view(tmp_path / INDEX_NAME)
    assert_same_graph(gj, gs)
    questions = [q["q"] for q in json.loads(gold.read_text(encoding="utf-8"))["queries"]]
    assert questions
    for question in questions:
        expected = _answers(gj, question)
        assert _answers(open_graph_view(tmp_path / INDEX_NAME), question) == expected, question
        assert _answers(gs, question) == expected, question


def test_the_fact_table_holds_what_questions_derive(built: Path) -> None:
    """query_facts holds the name forms, name words, position words and stems that the
    question code derives from graph.json with the rules of kg.outputs.wordforms."""
    from kg.outputs import wordforms as wf

    gj = load_graph(built / "graph.json")
    stats = open_graph_view(built / INDEX_NAME).word_stats
    assert stats is not None
    speakers = {n: d for n, d in gj.nodes(data=True) if d.get("kind") == "speaker"}
    stored_forms = stats.fact("name_forms")
    assert {n: [tuple(f) for f in fs] for n, fs in stored_forms.items()} == {
        n: wf.name_forms(d) for n, d in speakers.items()
    }
    forms, single = wf.name_words(speakers.values())
    stored_words = stats.fact("name_words")
    assert ({tuple(f) for f in stored_words["forms"]}, set(stored_words["single"])) == (
        forms,
        single,
    )
    assert ("helen", "ortiz") in forms and "ortiz" in single
    vocabs = {
        n: wf.position_vocab(d, said_word_counts(gj, n))
        for n, d in gj.nodes(data=True)
        if d.get("kind") == "position"
    }
    by_word = wf.positions_by_word(vocabs)
    packed = stats.fact("positions_by_word")
    assert sorted(packed["words"]) == sorted(by_word) and by_word  # in any node order
    for word, held in by_word.items():
        assert wf.unpack_held(packed["positions"], packed["words"][word]) == held, word
    db = sqlite3.connect(built / INDEX_NAME)
    rows = db.execute("SELECT stem, first4, last4, word FROM position_stems").fetchall()
    assert sorted(rows) == sorted(wf._stem_rows(by_word))
    rust = next(w for w in by_word if "rust" in wf.stems(w))
    assert rust in (stats.stem_words(["rust"]) or set())
    assert rust in (stats.stem_words(["rustier"]) or set())  # first four letters
    roles = {n: tuple(map(tuple, rw)) for n, rw in stats.fact("role_words").items()}
    assert roles == dict(wf.role_words(speakers.items()))
    assert any("engineer" in role for role, _ in roles.values())
    named = {w for fs in stored_forms.values() for f in fs for w in f}
    rows = db.execute("SELECT stem, word FROM name_stems").fetchall()
    assert sorted(rows) == sorted((s, w) for w in named for s in wf.stems(w))
    wanted = [wf.stems(w) for w in ("ortiz", "engineers", "nobody")]
    assert stats.name_words_sharing(wanted) == [
        {h for h in named if wf.stems(h) & stems} for stems in wanted
    ]


@pytest.mark.parametrize(
    "name",
    ["Ortiz", "helen ortiz", "the engineers", "Paul", "Grants", "the city engineer", "nobody"],
)
def test_speakers_are_found_alike_with_and_without_the_name_stems(built: Path, name: str) -> None:
    """match_speakers and speaker_prefix through name_stems give what comparing the stems
    of every name word gives (the graph.json path)."""
    from kg.query.matching import match_speakers, speaker_prefix

    gj, gs = load_graph(built / "graph.json"), open_graph_view(built / INDEX_NAME)
    assert match_speakers(gs, name) == match_speakers(gj, name)
    text = f"{name.lower()} said the bridge was unsafe"
    cased = f"{name} said the bridge was unsafe"
    assert speaker_prefix(gs, text, cased) == speaker_prefix(gj, text, cased)


def test_facts_are_read_only_when_derived_by_the_same_rules(built: Path, tmp_path: Path) -> None:
    """A stored fact is what the index path answers from (a name form planted in the
    table is found); with another rules stamp the facts are ignored, answers unchanged."""
    for name in ("graph.json", INDEX_NAME):
        shutil.copy2(built / name, tmp_path / name)
    gj = load_graph(built / "graph.json")
    ortiz = next(n for n, d in gj.nodes(data=True) if d.get("label") == "Helen Ortiz")
    with sqlite3.connect(tmp_path / INDEX_NAME) as db:
        (value,) = db.execute("SELECT value FROM query_facts WHERE name = 'name_forms'").fetchone()
        forms = json.loads(value)
        forms[ortiz].append(["zzyzx"])
        db.execute(
            "UPDATE query_facts SET value = ? WHERE name = 'name_forms'", (json.dumps(forms),)
        )
    planted = _answers(open_graph_view(tmp_path / INDEX_NAME), "what did Zzyzx say")
    assert planted["answers"] and "Ortiz" in json.dumps(planted["answers"])
    assert "QueryError" in _answers(gj, "what did Zzyzx say")
    with sqlite3.connect(tmp_path / INDEX_NAME) as db:
        db.execute("UPDATE build SET value = 'other' WHERE name = 'facts_stamp'")
    view = open_graph_view(tmp_path / INDEX_NAME)
    assert view.word_stats is not None and view.word_stats.fact("name_forms") is None
    assert "QueryError" in _answers(view, "what did Zzyzx say")
    for question in QUESTIONS[:8]:
        assert _answers(view, question) == _answers(gj, question), question


def test_position_words_pack_and_unpack_unchanged() -> None:
    from kg.outputs.wordforms import packed_by_word, unpack_held

    by_word = {"rust": [("position:b", 3.0), ("position:a", 0.3)], "cable": [("position:a", 0.5)]}
    packed = packed_by_word(by_word)
    assert packed["positions"] == ["position:b", "position:a"]
    assert {w: unpack_held(packed["positions"], packed["words"][w]) for w in by_word} == by_word


def _tally_of_edges(g: Any) -> dict[Any, dict[Any, tuple[int, int]]]:
    """Position -> stance -> (speakers, weight), counted edge by edge as most_disputed did."""
    speakers: dict[Any, dict[Any, set[Any]]] = {}
    weight: dict[Any, dict[Any, int]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("relation") == "stance":
            speakers.setdefault(v, {}).setdefault(d.get("stance"), set()).add(u)
            w = d.get("weight")
            side = weight.setdefault(v, {})
            side[d.get("stance")] = side.get(d.get("stance"), 0) + int(1 if w is None else w)
    return {v: {s: (len(us), weight[v][s]) for s, us in by.items()} for v, by in speakers.items()}


def _plain_tally(tally: dict[Any, dict[Any, Any]]) -> dict[Any, dict[Any, tuple[int, int]]]:
    return {v: {s: (c.speakers, c.weight) for s, c in by.items()} for v, by in tally.items()}


def test_stances_are_tallied_in_sql_as_edge_by_edge(built: Path, tmp_path: Path) -> None:
    """stance_tally: what counting the stance edges one by one gives, from graph.json, from
    a fresh index (in SQL: no edge read into Python) and from one that read every edge;
    also for weights a build does not write (missing, fractional) and a speaker with two
    edges on one side."""
    import networkx as nx

    from kg.outputs.rows import stance_tally

    gj = load_graph(built / "graph.json")
    expected = _tally_of_edges(gj)
    assert any(by.get("disputes") for by in expected.values())
    fresh = open_graph_view(built / INDEX_NAME)
    assert _plain_tally(stance_tally(fresh)) == _plain_tally(stance_tally(gj)) == expected
    assert fresh._by_relation == {} and fresh._rows._decoded == {}  # type: ignore[union-attr]
    read = open_graph_view(built / INDEX_NAME)
    read.load_all()
    assert _plain_tally(stance_tally(read)) == expected
    g = nx.MultiDiGraph()
    g.add_node("speaker:a", kind="speaker")
    g.add_node("speaker:b", kind="speaker")
    g.add_node("position:p", kind="position")
    for u, stance, weight in [
        ("a", "disputes", None),
        ("a", "disputes", 2.7),
        ("b", "supports", 3),
    ]:
        attrs = {"relation": "stance", "stance": stance, "evidence": "[]"}
        g.add_edge(
            f"speaker:{u}", "position:p", **attrs, **({} if weight is None else {"weight": weight})
        )
    (tmp_path / "graph.json").write_text("{}", encoding="utf-8")
    write_index(g, tmp_path / INDEX_NAME, tmp_path / "graph.json")
    odd = {"position:p": {"disputes": (1, 3), "supports": (1, 3)}}
    assert _tally_of_edges(g) == _plain_tally(stance_tally(g)) == odd
    assert _plain_tally(stance_tally(open_graph_view(tmp_path / INDEX_NAME))) == odd


def test_the_length_bound_never_skips_a_near_spelling() -> None:
    """may_be_near is False only for pairs fuzz.ratio puts under 88: every word of the
    lexicon against itself with letters added, dropped and changed (and it does skip)."""
    from rapidfuzz import fuzz

    from kg import lexicon
    from kg.query.words import may_be_near

    vocab = sorted(
        {w for name in dir(lexicon) for w in _strings(getattr(lexicon, name)) if w.isalpha()}
    )
    assert len(vocab) > 500
    skipped = 0
    for w in vocab:
        for other in {w + "s", w + "ing", w[1:], w[:-1], w[:-2] + "xy", w + "ation", w[::-1]}:
            if len(w) >= 5 and len(other) >= 5:
                near = may_be_near(w, other)
                assert near or fuzz.ratio(w, other) < 88, (w, other)
                skipped += not near
    assert skipped > 100


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, list | tuple | set | frozenset):
        return [x for x in value if isinstance(x, str)]
    return []


@pytest.mark.parametrize(
    "text",
    [
        ("Ortiz said the bridge was unsafe", "ortiz said the bridge was unsafe"),
        ("Helen Ortiz's explanation", "helen ortiz's explanation"),
        ("the City Engineer about the cables", "the city engineer about the cables"),
        ("Grant that the repairs cost more", "grant that the repairs cost more"),
        ("Nobody Atall on the rust", "nobody atall on the rust"),
        ("the rust explanation", "the rust explanation"),
    ],
)
def test_speaker_prefix_tries_only_who_may_be_named(
    built: Path, text: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """speaker_prefix, ruling out name forms by a word near the first capitalised one,
    finds what trying every form in full finds, from the index and from graph.json."""
    from kg.query import matching

    cased, lowered = text
    gj, gs = load_graph(built / "graph.json"), open_graph_view(built / INDEX_NAME)
    pruned = [matching.speaker_prefix(g, lowered, cased) for g in (gj, gs)]
    monkeypatch.setattr(matching, "_near_first", lambda *_: None)
    gj, gs = load_graph(built / "graph.json"), open_graph_view(built / INDEX_NAME)
    assert pruned == [matching.speaker_prefix(g, lowered, cased) for g in (gj, gs)]


def test_a_speaker_found_by_name_decodes_no_other_speaker(built: Path) -> None:
    from kg.query.matching import match_speakers

    fresh = open_graph_view(built / INDEX_NAME)
    found = match_speakers(fresh, "Ortiz")
    assert found == match_speakers(load_graph(built / "graph.json"), "Ortiz") and found
    assert set(fresh._node._decoded) == set(found)  # type: ignore[union-attr]


def test_questions_without_near_spellings_do_not_import_rapidfuzz(built: Path) -> None:
    """Its import is a tenth of a cold question: only a question that compares spellings
    pays it."""
    graph = str(built / "graph.json")
    for question, used in (
        ("which positions are disputed most", False),
        ("what did Ortiz say", False),
        ("who says the repairs will cost 30 million dollars", True),
    ):
        run = (
            "import sys, io, kg.cli\nsys.stdout = io.StringIO()\n"
            f"kg.cli.main(['query', {question!r}, '-g', {graph!r}])\n"
            "sys.stdout = sys.__stdout__\nprint('rapidfuzz' in sys.modules)"
        )
        done = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split()[-1] == str(used), question


def test_the_stance_tally_reads_its_own_index_and_does_without(built: Path, tmp_path: Path) -> None:
    """The tally is answered from the covering index of the stance edges; an index written
    before that one existed tallies the same, from the rows."""
    from kg.outputs.rows import stance_tally

    expected = _tally_of_edges(load_graph(built / "graph.json"))
    db = sqlite3.connect(built / INDEX_NAME)
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT target, stance, count(DISTINCT source), sum(weight) FROM"
        " edges INDEXED BY edges_stance_tally WHERE relation = 'stance' GROUP BY target, stance"
    ).fetchall()
    db.close()
    assert "COVERING INDEX edges_stance_tally" in " ".join(str(row[-1]) for row in plan)
    old = tmp_path / "old"
    shutil.copytree(built, old)
    db = sqlite3.connect(old / INDEX_NAME)
    db.execute("DROP INDEX edges_stance_tally")
    db.commit()
    db.close()
    assert _plain_tally(stance_tally(open_graph_view(old / INDEX_NAME))) == expected


def test_a_reading_command_leaves_at_once_with_all_its_output(built: Path) -> None:
    """kg.cli.run (the script, python -m kg): after a plain reading command the process
    leaves without tearing the interpreter down (an atexit hook never runs), its output
    whole; any other command line ends as before."""
    graph = str(built / "graph.json")
    hook = "import atexit, sys\natexit.register(lambda: print('torn down'))\n"
    expected = _kg("query", "what did Ortiz say", "-g", graph)
    assert expected.returncode == 0 and "Ortiz" in expected.stdout
    for argv, torn in (
        (["query", "what did Ortiz say", "-g", graph], False),
        (["query", "what did Ortiz say", "-g", graph, "--debug"], False),
        (["--help"], True),
    ):
        code = f"{hook}sys.argv = ['kg', *{argv!r}]\nfrom kg.cli import run\nrun()"
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr
        assert ("torn down" in done.stdout) == torn, argv
        if not torn:
            assert done.stdout == expected.stdout
