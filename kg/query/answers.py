"""Answers about speakers: what they said, where they stand, who is on their side, and
which positions are disputed most."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.lexicon import REPORTING_NOUNS
from kg.outputs.attrs import attr_list
from kg.outputs.rows import StanceCount, nodes_of_kind, stance_tally
from kg.outputs.wordforms import match_label
from kg.query.matching import Statement, match_positions, statement_scores, statements
from kg.query.people import about_elsewhere, argued_about
from kg.query.records import Answer, Profile, answer_for
from kg.query.sides import flip, net_stance, ranked, sided, stated_elsewhere

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "closest_positions",
    "most_disputed",
    "on_side_of",
    "profile",
    "said_by",
    "shares_words",
    "stands",
]

#: A statement is on the topic of "what did X say about T" when it holds this share of T's words.
TOPIC_FIT = 0.34


def _own_statements(g: nx.MultiDiGraph, speakers: list[str]) -> list[Statement]:
    return list(statements(g, speakers))


def _stance_positions(g: nx.MultiDiGraph, speakers: set[str]) -> dict[tuple[str, int], set[str]]:
    """(doc, start) of a statement of ``speakers`` -> the positions it takes a stance on."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for u in sorted(speakers):
        for _, v, data in g.out_edges(u, data=True) if u in g else ():
            if data.get("relation") != "stance":
                continue
            for e in attr_list(data, "evidence"):
                out[(str(e["doc"]), int(e["start"]))].add(v)
    return out


def _on_topic(g: nx.MultiDiGraph, said: list[Statement], topic: str) -> list[Statement]:
    """The statements not clearly about something other than ``topic``: all but those on
    positions that share no word with it and whose own words share none either.

    A speaker who speaks of the topic in an article in so many words speaks of it there
    throughout: an interview about a deal goes on about the talks, without naming the
    deal again, so their other statements of that article are kept too; and the positions
    those statements take are tied to the topic for that speaker, in other articles too.
    """
    named = {n for s, n in match_positions(g, topic) if s > 0}
    on = _stance_positions(g, {s.speaker for s in said})
    scored = statement_scores(g, said, topic)
    where = {(s.speaker, s.doc) for share, s in scored if share >= TOPIC_FIT}
    headed = _headed_by(g, said, topic)  # an article headed by the topic is about it throughout
    where |= {(s.speaker, s.doc) for s in said if s.doc in headed}

    def positions_of(s: Statement) -> set[str]:
        found = on.get((s.doc, s.start), set())
        if s.position and f"position:{s.position}" in g:
            found = found | {f"position:{s.position}"}
        return found

    def about(s: Statement, named: set[str]) -> bool:
        positions = positions_of(s)
        return (s.speaker, s.doc) in where or not positions or bool(positions & named)

    # what they say of the topic ties their other positions to it ("the budget will
    # cover the repairs": the repairs are part of the budget for them)
    tied = named | {p for s in said if (s.speaker, s.doc) in where for p in positions_of(s)}
    return [s for s in said if about(s, tied)]


def _headed_by(g: nx.MultiDiGraph, said: list[Statement], topic: str) -> set[str]:
    """The articles whose headline is about ``topic``: all said there is said about it ("what
    did X say about the deal", in a story headed "A deal was struck with the rebels")."""
    heads = []
    for doc in sorted({s.doc for s in said}):
        node = f"article:{doc}"
        title = str(g.nodes[node].get("label", "") or "") if node in g else ""
        first = next(s for s in said if s.doc == doc)
        if title:
            heads.append(dataclasses.replace(first, text=title))
    return {h.doc for share, h in statement_scores(g, heads, topic) if share >= TOPIC_FIT}


def said_by(g: nx.MultiDiGraph, speakers: list[str], topic: str | None) -> tuple[list[Answer], str]:
    """What ``speakers`` said, about ``topic`` when given; and a note when nothing they
    said is about it (then everything they said is given)."""
    said = _own_statements(g, speakers)
    note = ""
    if topic:
        about = _on_topic(g, said, topic)
        if about:
            said = about
        elif said:
            note = f"nothing they said is about {topic!r}: all their statements are given"
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in said:
        by_speaker[s.speaker].append(dict(s.evidence))
    answers = [answer_for(g, u, None, None, 1.0, ev) for u, ev in by_speaker.items()]
    return answers, note


def stands(g: nx.MultiDiGraph, speakers: list[str], topic: str | None) -> list[Answer]:
    """The stances ``speakers`` take, on the position ``topic`` names when given."""
    positions = {n for _, n in match_positions(g, topic)[:1]} if topic else None
    answers = []
    for s in speakers:
        for _, v, data in g.out_edges(s, data=True):
            if data.get("relation") != "stance" or (positions is not None and v not in positions):
                continue
            confidence = float(data.get("confidence", 0.0))
            evidence = attr_list(data, "evidence")
            answers.append(answer_for(g, s, str(data.get("stance")), v, confidence, evidence))
    answers.sort(key=lambda a: (-len(a.evidence), a.position or ""))
    return answers


def _names(d: dict[str, Any]) -> tuple[str, ...]:
    """A speaker's label and aliases, the most used first, each spelling once; not the
    statements read as theirs ("a statement", "the update": no name of theirs)."""
    raw = d.get("alias_counts") or "{}"
    counts = json.loads(raw) if isinstance(raw, str) else dict(raw)
    aliases = sorted(attr_list(d, "aliases"), key=lambda a: -int(counts.get(a, 1)))
    seen: dict[str, str] = {}
    for k, name in enumerate([str(d.get("label", "")), *(str(a) for a in aliases)]):
        if k and name.lower().split()[-1:] and name.lower().split()[-1] in REPORTING_NOUNS:
            continue
        seen.setdefault(" ".join(name.lower().split()), name)
    return tuple(seen.values())


_DETERMINERS = ("the", "a", "an")
#: Words two names of a body may share without being the same name ("the" think tank).
_NAME_GLUE = frozenset([*_DETERMINERS, "of", "for", "and", "in", "on", "at", "to"])


def _described(label: str, kind: str, names: Iterable[str]) -> tuple[str, ...]:
    """How its names describe a speaker: the words they put before a person's name
    ("Water board chair Ann Lee" -> "Water board chair"; "Dr. Lee" -> "Dr."); the names
    of a body or group that share no word with its own ("the regulator" for "Ofwat")."""
    own = {w.lower() for w in label.split()} - _NAME_GLUE
    out: dict[str, str] = {}
    for name in names:
        toks = name.split()
        if kind == "person":
            at = next((i for i, w in enumerate(toks) if w.lower() in own), 0)
            lead = [w for w in toks[:at] if w.lower() not in _DETERMINERS]
        else:
            lead = [] if own & {w.lower() for w in toks} else toks
            lead = lead[1:] if lead[:1] and lead[0].lower() in _DETERMINERS else lead
        if lead:
            out.setdefault(" ".join(lead).lower(), " ".join(lead))
    return tuple(out.values())


def profile(g: nx.MultiDiGraph, node: str) -> tuple[Profile, list[Answer]]:
    """Who speaker ``node`` is ("who is NAME"): its names, role and statements, and the
    positions it supports or disputes, each with its first statement as evidence."""
    d = g.nodes[node]
    label = str(d.get("label", node))
    names = _names(d)
    kind = str(d.get("type", ""))
    described = _described(label, kind, names[1:])
    docs = tuple(str(x) for x in attr_list(d, "docs"))
    found = Profile(
        label,
        kind,
        names,
        str(d.get("role") or ""),
        str(d.get("affiliation") or ""),
        described,
        int(d.get("n_quotes", 0) or 0),
        docs,
    )
    answers = []
    for _, v, data in g.out_edges(node, data=True):
        if data.get("relation") != "stance" or data.get("stance") not in ("supports", "disputes"):
            continue
        evidence = attr_list(data, "evidence")
        a = answer_for(
            g, node, str(data["stance"]), v, float(data.get("confidence", 0.0)), evidence[:1]
        )
        answers.append((len(evidence), a))
    answers.sort(key=lambda x: (-x[0], x[1].position or "", x[1].stance or ""))
    return found, [a for _, a in answers]


def _their_positions(g: nx.MultiDiGraph, speakers: list[str]) -> dict[str, str]:
    """Position -> the net stance the ``speakers`` take on it (the first speaker's first)."""
    out: dict[str, str] = {}
    for s in speakers:
        for _, v, data in g.out_edges(s, data=True):
            stance = net_stance(g, s, v) if data.get("relation") == "stance" else None
            if stance is not None and v not in out:
                out[v] = stance
    return out


def on_side_of(
    g: nx.MultiDiGraph, speakers: list[str], side: str, topic: str | None
) -> tuple[list[Answer], list[str]]:
    """Who ``agrees`` or ``conflicts`` with ``speakers``: the others on the same (or the
    other) side of the positions they take, of the one ``topic`` names when given.

    Returns the answers and the positions read.
    """
    theirs = _their_positions(g, speakers)
    chosen = list(theirs)
    fitting: list[str] = []
    if topic:
        found = match_positions(g, topic)
        fitting = [n for s, n in found if n in theirs and s > 0]
        # the topic names none of the positions they take: it is what they argue about
        # in other words ("agrees with X about the envoy", X arguing about whom the envoy
        # speaks for)
        chosen = fitting[:1] or list(theirs)
        if fitting and _undistinguished(found, fitting[0]):
            chosen = list(theirs)  # the topic's words tell no position apart: all of theirs
            topic = None  # ... and no statement filed elsewhere is read as stating it
    answers: dict[str, Answer] = {}
    for position in chosen:
        stance = theirs[position] if side == "agrees" else flip(theirs[position])
        for node, a in sided(g, stance, [position]).items():
            if node not in speakers:
                answers.setdefault(node, a)
        if topic and stance == "disputes":  # who denies it in a statement filed elsewhere
            for node, a in stated_elsewhere(
                g, stance, topic, chosen, [*speakers, *answers]
            ).items():
                answers.setdefault(node, a)
    if topic and not fitting:  # what they argue about may be a person, in other words
        for node, a in _about_their_people(g, speakers, side, chosen, answers).items():
            answers.setdefault(node, a)
    return list(ranked(answers.values())), chosen


def _about_their_people(
    g: nx.MultiDiGraph, speakers: list[str], side: str, chosen: list[str], taken: Iterable[str]
) -> dict[str, Answer]:
    """Who doubts with ``speakers`` (or against them) in statements about the people the
    speakers argue about on ``chosen`` ("agrees with X about the delegate", X's
    statements doubting the delegate), filed elsewhere; not those on the other side of one of
    ``chosen``. Only doubts are read (as by
    :func:`kg.query.sides.stated_elsewhere`): every statement of one side is decoded."""
    out: dict[str, Answer] = {}
    for person, stance in argued_about(g, speakers, chosen).items():
        stance = stance if side == "agrees" else flip(stance)
        if stance != "disputes":
            continue  # doubts only: support filed elsewhere is seldom about the same claim
        for node, a in about_elsewhere(g, stance, {person}, chosen, [*taken, *speakers]).items():
            if not any(net_stance(g, node, p) == flip(stance) for p in chosen):
                out.setdefault(node, a)
    return out


#: A topic whose best score this many positions share tells none of them apart.
ALIKE = 3


def _undistinguished(found: list[tuple[float, str]], node: str) -> bool:
    """Whether the score of ``node`` in ``found`` (:func:`match_positions`) is shared by
    :data:`ALIKE` positions or more: the topic matched it only in words all of them hold
    ("Lee" in "Lee took no bribe", when no position is about bribes)."""
    score = next(s for s, n in found if n == node)
    return sum(1 for s, _ in found if s >= score) >= ALIKE


#: A position nobody supports is disputed when this many speakers dispute it.
LONE_DISPUTERS = 2


def most_disputed(g: nx.MultiDiGraph) -> tuple[list[Answer], list[dict[str, Any]]]:
    """Positions ranked by how many speakers dispute them (those the build marked contested,
    argued on both sides, first), and the disputers of the top three. A position no
    statement supports is listed only when :data:`LONE_DISPUTERS` speakers dispute it."""
    ranking: list[dict[str, Any]] = []
    tally = stance_tally(g)  # counted where the graph is (SQL for an index): no edge decoded
    none = StanceCount(0, 0)
    keys: dict[str, str] = {}  # the ties are broken on the words questions match
    for n, d in nodes_of_kind(g, "position"):
        keys[n.split(":", 1)[1]] = match_label(d)
        sides = tally.get(n, {})
        disputes, supports = sides.get("disputes", none), sides.get("supports", none)
        ranking.append(
            {
                "position": d.get("label"),
                "id": n.split(":", 1)[1],
                "disputes": disputes.weight,
                "supports": supports.weight,
                "disputers": disputes.speakers,
                "supporters": supports.speakers,
            }
        )
    # one speaker's denial of what nobody is quoted saying is no dispute yet
    ranking = [
        r for r in ranking if r["disputes"] and (r["supports"] or r["disputers"] >= LONE_DISPUTERS)
    ]
    # only positions are contested (read without decoding every other node)
    contested = {n.split(":", 1)[1] for n, d in nodes_of_kind(g, "position") if d.get("contested")}
    ranking.sort(
        key=lambda r: (
            r["id"] not in contested,
            -r["disputers"],
            -r["disputes"],
            keys[r["id"]],
        )
    )
    answers: dict[str, Answer] = {}
    for r in ranking[:3]:
        for node, a in sided(g, "disputes", [f"position:{r['id']}"]).items():
            answers.setdefault(node, a)
    return list(ranked(answers.values())), ranking


def closest_positions(g: nx.MultiDiGraph, text: str, n: int = 3) -> list[str]:
    """Labels of the positions nearest ``text``; the most argued-about ones when none
    shares a word with it (see :func:`shares_words`)."""
    near = [str(g.nodes[p].get("label")) for s, p in match_positions(g, text) if s > 0][:n]
    if near:
        return near
    nodes = nodes_of_kind(g, "position")
    nodes.sort(
        key=lambda x: (
            -(int(x[1].get("n_supports", 0)) + int(x[1].get("n_disputes", 0))),
            match_label(x[1]),
        )
    )
    return [str(d.get("label")) for _, d in nodes[:n]]


def shares_words(g: nx.MultiDiGraph, text: str) -> bool:
    """Whether some position of ``g`` shares a word with ``text``."""
    return any(s > 0 for s, _ in match_positions(g, text))
