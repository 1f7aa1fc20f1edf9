"""Whatever users feed it: each bad input through the real `kg` command.

Each case checks the one-line message naming the file, the exit status, and
that the rest of the corpus still builds.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import SEEDS

KG = [sys.executable, "-m", "kg"]
GOOD = 'Mayor Ann Lee said the bridge would reopen in May. "It is safe," she said.\n'


def run_kg(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def corpus_with(tmp_path: Path, name: str, data: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / name).write_bytes(data)
    return corpus


BAD_FILES = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n", "file is empty"),
    ("nul.txt", b"some text\x00\x01\x02 more", "NUL bytes"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("page.txt", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "HTML"),
]


def test_each_bad_file_is_skipped_with_a_message(tmp_path: Path) -> None:
    # One build over every bad file at once (one process, not one per file).
    for name, data, _ in BAD_FILES:
        corpus = corpus_with(tmp_path, name, data)
    out = tmp_path / "out"
    proc = run_kg("build", corpus, "--out", out)
    assert proc.returncode == 0, proc.stderr
    for name, _, problem in BAD_FILES:
        warning = [line for line in proc.stderr.splitlines() if f"/{name}:" in line]
        assert len(warning) == 1 and problem in warning[0], proc.stderr
    assert proc.stdout.startswith("1 article,")
    assert json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "data", "problem"), BAD_FILES[:3])
def test_strict_turns_a_skipped_file_into_exit_1(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    corpus = corpus_with(tmp_path, name, data)
    out = tmp_path / "out"
    proc = run_kg("build", corpus, "--out", out, "--strict")
    assert proc.returncode == 1
    assert problem in proc.stderr and "--strict" in proc.stderr
    assert not out.exists(), "--strict must not write outputs"


def test_a_file_too_large_is_skipped(tmp_path: Path) -> None:
    from kg.read.articles import MAX_ARTICLE_BYTES

    corpus = corpus_with(tmp_path, "dump.txt", b"word " * (MAX_ARTICLE_BYTES // 5 + 10))
    proc = run_kg("build", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert "dump.txt" in proc.stderr and "limit" in proc.stderr


@pytest.mark.slow
def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    decoded = "The minister said the caf\xe9 \u201cwould close\u201d on Friday.\n"
    corpus = corpus_with(tmp_path, "cp.txt", decoded.encode("cp1252"))
    proc = run_kg("quotes", corpus, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert "cp.txt" in proc.stderr and "cp1252" in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    cp_rows = [r for r in rows if r["doc"] == "cp"]
    assert cp_rows and all(decoded[r["start"] : r["end"]] == r["text"] for r in cp_rows)


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff" + GOOD,
        GOOD.replace("\n", "\r\n") + "The chief said the road was closed.\r\n",
        GOOD.replace("\n", "\r") + "The chief said the road was closed.\r",
    ],
    ids=["bom", "crlf", "cr"],
)
@pytest.mark.slow
def test_offsets_match_the_file_as_python_reads_it(tmp_path: Path, data: str) -> None:
    f = tmp_path / "odd.txt"
    f.write_bytes(data.encode("utf-8"))
    proc = run_kg("quotes", f, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    text = open(f, encoding="utf-8").read()  # noqa: SIM115 - the reference reading
    assert rows
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]


def test_a_broken_symlink_is_skipped(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "x.md", b"ignored")
    (corpus / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    proc = run_kg("build", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert "gone.txt" in proc.stderr and "broken link" in proc.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without permissions")
def test_an_unreadable_file_is_skipped(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "locked.txt", b"The chief said no.")
    (corpus / "locked.txt").chmod(0)
    proc = run_kg("build", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 0
    assert "locked.txt" in proc.stderr and "cannot read" in proc.stderr


def test_nothing_readable_is_exit_1(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    proc = run_kg("build", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert "no readable article" in proc.stderr and "a.txt: file is empty" in proc.stderr


def test_a_missing_path_is_exit_1(tmp_path: Path) -> None:
    proc = run_kg("build", tmp_path / "nope")
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "nope" in proc.stderr


def test_bad_option_is_exit_1() -> None:
    proc = run_kg("build", "--no-such-option")
    assert proc.returncode == 1
    assert "--no-such-option" in proc.stderr


def test_a_truncated_graph_is_exit_1(tmp_path: Path, seeds_graph_dir: Path) -> None:
    graph = tmp_path / "graph.json"
    whole = (seeds_graph_dir / "graph.json").read_bytes()
    graph.write_bytes(whole[: len(whole) // 2])
    proc = run_kg("query", "who disputes the plan", "--graph", graph)
    assert proc.returncode == 1
    assert str(graph) in proc.stderr and "invalid JSON" in proc.stderr


def test_many_files_in_a_folder_are_found_in_order(tmp_path: Path) -> None:
    from kg.read.articles import discover_files

    for i in range(3000):
        (tmp_path / f"{i:05d}.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    found = discover_files([tmp_path])
    assert len(found) == 3000
    assert [p.name for p in found] == sorted(p.name for p in found)


@pytest.mark.parametrize(
    "text",
    [
        'He said "this never closes. And the rest of the article goes on.\n\nMore text.',
        '\u201cOpened twice \u201c and closed \u201d once \u201d \u201d \u00ab mixed " marks',
        "She said " + "and then the committee met again " * 400 + ".",
        "Le ministre a d\u00e9clar\u00e9 que \u00ab la situation est grave \u00bb, a-t-il dit.",
        '"' * 51,
        "\u0000\u200b\u2028 odd \u00a0 spaces \u2029 said the clerk.",
    ],
    ids=["unbalanced", "mixed-marks", "long-sentence", "french", "only-marks", "odd-space"],
)
def test_odd_text_never_crashes(text: str) -> None:
    import kg

    rows = kg.extract_quotes_from_text(text, "odd")
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]


def _files(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` (the texts/ folder too), by its path relative to ``out``."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _outputs_are_complete(out: Path) -> None:
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    ET.parse(out / "graph.graphml")
    ET.parse(out / "graph.gexf")
    assert "</html>" in (out / "graph.html").read_text(encoding="utf-8")
    for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


@pytest.mark.slow
def test_a_build_killed_while_writing_leaves_one_complete_set(tmp_path: Path) -> None:
    """Kill -9 inside the write phase (the staging folder exists): the previous set stays."""
    out = tmp_path / "out"
    first = run_kg("build", SEEDS, "--out", out)
    assert first.returncode == 0, first.stderr
    before = _files(out)
    corpus = tmp_path / "big"
    corpus.mkdir()
    for i in range(3):
        for f in SEEDS.glob("*.txt"):
            shutil.copy(f, corpus / f"{i:02d}_{f.name}")
    run_kg("build", corpus, "--out", tmp_path / "warm")  # fill the cache: the kills come sooner
    landed = 0
    for pause in (0.0, 0.005, 0.02, 0.05):
        proc = subprocess.Popen(
            [*KG, "build", str(corpus), "--out", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        staging = None
        while staging is None and proc.poll() is None:
            staging = next(tmp_path.glob(".out.kg-new-*"), None)
        if staging is not None:  # the write phase has begun
            time.sleep(pause)
            proc.send_signal(signal.SIGKILL)
            landed += proc.wait(timeout=30) == -signal.SIGKILL
        proc.wait(timeout=300)
        now = _files(out)
        _outputs_are_complete(out)
        manifest = json.loads(now["kg-build.json"])
        assert set(manifest["files"]) | {"kg-build.json"} == set(now)
        for name, digest in manifest["files"].items():  # every file is of the manifest's build
            assert hashlib.sha256(now[name]).hexdigest() == digest, name
        if now == before:
            continue
        before = now  # the new complete set: the next kill must leave this one
    assert landed >= 2, "the kills did not land in the write phase"
    ok = run_kg("build", SEEDS, "--out", out)  # a later build cleans what the kills left
    assert ok.returncode == 0, ok.stderr
    assert not list(tmp_path.glob(".out.kg-new-*"))


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat_file.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
def test_workers_exit_when_the_build_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"{i:02d}.txt").write_text(f"Report {i}. {GOOD}", encoding="utf-8")
    proc = subprocess.Popen(
        [*KG, "build", str(corpus), "--out", str(tmp_path / "o"), "--workers", "2", "--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 3 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)  # two workers and the resource tracker
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in workers if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, f"{len(left)} worker process(es) outlived the build"
