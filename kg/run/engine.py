"""Engines run the per-article stage: in this process, in local worker processes, or on Dask.

Extraction is independent per article, so every engine does the same thing:
split the articles into partitions, run :func:`extract_batch` on each (the
spaCy model is loaded once per worker process and parses the partition with
``nlp.pipe``), and hand back ``(index, ArticleRecords)`` pairs. The corpus-wide
stages then run once, on the collected records, in the calling process
(:func:`kg.run.pipeline.assemble`), so every engine gives the same graph.

- :class:`LocalEngine` — ``workers=1`` parses in this process as a stream;
  more workers use a pool of spawned processes, each running
  :func:`extract_batch`. (Not spaCy's ``n_process``: that ships every parsed
  ``Doc`` back to the parent (about 400 KB per news article, ten times its records),
  and leaves extraction serial in the parent.)
- :class:`DaskEngine` — the same partitions as tasks on a ``dask.distributed``
  cluster: an existing one (a scheduler address or a ``Client``) or a
  ``LocalCluster`` started for the build. Workers need kg and the model
  installed; a worker running other kg or model code is refused, since its
  records would differ.

Only a bounded number of partitions is in flight at a time, so memory does
not grow with the corpus beyond the records themselves.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from kg.assemble.collector import collect_less_from_now
from kg.errors import KgError
from kg.extract.nlp import (
    DEFAULT_MODEL,
    PARSE_BATCH_SIZE,
    available_cores,
    load_model,
    model_fingerprint,
)
from kg.extract.records import ArticleRecords, extract_article
from kg.read.articles import Article
from kg.run.cache import extraction_fingerprint
from kg.run.parses import ParseCache, parse_with_cache

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Batch",
    "DaskEngine",
    "Engine",
    "EngineKind",
    "LocalEngine",
    "die_with_parent",
    "extract_batch",
    "make_engine",
    "partitions",
]

EngineKind = Literal["local", "dask"]
#: Below this many articles per worker, starting worker processes costs more than it saves.
MIN_ARTICLES_PER_WORKER = 24
#: Articles per partition (a task): enough to amortise sending it, few enough to balance
#: the workers.
PARTITION_SIZE = 16
#: One partition at a time per process: the threads of a Dask worker share the process's
#: spaCy pipeline, which is not safe to call from several threads at once (spaCy #6398).
_PIPELINE_LOCK = threading.Lock()


class Engine(Protocol):
    """Runs :func:`extract_batch` over articles; yields ``(index, records)`` in any order."""

    def run(self, articles: Sequence[Article]) -> Iterator[tuple[int, ArticleRecords]]:
        """Extract the records of every article; ``index`` points into ``articles``."""
        ...


@dataclass(frozen=True)
class Batch:
    """The records of one partition, and what its parse cache had to report."""

    records: list[ArticleRecords]
    warnings: tuple[str, ...] = ()
    #: Articles parsed (not taken from the parse cache).
    parsed: int = 0


def extract_batch(
    articles: Sequence[Article],
    model: str = DEFAULT_MODEL,
    batch_size: int = PARSE_BATCH_SIZE,
    parse_dir: Path | None = None,
    learned: bool = False,
) -> Batch:
    """Parse one partition (from the parse cache in ``parse_dir`` when it has it) and extract
    (with the learned attributions when ``learned``, see :func:`extract_article`).

    The model is loaded once per process (:func:`kg.extract.nlp.load_model` caches it);
    threads of one process take turns.
    """
    with _PIPELINE_LOCK:
        nlp = load_model(model)
        cache = ParseCache(parse_dir, model_fingerprint(model)) if parse_dir else None
        docs = parse_with_cache([a.text for a in articles], nlp, cache, batch_size)
        records = [
            extract_article(doc, a, learned=learned) for a, doc in zip(articles, docs, strict=True)
        ]
        hits = cache.hits if cache else 0
        return Batch(records, tuple(cache.warnings) if cache else (), len(records) - hits)


def partitions(n: int, workers: int, size: int = PARTITION_SIZE) -> list[range]:
    """Split ``range(n)`` into partitions of at most ``size``, at least 4 per worker when possible.

    With more than one worker the last partitions shrink (to half of what is left per
    worker, down to 2 articles), so that the workers finish together: one worker parsing
    a last full partition while the others wait would leave cores idle for seconds.

    >>> [len(p) for p in partitions(10, 2)]
    [2, 2, 2, 2, 2]
    >>> [len(p) for p in partitions(100, 1)]
    [16, 16, 16, 16, 16, 16, 4]
    >>> [len(p) for p in partitions(200, 2)][-8:]
    [8, 6, 5, 3, 3, 2, 2, 2]
    >>> partitions(0, 2)
    []
    """
    if n <= 0:
        return []
    workers = max(1, workers)
    step = max(1, min(size, math.ceil(n / (4 * workers))))
    out = []
    start = 0
    while start < n:
        left = n - start
        take = step if workers == 1 else min(step, max(2, math.ceil(left / (2 * workers))))
        out.append(range(start, min(n, start + take)))
        start += take
    return out


def _worker_init(model: str, parent: int) -> None:
    """A worker process's start: tie its life to its parent's, collect garbage less often
    (:func:`kg.assemble.collector.collect_less_from_now`), then load the model."""
    import atexit

    die_with_parent(parent)
    collect_less_from_now()
    load_model(model)
    atexit.register(_leave_now)


def _leave_now() -> None:
    """A worker's last step (at exit): leave without tearing the interpreter and the model
    down, which kept the build waiting for a second or more after the last partition.

    By then the worker has sent every result (the pool writes them synchronously) and
    run the clean-ups of ``multiprocessing``; only its own output is flushed here.
    """
    import sys

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


#: Linux prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int, poll: float = 1.0) -> None:
    """Make this process exit when the process ``parent`` dies (a ``kill -9`` of the build).

    On Linux the kernel sends SIGKILL at once (``prctl(PR_SET_PDEATHSIG)``); everywhere
    a daemon thread also checks every ``poll`` seconds that the parent is still ours.
    """
    import ctypes
    import signal

    with contextlib.suppress(AttributeError, OSError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(poll)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


@dataclass
class LocalEngine:
    """Extraction on this machine.

    Parameters
    ----------
    workers : int or None
        Processes to use; None uses every core present. Small corpora
        (fewer than :data:`MIN_ARTICLES_PER_WORKER` articles per worker) run
        in this process whatever the setting.
    model : str
        The spaCy model to load.
    nlp : Language or None
        An already loaded pipeline to use in this process (forces one process).
    min_per_worker : int
        Articles each extra worker process must have to be worth starting.
    parse_dir : Path or None
        The parse cache folder (:class:`kg.run.parses.ParseCache`); None parses everything.
    learned : bool
        Add the learned attributions to the quotes (:func:`kg.extract.records.extract_article`).

    Attributes
    ----------
    warnings : list of str
        What the parse cache reported (corrupt entries, failed writes).
    parsed : int
        Articles parsed so far (not taken from the parse cache).
    """

    workers: int | None = None
    model: str = DEFAULT_MODEL
    nlp: Language | None = None
    min_per_worker: int = MIN_ARTICLES_PER_WORKER
    parse_dir: Path | None = None
    learned: bool = False
    warnings: list[str] = field(default_factory=list, repr=False)
    parsed: int = field(default=0, repr=False)

    def processes_for(self, n_articles: int) -> int:
        """How many processes :meth:`run` uses for ``n_articles``."""
        if self.nlp is not None:
            return 1
        wanted = self.workers if self.workers is not None else available_cores()
        return max(1, min(wanted, n_articles // max(1, self.min_per_worker)))

    def run(self, articles: Sequence[Article]) -> Iterator[tuple[int, ArticleRecords]]:
        """Yield ``(index, records)`` for every article (in order with one process)."""
        if not articles:  # everything came from the cache: do not even load the model
            return
        processes = self.processes_for(len(articles))
        if processes == 1:
            nlp = self.nlp or load_model(self.model)
            fp = model_fingerprint(self.model)
            cache = ParseCache(self.parse_dir, fp) if self.parse_dir else None
            docs = parse_with_cache((a.text for a in articles), nlp, cache, PARSE_BATCH_SIZE)
            for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
                yield i, extract_article(doc, article, learned=self.learned)
            self.warnings.extend(cache.warnings if cache else ())
            self.parsed += len(articles) - (cache.hits if cache else 0)
            return
        yield from self._run_pool(articles, processes)

    def _run_pool(
        self, articles: Sequence[Article], processes: int
    ) -> Iterator[tuple[int, ArticleRecords]]:
        import multiprocessing
        from concurrent.futures.process import BrokenProcessPool

        parts = iter(partitions(len(articles), processes))
        pool = ProcessPoolExecutor(
            max_workers=processes,
            # spawn, not fork: the parent may hold threads (a progress bar) and a loaded model.
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_init,
            initargs=(self.model, os.getpid()),
        )
        pending: dict[Future[Batch], range] = {}

        def submit() -> None:
            part = next(parts, None)
            if part is not None:
                batch = [articles[i] for i in part]
                future = pool.submit(
                    extract_batch,
                    batch,
                    self.model,
                    PARSE_BATCH_SIZE,
                    self.parse_dir,
                    self.learned,
                )
                pending[future] = part

        try:
            for _ in range(2 * processes):
                submit()
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    part = pending.pop(future)
                    batch = future.result()
                    self.warnings.extend(batch.warnings)
                    self.parsed += batch.parsed
                    submit()
                    yield from zip(part, batch.records, strict=True)
        except BrokenProcessPool as exc:
            raise KgError(f"a worker process died during extraction: {exc}") from exc
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _remote_batch(
    articles: Sequence[Article], model: str, learned: bool = False
) -> tuple[str, str, list[ArticleRecords]]:
    """:func:`extract_batch` on a Dask worker, with the worker's code and model fingerprints."""
    records = extract_batch(articles, model, learned=learned).records
    return extraction_fingerprint(), model_fingerprint(model), records


@dataclass
class DaskEngine:
    """Extraction as tasks on a ``dask.distributed`` cluster.

    Parameters
    ----------
    scheduler : str or None
        Address of an existing scheduler (``tcp://host:8786``); None starts a
        ``LocalCluster`` for the build (``workers`` processes, one thread each)
        and closes it afterwards.
    workers : int or None
        Workers of the ``LocalCluster`` (default: the cores present).
    model : str
        The spaCy model the workers load (once per worker process).
    client : distributed.Client or None
        An already connected client to use (and leave open) instead.
    timeout : float or None
        Seconds to wait for the whole extraction before giving up.
    connect_timeout : float
        Seconds to wait for the scheduler at ``scheduler``.
    learned : bool
        Add the learned attributions to the quotes (:func:`kg.extract.records.extract_article`).

    Notes
    -----
    Run the workers with one thread each (``dask worker ADDRESS --nthreads 1
    --nworkers N``): the threads of a worker process share one spaCy pipeline,
    which is not thread-safe, so they would take turns.
    """

    scheduler: str | None = None
    workers: int | None = None
    model: str = DEFAULT_MODEL
    client: Any = None
    timeout: float | None = None
    connect_timeout: float = 30.0
    learned: bool = False

    @contextlib.contextmanager
    def _connect(self) -> Iterator[Any]:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise KgError(
                "the dask engine needs dask.distributed: pip install 'kg[dask]'"
            ) from None
        if self.client is not None:
            yield self.client
            return
        if self.scheduler:
            try:
                client = Client(self.scheduler, timeout=self.connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise KgError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from None
            with client:
                yield client
            return
        with (
            LocalCluster(
                n_workers=self.workers or available_cores(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client

    def run(self, articles: Sequence[Article]) -> Iterator[tuple[int, ArticleRecords]]:
        """Yield ``(index, records)`` for every article, in the order partitions finish.

        Raises
        ------
        KgError
            dask is not installed, the scheduler cannot be reached, or a worker
            runs different kg or model code than this process.
        """
        if not articles:
            return
        from distributed import as_completed

        expected = (extraction_fingerprint(), model_fingerprint(self.model))
        with self._connect() as client:
            threads = sum(client.nthreads().values()) or 1
            parts = iter(partitions(len(articles), threads))
            running = as_completed(timeout=self.timeout)
            where: dict[str, range] = {}

            def submit() -> None:
                part = next(parts, None)
                if part is not None:
                    batch = [articles[i] for i in part]
                    future = client.submit(
                        _remote_batch, batch, self.model, self.learned, pure=False
                    )
                    where[future.key] = part
                    running.add(future)

            for _ in range(2 * threads):
                submit()
            for future in running:
                part = where.pop(future.key)
                code, model, records = future.result()
                future.release()
                if (code, model) != expected:
                    raise KgError(
                        "a Dask worker runs different kg or model code than this machine "
                        f"(worker: {model}, kg {code[:12]}; here: {expected[1]}, kg "
                        f"{expected[0][:12]}); install the same kg and model on the workers"
                    )
                submit()
                yield from zip(part, records, strict=True)


def make_engine(
    kind: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    model: str = DEFAULT_MODEL,
    parse_dir: Path | None = None,
    learned: bool = False,
) -> LocalEngine | DaskEngine:
    """The engine for the CLI options: ``kind`` is ``"local"``, ``"dask"`` or None.

    None means dask when a ``scheduler`` address is given, else local. ``parse_dir``
    is the local engine's parse cache (Dask workers may not share this disk); ``learned``
    adds the learned attributions (``kg build --learned``).

    Raises
    ------
    KgError
        An unknown engine, a bad worker count, or a scheduler with the local engine.

    >>> make_engine(workers=2).workers
    2
    """
    if workers is not None and workers < 1:
        raise KgError(f"--workers must be 1 or more, not {workers}")
    kind = kind or ("dask" if scheduler else "local")
    if kind == "local":
        if scheduler:
            raise KgError("--scheduler needs --engine dask")
        return LocalEngine(workers=workers, model=model, parse_dir=parse_dir, learned=learned)
    if kind == "dask":
        return DaskEngine(scheduler=scheduler, workers=workers, model=model, learned=learned)
    raise KgError(f"unknown engine {kind!r}: use 'local' or 'dask'")
