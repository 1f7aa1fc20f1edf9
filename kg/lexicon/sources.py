"""Where articles come from: corpus column names, and the words of dates and datelines.

The column names are the ones archives, scrapers and news APIs commonly use;
they are compared without case or punctuation (``articleBody`` = ``article_body``).
"""

from __future__ import annotations

__all__ = [
    "DATELINE_FURNITURE",
    "DEFAULT_COLUMNS",
    "MONTHS",
    "PUBLISHED_LABELS",
    "SIDECAR_NAMES",
    "UPDATED_LABELS",
]

#: The columns tried, in order, for each field of a corpus row or a sidecar row.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "articleBody", "content", "full_text", "maintext"),
    "id": ("id", "doc_id", "doc", "article_id", "document_id", "uuid", "guid", "key"),
    "title": ("title", "headline", "heading"),
    "date": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "date_published",
        "datePublished",
        "pubdate",
        "timestamp",
        "created_at",
    ),
    "outlet": (
        "outlet",
        "source",
        "publisher",
        "publication",
        "site_name",
        "sitename",
        "site",
        "newspaper",
        "media",
        "domain",
    ),
    "url": ("url", "link", "href", "permalink", "web_url", "uri"),
    # A sidecar names its article by file as well as by id.
    "file": ("file", "filename", "file_name", "path", "name"),
}

#: File names of the optional metadata sidecar of a folder of articles.
SIDECAR_NAMES = ("metadata.csv", "metadata.jsonl")

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Labels that introduce the publication date on a page ("Published: 4 January 2023").
PUBLISHED_LABELS = (
    "first published",
    "published",
    "posted",
    "released",
    "issued",
    "dated",
    "date",
)
#: Labels of a later revision's date, used only when no publication date is given.
UPDATED_LABELS = ("last updated", "last modified", "updated", "modified", "revised")

#: Lower-case words a byline or date line may hold besides names, dates and times
#: ("By Jane Doe and Sam Roe | Wed 4 Jan 2023 at 10.05 a.m. GMT"); any other lower-case
#: word makes the line a sentence or a headline, whose date is not the article's.
DATELINE_FURNITURE = frozenset(
    [
        "by",
        "on",
        "at",
        "and",
        "of",
        "the",
        "from",
        "in",
        "last",
        "am",
        "pm",
        "a.m",
        "p.m",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "et",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "ist",
        "jst",
        "aest",
    ]
)
