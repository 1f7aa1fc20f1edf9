"""Bounded fuzzing of kg's whole per-file path: bytes -> article -> parse -> quotes -> graph.

Random texts built from news-like pieces (quotation marks of every kind,
reporting verbs, names, pronouns, odd whitespace) and random mutations of
real article bytes go through the same functions ``kg build`` runs. A case
may end in a clean :class:`kg.errors.KgError` (a message naming the file);
anything else is a crash and is printed with the input that caused it.

Usage::

    .venv/bin/python scripts/fuzz.py --cases 10000 --seconds 900 [--corpus seeds/]

Prints the counts and exits 1 if any case crashed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from kg.errors import KgError
from kg.extract.nlp import load_model
from kg.extract.records import extract_article
from kg.read.articles import read_article
from kg.run.pipeline import assemble

PIECES = [
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    ":",
    ",",
    ".",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\u00a0",
    "\u200b",
    "\u2028",
    "-",
    "\u2013",
    "(",
    ")",
    "said",
    "told",
    "according to",
    "wrote",
    "claimed",
    "denied",
    "he",
    "she",
    "they",
    "it",
    "the ministry",
    "officials",
    "Ann Lee",
    "Mr. Bo",
    "Gen. Kay",
    "that",
    "not",
    "never",
    "blamed",
    "for",
    "the attack",
    "reporters",
    "Lee",
    "in a statement",
    "<script>",
    "&amp;",
    "\x0b",
    "\x1f",
    "\ufeff",
    "\ud7ff",
    "\U0001f600",
    "#",
    "=SUM(A1)",
    "@x",
    "x" * 300,
]


def random_text(rng: random.Random) -> str:
    n = rng.randint(0, 120)
    return " ".join(rng.choice(PIECES) for _ in range(n))


def mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        op = rng.random()
        pos = rng.randrange(len(buf) + 1)
        if op < 0.4 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op < 0.7:
            buf[pos:pos] = rng.choice(PIECES).encode("utf-8", "surrogatepass")
        elif buf:
            del buf[pos : pos + rng.randint(1, 50)]
    if rng.random() < 0.3:
        buf = buf[: rng.randrange(len(buf) + 1)]
    return bytes(buf)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=900.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=Path("seeds"))
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    originals = [p.read_bytes() for p in sorted(args.corpus.glob("*.txt"))]
    nlp = load_model()
    counts = {"cases": 0, "ok": 0, "clean_error": 0, "crash": 0, "quotes": 0}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        while counts["cases"] < args.cases and time.perf_counter() - started < args.seconds:
            batch = []
            for i in range(50):
                if originals and rng.random() < 0.5:
                    data = mutate(rng, rng.choice(originals))
                else:
                    data = random_text(rng).encode("utf-8", "surrogatepass")
                path = folder / f"case{i}.txt"
                path.write_bytes(data)
                batch.append((path, data))
            articles = []
            for path, data in batch:
                counts["cases"] += 1
                try:
                    articles.append((read_article(path), data))
                except KgError:
                    counts["clean_error"] += 1
                except Exception:
                    counts["crash"] += 1
                    print(f"CRASH reading {data[:200]!r}\n{traceback.format_exc()}")
            for (article, data), doc in zip(
                articles, nlp.pipe(a.text for a, _ in articles), strict=True
            ):
                try:
                    records = extract_article(doc, article)
                    for q in records.quotes:
                        assert article.text[q.start : q.end] == q.text, "offsets"
                    assemble([records], name="fuzz")
                    counts["ok"] += 1
                    counts["quotes"] += len(records.quotes)
                except KgError:
                    counts["clean_error"] += 1
                except Exception:
                    counts["crash"] += 1
                    print(f"CRASH on {data[:200]!r}\n{traceback.format_exc()}")
    elapsed = time.perf_counter() - started
    print(
        f"fuzz: {counts['cases']} cases in {elapsed:.0f} s: {counts['ok']} built, "
        f"{counts['clean_error']} clean errors, {counts['crash']} crashes "
        f"({counts['quotes']} quotes extracted)"
    )
    return 1 if counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
