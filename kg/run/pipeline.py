"""The whole flow: files -> articles -> parses -> quotes -> speakers -> positions -> graph.

:func:`build` is what ``kg build`` calls; :func:`build_from_texts` is the
same for texts in memory. Per-article work (:func:`extract_article`) is
separate from corpus-wide assembly (:func:`assemble`) so it can be cached
and run in parallel.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.assemble.codebook import Codebook
from kg.assemble.collector import collecting_less, collector_paused
from kg.assemble.positions import Position, Stance, find_positions
from kg.assemble.speakers import (
    ArticleSpeakers,
    SpeakerIndex,
    read_article_speakers,
    resolve_speakers,
)
from kg.errors import InputError, KgError, NoArticlesError
from kg.extract.quotes import Quote
from kg.extract.records import ArticleRecords
from kg.outputs.graph import build_graph
from kg.read.articles import Article, article_from_text
from kg.read.corpus import CorpusColumns
from kg.read.load import load_articles as read_inputs
from kg.run.cache import CacheStats, RecordCache, cache_folders
from kg.run.publish import OUTPUT_NAMES, publish

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.assemble.aliases import AliasRules
    from kg.run.engine import Engine

__all__ = [
    "BuildResult",
    "SpeakersAhead",
    "assemble",
    "build",
    "build_from_texts",
    "load_articles",
    "write_outputs",
]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildResult:
    """The records of every stage, the graph, and what was skipped."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    speakers: SpeakerIndex
    positions: tuple[Position, ...]
    stances: tuple[Stance, ...]
    graph: nx.MultiDiGraph
    skipped: tuple[InputError, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: What the build took from the per-article cache (None when it ran without one);
    #: its ``warnings`` name corrupt entries, which were recomputed.
    cache_stats: CacheStats | None = None

    def summary(self) -> dict[str, int]:
        """Counts for the build summary."""
        return {
            "articles": len(self.articles),
            "quotes": len(self.quotes),
            "speakers": len(self.speakers.speakers),
            "positions": len(self.positions),
            "stances": len(self.stances),
        }


def load_articles(
    paths: Iterable[str | os.PathLike[str]], columns: CorpusColumns | None = None
) -> tuple[list[Article], list[InputError], list[str]]:
    """Read every article under ``paths`` (see :func:`kg.read.load.load_articles`).

    Returns the articles, the files and corpus rows skipped (each an
    :class:`InputError` naming the file, the row and the problem) and warnings
    about files read with a fallback, ids renamed and metadata not used.

    Raises
    ------
    InputError
        A path does not exist.
    """
    loaded = read_inputs(paths, columns)
    return list(loaded.articles), list(loaded.skipped), list(loaded.warnings)


def analyze(
    articles: Sequence[Article],
    nlp: Language | None = None,
    progress: Progress | None = None,
    *,
    engine: Engine | None = None,
    cache: RecordCache[ArticleRecords] | None = None,
    each: Callable[[ArticleRecords], None] | None = None,
    learned: bool = False,
) -> list[ArticleRecords]:
    """Parse and extract every article: from ``cache`` when it has them, else through ``engine``.

    Parameters
    ----------
    articles : sequence of Article
    nlp : Language, optional
        A loaded pipeline to parse with in this process (ignored when ``engine`` is given).
    progress : callable, optional
        Called with ``(done, total)`` as articles finish.
    engine : Engine, optional
        Where to run extraction (:mod:`kg.run.engine`); by default this process, as a stream.
    cache : RecordCache, optional
        Records of articles seen before (same text, model and extraction code) are
        taken from it; new records are added to it.
    each : callable, optional
        Called with the records of every article the engine extracts, as they arrive
        (while the workers parse the others): corpus-wide work that can start per article.
    learned : bool
        Add the learned attributions (:func:`kg.extract.records.extract_article`) when no
        ``engine`` is given (an engine carries its own setting).

    Returns
    -------
    list of ArticleRecords
        In the order of ``articles``, whichever engine ran them.
    """
    from kg.run.engine import LocalEngine

    results: list[ArticleRecords | None] = [None] * len(articles)
    todo: list[int] = []
    for i, article in enumerate(articles):
        hit = cache.get(article.id, article.text) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            results[i] = replace(hit, article=article)
    done = len(articles) - len(todo)
    if progress and done:
        progress(done, len(articles))
    engine = engine or LocalEngine(workers=1, nlp=nlp, learned=learned)
    with collecting_less():
        for j, records in engine.run([articles[i] for i in todo]):
            i = todo[j]
            results[i] = records
            if cache is not None:
                cache.put(articles[i].id, articles[i].text, records)
            if each is not None:
                each(records)
            done += 1
            if progress:
                progress(done, len(articles))
    return [r for r in results if r is not None]


@dataclass
class SpeakersAhead:
    """Each article's speakers read as its records arrive (:func:`read_article_speakers`),
    for :func:`assemble`: with worker processes, the parent reads them while the workers
    parse, instead of after the last one.

    Parameters
    ----------
    aliases : kg.assemble.aliases.AliasRules or None
        The user's speaker corrections (the same the assembly uses).

    Attributes
    ----------
    articles : dict of str to ArticleSpeakers
        By document id, for the articles with quotes.
    """

    aliases: AliasRules | None = None
    articles: dict[str, ArticleSpeakers] = field(default_factory=dict)

    def read(self, records: ArticleRecords) -> None:
        """Read the speakers of one article's records (nothing for one without quotes)."""
        if records.skipped is None and records.quotes:
            doc = records.quotes[0].doc
            self.articles[doc] = read_article_speakers(
                records.quotes, records.mentions, self.aliases
            )


def assemble(
    records: Sequence[ArticleRecords],
    name: str = "corpus",
    skipped: Sequence[InputError] = (),
    warnings: Sequence[str] = (),
    aliases: AliasRules | None = None,
    codebook: Codebook | None = None,
    ahead: Mapping[str, ArticleSpeakers] | None = None,
) -> BuildResult:
    """Corpus-wide stages: speakers, positions, stances and the graph.

    ``aliases`` are the user's speaker corrections (:func:`kg.assemble.aliases.load_aliases`);
    ``codebook`` the user's positions (:func:`kg.assemble.codebook.load_codebook`);
    ``ahead`` articles whose speakers were already read (:class:`SpeakersAhead`).
    The cyclic garbage collector is paused meanwhile
    (:func:`kg.assemble.collector.collector_paused`).
    """
    with collector_paused():
        return _assemble(records, name, skipped, warnings, aliases, codebook, ahead)


def _assemble(
    records: Sequence[ArticleRecords],
    name: str,
    skipped: Sequence[InputError],
    warnings: Sequence[str],
    aliases: AliasRules | None,
    codebook: Codebook | None,
    ahead: Mapping[str, ArticleSpeakers] | None = None,
) -> BuildResult:
    unparsed = [r for r in records if r.skipped is not None]
    if unparsed:
        records = [r for r in records if r.skipped is None]
        why = [InputError(r.article.path or r.article.id, str(r.skipped)) for r in unparsed]
        skipped = [*skipped, *why]
    articles = tuple(r.article for r in records)
    quotes = tuple(q for r in records for q in r.quotes)
    claims = tuple(c for r in records for c in r.claims)
    mentions = tuple(m for r in records for m in r.mentions)
    speakers = resolve_speakers(quotes, mentions, aliases, ahead)
    namings = tuple(n for r in records for n in r.namings)
    positions, stances = find_positions(quotes, claims, speakers, codebook, namings)
    graph = build_graph(articles, quotes, speakers, positions, stances, name=name)
    return BuildResult(
        articles,
        quotes,
        speakers,
        tuple(positions),
        tuple(stances),
        graph,
        tuple(skipped),
        tuple(warnings),
    )


def _readable(
    paths: Sequence[str | os.PathLike[str]], columns: CorpusColumns | None
) -> tuple[list[Article], list[InputError], list[str]]:
    """The articles under ``paths``, what was skipped and the warnings; an error if none."""
    articles, skipped, warnings = load_articles(paths, columns)
    if not articles:
        reasons = "; ".join(str(e) for e in skipped[:3])
        where = ", ".join(str(p) for p in paths)
        raise NoArticlesError(
            f"no readable article in {where}" + (f" ({reasons})" if reasons else "")
        )
    return articles, skipped, warnings


def build(
    paths: Sequence[str | os.PathLike[str]],
    name: str | None = None,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
    engine: str | Engine | None = None,
    scheduler: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    aliases: AliasRules | None = None,
    codebook: Codebook | None = None,
    columns: CorpusColumns | None = None,
    learned: bool = False,
) -> BuildResult:
    """Build the graph for the articles under ``paths``.

    Parameters
    ----------
    paths : sequence of path-like
        Article files, saved web pages, corpus files (.csv, .tsv, .jsonl, .json),
        or folders of articles.
    name : str, optional
        The corpus name (default: the folder names).
    progress : callable, optional
        Called with ``(done, total)`` as articles are extracted.
    workers : int, optional
        Extraction processes (default: the cores present; small corpora use one).
    engine : {'local', 'dask'} or Engine, optional
        Where extraction runs (see :func:`kg.run.engine.make_engine`); default local,
        or dask when ``scheduler`` is given.
    scheduler : str, optional
        Address of a Dask scheduler (default: a LocalCluster for ``engine='dask'``).
    cache_dir : path-like, optional
        The cache folder: per-article parses (:mod:`kg.run.parses`) and records
        (:mod:`kg.run.cache`), see :func:`kg.run.cache.cache_folders`; None builds
        without either.
    aliases : kg.assemble.aliases.AliasRules, optional
        Speaker merges to force or forbid, and renames (``kg build --aliases``).
    codebook : kg.assemble.codebook.Codebook, optional
        Positions to name, merge, split or add (``kg build --codebook``).
    columns : kg.read.corpus.CorpusColumns, optional
        The columns of corpus files (``kg build --text-column`` ...).
    learned : bool
        Add the learned attributions (``kg build --learned``, :mod:`kg.extract.quotes.learned`):
        views, demands and intentions no cue rule finds, flagged ``learned``. Part of the
        records cache key. An ``engine`` given as an object must carry the same setting.

    Raises
    ------
    InputError
        A path does not exist.
    NoArticlesError
        No file could be read.
    KgError
        A bad engine option, an engine whose ``learned`` differs, or the Dask cluster
        cannot be used.
    """
    from kg.extract.nlp import DEFAULT_MODEL, model_fingerprint
    from kg.run.engine import make_engine

    articles, skipped, warnings = _readable(paths, columns)
    folders = cache_folders(cache_dir) if cache_dir is not None else None
    if engine is None or isinstance(engine, str):
        parse_dir = folders.parses if folders else None
        engine = make_engine(
            engine,
            workers=workers,
            scheduler=scheduler,
            model=DEFAULT_MODEL,
            parse_dir=parse_dir,
            learned=learned,
        )
    elif getattr(engine, "learned", False) != learned:
        raise KgError(f"build(learned={learned}) was given an engine with the other setting")
    cache = None
    if folders is not None:
        fingerprint = model_fingerprint(DEFAULT_MODEL)
        cache = RecordCache(folders.records, ArticleRecords, fingerprint, learned=learned)
    ahead = SpeakersAhead(aliases)
    records = analyze(articles, progress=progress, engine=engine, cache=cache, each=ahead.read)
    if cache is not None:
        cache.warnings.extend(getattr(engine, "warnings", ()))
    corpus = name or ", ".join(Path(p).name or str(p) for p in paths)
    result = assemble(
        records,
        name=corpus,
        skipped=skipped,
        warnings=warnings,
        aliases=aliases,
        codebook=codebook,
        ahead=ahead.articles,
    )
    if cache is None:
        return result
    stats = cache.stats()
    parsed = getattr(engine, "parsed", stats.misses)  # engines without a parse cache parse all
    return replace(result, cache_stats=replace(stats, parsed=parsed))


def build_from_texts(
    texts: Mapping[str, str],
    name: str = "corpus",
    aliases: AliasRules | None = None,
    codebook: Codebook | None = None,
    learned: bool = False,
) -> BuildResult:
    """Build the graph for ``{doc_id: text}`` held in memory (``learned``: as :func:`build`)."""
    articles = [article_from_text(text, doc_id) for doc_id, text in texts.items()]
    records = analyze(articles, learned=learned)
    return assemble(records, name=name, aliases=aliases, codebook=codebook)


def write_outputs(
    result: BuildResult, out_dir: str | os.PathLike[str], *, workers: int | None = 1
) -> list[Path]:
    """Write graph.{json,graphml,gexf,html}, quotes.jsonl, stances.jsonl and texts/ as one set.

    The files are made in memory, then published together (:func:`kg.run.publish.publish`):
    the folder holds either the previous complete set or this one, never a mix.
    ``texts/`` holds each article's text (:mod:`kg.outputs.texts`): every offset in the
    outputs indexes into those files. ``graph.sqlite`` (the query index) is part of
    the set, stamped with its ``graph.json``: the reading commands ignore an index
    that does not match the graph beside it.

    With ``workers`` above 1 (None: the cores present) the page and the GEXF file are
    made in a second process (forked, where the system has fork) while this one makes
    the rest; the bytes are the same either way.

    Returns the six files, the index and the texts folder. The cyclic garbage collector
    is paused meanwhile (:func:`kg.assemble.collector.collector_paused`).

    Raises
    ------
    KgError
        Another build is writing into ``out_dir``, or it is not a folder.
    """
    with collector_paused():
        return _write_outputs(result, Path(out_dir), workers)


def _write_outputs(result: BuildResult, out: Path, workers: int | None) -> list[Path]:
    from kg.outputs.index import INDEX_NAME, index_bytes
    from kg.outputs.layout import compute_layout
    from kg.outputs.texts import TEXTS_FOLDER, text_files

    # Temporary files a killed build of an older kg left behind (never a finished output).
    for stale in out.glob(".graph.*.tmp"):
        stale.unlink(missing_ok=True)
    g = result.graph
    layout = compute_layout(g)  # once, shared by the three drawings (numpy: in this process)
    if workers is None:
        from kg.extract.nlp import available_cores

        workers = available_cores()
    drawings = _drawings(result, layout)
    join, cancel = _forked(drawings) if workers > 1 else (drawings, _nothing)
    try:
        blobs = _encoded(_tables(result, layout))
    except BaseException:
        cancel()  # no child left behind by an error or Ctrl-C
        raise
    blobs.update(join())
    blobs = {name: blobs[name] for name in OUTPUT_NAMES} | blobs  # the order of the set
    files = text_files(a.id for a in result.articles)
    blobs.update({files[a.id]: a.text.encode("utf-8") for a in result.articles})
    stamp_ns = time.time_ns()
    blobs[INDEX_NAME] = index_bytes(g, blobs["graph.json"], stamp_ns)
    written = publish(out, blobs)
    with contextlib.suppress(OSError):  # lets readers match the index without hashing
        os.utime(out / "graph.json", ns=(stamp_ns, stamp_ns))
    return [*written[:6], out / INDEX_NAME, out / TEXTS_FOLDER]


Blobs = dict[str, bytes]


def _encoded(texts: Mapping[str, str]) -> Blobs:
    return {name: text.encode("utf-8") for name, text in texts.items()}


def _tables(result: BuildResult, layout: Mapping[str, Any]) -> dict[str, str]:
    """graph.json, graph.graphml, quotes.jsonl and stances.jsonl."""
    import json

    from kg.outputs.export import graphml_text, json_text
    from kg.outputs.rows import quote_rows, stance_rows

    g = result.graph
    quotes = quote_rows(result.quotes, result.speakers)
    stances = stance_rows(result.stances, result.positions, result.speakers)
    return {
        "graph.json": json_text(g),
        "graph.graphml": graphml_text(g, layout),
        "quotes.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in quotes),
        "stances.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stances),
    }


def _drawings(result: BuildResult, layout: Mapping[str, Any]) -> Callable[[], Blobs]:
    """What makes graph.gexf and graph.html (the costliest half of the outputs)."""
    from kg.outputs.export import gexf_text  # imported here, not in a forked child
    from kg.outputs.render import render_html

    def make() -> Blobs:
        g = result.graph
        return _encoded(
            {
                "graph.gexf": gexf_text(g, layout),
                "graph.html": render_html(g, g.graph.get("name"), layout),
            }
        )

    return make


def _nothing() -> None:
    return None


def _forked(make: Callable[[], Blobs]) -> tuple[Callable[[], Blobs], Callable[[], None]]:
    """Start ``make`` in a forked process now: what returns its result when called, and
    what stops the child (when the caller gives up).

    The child inherits the build's records (nothing is sent to it) and sends back the
    bytes it made. Where there is no fork, while another thread runs (a lock it holds
    would stay held in the child), or when the child fails, ``make`` runs here instead.
    """
    import pickle
    import signal
    import sys
    import threading

    if not sys.platform.startswith("linux"):  # fork is unsafe on macOS, absent on Windows
        return make, _nothing
    if threading.active_count() > 1:  # e.g. what a Dask cluster leaves running
        return make, _nothing
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: make the bytes, send them, leave without any clean-up
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(make(), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def join() -> Blobs:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            return make()
        made: Blobs = pickle.loads(data)
        return made

    def cancel() -> None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        with contextlib.suppress(OSError):
            os.close(read_end)

    return join, cancel
