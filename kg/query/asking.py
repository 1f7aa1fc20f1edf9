"""Answering a "who ..." question: on a speaker's side, on a position, or on a claim.

"who agrees with NAME that X", "who criticises how NAME handled X" and "who backs
NAME's explanation" are read against the speaker NAME; everything else against the
claim the question describes (:func:`kg.query.sides.who_takes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.lexicon.questions import GENERIC_CLAIM_NOUNS, OFFICIAL_WORDS, SPEAKER_SPLITTERS
from kg.outputs.rows import nodes_of_kind
from kg.query.answers import closest_positions, on_side_of, shares_words
from kg.query.blaming import (
    blame_cause,
    blame_target,
    blamed_on,
    blamed_speakers,
    is_blame_question,
)
from kg.query.matching import asked_words, cased_span, speaker_prefix
from kg.query.reading import Question, alternatives
from kg.query.records import QueryResult
from kg.query.sides import Sided, net_stance, ranked, sided, who_takes
from kg.query.words import words

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Anchor", "answer_who", "find_anchor"]

_SPLIT = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in sorted(SPEAKER_SPLITTERS, key=len, reverse=True))
    + r")\b\s*"
)


@dataclass(frozen=True)
class Anchor:
    """A speaker a "who" question is asked against, and what is asked about them.

    ``kind`` is ``side`` (who agrees/conflicts with the speakers, on ``topic`` when
    given) or ``claims`` (the positions the speakers put forward: "NAME's explanation").
    ``claim`` is what is asked about when the speakers take no side on it: the topic,
    with the name when the question was "how NAME handled X".
    """

    speakers: tuple[str, ...]
    name: str
    kind: str
    topic: str
    claim: str = ""


def find_anchor(g: nx.MultiDiGraph, q: Question) -> Anchor | None:
    """The speaker a "who" question is asked against, if it is asked against one."""
    target = q.target
    how = re.match(r"^(?:how|the way|the manner in which)\s+(.+)$", target)
    if how and q.side:
        target = how.group(1)
    cased = cased_span(q.text, target)
    nodes, name, rest = speaker_prefix(g, target, cased)
    if not nodes:
        return None
    rest_words = [w for w in words(rest) if w not in ("s", "the")]
    if rest_words and all(w in GENERIC_CLAIM_NOUNS for w in rest_words):
        return Anchor(tuple(nodes), name, "claims", "")
    if not q.side:
        return None
    if not rest:
        return Anchor(tuple(nodes), name, "side", "")
    if how:
        return Anchor(tuple(nodes), name, "side", rest, f"{name} {rest}")
    split = _SPLIT.match(rest)
    if split and not rest.startswith(("of ", "for ")):
        topic = rest[split.end() :]
        return Anchor(tuple(nodes), name, "side", topic, topic)
    return None


def _label(g: nx.MultiDiGraph, node: str | None) -> str | None:
    return str(g.nodes[node].get("label")) if node else None


def _speaker_label(g: nx.MultiDiGraph, anchor: Anchor) -> str:
    return str(g.nodes[anchor.speakers[0]].get("label", anchor.name))


def _their_claims(g: nx.MultiDiGraph, q: Question, anchor: Anchor) -> QueryResult:
    """Who supports (disputes) the positions the anchor's speakers put forward."""
    weight: dict[str, float] = {}
    for s in anchor.speakers:
        for _, v, data in g.out_edges(s, data=True):
            if data.get("relation") == "stance" and net_stance(g, s, v) == "supports":
                weight[v] = weight.get(v, 0.0) + float(data.get("weight", 1))
    if not weight:
        note = f"{_speaker_label(g, anchor)} takes no side on any position kg found"
        return QueryResult(q.text, q.relation, None, _speaker_label(g, anchor), (), note=note)
    top = max(weight, key=lambda v: (weight[v], v))
    answers = ranked(sided(g, q.relation, [top]).values())
    return QueryResult(q.text, q.relation, _label(g, top), _speaker_label(g, anchor), answers)


def _beside(g: nx.MultiDiGraph, q: Question, anchor: Anchor) -> QueryResult:
    """Who is on the anchor's side (or the other side), on the topic when one is given;
    when the anchor takes no side on the topic, who says (or denies) the topic."""
    side = q.side or "agrees"
    answers, positions = on_side_of(g, list(anchor.speakers), side, anchor.topic or None)
    label = _speaker_label(g, anchor)
    position = positions[0] if len(positions) == 1 else None
    if positions or not anchor.topic:
        note = ""
        if not positions:
            note = f"{label} takes no side on any position kg found"
        elif not answers:
            note = f"no other speaker is {'with' if side == 'agrees' else 'against'} {label}"
        return QueryResult(q.text, side, _label(g, position), label, tuple(answers), note=note)
    relation = "supports" if side == "agrees" else "disputes"
    found = who_takes(g, relation, anchor.claim)
    kept = tuple(a for a in found.answers if a.speaker != label)
    note = f"{label} takes no side on {anchor.claim!r}: read as who {relation} it"
    return QueryResult(q.text, found.stance, _label(g, found.position), label, kept, note=note)


def _blaming_speaker(g: nx.MultiDiGraph, q: Question, anchor: Anchor) -> QueryResult | None:
    """ "Who blames the guards", when nobody takes a side against the guards as speakers:
    those reported blaming something on them ("blamed the fire on the guards' smoking")."""
    label = _speaker_label(g, anchor)
    kept = ranked(a for n, a in blamed_on(g, q).items() if n not in anchor.speakers)
    if not kept:
        return None
    note = f"nobody takes a side against {label}; those reported blaming {label} are given"
    return QueryResult(q.text, "supports", None, label, kept, note=note)


def _default_position(g: nx.MultiDiGraph, text: str) -> str | None:
    """The position a claim without content words means ("the official explanation"):
    the most disputed one, among those organisations support when it says "official"."""
    official = any(w in OFFICIAL_WORDS for w in words(text))
    best: tuple[tuple[int, int], str | None] = ((-1, -1), None)
    for n, d in nodes_of_kind(g, "position"):
        if not int(d.get("n_disputes", 0)):
            continue
        orgs = sum(
            1
            for u, _, e in g.in_edges(n, data=True)
            if e.get("stance") == "supports" and g.nodes[u].get("type") == "organization"
        )
        key = (orgs if official else 0, int(d.get("n_disputes", 0)))
        if key > best[0]:
            best = (key, n)
    return best[1]


def _either(g: nx.MultiDiGraph, relation: str, claim: str, wish: bool = False) -> Sided:
    """:func:`who_takes` of a claim, with the speakers who take that side of either of the
    alternatives it offers ("who says the bridge is closed or flooded": those who say
    either). ``wish``: the question asks who wants the claim done (:func:`who_takes`)."""
    found = who_takes(g, relation, claim, wish)
    answers = {a.speaker: a for a in found.answers}
    parts = alternatives(claim)
    for part, other in zip(parts, parts[::-1], strict=True):
        own = [w for w in words(part) if w not in words(other)]
        if not shares_words(g, " ".join(own)):
            continue  # what only this alternative says fits no position: not read alone
        for a in who_takes(g, relation, part).answers:
            answers.setdefault(a.speaker, a)
    return replace(found, answers=ranked(answers.values()))


def _blamed_cause(g: nx.MultiDiGraph, q: Question) -> Sided | None:
    """ "Who blames X for Y": the position X alone is read as, when it is read as one. The
    event Y is what every side explains (it may be a position of its own, the story's
    topic: "the fire"), so its words must not outweigh the cause's. None otherwise."""
    cause = blame_cause(q)
    if not asked_words(cause):
        return None
    found = who_takes(g, q.relation, cause, q.wish)
    return found if found.position is not None else None


def _with_blamers(g: nx.MultiDiGraph, q: Question, found: Sided) -> Sided:
    """``found`` with the speakers reported blaming the event on the cause asked about
    (:func:`kg.query.blaming.blamed_on`), but those on the other side of its position."""
    blamers = blamed_on(g, q)
    if not blamers:
        return found
    answers = {a.speaker: a for a in found.answers}
    for node, a in blamers.items():
        if found.position is None or net_stance(g, node, found.position) != "disputes":
            answers.setdefault(a.speaker, a)
    return replace(found, answers=ranked(answers.values()))


def answer_who(g: nx.MultiDiGraph, q: Question) -> QueryResult:
    """Answer a "who ..." question."""
    anchor = find_anchor(g, q)
    if anchor is not None and anchor.kind == "claims":
        return _their_claims(g, q, anchor)
    if anchor is not None:
        beside = _beside(g, q, anchor)
        if beside.answers or anchor.topic or not is_blame_question(q):
            return beside
        return _blaming_speaker(g, q, anchor) or beside
    if not asked_words(q.target):
        generic = any(w in GENERIC_CLAIM_NOUNS for w in words(q.target))
        position = _default_position(g, q.target) if generic else None
        if position is not None:
            answers = ranked(sided(g, q.relation, [position]).values())
            note = f"read {q.target!r} as the most disputed position, {_label(g, position)!r}"
            return QueryResult(q.text, q.relation, _label(g, position), None, answers, note=note)
    found = _blamed_cause(g, q) or _either(g, q.relation, blame_target(q), q.wish)
    found = _with_blamers(g, q, found)
    blamed = {str(g.nodes[n].get("label", n)) for n in blamed_speakers(g, q)}
    if blamed:
        kept = ranked(a for a in found.answers if a.speaker not in blamed)
        found = replace(found, answers=kept)
    note = ""
    if found.position is None:
        near = "; ".join(closest_positions(g, q.target))
        said = "speakers whose own words say it are given" if found.answers else "nobody says it"
        kind = "closest positions" if shares_words(g, q.target) else "the positions kg found"
        note = f"no position kg found matches {q.target!r} ({said}); {kind}: {near}"
    return QueryResult(
        q.text, found.stance, _label(g, found.position), None, found.answers, note=note
    )
