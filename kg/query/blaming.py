"""Who blames an event on a cause: the speakers reported blaming something on it.

"who blames the floods on the dam" asks for those who lay the floods on the dam. A
statement reported with a verb of blame whose cause holds the cause asked about ("the
mayor blamed the damage on the old dam") says so in its own words, wherever kg filed
it, or when it filed it under no position (an explanation nobody else gave).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kg.lexicon.questions import BLAME_VERBS
from kg.outputs.attrs import attr_list
from kg.outputs.rows import relation_edges
from kg.query.matching import asked_words, described_by
from kg.query.reading import Question, alternatives, clean, verb_forms
from kg.query.records import Answer, answer_for
from kg.query.words import word_match, words

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["blame_cause", "blame_target", "blamed_on", "blamed_speakers", "is_blame_question"]

_FORMS = frozenset(f for v in BLAME_VERBS for f in verb_forms(v))


def _blame_parts(text: str) -> list[str]:
    """``[event, cause]`` of "blames X on Y" (X on Y) or of "blames Y for X"; [] if neither."""
    padded = f" {text} "
    if " on " in padded:
        return [part.strip() for part in padded.rsplit(" on ", 1)]
    if " for " in padded:
        return [part.strip() for part in reversed(padded.split(" for ", 1))]
    return []


def _cause(text: str) -> str:
    """The cause of "X on Y" (Y) or of "Y for X" (Y); empty when neither is said."""
    parts = _blame_parts(text)
    return parts[1] if parts else ""


def _event(text: str) -> str:
    """The event of "X on Y" (X) or of "Y for X" (X); empty when neither is said."""
    parts = _blame_parts(text)
    return parts[0] if parts else ""


def is_blame_question(q: Question) -> bool:
    """Whether ``q`` asks "who blames ...", "who still blames", "who has blamed"."""
    toks = clean(q.text).split()
    return toks[:1] == ["who"] and bool(_FORMS & set(toks[1:4])) and q.relation == "supports"


def blame_target(q: Question) -> str:
    """The claim to match positions with: for "who blames the dam for the floods" (or "the
    floods on the dam") the cause named as an explanation of the event ("the dam
    explanation for the floods"), so that an explanation is sought and the event's own
    words pick no position; any other question's target unchanged."""
    if not is_blame_question(q) or alternatives(q.target):
        return q.target
    cause, event = _cause(q.target), _event(q.target)
    return f"{cause} explanation for {event}" if cause and event else q.target


def blame_cause(q: Question) -> str:
    """The cause a "who blames X for Y" (or "Y on X") question names when it names an event
    too; empty for any other question."""
    if not is_blame_question(q) or alternatives(q.target):
        return ""
    cause, event = _cause(q.target), _event(q.target)
    return cause if cause and event else ""


def _holds(said: list[str], cause: list[str]) -> bool:
    """Whether every word of ``cause`` is one of ``said``."""
    return bool(cause) and all(any(word_match(w, t) >= 0.8 for t in said) for w in cause)


def blamed_on(g: nx.MultiDiGraph, q: Question) -> dict[str, Answer]:
    """Speaker node -> answer, for a "who blames X on Y" question (Y, or either of two
    alternatives "on A or on B"; "who blames Y" names Y alone): the speakers of statements
    reported with a verb of blame whose cause holds every word of Y. Empty for any other
    question."""
    if not is_blame_question(q):
        return {}
    # "who blames the guards" names a cause and no event: the whole target is the cause
    causes = [asked_words(_cause(p) or p) for p in (alternatives(q.target) or (q.target,))]
    found: dict[str, Answer] = {}
    for speaker, e in _blaming(g):
        said = words(_cause(str(e.get("text", "")).lower()))
        if speaker not in found and any(_holds(said, cause) for cause in causes):
            found[speaker] = answer_for(g, speaker, "supports", None, 0.6, [e])
    return found


def blamed_speakers(g: nx.MultiDiGraph, q: Question) -> set[str]:
    """The speakers a "who blames Y for X" question names as the cause Y, by name, role
    or affiliation ("the agency", its spokeswoman): those blamed, who do not answer it
    (a side that takes the blame does not say so in words that match the question).
    Empty for any other question, or one that names no event."""
    if not is_blame_question(q):
        return set()
    parts = alternatives(q.target) or (q.target,)
    return {n for p in parts if _event(p) for n in described_by(g, _cause(p))}


def _blaming(g: nx.MultiDiGraph) -> Iterator[tuple[str, dict[str, Any]]]:
    """(speaker node, evidence) of each quote reported with a verb of blame; the quotes
    whose stored evidence holds no such word are never decoded."""
    for u, _, data in relation_edges(g, "quoted_in"):
        raw = data.get("evidence")
        if isinstance(raw, str) and not any(v in raw.lower() for v in BLAME_VERBS):
            continue
        for e in attr_list(data, "evidence"):
            if str(e.get("cue") or "").lower() in _FORMS:
                yield u, e
