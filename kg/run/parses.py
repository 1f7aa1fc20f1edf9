"""A per-article cache of spaCy parses, so a change to kg's rules never re-parses.

Parsing is about 95% of a build. Each entry is one article's ``Doc``
serialised with spaCy's :class:`~spacy.tokens.DocBin` (never pickle), keyed
by the SHA-256 of the text and the model fingerprint (model package, its
version and spaCy's version, :func:`kg.extract.nlp.model_fingerprint`), and
nothing of kg's own code: a kg upgrade or an edited rule reuses every parse.
Files are sealed with the SHA-256 of their bytes (:func:`kg.run.cache.seal`)
and written atomically; an entry that fails its checksum or does not
deserialise is reported, deleted and parsed again.

An entry costs about 3 bytes of disk per character of article text (14.5 KiB
for an average PolNeAR article; ``kg cache`` prints the total).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.nlp import Unparsed, doc_text, parse_bounded
from kg.read.rawfile import read_bounded
from kg.run.cache import (
    CACHE_FORMAT,
    EntryProblem,
    atomic_write,
    discard_entry,
    entry_limit,
    seal,
    unseal,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ParseCache", "parse_with_cache"]


@dataclass
class ParseCache:
    """Parses on disk under ``folder``, one DocBin file per article text.

    Parameters
    ----------
    folder : path-like
        The folder (created when the first entry is written).
    model : str
        The model fingerprint; part of every key.

    Attributes
    ----------
    warnings : list of str
        Corrupt entries found (each deleted and parsed again) and failed writes.
    hits : int
        Parses served from the cache so far.
    """

    folder: Path
    model: str
    warnings: list[str] = field(default_factory=list)
    hits: int = 0

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)

    def key(self, text: str) -> str:
        """The entry key of a text: a SHA-256 over the text and the model fingerprint."""
        digest = hashlib.sha256(f"parse {CACHE_FORMAT}\x00{self.model}\x00".encode())
        digest.update(text.encode("utf-8", errors="surrogatepass"))
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        """Where the entry ``key`` lives."""
        return self.folder / key[:2] / f"{key}.spacy"

    def get(self, text: str, nlp: Language) -> Doc | None:
        """The cached parse of ``text``, or None (a miss, or a bad entry now deleted).

        The entry is read only if it is a regular file of a plausible size, inflated
        only up to a bound (no zip bomb), and used only if it holds one ``Doc`` of
        exactly ``text`` whose heads stay inside their sentence's document.
        """
        path = self.path(self.key(text))
        try:
            raw = read_bounded(path, entry_limit(text), EntryProblem)
            doc = _decode_doc(unseal(raw), text, nlp)
        except EntryProblem as exc:
            if exc.missing:
                return None
            self.warnings.append(f"parse cache entry {exc}; parsing again")
        except Exception as exc:  # untrusted bytes: whatever spaCy or msgpack raises
            self.warnings.append(f"parse cache entry {path} is corrupt ({exc}); parsing again")
        else:
            self.hits += 1
            return doc
        discard_entry(path)
        return None

    def put(self, doc: Doc) -> None:
        """Store the parse of ``doc.text``, atomically (a failed write becomes a warning)."""
        from spacy.tokens import DocBin

        path = self.path(self.key(doc.text))
        try:
            atomic_write(path, seal(DocBin(docs=[doc]).to_bytes()))
        except OSError as exc:
            self.warnings.append(f"cannot write parse cache entry {path}: {exc}")

    def entries(self) -> Iterable[Path]:
        """Every entry file in the cache folder."""
        return sorted(self.folder.glob("??/*.spacy")) if self.folder.is_dir() else []


def _decode_doc(payload: bytes, text: str, nlp: Language) -> Doc:
    """The one Doc a DocBin payload holds, checked against ``text``."""
    import zlib

    from spacy.tokens import DocBin

    inflate = zlib.decompressobj()
    inflate.decompress(payload, entry_limit(text))
    if inflate.unconsumed_tail:
        raise ValueError("entry inflates beyond any parse of its text")
    docs = list(DocBin().from_bytes(payload).get_docs(nlp.vocab))
    if len(docs) != 1 or docs[0].text != text:
        raise ValueError("entry holds another text")
    doc = docs[0]
    if any(not 0 <= t.head.i < len(doc) for t in doc):
        raise ValueError("entry holds a head outside the text")
    doc_text(doc, text)  # checked equal above: extraction need not join it again
    return doc


def parse_with_cache(
    texts: Iterable[str], nlp: Language, cache: ParseCache | None, batch_size: int
) -> Iterator[Doc | Unparsed]:
    """The parse of every text, in order: from ``cache`` when it has it, else parsed.

    Parsing is :func:`kg.extract.nlp.parse_bounded` (bounded time and memory per text;
    a text that is not prose comes back :class:`~kg.extract.nlp.Unparsed`). Texts are
    taken ``batch_size`` at a time, so memory holds one batch of parses; new parses
    are added to the cache.
    """
    if cache is None:
        yield from parse_bounded(texts, nlp, batch_size)
        return
    it = iter(texts)
    while chunk := list(islice(it, batch_size)):
        cached = [cache.get(t, nlp) for t in chunk]
        todo = [t for t, d in zip(chunk, cached, strict=True) if d is None]
        fresh = iter(parse_bounded(todo, nlp, batch_size))
        for doc in cached:
            if doc is None:
                made = next(fresh)
                if not isinstance(made, Unparsed):
                    cache.put(made)
                yield made
            else:
                yield doc
