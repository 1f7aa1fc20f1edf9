"""The per-article cache: round trips, keys, invalidation, corruption, and rebuilds using it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg.run.cache
from kg.cli import app
from kg.extract.records import ArticleRecords, extract_article
from kg.outputs.rows import quote_rows
from kg.read.articles import article_from_text
from kg.run.cache import RecordCache, extraction_fingerprint, from_jsonable, to_jsonable
from kg.run.pipeline import analyze, build

TEXTS = {
    "bridge": (
        "Bridge reopens\n\n"
        'Mayor Ann Lee said on Monday that the bridge was safe. "We checked every bolt," '
        "Lee told reporters. Engineers disputed the claim, according to a statement."
    ),
    "council": (
        "Council doubts\n\n"
        '"The bridge is not safe," said council member Tom Ray. He said the inspection '
        "was rushed. Lee denied that."
    ),
    "school": (
        "School budget\n\n"
        "The teachers union said the budget was too small. Principal Maria Gomez said "
        '"we will manage," adding that the district had promised more money.'
    ),
}


@pytest.fixture(scope="module")
def records(nlp: Any) -> list[ArticleRecords]:
    """The records of the small texts above, extracted without any cache."""
    articles = [article_from_text(text, doc_id) for doc_id, text in TEXTS.items()]
    return [extract_article(nlp(a.text), a) for a in articles]


def _corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in texts.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def _graph_json(result: Any) -> str:
    return json.dumps(nx.node_link_data(result.graph, edges="links"), sort_keys=True)


@dataclass(frozen=True)
class Inner:
    name: str
    score: float = 0.0


@dataclass(frozen=True)
class Outer:
    kind: Literal["a", "b"]
    inner: Inner | None
    pairs: tuple[tuple[str, int], ...] = ()
    fixed: tuple[int, str] = (0, "")
    flags: dict[str, bool] | None = None


@pytest.mark.parametrize(
    "value",
    [
        Outer("a", None),
        Outer("b", Inner("x", 1.5), (("p", 2), ("q", 3)), (7, "seven"), {"on": True}),
        Outer("a", Inner("ünïcode \u201cquoted\u201d"), fixed=(-1, "")),
    ],
)
def test_generic_round_trip(value: Outer) -> None:
    data = json.loads(json.dumps(to_jsonable(value)))
    assert from_jsonable(Outer, data) == value


@pytest.mark.parametrize(
    ("tp", "data"),
    [
        (Outer, {"kind": "c", "inner": None}),  # not one of the literals
        (Outer, {"kind": "a", "inner": None, "extra": 1}),  # a field the class lacks
        (Outer, {"kind": "a", "inner": {"name": 3}}),  # wrong scalar type
        (Outer, {"kind": "a", "inner": None, "fixed": [1]}),  # wrong tuple length
        (Outer, ["a", None]),  # not an object
        (tuple[int, ...], [1, "2"]),
        (int, True),  # a bool is not an int here
        (str | None, 5),
    ],
)
def test_reconstruction_refuses_wrong_shapes(tp: Any, data: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        from_jsonable(tp, data)


def test_real_records_round_trip(records: list[ArticleRecords]) -> None:
    assert sum(len(r.quotes) for r in records) > 0
    for r in records:
        data = json.loads(json.dumps(to_jsonable(r)))
        assert from_jsonable(ArticleRecords, data) == r


def test_put_then_get(tmp_path: Path, records: list[ArticleRecords]) -> None:
    cache = RecordCache(tmp_path, ArticleRecords, model="m==1")
    r = records[0]
    assert cache.get(r.article.id, r.article.text) is None
    cache.put(r.article.id, r.article.text, r)
    assert cache.get(r.article.id, r.article.text) == r
    stats = cache.stats()
    assert (stats.hits, stats.misses, stats.written, stats.corrupt) == (1, 1, 1, 0)
    assert [p.name for p in cache.entries()] == [f"{cache.key(r.article.id, r.article.text)}.json"]
    assert not list(tmp_path.rglob("*.tmp")), "a temporary file was left behind"


@pytest.mark.parametrize(
    "change",
    ["text", "doc id", "model version", "extraction version"],
)
def test_any_input_change_is_a_miss(
    tmp_path: Path, records: list[ArticleRecords], change: str
) -> None:
    r = records[1]
    RecordCache(tmp_path, ArticleRecords, model="m==1", extraction="x1").put(
        r.article.id, r.article.text, r
    )
    doc_id, text, model, extraction = r.article.id, r.article.text, "m==1", "x1"
    if change == "text":
        text = text.replace("rushed", "careful")
    elif change == "doc id":
        doc_id = "other"
    elif change == "model version":
        model = "m==2"
    else:
        extraction = "x2"
    cache = RecordCache(tmp_path, ArticleRecords, model=model, extraction=extraction)
    assert cache.get(doc_id, text) is None
    assert cache.stats().corrupt == 0


def test_extraction_fingerprint_follows_the_version_constant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extraction_fingerprint.cache_clear()  # hash the source as it is now
    before = extraction_fingerprint()
    monkeypatch.setattr(kg.run.cache, "EXTRACTION_VERSION", kg.run.cache.EXTRACTION_VERSION + 1)
    extraction_fingerprint.cache_clear()
    try:
        assert extraction_fingerprint() != before
    finally:
        monkeypatch.undo()
        extraction_fingerprint.cache_clear()
    assert extraction_fingerprint() == before


def test_extraction_fingerprint_covers_extraction_and_what_it_imports_only() -> None:
    modules = set(kg.run.cache.extraction_modules())
    assert {"kg.extract.quotes", "kg.extract.claims", "kg.extract.nlp"} <= modules
    assert {"kg.read.articles", "kg.lexicon", "kg.lexicon.reporting", "kg.errors"} <= modules
    later = ("kg.assemble", "kg.outputs", "kg.run", "kg.query", "kg.cli")
    assert not [m for m in modules if m.startswith(later)]


def _flip_a_byte(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x20]) + data[i + 1 :]


def _swap_key(data: bytes) -> bytes:
    # A well-formed entry (good checksum) that holds another article's key.
    import hashlib

    payload = json.loads(data.partition(b"\n")[2])
    payload["key"] = "0" * 64
    body = json.dumps(payload).encode()
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        _flip_a_byte,
        lambda data: b"",
        lambda data: b"not json at all",
        _swap_key,
    ],
    ids=["truncated", "flipped byte", "empty", "garbage", "other key"],
)
def test_corrupt_entry_is_reported_deleted_and_recomputed(
    tmp_path: Path, nlp: Any, records: list[ArticleRecords], damage: Any
) -> None:
    r = records[0]
    cache = RecordCache(tmp_path, ArticleRecords, model="m==1")
    cache.put(r.article.id, r.article.text, r)
    path = cache.path(cache.key(r.article.id, r.article.text))
    path.write_bytes(damage(path.read_bytes()))

    again = RecordCache(tmp_path, ArticleRecords, model="m==1")
    out = analyze([r.article], nlp, cache=again)
    assert out == [r]
    stats = again.stats()
    assert (stats.corrupt, stats.hits, stats.written) == (1, 0, 1)
    assert len(stats.warnings) == 1 and "corrupt" in stats.warnings[0]
    assert str(path) in stats.warnings[0]
    # The rewritten entry is good again.
    assert RecordCache(tmp_path, ArticleRecords, model="m==1").get(r.article.id, r.article.text)


def test_unwritable_cache_is_a_warning_not_an_error(
    tmp_path: Path, records: list[ArticleRecords]
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = RecordCache(blocker, ArticleRecords, model="m==1")
    r = records[0]
    cache.put(r.article.id, r.article.text, r)
    assert cache.stats().written == 0
    assert cache.warnings and "cannot write" in cache.warnings[0]


@dataclass(frozen=True)
class Odd:
    tags: frozenset[str]


def test_a_record_json_cannot_hold_is_skipped_with_a_warning(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path, Odd, model="m==1")
    cache.put("a", "some text", Odd(frozenset({"x"})))
    assert cache.stats().written == 0
    assert cache.warnings and "cannot cache the records of a" in cache.warnings[0]
    assert cache.get("a", "some text") is None


def test_rebuild_reparses_only_changed_and_added_articles(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {k: TEXTS[k] for k in ("bridge", "council")})
    cache_dir = tmp_path / "cache"

    first = build([corpus], cache_dir=cache_dir, workers=1)
    assert first.cache_stats is not None
    assert (first.cache_stats.hits, first.cache_stats.misses) == (0, 2)

    again = build([corpus], cache_dir=cache_dir, workers=1)
    assert again.cache_stats is not None
    assert (again.cache_stats.hits, again.cache_stats.misses) == (2, 0)
    assert _graph_json(again) == _graph_json(first)
    assert quote_rows(again.quotes, again.speakers) == quote_rows(first.quotes, first.speakers)

    changed = TEXTS["council"].replace("Tom Ray", "Tom Ray Jr.")
    (corpus / "council.txt").write_text(changed, encoding="utf-8")
    (corpus / "school.txt").write_text(TEXTS["school"], encoding="utf-8")
    third = build([corpus], cache_dir=cache_dir, workers=1)
    assert third.cache_stats is not None
    assert (third.cache_stats.hits, third.cache_stats.misses) == (1, 2)
    uncached = build([corpus], workers=1)
    assert uncached.cache_stats is None
    assert _graph_json(third) == _graph_json(uncached)
    assert quote_rows(third.quotes, third.speakers) == quote_rows(
        uncached.quotes, uncached.speakers
    )


def test_a_fully_cached_build_loads_no_model(tmp_path: Path) -> None:
    import subprocess
    import sys

    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"]})
    cache_dir = tmp_path / "cache"
    build([corpus], cache_dir=cache_dir, workers=1)
    probe = (
        "import sys\n"
        "from kg.run.pipeline import build\n"
        f"r = build([{str(corpus)!r}], cache_dir={str(cache_dir)!r}, workers=1)\n"
        "print(r.cache_stats.hits, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "False"]


def test_cached_records_carry_the_current_path(tmp_path: Path) -> None:
    texts = {"bridge": TEXTS["bridge"]}
    cache_dir = tmp_path / "cache"
    build([_corpus(tmp_path / "one", texts)], cache_dir=cache_dir, workers=1)
    moved = build([_corpus(tmp_path / "two", texts)], cache_dir=cache_dir, workers=1)
    assert moved.cache_stats is not None and moved.cache_stats.hits == 1
    assert moved.articles[0].path == str(tmp_path / "two" / "bridge.txt")


def test_extraction_version_bump_reparses_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"]})
    cache_dir = tmp_path / "cache"
    build([corpus], cache_dir=cache_dir, workers=1)
    monkeypatch.setattr(kg.run.cache, "EXTRACTION_VERSION", kg.run.cache.EXTRACTION_VERSION + 1)
    extraction_fingerprint.cache_clear()
    try:
        bumped = build([corpus], cache_dir=cache_dir, workers=1)
    finally:
        monkeypatch.undo()
        extraction_fingerprint.cache_clear()
    assert bumped.cache_stats is not None
    assert (bumped.cache_stats.hits, bumped.cache_stats.misses) == (0, 1)


def test_model_upgrade_reparses_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.extract.nlp

    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"], "school": TEXTS["school"]})
    cache_dir = tmp_path / "cache"
    build([corpus], cache_dir=cache_dir, workers=1)
    installed = kg.extract.nlp.model_fingerprint()
    assert "==" in installed and "spacy==" in installed
    upgraded = installed.replace("spacy==", "spacy==99.")
    monkeypatch.setattr(kg.extract.nlp, "model_fingerprint", lambda name=None: upgraded)
    after = build([corpus], cache_dir=cache_dir, workers=1)
    assert after.cache_stats is not None
    assert (after.cache_stats.hits, after.cache_stats.misses) == (0, 2)


def test_cli_build_reuses_the_cache_and_no_cache_leaves_none(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {k: TEXTS[k] for k in ("bridge", "school")})
    cache_dir = tmp_path / "kgcache"
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(cache_dir)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "extracted 2 article(s), reused 0" in first.stdout
    assert "reused 0 from the cache" in first.stdout
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "extracted 0 article(s), reused 2" in second.stdout
    assert "reused 2 from the cache" in second.stdout

    elsewhere = tmp_path / "never"
    plain = runner.invoke(
        app,
        ["quotes", str(corpus), "--format", "jsonl", "--cache-dir", str(elsewhere), "--no-cache"],
    )
    assert plain.exit_code == 0, plain.output
    rows = [json.loads(line) for line in plain.stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} <= {"bridge", "school"}
    assert not elsewhere.exists()


# --- the parse cache, and which code changes invalidate what ---------------------------


@pytest.fixture
def edit_source() -> Any:
    """Append a comment to a kg module's source for one test; restored afterwards."""
    import importlib

    saved: list[tuple[Path, bytes, os.stat_result]] = []

    def edit(module: str) -> None:
        path = Path(importlib.import_module(module).__file__ or "")
        saved.append((path, path.read_bytes(), path.stat()))
        path.write_bytes(saved[-1][1] + b"\n# edited by a test\n")
        extraction_fingerprint.cache_clear()

    yield edit
    for path, original, stat in reversed(saved):
        path.write_bytes(original)
        # The old time too: a source newer than this process would stop the cache writing.
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    extraction_fingerprint.cache_clear()


def test_no_entry_is_written_once_the_source_is_newer_than_the_run(
    tmp_path: Path, records: list[ArticleRecords]
) -> None:
    # started_ns=0: every extraction source file changed after "the run started".
    cache = RecordCache(tmp_path, ArticleRecords, model="m==1", started_ns=0)
    for r in records:
        cache.put(r.article.id, r.article.text, r)
    assert cache.stats().written == 0 and not cache.entries()
    assert len(cache.warnings) == 1, cache.warnings
    assert "kg's source changed during this run" in cache.warnings[0]
    assert ".py" in cache.warnings[0]


def test_a_build_whose_source_was_edited_after_it_started_caches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract

    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"]})
    cache_dir = tmp_path / "cache"
    monkeypatch.setattr(kg.extract, "LOADED_NS", 0)
    edited = build([corpus], cache_dir=cache_dir, workers=1)
    assert edited.cache_stats is not None and edited.cache_stats.written == 0
    assert any("kg's source changed during this run" in w for w in edited.cache_stats.warnings)
    monkeypatch.undo()
    again = build([corpus], cache_dir=cache_dir, workers=1)
    assert again.cache_stats is not None
    assert (again.cache_stats.hits, again.cache_stats.written) == (0, 1)
    assert _graph_json(again) == _graph_json(edited)


def test_editing_assembly_code_reuses_every_record(tmp_path: Path, edit_source: Any) -> None:
    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"]})
    cache_dir = tmp_path / "cache"
    build([corpus], cache_dir=cache_dir, workers=1)
    edit_source("kg.assemble.positions")
    again = build([corpus], cache_dir=cache_dir, workers=1)
    assert again.cache_stats is not None
    assert (again.cache_stats.hits, again.cache_stats.misses, again.cache_stats.parsed) == (1, 0, 0)


def test_editing_extraction_code_extracts_again_from_cached_parses(
    tmp_path: Path, edit_source: Any
) -> None:
    corpus = _corpus(tmp_path / "corpus", {k: TEXTS[k] for k in ("bridge", "school")})
    cache_dir = tmp_path / "cache"
    first = build([corpus], cache_dir=cache_dir, workers=1)
    edit_source("kg.extract.quotes")
    again = build([corpus], cache_dir=cache_dir, workers=1)
    assert again.cache_stats is not None
    assert (again.cache_stats.hits, again.cache_stats.misses, again.cache_stats.parsed) == (0, 2, 0)
    assert quote_rows(again.quotes, again.speakers) == quote_rows(first.quotes, first.speakers)
    assert _graph_json(again) == _graph_json(first)


def test_a_parse_from_the_cache_is_the_parse(nlp: Any, tmp_path: Path) -> None:
    from kg.run.parses import ParseCache

    cache = ParseCache(tmp_path, "m==1")
    doc = nlp(TEXTS["council"])
    cache.put(doc)
    back = cache.get(TEXTS["council"], nlp)
    assert back is not None and cache.hits == 1
    got = [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in back]
    assert got == [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in doc]
    assert [s.text for s in back.sents] == [s.text for s in doc.sents]
    assert [c.text for c in back.noun_chunks] == [c.text for c in doc.noun_chunks]
    assert ParseCache(tmp_path, "m==2").get(TEXTS["council"], nlp) is None  # another model


def test_a_corrupt_parse_entry_is_reported_deleted_and_parsed_again(
    nlp: Any, tmp_path: Path
) -> None:
    from kg.run.parses import ParseCache, parse_with_cache

    cache = ParseCache(tmp_path, "m==1")
    cache.put(nlp(TEXTS["bridge"]))
    (entry,) = cache.entries()
    entry.write_bytes(_flip_a_byte(entry.read_bytes()))
    docs = list(parse_with_cache([TEXTS["bridge"]], nlp, cache, batch_size=4))
    assert docs[0].text == TEXTS["bridge"]
    assert len(cache.warnings) == 1 and "corrupt" in cache.warnings[0]
    assert cache.hits == 0 and len(list(cache.entries())) == 1  # written anew


def test_kg_cache_shows_and_clears_only_its_own_files(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", {"bridge": TEXTS["bridge"]})
    cache_dir = tmp_path / "kgcache"
    cache_dir.mkdir()
    mine = cache_dir / "notes.txt"
    mine.write_text("not kg's", encoding="utf-8")
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(cache_dir)]
    assert runner.invoke(app, args).exit_code == 0
    shown = runner.invoke(app, ["cache", "--cache-dir", str(cache_dir)])
    assert shown.exit_code == 0, shown.output
    assert "parses:  1 entries" in shown.stdout and "records: 1 entries" in shown.stdout
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert cleared.exit_code == 0, cleared.output
    assert "deleted 2 cache entries" in cleared.stdout
    assert mine.read_text(encoding="utf-8") == "not kg's"
    assert (
        "parses:  0 entries" in runner.invoke(app, ["cache", "--cache-dir", str(cache_dir)]).stdout
    )


def _forge(cache: RecordCache[ArticleRecords], r: ArticleRecords, change: Any) -> Path:
    """Rewrite an entry with a valid seal: its checksum is recomputable by anyone."""
    from kg.run.cache import seal, unseal

    path = cache.path(cache.key(r.article.id, r.article.text))
    entry = json.loads(unseal(path.read_bytes()))
    entry = change(entry)
    text = entry if isinstance(entry, str) else json.dumps(entry)
    path.write_bytes(seal(text.encode("utf-8")))
    return path


def _first_quote(entry: Any) -> Any:
    return entry["records"]["quotes"][0]


FORGERIES = {
    "quote text": lambda e: (_first_quote(e).__setitem__("text", "<img onerror=x> FORGED"), e)[1],
    "mention text": lambda e: (
        _first_quote(e).__setitem__("mention", {"start": 0, "end": 4, "text": "Evil <b>S</b>"}),
        e,
    )[1],
    "negative offset": lambda e: (_first_quote(e).__setitem__("start", -(10**6)), e)[1],
    "huge offset": lambda e: (_first_quote(e).__setitem__("end", 10**400), e)[1],
    "other doc": lambda e: (_first_quote(e).__setitem__("doc", "elsewhere"), e)[1],
    "array": lambda e: [e],
    "deep": lambda e: json.dumps({**e, "records": "DEEP"}).replace(
        '"DEEP"', "[" * 100_000 + "]" * 100_000
    ),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_forged_entry_with_a_valid_seal_is_refused_deleted_and_recomputed(
    tmp_path: Path, nlp: Any, records: list[ArticleRecords], forgery: str
) -> None:
    r = next(r for r in records if r.quotes)
    cache = RecordCache(tmp_path, ArticleRecords, model="m==1")
    cache.put(r.article.id, r.article.text, r)
    path = _forge(cache, r, FORGERIES[forgery])
    again = RecordCache(tmp_path, ArticleRecords, model="m==1")
    assert again.get(r.article.id, r.article.text) is None
    stats = again.stats()
    assert stats.corrupt == 1 and str(path) in stats.warnings[0]
    assert not path.exists()
    assert analyze([r.article], nlp, cache=again) == [r]


def test_a_cache_entry_that_is_a_fifo_is_skipped_without_blocking(
    tmp_path: Path, records: list[ArticleRecords]
) -> None:
    import os

    r = records[0]
    cache = RecordCache(tmp_path, ArticleRecords, model="m==1")
    path = cache.path(cache.key(r.article.id, r.article.text))
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    assert cache.get(r.article.id, r.article.text) is None
    assert "named pipe" in cache.warnings[0]


def test_a_forged_parse_entry_of_another_text_or_a_zip_bomb_is_refused(
    nlp: Any, tmp_path: Path
) -> None:
    import zlib

    from spacy.tokens import DocBin

    from kg.run.cache import seal
    from kg.run.parses import ParseCache

    cache = ParseCache(tmp_path, "m==1")
    text = TEXTS["bridge"]
    path = cache.path(cache.key(text))
    path.parent.mkdir(parents=True)
    path.write_bytes(seal(DocBin(docs=[nlp("Something else entirely.")]).to_bytes()))
    assert cache.get(text, nlp) is None and "another text" in cache.warnings[-1]
    path.write_bytes(seal(zlib.compress(b"\x00" * (200 * len(text) + (2 << 20)))))
    assert cache.get(text, nlp) is None and "inflates" in cache.warnings[-1]
    assert not path.exists()
