"""``kg build --learned``: the learned attributions (kg/extract/quotes/learned.py) as a build
option -- passed through kg/run into every article's extraction, part of the records cache
key, and flagged ``learned`` in quotes.jsonl and the graph (GraphML read back)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from kg.cli import app
from kg.run.pipeline import build, build_from_texts

runner = CliRunner()

#: A rule quote, and a demand no reporting verb marks (the learned model's kind of report).
TEXT = (
    "Ann Lee said the levy was unfair.\n\n"
    "The mayor, Ann Lee, asked for a recount of the ballots on Tuesday.\n"
)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _build(tmp_path: Path, out: str, *extra: str) -> list[dict[str, object]]:
    cache = tmp_path / "cache"
    args = ["build", str(_corpus_once(tmp_path)), "--out", str(tmp_path / out)]
    result = runner.invoke(app, [*args, "--cache-dir", str(cache), "--workers", "1", *extra])
    assert result.exit_code == 0, result.stderr
    lines = (tmp_path / out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _corpus_once(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    return folder if folder.exists() else _corpus(tmp_path)


def _learned_texts(rows: list[dict[str, object]]) -> list[object]:
    return [r["text"] for r in rows if r["learned"]]


def test_build_learned_adds_a_flagged_quote_the_default_build_lacks(tmp_path: Path) -> None:
    default = _build(tmp_path, "default")
    learned = _build(tmp_path, "learned", "--learned")
    assert _learned_texts(default) == []
    assert _learned_texts(learned) == ["a recount of the ballots"]
    # the rule quote is in both, flagged as a rule quote
    rule = [r["text"] for r in default]
    assert rule and [r["text"] for r in learned if not r["learned"]] == rule


def test_the_cache_does_not_mix_default_and_learned_records(tmp_path: Path) -> None:
    default = _build(tmp_path, "one")
    learned = _build(tmp_path, "two", "--learned")  # same cache folder, the default cached
    again = _build(tmp_path, "three")  # both cached now: each build takes its own
    assert _learned_texts(learned) == ["a recount of the ballots"]
    assert again == default and _learned_texts(again) == []


def test_the_flag_reaches_the_graphml(tmp_path: Path) -> None:
    _build(tmp_path, "g", "--learned")
    g = nx.read_graphml(tmp_path / "g" / "graph.graphml")
    edges = [d for _, _, d in g.edges(data=True) if d.get("relation") == "quoted_in"]
    counted = [d["n_learned"] for d in edges if "n_learned" in d]
    assert counted == [1]
    items = [item for d in edges for item in json.loads(d["evidence"])]
    assert [i["text"] for i in items if i.get("learned")] == ["a recount of the ballots"]
    _build(tmp_path, "plain")
    plain = nx.read_graphml(tmp_path / "plain" / "graph.graphml")
    assert not any("n_learned" in d for _, _, d in plain.edges(data=True))


def test_the_library_build_takes_the_option(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    on = build([folder], workers=1, cache_dir=None, learned=True)
    off = build([folder], workers=1, cache_dir=None)
    assert [q.text for q in on.quotes if q.learned] == ["a recount of the ballots"]
    assert not any(q.learned for q in off.quotes)
    texts = build_from_texts({"a": TEXT}, learned=True)
    assert [q.text for q in texts.quotes if q.learned] == ["a recount of the ballots"]


def test_every_engine_carries_the_option(tmp_path: Path) -> None:
    from kg.read.articles import article_from_text
    from kg.run.engine import extract_batch, make_engine

    # the worker processes' and Dask workers' entry point, and the engines the CLI makes
    batch = extract_batch([article_from_text(TEXT, "a")], learned=True)
    assert [q.text for r in batch.records for q in r.quotes if q.learned] == [
        "a recount of the ballots"
    ]
    assert make_engine(workers=2, learned=True).learned
    assert make_engine("dask", learned=True).learned
    assert not make_engine().learned


def test_an_engine_with_the_other_setting_is_refused(tmp_path: Path) -> None:
    import pytest

    from kg.errors import KgError
    from kg.run.engine import LocalEngine

    with pytest.raises(KgError, match="learned"):
        build([_corpus(tmp_path)], engine=LocalEngine(workers=1), learned=True)


def test_the_top_level_api_takes_the_option() -> None:
    import kg

    rows = kg.extract_quotes_from_text(TEXT, learned=True)
    assert [r["text"] for r in rows if r["learned"]] == ["a recount of the ballots"]
    assert not any(r["learned"] for r in kg.extract_quotes_from_text(TEXT))
    result = kg.build_from_texts({"a": TEXT}, learned=True)
    assert any(q.learned for q in result.quotes)


def test_kg_show_marks_a_learned_report(tmp_path: Path) -> None:
    _build(tmp_path, "s", "--learned")
    result = runner.invoke(app, ["show", "Ann Lee", "--graph", str(tmp_path / "s")])
    assert result.exit_code == 0, result.stderr
    said = [line for line in result.stdout.splitlines() if line.startswith("  - [")]
    assert [line.endswith("(learned)") for line in said] == [False, True]
