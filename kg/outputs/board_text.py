"""The dispute board as text: terminal tables, Markdown, CSV and JSON.

Each form prints the rows of :func:`kg.outputs.board.board_rows` and computes
nothing of its own. Article text is untrusted in every form: the terminal
tables are built from ``rich`` Text objects (never markup strings), Markdown
escapes every character that would format, link or open HTML, and CSV cells
that a spreadsheet would run as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import is_dataclass
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.outputs.board import BoardEntry, BoardRow

if TYPE_CHECKING:  # rich and the exporters (networkx) are imported by the functions using them,
    # so that `kg board --json` on a graph.sqlite imports neither
    from rich.table import Table
    from rich.text import Text

__all__ = [
    "BOARD_CSV_FIELDS",
    "board_csv",
    "board_csv_path",
    "board_json",
    "board_markdown",
    "board_tables",
    "markdown_text",
    "quoted",
    "side_summary",
    "write_board_csv",
    "write_board_markdown",
]

#: The columns of the board CSV: one line per speaker and side of a position.
BOARD_CSV_FIELDS = (
    "rank",
    "position_id",
    "position",
    "side",
    "speaker",
    "type",
    "statements",
    "other_side",
    "quote",
    "article",
    "date",
    "doc",
    "start",
    "end",
    "confidence",
)
#: Quotes in terminal tables are clipped to this many characters.
TERMINAL_QUOTE_CHARS = 220
#: Article titles in terminal tables are clipped to this many characters.
TERMINAL_ARTICLE_CHARS = 80
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_SPACES = re.compile(r"\s+")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def side_summary(row: BoardRow) -> str:
    """One line: how many speakers and statements on each side.

    >>> side_summary(BoardRow("position:p", "p", (), (), (), 0, 0, 0))
    'no speaker takes a side'
    """
    parts = []
    for entries, n, verb in (
        (row.supporters, row.n_supports, "support"),
        (row.disputers, row.n_disputes, "dispute"),
    ):
        if entries:
            parts.append(f"{_plural(len(entries), 'speaker')} {verb} ({_plural(n, 'statement')})")
    if row.neutral:
        parts.append(f"{len(row.neutral)} neutral")
    return ", ".join(parts) if parts else "no speaker takes a side"


def quoted(text: str) -> str:
    """``text`` in quotation marks, unless it already opens with one; spaces folded.

    >>> quoted("the plan works"), quoted('"We will not pay," she said')
    ('“the plan works”', '"We will not pay," she said')
    """
    text = _SPACES.sub(" ", text).strip()
    return text if text[:1] in ('"', "\u201c", "\u2018", "'") else f"\u201c{text}\u201d"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _source(entry: BoardEntry, chars: int = 0) -> str:
    article = _clip(entry.quote.article, chars) if chars else entry.quote.article
    return " \u00b7 ".join(x for x in (article, entry.quote.date) if x)


# ------------------------------------------------------------------ terminal


def _cell(entry: BoardEntry | None) -> Text:
    from rich.text import Text

    if entry is None:
        return Text("")
    cell = Text(entry.name, style="bold")
    cell.append(f" ({_plural(entry.statements, 'statement')})", style="dim")
    if entry.other_side:
        other = "disputes" if entry.stance == "supports" else "supports"
        cell.append(f" also {other} ({entry.other_side})", style="italic")
    cell.append("\n" + _clip(quoted(entry.quote.text), TERMINAL_QUOTE_CHARS))
    cell.append("\n\u2014 " + _source(entry, TERMINAL_ARTICLE_CHARS), style="dim")
    return cell


def board_tables(rows: Sequence[BoardRow]) -> list[Table]:
    """One ``rich`` table per position: supporters beside disputers."""
    from rich.table import Table
    from rich.text import Text

    tables = []
    for i, row in enumerate(rows, start=1):
        table = Table(
            title=Text(f"{i}. {row.label}", style="bold"),
            caption=Text(side_summary(row)),
            show_lines=True,
            expand=True,
            title_justify="left",
            caption_justify="left",
        )
        table.add_column("Supports", style="green", ratio=1)
        table.add_column("Disputes", style="red", ratio=1)
        for left, right in zip_longest(row.supporters, row.disputers):
            table.add_row(_cell(left), _cell(right))
        if row.neutral:
            names = ", ".join(f"{e.name} ({e.statements})" for e in row.neutral)
            table.add_row(Text(f"neutral: {names}", style="dim"), Text(""))
        tables.append(table)
    return tables


# ------------------------------------------------------------------ Markdown


def markdown_text(text: str) -> str:
    """``text`` as inline Markdown that formats nothing, links nothing, opens no HTML.

    >>> markdown_text("<b>*x*</b> | a_b")
    '&lt;b&gt;\\\\*x\\\\*&lt;/b&gt; \\\\| a\\\\_b'
    """
    text = _SPACES.sub(" ", text).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md_cell(entry: BoardEntry | None) -> str:
    if entry is None:
        return ""
    parts = [f"**{markdown_text(entry.name)}** ({entry.statements})"]
    if entry.other_side:
        other = "disputes" if entry.stance == "supports" else "supports"
        parts.append(f"*also {other} ({entry.other_side})*")
    parts.append(markdown_text(quoted(entry.quote.text)))
    source = _source(entry)
    if source:
        parts.append(f"\u2014 *{markdown_text(source)}*")
    return " ".join(parts)


def board_markdown(rows: Sequence[BoardRow], corpus: str) -> str:
    """The board as a Markdown document (GitHub tables) to paste into a story or a note."""
    out = [
        f"# Who supports, who disputes: {markdown_text(corpus)}",
        "",
        f"{_plural(len(rows), 'position')}, the most contested first. Each speaker with the "
        "number of statements and the strongest one.",
    ]
    for i, row in enumerate(rows, start=1):
        out += ["", f"## {i}. {markdown_text(row.label)}", "", markdown_text(side_summary(row))]
        if row.supporters or row.disputers:
            out += ["", "| Supports | Disputes |", "| --- | --- |"]
            for left, right in zip_longest(row.supporters, row.disputers):
                out.append(f"| {_md_cell(left)} | {_md_cell(right)} |")
        if row.neutral:
            names = ", ".join(f"{markdown_text(e.name)} ({e.statements})" for e in row.neutral)
            out += ["", f"Neutral: {names}."]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- CSV, JSON


def _csv_lines(rows: Sequence[BoardRow]) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for rank, row in enumerate(rows, start=1):
        base = {"rank": rank, "position_id": row.position.split(":", 1)[-1], "position": row.label}
        entries = [*row.supporters, *row.disputers, *row.neutral]
        if not entries:
            lines.append(base)
        for e in entries:
            lines.append(
                {
                    **base,
                    "side": e.stance,
                    "speaker": e.name,
                    "type": e.type,
                    "statements": e.statements,
                    "other_side": e.other_side,
                    "quote": e.quote.text,
                    "article": e.quote.article,
                    "date": e.quote.date,
                    "doc": e.quote.doc,
                    "start": e.quote.start,
                    "end": e.quote.end,
                    "confidence": e.quote.confidence,
                }
            )
    return lines


def board_csv(rows: Sequence[BoardRow]) -> str:
    """The board as CSV: one line per speaker and side (see :data:`BOARD_CSV_FIELDS`)."""
    from kg.outputs.export import csv_cell

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(BOARD_CSV_FIELDS)
    for line in _csv_lines(rows):
        writer.writerow([csv_cell(line.get(name)) for name in BOARD_CSV_FIELDS])
    return buf.getvalue()


def board_json(rows: Sequence[BoardRow]) -> list[dict[str, Any]]:
    """The board as JSON-ready dicts and lists (each row's fields plus ``contested``)."""
    return [{**_plain(row), "contested": row.contested} for row in rows]


def _plain(value: Any) -> Any:
    """A board record as dicts and lists, as JSON reads it back.

    (``dataclasses.asdict`` deep-copies every field, several times slower on a
    board of thousands of entries.)
    """
    if is_dataclass(value):
        return {k: _plain(v) for k, v in vars(value).items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def board_csv_path(path: Path) -> Path:
    """The board file :func:`write_board_csv` writes beside the nodes and edges CSV.

    >>> board_csv_path(Path("out/graph.csv")).name
    'graph.board.csv'
    """
    path = Path(path)
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.board.csv")


def write_board_csv(rows: Sequence[BoardRow], path: Path) -> None:
    """Write :func:`board_csv` to ``path`` atomically."""
    from kg.outputs.export import atomic_write_text

    atomic_write_text(Path(path), board_csv(rows))


def write_board_markdown(rows: Sequence[BoardRow], path: Path, corpus: str) -> None:
    """Write :func:`board_markdown` to ``path`` atomically."""
    from kg.outputs.export import atomic_write_text

    atomic_write_text(Path(path), board_markdown(rows, corpus))
