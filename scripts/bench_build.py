#!/usr/bin/env python
"""Benchmark `kg build`: cost over a bare spaCy parse, workers, rebuilds, scaling, query start-up.

Every measurement runs in a fresh Python process (so model loading, imports and
memory are counted the way a user meets them) while this process samples the
memory of that process and its children (PSS: shared pages counted once).

    .venv/bin/python scripts/bench_build.py ../shared/data/polnear/train/text \\
        ../shared/data/polnear/dev/text --json output/bench.json

Figures (targets in brackets):

- parse      bare ``nlp.pipe`` over the same texts, one process (the floor);
- build      ``kg build --workers 1 --no-cache``: time, peak memory, ratio to parse [<= 1.2x];
- build -w2  ``kg build --workers 2 --no-cache`` (like the one-process build): speed-up
             over one [>= 1.7x], with and without writing the outputs (which must be
             byte-identical to the one-process build's); then the default ``kg build -w2``
             with a cold cache (filling it costs a few percent), the cache of the rebuild;
- ceiling    two bare parses side by side, each of half the corpus: the speed-up two
             processes can reach on this machine at all, and the share of it the
             two-worker build reaches [>= 90%];
- rebuild    after changing one article, from the cache: share of the full build [<= 10%];
- scaling    build time for growing subsets (near-linear);
- query      cold ``kg query`` process on the built graph (its graph.sqlite) [<= 0.3 s
             on a corpus graph over 5 MB, <= 0.2 s on a story's];
- memory     peak for the whole build [< 1 GiB].

``--compare-spacy`` adds spaCy's own ``n_process`` for comparison; ``--limit 60 --sizes 20,40``
runs everything on a small sample to check the script.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

GIB = 1024**3
ROOT = Path(__file__).resolve().parents[1]
CHANGE = "\n\nA spokesperson said on Tuesday that the figures would be reviewed again.\n"


# --------------------------------------------------------------------------- child phases


def _phase_parse(paths: list[str]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from kg.extract.nlp import PARSE_BATCH_SIZE, load_model
    from kg.run.pipeline import load_articles

    articles, _, _ = load_articles(paths)
    t_read = time.perf_counter()
    nlp = load_model()
    t_load = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe((a.text for a in articles), batch_size=PARSE_BATCH_SIZE):
        tokens += len(doc)
    t_end = time.perf_counter()
    import kg

    return {
        "kg": str(Path(kg.__file__).parent),
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "tokens": tokens,
        "read_s": t_read - t0,
        "load_s": t_load - t_read,
        "parse_s": t_end - t_load,
        "total_s": t_end - t0,
    }


def _phase_build(
    paths: list[str], workers: int, cache_dir: str | None, out: str | None
) -> dict[str, Any]:
    t0 = time.perf_counter()
    from kg.run.pipeline import build, write_outputs

    extracted: list[tuple[float, float]] = []

    def progress(done: int, total: int) -> None:
        if done == total:
            extracted.append((time.perf_counter(), _own_cpu_seconds()))

    result = build(paths, workers=workers, cache_dir=cache_dir, progress=progress)
    t_build, own_build = time.perf_counter(), _own_cpu_seconds()
    build_cpu = _cpu_seconds()
    if out:
        write_outputs(result, out, workers=workers)
    t_write = time.perf_counter()
    t_extracted, own_extracted = extracted[-1] if extracted else (t0, 0.0)
    stats = result.cache_stats
    return {
        **result.summary(),
        "total_s": t_build - t0,
        "extract_s": t_extracted - t0,
        "assemble_s": t_build - t_extracted,
        "assemble_cpu_s": own_build - own_extracted,
        "write_s": t_write - t_build,
        "write_cpu_s": _cpu_seconds() - build_cpu,
        "build_cpu_s": build_cpu,
        "cache_hits": stats.hits if stats else None,
        "cache_misses": stats.misses if stats else None,
    }


def _phase_spacy_processes(paths: list[str], workers: int) -> dict[str, Any]:
    """The alternative to kg's worker pool: spaCy's ``n_process``, extraction in the parent."""
    t0 = time.perf_counter()
    from kg.extract.nlp import PARSE_BATCH_SIZE, load_model
    from kg.extract.records import extract_article
    from kg.run.pipeline import assemble, load_articles

    articles, _, _ = load_articles(paths)
    nlp = load_model()
    docs = nlp.pipe((a.text for a in articles), batch_size=PARSE_BATCH_SIZE, n_process=workers)
    records = [extract_article(doc, a) for doc, a in zip(docs, articles, strict=True)]
    t_extracted = time.perf_counter()
    result = assemble(records)
    t_end = time.perf_counter()
    return {
        **result.summary(),
        "total_s": t_end - t0,
        "extract_s": t_extracted - t0,
        "assemble_s": t_end - t_extracted,
        "build_cpu_s": _cpu_seconds(),
    }


def _own_cpu_seconds() -> float:
    """CPU time of this process alone (not its workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _run_phase(argv: list[str]) -> None:
    spec = json.loads(argv[0])
    paths = Path(spec["paths_file"]).read_text(encoding="utf-8").split("\n")
    if spec["phase"] == "parse":
        out = _phase_parse(paths)
    elif spec["phase"] == "spacy_processes":
        out = _phase_spacy_processes(paths, spec["workers"])
    else:
        out = _phase_build(paths, spec["workers"], spec.get("cache_dir"), spec.get("out"))
    print(json.dumps({**out, "cpu_s": _cpu_seconds(), "load_avg": os.getloadavg()[0]}))


# --------------------------------------------------------------------------- measuring


def _tree_pss(proc: Any) -> int:
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one phase in a fresh process; its JSON figures plus wall time and peak memory."""
    import psutil

    cmd = [sys.executable, __file__, "--phase", json.dumps(spec)]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    proc = psutil.Process(child.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, _tree_pss(proc))
            except psutil.NoSuchProcess:
                return
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = child.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"phase {spec['phase']} failed with status {child.returncode}")
    figures = json.loads(stdout.strip().splitlines()[-1])
    return {**figures, "wall_s": wall, "peak_pss_bytes": peak}


def measure_side_by_side(specs: list[dict[str, Any]]) -> dict[str, Any]:
    """Run phases at once, each in its own process; the wall time until the last ends."""
    start = time.perf_counter()
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--phase", json.dumps(spec)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for spec in specs
    ]
    outputs = [child.communicate()[0] for child in children]
    wall = time.perf_counter() - start
    if any(child.returncode != 0 for child in children):
        raise SystemExit("a side-by-side phase failed")
    each = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    return {
        "wall_s": wall,
        "each_total_s": [e["total_s"] for e in each],
        "each_cpu_s": [e["cpu_s"] for e in each],
    }


def _top_position(graph: Path) -> str | None:
    """The label of the most disputed position in a saved graph (read as plain JSON)."""
    data = json.loads(graph.read_text(encoding="utf-8"))
    positions = [n for n in data["nodes"] if n.get("kind") == "position" and n.get("label")]
    if not positions:
        return None
    return str(max(positions, key=lambda n: int(n.get("n_disputes", 0)))["label"])


def query_latency(graph: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """Wall and CPU seconds of cold ``python -m kg query`` processes, per question.

    The graph's folder holds the ``graph.sqlite`` the build wrote, which kg reads.
    """
    import resource

    def cpu() -> float:
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        return use.ru_utime + use.ru_stime

    questions = ["which positions are disputed most"]
    top = _top_position(graph)
    if top:
        questions.append(f"who disputes {top}")
    times: dict[str, dict[str, list[float]]] = {}
    for question in questions:
        cmd = [sys.executable, "-m", "kg", "query", question, "--graph", str(graph)]
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), cpu()
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            figures = times.setdefault(question, {"wall": [], "cpu": []})
            figures["wall"].append(time.perf_counter() - start)
            figures["cpu"].append(cpu() - start_cpu)
            if done.returncode != 0:
                print(f"kg query exited {done.returncode}: {done.stderr.strip()}", file=sys.stderr)
    return times


# --------------------------------------------------------------------------- main


def _files(paths: list[str], limit: int | None) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from kg.read.articles import discover_files

    files = [str(f.resolve()) for f in discover_files(paths)]
    return files[:limit] if limit else files


def _same_outputs(a: Path, b: Path) -> list[str]:
    """The output files that differ or are missing between two output folders: all but the
    manifest (which names its build), graph.sqlite compared row by row but for the build
    time it records (``created``, ``graph_json_mtime_ns``)."""
    names = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    names |= {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    names.discard(Path("kg-build.json"))

    def same(name: Path) -> bool:
        if not (a / name).is_file() or not (b / name).is_file():
            return False
        if name == Path("graph.sqlite"):
            return _index_rows(a / name) == _index_rows(b / name)
        return (a / name).read_bytes() == (b / name).read_bytes()

    return [str(name) for name in sorted(names) if not same(name)]


def _index_rows(path: Path) -> list[str]:
    import sqlite3

    timed = ("'created'", "'graph_json_mtime_ns'")
    db = sqlite3.connect(path)
    try:
        return [line for line in db.iterdump() if not any(f"VALUES({t}" in line for t in timed)]
    finally:
        db.close()


def _write_list(folder: Path, name: str, files: list[str]) -> str:
    path = folder / name
    path.write_text("\n".join(files), encoding="utf-8")
    return str(path)


def _gib(n: float) -> str:
    return f"{n / GIB:.2f} GiB"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) > 1 and argv[0] == "--phase":
        _run_phase(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", help="article folders or files")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--sizes", default="100,300", help="subset sizes for the scaling curve")
    parser.add_argument("--workers", type=int, default=2, help="workers for the parallel build")
    parser.add_argument("--query-runs", type=int, default=5)
    parser.add_argument(
        "--compare-spacy",
        action="store_true",
        help="also time spaCy's own n_process with extraction in the parent process",
    )
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args(argv)

    files = _files(args.paths, args.limit)
    n = len(files)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s and int(s) < n})
    report: dict[str, Any] = {"articles": n, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        all_list = _write_list(tmp, "all.txt", files)

        def run(label: str, **spec: Any) -> dict[str, Any]:
            print(f"... {label}", file=sys.stderr, flush=True)
            figures = measure(spec)
            report[label] = figures
            return figures

        parse = run("parse", phase="parse", paths_file=all_list)
        # The ceiling: the same parse split in as many parts as workers, run side by side.
        print(f"... {args.workers} parses side by side", file=sys.stderr, flush=True)
        parts = [files[i :: args.workers] for i in range(args.workers)]
        report["parse_side_by_side"] = measure_side_by_side(
            [
                {"phase": "parse", "paths_file": _write_list(tmp, f"part{i}.txt", part)}
                for i, part in enumerate(parts)
            ]
        )
        # One process, then the workers, both without the cache (like with like: the speed-up
        # the workers give), each writing its outputs; then the default `kg build` (workers
        # and a cold cache, which it fills), whose cache the rebuild below reuses.
        full = run(
            "build_w1",
            phase="build",
            paths_file=all_list,
            workers=1,
            cache_dir=None,
            out=str(tmp / "out"),
        )
        par = run(
            f"build_w{args.workers}",
            phase="build",
            paths_file=all_list,
            workers=args.workers,
            cache_dir=None,
            out=str(tmp / "out_par"),
        )
        report["same_outputs"] = _same_outputs(tmp / "out", tmp / "out_par")
        cold = run(
            f"build_w{args.workers}_cold_cache",
            phase="build",
            paths_file=all_list,
            workers=args.workers,
            cache_dir=str(tmp / "cache"),
        )
        if args.compare_spacy:
            run(
                f"spacy_n_process_{args.workers}",
                phase="spacy_processes",
                paths_file=all_list,
                workers=args.workers,
            )
        # Rebuild: the same corpus with one article changed, reusing the cache of the build above.
        copy = tmp / "changed"
        copy.mkdir()
        changed = []
        for i, f in enumerate(files):
            target = copy / Path(f).name
            shutil.copyfile(f, target)
            if i == n // 2:
                with target.open("a", encoding="utf-8") as fh:
                    fh.write(CHANGE)
            changed.append(str(target))
        rebuild = run(
            "rebuild_one_changed",
            phase="build",
            paths_file=_write_list(tmp, "changed.txt", changed),
            workers=1,
            cache_dir=str(tmp / "cache"),
        )
        scaling = {}
        for size in sizes:
            sub = run(
                f"build_w1_{size}",
                phase="build",
                paths_file=_write_list(tmp, f"first{size}.txt", files[:size]),
                workers=1,
                cache_dir=None,
            )
            scaling[size] = sub["total_s"]
        scaling[n] = full["total_s"]
        print("... query", file=sys.stderr, flush=True)
        latencies = query_latency(tmp / "out" / "graph.json", args.query_runs)
        report["query_s"] = latencies
        report["graph_json_bytes"] = (tmp / "out" / "graph.json").stat().st_size

    ratio = full["total_s"] / parse["total_s"]
    cpu_ratio = full["build_cpu_s"] / parse["cpu_s"]
    speedup = full["total_s"] / par["total_s"]
    ceiling = parse["total_s"] / report["parse_side_by_side"]["wall_s"]
    reach = speedup / ceiling
    serial = par["assemble_cpu_s"]  # the parent's CPU after the parallel part
    w1_cpu, par_cpu = full["build_cpu_s"], par["build_cpu_s"]
    estimate = w1_cpu / (serial + max(0.0, par_cpu - serial) / args.workers)
    # The same by CPU time: each bare parse side by side needs its CPU time (contention
    # shows in it, the neighbours' load much less than in wall time).
    ceiling_cpu = parse["cpu_s"] / max(report["parse_side_by_side"]["each_cpu_s"])
    share = rebuild["total_s"] / full["total_s"]
    peak = max(full["peak_pss_bytes"], par["peak_pss_bytes"], cold["peak_pss_bytes"])
    whole = (full["total_s"] + full["write_s"]) / (par["total_s"] + par["write_s"])
    cold_speedup = full["total_s"] / cold["total_s"]
    report["summary"] = {
        "speedup_with_writing": whole,
        "speedup_cold_cache": cold_speedup,
        "build_over_parse": ratio,
        "build_over_parse_cpu": cpu_ratio,
        "speedup": speedup,
        "parse_ceiling": ceiling,
        "share_of_ceiling": reach,
        "speedup_free_cores_estimate": estimate,
        "parse_ceiling_cpu_estimate": ceiling_cpu,
        "share_of_ceiling_cpu_estimate": estimate / ceiling_cpu,
        "rebuild_share": share,
        "scaling_s": scaling,
        "query_median_s": {q: statistics.median(t["wall"]) for q, t in latencies.items()},
        "peak_pss_bytes": peak,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")

    def verdict(ok: bool) -> str:
        return "ok  " if ok else "MISS"

    print(f"kg code: {parse['kg']}")
    print(f"corpus: {n} articles, {parse['chars']:,} characters, {parse['tokens']:,} tokens")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end")
    print(
        f"parse (bare nlp.pipe, 1 process): {parse['total_s']:.1f} s "
        f"(read {parse['read_s']:.1f}, load model {parse['load_s']:.1f}, "
        f"parse {parse['parse_s']:.1f}); peak {_gib(parse['peak_pss_bytes'])}"
    )
    for label, b in (
        ("build -w1 --no-cache", full),
        (f"build -w{args.workers} --no-cache", par),
        (f"build -w{args.workers}, cold cache", cold),
    ):
        wrote = (
            f" + write outputs {b['write_s']:.1f} s (CPU {b['write_cpu_s']:.1f} s)"
            if b["write_s"] > 0
            else ""
        )
        print(
            f"{label}: {b['total_s']:.1f} s (extract {b['extract_s']:.1f}, "
            f"assemble {b['assemble_s']:.1f}, CPU {b['assemble_cpu_s']:.1f}){wrote}; "
            f"CPU {b['build_cpu_s']:.0f} s; peak {_gib(b['peak_pss_bytes'])}; "
            f"{b['quotes']} quotes, {b['speakers']} speakers"
        )
    spacy_mp = report.get(f"spacy_n_process_{args.workers}")
    if spacy_mp:
        print(
            f"[info] spaCy n_process={args.workers} with extraction in the parent: "
            f"{spacy_mp['total_s']:.1f} s, CPU {spacy_mp['build_cpu_s']:.0f} s, peak "
            f"{_gib(spacy_mp['peak_pss_bytes'])} (kg's worker pool: {par['total_s']:.1f} s, "
            f"CPU {par_cpu:.0f} s, peak {_gib(par['peak_pss_bytes'])})"
        )
    print(
        f"[{verdict(ratio <= 1.2)}] build / parse: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU "
        f"(build {w1_cpu:.0f} s CPU, parse {parse['cpu_s']:.0f} s CPU) (target <= 1.2x)"
    )
    # On a shared machine the wall-clock speed-up says more about the neighbours than about
    # kg. The CPU time each build needed tells what free cores would give: one process needs
    # its CPU time; N workers need the serial assembly plus the rest of their CPU time over N.
    print(
        f"[{verdict(speedup >= 1.7)}] {args.workers} workers over 1: {speedup:.2f}x wall "
        f"(target >= 1.7x); CPU {w1_cpu:.0f} s vs {par_cpu:.0f} s, so about "
        f"{estimate:.2f}x on {args.workers} free cores "
        f"(load average after the runs: {full['load_avg']:.1f}, {par['load_avg']:.1f})"
    )
    side = report["parse_side_by_side"]
    print(
        f"[info] with writing the outputs: {args.workers} workers over 1: {whole:.2f}x "
        f"({full['total_s'] + full['write_s']:.1f} s vs {par['total_s'] + par['write_s']:.1f} s); "
        f"with a cold cache (the default `kg build`, which fills it): {cold_speedup:.2f}x"
    )
    print(
        f"[{verdict(not report['same_outputs'])}] outputs of -w1 and -w{args.workers} "
        "identical (byte for byte, the index row for row but its build time)"
        + (f": {', '.join(report['same_outputs'][:5])} differ" if report["same_outputs"] else "")
    )
    print(
        f"[{verdict(reach >= 0.9)}] {args.workers} workers reach {reach:.0%} of the ceiling "
        f"(target >= 90%): {args.workers} bare parses side by side, each of 1/{args.workers} "
        f"of the corpus, took {side['wall_s']:.1f} s "
        f"({', '.join(f'{t:.1f}' for t in side['each_total_s'])} s each) against "
        f"{parse['total_s']:.1f} s for one parse of it all: a ceiling of {ceiling:.2f}x, "
        f"and the build's {speedup:.2f}x"
    )
    print(
        f"[info] the same by CPU time (what free cores would give): the two parses needed "
        f"{', '.join(f'{t:.1f}' for t in side['each_cpu_s'])} s of CPU against "
        f"{parse['cpu_s']:.1f} s for one, a ceiling of {ceiling_cpu:.2f}x; the build's "
        f"{estimate:.2f}x is {estimate / ceiling_cpu:.0%} of it"
    )
    print(
        f"[{verdict(share <= 0.10)}] rebuild after changing one article: "
        f"{rebuild['total_s']:.1f} s = {share:.1%} of the full build "
        f"(parsed {rebuild['cache_misses']}, reused {rebuild['cache_hits']}; "
        f"assemble {rebuild['assemble_s']:.1f} s) (target <= 10%)"
    )
    print("[info] scaling, one process (wall; CPU):")
    for k, label in [(size, f"build_w1_{size}") for size in sizes] + [(n, "build_w1")]:
        b = report[label]
        print(
            f"       {k:>6} articles: {b['total_s']:7.1f} s ({b['total_s'] / k * 1000:4.0f} "
            f"ms/article); {b['build_cpu_s']:7.1f} s CPU ({b['build_cpu_s'] / k * 1000:4.0f} "
            f"ms/article); assemble {b['assemble_s']:.2f} s"
        )
    size_mb = report["graph_json_bytes"] / 1e6
    target = 0.3 if size_mb > 5 else 0.2  # the big corpus graph, or a story's
    for question, times in latencies.items():
        q = statistics.median(times["wall"])
        print(
            f"[{verdict(q <= target)}] kg query {question!r}, cold process on the {size_mb:.0f} MB "
            f"graph: median {q:.2f} s, min {min(times['wall']):.2f} s over {len(times['wall'])} "
            f"runs; CPU median {statistics.median(times['cpu']):.2f} s (target <= {target} s; "
            "scripts/bench_query.py compares with graph.json alone)"
        )
    print(f"[{verdict(peak < GIB)}] peak memory of a whole build: {_gib(peak)} (target < 1 GiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
