"""Publication dates, normalised to ISO 8601 (``2023-01-04``).

Three sources, tried in this order by the readers: metadata (a corpus column, a
sidecar row, the page's own metadata), then the text's dateline, then a date in
the file name. A date without a year ("MOSCOW, Jan 4 (Reuters) -") is not a
date kg can place in time, so it gives none.

>>> iso_date("Wed, 04 Jan 2023 10:00:00 GMT")
'2023-01-04'
>>> dateline_date("Ferry vote delayed\\n\\nLONDON, Jan. 4, 2023 (Reuters) - The council said")
'2023-01-04'
>>> dateline_date("The talks began on January 4, 2023, officials said.") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from kg.lexicon import DATELINE_FURNITURE, MONTHS, PUBLISHED_LABELS, UPDATED_LABELS

__all__ = ["DateMatch", "dateline_date", "filename_date", "find_date", "iso_date"]

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = (
    # 2023-01-04, 2023/01/04 (and an ISO date-time's date)
    re.compile(
        r"(?<![\d-])(?P<year>(?:19|20)\d\d)[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
    ),
    # January 4, 2023; Jan. 4th 2023
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    # 4 January 2023; 4th of Jan 2023; Wed, 04 Jan 2023 (RFC 2822)
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    # 14/01/2023 or 01/14/2023: only when the day cannot be mistaken for the month
    re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_YEAR}(?!\d)"),
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:T?\d{4,6})?$")
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)")
_LABEL = re.compile(
    r"^\W*(?P<label>"
    + "|".join(sorted(PUBLISHED_LABELS + UPDATED_LABELS, key=len, reverse=True))
    + r")\b[\s:.\-\u2013\u2014|]*(?:on\s+|at\s+)?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")
#: A wire dateline's place before its date: "MOSCOW," "WASHINGTON, D.C.," "By Jo Roe ABUJA,".
_WIRE_PLACE = re.compile(
    r"(?:^|\s)[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?,?\s*$"
)
#: What follows a wire dateline's date: an optional "(Agency)" and a dash.
_WIRE_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]")


@dataclass(frozen=True)
class DateMatch:
    """A full date found in a string.

    Attributes
    ----------
    iso : str
        The date as ``YYYY-MM-DD``.
    start, end : int
        Where it is written in the string searched.
    """

    iso: str
    start: int
    end: int


def _valid(year: int | str, month: int | str, day: int | str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("mon") is not None:
        return _valid(g["year"], g["mon"], g["day"])
    if g.get("month") is not None:
        return _valid(g["year"], MONTHS[g["month"].lower()], g["day"])
    a, b = int(g["a"]), int(g["b"])
    if a > 12 >= b:  # day first
        return _valid(g["year"], b, a)
    if b > 12 >= a or a == b:  # month first, or either way the same
        return _valid(g["year"], a, b)
    return None


def find_date(text: str) -> DateMatch | None:
    """The first full date (with a year) written in ``text``.

    >>> find_date("Posted 4 Jan 2023, 10:05")
    DateMatch(iso='2023-01-04', start=7, end=17)
    >>> find_date("Jan 4") is None
    True
    """
    first: re.Match[str] | None = None
    for form in _FORMS:
        m = form.search(text)
        if m and (first is None or m.start() < first.start()):
            first = m
    if first is None:
        return None
    iso = _from_match(first)
    return DateMatch(iso, first.start(), first.end()) if iso else None


def iso_date(value: object) -> str | None:
    """A metadata value (string or number) as an ISO date, or None when it holds none.

    Takes ISO dates and date-times, written dates in English, RFC 2822 dates,
    ``20230104``, and Unix times in seconds or milliseconds.

    >>> [iso_date(v) for v in ("2023-01-04T08:30:00Z", "4 January 2023", 1672790400)]
    ['2023-01-04', '2023-01-04', '2023-01-04']
    >>> iso_date("04/01/2023") is None  # 4 January or April 1?
    True
    """
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip()
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).date().isoformat()
    compact = _COMPACT.match(text)
    if compact:
        return _valid(*compact.group(1, 2, 3))
    found = find_date(text)
    return found.iso if found else None


def filename_date(name: str) -> str | None:
    """A date written in a file name, as archives name files ("2023-01-04_ferry.txt").

    >>> filename_date("reuters_2023-01-04_ferry-vote")
    '2023-01-04'
    """
    m = _FILE_DATE.search(name)
    return _valid(*m.group(1, 2, 3)) if m else None


def _is_date_line(line: str, found: DateMatch) -> bool:
    """A short line of a date, times, names and byline words only (no sentence)."""
    if len(line) > 100:
        return False
    rest = _TIME.sub(" ", line[: found.start] + " " + line[found.end :])
    return all(
        not w[0].islower() or w.lower().rstrip(".") in DATELINE_FURNITURE
        for w in _WORD.findall(rest)
    )


def _is_wire_dateline(line: str, found: DateMatch) -> bool:
    """``PLACE, <date> (Agency) -`` at the start of a paragraph."""
    return bool(_WIRE_END.match(line, found.end) and _WIRE_PLACE.search(line[: found.start]))


def dateline_date(text: str, max_lines: int = 12, max_chars: int = 1500) -> str | None:
    """The publication date a story's top shows, or None.

    Only the first ``max_lines`` non-blank lines are read, and a date counts only
    where a dateline puts it: after a label ("Published: ..."; an "Updated: ..."
    date only when no other is found), alone on a short line with a byline or a
    time ("By Jane Doe | January 4, 2023"), or in a wire dateline ("LONDON, Jan. 4,
    2023 (Reuters) -"). A date inside a sentence is what the story is about, not
    when it was written, and is never taken.
    """
    updated: str | None = None
    lines = (line.strip() for line in text[:max_chars].splitlines())
    for n, line in enumerate(x for x in lines if x):
        if n >= max_lines:
            break
        label = _LABEL.match(line)
        if label:
            found = find_date(line[label.end() : label.end() + 60])
            if found and found.start <= 25:
                if label.group("label").lower() not in UPDATED_LABELS:
                    return found.iso
                updated = updated or found.iso
                continue
        found = find_date(line[:200])
        if found and (_is_date_line(line, found) or _is_wire_dateline(line, found)):
            return found.iso
    return updated
