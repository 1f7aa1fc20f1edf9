"""The text of every article, written beside the outputs so that offsets can be checked.

A saved page's or a corpus row's text is not a file of its own; ``kg build``
writes each article's text to ``texts/<id>.txt`` in the output folder, and
every ``start``/``end`` in the outputs indexes into it::

    text = open("output/texts/ferry-vote.txt", encoding="utf-8").read()
    assert text[row["start"] : row["end"]] == row["text"]

The article node of the graph names its file (``text_file``, relative to the
graph). File names are the ids with anything but letters, digits, ``.``,
``_`` and ``-`` replaced, and made unique.

>>> text_files(["a/b", "a:b", "ok"])
{'a/b': 'texts/a_b.txt', 'a:b': 'texts/a_b-2.txt', 'ok': 'texts/ok.txt'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.read.articles import Article

__all__ = ["TEXTS_FOLDER", "text_files", "write_texts"]

TEXTS_FOLDER = "texts"
_UNSAFE = re.compile(r"[^\w.-]+")
_MAX_NAME = 120


def _safe_name(doc_id: str) -> str:
    name = _UNSAFE.sub("_", doc_id).strip("._")[:_MAX_NAME]
    return name or "article"


def text_files(ids: Iterable[str]) -> dict[str, str]:
    """Each article id -> its text file, relative to the output folder.

    Names are unique without regard to case, so they stay apart on any file system.
    """
    files: dict[str, str] = {}
    taken: set[str] = set()
    for doc_id in ids:
        base = name = _safe_name(doc_id)
        n = 2
        while name.lower() in taken:
            name = f"{base}-{n}"
            n += 1
        taken.add(name.lower())
        files[doc_id] = f"{TEXTS_FOLDER}/{name}.txt"
    return files


def write_texts(
    articles: Sequence[Article], out: Path, files: Mapping[str, str] | None = None
) -> Path:
    """Write every article's text under ``out/texts/``; remove texts of earlier builds.

    Each file holds exactly ``article.text`` as UTF-8, so that
    ``open(f, encoding="utf-8").read()`` gives back the text offsets index into.

    Returns
    -------
    Path
        The folder written.
    """
    from kg.outputs.export import atomic_write_text

    files = files or text_files(a.id for a in articles)
    folder = out / TEXTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    current = set()
    for article in articles:
        target = out / files[article.id]
        atomic_write_text(target, article.text)
        current.add(target.name)
    for old in folder.glob("*.txt"):
        if old.name not in current:
            old.unlink(missing_ok=True)
    return folder
