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
MAX_SPAN = 8

_WORD = re.compile(r"\w+(?:['’]\w+)*")
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


def _clauses(text: str) -> Iterable[list[re.Match[str]]]:
    """The words of each stretch of ``text`` between punctuation (a hyphen splits words:
    "four-year ban" holds "year")."""
    start = 0
    for brk in [*_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        toks = list(_WORD.finditer(text, start, end))
        if toks:
            yield toks
        start = brk.end() if brk is not None else end


def _shortest(
    toks: list[re.Match[str]], keys: Sequence[str], fold: Mapping[str, str]
) -> tuple[int, bool, str] | None:
    """The shortest run of ``toks`` (at most :data:`MAX_SPAN` words) that starts and ends
    with a key word and holds a form of every one of ``keys``: its length, whether it
    starts with the first key word, and its text as written."""
    low = [t.group().lower() for t in toks]
    found: list[tuple[int, bool, str]] = []
    for i in range(len(toks)):
        if not any(form_of(low[i], k, fold) for k in keys):
            continue
        held: set[str] = set()
        for j in range(i, min(i + MAX_SPAN, len(toks))):
            held |= {k for k in keys if form_of(low[j], k, fold)}
            if len(held) == len(keys):
                text = " ".join(toks[i].string[toks[i].start() : toks[j].end()].split())
                found.append((j - i, form_of(low[i], keys[0], fold), text))
                break
    return min(found, key=lambda x: (x[0], not x[1], x[2])) if found else None


def _written(phrase: str, texts: Sequence[str]) -> bool:
    """Whether ``phrase`` is written word for word in one of ``texts`` (in any case)."""
    want = phrase.lower().split()
    for text in texts:
        for toks in _clauses(text):
            low = [t.group().lower() for t in toks]
            if any(low[i : i + len(want)] == want for i in range(len(low) - len(want) + 1)):
                return True
    return False


def _anchor_word(anchor: str, texts: Sequence[str], fold: Mapping[str, str]) -> str | None:
    """The anchor as most often written (no number: "63" is no label for "dozens")."""
    forms = Counter(
        w.group().lower()
        for text in texts
        for toks in _clauses(text)
        for w in toks
        if form_of(w.group().lower(), anchor, fold) and _number_size(w.group()) is None
    )
    return min(forms, key=lambda w: (-forms[w], len(w), w)) if forms else None


def written_label(key: str, anchor: str, texts: Sequence[str], fold: Mapping[str, str]) -> str:
    """The label ``key`` (key words, or a phrase with the ``anchor``) as ``texts`` write it.

    ``key`` itself when it is written so; else the most common of the shortest spans that
    hold a form of each of its words (in the key's order when both orders are as common);
    else the anchor as most often written, alone; else ``key``.

    >>> texts = ["They settled the claims at once.", "The firm settled the Lee claims, he said."]
    >>> texts += ["A four-year ban."]
    >>> written_label("four year ban", "ban", texts, {})
    'four year ban'
    >>> written_label("ban four", "ban", texts, {})
    'four-year ban'
    >>> written_label("settle claim", "settle", texts, {})
    'settled the claims'
    >>> written_label("the claims", "claim", texts, {})
    'the claims'
    >>> written_label("settle said", "settle", texts, {})
    'settled'
    """
    if not texts or _written(key, texts):
        return key
    keys = list(dict.fromkeys(key.lower().split()))
    spans = [
        found
        for text in texts
        for toks in _clauses(text)
        if (found := _shortest(toks, keys, fold)) is not None
    ]
    if spans:
        counts = Counter(text.lower() for _, _, text in spans)
        best = min(
            spans,
            key=lambda x: (-counts[x[2].lower()], not x[1], x[0], x[2][:1].isupper(), x[2]),
        )
        return best[2]
    return _anchor_word(anchor, texts, fold) or key
