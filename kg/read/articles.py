"""Stage 1: files on disk become :class:`Article` records.

A text file's article is its text, read as UTF-8 exactly as
``open(path, encoding="utf-8").read()`` reads it, so that every character
offset kg reports can be checked against the file with plain Python. A saved
web page's article is the text :mod:`kg.read.html` extracts from it; ``kg build``
writes that text beside its outputs, and offsets index into it.

>>> a = article_from_text("A headline\\n\\nThe minister said it was fine.", "demo")
>>> a.id, a.title
('demo', 'A headline')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import BOILERPLATE_PATTERNS
from kg.read.dates import dateline_date, filename_date
from kg.read.html import HTML_SUFFIXES, MAX_PAGE_BYTES, Page, extract_page, looks_like_html
from kg.read.rawfile import display_path, read_bounded, safe_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "Article",
    "article_from_text",
    "discover_files",
    "folder_files",
    "looks_like_page",
    "read_article",
]

#: File endings taken from a folder; a file named explicitly is read whatever its ending.
ARTICLE_SUFFIXES = (".txt", ".text", *HTML_SUFFIXES)
#: Larger text files are refused with a message: no news article is this long.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "a gzip archive",
}
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS), re.IGNORECASE)
#: What only a whole page has, anywhere in the file (a page saved after a preamble): its
#: doctype or the end of its structure (a "<body>" quoted in prose has no "</body>").
_HTML_PAGE = re.compile(rb"<!doctype\s+html|</html\s*>|</body\s*>|</head\s*>", re.IGNORECASE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        The file stem (or a corpus row's id), unique within a corpus.
    text : str
        The text; all offsets in kg index into it.
    title : str
        The headline: the page's or the row's, else the first non-blank line that is
        not page furniture.
    path : str or None
        Where it was read from (None for text given directly).
    date : str or None
        The publication date as ISO 8601 (``2023-01-04``): from metadata, else the
        text's dateline, else the file name (:mod:`kg.read.dates`).
    encoding : str
        ``"utf-8"``, or the fallback used when the file was not UTF-8.
    outlet : str or None
        The publisher ("The Coastal Ledger"), when the page or the metadata names it.
    url : str or None
        The article's address, when the page or the metadata gives it.
    row : int or None
        The row of a corpus file the article came from (None for a file of its own).
    """

    id: str
    text: str
    title: str
    path: str | None = None
    date: str | None = None
    encoding: str = "utf-8"
    outlet: str | None = None
    url: str | None = None
    row: int | None = None


def _guess_title(text: str) -> str:
    """The first non-blank line that is not page furniture ("Skip to content")."""
    for line in text.splitlines():
        stripped = " ".join(line.split())
        if stripped and not _FURNITURE.fullmatch(stripped):
            return stripped[:200]
    return ""


def article_from_text(text: str, doc_id: str, path: str | None = None) -> Article:
    """Make an :class:`Article` from text already in memory.

    A leading byte-order mark is replaced by a space so offsets still match the file.
    The date is the text's dateline, if it has one. Lone surrogates (which no file
    can hold) become U+FFFD, one character for one, so every output encodes as UTF-8;
    an id or path that is not valid text is escaped.
    """
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    text = _SURROGATE.sub("\ufffd", text)
    return Article(
        id=safe_text(doc_id),
        text=text,
        title=_guess_title(text),
        path=None if path is None else safe_text(path),
        date=dateline_date(text),
    )


def looks_like_page(raw: bytes) -> bool:
    """Whether a file's bytes are a web page: it starts as one, or a page's structure is
    anywhere in it (a page saved after a preamble).

    >>> looks_like_page(b"Saved from a browser" + b" " * 600 + b"<html><body>x</body></html>")
    True
    >>> looks_like_page(b"The minister said the <b> tag was bold.")
    False
    """
    return looks_like_html(raw) or _HTML_PAGE.search(raw) is not None


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(path, "not valid UTF-16 despite its byte-order mark") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _check_bytes(path: Path, raw: bytes) -> None:
    if not raw.strip():
        raise InputError(path, "file is empty")
    for signature, what in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise InputError(path, f"not a text file: looks like {what}")
    if raw.startswith(_UTF16_BOMS):
        return  # UTF-16 (NUL bytes are half its characters), decoded by _decode
    if b"\x00" in raw:
        raise InputError(path, "not a text file: it contains NUL bytes")


def _read_bytes(p: Path) -> bytes:
    """The file's bytes: a regular file only (stat first), at most its kind's limit + 1 read."""
    limit = MAX_PAGE_BYTES if p.suffix.lower() in HTML_SUFFIXES else MAX_ARTICLE_BYTES
    return read_bounded(p, limit, InputError)


def _page_article(page: Page, doc_id: str, path: Path) -> Article:
    """The article of a saved web page: the page's metadata first, then the text's."""
    article = article_from_text(page.text, doc_id, path=display_path(path))
    return replace(
        article,
        title=page.title or article.title,
        date=page.date or article.date,
        outlet=page.outlet,
        url=page.url,
    )


def read_article(path: str | os.PathLike[str], doc_id: str | None = None) -> Article:
    """Read one article file: a text file, or a saved web page (whatever its ending).

    Parameters
    ----------
    path : path-like
        The file.
    doc_id : str, optional
        The id to give it; by default the file stem.

    Raises
    ------
    InputError
        The file is missing, unreadable, empty, binary or too large, or a web
        page with no article text.
    """
    p = Path(path)
    raw = _read_bytes(p)
    _check_bytes(p, raw)
    doc_id = doc_id or p.stem
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_page(raw):
        article = _page_article(extract_page(p, raw), doc_id, p)
    else:
        text, encoding = _decode(p, raw)
        # The same newline handling as open(path, encoding="utf-8").read().
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        article = article_from_text(text, doc_id, path=display_path(p))
        article = replace(article, encoding=encoding)
    if article.date is None:
        article = replace(article, date=filename_date(p.stem))
    return article


def _is_saved_page_folder(name: str, files: list[str]) -> bool:
    """``page_files/``: the images and scripts a browser saves beside ``page.html``."""
    if not name.endswith("_files"):
        return False
    stem = name[: -len("_files")]
    return any(f"{stem}{suffix}" in files for suffix in HTML_SUFFIXES)


#: Files every ``kg build`` output folder holds: such a folder (with its texts/) is
#: not read as articles when it sits inside the corpus folder.
_OUTPUT_FILES = frozenset({"graph.json", "quotes.jsonl", "stances.jsonl"})


def folder_files(folder: Path, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[Path]:
    """The files of ``folder`` and its sub-folders ending in one of ``suffixes``, sorted.

    Hidden files and folders, the ``page_files/`` folder a browser saves beside
    ``page.html`` and ``kg build`` output folders are left out.
    """
    for root, dirs, files in os.walk(folder):
        if set(files) >= _OUTPUT_FILES:
            dirs[:] = []
            continue
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _is_saved_page_folder(d, files)
        )
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(suffixes):
                yield Path(root) / name


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """List the article files named by ``paths`` (files, or folders searched recursively).

    Folders contribute their ``.txt``, ``.text``, ``.html`` and ``.htm`` files in
    sorted order (not the ``page_files/`` folder a browser saves beside
    ``page.html``, nor a ``kg build`` output folder); a file named directly is
    always included (it is checked when read), so corpus files (``.csv``,
    ``.jsonl``, ``.json``) are named directly.

    Raises
    ------
    InputError
        A path does not exist.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            candidates: Iterable[Path] = folder_files(p)
        elif p.exists() or p.is_symlink():
            candidates = [p]
        else:
            raise InputError(p, "no such file or folder")
        for f in candidates:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                found.append(f)
    return found
