"""Hostile but legal input (issue 18): special files, odd names, odd encodings.

Each test here failed on the code before issue 18.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.articles import looks_like_page, read_article
from kg.read.rawfile import read_bounded

GOOD = 'Mayor Ann Lee said the bridge would reopen in May. "It is safe," she said.\n'


def _limited_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a Python limited to 1 GiB of memory and ``timeout`` seconds."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


def test_a_fifo_is_skipped_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    # Opening a FIFO for reading blocks until a writer comes: the old code never returned.
    code = (
        "from kg.read.articles import read_article\n"
        "from kg.errors import InputError\n"
        f"try:\n    read_article({str(fifo)!r})\nexcept InputError as e:\n    print(e)\n"
    )
    done = _limited_python(code, timeout=30)
    assert "named pipe" in done.stdout, done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_skipped_without_reading_it(tmp_path: Path, device: str) -> None:
    link = tmp_path / "z.txt"
    link.symlink_to(device)
    code = (
        "from kg.read.articles import read_article\n"
        "from kg.errors import InputError\n"
        f"try:\n    read_article({str(link)!r})\nexcept InputError as e:\n    print(e)\n"
    )
    done = _limited_python(code, timeout=30)
    assert "character device" in done.stdout, done.stderr


def test_a_read_never_takes_more_than_the_limit_plus_one(tmp_path: Path) -> None:
    f = tmp_path / "grows.txt"
    f.write_bytes(b"a" * 100)
    with pytest.raises(InputError, match="over the 99-byte limit"):
        read_bounded(f, 99, InputError)
    assert read_bounded(f, 100, InputError) == b"a" * 100


def test_a_nul_byte_after_8_kib_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "late-nul.txt"
    f.write_bytes(GOOD.encode() * 200 + b"\x00\x01binary tail")
    with pytest.raises(InputError, match="NUL bytes"):
        read_article(f)


def test_html_after_the_first_512_bytes_is_read_as_a_page(tmp_path: Path) -> None:
    f = tmp_path / "saved.txt"
    page = (
        b"<html><head><title>Bridge</title></head><body><article>"
        b"<p>Mayor Ann Lee said the bridge would reopen in May.</p>"
        b"</article></body></html>"
    )
    f.write_bytes(b"Saved from the web\n" + b"-" * 600 + b"\n" + page)
    article = read_article(f)  # the old code took the tags as article text
    assert "<p>" not in article.text and "Mayor Ann Lee said" in article.text
    assert not looks_like_page(b'He said the "<body> of work" was <b>large</b>.')


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    f = tmp_path / "wide.txt"
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    f.write_bytes(bom + GOOD.encode(codec))
    article = read_article(f)
    assert article.text == GOOD
    assert article.encoding == "utf-16"


@pytest.mark.slow
def test_a_name_that_is_not_utf8_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    odd = os.fsencode(corpus) + b"/caf\xe9 =1+1.txt"
    with open(odd, "wb") as fh:
        fh.write(b"Officials said the plan, which the mayor backed, would cost more.\n")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    graph = (out / "graph.json").read_text(encoding="utf-8")
    assert "caf\\\\xe9 =1+1" in graph or "caf\\\\udce9 =1+1" in graph


def test_lone_surrogates_in_the_python_api_are_written(tmp_path: Path) -> None:
    from kg.run.pipeline import build_from_texts, write_outputs

    result = build_from_texts({"odd\ud800id": "The mayor said \ud83d it was fine.\n"})
    write_outputs(result, tmp_path / "out")
    (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")


# ------------------------------------------------------------ alias files and codebooks


def test_an_alias_file_of_300_merged_and_300_forbidden_names_is_checked(
    tmp_path: Path,
) -> None:
    from kg.assemble.aliases import load_aliases

    names = [f'"Person {i} Surname"' for i in range(300)]
    f = tmp_path / "aliases.toml"
    f.write_text(
        f"[[merge]]\nnames = [{', '.join(names)}]\n\n"
        f"[[forbid]]\nnames = [{', '.join(n.replace('Person', 'Other') for n in names)}]\n",
        encoding="utf-8",
    )
    rules = load_aliases(f)
    assert rules.forbidden("Other 1 Surname", "the other 2 surname")
    assert not rules.forbidden("Person 1 Surname", "Person 2 Surname")
    # The old check compared every merged pair with every forbidden pair: n**4, over 180 s.
    # Its time is a figure of scripts/bench_hostile.py --aliases 300, not of a test.


@pytest.mark.parametrize("loader", ["aliases", "codebook"])
def test_deeply_nested_toml_is_a_config_error(tmp_path: Path, loader: str) -> None:
    from kg.assemble.aliases import load_aliases
    from kg.assemble.codebook import load_codebook
    from kg.errors import ConfigError

    f = tmp_path / "deep.toml"
    f.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"deep\.toml"):
        (load_aliases if loader == "aliases" else load_codebook)(f)


def test_a_codebook_rejects_unknown_keys_as_an_alias_file_does(tmp_path: Path) -> None:
    from kg.assemble.codebook import load_codebook
    from kg.errors import ConfigError

    f = tmp_path / "codebook.toml"
    f.write_text('[[positions]]\nid = "a"\nterms = ["tax cut"]\ntrems = ["typo"]\n')
    with pytest.raises(ConfigError, match="unknown key 'trems'"):
        load_codebook(f)
    f.write_text('atuo = false\n[[positions]]\nid = "a"\nterms = ["tax cut"]\n')
    with pytest.raises(ConfigError, match="unknown key 'atuo'"):
        load_codebook(f)


def test_an_alias_file_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    from kg.assemble.aliases import load_aliases
    from kg.errors import ConfigError

    fifo = tmp_path / "aliases.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="named pipe"):
        load_aliases(fifo)


# ------------------------------------------------------------------ outputs and the CLI

KG = [sys.executable, "-m", "kg"]


def run_kg(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def _one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_second_build_into_the_same_folder_fails_in_one_line(tmp_path: Path) -> None:
    from kg.run.publish import OutputLock

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    with OutputLock(tmp_path / "out"):  # as a first build running now holds it
        done = run_kg("build", corpus, "--out", tmp_path / "out")
    _one_line_error(done, "another kg build is writing into this folder")
    assert not (tmp_path / "out" / "graph.json").exists()


def test_out_that_is_a_file_or_holds_a_folder_fails_before_the_build(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    _one_line_error(run_kg("build", corpus, "--out", tmp_path / "file"), "must be a folder")
    (tmp_path / "o" / "graph.json").mkdir(parents=True)
    _one_line_error(run_kg("build", corpus, "--out", tmp_path / "o"), "graph.json", "folder")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "symlink"])
def test_render_and_export_refuse_a_target_that_is_not_a_regular_file(
    tmp_path: Path, seeds_graph_dir: Path, kind: str
) -> None:
    target = tmp_path / "page.html"
    keep = tmp_path / "keep.html"
    keep.write_text("mine")
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(keep)
    graph = seeds_graph_dir / "graph.json"
    _one_line_error(run_kg("render", "-g", graph, "-o", target), "not a regular file")
    _one_line_error(run_kg("export", "-f", "json", "-g", graph, "-o", target), "not a regular file")
    assert target.is_symlink() or target.is_fifo()
    assert keep.read_text() == "mine"


def _graph_variants(good: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
    import copy
    import json

    def edit(change) -> bytes:  # type: ignore[no-untyped-def]
        data = copy.deepcopy(good)
        change(data)
        return json.dumps(data).encode()

    speaker = next(i for i, n in enumerate(good["nodes"]) if n.get("kind") == "speaker")
    quoted = next(i for i, e in enumerate(good["links"]) if e.get("relation") == "quoted_in")
    return {
        "not-utf8": b'{"graph": "\xff\xfe"}',
        "graph-list": edit(lambda d: d.__setitem__("graph", [])),
        "huge-int": b'{"graph": {"schema_version": '
        + b"9" * 5000
        + b'}, "nodes": [], "links": []}',
        "deep": b"[" * 100_000 + b"]" * 100_000,
        "aliases-not-json": edit(lambda d: d["nodes"][speaker].__setitem__("aliases", "[oops")),
        "evidence-not-json": edit(lambda d: d["links"][quoted].__setitem__("evidence", "{")),
        "evidence-deep": edit(
            lambda d: d["links"][quoted].__setitem__("evidence", "[" * 50_000 + "]" * 50_000)
        ),
        "weight-inf": edit(lambda d: d["links"][quoted].__setitem__("weight", 1e400)),
        "negative-count": edit(lambda d: d["nodes"][speaker].__setitem__("n_quotes", -3)),
        "label-list": edit(lambda d: d["nodes"][speaker].__setitem__("label", ["x"])),
        "int-id": edit(lambda d: d["nodes"].append({"id": 7, "kind": "speaker", "label": "7"})),
        "nan": edit(lambda d: d["links"][quoted].__setitem__("confidence", float("nan"))),
    }


READ_COMMANDS = [
    ["speakers"],
    ["positions"],
    ["stances"],
    ["stances", "-f", "csv"],
    ["show", "a"],
    ["query", "who disputes the plan"],
    ["export", "-f", "graphml"],
    ["export", "-f", "csv"],
    ["render"],
]


@pytest.mark.slow
def test_every_read_command_gives_one_line_on_a_hostile_graph(
    tmp_path: Path, seeds_graph_dir: Path
) -> None:
    import json

    good = json.loads((seeds_graph_dir / "graph.json").read_text(encoding="utf-8"))
    for name, data in _graph_variants(good).items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "graph.json").write_bytes(data)
        for command in READ_COMMANDS:
            done = run_kg(*command, "-g", folder / "graph.json")
            _one_line_error(done, "graph.json")


def test_load_graph_refuses_each_hostile_variant(tmp_path: Path, seeds_graph_dir: Path) -> None:
    import json

    from kg.errors import GraphFileError
    from kg.outputs.graph import load_graph

    good = json.loads((seeds_graph_dir / "graph.json").read_text(encoding="utf-8"))
    for name, data in _graph_variants(good).items():
        (tmp_path / f"{name}.json").write_bytes(data)
        with pytest.raises(GraphFileError):
            load_graph(tmp_path / f"{name}.json")


def test_a_graph_json_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "graph.json")
    _one_line_error(run_kg("speakers", "-g", tmp_path / "graph.json", timeout=30), "named pipe")


def test_a_graph_json_from_another_build_than_its_manifest_is_refused(
    tmp_path: Path, seeds_graph_dir: Path
) -> None:
    import shutil

    from kg.errors import GraphFileError
    from kg.outputs.graph import load_graph

    out = tmp_path / "out"
    shutil.copytree(seeds_graph_dir, out)
    load_graph(out / "graph.json")
    text = (out / "graph.json").read_text(encoding="utf-8")
    (out / "graph.json").write_text(text.replace('"n_quotes": 1', '"n_quotes": 2', 1))
    with pytest.raises(GraphFileError, match="last complete build"):
        load_graph(out / "graph.json")


def _graph_with_text(tmp_path: Path, doc: str, said: str) -> Path:
    from kg.run.pipeline import build_from_texts, write_outputs

    result = build_from_texts({doc: f'"{said}," said Mayor Ann Lee.\n'})
    write_outputs(result, tmp_path / "out")
    return tmp_path / "out" / "graph.json"


@pytest.mark.slow
def test_terminal_output_strips_escape_sequences(tmp_path: Path) -> None:
    graph = _graph_with_text(tmp_path, "a", "We will \x1b]0;pwned\x07fix \x1b[2Jthe \x9broads")
    for command in (["show", "Lee"], ["stances"], ["speakers"], ["query", "what did Lee say"]):
        done = run_kg(*command, "-g", graph)
        assert "\x1b" not in done.stdout + done.stderr and "\x9b" not in done.stdout
        assert "\x07" not in done.stdout


def test_stances_csv_escapes_formula_cells(tmp_path: Path) -> None:
    from kg.run.pipeline import build_from_texts, write_outputs

    text = (
        "Mayor Ann Lee said the new bridge toll would hurt local shops.\n\n"
        "Council member Bo Park disputed that the bridge toll would hurt local shops.\n"
    )
    write_outputs(build_from_texts({"=1+1": text, "@SUM(A1)": text}), tmp_path / "out")
    done = run_kg("stances", "-f", "csv", "-g", tmp_path / "out" / "graph.json")
    assert done.returncode == 0, done.stderr
    import csv
    import io

    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert len(rows) > 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), row


def test_an_unexpected_error_is_one_line_saying_it_is_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import kg.cli

    def boom(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("deep inside")

    monkeypatch.chdir(tmp_path)  # no output/ here: a graph.sqlite there would be read instead
    monkeypatch.setattr("kg.outputs.graph.load_graph", boom)
    with pytest.raises(SystemExit) as exit_info:
        kg.cli.main(["speakers"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bug" in err and "ZeroDivisionError" in err
    with pytest.raises(ZeroDivisionError):
        kg.cli.main(["speakers", "--debug"])


def test_an_oserror_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import errno

    import kg.cli

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))

    monkeypatch.setattr("kg.run.publish._write_set", full)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        kg.cli.main(["build", str(corpus), "--out", str(tmp_path / "out"), "--no-cache"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.strip() == f"kg: error: {tmp_path / 'x'}: No space left on device"


# ------------------------------------------------------------- bounded parsing per article


def test_a_long_text_is_parsed_in_pieces_with_exact_offsets(nlp: object) -> None:
    from kg.extract import nlp as kg_nlp

    text = ("The mayor said the bridge would reopen. " * 30 + "\n\n") * 4
    docs = list(kg_nlp.parse_bounded([text], nlp, 4))  # type: ignore[arg-type]
    small = kg_nlp.PIECE_CHARS
    try:
        kg_nlp.PIECE_CHARS = 1500  # pieces of 1,500 characters: cut at the blank lines
        pieces = list(kg_nlp.parse_bounded([text], nlp, 4))  # type: ignore[arg-type]
    finally:
        kg_nlp.PIECE_CHARS = small
    whole, joined = docs[0], pieces[0]
    assert joined.text == text
    assert [(t.idx, t.dep_, t.head.i, t.ent_type_) for t in joined] == [
        (t.idx, t.dep_, t.head.i, t.ent_type_) for t in whole
    ]


def test_a_run_of_punctuation_is_tokenized_in_bounded_pieces(nlp: object) -> None:
    from kg.extract.nlp import MAX_RUN, make_doc

    text = "Before " + "=" * 20 * MAX_RUN + " after."
    doc = make_doc(nlp, text)  # type: ignore[arg-type]
    assert doc.text == text
    # the old whole-run tokenizing took minutes: scripts/bench_hostile.py --cases equals-run
    assert max(len(t) for t in doc) <= MAX_RUN


@pytest.mark.parametrize("unit", ["x\n", '" ', "= "])
def test_a_text_that_is_not_prose_is_skipped_with_a_reason(unit: str) -> None:
    from kg.run.pipeline import build_from_texts

    result = build_from_texts({"ok": GOOD, "table": unit * 5000})
    assert [a.id for a in result.articles] == ["ok"]
    (skipped,) = result.skipped
    assert "table: not prose" in str(skipped)


def test_a_paragraph_of_thousands_of_tokens_gets_sentence_starts(nlp: object) -> None:
    from kg.extract.nlp import MAX_SENTENCE_TOKENS, parse_bounded

    text = "said " * (3 * MAX_SENTENCE_TOKENS)
    (doc,) = list(parse_bounded([text], nlp))  # type: ignore[arg-type]
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def test_a_run_of_said_reports_nothing(nlp: object) -> None:
    from kg.extract.quotes import extract_quotes

    doc = nlp("said " * 3000)  # type: ignore[operator]
    # The subtree walk per cue made this quadratic: 33 s here (under 1 s now); the figure is
    # scripts/bench_hostile.py --cases said-run. A run of verbs reports nothing.
    assert extract_quotes(doc, "run") == []


def test_names_with_digits_are_not_merged_across_digits() -> None:
    import re

    from kg.run.pipeline import build_from_texts

    texts = {
        f"d{i}": f'Unit{i} Leader{i % 4} said the plan would fail. "It is over," '
        f"Unit{i} Leader{i % 4} said. Leader{i % 4} added that the vote was close.\n"
        for i in range(12)
    }
    result = build_from_texts(texts)
    for s in result.speakers.speakers:
        names = " ".join([s.name, *(a for a, _ in s.aliases)])
        # Before, the LeaderN of every N were one speaker: name keys dropped their digits.
        assert len(set(re.findall(r"Leader\d+", names))) <= 1, names
