"""Quote extraction, step 1: the quotation marks of a text.

:func:`quote_regions` pairs straight and curly double marks (quotes running over several
paragraphs, unbalanced marks closed at the end of their paragraph); single marks count
where no double mark does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import NOT_AFTER_POSSESSIVE

if TYPE_CHECKING:
    pass


_OPENERS = "“„«"


_MARK = re.compile(r"''|[\"“”„«»]")


_LEADING_MARK = re.compile(r"^(?:''|[\"“”„«»])")


_PARAGRAPH_BREAK = re.compile(r"\n")


_WORD = re.compile(r"\w+")


def _opens_here(text: str, i: int, j: int) -> bool:
    """A straight or ambiguous mark at ``text[i:j]`` looks like an opening one."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _closes_here(text: str, j: int) -> bool:
    after = text[j] if j < len(text) else " "
    return after.isspace() or after in ".,;:!?)]—–-"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Pair the double quotation marks of ``text`` into ``(start, end)`` regions.

    Straight (``"``), curly, angle and doubled-apostrophe (``''``) marks are
    understood. Regions include their marks. A quote whose paragraph ends
    without a closing mark continues when the next paragraph opens with a
    quotation mark (the convention for quotes over several paragraphs);
    otherwise it is closed at the end of its paragraph, so an odd number of
    marks never swallows the rest of the article.

    >>> t = '“One,” he said, "two." And “three\\n\\n“four.”'
    >>> [t[a:b] for a, b in quote_regions(t)]
    ['“One,”', '"two."', '“three\\n\\n“four.”']
    >>> t = 'He said "unclosed\\nNext line "ok" here'
    >>> [t[a:b] for a, b in quote_regions(t)]
    ['"unclosed', '"ok"']
    >>> t = "''It works,'' she said."
    >>> [t[a:b] for a, b in quote_regions(t)]
    ["''It works,''"]
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    last_mark_end = 0
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]

    def paragraph_end(i: int) -> int:
        k = bisect.bisect_left(breaks, i)
        return breaks[k] if k < len(breaks) else len(text)

    for m in _MARK.finditer(text):
        i, j = m.start(), m.end()
        if open_at is not None and paragraph_end(last_mark_end - 1) < i:
            # The open quote's paragraph ended: it carries on only into a paragraph that
            # opens with a quotation mark (and every paragraph between does too).
            line_start = text.rfind("\n", 0, i) + 1
            if text[line_start:i].strip() == "" and _only_quote_paragraphs(
                text, last_mark_end, line_start
            ):
                last_mark_end = j
                continue
            regions.append((open_at, _rstrip(text, open_at + 1, paragraph_end(last_mark_end - 1))))
            open_at = None
        c = m.group()
        if open_at is None:
            if c in _OPENERS or _opens_here(text, i, j):
                open_at = i
                last_mark_end = j
            continue
        if c in _OPENERS and not _closes_here(text, j):
            # A second opening mark inside a quote: the first was never closed.
            regions.append((open_at, _rstrip(text, open_at + 1, i)))
            open_at = i
            last_mark_end = j
            continue
        regions.append((open_at, j))
        open_at = None
        last_mark_end = j
    if open_at is not None:
        regions.append((open_at, _rstrip(text, open_at + 1, paragraph_end(last_mark_end - 1))))
    doubles = [(a, b) for a, b in regions if b - a > 2]
    return sorted(doubles + _single_regions(text, doubles))


#: A single quotation mark opening a quote: at the start of a line or after a space,
#: bracket, dash or colon, before a letter or digit.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))['‘](?=\w)", re.MULTILINE)


#: Characters before a single mark that close a quote ("pay,' she said").
_CLOSING_PUNCT = ",.!?…"


def _single_regions(text: str, doubles: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes in single marks ('We will not pay,' she said), told apart from apostrophes.

    A mark between two letters is an apostrophe (it's, Lee's); a closing mark follows
    punctuation or a word and precedes a space or punctuation; a plural possessive
    ("the teachers' union") is not taken for one. Single marks inside double quotes belong
    to them; a pair with fewer than three words between is a scare quote, not a quote.

    >>> t = "'We will not pay. It's our money,' she said of the 'plan'."
    >>> [t[a:b] for a, b in _single_regions(t, [])]
    ["'We will not pay. It's our money,'"]
    """
    starts = [a for a, _ in doubles]
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SINGLE_OPEN.finditer(text):
        i = m.start()
        if i < pos or _inside(doubles, starts, i) or text[i : i + 2] == "''":
            continue
        stop = text.find("\n", i)
        close = _single_close(text, i + 1, len(text) if stop < 0 else stop)
        if close is None or _inside(doubles, starts, close) or _words(text[i:close]) < 3:
            continue
        out.append((i, close + 1))
        pos = close + 1
    return out


def _single_close(text: str, start: int, stop: int) -> int | None:
    """Offset of the single mark that closes a quote opened before ``start``, or None."""
    for k in range(start, stop):
        if text[k] not in "'’":
            continue
        before = text[k - 1]
        after = text[k + 1] if k + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: it's, Lee's
        if before in _CLOSING_PUNCT and (after.isspace() or after in _CLOSING_PUNCT + ";:)"):
            return k
        if (
            before in '"”'
            and text[k - 2] in _CLOSING_PUNCT
            and (after.isspace() or after in ",.;:)")
        ):
            return k  # 'and the office says, "Nothing we could do."': a quote closing inside
        if before.isalnum() and after in ",.;:!?)":
            return k  # a plural possessive goes on to its noun ("the teachers' union")
        if before.isalnum() and after.isspace() and (before != "s" or _no_plural(text, k)):
            return k
        if before == "s" and after.isspace() and _next_word(text, k + 1) in NOT_AFTER_POSSESSIVE:
            return k  # "'reckless drivers' for the chaos": no possessive goes on to "for"
    return None


def _next_word(text: str, start: int) -> str:
    """The lowercased word that starts after the spaces at ``start`` ("" if none)."""
    m = _NEXT_WORD.match(text, start)
    return m.group(1).lower() if m else ""


_NEXT_WORD = re.compile(r"[ \t]*(\w+)")


#: Word endings in "s" that make no plural ("'outrageous'", "'a crisis'", "'the boss'"), so a
#: mark after them closes a quote rather than ending a plural possessive ("the teachers' vote").
_NOT_PLURAL_ENDINGS = ("ous", "ss", "us", "is")


def _no_plural(text: str, k: int) -> bool:
    """Whether the word before the mark at ``k`` ends in an "s" that makes no plural."""
    return text[max(0, k - 3) : k].lower().endswith(_NOT_PLURAL_ENDINGS)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _only_quote_paragraphs(text: str, open_at: int, line_start: int) -> bool:
    """Between the opening of a quote and ``line_start``, every paragraph opens with a mark."""
    pos = text.find("\n", open_at)
    while 0 <= pos < line_start:
        nxt = pos + 1
        line_end = text.find("\n", nxt)
        line = text[nxt : line_end if line_end >= 0 else len(text)].strip()
        if line and not _LEADING_MARK.match(line):
            return False
        pos = line_end
    return True


class _Regions:
    """Quote regions with fast lookup by character offset."""

    def __init__(self, regions: Sequence[tuple[int, int]]) -> None:
        self.regions = list(regions)
        self.starts = [a for a, _ in self.regions]

    def at(self, offset: int) -> int | None:
        """Index of the region holding ``offset``, or None."""
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.regions[k][1]:
            return k
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the regions overlapping ``[start, end)``."""
        k = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while k < len(self.regions) and self.regions[k][0] < end:
            if self.regions[k][1] > start:
                out.append(k)
            k += 1
        return out


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> bool:
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _words(text: str) -> int:
    return len(_WORD.findall(text))
