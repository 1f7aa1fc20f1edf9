"""A per-article cache of extraction records, so no article is parsed twice.

Each entry holds the records extracted from one article and is keyed by
everything that could change them:

- the article id and the SHA-256 of its text;
- the spaCy model package, its version and spaCy's version (see
  :func:`kg.extract.nlp.model_fingerprint`);
- kg's extraction version: :data:`EXTRACTION_VERSION` (bump it by hand when
  extraction changes meaning) combined with a hash of the source of every kg
  module that can take part in extraction (:func:`extraction_fingerprint`), so
  a stale entry cannot be served even when nobody remembered to bump it;
- whether the learned attributions were on (``kg build --learned``), so a default
  build never reuses a learned build's records, nor the other way round.

Entries are JSON (``dataclasses.asdict`` on the way in, a generic
reconstruction from the dataclass type hints on the way out), so a new field
someone adds to a record needs no cache code. JSON rather than pickle because
a cache folder may be shared (a network drive, a Dask cluster's storage) and
loading it must never run code; it can also be inspected with any JSON tool.
A run writes no entry once an extraction module's source file is newer than the
moment the process loaded kg's extraction code (someone edited kg during the build): the
records it holds may come from the code before the edit, and the key would
hash the code after it. Every file starts with the SHA-256 of its payload: a truncated or altered
entry is detected, reported as a warning, deleted and recomputed. Writes go
through a temporary file and an atomic rename, so a killed build never leaves
half an entry.

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Point:
...     x: int
...     tags: tuple[str, ...] = ()
>>> from_jsonable(Point, to_jsonable(Point(1, ("a",))))
Point(x=1, tags=('a',))
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, Union

import kg.extract
from kg.read.rawfile import read_bounded
from kg.run import DEFAULT_CACHE_DIR

__all__ = [
    "CACHE_FORMAT",
    "DEFAULT_CACHE_DIR",
    "EXTRACTION_PACKAGE",
    "EXTRACTION_VERSION",
    "CacheFolders",
    "CacheStats",
    "CacheUsage",
    "EntryProblem",
    "RecordCache",
    "atomic_write",
    "cache_folders",
    "cache_usage",
    "check_records",
    "clear_cache",
    "discard_entry",
    "entry_limit",
    "extraction_fingerprint",
    "extraction_modules",
    "extraction_source_changed",
    "from_jsonable",
    "seal",
    "to_jsonable",
    "unseal",
]

#: Bump when extraction changes meaning in a way the source hash would not show
#: (a new model setting, a data file read at run time).
EXTRACTION_VERSION = 1
#: The layout of an entry file; part of every key.
CACHE_FORMAT = 1
#: The package whose modules make the per-article records; the fingerprint hashes their
#: source and that of every kg module they import (lexicons, the article record, errors).
EXTRACTION_PACKAGE = "kg.extract"

R = TypeVar("R")


def _kg_imports(source: str) -> set[str]:
    """The ``kg.*`` names a module's source imports (at any level, lazily or not)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("kg.")}


def _module_file(module: str) -> Path | None:
    """The source file of a kg module (None for a name that is not a module)."""
    here = Path(__file__).resolve().parents[1].joinpath(*module.split(".")[1:])
    for path in (here.with_suffix(".py"), here / "__init__.py"):
        if path.is_file():
            return path
    return None


def _extraction_sources() -> dict[str, bytes]:
    package = _module_file(EXTRACTION_PACKAGE)
    assert package is not None
    todo = [EXTRACTION_PACKAGE]
    todo += [f"{EXTRACTION_PACKAGE}.{f.stem}" for f in package.parent.glob("*.py")]
    sources: dict[str, bytes] = {}
    while todo:
        module = todo.pop()
        path = _module_file(module)
        if module in sources or path is None:
            continue
        sources[module] = path.read_bytes()
        todo.extend(_kg_imports(sources[module].decode("utf-8")))
    return sources


def extraction_modules() -> tuple[str, ...]:
    """The modules whose source :func:`extraction_fingerprint` hashes.

    They are every module of :data:`EXTRACTION_PACKAGE` and every kg module
    they import, directly or through others. Extraction never imports a later
    stage, so editing assembly, outputs or queries leaves the fingerprint as it is.

    >>> {"kg.extract.quotes", "kg.extract.nlp", "kg.lexicon.reporting"} <= set(extraction_modules())
    True
    >>> [m for m in extraction_modules() if m.startswith(("kg.assemble", "kg.outputs", "kg.run"))]
    []
    """
    return tuple(sorted(_extraction_sources()))


@cache
def _extraction_files() -> tuple[Path, ...]:
    return tuple(p for m in extraction_modules() if (p := _module_file(m)) is not None)


def extraction_source_changed(since_ns: int) -> Path | None:
    """An extraction module's source file modified after ``since_ns`` (None if none is).

    >>> extraction_source_changed(4 * 10**18) is None  # 2096
    True
    >>> extraction_source_changed(0).suffix
    '.py'
    """
    for path in _extraction_files():
        with contextlib.suppress(OSError):
            if path.stat().st_mtime_ns > since_ns:
                return path
    return None


@cache
def extraction_fingerprint() -> str:
    """A hash of :data:`EXTRACTION_VERSION` and the source of :func:`extraction_modules`.

    >>> len(extraction_fingerprint())
    64
    """
    sources = _extraction_sources()
    digest = hashlib.sha256(f"kg-extraction {EXTRACTION_VERSION}\n".encode())
    for module in sorted(sources):
        digest.update(f"\n{module}\n".encode() + sources[module])
    return digest.hexdigest()


def to_jsonable(value: Any) -> Any:
    """A dataclass record (or anything inside one) as JSON-ready lists, dicts and scalars.

    >>> to_jsonable((1, None, ("a", 2.5)))
    [1, None, ['a', 2.5]]
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot store a {type(value).__name__} in the cache")


def from_jsonable(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from :func:`to_jsonable` output.

    Handles dataclasses, ``tuple[X, ...]``, ``tuple[X, Y]``, ``list[X]``,
    ``dict[str, X]``, ``X | None`` and other unions, ``Literal`` and scalars.
    The decoder for each type is built once from its type hints and reused.

    Raises
    ------
    TypeError, ValueError
        ``data`` does not have the shape of ``tp``.

    >>> from_jsonable(tuple[tuple[str, int], ...], [["a", 2]])
    (('a', 2),)
    >>> from_jsonable(int | None, None) is None
    True
    """
    return _decoder(tp)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(tp: Any) -> Decoder:
    """A function that rebuilds a value of type ``tp`` (built once per type)."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass_decoder(tp)
    if origin in (Union, types.UnionType):
        return _union_decoder(tp)
    if origin is Literal:
        allowed = typing.get_args(tp)

        def literal(data: Any) -> Any:
            if data not in allowed:
                raise ValueError(f"{data!r} is not one of {allowed}")
            return data

        return literal
    if origin in (tuple, list) or tp in (tuple, list):
        return _sequence_decoder(tp)
    if origin is dict or tp is dict:
        args = typing.get_args(tp)
        value = _decoder(args[1] if args else Any)

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object for {tp}")
            return {k: value(v) for k, v in data.items()}

        return mapping
    return _scalar_decoder(tp)


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(cls) if f.init}

    def record(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {cls.__name__}")
        if not data.keys() <= fields.keys():
            unknown = sorted(set(data) - set(fields))
            raise ValueError(f"unknown fields for {cls.__name__}: {unknown}")
        return cls(**{k: fields[k](v) for k, v in data.items()})

    return record


def _union_decoder(tp: Any) -> Decoder:
    args = typing.get_args(tp)
    optional = type(None) in args
    options = [_decoder(a) for a in args if a is not type(None)]
    if optional and len(options) == 1:
        inner = options[0]
        return lambda data: None if data is None else inner(data)

    def union(data: Any) -> Any:
        if data is None and optional:
            return None
        errors = []
        for option in options:
            try:
                return option(data)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise TypeError(f"{data!r} matches no type of {tp}: {'; '.join(errors)}")

    return union


def _sequence_decoder(tp: Any) -> Decoder:
    args = typing.get_args(tp)
    is_list = typing.get_origin(tp) is list or tp is list

    def check(data: Any) -> list[Any]:
        if not isinstance(data, list):
            raise TypeError(f"expected a list for {tp}")
        return data

    if is_list:
        item = _decoder(args[0] if args else Any)
        return lambda data: [item(v) for v in check(data)]
    if not args:
        return lambda data: tuple(check(data))
    if len(args) == 2 and args[1] is Ellipsis:
        each = _decoder(args[0])
        return lambda data: tuple([each(v) for v in check(data)])
    items = [_decoder(a) for a in args]

    def fixed(data: Any) -> Any:
        if len(check(data)) != len(items):
            raise ValueError(f"expected {len(items)} items for {tp}, got {len(data)}")
        return tuple(d(v) for d, v in zip(items, data, strict=True))

    return fixed


def _scalar_decoder(tp: Any) -> Decoder:
    if tp is Any:
        return lambda data: data
    name = getattr(tp, "__name__", str(tp))

    def wrong(data: Any) -> TypeError:
        return TypeError(f"expected {name}, got {type(data).__name__}")

    if tp is float:

        def real(data: Any) -> float:
            if isinstance(data, int | float) and not isinstance(data, bool):
                return float(data)
            raise wrong(data)

        return real
    if tp in (str, int, bool) or tp is type(None):
        exact = type(None) if tp is type(None) else tp

        def scalar(data: Any) -> Any:
            if type(data) is not exact:
                raise wrong(data)
            return data

        return scalar
    raise TypeError(f"the cache cannot store values of type {name}")


@dataclass(frozen=True)
class CacheFolders:
    """The two caches under one cache folder: ``parses/`` (DocBin) and ``records/`` (JSON)."""

    root: Path
    parses: Path
    records: Path


def cache_folders(root: str | os.PathLike[str]) -> CacheFolders:
    """Where the parse cache and the records cache live under ``root``.

    >>> cache_folders(".kg-cache").parses.as_posix()
    '.kg-cache/parses'
    """
    base = Path(root)
    return CacheFolders(base, base / "parses", base / "records")


@dataclass(frozen=True)
class CacheUsage:
    """What one cache folder holds: entry counts and bytes of each cache."""

    root: Path
    parse_entries: int
    parse_bytes: int
    record_entries: int
    record_bytes: int


def _entry_files(root: Path) -> tuple[list[Path], list[Path]]:
    """The parse and record entry files under ``root`` (records of the old flat layout too)."""
    folders = cache_folders(root)
    parses = sorted(folders.parses.glob("??/*.spacy"))
    records = sorted(folders.records.glob("??/*.json")) + sorted(root.glob("??/*.json"))
    return parses, records


def cache_usage(root: str | os.PathLike[str]) -> CacheUsage:
    """Entry counts and disk use of the caches under ``root`` (zeros when it does not exist).

    >>> cache_usage("/nonexistent/kg-cache").parse_entries
    0
    """
    base = Path(root)
    parses, records = _entry_files(base)
    return CacheUsage(
        base,
        len(parses),
        sum(p.stat().st_size for p in parses),
        len(records),
        sum(p.stat().st_size for p in records),
    )


def clear_cache(root: str | os.PathLike[str]) -> int:
    """Delete every cache entry under ``root`` and return how many there were.

    Only kg's own entry files (and temporary files of interrupted writes) are
    deleted, then the folders they leave empty: pointing ``--cache-dir`` at a
    folder of other files never deletes those files.
    """
    base = Path(root)
    parses, records = _entry_files(base)
    stale = [*base.glob("**/.*.tmp")] if base.is_dir() else []
    for path in (*parses, *records, *stale):
        path.unlink(missing_ok=True)
    for folder in sorted((d for d in base.glob("**/") if d != base), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
    return len(parses) + len(records)


@dataclass(frozen=True)
class CacheStats:
    """What a :class:`RecordCache` did since it was opened.

    Attributes
    ----------
    hits : int
        Articles whose records came from the cache.
    misses : int
        Articles not in the cache (corrupt entries included).
    written : int
        Entries stored.
    corrupt : int
        Entries that failed their checksum or did not decode (deleted, recomputed).
    warnings : tuple of str
        One line for each corrupt entry and each failed read or write.
    parsed : int
        Of the misses, the articles parsed (the others' parses came from the parse cache).
    """

    hits: int = 0
    misses: int = 0
    written: int = 0
    corrupt: int = 0
    warnings: tuple[str, ...] = ()
    parsed: int = 0


@dataclass
class RecordCache(Generic[R]):
    """Per-article records on disk under ``folder``, one JSON file per entry.

    Parameters
    ----------
    folder : path-like
        The cache folder (created when the first entry is written).
    record_type : type
        The dataclass stored (:class:`kg.run.pipeline.ArticleRecords`).
    model : str
        The model fingerprint (:func:`kg.extract.nlp.model_fingerprint`).
    extraction : str
        The extraction fingerprint (default: :func:`extraction_fingerprint`).
    learned : bool
        The records hold the learned attributions (``kg build --learned``): part of the
        key, so the two kinds of records never mix (a default key is as before).
    started_ns : int
        When the code making the records was loaded (default: :data:`kg.extract.LOADED_NS`);
        :meth:`put` writes nothing once an extraction source file is newer.

    Attributes
    ----------
    warnings : list of str
        Corrupt entries found (each was deleted and recomputed) and failed writes.
    """

    folder: Path
    record_type: type[R]
    model: str
    extraction: str = field(default_factory=extraction_fingerprint)
    learned: bool = False
    started_ns: int = field(default_factory=lambda: kg.extract.LOADED_NS)
    warnings: list[str] = field(default_factory=list)
    _counts: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _edited: Path | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self._counts = dict.fromkeys(("hits", "misses", "written", "corrupt"), 0)

    def stats(self) -> CacheStats:
        """Hits, misses, writes and corrupt entries so far."""
        return CacheStats(**self._counts, warnings=tuple(self.warnings))

    def key(self, doc_id: str, text: str) -> str:
        """The entry key of an article: a SHA-256 over everything its records depend on."""
        digest = hashlib.sha256()
        parts = [f"format {CACHE_FORMAT}", self.extraction, self.model, doc_id]
        if self.learned:
            parts.insert(3, "learned")
        for part in parts:
            digest.update(part.encode("utf-8") + b"\x00")
        digest.update(text.encode("utf-8", errors="surrogatepass"))
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        """Where the entry ``key`` lives."""
        return self.folder / key[:2] / f"{key}.json"

    def get(self, doc_id: str, text: str) -> R | None:
        """The cached records of an article, or None (a miss, or a bad entry now deleted).

        An entry is used only if it decodes to the record type and every record in it
        describes this article (:func:`check_records`); anything else is reported,
        deleted and recomputed.
        """
        key = self.key(doc_id, text)
        path = self.path(key)
        try:
            raw = read_bounded(path, entry_limit(text), EntryProblem)
        except EntryProblem as exc:
            self._counts["misses"] += 1
            if exc.missing:
                return None
            self._counts["corrupt"] += 1
            self.warnings.append(f"cache entry {exc}; recomputing {doc_id}")
            discard_entry(path)
            return None
        try:
            records = self._decode(raw, key)
            check_records(records, doc_id, text)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            self._counts["misses"] += 1
            self._counts["corrupt"] += 1
            self.warnings.append(f"cache entry {path} is corrupt ({exc}); recomputing {doc_id}")
            discard_entry(path)
            return None
        self._counts["hits"] += 1
        return records

    def _decode(self, raw: bytes, key: str) -> R:
        entry = json.loads(unseal(raw))
        if not isinstance(entry, dict) or entry.get("key") != key:
            raise ValueError("entry holds another key")
        return typing.cast(R, from_jsonable(self.record_type, entry["records"]))

    def put(self, doc_id: str, text: str, records: R) -> None:
        """Store an article's records, atomically (a failed write becomes a warning).

        Nothing is stored once kg's extraction source changed after ``started_ns``
        (one warning says so): the records may be the old code's, the key the new code's.
        """
        if self._edited is None:
            self._edited = extraction_source_changed(self.started_ns)
            if self._edited is not None:
                self.warnings.append(
                    f"kg's source changed during this run ({self._edited}); "
                    "its records are not cached"
                )
        if self._edited is not None:
            return
        key = self.key(doc_id, text)
        try:
            jsonable = to_jsonable(records)
        except TypeError as exc:  # a record field of a type JSON cannot hold
            self.warnings.append(f"cannot cache the records of {doc_id}: {exc}")
            return
        payload = json.dumps(
            {"key": key, "doc": doc_id, "records": jsonable},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8", errors="surrogatepass")
        path = self.path(key)
        try:
            atomic_write(path, seal(payload))
        except OSError as exc:
            self.warnings.append(f"cannot write cache entry {path}: {exc}")
            return
        self._counts["written"] += 1

    def entries(self) -> Iterable[Path]:
        """Every entry file in the cache folder."""
        return sorted(self.folder.glob("??/*.json")) if self.folder.is_dir() else []


class EntryProblem(Exception):
    """An entry file that cannot be used (``missing`` when there is none)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.missing = problem.startswith("no such file")
        super().__init__(f"{path} {problem}" if self.missing else f"{path}: {problem}")


def entry_limit(text: str) -> int:
    """The largest entry file accepted for ``text``: far above any real entry.

    A parse or the records of an article take about 4-5 bytes per character.
    """
    return 64 * len(text) + (1 << 20)


def discard_entry(path: Path) -> None:
    # A folder in its place or a read-only cache: reported already, recomputed anyway.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def check_records(value: Any, doc_id: str, text: str) -> None:
    """Check that cached records describe the article ``doc_id`` with ``text``.

    Every record (dataclass) with a ``doc`` field names ``doc_id``; every one with
    ``start`` and ``end`` lies inside the text; every one with a ``text`` as well
    holds exactly the text at its offsets. The article a record holds is ``text``.

    Raises
    ------
    ValueError
        The first record that does not.

    >>> from kg.extract.quotes import Span
    >>> check_records((Span(0, 2, "Hi"),), "a", "Hi there")
    >>> check_records((Span(0, 2, "<b>"),), "a", "Hi there")
    Traceback (most recent call last):
    ...
    ValueError: Span 0-2 holds '<b>', not the article's 'Hi'
    """
    if isinstance(value, list | tuple):
        for item in value:
            check_records(item, doc_id, text)
        return
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    name = type(value).__name__
    if name == "Article":
        if fields.get("text") != text or fields.get("id") != doc_id:
            raise ValueError("the entry holds another article")
        return
    if "doc" in fields and fields["doc"] != doc_id:
        raise ValueError(f"{name} names document {fields['doc']!r}, not {doc_id!r}")
    start, end = fields.get("start"), fields.get("end")
    if isinstance(start, int) and isinstance(end, int):
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"{name} offsets {start}-{end} are outside the text")
        said = fields.get("text")
        if isinstance(said, str) and said != text[start:end]:
            raise ValueError(
                f"{name} {start}-{end} holds {said!r}, not the article's {text[start:end]!r}"
            )
    for inner in fields.values():
        check_records(inner, doc_id, text)


def seal(payload: bytes) -> bytes:
    """An entry file's bytes: the SHA-256 of ``payload`` on the first line, then ``payload``.

    >>> unseal(seal(b"abc"))
    b'abc'
    """
    return hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unseal(raw: bytes) -> bytes:
    """The payload of an entry file written by :func:`seal`.

    Raises
    ------
    ValueError
        The checksum line is missing or does not match (a truncated or altered entry).
    """
    checksum, sep, payload = raw.partition(b"\n")
    if not sep or hashlib.sha256(payload).hexdigest().encode() != checksum:
        raise ValueError("checksum mismatch")
    return payload


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (no fsync)."""
    # Like kg.outputs.export.atomic_write_bytes but without fsync: a cache holds thousands of
    # entries, and an entry lost to a power cut fails its checksum and is recomputed.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
