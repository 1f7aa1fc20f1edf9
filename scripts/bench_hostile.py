"""Time and peak memory of one article of hostile but legal text, against a normal one.

Each case is one text of SIZE bytes, parsed and extracted in a fresh process (one
worker, as ``kg build --workers 1`` does; no cache), so its peak memory is its own.
Prints, per case: seconds, the ratio to a normal news article of the same size
(the seed articles repeated), and the process's peak resident memory.

    python scripts/bench_hostile.py --size 100000
    python scripts/bench_hostile.py --size 1000000 --cases normal said-run
    python scripts/bench_hostile.py --aliases 300   # an alias file of N merged + N forbidden
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _normal(size: int) -> str:
    seeds = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    return _repeat(seeds + "\n\n", size)


CASES = {
    "normal": _normal,
    "equals-run": lambda n: _repeat("=", n),
    "quote-run": lambda n: _repeat('"', n),
    "said-run": lambda n: _repeat("said ", n),
    "one-line": lambda n: _repeat("the minister said that the council would meet again and ", n),
    "quoted-said": lambda n: _repeat('\'"a" said Bob. ', n),
    "long-paragraphs": lambda n: _normal(n).replace("\n\n", " ").replace("\n", " "),
    "symbols": lambda n: _repeat("@#$%^&*()[]{}<>|~`+=_ ", n),
    "one-token-lines": lambda n: _repeat("x\n", n),
}


def run_case(name: str, size: int) -> dict[str, float | str]:
    """Parse and extract one text in this process; the figures as a dict."""
    from kg.extract.nlp import load_model
    from kg.read.articles import article_from_text
    from kg.run.engine import LocalEngine

    text = CASES[name](size)
    nlp = load_model()
    nlp("Warm up the pipeline.")
    engine = LocalEngine(workers=1, nlp=nlp)
    start = time.perf_counter()
    records = [r for _, r in engine.run([article_from_text(text, name)])]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB -> GiB
    quotes = sum(len(r.quotes) for r in records)
    skipped = next((r.skipped for r in records if r.skipped), "")
    return {"case": name, "seconds": seconds, "peak_gib": peak, "quotes": quotes, "skip": skipped}


def time_aliases(n: int) -> float:
    """Seconds to load and check an alias file of ``n`` merged and ``n`` forbidden names
    (the old check compared every merged pair with every forbidden pair: n**4)."""
    import tempfile

    from kg.assemble.aliases import load_aliases

    names = [f'"Person {i} Surname"' for i in range(n)]
    forbid = [x.replace("Person", "Other") for x in names]
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "aliases.toml"
        f.write_text(
            f"[[merge]]\nnames = [{', '.join(names)}]\n\n"
            f"[[forbid]]\nnames = [{', '.join(forbid)}]\n",
            encoding="utf-8",
        )
        start = time.perf_counter()
        load_aliases(f).forbidden("Other 1 Surname", "Other 2 Surname")
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="bytes per text")
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--timeout", type=float, default=600, help="seconds per case")
    parser.add_argument("--aliases", type=int, help="time an alias file of N names instead")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.aliases:
        seconds = time_aliases(args.aliases)
        print(f"alias file, {args.aliases} merged + {args.aliases} forbidden: {seconds:.2f} s")
        return 0
    if args.one:
        print(json.dumps(run_case(args.one, args.size)))
        return 0
    cases = ["normal", *[c for c in args.cases if c != "normal"]]
    base = None
    header = f"{'case':18} {'seconds':>8} {'x normal':>9} {'peak GiB':>9} {'quotes':>7}"
    print(f"{header}  ({args.size:,} characters per text)")
    for name in cases:
        cmd = [sys.executable, __file__, "--one", name, "--size", str(args.size)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{name:18} {'>' + str(int(args.timeout)):>8}")
            continue
        if done.returncode != 0:
            print(f"{name:18} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        base = base or row["seconds"]
        ratio = row["seconds"] / base
        print(
            f"{name:18} {row['seconds']:8.2f} {ratio:9.2f} {row['peak_gib']:9.2f} {row['quotes']:7}"
            + ("  skipped: not prose" if row["skip"] else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
