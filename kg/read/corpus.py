"""Corpus files: one article per row of a CSV, TSV, JSON lines or JSON file.

The text is the first column of :data:`kg.lexicon.DEFAULT_COLUMNS` the file has
(``text``, ``body``, ``articleBody``, ``content`` ...), or the one named; so
are the id, title, date, outlet and url. Names match without case or
punctuation (``Article_Body`` is ``articleBody``). A row without text is named
(file and row) and skipped, as a bad file is; a file without a text column,
or one that cannot be parsed, is skipped whole.

>>> norm_column("Article_Body") == norm_column("articleBody")
True
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.lexicon import DEFAULT_COLUMNS
from kg.read.articles import MAX_ARTICLE_BYTES, Article, article_from_text
from kg.read.dates import iso_date
from kg.read.rawfile import display_path, read_bounded

__all__ = [
    "CORPUS_SUFFIXES",
    "CorpusColumns",
    "CorpusRead",
    "Row",
    "Table",
    "find_column",
    "norm_column",
    "read_corpus",
    "read_table",
    "text_value",
    "unreadable_date",
]

#: A larger corpus file is refused (split it): it is read into memory whole.
MAX_CORPUS_BYTES = 2 * 1024**3

CORPUS_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json")
#: Where a JSON file that is an object keeps its list of articles, tried first.
_LIST_KEYS = ("articles", "data", "items", "records", "rows", "documents", "results")


@dataclass(frozen=True)
class CorpusColumns:
    """The columns the user named (``--text-column`` ...); None tries the usual names."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Row:
    """One record of a table file.

    Attributes
    ----------
    number : int
        Its position among the records, from 1 (the header is not counted).
    where : str
        How messages name it: ``"row 3 (line 7)"``, ``"line 7"``, ``"item 3"``.
    values : Mapping[str, Any]
        Column name -> value (strings for CSV, any JSON value otherwise).
    problem : str or None
        Why the row cannot be used (its values are then empty).
    """

    number: int
    where: str
    values: Mapping[str, Any]
    problem: str | None = None

    def error(self, path: Path, problem: str | None = None) -> InputError:
        """The one-line error naming the file, this row and the problem."""
        return InputError(path, f"{self.where}: {problem or self.problem}")


@dataclass(frozen=True)
class Table:
    """A table file read: its column names and its rows in order (bad ones included)."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorpusRead:
    """The articles of a corpus file, the rows skipped and the warnings."""

    articles: tuple[Article, ...]
    bad_rows: tuple[InputError, ...]
    warnings: tuple[str, ...]


def norm_column(name: str) -> str:
    """A column name without case or punctuation, for matching."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def find_column(columns: Sequence[str], field: str, wanted: str | None, path: Path) -> str | None:
    """The column holding ``field``: the one named ``wanted``, else the usual names.

    Raises
    ------
    InputError
        ``wanted`` is not a column of the file.
    """
    by_norm = {norm_column(c): c for c in reversed(columns)}
    if wanted is not None:
        if norm_column(wanted) not in by_norm:
            listed = ", ".join(columns[:20]) or "none"
            raise InputError(path, f"no column {wanted!r} (columns: {listed})")
        return by_norm[norm_column(wanted)]
    for name in DEFAULT_COLUMNS[field]:
        if norm_column(name) in by_norm:
            return by_norm[norm_column(name)]
    return None


def _decode(path: Path) -> tuple[str, list[str]]:
    raw = read_bounded(path, MAX_CORPUS_BYTES, InputError)  # a FIFO is never opened
    if not raw.strip():
        raise InputError(path, "file is empty")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        shown = display_path(path)
        return raw.decode("cp1252", errors="replace"), [f"{shown}: not valid UTF-8, read as cp1252"]


def _delimiter(path: Path, header: str) -> str:
    """Tab for .tsv; else the commonest of , ; tab | in the header line (spreadsheets vary)."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in ",;\t|"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, text: str, strict: bool = True) -> Table:
    """The rows of a CSV text; a quote never closed is an error, sloppy quoting is not.

    Parsed strictly first, so that a quoted field running to the end of the file is
    found; a file with other quoting slips (``"a"b``) is parsed again leniently.
    """
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_ARTICLE_BYTES))
    delimiter = _delimiter(path, text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[Row] = []
    line = 1
    try:
        header = [h.strip() for h in next(reader)]
        line = reader.line_num + 1
        for number, cells in enumerate(reader, 1):
            where = f"row {number} (line {line})"
            line = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                problem = f"{len(cells)} fields, the header has {len(header)}"
                rows.append(Row(number, where, {}, problem))
                continue
            rows.append(Row(number, where, dict(zip(header, cells, strict=False))))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise InputError(path, f"line {line}: a quoted field is never closed") from None
        if strict:
            return _csv_rows(path, text, strict=False)
        raise InputError(path, f"line {reader.line_num}: not valid CSV ({exc})") from None
    return Table(tuple(header), tuple(rows))


def _object_row(number: int, where: str, item: Any) -> Row:
    if isinstance(item, dict):
        return Row(number, where, item)
    return Row(number, where, {}, "not a JSON object")


def _columns(rows: Sequence[Row]) -> tuple[str, ...]:
    """The keys of the first good row: a JSON file's columns."""
    return next((tuple(r.values) for r in rows if r.problem is None), ())


def _object_rows(items: Sequence[Any]) -> Table:
    rows = [_object_row(n, f"item {n}", item) for n, item in enumerate(items, 1)]
    return Table(_columns(rows), tuple(rows))


def _jsonl_rows(text: str) -> Table:
    rows: list[Row] = []
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other line separators.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rows.append(_object_row(n, f"line {n}", json.loads(line)))
        except json.JSONDecodeError as exc:
            rows.append(Row(n, f"line {n}", {}, f"not valid JSON ({exc.msg})"))
    return Table(_columns(rows), tuple(rows))


def _json_items(path: Path, text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = {k: v for k, v in data.items() if isinstance(v, list)}
        for key in [*(k for k in lists if k.lower() in _LIST_KEYS), *lists]:
            if any(isinstance(v, dict) for v in lists[key]):
                return lists[key]
    raise InputError(path, "expected a list of articles (or an object holding one)")


def read_table(path: str | Path) -> Table:
    """The records of a ``.csv``/``.tsv`` (quoted newlines kept), ``.jsonl`` or ``.json`` file.

    Raises
    ------
    InputError
        The file cannot be read or parsed at all.
    """
    p = Path(path)
    text, warnings = _decode(p)
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        table = _jsonl_rows(text)
    elif suffix == ".json":
        table = _object_rows(_json_items(p, text))
    else:
        table = _csv_rows(p, text)
    return replace(table, warnings=(*warnings, *table.warnings))


def text_value(value: Any) -> str | None:
    """A cell as one line of text (a JSON ``{"name": ...}`` object gives its name)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if value is None or isinstance(value, (list, dict, bool)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _article_text(row: Row, column: str, path: Path) -> str:
    value = row.values.get(column)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise row.error(path, f"no text in the {column!r} column")
    if not isinstance(value, str):
        raise row.error(path, f"the {column!r} value is not text")
    if len(value.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise row.error(path, f"text over the {MAX_ARTICLE_BYTES:,}-byte limit")
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _cell(row: Row, cols: Mapping[str, str | None], field: str) -> str | None:
    column = cols.get(field)
    return text_value(row.values.get(column)) if column else None


def _row_article(row: Row, cols: Mapping[str, str | None], path: Path) -> Article:
    """The row's article: its columns first, then what its text shows."""
    text = _article_text(row, cols["text"] or "", path)
    article = article_from_text(
        text, _cell(row, cols, "id") or f"{path.stem}-{row.number}", str(path)
    )
    written_date = _cell(row, cols, "date")
    return replace(
        article,
        title=_cell(row, cols, "title") or article.title,
        date=(iso_date(written_date) if written_date else None) or article.date,
        outlet=_cell(row, cols, "outlet"),
        url=_cell(row, cols, "url"),
        row=row.number,
    )


def unreadable_date(row: Row, column: str | None, path: Path) -> str | None:
    """A warning when the row's date column holds something that is not a date."""
    written = text_value(row.values.get(column)) if column else None
    if written and iso_date(written) is None:
        return f"{path}: {row.where}: cannot read the date {written!r}"
    return None


def read_corpus(path: str | Path, columns: CorpusColumns | None = None) -> CorpusRead:
    """Every article of a corpus file, one per row.

    Parameters
    ----------
    path : path-like
        A ``.csv``, ``.tsv``, ``.jsonl`` or ``.json`` file.
    columns : CorpusColumns, optional
        The columns to use; by default the usual names.

    Raises
    ------
    InputError
        The file cannot be parsed, has no text column, or lacks a column named.
    """
    p = Path(path)
    table = read_table(p)
    wanted = columns or CorpusColumns()
    cols = {
        f.name: find_column(table.columns, f.name, getattr(wanted, f.name), p)
        for f in fields(wanted)
    }
    if cols["text"] is None and table.rows:
        if not table.columns:  # no good row at all: its problem, not a missing column
            raise next(r for r in table.rows if r.problem is not None).error(p)
        listed = ", ".join(table.columns[:20])
        raise InputError(p, f"no text column (columns: {listed}); name it with --text-column")
    articles: list[Article] = []
    bad: list[InputError] = []
    warnings = list(table.warnings)
    for row in table.rows:
        if row.problem is not None:
            bad.append(row.error(p))
            continue
        try:
            articles.append(_row_article(row, cols, p))
        except InputError as exc:
            bad.append(exc)
            continue
        warning = unreadable_date(row, cols["date"], p)
        warnings.extend([f"{warning}; using the text's dateline"] if warning else [])
    return CorpusRead(tuple(articles), tuple(bad), tuple(warnings))
