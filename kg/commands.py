"""The ``kg`` commands as a typer app: the options, their help, and the build commands.

:mod:`kg.cli` holds the entry point and the commands that read a built graph; it runs
those without this module (typer and click cost more to start than a question takes to
answer) and hands every other command line to :data:`app`, defined here.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

import kg.cli as cli
from kg.cli import (
    DEFAULT_GRAPH,
    DEFAULT_OUT,
    DEFAULT_PATHS,
    ExportFormat,
    QuoteFormat,
    TableFormat,
    _echo,
    _fail,
    _json_line,
    _table,
    _warn,
)
from kg.errors import KgError
from kg.run import DEFAULT_CACHE_DIR
from kg.run.cache import CacheStats

if TYPE_CHECKING:
    from collections.abc import Sequence

    import networkx as nx

    from kg.run.pipeline import BuildResult

__all__ = ["app"]

app = typer.Typer(
    name="kg",
    help=(
        "Who said what, and who disputes it: build a source-attribution graph from news "
        "articles and ask it questions.\n\n"
        'Example:  kg build seeds/  &&  kg query "who disputes the official explanation"'
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


GraphOption = Annotated[
    Path,
    typer.Option(
        "--graph",
        "-g",
        help="A graph.json written by `kg build` (its graph.sqlite index is read instead "
        "when it is current), a graph.sqlite, or the folder `kg build` wrote them to.",
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files (.txt, or web pages saved as .html), corpus files (.csv, .tsv, "
        ".jsonl, .json: one article per row), or folders of articles (default: seeds/).",
        show_default=False,
    ),
]


def _column_option(field: str, defaults: str) -> Any:
    return typer.Option(
        f"--{field}-column",
        metavar="NAME",
        help=f"Corpus files: the column of each row's {field} (default: {defaults}).",
        show_default=False,
    )


TextColumn = Annotated[str | None, _column_option("text", "text, body, articleBody, content, ...")]
IdColumn = Annotated[str | None, _column_option("id", "id, doc_id, ...; else FILE-ROW")]
TitleColumn = Annotated[
    str | None, _column_option("title", "title, headline; else the text's first line")
]
DateColumn = Annotated[
    str | None, _column_option("date", "date, published, ...; else the text's dateline")
]
OutletColumn = Annotated[str | None, _column_option("outlet", "outlet, source, publisher, ...")]
UrlColumn = Annotated[str | None, _column_option("url", "url, link, ...")]


class EngineChoice(StrEnum):
    local = "local"
    dask = "dask"


WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Extraction processes (default: the cores present; small corpora use one).",
        show_default=False,
    ),
]
EngineOption = Annotated[
    EngineChoice | None,
    typer.Option(
        help="Where extraction runs: local processes, or a Dask cluster "
        "(default: local, or dask when --scheduler is given).",
        show_default=False,
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        metavar="ADDRESS",
        help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (default with --engine dask: "
        "a local cluster).",
        show_default=False,
    ),
]
CacheDirOption = Annotated[
    Path,
    typer.Option(
        envvar="KG_CACHE_DIR",
        help="Cache folder: an unchanged article is never parsed twice, and is not "
        "extracted again unless kg's extraction code changed (see `kg cache`).",
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the per-article cache.")
]
AliasesOption = Annotated[
    Path | None,
    typer.Option(
        "--aliases",
        help="TOML file of speaker corrections (merge, forbid and rename tables) "
        "(format: python -c 'import kg.assemble.aliases; help(kg.assemble.aliases)').",
        show_default=False,
    ),
]

LearnedOption = Annotated[
    bool,
    typer.Option(
        "--learned",
        help="Also attribute the views, demands and intentions no reporting verb marks "
        "('pushed for a recount', 'hopes to win'), found by a model trained on PolNeAR; "
        "flagged learned in quotes.jsonl and the graph. Off by default: it adds recall "
        "but also quotes a reader may not count as quotes (see the README).",
    ),
]


CodebookOption = Annotated[
    Path | None,
    typer.Option(
        "--codebook",
        help="TOML file of positions to name, merge, split or add; start from the output "
        "of `kg positions` (format: python -c 'import kg.assemble.codebook as c; help(c)').",
        show_default=False,
    ),
]


def _with_codebook(options: dict[str, Any], codebook: Path | None) -> dict[str, Any]:
    """Add the user's codebook to the build options (ConfigError when the file is bad)."""
    from kg.assemble.codebook import load_codebook

    return {**options, "codebook": load_codebook(codebook) if codebook else None}


def _with_aliases(options: dict[str, Any], aliases: Path | None) -> dict[str, Any]:
    """Add the user's alias rules to the build options (ConfigError when the file is bad)."""
    from kg.assemble.aliases import load_aliases

    return {**options, "aliases": load_aliases(aliases) if aliases else None}


def _build_options(
    workers: int | None,
    engine: EngineChoice | None,
    scheduler: str | None,
    cache_dir: Path,
    no_cache: bool,
    learned: bool = False,
) -> dict[str, Any]:
    """The keyword arguments of :func:`kg.run.pipeline.build` for the extraction options."""
    return {
        "workers": workers,
        "engine": engine.value if engine else None,
        "scheduler": scheduler,
        "cache_dir": None if no_cache else cache_dir,
        "learned": learned,
    }


def _with_columns(options: dict[str, Any], *columns: str | None) -> dict[str, Any]:
    """Add the corpus columns the user named to the build options: ``--text-column``,
    ``--id-column``, ``--title-column``, ``--date-column``, ``--outlet-column`` and
    ``--url-column``, in that order."""
    from kg.read.corpus import CorpusColumns

    text, id_, title, date, outlet, url = columns
    return {
        **options,
        "columns": CorpusColumns(text=text, id=id_, title=title, date=date, outlet=outlet, url=url),
    }


def _report_problems(result: Any) -> None:
    """Warn on stderr about every file skipped or read with a fallback."""
    for problem in result.skipped:
        _warn(f"skipped {problem}")
    for warning in result.warnings:
        _warn(warning)
    if result.cache_stats is not None:
        for warning in result.cache_stats.warnings:
            _warn(warning)


def _load_networkx(graph: Path) -> tuple[Path, nx.MultiDiGraph]:
    """The graph file (a folder's graph.json) and its graph as networkx, for the commands
    that draw or export it."""
    from kg.outputs.graph import load_graph
    from kg.outputs.reader import graph_file

    try:
        path = graph_file(graph)
        return path, load_graph(path)
    except KgError as exc:
        raise _fail(str(exc)) from None


def _progress_build(paths: list[Path], **options: Any) -> Any:
    """Run the build; a progress bar on stderr appears when there are more than a few articles."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from kg.run.pipeline import build

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = bar.add_task("parsing articles", total=None)

    def progress(done: int, total: int) -> None:
        if total > 5:
            if not bar.live.is_started:
                bar.start()
            bar.update(task, completed=done, total=total)

    try:
        return build(paths, progress=progress, **options)
    finally:
        if bar.live.is_started:
            bar.stop()


@app.command()
def build(
    paths: PathsArgument = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    strict: Annotated[
        bool,
        typer.Option(help="Exit 1 without writing anything if any file was skipped or warned."),
    ] = False,
    workers: WorkersOption = None,
    engine: EngineOption = None,
    scheduler: SchedulerOption = None,
    cache_dir: CacheDirOption = DEFAULT_CACHE_DIR,
    no_cache: NoCacheOption = False,
    learned: LearnedOption = False,
    aliases: AliasesOption = None,
    codebook: CodebookOption = None,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    outlet_column: OutletColumn = None,
    url_column: UrlColumn = None,
) -> None:
    """Build the graph for PATHS and write every output into the --out folder.

    Writes graph.html, graph.graphml, graph.gexf, graph.json, quotes.jsonl and
    stances.jsonl, and each article's text in texts/ (offsets index into it).

    Files and corpus rows that cannot be read are skipped with a warning (exit 0);
    with --strict any skipped file is an error. Exit 1 when no article could be read.

    Example:  kg build seeds/ --out output/   or   kg build archive.csv --text-column body
    """
    from kg.run.pipeline import write_outputs
    from kg.run.publish import OutputLock, check_out_dir

    try:
        options = _with_aliases(
            _build_options(workers, engine, scheduler, cache_dir, no_cache, learned), aliases
        )
        options = _with_columns(
            options, text_column, id_column, title_column, date_column, outlet_column, url_column
        )
        options = _with_codebook(options, codebook)
        check_out_dir(out)  # before the work, not after it
        with OutputLock(out):  # a second build into --out fails now, in one line
            result = _progress_build(paths or DEFAULT_PATHS, **options)
            _report_problems(result)
            if strict and (result.skipped or result.warnings):
                n = len(result.skipped) + len(result.warnings)
                raise _fail(f"--strict: {n} file(s) skipped or read with warnings; nothing written")
            written = write_outputs(result, out, workers=workers)
    except KgError as exc:
        raise _fail(str(exc)) from None
    _echo_built(result, written, cache_dir)


def _cache_line(stats: CacheStats, cache_dir: Path) -> str:
    """What the cache saved a build, in one line.

    >>> _cache_line(CacheStats(hits=1, misses=4, parsed=3), Path(".kg-cache"))
    'extracted 4 article(s) (3 parsed, 1 from a cached parse), reused 1 from the cache in .kg-cache'
    >>> _cache_line(CacheStats(hits=0, misses=2, parsed=2), Path("c"))
    'extracted 2 article(s), reused 0 from the cache in c'
    """
    cached = stats.misses - stats.parsed
    how = f" ({stats.parsed} parsed, {cached} from a cached parse)" if cached else ""
    reused = f"reused {stats.hits} from the cache in {cache_dir}"
    return f"extracted {stats.misses} article(s){how}, {reused}"


def _echo_built(result: BuildResult, written: Sequence[Path], cache_dir: Path) -> None:
    """What a build found, what the cache saved and which files it wrote."""
    counts = result.summary()
    _echo(", ".join(f"{n} {what if n != 1 else what[:-1]}" for what, n in counts.items()))
    if result.cache_stats is not None:
        _echo(_cache_line(result.cache_stats, cache_dir))
    for path in written:
        _echo(f"wrote {path}")


@app.command()
def quotes(
    paths: PathsArgument = None,
    format: Annotated[QuoteFormat, typer.Option("--format", "-f")] = QuoteFormat.table,
    workers: WorkersOption = None,
    engine: EngineOption = None,
    scheduler: SchedulerOption = None,
    cache_dir: CacheDirOption = DEFAULT_CACHE_DIR,
    no_cache: NoCacheOption = False,
    learned: LearnedOption = False,
    aliases: AliasesOption = None,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    outlet_column: OutletColumn = None,
    url_column: UrlColumn = None,
) -> None:
    """Extract and print the quotes in PATHS, without writing a graph.

    Offsets index into the article texts (``kg build`` writes them to texts/).

    Example:  kg quotes seeds/ --format jsonl > quotes.jsonl
    """
    from kg.outputs.rows import quote_rows
    from kg.run.pipeline import build

    try:
        options = _with_aliases(
            _build_options(workers, engine, scheduler, cache_dir, no_cache, learned), aliases
        )
        options = _with_columns(
            options, text_column, id_column, title_column, date_column, outlet_column, url_column
        )
        result = build(paths or DEFAULT_PATHS, **options)
    except KgError as exc:
        raise _fail(str(exc)) from None
    _report_problems(result)
    rows = quote_rows(result.quotes, result.speakers)
    if format is QuoteFormat.jsonl:
        for row in rows:
            _echo(_json_line(row))
        return
    _table(
        ["doc", "speaker", "cue", "kind", "quote"],
        [[r["doc"], r["speaker"] or "?", r["cue"] or "", r["kind"], r["text"]] for r in rows],
    )


@app.command("speakers", help=cli.speakers.__doc__)
def _speakers(graph: GraphOption = DEFAULT_GRAPH) -> None:
    cli.speakers(graph)


@app.command("positions", help=cli.positions.__doc__)
def _positions(graph: GraphOption = DEFAULT_GRAPH) -> None:
    cli.positions(graph)


@app.command("stances", help=cli.stances.__doc__)
def _stances(
    graph: GraphOption = DEFAULT_GRAPH,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    cli.stances(graph, format)


@app.command("show", help=cli.show.__doc__)
def _show(name: str, graph: GraphOption = DEFAULT_GRAPH) -> None:
    cli.show(name, graph)


@app.command("query", help=cli.query.__doc__)
def _query(
    question: str,
    graph: GraphOption = DEFAULT_GRAPH,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    cli.query(question, graph, as_json)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.graphml,
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file.")] = None,
) -> None:
    """Export a built graph to GraphML, GEXF, JSON, CSV, or the dispute board as Markdown.

    CSV writes three files for spreadsheets and Gephi's spreadsheet import:
    OUT with .nodes.csv, .edges.csv and .board.csv (the dispute board, one line
    per speaker and side) in place of .csv. Markdown writes the dispute board
    (default: board.md beside the graph), ready to paste into a story or a note.

    Example:  kg export --format gexf --out story.gexf
    """
    graph, g = _load_networkx(graph)
    default = "board.md" if format is ExportFormat.markdown else f"graph.{format.value}"
    target = out or graph.with_name(default)
    try:
        written = _export(g, format, target)
    except OSError as exc:
        raise _fail(f"{target}: cannot write: {exc.strerror or exc}") from None
    for path in written:
        _echo(f"wrote {path}")


def _export(g: nx.MultiDiGraph, format: ExportFormat, target: Path) -> list[Path]:
    """Write ``g`` in ``format`` to ``target``; the paths written."""
    from kg.outputs import export as exporters
    from kg.outputs.board import board_rows
    from kg.outputs.board_text import board_csv_path, write_board_csv, write_board_markdown

    if format is ExportFormat.markdown:
        write_board_markdown(board_rows(g), target, str(g.graph.get("name") or "corpus"))
        return [target]
    if format is ExportFormat.csv:
        written = list(exporters.write_csv(g, target))
        write_board_csv(board_rows(g), board_csv_path(target))
        return [*written, board_csv_path(target)]
    writers = {
        ExportFormat.graphml: exporters.write_graphml,
        ExportFormat.gexf: exporters.write_gexf,
        ExportFormat.json: exporters.write_json,
    }
    writers[format](g, target)
    return [target]


@app.command("board", help=cli.board.__doc__)
def _board(
    graph: GraphOption = DEFAULT_GRAPH,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
    top: Annotated[
        int | None,
        typer.Option("--top", "-n", min=1, help="Only the N most contested positions."),
    ] = None,
) -> None:
    cli.board(graph, as_json, top)


@app.command()
def render(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file.")] = None,
) -> None:
    """Render a built graph as an interactive HTML page that works offline.

    Example:  kg render --out story.html
    """
    from kg.outputs.render import write_html

    graph, g = _load_networkx(graph)
    target = out or graph.with_name("graph.html")
    try:
        write_html(g, target, title=g.graph.get("name"))
    except OSError as exc:
        raise _fail(f"{target}: cannot write: {exc.strerror or exc}") from None
    _echo(f"wrote {target}")


cache_app = typer.Typer(
    help="Show or empty the cache of parses and extracted records.\n\n"
    "Example:  kg cache  &&  kg cache clear",
    no_args_is_help=False,
    invoke_without_command=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.callback()
def cache_show(ctx: typer.Context, cache_dir: CacheDirOption = DEFAULT_CACHE_DIR) -> None:
    """Where the cache is, how many entries it holds and the disk they use.

    Parses (spaCy DocBin, kept across kg upgrades) cost about 3 bytes per
    character of article text; records (JSON) about 2.5 times as much.

    Example:  kg cache  &&  kg cache clear
    """
    if ctx.invoked_subcommand is not None:
        return
    from kg.run.cache import cache_usage

    use = cache_usage(cache_dir)
    _echo(f"cache folder: {use.root.resolve()}")
    _echo(f"parses:  {use.parse_entries} entries, {use.parse_bytes / 2**20:.1f} MiB")
    _echo(f"records: {use.record_entries} entries, {use.record_bytes / 2**20:.1f} MiB")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOption = DEFAULT_CACHE_DIR) -> None:
    """Delete every cache entry (kg's own files only); the next build parses again."""
    from kg.run.cache import clear_cache

    try:
        n = clear_cache(cache_dir)
    except OSError as exc:
        raise _fail(f"{cache_dir}: cannot clear the cache: {exc.strerror or exc}") from None
    _echo(f"deleted {n} cache entries from {cache_dir}")


#: The graph-reading commands :func:`main` runs without building the click app:
