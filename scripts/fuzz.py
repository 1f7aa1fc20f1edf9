"""Bounded fuzzing of kg's whole per-file path: bytes -> article -> parse -> quotes -> graph.

Random texts built from news-like pieces (quotation marks of every kind,
reporting verbs, names, pronouns, odd whitespace) and random mutations of
real article bytes go through the same functions ``kg build`` runs. A case
may end in a clean :class:`kg.errors.KgError` (a message naming the file);
anything else is a crash and is printed with the input that caused it.

Whole-process cases (``--process N``) run the real ``kg`` command, as a user
would, on what a scraped corpus eventually holds: file names that are not UTF-8
or hold escapes and newlines, FIFOs and links to devices named ``.txt``,
pathological texts (runs of punctuation, of "said", one endless line, symbol
tables) up to the 5 MB limit, hostile graph.json files (mutated, deep, huge
numbers, wrong types) under every read command, and hostile alias and codebook
TOML. Each must end with exit 0, or exit 1 and one line on stderr, within its
time limit; a traceback, an "internal error" or a stall is a crash.

Usage::

    .venv/bin/python scripts/fuzz.py --cases 10000 --seconds 900 [--corpus seeds/]
    .venv/bin/python scripts/fuzz.py --cases 0 --process 200 --text-bytes 5000000

Prints the counts and exits 1 if any case crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from kg.errors import KgError
from kg.extract.nlp import load_model, parse_bounded
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


# ------------------------------------------------------------- whole-process cases

KG = [sys.executable, "-m", "kg"]
GOOD = 'Mayor Ann Lee said the bridge would reopen in May. "It is safe," she said.\n'
ODD_NAMES = [
    b"caf\xe9.txt",
    b"\xff\xfe.txt",
    b"=1+1.txt",
    b"-rf.txt",
    b"new\nline.txt",
    b"esc\x1b]0;title\x07.txt",
    b"\xe2\x80\xaeright-to-left.txt",
    b"x" * 250 + b".txt",
    b"@SUM(A1).txt",
]
HOSTILE_TEXTS = {
    "equals": "=",
    "quotes": '"',
    "said": "said ",
    "one-line": "the minister said that the council would meet again and ",
    "quoted-said": '\'"a" said Bob. ',
    "symbols": "@#$%^&*()[]{}<>|~`+=_ ",
    "x-lines": "x\n",
    "open-quotes": "\u201c he said ",
}


PROSE_LIKE = ("said", "one-line", "open-quotes")


def _run(args: list[str], timeout: float) -> tuple[str, str]:
    """Run kg; ('ok'|'clean'|'crash', why)."""
    try:
        done = subprocess.run(
            [*KG, *args], capture_output=True, text=True, timeout=timeout, errors="replace"
        )
    except subprocess.TimeoutExpired:
        return "crash", f"stalled over {timeout:.0f} s: kg {' '.join(args)[:200]}"
    err = done.stderr.strip().splitlines()
    if "Traceback" in done.stderr or "internal error" in done.stderr:
        return "crash", f"kg {' '.join(args)[:200]}\n{done.stderr[-2000:]}"
    if done.returncode == 0:
        return "ok", ""
    if done.returncode == 1 and len([e for e in err if e.startswith("kg: error")]) == 1:
        return "clean", ""
    return "crash", f"exit {done.returncode}: kg {' '.join(args)[:200]}\n{done.stderr[-500:]}"


def _corpus(folder: Path, rng: random.Random, text_bytes: int) -> Path:
    """A corpus of one good article and hostile files of every kind."""
    corpus = folder / f"corpus{rng.randrange(10**9)}"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    name = rng.choice(ODD_NAMES)
    with open(os.fsencode(corpus) + b"/" + name, "wb") as fh:
        fh.write(GOOD.encode())
    kind = rng.choice(["fifo", "zero", "urandom", "dir", "loop", "text", "text"])
    target = corpus / "special.txt"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind in ("zero", "urandom"):
        target.symlink_to(f"/dev/{kind}")
    elif kind == "dir":
        target.mkdir()
    elif kind == "loop":
        target.symlink_to(target)
    else:
        name = rng.choice(list(HOSTILE_TEXTS))
        unit = HOSTILE_TEXTS[name]
        # Texts that read as prose cost what news of their size costs: --text-bytes of them;
        # the others are refused as not prose, so they go in at the full 5 MB limit.
        size = text_bytes if name in PROSE_LIKE else 5 * 1024 * 1024 - 1
        target.write_text((unit * (size // len(unit) + 1))[:size], encoding="utf-8")
    return corpus


def _hostile_graph(rng: random.Random, good: bytes) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        return bytes(mutate(rng, good))
    if choice == 1:
        return b"[" * 200_000 + b"]" * 200_000
    if choice == 2:
        return good.replace(b'"weight": 1', b'"weight": 1e400', 1)
    if choice == 3:
        return good.replace(b'"n_quotes": 1', b'"n_quotes": ' + b"9" * 5000, 1)
    if choice == 4:
        data = json.loads(good)
        node = rng.choice(data["nodes"])
        key = rng.choice(list(node))
        node[key] = rng.choice([None, [], {}, -1, 7, "[oops", "\x1b[2J", 1.5, True])
        return json.dumps(data).encode()
    return good[: rng.randrange(len(good) + 1)]


def _hostile_toml(rng: random.Random) -> bytes:
    names = ", ".join(f'"Name {i}"' for i in range(rng.choice([2, 50, 300])))
    return rng.choice(
        [
            b"x = " + b"[" * 100_000 + b"]" * 100_000,
            f"[[merge]]\nnames = [{names}]\n[[forbid]]\nnames = [{names}]\n".encode(),
            mutate(rng, b'[[merge]]\nnames = ["Ann Lee", "the mayor"]\n'),
            b"\xff\xfe\x00[",
            b'[[positions]]\nid = "a"\nterms = ["bridge"]\nunknown = 1\n',
        ]
    )


GRAPH_COMMANDS = [
    ["speakers"],
    ["positions"],
    ["stances", "-f", "csv"],
    ["show", "Lee"],
    ["query", "who disputes the bridge"],
    ["export", "-f", "gexf"],
    ["render"],
]


def process_cases(rng: random.Random, n: int, text_bytes: int, timeout: float) -> dict[str, int]:
    """``n`` whole-process cases; the counts (crashes are printed)."""
    counts = {"process": 0, "process_ok": 0, "process_clean": 0, "process_crash": 0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "seed").mkdir()
        (folder / "seed" / "a.txt").write_text(GOOD, encoding="utf-8")
        _run(["build", str(folder / "seed"), "--out", str(folder / "seed-out")], timeout)
        good = (folder / "seed-out" / "graph.json").read_bytes()
        for i in range(n):
            kind = i % 3
            if kind == 0:
                corpus = _corpus(folder, rng, text_bytes)
                args = ["build", str(corpus), "--out", str(folder / f"out{i}"), "--no-cache"]
            elif kind == 1:
                graph = folder / f"g{i}" / "graph.json"
                graph.parent.mkdir()
                graph.write_bytes(_hostile_graph(rng, good))
                args = [*rng.choice(GRAPH_COMMANDS), "-g", str(graph)]
            else:
                toml = folder / f"t{i}.toml"
                toml.write_bytes(_hostile_toml(rng))
                option = rng.choice(["--aliases", "--codebook"])
                args = ["build", str(folder / "seed"), "--out", str(folder / f"o{i}"), option]
                args.append(str(toml))
            verdict, why = _run(args, timeout)
            counts["process"] += 1
            counts[f"process_{verdict}"] += 1
            if why:
                print(f"CRASH (process) {why}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=900.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=Path("seeds"))
    parser.add_argument("--process", type=int, default=0, help="whole-process kg runs")
    parser.add_argument(
        "--text-bytes", type=int, default=200_000, help="size of pathological prose texts"
    )
    parser.add_argument("--timeout", type=float, default=400.0, help="seconds per kg run")
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
                articles, parse_bounded((a.text for a, _ in articles), nlp), strict=True
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
    crashed = counts["crash"]
    if args.process:
        started = time.perf_counter()
        proc = process_cases(rng, args.process, args.text_bytes, args.timeout)
        print(
            f"fuzz (whole process): {proc['process']} kg runs in "
            f"{time.perf_counter() - started:.0f} s: {proc['process_ok']} exit 0, "
            f"{proc['process_clean']} one-line errors, {proc['process_crash']} crashes or stalls"
        )
        crashed += proc["process_crash"]
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
