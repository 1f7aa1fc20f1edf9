"""A position's label as the articles write it: its key words ("settle claim", lemmas put
together from its terms) found close together in its statements, in their most common
wording ("settled the claims").

The key words stay what questions are matched on (:attr:`Position.key_label`); this
module only makes what the page and the answers show read as words of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from kg.extract.terms import magnitude, norm_term
from kg.lexicon import SYNONYM_OF

__all__ = ["MAX_SPAN", "form_of", "written_label"]

#: The most words a span of a statement may have to be a label.
MAX_SPAN = 6

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: Where a span may not run across: sentence and clause punctuation, quote marks, brackets.
_BREAK = re.compile(r"[,.;:!?\"“”()\[\]{}—–]|\s-\s")
#: Endings of an inflected verb or plural noun, longest first.
_ENDINGS = ("ing", "ies", "ied", "es", "ed", "s", "d")


def _stems(word: str) -> set[str]:
    """What an inflected word may be a form of: "settling" -> settl, settle; "carried" ->
    carry; "stopped" -> stop."""
    out = {word}
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        out |= {stem, stem + "e"}
        if ending in ("ies", "ied"):
            out.add(stem + "y")
        if len(stem) > 3 and stem[-1] == stem[-2]:
            out.add(stem[:-1])  # "stopped", "planning"
    return out


def _number_size(word: str) -> str | None:
    """The size class of a number written in digits ("63" -> dozens), else None."""
    raw = word.replace(",", "")
    if not raw.isdigit():
        return None
    return magnitude(float(raw))


def form_of(word: str, term: str, fold: Mapping[str, str]) -> bool:
    """Whether ``word`` (lowercased, as written) is a form of the key term ``term``.

    >>> form_of("settled", "settle", {}), form_of("ceasefires", "fire", {"ceasefire": "fire"})
    (True, True)
    >>> form_of("63", "dozens", {}), form_of("settings", "settle", {})
    (True, False)
    """
    if _number_size(word) == term:
        return True
    for stem in _stems(norm_term(word)) | {norm_term(word)}:
        if term in (stem, fold.get(stem), SYNONYM_OF.get(stem)):
            return True
    return False


def _clauses(text: str) -> Iterable[list[str]]:
    """The words of each stretch of ``text`` between punctuation, lowercased."""
    for part in _BREAK.split(text.lower()):
        toks = _WORD.findall(part)
        if toks:
            yield toks


def _shortest(toks: list[str], keys: Sequence[str], fold: Mapping[str, str]) -> str | None:
    """The shortest run of ``toks`` (at most :data:`MAX_SPAN` words) that starts and ends
    with a key word and holds a form of every one of ``keys``."""
    found: list[tuple[int, str]] = []
    for i in range(len(toks)):
        held: set[str] = set()
        if not any(form_of(toks[i], k, fold) for k in keys):
            continue
        for j in range(i, min(i + MAX_SPAN, len(toks))):
            held |= {k for k in keys if form_of(toks[j], k, fold)}
            if len(held) == len(keys):
                found.append((j - i, " ".join(toks[i : j + 1])))
                break
    return min(found)[1] if found else None


def _written(phrase: str, texts: Sequence[str]) -> bool:
    """Whether ``phrase`` is written word for word in one of ``texts``."""
    want = phrase.split()
    for text in texts:
        for toks in _clauses(text):
            if any(toks[i : i + len(want)] == want for i in range(len(toks) - len(want) + 1)):
                return True
    return False


def _word_by_word(keys: Sequence[str], texts: Sequence[str], fold: Mapping[str, str]) -> str | None:
    """Each key word as most often written, in the order of the first text that writes
    them all (else in the key's order); None when one is never written (a size class:
    "dozens" for "63")."""
    per_text = [[w for clause in _clauses(text) for w in clause] for text in texts]
    written = []
    for k in keys:
        forms = Counter(
            w for toks in per_text for w in toks if form_of(w, k, fold) and _number_size(w) is None
        )
        if not forms:
            return None
        written.append(min(forms, key=lambda w: (-forms[w], len(w), w)))
    for toks in per_text:
        at = [next((i for i, w in enumerate(toks) if form_of(w, k, fold)), None) for k in keys]
        if None not in at:
            return " ".join(w for _, w in sorted(zip(at, written, strict=True)))
    return " ".join(written)


def written_label(key: str, texts: Sequence[str], fold: Mapping[str, str]) -> str:
    """The label ``key`` (key words, or a phrase with the anchor) as ``texts`` write it.

    ``key`` itself when it is written so; else the most common of the shortest spans that
    hold a form of each of its words; else each word as most often written, in the order
    the texts first write them; else ``key``.

    >>> texts = ["They settled the claims at once.", "The firm settled the claims, he said."]
    >>> written_label("settle claim", texts, {})
    'settled the claims'
    >>> written_label("the claims", texts, {})
    'the claims'
    >>> written_label("settle firm", texts, {})
    'firm settled'
    """
    if not texts or _written(key, texts):
        return key
    keys = list(dict.fromkeys(key.split()))
    spans = Counter(
        span for text in texts for toks in _clauses(text) if (span := _shortest(toks, keys, fold))
    )
    if spans:
        return min(spans, key=lambda s: (-spans[s], len(s.split()), s))
    return _word_by_word(keys, texts, fold) or key
