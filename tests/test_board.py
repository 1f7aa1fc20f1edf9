"""The dispute board: one function over the graph, printed as tables, Markdown, CSV, JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rich.console import Console
from typer.testing import CliRunner

from kg.cli import app
from kg.outputs.board import board_rows
from kg.outputs.board_text import (
    BOARD_CSV_FIELDS,
    board_csv,
    board_json,
    board_markdown,
    board_tables,
)
from kg.outputs.graph import (
    article_node,
    position_node,
    save_graph_json,
    speaker_node,
    to_json_attr,
)
from kg.outputs.timeline import MAX_BUCKETS, parse_date, timeline

HOSTILE = "<img src=x onerror=alert(1)> **bold** [link](javascript:x) | `code` =1+2"


def _snapshot(g: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(g, edges="links"), sort_keys=True, default=str)


def _stance(
    g: nx.MultiDiGraph, speaker: str, position: str, stance: str, items: list[dict[str, Any]]
) -> None:
    g.add_edge(
        speaker_node(speaker),
        position_node(position),
        key=stance,
        relation="stance",
        stance=stance,
        weight=len(items),
        confidence=max(i.get("confidence", 0.5) for i in items),
        evidence=to_json_attr(items),
    )


def _speaker(g: nx.MultiDiGraph, sid: str, label: str) -> None:
    g.add_node(speaker_node(sid), kind="speaker", label=label, type="person", n_quotes=1)


def _contest_graph() -> nx.MultiDiGraph:
    """Position 'tax' has 2 speakers on each side; 'bridge' 3 supporters and 1 disputer."""
    g = nx.MultiDiGraph(name="contest", schema_version=1)
    g.add_node(article_node("d1"), kind="article", label="Town news", doc="d1", date="2021-03-04")
    g.add_node(article_node("d2"), kind="article", label="City news", doc="d2", date="")
    for pid, label in (("tax", "the new tax"), ("bridge", "the bridge plan"), ("park", "a park")):
        g.add_node(position_node(pid), kind="position", label=label)
    for sid in "abcde":
        _speaker(g, sid, f"Speaker {sid.upper()}")

    def ev(doc: str, text: str, conf: float, start: int = 0) -> dict[str, Any]:
        return {
            "doc": doc,
            "text": text,
            "start": start,
            "end": start + len(text),
            "cue": "said",
            "confidence": conf,
        }

    _stance(g, "a", "tax", "supports", [ev("d1", "weak", 0.4), ev("d2", "strong words", 0.9, 5)])
    _stance(g, "b", "tax", "supports", [ev("d1", "fine", 0.7)])
    _stance(g, "c", "tax", "disputes", [ev("d1", "no", 0.7)])
    _stance(g, "a", "tax", "disputes", [ev("d2", "well, maybe not", 0.6, 40)])
    for sid in "abc":
        _stance(g, sid, "bridge", "supports", [ev("d1", "build it", 0.8)])
    _stance(g, "d", "bridge", "disputes", [ev("d1", "too dear", 0.8)])
    _stance(g, "e", "park", "neutral", [ev("d2", "we will see", 0.5)])
    return g


def test_rows_are_most_contested_first_with_a_column_per_side() -> None:
    rows = board_rows(_contest_graph())
    assert [r.position for r in rows] == ["position:tax", "position:bridge", "position:park"]
    tax = rows[0]
    assert [e.name for e in tax.supporters] == ["Speaker A", "Speaker B"]
    # one statement each: the more confident first
    assert [e.name for e in tax.disputers] == ["Speaker C", "Speaker A"]
    assert (tax.n_supports, tax.n_disputes, tax.contested) == (3, 2, 2)
    assert rows[1].contested == 1 and len(rows[1].supporters) == 3
    assert [e.name for e in rows[2].neutral] == ["Speaker E"] and rows[2].contested == 0


def test_a_speaker_on_both_sides_says_so_in_each_column() -> None:
    tax = board_rows(_contest_graph())[0]
    a_for = next(e for e in tax.supporters if e.name == "Speaker A")
    a_against = next(e for e in tax.disputers if e.name == "Speaker A")
    assert (a_for.statements, a_for.other_side) == (2, 1)
    assert (a_against.statements, a_against.other_side) == (1, 2)
    assert next(e for e in tax.supporters if e.name == "Speaker B").other_side == 0


def test_the_strongest_quote_is_the_most_confident_with_its_article_and_date() -> None:
    rows = board_rows(_contest_graph())
    a_for = rows[0].supporters[0]
    assert a_for.quote.text == "strong words"
    assert (a_for.quote.doc, a_for.quote.article, a_for.quote.date) == ("d2", "City news", "")
    assert (a_for.quote.start, a_for.quote.end) == (5, 17)
    b_for = rows[0].supporters[1]
    assert (b_for.quote.article, b_for.quote.date) == ("Town news", "2021-03-04")


def test_board_counts_match_the_seeds_graph_and_do_not_touch_it(seeds_graph_dir: Path) -> None:
    from kg.outputs.graph import load_graph

    g = load_graph(seeds_graph_dir / "graph.json")
    before = _snapshot(g)
    rows = board_rows(g)
    assert _snapshot(g) == before
    assert {r.position for r in rows} == {
        n for n, d in g.nodes(data=True) if d["kind"] == "position"
    }
    for row in rows:
        for side, entries in (("supports", row.supporters), ("disputes", row.disputers)):
            edges = [
                (u, d)
                for u, _, d in g.in_edges(row.position, data=True)
                if d.get("relation") == "stance" and d.get("stance") == side
            ]
            assert sorted(e.speaker for e in entries) == sorted(u for u, _ in edges)
            assert sum(e.statements for e in entries) == g.nodes[row.position][f"n_{side}"]
    keys = [(-r.contested, -(len(r.supporters) + len(r.disputers))) for r in rows]
    assert keys == sorted(keys)


def test_markdown_escapes_every_formatting_and_html_character() -> None:
    g = _contest_graph()
    g.nodes[speaker_node("a")]["label"] = HOSTILE
    g.nodes[position_node("tax")]["label"] = HOSTILE
    text = board_markdown(board_rows(g), "c|orpus")
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "**bold**" not in text and "\\*\\*bold\\*\\*" in text
    assert "[link]" not in text and "\\`code\\`" in text
    table_lines = [line for line in text.splitlines() if line.startswith("| **")]
    # every row of a two-column table has exactly three unescaped pipes
    assert table_lines and all(line.replace("\\|", "").count("|") == 3 for line in table_lines)
    assert "## 1. " in text and "| Supports | Disputes |" in text


def test_csv_has_a_line_per_speaker_and_side_and_defuses_formulas() -> None:
    g = _contest_graph()
    g.nodes[speaker_node("b")]["label"] = '=HYPERLINK("http://x")'
    g.nodes[position_node("tax")]["label"] = "-2+3"
    rows = list(csv.DictReader(io.StringIO(board_csv(board_rows(g)))))
    assert tuple(rows[0]) == BOARD_CSV_FIELDS
    assert len(rows) == 4 + 4 + 1
    assert {r["speaker"] for r in rows if r["position_id"] == "tax"} == {
        "Speaker A",
        '\'=HYPERLINK("http://x")',
        "Speaker C",
    }
    assert all(r["position"] == "'-2+3" for r in rows if r["position_id"] == "tax")
    for r in rows:
        assert not r["quote"].startswith(("=", "+", "-", "@"))


def test_terminal_tables_print_hostile_markup_as_text() -> None:
    g = _contest_graph()
    g.nodes[speaker_node("c")]["label"] = "[bold red]not markup[/bold red]"
    console = Console(width=120, record=True, color_system=None)
    for table in board_tables(board_rows(g)):
        console.print(table)
    out = console.export_text()
    assert "[bold red]not markup[/bold red]" in out
    assert "1. the new tax" in out and "Supports" in out and "also disputes (1)" in out


def test_json_rows_carry_every_field_and_how_contested() -> None:
    data = board_json(board_rows(_contest_graph()))
    assert data[0]["contested"] == 2
    assert data[0]["supporters"][0]["quote"]["text"] == "strong words"
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-10-05", date(2014, 10, 5)),
        ("Published 2014-10-05T08:00:00Z", date(2014, 10, 5)),
        ("Oct. 5, 2014", date(2014, 10, 5)),
        ("September 30, 2014", date(2014, 9, 30)),
        ("Sept 3, 2014", date(2014, 9, 3)),
        ("3rd March 2020", date(2020, 3, 3)),
        ("2014-02-30", None),
        ("Smith 5, 2014", None),
        ("", None),
    ],
)
def test_parse_date_reads_the_common_forms(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_timeline_counts_statements_per_day_and_reports_undated_ones() -> None:
    g = _contest_graph()
    g.nodes[article_node("d2")]["date"] = "March 6, 2021"
    before = _snapshot(g)
    t = timeline(g, ["position:bridge", "position:tax"])
    assert _snapshot(g) == before
    assert t.unit == "day" and t.buckets == ("2021-03-04", "2021-03-05", "2021-03-06")
    assert [s.position for s in t.series] == ["position:bridge", "position:tax"]
    tax = t.series[1]
    assert (tax.supports, tax.disputes) == ((2, 0, 1), (1, 0, 1))
    assert (t.articles, t.dated_articles, t.undated) == (2, 2, 0)
    g.nodes[article_node("d2")]["date"] = ""
    t = timeline(g)
    assert t.buckets == ("2021-03-04",) and t.undated == 3 and t.dated == 7


def test_timeline_uses_weeks_then_months_for_long_spans_and_says_when_undated() -> None:
    g = _contest_graph()
    g.nodes[article_node("d2")]["date"] = "2021-06-30"
    t = timeline(g)
    assert t.unit == "week" and len(t.buckets) <= MAX_BUCKETS
    assert t.buckets[0] == "2021-03-01"  # the Monday of the first date's week
    g.nodes[article_node("d2")]["date"] = "2026-01-01"
    assert timeline(g).unit == "month"
    for n in (article_node("d1"), article_node("d2")):
        g.nodes[n]["date"] = ""
    empty = timeline(g)
    assert (empty.unit, empty.buckets, empty.dated, empty.undated) == ("", (), 0, 10)


def test_cli_board_prints_tables_and_json(tmp_path: Path) -> None:
    saved = tmp_path / "graph.json"
    save_graph_json(_contest_graph(), saved)
    runner = CliRunner()
    result = runner.invoke(app, ["board", "--graph", str(saved), "--top", "1"])
    assert result.exit_code == 0, result.output
    assert "1. the new tax" in result.output and "the bridge plan" not in result.output
    assert "strong words" in result.output
    result = runner.invoke(app, ["board", "-g", str(saved), "--json"])
    assert result.exit_code == 0, result.output
    assert [r["label"] for r in json.loads(result.output)] == [
        "the new tax",
        "the bridge plan",
        "a park",
    ]
    missing = runner.invoke(app, ["board", "-g", str(tmp_path / "none.json")])
    assert missing.exit_code == 1 and "kg board" not in missing.output


def test_cli_export_writes_the_board_as_markdown_and_csv(tmp_path: Path) -> None:
    saved = tmp_path / "graph.json"
    save_graph_json(_contest_graph(), saved)
    runner = CliRunner()
    result = runner.invoke(app, ["export", "-f", "markdown", "-g", str(saved)])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "board.md").read_text(encoding="utf-8")
    assert md == board_markdown(board_rows(_contest_graph()), "contest")
    result = runner.invoke(
        app, ["export", "-f", "csv", "-g", str(saved), "-o", str(tmp_path / "s.csv")]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert {"s.nodes.csv", "s.edges.csv", "s.board.csv"} <= set(names)
    assert (tmp_path / "s.board.csv").read_text(encoding="utf-8") == board_csv(
        board_rows(_contest_graph())
    )
