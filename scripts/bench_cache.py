#!/usr/bin/env python
"""Benchmark the two caches: what a rules change costs after a cold build.

Builds the corpus four times into a fresh cache folder, each as a separate
``kg build`` process with one worker:

1. cold: empty cache (parse + extract + assemble);
2. warm: nothing changed;
3. after touching one corpus-wide module (a comment appended to
   ``kg/assemble/positions/stances.py``): goal no article parsed or extracted, <= 5% of cold;
4. after touching one extraction module (``kg/extract/quotes/extract.py``): goal no article
   parsed again, <= 20% of cold.

Touched files are restored afterwards. Prints each time, its share of the cold
build, the cache's reuse line, and the disk used by each cache.

    .venv/bin/python scripts/bench_cache.py ../shared/data/polnear/train/text \\
        ../shared/data/polnear/dev/text
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = ROOT / ".venv" / "bin" / "kg"


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def _build(paths: list[str], out: Path, cache: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(KG), "build", *paths, "--out", str(out), "--cache-dir", str(cache), "-w", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [ln for ln in done.stderr.splitlines() + done.stdout.splitlines() if "cache" in ln]
    return time.perf_counter() - t0, (lines[0] if lines else "")


def _touched(path: Path, paths: list[str], out: Path, cache: Path) -> tuple[float, str]:
    original = path.read_bytes()
    try:
        path.write_bytes(original + b"\n# bench_cache: touched\n")
        return _build(paths, out, cache)
    finally:
        path.write_bytes(original)


def main(argv: list[str] | None = None) -> int:
    """Run the four builds and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", help="article folders or files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp) / "out"
        cold, line = _build(args.paths, out, cache)
        print(f"cold                      {cold:7.1f} s   {line}")
        runs = [
            ("warm, nothing changed", lambda: _build(args.paths, out, cache)),
            (
                "warm, assembly touched",
                lambda: _touched(ROOT / "kg/assemble/positions/stances.py", args.paths, out, cache),
            ),
            (
                "warm, extraction touched",
                lambda: _touched(ROOT / "kg/extract/quotes/extract.py", args.paths, out, cache),
            ),
        ]
        for name, run in runs:
            took, line = run()
            print(f"{name:25} {took:7.1f} s  {100 * took / cold:5.1f}% of cold   {line}")
        for sub in ("parses", "records"):
            n, size = _size(cache / sub)
            each = size / max(n, 1) / 1024
            print(f"disk {sub:8} {n:5} files {size / 2**20:8.1f} MiB  {each:6.1f} KiB each")
        chars = sum(p.stat().st_size for a in args.paths for p in Path(a).rglob("*.txt"))
        print(f"article text {chars / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
