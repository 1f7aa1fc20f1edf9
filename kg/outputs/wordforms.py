"""How kg spells the words of names and positions, and the facts it derives from them once.

A question meets a graph through normal forms of words (:func:`stems`), names spelled
one way (:func:`name_tokens`) and each position's weighted words
(:func:`position_vocab`). Working these out for every speaker and position of a big
graph takes longer than answering, so ``kg build`` works them out once and writes them
into ``graph.sqlite`` (:func:`fact_rows`), stamped with :func:`facts_stamp`: an index
whose facts were derived by other rules is not read for them. The rules live here, below
:mod:`kg.query`, so that the build and the questions derive them alike.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.extract.terms import magnitude, norm_term
from kg.lexicon import COUNTRY_FORMS, MAGNITUDE_WORDS, ORG_SPELLINGS, SPELLING_ENDINGS, SYNONYM_OF
from kg.lexicon.questions import IRREGULAR_VERBS
from kg.outputs.attrs import attr_list
from kg.outputs.wordstats import SaidWords, topic_words, words, words_stamp

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ALIAS_WEIGHT",
    "FIRST_TERM_WEIGHT",
    "RELATED_WEIGHT",
    "SAID_ONCE_WEIGHT",
    "SAID_WEIGHT",
    "TERM_WEIGHT",
    "fact_rows",
    "facts_stamp",
    "match_label",
    "name_forms",
    "name_tokens",
    "name_words",
    "packed_by_word",
    "position_vocab",
    "positions_by_word",
    "stems",
    "unpack_held",
]

#: Weights of a position's words by where they come from: its key terms name it; its
#: related terms, label and aliases describe it; its supporters' words only hint at it.
FIRST_TERM_WEIGHT, TERM_WEIGHT, RELATED_WEIGHT, ALIAS_WEIGHT = 3.0, 2.0, 1.0, 0.8
SAID_WEIGHT, SAID_ONCE_WEIGHT = 0.5, 0.3

_IRREGULAR = {form: base for base, forms in IRREGULAR_VERBS.items() for form in forms}
_DROP = frozenset(["the", "a", "an", "of", "s", "and", "in", "at", "for", "to", "on"])
_COUNTRY_PHRASES = sorted((f for f in COUNTRY_FORMS if " " in f), key=len, reverse=True)
#: What :func:`name_tokens` replaces, in that order: each phrase and its country, padded.
_COUNTRY_SPELLED = [(f" {p} ", f" {COUNTRY_FORMS[p].lower()} ") for p in _COUNTRY_PHRASES]
#: The spellings of :data:`~kg.lexicon.ORG_SPELLINGS` that are one word.
_ONE_WORD_SPELLING = {k: v for k, v in ORG_SPELLINGS.items() if " " not in v}


def _endings(w: str) -> set[str]:
    """Forms of ``w`` with a verb, agent or adverb ending taken off."""
    out = set()
    if len(w) > 4 and w.endswith("ied"):
        out.add(w[:-3] + "y")
    elif len(w) > 4 and w.endswith("ed"):
        out.update({w[:-2], w[:-1]})
        if len(w) > 5 and w[-3] == w[-4]:
            out.add(w[:-3])  # "stopped"
    if len(w) > 5 and w.endswith("ing"):
        out.update({w[:-3], w[:-3] + "e"})
        if w[-4] == w[-5]:
            out.add(w[:-4])  # "stopping"
    if len(w) > 5 and w.endswith("ation"):
        out.update({w[:-5] + "e", w[:-5]})  # "mobilization" -> "mobilize"
    elif len(w) > 5 and w.endswith("sion"):
        out.update({w[:-4] + "de", w[:-3] + "t"})  # "corrosion" -> "corrode", "omission"
    elif len(w) > 5 and w.endswith("tion"):
        out.update({w[:-4] + "te", w[:-3]})  # "pollution" -> "pollute", "corruption" -> "corrupt"
    if len(w) > 5 and w.endswith(("er", "or")):
        out.update({w[:-2], w[:-1]})  # "reporter" -> "report", "negotiator" -> "negotiate"
    if len(w) > 5 and w.endswith("ly"):
        out.add(w[:-2])  # "secretly" -> "secret"
    if len(w) > 6 and w.endswith("ment"):
        out.add(w[:-4])  # "agreement" -> "agree"
    if len(w) > 6 and w.endswith(("sure", "lure", "zure")) and not w.endswith("ssure"):
        out.update({w[:-3], w[:-3] + "e"})  # "disclosure" -> "disclose", "failure" -> "fail"
    if len(w) > 6 and w.endswith(("sal", "val", "wal")):
        out.update({w[:-2], w[:-2] + "e"})  # "refusal" -> "refuse", "withdrawal" -> "withdraw"
    return out


#: :data:`~kg.lexicon.SPELLING_ENDINGS` by their last letter, each list in their order:
#: only those can end a word (:func:`stems` spells thousands of graph words per question).
_ENDINGS_BY_LAST: dict[str, list[tuple[str, str, int]]] = {}
for _entry in SPELLING_ENDINGS:
    _ENDINGS_BY_LAST.setdefault(_entry[0][-1:], []).append(_entry)


def _spelled(word: str) -> str:
    """``word`` in the spelling :data:`~kg.lexicon.SPELLING_ENDINGS` sends both forms to."""
    for ending, canonical, shortest in _ENDINGS_BY_LAST.get(word[-1:], ()):
        if len(word) >= shortest and word.endswith(ending):
            return word[: -len(ending)] + canonical
    return word


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> frozenset[str]:
    """Candidate normal forms of a word: endings off, spellings and synonyms joined.

    >>> sorted(stems("housed"))
    ['hous', 'house', 'housed']
    >>> "take" in stems("taken") and "defense" in stems("defence")
    True
    """
    w = norm_term(word)
    out = {w, _IRREGULAR.get(w, w)}
    if w in MAGNITUDE_WORDS or w + "s" in MAGNITUDE_WORDS:
        out.add(MAGNITUDE_WORDS.get(w, MAGNITUDE_WORDS.get(w + "s", w)))
    digits = w.replace(",", "")
    if digits.isdigit() and (size := magnitude(int(digits))):
        out.add(size)
    out |= _endings(w)
    out |= {_spelled(s) for s in out}
    return frozenset(out | {SYNONYM_OF[s] for s in out if s in SYNONYM_OF})


@lru_cache(maxsize=1 << 14)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name that identify it, spelled one way.

    >>> name_tokens("the U.K. Defence Ministry's")
    ('united', 'kingdom', 'defense', 'ministry')
    """
    text = " " + " ".join(words(name.replace(".", ""))) + " "
    for phrase, country in _COUNTRY_SPELLED:
        text = text.replace(phrase, country)
    out: list[str] = []
    for w in text.split():
        w = _ONE_WORD_SPELLING.get(w, w)
        if w in COUNTRY_FORMS:
            out.extend(COUNTRY_FORMS[w].lower().split())
        elif w not in _DROP:
            out.append(w)
    return tuple(out)


def match_label(d: dict[str, Any]) -> str:
    """The label of a node as questions are matched on it: a position's key words
    (``key_label``: "settle claim") when its shown label is worded otherwise."""
    return str(d.get("key_label") or d.get("label") or "")


def _names_of(d: dict[str, Any]) -> list[str]:
    return [match_label(d), *(str(a) for a in attr_list(d, "aliases"))]


def name_forms(d: dict[str, Any]) -> list[tuple[str, ...]]:
    """A speaker's label and aliases as :func:`name_tokens` (the empty ones left out)."""
    return [t for t in (name_tokens(x) for x in _names_of(d)) if t]


def role_words(
    speakers: Iterable[tuple[str, dict[str, Any]]],
) -> Iterator[tuple[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """(speaker, (the words of its role, of its affiliation)) for each speaker with a role."""
    for n, d in speakers:
        role = name_tokens(str(d.get("role") or ""))
        if role:
            yield n, (role, name_tokens(str(d.get("affiliation") or "")))


def name_words(speakers: Iterable[dict[str, Any]]) -> tuple[set[tuple[str, ...]], set[str]]:
    """The speakers' names as word tuples, and the single words that name one (a one-word
    name, or a person's surname)."""
    forms: set[tuple[str, ...]] = set()
    single: set[str] = set()
    for d in speakers:
        for x in _names_of(d):
            form = tuple(topic_words(x))
            if len(form) > 1:
                forms.add(form)
                if d.get("type") == "person":
                    single.add(form[-1])
            elif form and x[:1].isupper():
                single.add(form[0])
    return forms, single


def position_vocab(d: dict[str, Any], said: SaidWords) -> dict[str, float]:
    """Word -> weight for a position of attributes ``d`` whose supporters said ``said``:
    its first key term 3, other terms 2, related terms 1, label and alias words 0.8, and
    the words its supporters used: 0.5 when two of their statements use them (or half of
    them: its only one, one of two), 0.3 when one of more does."""
    vocab: dict[str, float] = {}

    def add(text: str, weight: float, split: bool = False) -> None:
        for w in topic_words(text) if split else words(text):
            vocab[w] = max(vocab.get(w, 0.0), weight)

    for w, used in said.counts.items():
        common = used > 1 or 2 * used >= said.statements  # two, or half of them
        vocab[w] = SAID_WEIGHT if common else SAID_ONCE_WEIGHT
    for text in _names_of(d):
        add(text, ALIAS_WEIGHT, split=True)
    for term in attr_list(d, "related"):
        add(str(term), RELATED_WEIGHT)
    for i, term in enumerate(attr_list(d, "terms")):
        add(str(term), FIRST_TERM_WEIGHT if i == 0 else TERM_WEIGHT)
    return vocab


def positions_by_word(vocabs: dict[str, dict[str, float]]) -> dict[str, list[tuple[str, float]]]:
    """Word -> the positions whose vocabularies hold it, with its weight there."""
    out: dict[str, list[tuple[str, float]]] = {}
    for n, vocab in vocabs.items():
        for t, x in vocab.items():
            out.setdefault(t, []).append((n, x))
    return out


def packed_by_word(by_word: dict[str, list[tuple[str, float]]]) -> dict[str, Any]:
    """:func:`positions_by_word` as stored: the positions listed once, and each word's
    holders as one string of ``index:weight`` pairs, so that a reader decodes the few
    words a question matches, not all (:func:`unpack_held`)."""
    order: dict[str, int] = {}
    packed = {}
    for t, held in by_word.items():
        packed[t] = " ".join(f"{order.setdefault(n, len(order))}:{x!r}" for n, x in held)
    return {"positions": list(order), "words": packed}


def unpack_held(positions: list[str], held: str) -> list[tuple[str, float]]:
    """One word's holders from :func:`packed_by_word`: (position, weight) pairs.

    >>> unpack_held(["p:a", "p:b"], "1:0.5 0:3.0")
    [('p:b', 0.5), ('p:a', 3.0)]
    """
    out = []
    for pair in held.split():
        i, x = pair.split(":")
        out.append((positions[int(i)], float(x)))
    return out


@lru_cache(maxsize=1)
def facts_stamp() -> str:
    """What the facts were derived with: the source of this module, of the word splitting
    and of the term normalising, and the word lists they use.

    >>> len(facts_stamp())
    16
    """
    import hashlib  # here: only building and opening an index need it
    from pathlib import Path

    from kg.extract import terms

    h = hashlib.sha256(words_stamp().encode("utf-8"))
    for source in (__file__, terms.__file__):
        h.update(Path(source).read_bytes())
    lists = (COUNTRY_FORMS, ORG_SPELLINGS, SPELLING_ENDINGS, SYNONYM_OF, MAGNITUDE_WORDS)
    h.update(repr((lists, IRREGULAR_VERBS)).encode("utf-8"))
    return h.hexdigest()[:16]


#: The tables :func:`fact_rows` fills: one JSON value per fact, each stem of each
#: position word with its first and last four letters (none when shorter), and each stem
#: of each word of the speakers' name forms; indexed.
FACT_SCHEMA = """
CREATE TABLE query_facts (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE position_stems (stem TEXT NOT NULL, first4 TEXT, last4 TEXT, word TEXT NOT NULL);
CREATE INDEX position_stems_stem ON position_stems (stem);
CREATE INDEX position_stems_first4 ON position_stems (first4);
CREATE INDEX position_stems_last4 ON position_stems (last4);
CREATE TABLE name_stems (stem TEXT NOT NULL, word TEXT NOT NULL);
CREATE INDEX name_stems_stem ON name_stems (stem);
"""


def _stem_rows(words_: Iterable[str]) -> list[tuple[str, str | None, str | None, str]]:
    rows = []
    for w in words_:
        for s in sorted(stems(w)):
            long = len(s) >= 4
            rows.append((s, s[:4] if long else None, s[-4:] if long else None, w))
    return rows


def fact_rows(db: sqlite3.Connection, g: nx.MultiDiGraph) -> None:
    """Create and fill ``query_facts`` for ``g``: the speakers' name forms and name words,
    and the positions' words by word; ``position_stems``: the stems of those words; and
    ``name_stems``: the stems of the words of the name forms.
    The positions' supporters' words are read from the ``position_said`` table in ``db``."""
    rows = db.execute("SELECT position, statements, words FROM position_said")
    said = {p: SaidWords(int(k), json.loads(w)) for p, k, w in rows}
    speakers = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "speaker"]
    positions = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "position"]
    forms, single = name_words(d for _, d in speakers)
    by_word = positions_by_word(
        {n: position_vocab(d, said.get(n, SaidWords(0, {}))) for n, d in positions}
    )
    forms_of = {n: name_forms(d) for n, d in speakers}
    facts = {
        "name_forms": forms_of,
        "role_words": dict(role_words(speakers)),
        "name_words": {"forms": sorted(forms), "single": sorted(single)},
        "positions_by_word": packed_by_word(by_word),
    }
    db.executescript(FACT_SCHEMA)
    db.executemany("INSERT INTO position_stems VALUES (?, ?, ?, ?)", _stem_rows(by_word))
    named = sorted({w for fs in forms_of.values() for f in fs for w in f})
    db.executemany(
        "INSERT INTO name_stems VALUES (?, ?)", [(s, w) for w in named for s in sorted(stems(w))]
    )
    values = [(k, json.dumps(v, ensure_ascii=False)) for k, v in facts.items()]
    db.executemany("INSERT INTO query_facts VALUES (?, ?)", values)
    db.execute("INSERT INTO build VALUES ('facts_stamp', ?)", (facts_stamp(),))
