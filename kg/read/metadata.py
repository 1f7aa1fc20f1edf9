"""The optional metadata sidecar of a folder of articles.

A folder of ``.txt`` files (or saved pages) may hold ``metadata.csv`` or
``metadata.jsonl``: one row per article, naming it by ``id`` (its file stem)
or ``file`` (its file name), with any of ``date``, ``outlet``, ``url`` and
``title`` (the usual other spellings are taken, as for corpus files). What the
sidecar says comes before what kg finds in the file::

    id,date,outlet,url
    ferry-vote,2023-03-14,The Coastal Ledger,https://ledger.example.org/ferry-vote
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import SIDECAR_NAMES
from kg.read.articles import Article
from kg.read.corpus import Row, find_column, read_table, text_value, unreadable_date
from kg.read.dates import iso_date

__all__ = ["ArticleMeta", "Sidecar", "apply_meta", "find_sidecar", "read_sidecar"]


@dataclass(frozen=True)
class ArticleMeta:
    """What a sidecar row says of one article (None where it says nothing)."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Sidecar:
    """A folder's sidecar read.

    Attributes
    ----------
    path : Path
        The sidecar file.
    entries : Mapping[str, ArticleMeta]
        By the name each row gives (a file name or a stem, as written).
    where : Mapping[str, str]
        The row each name came from ("row 3 (line 4)"), for messages.
    warnings : tuple of str
        Rows that could not be used.
    """

    path: Path
    entries: Mapping[str, ArticleMeta]
    where: Mapping[str, str]
    warnings: tuple[str, ...] = ()

    def meta_for(self, file: Path) -> ArticleMeta | None:
        """The row naming ``file`` by its name or its stem, if any."""
        return self.entries.get(file.name) or self.entries.get(file.stem)

    def unused(self, files: set[Path]) -> list[str]:
        """Names of rows that match none of ``files``."""
        names = {f.name for f in files} | {f.stem for f in files}
        return [name for name in self.entries if name not in names]


def find_sidecar(folder: Path) -> Path | None:
    """The sidecar file of ``folder``, if it has one."""
    for name in SIDECAR_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def _key(row: Row, columns: Mapping[str, str | None]) -> str | None:
    """The article a row names: its id, else the name of its file."""
    for field in ("id", "file"):
        column = columns[field]
        value = text_value(row.values.get(column)) if column else None
        if value:
            return Path(value).name
    return None


def _meta(row: Row, columns: Mapping[str, str | None]) -> ArticleMeta:
    def cell(field: str) -> str | None:
        column = columns[field]
        return text_value(row.values.get(column)) if column else None

    written_date = cell("date")
    return ArticleMeta(
        title=cell("title"),
        date=iso_date(written_date) if written_date else None,
        outlet=cell("outlet"),
        url=cell("url"),
    )


def read_sidecar(path: Path) -> Sidecar:
    """Read a sidecar; rows it cannot use become warnings.

    Raises
    ------
    InputError
        The file cannot be parsed, or names no article column (``id`` or ``file``).
    """
    table = read_table(path)
    fields = ("id", "file", "title", "date", "outlet", "url")
    columns = {f: find_column(table.columns, f, None, path) for f in fields}
    if columns["id"] is None and columns["file"] is None and table.columns:
        listed = ", ".join(table.columns[:20])
        raise InputError(path, f"no id or file column (columns: {listed})")
    warnings = list(table.warnings)
    entries: dict[str, ArticleMeta] = {}
    where: dict[str, str] = {}
    for row in table.rows:
        key = _key(row, columns) if row.problem is None else None
        if key is None:
            warnings.append(f"{row.error(path, row.problem or 'names no article')}; row ignored")
            continue
        warning = unreadable_date(row, columns["date"], path)
        warnings.extend([warning] if warning else [])
        entries[key] = _meta(row, columns)
        where[key] = row.where
    return Sidecar(path, entries, where, tuple(warnings))


def apply_meta(article: Article, meta: ArticleMeta) -> Article:
    """``article`` with what the sidecar says in place of what kg found."""
    return replace(
        article,
        title=meta.title or article.title,
        date=meta.date or article.date,
        outlet=meta.outlet or article.outlet,
        url=meta.url or article.url,
    )
