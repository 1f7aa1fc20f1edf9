"""Every CLI command: its help, a normal run, and a bad path or file giving one line and exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import ROOT, SEEDS

runner = CliRunner()

GRAPH_COMMANDS = [
    "speakers",
    "positions",
    "stances",
    "show",
    "query",
    "board",
    "export",
    "render",
]
ALL_COMMANDS = ["build", "quotes", "cache", *GRAPH_COMMANDS]


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_tested_here() -> None:
    # Equal, not a subset: a command added without tests, or one deleted, fails here.
    assert set(_commands()) == set(ALL_COMMANDS), set(_commands()) ^ set(ALL_COMMANDS)


def test_top_level_help_lists_commands_and_an_example() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    for name in _commands():
        assert name in result.stdout


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_each_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.stdout
    assert "Example" in result.stdout
    assert f"kg {command}" in result.stdout


@pytest.mark.parametrize("command", ["build", "quotes"])
def test_a_missing_path_is_one_line_and_exit_1(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, [command, str(missing)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(missing) in lines[0] and "no such file" in lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["speakers"],
        ["positions"],
        ["show", "Anyone"],
        ["query", "who disputes the plan"],
        ["board"],
        ["export", "--format", "graphml"],
        ["export", "--format", "markdown"],
        ["render"],
    ],
)
def test_graph_commands_name_a_missing_graph(args: list[str], tmp_path: Path) -> None:
    graph = tmp_path / "missing.json"
    result = runner.invoke(app, [*args, "--graph", str(graph)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(graph) in lines[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "invalid JSON"),
        ('{"a": 1}', "no nodes"),
        ('{"nodes": [], "links": [], "graph": {"schema_version": 999}}', "schema version"),
    ],
)
def test_a_bad_graph_file_is_one_line_and_exit_1(
    tmp_path: Path, content: str, problem: str
) -> None:
    graph = tmp_path / "graph.json"
    graph.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["speakers", "--graph", str(graph)])
    assert result.exit_code == 1
    assert problem in result.stderr and str(graph) in result.stderr


def test_build_writes_all_outputs_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    for name in ["graph.html", "graph.graphml", "graph.gexf", "graph.json", "quotes.jsonl"]:
        assert (out / name).stat().st_size > 0, name
        assert f"wrote {out / name}" in result.stdout
    summary = result.stdout.splitlines()[0]
    for word in ["articles", "quotes", "speakers", "positions", "stances"]:
        assert word in summary
    assert summary.startswith("5 articles")
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_build_skips_a_bad_file_with_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Mayor Ann Lee said the bridge would reopen in May.\n", encoding="utf-8"
    )
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert "empty.txt: file is empty" in result.stderr
    assert result.stdout.startswith("1 article,")


def test_quotes_jsonl_has_the_fixed_schema() -> None:
    result = runner.invoke(
        app, ["quotes", str(SEEDS / "001_80d9d7b0013c2d68.txt"), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    text = (SEEDS / "001_80d9d7b0013c2d68.txt").read_text(encoding="utf-8")
    keys = {
        "doc",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "cue",
        "cue_start",
        "cue_end",
        "kind",
        "learned",
    }
    for row in rows:
        assert set(row) == keys
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["kind"] in {"direct", "indirect", "mixed"}
        assert row["learned"] is False  # off by default
        if row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]


def test_quotes_table(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text('"We will rebuild the bridge," Mayor Ann Lee said on Monday.\n', encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(f)])
    assert result.exit_code == 0, result.stderr
    assert "rebuild" in result.stdout and "Lee" in result.stdout


def test_graph_commands_on_the_seeds_graph(seeds_graph_dir: Path) -> None:
    graph = str(seeds_graph_dir / "graph.json")
    speakers = runner.invoke(app, ["speakers", "--graph", graph])
    assert speakers.exit_code == 0 and "person" in speakers.stdout
    positions = runner.invoke(app, ["positions", "--graph", graph])
    assert positions.exit_code == 0 and positions.stdout.strip()
    answer = runner.invoke(
        app, ["query", "who disputes the cellphone explanation", "--graph", graph, "--json"]
    )
    assert answer.exit_code == 0, answer.stderr
    data = json.loads(answer.stdout)
    assert data["answers"], "nobody disputes the cellphone explanation?"
    assert all(a["evidence"] for a in data["answers"])
    texts = [e["text"] for a in data["answers"] for e in a["evidence"]]
    assert any(t.startswith(('"', "\u201c")) for t in texts), "no evidence opens with a mark"
    shown = runner.invoke(
        app, ["query", "who disputes the cellphone explanation", "--graph", graph]
    )
    # Evidence already opening with a quotation mark is printed with one mark, not two.
    assert shown.exit_code == 0 and "\u201c\u201c" not in shown.stdout
    assert '\u201c"' not in shown.stdout
    board = runner.invoke(app, ["board", "--graph", graph, "--json"])
    assert board.exit_code == 0, board.stderr
    rows = json.loads(board.stdout)
    assert rows and rows[0]["contested"] >= rows[-1]["contested"]


def test_graph_option_takes_the_build_folder(seeds_graph_dir: Path, tmp_path: Path) -> None:
    question = ["query", "who disputes the cellphone explanation", "--json"]
    by_file = runner.invoke(app, [*question, "--graph", str(seeds_graph_dir / "graph.json")])
    by_folder = runner.invoke(app, [*question, "--graph", str(seeds_graph_dir)])
    assert by_folder.exit_code == 0, by_folder.stderr
    assert json.loads(by_folder.stdout) == json.loads(by_file.stdout)
    empty = runner.invoke(app, ["speakers", "--graph", str(tmp_path)])
    assert empty.exit_code == 1
    lines = empty.stderr.strip().splitlines()
    assert len(lines) == 1 and str(tmp_path) in lines[0] and "no graph.json" in lines[0]


def test_show_prints_a_profile_and_refuses_an_unknown_name(seeds_graph_dir: Path) -> None:
    graph = str(seeds_graph_dir / "graph.json")
    g = json.loads((seeds_graph_dir / "graph.json").read_text(encoding="utf-8"))
    name = next(n["label"] for n in g["nodes"] if n.get("kind") == "speaker")
    shown = runner.invoke(app, ["show", name, "--graph", graph])
    assert shown.exit_code == 0 and name in shown.stdout
    unknown = runner.invoke(app, ["show", "Nobody Atall", "--graph", graph])
    assert unknown.exit_code == 1 and "Nobody Atall" in unknown.stderr


def test_query_it_cannot_parse_exits_1_with_examples(seeds_graph_dir: Path) -> None:
    result = runner.invoke(app, ["query", "banana", "--graph", str(seeds_graph_dir / "graph.json")])
    assert result.exit_code == 1
    assert "banana" in result.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "markdown"])
def test_export_formats(seeds_graph_dir: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"g.{fmt}"
    result = runner.invoke(
        app,
        [
            "export",
            "--format",
            fmt,
            "--graph",
            str(seeds_graph_dir / "graph.json"),
            "--out",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_size > 0


def test_export_refuses_a_bad_format(
    seeds_graph_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    # Through main(), as users run it: a usage error is exit 1 like every other error.
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "pdf", "--graph", str(seeds_graph_dir / "graph.json")])
    assert exit_info.value.code == 1
    assert "pdf" in capsys.readouterr().err


def test_render_writes_a_page(seeds_graph_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = runner.invoke(
        app, ["render", "--graph", str(seeds_graph_dir / "graph.json"), "--out", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    assert "<html" in target.read_text(encoding="utf-8").lower()


def test_export_and_render_take_the_folder_build_wrote(
    seeds_graph_dir: Path, tmp_path: Path
) -> None:
    # --graph names "a graph.json, a graph.sqlite, or the folder `kg build` wrote them to".
    import shutil

    folder = tmp_path / "out"
    shutil.copytree(seeds_graph_dir, folder)
    (folder / "graph.gexf").unlink()
    (folder / "graph.html").unlink()
    exported = runner.invoke(app, ["export", "--format", "gexf", "--graph", str(folder)])
    assert exported.exit_code == 0, exported.stderr
    assert nx.read_gexf(folder / "graph.gexf").number_of_nodes() > 0
    rendered = runner.invoke(app, ["render", "--graph", str(folder)])
    assert rendered.exit_code == 0, rendered.stderr
    assert "<html" in (folder / "graph.html").read_text(encoding="utf-8").lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "wrote beside the folder"


def test_query_commands_do_not_import_spacy(seeds_graph_dir: Path) -> None:
    code = (
        "import sys\nfrom kg.cli import main\n"
        f"sys.argv = ['kg', 'query', 'who disputes the cellphone explanation', '--graph', "
        f"{str(seeds_graph_dir / 'graph.json')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
