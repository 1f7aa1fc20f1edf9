"""Every input kind at once: the articles of the files and folders a user names.

- ``.txt``/``.text`` files and saved pages (``.html``/``.htm``, or a ``.txt``
  that is a page): one article each (:mod:`kg.read.articles`, :mod:`kg.read.html`),
  with what the folder's sidecar says of them (:mod:`kg.read.metadata`);
- corpus files named directly (``.csv``, ``.tsv``, ``.jsonl``, ``.json``): one
  article per row (:mod:`kg.read.corpus`).

A file or row that cannot be used is skipped with a one-line reason; ids are
made unique.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import SIDECAR_NAMES
from kg.read.articles import Article, discover_files, folder_files, read_article
from kg.read.corpus import CORPUS_SUFFIXES, CorpusColumns, read_corpus
from kg.read.metadata import Sidecar, apply_meta, find_sidecar, read_sidecar
from kg.read.rawfile import display_path

__all__ = ["Loaded", "load_articles"]


@dataclass(frozen=True)
class Loaded:
    """What reading the inputs gave.

    Attributes
    ----------
    articles : tuple of Article
        In input order, ids unique.
    skipped : tuple of InputError
        Each file or corpus row that could not be used, with the reason.
    warnings : tuple of str
        Files read with a fallback, ids renamed, metadata that could not be used.
    """

    articles: tuple[Article, ...]
    skipped: tuple[InputError, ...]
    warnings: tuple[str, ...]


class _Sidecars:
    """The sidecar of each folder, read once, and the files each one was used for."""

    def __init__(self) -> None:
        self.by_folder: dict[Path, Sidecar | None] = {}
        self.files: dict[Path, set[Path]] = {}
        self.warnings: list[str] = []

    def sidecar(self, folder: Path) -> Sidecar | None:
        if folder not in self.by_folder:
            path = find_sidecar(folder)
            try:
                found = read_sidecar(path) if path else None
            except InputError as exc:
                self.warnings.append(f"{exc}; metadata not used")
                found = None
            self.by_folder[folder] = found
            self.warnings.extend(found.warnings if found else ())
        return self.by_folder[folder]

    def apply(self, article: Article, file: Path) -> Article:
        sidecar = self.sidecar(file.parent)
        if sidecar is None:
            return article
        self.files.setdefault(file.parent, set()).add(file)
        meta = sidecar.meta_for(file)
        return apply_meta(article, meta) if meta else article

    def unused_warnings(self) -> list[str]:
        out = []
        for folder, sidecar in self.by_folder.items():
            unused = sidecar.unused(self.files.get(folder, set())) if sidecar else []
            if sidecar and unused:
                rows = ", ".join(f"{sidecar.where[n]} {n!r}" for n in unused[:3])
                more = f" and {len(unused) - 3} more" if len(unused) > 3 else ""
                out.append(f"{sidecar.path}: no article file for {rows}{more}")
        return out


def _unique(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Ids made unique with ``-2``, ``-3``... and a warning for each renamed one."""
    ids: set[str] = set()
    out: list[Article] = []
    warnings: list[str] = []
    for article in articles:
        if article.id in ids:
            n = 2
            while f"{article.id}-{n}" in ids:
                n += 1
            where = article.path if article.row is None else f"{article.path}: row {article.row}"
            warnings.append(f"{where}: another article is named {article.id!r}, using -{n}")
            article = replace(article, id=f"{article.id}-{n}")
        ids.add(article.id)
        out.append(article)
    return out, warnings


def _corpus_files_in_folders(
    paths: Iterable[str | os.PathLike[str]], found: Iterable[Path]
) -> list[InputError]:
    """A corpus file inside a folder given (not a sidecar, not also named): not read, said so.

    A folder contributes its article files only (its ``.csv`` may be anything: a
    spreadsheet of notes, an export): a corpus file is read when named directly.
    """
    named = {f.resolve() for f in found}
    out = []
    for folder in (Path(p) for p in paths):
        for f in folder_files(folder, CORPUS_SUFFIXES) if folder.is_dir() else ():
            if f.name.lower() not in SIDECAR_NAMES and f.resolve() not in named:
                why = "a corpus file inside a folder is not read: name the file itself"
                out.append(InputError(f, why))
    return out


def load_articles(
    paths: Iterable[str | os.PathLike[str]], columns: CorpusColumns | None = None
) -> Loaded:
    """Read every article under ``paths``.

    Parameters
    ----------
    paths : iterable of path-like
        Article files, saved pages, corpus files, or folders of articles.
    columns : CorpusColumns, optional
        The columns of corpus files (default: the usual names).

    Raises
    ------
    InputError
        A path does not exist.
    """
    paths = list(paths)
    found = discover_files(paths)
    articles: list[Article] = []
    skipped: list[InputError] = _corpus_files_in_folders(paths, found)
    warnings: list[str] = []
    sidecars = _Sidecars()
    for path in found:
        try:
            if path.suffix.lower() in CORPUS_SUFFIXES:
                corpus = read_corpus(path, columns)
                articles.extend(corpus.articles)
                skipped.extend(corpus.bad_rows)
                warnings.extend(corpus.warnings)
                continue
            article = read_article(path)
        except InputError as exc:
            skipped.append(exc)
            continue
        if article.encoding != "utf-8":
            warnings.append(f"{display_path(path)}: not valid UTF-8, read as {article.encoding}")
        articles.append(sidecars.apply(article, path))
    unique, renamed = _unique(articles)
    warnings = [*sidecars.warnings, *warnings, *renamed, *sidecars.unused_warnings()]
    return Loaded(tuple(unique), tuple(skipped), tuple(warnings))
