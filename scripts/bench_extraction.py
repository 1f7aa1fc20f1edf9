"""Benchmark: the cost of quote extraction against a bare ``nlp.pipe`` of the same texts.

Both are measured in the same run with the same model and batch size, alternating
and repeated (the minimum of each is reported, the usual way to discount noise on a
shared machine):

* ``pipe``:    ``list(nlp.pipe(texts))``
* ``extract``: ``nlp.pipe(texts)`` with :func:`kg.extract.quotes.extract_quotes` on every doc

The target is ``extract / pipe <= 1.2``.

Usage::

    python scripts/bench_extraction.py ../shared/data/polnear/dev/text
    python scripts/bench_extraction.py seeds --repeats 5
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a folder of .txt articles")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)

    from kg.extract.nlp import load_model, model_id
    from kg.extract.quotes import extract_quotes

    paths = sorted(args.folder.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    ids = [p.stem for p in paths]
    if not texts:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 1
    nlp = load_model()
    list(nlp.pipe(texts[:4], batch_size=args.batch_size))  # warm up

    pipe_times: list[float] = []
    extract_times: list[float] = []
    only_extract: list[float] = []
    n_quotes = 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=args.batch_size))
        pipe_times.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        spent = 0.0
        n_quotes = 0
        for doc, doc_id in zip(nlp.pipe(texts, batch_size=args.batch_size), ids, strict=True):
            t1 = time.perf_counter()
            n_quotes += len(extract_quotes(doc, doc_id))
            spent += time.perf_counter() - t1
        extract_times.append(time.perf_counter() - t0)
        only_extract.append(spent)
        del docs

    pipe, extract, only = min(pipe_times), min(extract_times), min(only_extract)
    chars = sum(len(t) for t in texts)
    print(f"model        {model_id(nlp)}")
    print(f"articles     {len(texts)}  ({chars:,} characters), {n_quotes} quotes")
    print(f"repeats      {args.repeats} (minimum of each reported)")
    print(f"pipe         {pipe:8.2f} s   bare nlp.pipe")
    print(f"extract      {extract:8.2f} s   nlp.pipe + extract_quotes")
    print(f"  quotes     {only:8.2f} s   of which extract_quotes itself")
    print(f"ratio        {extract / pipe:8.3f}    (target <= 1.2)")
    print(f"quotes only  {only / pipe:8.3f}    extract_quotes time / pipe time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
