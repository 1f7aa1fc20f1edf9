"""Engines: local processes and a real Dask LocalCluster give the same graph as one process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KgError
from kg.outputs.rows import quote_rows
from kg.read.articles import article_from_text
from kg.run.engine import DaskEngine, LocalEngine, make_engine, partitions
from kg.run.pipeline import analyze, build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

TEXTS = [
    'The mayor said the bridge was safe. "We checked every bolt," she told reporters.',
    '"The bridge is not safe," said council member Tom Ray, who called the inspection rushed.',
    "Officials denied the report, according to a statement from the transport agency.",
    'Residents said they were worried. "Nobody asked us," said Ana Ortiz, a shop owner.',
]


def _graph_json(result: Any) -> str:
    return json.dumps(nx.node_link_data(result.graph, edges="links"), sort_keys=True)


@given(n=st.integers(0, 500), workers=st.integers(1, 16), size=st.integers(1, 64))
def test_partitions_cover_every_index_once_in_order(n: int, workers: int, size: int) -> None:
    parts = partitions(n, workers, size)
    assert [i for p in parts for i in p] == list(range(n))
    assert all(0 < len(p) <= size for p in parts)
    if workers > 1 and parts:  # the last ones shrink, so that the workers finish together
        sizes = [len(p) for p in parts]
        assert sizes == sorted(sizes, reverse=True)
        assert sizes[-1] <= 2


@pytest.mark.parametrize(
    ("workers", "n_articles", "min_per_worker", "expected"),
    [
        (1, 1000, 24, 1),
        (2, 1000, 24, 2),
        (8, 1000, 24, 8),
        (2, 30, 24, 1),  # too few articles to pay for a second process
        (4, 72, 24, 3),
        (2, 0, 24, 1),
        (2, 2, 1, 2),
    ],
)
def test_processes_for(workers: int, n_articles: int, min_per_worker: int, expected: int) -> None:
    engine = LocalEngine(workers=workers, min_per_worker=min_per_worker)
    assert engine.processes_for(n_articles) == expected


def test_a_given_pipeline_forces_one_process(nlp: Any) -> None:
    assert LocalEngine(workers=4, nlp=nlp, min_per_worker=1).processes_for(100) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "spark"}, "unknown engine"),
        ({"kind": "local", "scheduler": "tcp://127.0.0.1:8786"}, "--scheduler needs"),
        ({"workers": 0}, "--workers"),
    ],
)
def test_make_engine_refuses_bad_options(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(KgError, match=message):
        make_engine(**kwargs)


def test_make_engine_picks_dask_for_a_scheduler() -> None:
    engine = make_engine(scheduler="tcp://10.0.0.5:8786")
    assert isinstance(engine, DaskEngine) and engine.scheduler == "tcp://10.0.0.5:8786"
    assert isinstance(make_engine(), LocalEngine)


@pytest.mark.slow
def test_two_worker_processes_match_one_process(nlp: Any) -> None:
    articles = [article_from_text(t, f"a{i}") for i, t in enumerate(TEXTS)]
    serial = analyze(articles, nlp)
    pooled = analyze(articles, engine=LocalEngine(workers=2, min_per_worker=1))
    assert pooled == serial
    assert sum(len(r.quotes) for r in serial) >= len(TEXTS)


def test_unreachable_scheduler_is_one_clear_error() -> None:
    engine = DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    with pytest.raises(KgError, match=r"cannot reach the Dask scheduler tcp://127\.0\.0\.1:9"):
        list(engine.run([article_from_text(TEXTS[0], "a")]))


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_result_on_seeds(seeds_result: Any) -> None:
    distributed = pytest.importorskip("distributed")
    # Two in-process workers: partitions finish out of order and share one pipeline (in turns).
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        silence_logs=50,
    ) as cluster:
        engine = DaskEngine(scheduler=cluster.scheduler_address, timeout=300)
        result = build([SEEDS], engine=engine)
    assert result.summary() == seeds_result.summary()
    assert quote_rows(result.quotes, result.speakers) == quote_rows(
        seeds_result.quotes, seeds_result.speakers
    )
    assert _graph_json(result) == _graph_json(seeds_result)


def test_query_path_imports_no_nlp_render_or_dask(seeds_graph_dir: Path) -> None:
    graph = seeds_graph_dir / "graph.json"
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kg.cli import app\n"
        "questions = ['which positions are disputed most', 'who disputes the explanation']\n"
        "for args in (*(['query', q] for q in questions), ['speakers'], ['positions']):\n"
        f"    r = CliRunner().invoke(app, [*args, '--graph', {str(graph)!r}])\n"
        "    assert r.exit_code in (0, 1) and isinstance(r.exception, (SystemExit, type(None)))\n"
        "heavy = ('spacy', 'thinc', 'dask', 'distributed', 'pyvis',\n"
        "         'kg.extract.nlp', 'kg.run.engine')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_worker_leaves_at_its_end_without_the_teardown() -> None:
    """A worker's last step (kg.run.engine._leave_now) flushes what it wrote and exits 0,
    skipping what would run after it (the interpreter's and the model's teardown)."""
    import subprocess
    import sys

    code = (
        "import atexit, kg.run.engine as e\n"
        "atexit.register(print, 'teardown ran')\n"
        "atexit.register(e._leave_now)\n"
        "print('last words', end='')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout == "last words"
