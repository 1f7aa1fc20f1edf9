#!/usr/bin/env python
"""Benchmark cold `kg query` processes: from the graph.sqlite index and from graph.json alone.

Every run is a whole fresh process (``python -m kg query ...``), as a user meets it:
interpreter start, imports, reading the graph, answering, printing.

    .venv/bin/python scripts/bench_query.py output/graph.json --target 0.2
    .venv/bin/python scripts/bench_query.py /tmp/big/graph.json --target 0.3

For each graph it prints the median (and min/max) wall time, and the CPU time, of:

- ``python -c pass`` and ``import kg.cli``: the floor every command pays;
- each question with the index beside graph.json (what ``kg query`` does by default);
- the same question on a copy of graph.json with no index (the networkx path).

Questions: ``--question`` (repeatable), else three made from the graph itself
(the most disputed position, who disputes it, what its most quoted speaker said).
Exit status 0 even when a target is missed: the verdict is printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu_of_children() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _timed(cmd: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` runs of ``cmd``; a failing run is reported on stderr.

    On a shared machine the CPU time (user + system) of the process says more than
    the wall time, which waits for the neighbours too.
    """
    walls, cpus = [], []
    for _ in range(runs):
        cpu = _cpu_of_children()
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu_of_children() - cpu)
        if done.returncode != 0:
            print(f"{cmd[3:5]} exited {done.returncode}: {done.stderr.strip()}", file=sys.stderr)
    return walls, cpus


def default_questions(index: Path) -> list[str]:
    """Three questions that have answers in the graph of ``index``."""
    db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    try:
        top = db.execute(
            "SELECT label FROM nodes WHERE kind = 'position' "
            "ORDER BY json_extract(attrs, '$.n_disputes') DESC, seq LIMIT 1"
        ).fetchone()
        speaker = db.execute(
            "SELECT label FROM nodes WHERE kind = 'speaker' "
            "ORDER BY json_extract(attrs, '$.n_quotes') DESC, seq LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    questions = ["which positions are disputed most"]
    if top:
        questions.append(f"who disputes {top[0]}")
    if speaker:
        questions.append(f"what did {speaker[0]} say")
    return questions


def _line(label: str, times: tuple[list[float], list[float]], target: float | None = None) -> str:
    walls, cpus = times
    median = statistics.median(walls)
    verdict = "" if target is None else ("[ok  ] " if median <= target else "[MISS] ")
    return (
        f"{verdict}{label}: median {median:.3f} s (min {min(walls):.3f}, max {max(walls):.3f}, "
        f"{len(walls)} runs); CPU median {statistics.median(cpus):.3f} s, "
        f"min {min(cpus):.3f} s"
    )


def bench_graph(graph: Path, questions: list[str], runs: int, target: float) -> bool:
    """Print the figures for one graph.json; whether every indexed median met ``target``."""
    index = graph.with_suffix(".sqlite")
    if not index.is_file():
        print(f"{index}: no index; run `kg build` again", file=sys.stderr)
        return False
    questions = questions or default_questions(index)
    size = graph.stat().st_size / 1e6
    print(f"graph {graph} ({size:.1f} MB JSON, {index.stat().st_size / 1e6:.1f} MB index)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as tmp:
        bare = Path(tmp) / "graph.json"
        shutil.copyfile(graph, bare)
        for question in questions:
            base = [sys.executable, "-m", "kg", "query", question, "--graph"]
            indexed = _timed([*base, str(graph)], runs)
            plain = _timed([*base, str(bare)], runs)
            ok &= statistics.median(indexed[0]) <= target
            print(f"  {question!r}")
            print("    " + _line(f"index (target <= {target} s)", indexed, target))
            print("    " + _line("graph.json alone", plain))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graphs", nargs="+", type=Path, help="graph.json files built by kg")
    parser.add_argument("--question", action="append", default=[], help="a question to time")
    parser.add_argument("--runs", type=int, default=7, help="processes per figure")
    parser.add_argument("--target", type=float, default=0.3, help="seconds, indexed median")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at the start")
    print(_line("python -c pass", _timed([sys.executable, "-c", "pass"], args.runs)))
    print(_line("import kg.cli", _timed([sys.executable, "-c", "import kg.cli"], args.runs)))
    ok = all([bench_graph(g, args.question, args.runs, args.target) for g in args.graphs])
    print(f"load average {os.getloadavg()[0]:.2f} at the end; every target met: {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
