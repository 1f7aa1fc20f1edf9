"""Stage 1: files on disk become :class:`Article` records.

An article is the text of one file, read as UTF-8 exactly as
``open(path, encoding="utf-8").read()`` reads it, so that every character
offset kg reports can be checked against the file with plain Python.

>>> a = article_from_text("A headline\\n\\nThe minister said it was fine.", "demo")
>>> a.id, a.title
('demo', 'A headline')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import BOILERPLATE_PATTERNS
from kg.read.rawfile import display_path, read_bounded, safe_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "Article",
    "article_from_text",
    "discover_files",
    "looks_like_html",
    "read_article",
]

#: File endings taken from a folder; a file named explicitly is read whatever its ending.
ARTICLE_SUFFIXES = (".txt", ".text")
#: Larger files are refused with a message: no news article is this long.
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
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)
#: What only a whole page has, anywhere in the file (a page saved after a preamble): its
#: doctype or the end of its structure (a "<body>" quoted in prose has no "</body>").
_HTML_PAGE = re.compile(rb"<!doctype\s+html|</html\s*>|</body\s*>|</head\s*>", re.IGNORECASE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r" \d{1,2}, \d{4})\b"
)


@dataclass(frozen=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        The file stem, unique within a corpus.
    text : str
        The text; all offsets in kg index into it.
    title : str
        The headline: the first non-blank line that is not page furniture.
    path : str or None
        Where it was read from (None for text given directly).
    date : str or None
        The first date found near the top, as written.
    encoding : str
        ``"utf-8"``, or the fallback used when the file was not UTF-8.
    """

    id: str
    text: str
    title: str
    path: str | None = None
    date: str | None = None
    encoding: str = "utf-8"


def _guess_title(text: str) -> str:
    """The first non-blank line that is not page furniture ("Skip to content")."""
    for line in text.splitlines():
        stripped = " ".join(line.split())
        if stripped and not _FURNITURE.fullmatch(stripped):
            return stripped[:200]
    return ""


def _guess_date(text: str) -> str | None:
    match = _DATE.search(text[:2000])
    return match.group(1) if match else None


def article_from_text(text: str, doc_id: str, path: str | None = None) -> Article:
    """Make an :class:`Article` from text already in memory.

    A leading byte-order mark is replaced by a space so offsets still match the file.
    Lone surrogates (which no file can hold) become U+FFFD, one character for one, so
    every output encodes as UTF-8; an id or path that is not valid text is escaped.
    """
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    text = _SURROGATE.sub("\ufffd", text)
    return Article(
        id=safe_text(doc_id),
        text=text,
        title=_guess_title(text),
        path=None if path is None else safe_text(path),
        date=_guess_date(text),
    )


def looks_like_html(raw: bytes) -> bool:
    """Whether a file's bytes are a web page (a page's own tags anywhere, not only at the top).

    >>> looks_like_html(b"Saved from a browser" + b" " * 600 + b"<html><body>x</body></html>")
    True
    >>> looks_like_html(b"The minister said the <b> tag was bold.")
    False
    """
    return bool(_HTML_START.match(raw[:512]) or _HTML_PAGE.search(raw))


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
    if looks_like_html(raw):
        raise InputError(path, "looks like an HTML page, not article text: save the text as .txt")


def read_article(path: str | os.PathLike[str], doc_id: str | None = None) -> Article:
    """Read one article file.

    Parameters
    ----------
    path : path-like
        The file.
    doc_id : str, optional
        The id to give it; by default the file stem.

    Raises
    ------
    InputError
        The file is missing, unreadable, empty, binary, HTML or too large.
    """
    p = Path(path)
    raw = read_bounded(p, MAX_ARTICLE_BYTES, InputError)
    _check_bytes(p, raw)
    text, encoding = _decode(p, raw)
    # The same newline handling as open(path, encoding="utf-8").read().
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = article_from_text(text, doc_id or p.stem, path=display_path(p))
    if encoding != "utf-8":
        article = Article(
            id=article.id,
            text=article.text,
            title=article.title,
            path=article.path,
            date=article.date,
            encoding=encoding,
        )
    return article


def _folder_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(root) / name


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """List the article files named by ``paths`` (files, or folders searched recursively).

    Folders contribute their ``.txt`` files in sorted order; a file named
    directly is always included (it is checked when read).

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
            candidates: Iterable[Path] = _folder_files(p)
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
