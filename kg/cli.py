"""The ``kg`` command line: thin wrappers that parse options, call the library, print.

This module is the entry point and holds the commands that read a built graph; a plain
reading command line (``kg query "..."``, ``kg speakers`` ...) runs here without typer or
click. Every other command line goes to the typer app of :mod:`kg.commands` (``app``).

Only this module and :mod:`kg.commands` print or exit, and :func:`main` is their one
error boundary (as sqlite-utils has): a :class:`kg.errors.KgError` or an ``OSError``
becomes one line on stderr and exit status 1; anything else is a bug, and says so in one line (the
traceback only with ``--debug`` or ``KG_DEBUG=1``). Everything printed passes
through :func:`terminal_safe`, so text from an article can never move the cursor,
clear the screen or set the window title. The commands that read a built graph
(speakers, positions, stances, show, query, export, render) never import spaCy;
speakers, positions, stances, show, query and board read the ``graph.sqlite`` index
written beside ``graph.json`` when it is current, and then do not import networkx either.
"""

from __future__ import annotations

import json
import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError, printable

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["main", "run", "terminal_safe"]  # and ``app``, from kg.commands when first asked for

#: Terminal escape sequences (CSI, OSC, other ESC forms) and every C0/C1 control
#: character but tab and newline.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, erase, colours
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
    r"|\x1b[@-_]?"  # other escapes
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f]")
#: A control character in JSON text: escaped (``\\u001b``) or as it is (C1, DEL).
_ESCAPED_CONTROL = re.compile(r"\\u00[01][0-9a-fA-F]|\\u007[fF]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` without escape sequences or control characters (tab and newline kept).

    >>> terminal_safe("ok\x1b]0;pwned\x07 \x1b[2Jdone\x9b")
    'ok done'
    """
    return _CONTROL.sub("", text)


def _echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """Print ``message`` (made terminal-safe) on stdout, or stderr with ``err``, and flush."""
    text = terminal_safe(printable(message)) + ("\n" if nl else "")
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # no console at all (pythonw): nothing to print to, as click does
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a stream set to ASCII: UTF-8 bytes, as click writes them
        stream.flush()
        stream.buffer.write(text.encode("utf-8", errors="replace"))
    stream.flush()


def _json_line(value: Any, indent: int | None = None) -> str:
    """JSON for the terminal: C1 controls (which json leaves as they are) as ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", printable(text))


DEFAULT_GRAPH = Path("output/graph.json")
DEFAULT_OUT = Path("output")
DEFAULT_PATHS = [Path("seeds")]


def __getattr__(name: str) -> Any:
    """``kg.cli.app``: the typer app of every command (:mod:`kg.commands`), built when first
    asked for, so that the reading commands start without typer."""
    if name == "app":
        from kg.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class QuoteFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class TableFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def _fail(message: str) -> SystemExit:
    """Report ``message`` on stderr; the exception to raise (exit status 1)."""
    _echo(f"kg: error: {message}", err=True)
    return SystemExit(1)


def _warn(message: str) -> None:
    _echo(f"kg: warning: {message}", err=True)


def _load(graph: Path, for_terminal: bool = False) -> nx.MultiDiGraph:
    """The graph to read (the current ``graph.sqlite`` index if any, else the checked JSON);
    with ``for_terminal``, every text in it without control sequences.

    Lines go through :func:`_echo` and tables through :func:`_table`, which clean what
    they print; only the board's rich tables print text as given, so that command asks
    for the graph's own strings (and those inside its JSON attributes) to be cleaned
    here. Cleaning reads every edge, so the other commands do not ask for it.
    """
    from kg.outputs.reader import read_graph

    try:
        g: nx.MultiDiGraph = read_graph(graph)
    except KgError as exc:
        raise _fail(str(exc)) from None
    if for_terminal:
        g.graph.update({k: _clean_value(v) for k, v in g.graph.items()})
        for _, data in [*g.nodes(data=True), *((None, d) for *_, d in g.edges(data=True))]:
            data.update({k: _clean_value(v) for k, v in data.items()})
    return g


def _clean_value(value: Any) -> Any:
    """A graph attribute without control sequences, inside JSON strings too."""
    if not isinstance(value, str):
        return value
    if value[:1] in "[{" and _ESCAPED_CONTROL.search(value):
        try:
            return json.dumps(_clean_json(json.loads(value)), ensure_ascii=False)
        except ValueError:
            pass
    return terminal_safe(value)


def _clean_json(value: Any) -> Any:
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {terminal_safe(k): _clean_json(v) for k, v in value.items()}
    return value


def _table(header: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*header, show_lines=False)
    for row in rows:  # Text, not markup: "[bold]" in an article is printed as written
        table.add_row(*(Text(terminal_safe(printable(c))) for c in row))
    Console(width=max(100, Console().width)).print(table)


def speakers(graph: Path = DEFAULT_GRAPH) -> None:
    """List the speakers of a built graph: one row per source, with aliases and profile.

    Example:  kg speakers --graph output/graph.json
    """
    from kg.outputs.attrs import attr_list
    from kg.outputs.rows import nodes_of_kind

    g = _load(graph)
    rows = sorted(
        (d for _, d in nodes_of_kind(g, "speaker")),
        key=lambda d: (-int(d.get("n_quotes", 0)), d.get("label", "")),
    )
    _table(
        ["speaker", "type", "quotes", "role", "affiliation", "aliases"],
        [
            [
                d["label"],
                d.get("type", ""),
                d.get("n_quotes", 0),
                d.get("role") or "",
                d.get("affiliation") or "",
                "; ".join(attr_list(d, "aliases")),
            ]
            for d in rows
        ],
    )


def positions(graph: Path = DEFAULT_GRAPH) -> None:
    """Print the positions of a built graph as a codebook (TOML) to edit and build with.

    Each position has its id, label, key terms, frame and aliases; a comment gives
    its supporters and disputers.

    Example:  kg positions > codebook.toml  &&  kg build seeds/ --codebook codebook.toml
    """
    from kg.query import positions_codebook

    _echo(positions_codebook(_load(graph)), nl=False)


def stances(
    graph: Path = DEFAULT_GRAPH,
    format: TableFormat = TableFormat.table,
) -> None:
    """Print every stance statement of a built graph, with its evidence.

    Who supports or disputes what: the rows of stances.jsonl.

    Example:  kg stances --format csv > stances.csv
    """
    import csv

    from kg.outputs.export import csv_cell
    from kg.outputs.rows import STANCE_FIELDS, stance_table

    rows = stance_table(_load(graph))
    if format is TableFormat.jsonl:
        for row in rows:
            _echo(_json_line(row))
        return
    if format is TableFormat.csv:
        fields = list(STANCE_FIELDS)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            cells = {**row, "aliases": "; ".join(row["aliases"])}
            writer.writerow({k: csv_cell(terminal_safe(printable(v))) for k, v in cells.items()})
        return
    _table(
        ["speaker", "stance", "position", "conf.", "doc", "evidence"],
        [
            [
                r["speaker"],
                r["stance"],
                r["position_label"],
                f"{r['confidence']:.2f}",
                r["doc"],
                r["text"],
            ]
            for r in rows
        ],
    )


def _find_speaker(g: nx.MultiDiGraph, name: str) -> list[tuple[str, dict[str, Any]]]:
    """Speaker nodes named ``name``: exactly (name, id or alias) if any, else by substring."""
    from kg.outputs.attrs import attr_list
    from kg.outputs.rows import nodes_of_kind

    wanted = name.lower().strip()
    nodes = nodes_of_kind(g, "speaker")
    exact = [
        (n, d)
        for n, d in nodes
        if wanted
        in {
            d.get("label", "").lower(),
            n.split(":", 1)[-1],
            *(a.lower() for a in attr_list(d, "aliases")),
        }
    ]
    if exact:
        return exact
    return [
        (n, d)
        for n, d in nodes
        if any(wanted in a.lower() for a in [d.get("label", ""), *attr_list(d, "aliases")])
    ]


def show(name: str, graph: Path = DEFAULT_GRAPH) -> None:
    """Show a speaker's profile and what they said.

    Aliases with counts, role, affiliation, articles, and why its names were merged.

    NAME is the speaker's name, id or any alias (or a part of one).

    Example:  kg show "Smith"
    """
    from kg.outputs.attrs import attr_list

    g = _load(graph)
    found = _find_speaker(g, name)
    if not found:
        raise _fail(f"no speaker named {name!r} in {graph}; see `kg speakers`")
    if len(found) > 1:
        names = "; ".join(sorted(d.get("label", n) for n, d in found))
        raise _fail(f"{name!r} names {len(found)} speakers ({names}); give more of the name")
    node, d = found[0]
    raw_counts = d.get("alias_counts") or "{}"
    counts = json.loads(raw_counts) if isinstance(raw_counts, str) else dict(raw_counts)
    _echo(f"{d['label']} ({d.get('type')})  id: {node.split(':', 1)[-1]}")
    _echo(f"  role: {d.get('role') or '-'}")
    _echo(f"  affiliation: {d.get('affiliation') or '-'}")
    aliases = [f"{a} ({counts.get(a, 1)})" for a in attr_list(d, "aliases")]
    _echo(f"  aliases: {', '.join(aliases) or '-'}")
    docs = attr_list(d, "docs")
    _echo(f"  quotes: {d.get('n_quotes', 0)} in {len(docs)} article(s): {', '.join(docs)}")
    for line in _article_lines(g, docs):
        _echo(f"    {line}")
    merges = attr_list(d, "merges")
    if merges:
        _echo("  merged because:")
        for why in merges:
            _echo(f"    {why}")
    _echo("  said:")
    _echo_said(g, node)


def _article_lines(g: nx.MultiDiGraph, docs: list[str]) -> list[str]:
    """One line per article, earliest first: date, id, outlet and headline."""
    from kg.outputs.graph import article_node

    found = [g.nodes[article_node(doc)] for doc in docs if g.has_node(article_node(doc))]
    found.sort(key=lambda a: (not a.get("date"), a.get("date") or "", a.get("doc") or ""))
    lines = []
    for a in found:
        outlet = f" ({a['outlet']})" if a.get("outlet") else ""
        lines.append(f"{a.get('date') or 'undated':10}  {a.get('doc')}{outlet}: {a.get('label')}")
    return lines


def _echo_said(g: nx.MultiDiGraph, node: str) -> None:
    """Every quote of the speaker, earliest article first, with its date and offsets; a
    report the learned model found (``kg build --learned``) is marked "(learned)"."""
    from kg.outputs.attrs import attr_list

    items = [
        ev
        for _, _, e in g.out_edges(node, data=True)
        if e.get("relation") == "quoted_in"
        for ev in attr_list(e, "evidence")
    ]
    items.sort(key=lambda ev: (not ev.get("date"), ev.get("date") or "", ev["doc"], ev["start"]))
    for ev in items:
        when = f"{ev['date']} " if ev.get("date") else ""
        mark = " (learned)" if ev.get("learned") else ""
        _echo(f"  - [{when}{ev['doc']} {ev['start']}-{ev['end']}] {ev['text']}{mark}")


def query(
    question: str,
    graph: Path = DEFAULT_GRAPH,
    as_json: bool = False,
) -> None:
    """Answer a plain-English question from a built graph.

    Example:  kg query "who disputes the official explanation"

    Also: "what did Smith say about the plan", "where does Smith stand",
    "who agrees with Smith", "who is Smith", "which positions are disputed most".
    """
    from kg.outputs.board_text import quoted
    from kg.query import answer_question

    g = _load(graph)
    try:
        result = answer_question(g, question)
    except KgError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _echo(_json_line(result.to_dict(), indent=1))
        return
    about = [f"relation: {result.relation}"]
    if result.position:
        about.append(f"position: {result.position}")
    if result.speaker:
        about.append(f"speaker: {result.speaker}")
    _echo(f"({'; '.join(about)})")
    if result.profile is not None:
        _echo_profile(result.profile)
    for r in result.ranking:
        _echo(
            f"  {r['position']}: disputed by {r['disputers']} speaker(s) "
            f"in {r['disputes']} statement(s), supported in {r['supports']}"
        )
    if result.note:
        _echo(f"Note: {result.note}")
    if result.profile is not None and result.answers:
        _echo("Positions it supports or disputes (one statement each):")
    elif not result.answers and result.profile is None:
        _echo("No speaker found for that question.")
    for a in result.answers:
        what = " ".join(x for x in (a.stance, a.position and f"\u00ab{a.position}\u00bb") if x)
        _echo(f"{a.speaker} ({a.type}) {what} [confidence {a.confidence:.2f}]")
        for ev in a.evidence:
            _echo(f"    {ev['doc']} {ev['start']}-{ev['end']}: {quoted(ev['text'])}")


def _echo_profile(p: Any) -> None:
    """The lines of a "who is NAME" answer before the stances (a :class:`kg.query.Profile`)."""
    _echo(f"{p.speaker} ({p.type})")
    if len(p.names) > 1:
        _echo(f"  also called: {'; '.join(p.names[1:])}")
    if p.role or p.affiliation:
        _echo(f"  role: {p.role or '-'}; affiliation: {p.affiliation or '-'}")
    if p.described:
        _echo(f"  described as: {'; '.join(p.described)}")
    docs = ", ".join(p.articles)
    _echo(f"  {p.statements} statement(s) in {len(p.articles)} article(s): {docs}")


def board(
    graph: Path = DEFAULT_GRAPH,
    as_json: bool = False,
    top: int | None = None,
) -> None:
    """Print the dispute board: for each position, who supports it and who disputes it.

    Most contested positions first; each speaker with the number of statements
    and the strongest one, its article and date. The same board as the page's
    Board tab and `kg export --format markdown`.

    Example:  kg board --top 3
    """
    from kg.outputs.board import board_rows
    from kg.outputs.board_text import board_json, board_tables

    rows = board_rows(_load(graph, for_terminal=not as_json))[:top]
    if as_json:
        _echo(_json_line(board_json(rows), indent=1))
        return
    if not rows:
        _echo("No position under dispute in this graph.")
        return
    from rich.console import Console

    console = Console(width=max(100, Console().width))
    for table in board_tables(rows):
        console.print(table)
        console.print()


#: name -> (function, number of positional arguments, options taking a value, flags).
_DIRECT: dict[str, tuple[Any, int, dict[str, str], dict[str, str]]] = {
    "query": (query, 1, {"--graph": "graph", "-g": "graph"}, {"--json": "as_json"}),
    "show": (show, 1, {"--graph": "graph", "-g": "graph"}, {}),
    "speakers": (speakers, 0, {"--graph": "graph", "-g": "graph"}, {}),
    "positions": (positions, 0, {"--graph": "graph", "-g": "graph"}, {}),
    "stances": (
        stances,
        0,
        {"--graph": "graph", "-g": "graph", "--format": "format", "-f": "format"},
        {},
    ),
    "board": (
        board,
        0,
        {"--graph": "graph", "-g": "graph", "--top": "top", "-n": "top"},
        {"--json": "as_json"},
    ),
}


def _direct_call(argv: list[str]) -> tuple[Any, list[str], dict[str, Any]] | None:
    """The command function and arguments of a plain reading command line, else None.

    Only the commands of :data:`_DIRECT` with their own options, each given once;
    anything else (``--help``, an unknown or repeated option, a missing value, a
    bad format) is left to typer, which reports it as it always does.
    """
    if not argv or argv[0] not in _DIRECT:
        return None
    func, n_args, valued, flags = _DIRECT[argv[0]]
    args: list[str] = []
    kwargs: dict[str, Any] = {}
    rest = iter(argv[1:])
    for token in rest:
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in valued and valued[name] not in kwargs:
            value = value if eq else next(rest, "")
            if not value or (value.startswith("-") and not eq):
                return None
            kwargs[valued[name]] = value
        elif token in flags and flags[token] not in kwargs:
            kwargs[flags[token]] = True
        elif token.startswith("-") or len(args) == n_args:
            return None
        else:
            args.append(token)
    if len(args) != n_args:
        return None
    if "graph" in kwargs:
        kwargs["graph"] = Path(kwargs["graph"])
    if "format" in kwargs:
        if kwargs["format"] not in TableFormat.__members__:
            return None
        kwargs["format"] = TableFormat(kwargs["format"])
    if "top" in kwargs:
        if not kwargs["top"].isdigit() or int(kwargs["top"]) < 1:
            return None
        kwargs["top"] = int(kwargs["top"])
    return func, args, kwargs


#: Allocations between two collections of the youngest generation while a reading
#: command runs (Python's default is 700): reading a big graph makes some hundred
#: thousand dicts and lists, none of them garbage, and collecting them again and
#: again cost ~10 ms of a 0.3 s question. Cycles are still collected, less often.
_READING_GC_THRESHOLD = 100_000


def _run_direct(argv: list[str]) -> bool:
    """Run a plain reading command without typer and click (whose start-up costs
    more than answering); whether it was one. Exits as the typer command would."""
    from kg.assemble.collector import collecting_less

    call = _direct_call(argv)
    if call is None:
        return False
    func, args, kwargs = call
    try:
        with collecting_less(_READING_GC_THRESHOLD):
            func(*args, **kwargs)
    except BrokenPipeError:  # `kg stances | head`: quiet, status 1, as click does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    return True


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` script, and the CLI's one error boundary.

    Exit status: 0 on success (warnings included), 1 on any error (bad option,
    unreadable input, missing graph, a bug), 130 when interrupted. Click's usage
    errors (status 2) are reported as 1, as every other error is. ``--debug``
    (anywhere on the line) or ``KG_DEBUG=1`` shows the traceback of an unexpected error.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("KG_DEBUG", "") not in ("", "0")
    args = [a for a in args if a != "--debug"]
    try:
        if _run_direct(args):
            return
        from kg.commands import app

        app(args=args, prog_name="kg")
    except KeyboardInterrupt:
        _echo("kg: interrupted", err=True)
        sys.exit(130)
    except SystemExit as exc:
        code = exc.code
        if code == 2:
            code = 0 if not args else 1
        sys.exit(code)
    except KgError as exc:
        _echo(f"kg: error: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:
        _echo(f"kg: error: {_os_error(exc)}", err=True)
        sys.exit(1)
    except MemoryError:
        _echo("kg: error: out of memory", err=True)
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        what = " ".join(str(exc).split())[:300]
        _echo(
            f"kg: internal error (a bug in kg, please report it): {type(exc).__name__}: {what}"
            " (run with --debug for the traceback)",
            err=True,
        )
        sys.exit(1)


def run() -> None:
    """The ``kg`` script and ``python -m kg``: :func:`main`; after a plain reading command
    (``kg query ...``, run without typer) the process leaves at once, its output flushed,
    instead of freeing every object the question read one by one (~10 ms on a big graph).
    Nothing is left to tear down: the graph is read-only and no file is open for writing.
    """
    argv = [a for a in sys.argv[1:] if a != "--debug"]
    main()
    if _direct_call(argv) is not None:
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except BrokenPipeError:  # `kg query ... | head`: status 1, as click does
            os._exit(1)
        os._exit(0)


def _os_error(exc: OSError) -> str:
    """One line for an OSError: the file, then what went wrong."""
    where = exc.filename
    if isinstance(where, bytes):
        where = os.fsdecode(where)
    reason = exc.strerror or str(exc)
    return f"{printable(where)}: {reason}" if where is not None else reason
