"""Saved web pages: the article's text and metadata, found by ``trafilatura``.

A page saved from a browser holds the story among menus, adverts, scripts and
footers. :func:`extract_page` keeps the main text (without reader comments or
tables), its paragraphs separated by blank lines and the headline first, and
the page's own headline, publication date, site name and address. It reads the
bytes it is given and fetches nothing.

trafilatura is imported on the first page read, so commands that never read a
page do not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import InputError
from kg.read.dates import iso_date

__all__ = ["HTML_SUFFIXES", "MAX_PAGE_BYTES", "Page", "extract_page", "looks_like_html"]

HTML_SUFFIXES = (".html", ".htm")
#: trafilatura's own limit; a saved page with inline images can be large.
MAX_PAGE_BYTES = 20_000_000
#: Less text than this is a page without an article (an index, a login wall).
MIN_PAGE_TEXT = 20

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head|<body)",
    re.IGNORECASE | re.DOTALL,
)
#: The page ``kg build`` writes (graph.html) says who made it.
_KG_PAGE = re.compile(rb'<meta name="generator" content="kg[ "]')
#: The comment browsers write at the top of a saved page: <!-- saved from url=(0042)https://... -->
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What a web page holds of its article.

    Attributes
    ----------
    text : str
        The article's text: the headline, then each paragraph, blank lines between.
    title, date, outlet, url : str or None
        The headline, the ISO publication date, the site's name (else its host),
        and the page's address, where the page gives them.
    """

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


def looks_like_html(raw: bytes) -> bool:
    """True when the bytes start as a web page does (``.txt`` files are sometimes pages).

    >>> looks_like_html(b"<!-- saved from url=(0019)https://example.org -->\\n<html>")
    True
    >>> looks_like_html(b"Mayor says <b> is a tag")
    False
    """
    return bool(_HTML_START.match(raw[:4096]))


def _text(extracted: str, title: str | None) -> str:
    """Paragraphs joined by blank lines; the headline first unless the text opens with it."""
    paragraphs = [" ".join(line.split()) for line in extracted.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    headline = " ".join((title or "").split())
    if headline and headline not in paragraphs[:5]:
        paragraphs.insert(0, headline)
    return "\n\n".join(paragraphs)


def _outlet(sitename: str | None, url: str | None) -> str | None:
    if sitename and sitename.strip():
        return " ".join(sitename.split())
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _run_trafilatura(path: Path, raw: bytes) -> object | None:
    try:
        import trafilatura
    except ImportError as exc:
        raise InputError(path, f"cannot read web pages: {exc}") from None
    try:
        return trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # a third-party parser on arbitrary input: one page, one line
        raise InputError(path, f"cannot read this web page ({type(exc).__name__})") from None


def extract_page(path: str | Path, raw: bytes) -> Page:
    """The article of a saved web page.

    Parameters
    ----------
    path : path-like
        The file, for messages.
    raw : bytes
        Its content (the page's own charset declaration is honoured).

    Raises
    ------
    InputError
        The page holds no article text.
    """
    p = Path(path)
    if _KG_PAGE.search(raw[:4096]):
        raise InputError(p, "a graph page kg wrote, not an article")
    doc = _run_trafilatura(p, raw)
    extracted = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None)
    text = _text(extracted, None)
    if len(text) < MIN_PAGE_TEXT:
        raise InputError(p, "an HTML page with no article text that kg could find")
    saved_from = _SAVED_FROM.search(raw[:4096])
    url = getattr(doc, "url", None) or (
        saved_from.group(1).decode("ascii", "replace") if saved_from else None
    )
    return Page(
        text=_text(extracted, title),
        title=" ".join(title.split()) if title else None,
        date=iso_date(getattr(doc, "date", None)),
        outlet=_outlet(getattr(doc, "sitename", None), url),
        url=url,
    )
