"""Questions in plain English answered from a built graph (no NLP model is loaded).

:func:`answer_question` reads a question with a few patterns, finds the
position and/or speaker it names, and collects the answers from the graph's
stance, quote and discourse-network edges. Questions it understands::

    who disputes / rejects / denies / questions X
    who supports / backs / blames / says / believes X
    what did NAME say [about X]
    who agrees with NAME            who conflicts / disagrees with NAME
    where does NAME stand [on X]    which positions are disputed most

X is matched to positions by their labels, key terms and aliases, forgiving
of wording: words are normalised (plurals, verb endings), a compound matches
its head word ("wildfire" ~ "fire"), the synonyms of :mod:`kg.lexicon` meet,
and near spellings count (rapidfuzz). NAME is matched to speakers by their
names and aliases ("U.K." ~ "UK", "defence" ~ "defense").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from kg.errors import QueryError
from kg.extract.terms import magnitude, norm_term
from kg.lexicon import (
    MAGNITUDE_WORDS,
    QUERY_CAUSE_WORDS,
    QUERY_RELATIONS,
    QUERY_STOPWORDS,
    SYNONYM_GROUPS,
)
from kg.outputs.graph import attr_list

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXAMPLES",
    "Answer",
    "QueryResult",
    "answer_question",
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
    "which positions are disputed most",
)

_SYNONYM = {w: group[0] for group in SYNONYM_GROUPS for w in group}
_WORD = re.compile(r"\d[\d,]*\d|[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


@dataclass(frozen=True)
class Answer:
    """One speaker in an answer, with the evidence."""

    speaker: str
    aliases: tuple[str, ...]
    type: str
    stance: str | None
    position: str | None
    confidence: float
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class QueryResult:
    """The interpretation of a question and its answers.

    ``ranking`` is filled for "which positions are disputed most": one dict per
    position (label, disputes, supports), most disputed first.
    """

    question: str
    relation: str
    position: str | None
    speaker: str | None
    answers: tuple[Answer, ...] = field(default_factory=tuple)
    ranking: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` shape."""
        out: dict[str, Any] = {
            "question": self.question,
            "interpretation": {
                "relation": self.relation,
                "position": self.position,
                "speaker": self.speaker,
            },
            "answers": [
                {
                    "speaker": a.speaker,
                    "aliases": list(a.aliases),
                    "type": a.type,
                    "stance": a.stance,
                    "position": a.position,
                    "confidence": a.confidence,
                    "evidence": list(a.evidence),
                }
                for a in self.answers
            ],
        }
        if self.ranking:
            out["ranking"] = list(self.ranking)
        return out


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _stems(word: str) -> frozenset[str]:
    """Candidate normal forms of a word: plural and verb endings off, synonyms joined.

    >>> sorted(_stems("housed"))
    ['hous', 'house', 'housed']
    >>> "deflect" in _stems("shifting")
    True
    """
    w = norm_term(word)
    out = {w}
    if w in MAGNITUDE_WORDS or w + "s" in MAGNITUDE_WORDS:
        out.add(MAGNITUDE_WORDS.get(w, MAGNITUDE_WORDS.get(w + "s", w)))
    digits = w.replace(",", "")
    if digits.isdigit() and (size := magnitude(int(digits))):
        out.add(size)
    if len(w) > 4 and w.endswith("ied"):
        out.add(w[:-3] + "y")
    elif len(w) > 4 and w.endswith("ed"):
        out.update({w[:-2], w[:-1]})
        if len(w) > 5 and w[-3] == w[-4]:
            out.add(w[:-3])  # "stopped"
    if len(w) > 5 and w.endswith("ing"):
        out.update({w[:-3], w[:-3] + "e"})
    if len(w) > 5 and w.endswith("ation"):
        out.update({w[:-5] + "e", w[:-5]})  # "mobilization" -> "mobilize"
    return frozenset(out | {_SYNONYM[s] for s in out if s in _SYNONYM})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("-", " "))]


def _topic_words(text: str) -> list[str]:
    return [w for w in _words(text) if w not in QUERY_STOPWORDS and len(w) > 1]


def _word_match(query_word: str, term: str) -> float:
    """How well a query word matches a position term (1 = same word)."""
    qs = _stems(query_word)
    ts = _stems(term)
    if qs & ts:
        return 1.0
    for q in qs:
        for t in ts:
            if (len(t) >= 4 and q.endswith(t)) or (len(q) >= 4 and t.endswith(q)):
                return 0.8  # a compound and its head word
            if len(q) >= 5 and len(t) >= 5 and fuzz.ratio(q, t) >= 88:
                return 0.7
    return 0.0


# --------------------------------------------------------------------------------------
# Positions and speakers named in a question
# --------------------------------------------------------------------------------------


def _position_vocabulary(data: dict[str, Any]) -> dict[str, float]:
    """Term -> weight for a position node: key terms, related terms, alias and label words."""
    vocab: dict[str, float] = {}
    terms = [str(t) for t in attr_list(data, "terms")]
    for i, term in enumerate(terms):
        weight = 3.0 if i == 0 else 2.0
        for w in _words(term):
            vocab[w] = max(vocab.get(w, 0.0), weight)
    for term in attr_list(data, "related"):
        for w in _words(str(term)):
            vocab[w] = max(vocab.get(w, 0.0), 1.0)
    for text in [*(str(a) for a in attr_list(data, "aliases")), str(data.get("label", ""))]:
        for w in _topic_words(text):
            vocab[w] = max(vocab.get(w, 0.0), 0.8)
    return vocab


def match_positions(g: nx.MultiDiGraph, text: str) -> list[tuple[float, str]]:
    """Positions of ``g`` that ``text`` names, best first, as (score, node id).

    A word that matches many positions counts less; a question about an
    explanation ("the X explanation", "blames X") prefers explanations, one
    with a figure prefers figures.
    """
    words = _topic_words(text)
    nodes = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "position"]
    if not words or not nodes:
        return []
    vocabs = {n: _position_vocabulary(d) for n, d in nodes}
    cause_words = {w for w in _words(text) if w in QUERY_CAUSE_WORDS}
    figure_words = {w for w in words if any(s in MAGNITUDE_WORDS.values() for s in _stems(w))}
    spread: dict[str, int] = defaultdict(int)
    best_match: dict[tuple[str, str], float] = {}
    for w in words:
        if w in cause_words:
            continue
        for n, vocab in vocabs.items():
            m = max((_word_match(w, t) * x for t, x in vocab.items()), default=0.0)
            if m > 0:
                spread[w] += 1
                best_match[(n, w)] = m
    scored = []
    for n, d in nodes:
        score = 0.0
        for w in words:
            m = best_match.get((n, w), 0.0)
            if m:
                score += m * math.log(1 + len(nodes) / spread[w])
        if score <= 0:
            continue
        frame = d.get("frame", "claim")
        if cause_words and frame == "cause":
            score *= 1.5
        if figure_words and frame == "figure":
            score *= 1.5
        scored.append((round(score, 3), n))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return scored


def _name_tokens(name: str) -> list[str]:
    out = []
    for w in _words(name.replace(".", "")):
        w = re.sub(r"ence$", "ense", w)
        if w not in ("the", "a", "an", "of", "s"):
            out.append(w)
    return out


def _speaker_names(d: dict[str, Any]) -> list[str]:
    return [str(d.get("label", "")), *(str(a) for a in attr_list(d, "aliases"))]


def match_speakers(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Speaker nodes ``name`` refers to: all whose name holds every word of it, else the nearest."""
    wanted = _name_tokens(name)
    if not wanted:
        return []
    speakers = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "speaker"]
    full = []
    for n, d in speakers:
        if any(set(wanted) <= set(_name_tokens(x)) for x in _speaker_names(d)):
            full.append(n)
    if full:
        return full
    best: tuple[float, str | None] = (0.0, None)
    for n, d in speakers:
        for x in _speaker_names(d):
            score = fuzz.token_set_ratio(" ".join(wanted), " ".join(_name_tokens(x)))
            if score > best[0]:
                best = (score, n)
    return [best[1]] if best[1] is not None and best[0] >= 80 else []


# --------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------


def _answer(
    g: nx.MultiDiGraph,
    speaker: str,
    stance: str | None,
    position: str | None,
    confidence: float,
    evidence: Iterable[dict[str, Any]],
) -> Answer:
    d = g.nodes[speaker]
    label = g.nodes[position].get("label") if position else None
    return Answer(
        str(d.get("label", speaker)),
        tuple(str(a) for a in attr_list(d, "aliases")),
        str(d.get("type", "")),
        stance,
        label,
        round(confidence, 3),
        tuple(
            {"doc": e["doc"], "text": e["text"], "start": e["start"], "end": e["end"]}
            | ({"position": e["position"]} if e.get("position") else {})
            for e in evidence
        ),
    )


def _stance_edges(g: nx.MultiDiGraph) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for u, v, data in g.edges(data=True):
        if data.get("relation") == "stance":
            yield u, v, data


def _net_stance(g: nx.MultiDiGraph, speaker: str, position: str) -> str | None:
    """A speaker's dominant stance on a position (by confidence-weighted statements)."""
    totals: dict[str, float] = defaultdict(float)
    for _, v, data in g.out_edges(speaker, data=True):
        if v == position and data.get("relation") == "stance":
            totals[str(data.get("stance"))] += float(data.get("confidence", 0.5)) * float(
                data.get("weight", 1)
            )
    return max(totals, key=lambda k: totals[k]) if totals else None


def _who(g: nx.MultiDiGraph, stance: str, positions: list[str]) -> list[Answer]:
    answers = []
    edges = (
        (u, v, data)
        for v in dict.fromkeys(positions)
        if v in g
        for u, _, data in g.in_edges(v, data=True)
        if data.get("relation") == "stance"
    )
    for u, v, data in edges:
        if data.get("stance") != stance:
            continue
        if _net_stance(g, u, v) != stance:
            continue
        answers.append(
            _answer(
                g,
                u,
                stance,
                v,
                float(data.get("confidence", 0.0)),
                attr_list(data, "evidence"),
            )
        )
    answers.sort(key=lambda a: (-a.confidence, -len(a.evidence), a.speaker))
    return answers


def _idf(g: nx.MultiDiGraph, words: Iterable[str]) -> dict[str, float]:
    """Inverse document frequency of ``words`` over every quote of the graph.

    Only the question's words are counted: a quote whose text does not hold a word
    as a substring cannot hold it as a word, so most quotes are never tokenised.
    The ``""`` entry is the weight of a word no quote holds.
    """
    wanted = set(words)
    df: dict[str, int] = dict.fromkeys(wanted, 0)
    n = 0
    for _, _, data in g.edges(data=True):
        if data.get("relation") == "quoted_in":
            for e in attr_list(data, "evidence"):
                n += 1
                text = str(e.get("text", "")).lower()
                if not any(w in text for w in wanted):
                    continue
                for w in wanted & set(_words(text)):
                    df[w] += 1
    idf = {w: math.log((n + 1) / (k + 1)) + 1.0 for w, k in df.items() if k}
    return idf | {"": math.log(n + 2)}


def _coverage(words: list[str], vocab: Iterable[str], idf: dict[str, float]) -> float:
    """The idf-weighted share of ``words`` that ``vocab`` matches."""
    terms = list(vocab)
    total = covered = 0.0
    for w in words:
        weight = idf.get(w, idf[""])
        total += weight
        covered += weight * max((_word_match(w, v) for v in terms), default=0.0)
    return covered / total if total else 0.0


def _topic_answers(
    g: nx.MultiDiGraph, stance: str, topic: str, position: str | None
) -> list[Answer]:
    """Who takes ``stance`` on what ``topic`` names: the position's speakers when it covers
    the question's words, else the speakers whose own statements do.

    A statement counts when it holds most of the question's words (idf-weighted);
    its stance is the one its stance edges give (supports when it has none).
    """
    words = [w for w in _topic_words(topic) if w not in QUERY_CAUSE_WORDS]
    idf = _idf(g, words)
    vocab = _position_vocabulary(g.nodes[position]) if position else {}
    if position and (not words or _coverage(words, vocab, idf) >= 0.45):
        return _who(g, stance, [position])
    # A statement that disputes something by offering a rival ("the real cause was X")
    # still says what it says: only its denials count against its own words.
    disputed: set[tuple[str, str, int]] = set()
    for u, _, data in _stance_edges(g):
        if data.get("stance") == "disputes":
            disputed.update(
                (u, e["doc"], e["start"])
                for e in attr_list(data, "evidence")
                if e.get("basis") != "rival"
            )
    found: dict[str, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
    for u, _, data in g.edges(data=True):
        if data.get("relation") != "quoted_in":
            continue
        for e in attr_list(data, "evidence"):
            said = "disputes" if (u, e["doc"], e["start"]) in disputed else "supports"
            if said != stance:
                continue
            score = _coverage(words, set(_words(str(e["text"]))), idf)
            if score >= 0.6:
                found[u].append((score, e))
    answers = [
        _answer(g, u, stance, None, round(max(s for s, _ in hits) * 0.8, 3), [e for _, e in hits])
        for u, hits in found.items()
    ]
    if position:  # keep what the position gives, when its statements say the same
        for a in _who(g, stance, [position]):
            texts = [set(_words(str(e["text"]))) for e in a.evidence]
            if any(_coverage(words, t, idf) >= 0.3 for t in texts):
                answers.append(a)
    best: dict[str, Answer] = {}
    for a in answers:
        if a.speaker not in best or a.confidence > best[a.speaker].confidence:
            best[a.speaker] = a
    return sorted(best.values(), key=lambda a: (-a.confidence, a.speaker))


def _said(g: nx.MultiDiGraph, speakers: list[str], topic: str | None) -> list[Answer]:
    positions = [n for _, n in match_positions(g, topic)[:1]] if topic else []
    wanted = {p.split(":", 1)[1] for p in positions}
    answers = []
    for s in speakers:
        evidence: list[dict[str, Any]] = []
        for _, _target, data in g.out_edges(s, data=True):
            if data.get("relation") != "quoted_in":
                continue
            for e in attr_list(data, "evidence"):
                if not wanted or e.get("position") in wanted:
                    evidence.append(e)
        evidence.sort(key=lambda e: (e["doc"], e["start"]))
        if evidence:
            answers.append(_answer(g, s, None, positions[0] if positions else None, 1.0, evidence))
    return answers


def _stands(g: nx.MultiDiGraph, speakers: list[str], topic: str | None) -> list[Answer]:
    positions = {n for _, n in match_positions(g, topic)[:1]} if topic else None
    answers = []
    for s in speakers:
        for _, v, data in g.out_edges(s, data=True):
            if data.get("relation") != "stance" or (positions is not None and v not in positions):
                continue
            answers.append(
                _answer(
                    g,
                    s,
                    str(data.get("stance")),
                    v,
                    float(data.get("confidence", 0.0)),
                    attr_list(data, "evidence"),
                )
            )
    answers.sort(key=lambda a: (-len(a.evidence), a.position or ""))
    return answers


def _network(g: nx.MultiDiGraph, speakers: list[str], relation: str) -> list[Answer]:
    answers = []
    for s in speakers:
        edges = [(u, v, d) for u, v, d in g.in_edges(s, data=True)]
        edges += [(v, u, d) for u, v, d in g.out_edges(s, data=True)]
        for other, _, data in edges:
            if data.get("relation") != relation or other in speakers:
                continue
            pids = [str(p) for p in attr_list(data, "positions")]
            evidence = []
            for pid in pids:
                node = f"position:{pid}"
                for _, v, e in g.out_edges(other, data=True):
                    if v == node and e.get("relation") == "stance":
                        evidence.extend(attr_list(e, "evidence"))
            label = g.nodes[f"position:{pids[0]}"].get("label") if pids else None
            d = g.nodes[other]
            answers.append(
                Answer(
                    str(d.get("label", other)),
                    tuple(str(a) for a in attr_list(d, "aliases")),
                    str(d.get("type", "")),
                    None,
                    label,
                    round(min(1.0, 0.5 + 0.1 * float(data.get("weight", 1))), 3),
                    tuple(
                        {"doc": e["doc"], "text": e["text"], "start": e["start"], "end": e["end"]}
                        for e in evidence
                    ),
                )
            )
    answers.sort(key=lambda a: (-a.confidence, a.speaker))
    return answers


def _most_disputed(g: nx.MultiDiGraph) -> tuple[list[Answer], list[dict[str, Any]]]:
    ranking = []
    for n, d in g.nodes(data=True):
        if d.get("kind") != "position":
            continue
        disputers = {
            u
            for u, _, e in g.in_edges(n, data=True)
            if e.get("relation") == "stance" and e.get("stance") == "disputes"
        }
        ranking.append(
            {
                "position": d.get("label"),
                "id": n.split(":", 1)[1],
                "disputes": int(d.get("n_disputes", 0)),
                "supports": int(d.get("n_supports", 0)),
                "disputers": len(disputers),
            }
        )
    ranking.sort(key=lambda r: (-r["disputers"], -r["disputes"], str(r["position"])))
    ranking = [r for r in ranking if r["disputes"]]
    answers = []
    for r in ranking[:3]:
        answers.extend(_who(g, "disputes", [f"position:{r['id']}"]))
    return answers, ranking


# --------------------------------------------------------------------------------------
# Reading the question
# --------------------------------------------------------------------------------------

_SAID = re.compile(
    r"^(?:what|which \w+)\s+(?:did|does|has|have|do)\s+(?P<name>.+?)\s+"
    r"(?:say|said|tell|told|claim|claimed|state|stated|write|wrote|argue|argued)"
    r"(?:\s+(?:about|on|regarding|of)\s+(?P<topic>.+))?$"
)
_SAID_2 = re.compile(r"^what\s+(?:was|were|is)\s+said\s+by\s+(?P<name>.+?)$")
_STAND = re.compile(
    r"^(?:where|how)\s+(?:does|do|did)\s+(?P<name>.+?)\s+stand(?:\s+(?:on|about)\s+(?P<topic>.+))?$"
)
_STAND_2 = re.compile(r"^what\s+(?:is|are)\s+(?P<name>.+?)['’]s?\s+(?:position|stance|view)s?$")
_WITH = re.compile(
    r"^who\s+(?:else\s+)?(?P<verb>agrees|agree|sides|side|conflicts|conflict|disagrees|disagree"
    r"|clashes|clash|argues|argue)\s+with\s+(?P<name>.+)$"
)
_MOST = re.compile(
    r"^(?:which|what)\s+(?:positions?|claims?|explanations?|issues?|topics?)\s+"
    r"(?:(?:is|are)\s+)?(?:the\s+)?(?:most\s+disputed|disputed\s+(?:the\s+)?most|most\s+contested"
    r"|contested\s+most)$|^(?:what|which)\s+(?:is|are)\s+(?:the\s+)?most\s+(?:disputed|contested)"
)
_WHO = re.compile(r"^(?:who|which\s+\w+)\s+(?P<rest>.+)$")


def _clean(question: str) -> str:
    q = question.strip().lower().replace("’", "'")
    q = re.sub(r"[?!.]+$", "", q).strip()
    return re.sub(r"\s+", " ", q.strip("\"'“” "))


def _relation_of(rest: str) -> tuple[str, str] | None:
    """The stance a "who ..." question asks about, and the words naming the position."""
    for relation, verbs in QUERY_RELATIONS.items():
        for verb in sorted(verbs, key=len, reverse=True):
            m = re.match(
                rf"^(?:(?:also|else|still|now)\s+)?{re.escape(verb)}\b\s*(?:that\s+)?(.*)$", rest
            )
            if m:
                return relation, m.group(1)
    return None


def _cannot(question: str, why: str) -> QueryError:
    examples = "; ".join(f"'{e}'" for e in EXAMPLES)
    return QueryError(f"cannot answer {question!r}: {why}. Try e.g. {examples}")


def answer_question(g: nx.MultiDiGraph, question: str) -> QueryResult:
    """Answer ``question`` from ``g``.

    Raises
    ------
    QueryError
        The question matches no pattern, or names no speaker of the graph.
    """
    q = _clean(question)
    if not q:
        raise _cannot(question, "the question is empty")
    if _MOST.search(q):
        answers, ranking = _most_disputed(g)
        top = ranking[0]["position"] if ranking else None
        return QueryResult(question, "most_disputed", top, None, tuple(answers), tuple(ranking))
    for pattern, relation in (
        (_SAID, "said"),
        (_SAID_2, "said"),
        (_STAND, "stands"),
        (_STAND_2, "stands"),
    ):
        m = pattern.match(q)
        if m:
            name = m.group("name")
            topic = m.groupdict().get("topic")
            speakers = match_speakers(g, name)
            if not speakers:
                raise _cannot(question, f"no speaker named {name!r} (see `kg speakers`)")
            answers = (
                _said(g, speakers, topic) if relation == "said" else _stands(g, speakers, topic)
            )
            label = str(g.nodes[speakers[0]].get("label"))
            positions = match_positions(g, topic)[:1] if topic else []
            pos = str(g.nodes[positions[0][1]].get("label")) if positions else None
            return QueryResult(question, relation, pos, label, tuple(answers))
    m = _WITH.match(q)
    if m:
        relation = "agrees" if m.group("verb").startswith(("agree", "side")) else "conflicts"
        name = m.group("name")
        speakers = match_speakers(g, name)
        if speakers:
            answers = _network(g, speakers, relation)
            label = str(g.nodes[speakers[0]].get("label"))
            return QueryResult(question, relation, None, label, tuple(answers))
        q = f"who supports {name}" if relation == "agrees" else f"who disputes {name}"
    m = _WHO.match(q)
    if m:
        found = _relation_of(m.group("rest"))
        if found:
            relation, topic = found
            positions = match_positions(g, topic)
            top = positions[0][1] if positions else None
            answers = _topic_answers(g, relation, topic, top)
            if not answers and not positions:
                raise _cannot(
                    question,
                    f"no position matches {topic!r} (see `kg positions` for what was found)",
                )
            named = str(g.nodes[top].get("label")) if top else None
            return QueryResult(question, relation, named, None, tuple(answers))
    raise _cannot(question, "the question has no form kg knows")


# --------------------------------------------------------------------------------------
# Tables read from a built graph
# --------------------------------------------------------------------------------------


def positions_codebook(g: nx.MultiDiGraph) -> str:
    """The positions of a built graph as a codebook file the user can edit.

    Most argued-about positions first; a comment above each gives its counts
    and who supports and disputes it. ``kg build --codebook`` reads it back.
    """
    from kg.assemble.codebook import CodebookEntry, codebook_toml

    entries = []
    comments = []
    nodes = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "position"]
    nodes.sort(key=lambda nd: -(int(nd[1].get("n_supports", 0)) + int(nd[1].get("n_disputes", 0))))
    for n, d in nodes:
        sides: dict[str, set[str]] = defaultdict(set)
        for u, v, e in _stance_edges(g):
            if v == n:
                sides[str(e.get("stance"))].add(str(g.nodes[u].get("label", u)))
        frame = str(d.get("frame", "claim"))
        entries.append(
            CodebookEntry(
                n.split(":", 1)[1],
                str(d.get("label", "")),
                tuple(str(t) for t in attr_list(d, "terms")),
                frame if frame in ("cause", "figure", "claim") else None,
                tuple(str(a) for a in attr_list(d, "aliases")),
            )
        )
        lines = [
            f"{frame}: {d.get('n_supports', 0)} supporting, {d.get('n_disputes', 0)} disputing "
            "statement(s)"
        ]
        for kind in ("supports", "disputes"):
            if sides[kind]:
                lines.append(f"{kind}: {', '.join(sorted(sides[kind]))}")
        comments.append("\n".join(lines))
    return codebook_toml(entries, comments)
