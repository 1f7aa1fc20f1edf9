"""Questions in plain English answered from a built graph (no NLP model is loaded).

A question is read (:mod:`kg.query.reading`) as a relation, a speaker it names and the
claim it describes; the speaker and the claim are found in the graph
(:mod:`kg.query.matching`) and the answers collected from the stance edges and the
statements themselves (:mod:`kg.query.sides`, :mod:`kg.query.answers`). Forms::

    who disputes / denies / casts doubt on / is sceptical that / pushed back on X
    who supports / backs / vouches for / says / claims / thinks / blames X
    who says X is a myth                    (the other side of X)
    who agrees with NAME [that / about X]   who disagrees with / criticises NAME
    who criticises how NAME handled X       who supports NAME's explanation
    what did NAME say / report / find [about X]
    where does NAME stand [on X]            which positions are disputed most
    who is NAME / tell me about NAME / what do we know about NAME

X is matched to positions by their labels, terms and aliases and by the words of
the statements on them, forgiving of wording (plurals, verb endings, compounds, near
spellings); when no position fits, by the statements' own words. NAME is matched to
speakers by names and aliases ("U.K." ~ "UK", "defence" ~ "defense"), then by role
and affiliation ("the consul in Lyon"). A question that fits nothing is
answered with the closest positions, said plainly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.outputs.rows import nodes_of_kind
from kg.query.answers import closest_positions, most_disputed, profile, said_by, stands
from kg.query.asking import answer_who
from kg.query.matching import match_positions, match_speakers, speakers_by_mention
from kg.query.memo import answering
from kg.query.reading import Question, read_question
from kg.query.records import Answer, QueryResult
from kg.query.tables import positions_codebook

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXAMPLES",
    "Answer",
    "QueryResult",
    "answer_question",
    "examples_for",
    "match_positions",
    "match_speakers",
    "positions_codebook",
]

#: Questions shown when a question cannot be read.
EXAMPLES = (
    "who disputes the official explanation",
    "who supports the claim that taxes will rise",
    "what did Smith say about the budget",
    "who agrees with Smith",
    "where does the ministry stand",
    "who is Smith",
    "which positions are disputed most",
)


def examples_for(g: nx.MultiDiGraph) -> list[str]:
    """Questions this graph can answer: about its most disputed position and its most
    quoted speaker (the general :data:`EXAMPLES` where it has neither)."""
    positions = closest_positions(g, "")
    speakers = sorted(
        (d for _, d in nodes_of_kind(g, "speaker")),
        key=lambda d: (-int(d.get("n_quotes", 0) or 0), str(d.get("label", ""))),
    )
    out = []
    if positions:
        out += [f"who disputes {positions[0]}", f"who supports {positions[0]}"]
    if speakers:
        name = str(speakers[0].get("label", ""))
        out += [f"what did {name} say", f"who agrees with {name}"]
    return [*out, "which positions are disputed most"] if out else list(EXAMPLES)


def _cannot(g: nx.MultiDiGraph, question: str, why: str) -> QueryError:
    examples = "; ".join(f"'{e}'" for e in examples_for(g))
    return QueryError(f"cannot answer {question!r}: {why}. Try e.g. {examples}")


def _about_speaker(g: nx.MultiDiGraph, q: Question) -> QueryResult:
    """Answer "what did NAME say [about X]" and "where does NAME stand [on X]"."""
    name = q.speaker or ""
    speakers = match_speakers(g, name)
    note = ""
    if not speakers and q.relation == "said":
        speakers = speakers_by_mention(g, name)
        note = f"{name!r} is not a speaker's name; the quotes kg attributed to it are given"
    if not speakers:
        raise _cannot(g, q.text, f"no speaker named {name!r} (see `kg speakers`)")
    topic = q.target or None
    if q.relation == "said":
        answers, why = said_by(g, speakers, topic)
        note = "; ".join(x for x in (note, why) if x)
    else:
        answers = stands(g, speakers, topic)
    label = str(g.nodes[speakers[0]].get("label"))
    positions = match_positions(g, topic)[:1] if topic else []
    pos = str(g.nodes[positions[0][1]].get("label")) if positions else None
    return QueryResult(q.text, q.relation, pos, label, tuple(answers), note=note)


def _profile(g: nx.MultiDiGraph, q: Question) -> QueryResult:
    """Answer "who is NAME": the first speaker the name fits (the others named in a note)."""
    name = q.speaker or ""
    speakers = match_speakers(g, name)
    if not speakers:
        raise _cannot(g, q.text, f"no speaker named {name!r} (see `kg speakers`)")
    found, answers = profile(g, speakers[0])
    note = ""
    if len(speakers) > 1:
        others = ", ".join(str(g.nodes[s].get("label", s)) for s in speakers[1:4])
        note = f"{name!r} also names {others}: give more of the name for them"
    if not answers:
        note = "; ".join(
            x for x in (note, f"{found.speaker} takes no side on any position kg found") if x
        )
    return QueryResult(
        q.text, "profile", None, found.speaker, tuple(answers), note=note, profile=found
    )


def answer_question(g: nx.MultiDiGraph, question: str) -> QueryResult:
    """Answer ``question`` from ``g``.

    What the answer needs of the whole graph is worked out once for it
    (:mod:`kg.query.memo`).

    Raises
    ------
    QueryError
        The question is empty, has no form kg can read, or names no speaker of the graph.
    """
    with answering(g):
        return _answer(g, question)


def _answer(g: nx.MultiDiGraph, question: str) -> QueryResult:
    if not question.strip():
        raise _cannot(g, question, "the question is empty")
    q = read_question(question)
    if q is None:
        raise _cannot(g, question, "the question has no form kg knows")
    if q.form == "most_disputed":
        answers, ranking = most_disputed(g)
        top = ranking[0]["position"] if ranking else None
        note = "" if ranking else "no position is disputed in this graph"
        return QueryResult(
            question, "most_disputed", top, None, tuple(answers), tuple(ranking), note
        )
    if q.form in ("said", "stands"):
        return _about_speaker(g, q)
    if q.form == "profile":
        return _profile(g, q)
    if not re.search(r"\w", q.target):
        raise _cannot(g, question, "it names no claim and no speaker")
    return answer_who(g, q)
