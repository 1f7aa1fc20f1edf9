"""Who takes which side: answers read from the stance edges and, when no position
fits the claim asked about, from the words of the statements themselves."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kg.lexicon import (
    CONDITIONAL_MARKS,
    DENIAL_LEMMAS,
    DISPUTE_LEMMAS,
    NEGATION_WORDS,
    NO_HASTE_NOUNS,
    QUERY_STOPWORDS,
    SYNONYM_OF,
)
from kg.lexicon.argument import CLAIM_NOUNS
from kg.lexicon.questions import (
    CLAIM_COPULAS,
    CLAIM_MODALS,
    CONTENT_NEGATORS,
    PASSIVE_NEGATORS,
    SOURCE_LINKS,
    VERBAL_ENDINGS,
)
from kg.lexicon.reporting import STATED_NOUNS
from kg.outputs.attrs import attr_list
from kg.outputs.rows import stance_edges
from kg.outputs.wordforms import match_label
from kg.query.headlines import headed_dispute
from kg.query.matching import (
    Statement,
    asked_groups,
    asked_words,
    asks_figure,
    claim_probes,
    claim_share,
    explained_words,
    match_positions,
    may_hold,
    position_fit,
    statement_scores,
    statements,
    supporters_using,
)
from kg.query.memo import once
from kg.query.people import about_elsewhere, named_people, position_person
from kg.query.poles import asks_other_side, names_a_side, pole_sayers
from kg.query.reading import alternatives, content_negated
from kg.query.records import Answer, answer_for
from kg.query.words import negatable_words, negated_at, stems, word_match, words

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "POSITION_FIT",
    "STATEMENT_FIT",
    "Sided",
    "flip",
    "net_stance",
    "ranked",
    "sided",
    "stance_edges",
    "who_takes",
]

#: A position answers a claim when it holds this share of the claim's words (idf-weighted).
POSITION_FIT = 0.35
#: A statement says a claim when its own words hold this share of the claim's words.
STATEMENT_FIT = 0.6
#: A speaker of a position that does not fit the claim well still answers when their
#: evidence holds this share of the claim's words.
EVIDENCE_FIT = 0.3
#: How many of the best-scoring positions are weighed by how much of the claim they hold,
#: and by how much more one must hold to be preferred to a better-scoring one.
CANDIDATES = 6
CLEARLY = 0.2
#: A second position fits the claim too when it scores this share of the best one's score.
SECOND_SHARE = 0.6
#: The best position fits a claim however few of its words it holds when it scores
#: this many times the next one.
DOMINANCE = 2.0
#: ... provided it holds this share of the claim's words.
LOW_FIT = 0.25
#: A position of the best one's frame is a facet of it when this share of its supporting
#: statements use the best one's first key term ("the seal" of "the kettle leaks").
FACET_SHARE = 0.5
#: A speaker whose stance on another position was read from a statement holding this
#: share of the claim's words takes that stance on the claim too (a statement often
#: argues two positions, and kg files it under one).
STATED_FIT = 0.4
#: A claim the position read holds less than this share of is read with its siblings too
#: (see :func:`siblings`): "who says he is sick or injured" read as the injury position.
SIBLING_FIT = 0.75
#: What :func:`_keyed` gives a position a claim names by one of its key terms or its label
#: (more than by a word of an alias only).
NAMED_BY_TERM = 2
#: What is said of a topic in a question's words picks the topic's supporters who say it
#: when this many of them do (as a claim said of a topic is one of its own in
#: :mod:`kg.assemble.positions.corpus`): one speaker's words leave the others, who may say
#: the same in other words, on the topic (measured on our stories).
TOPIC_SAYERS = 2


@dataclass(frozen=True)
class Sided:
    """Who takes a side on a claim: the answers, the position read (if any) and the
    stance on it they take (the question's relation, flipped when the claim denies what
    the position says)."""

    answers: tuple[Answer, ...]
    position: str | None
    stance: str


def flip(stance: str) -> str:
    """The other side."""
    return "disputes" if stance == "supports" else "supports"


def net_stance(g: nx.MultiDiGraph, speaker: str, position: str) -> str | None:
    """A speaker's dominant stance on a position (by confidence-weighted statements)."""
    if position not in g:
        return None
    return once(g, ("net_stances", position), lambda: _net_stances(g, position)).get(speaker)


def _net_stances(g: nx.MultiDiGraph, position: str) -> dict[str, str]:
    """Speaker -> :func:`net_stance` on ``position``, for every speaker with a stance on it
    (read from the position's own edges: a speaker's edges in their order, as theirs give)."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for u, _, data in g.in_edges(position, data=True):
        if data.get("relation") == "stance":
            totals[u][str(data.get("stance"))] += float(data.get("confidence", 0.5)) * float(
                data.get("weight", 1)
            )
    return {u: max(t, key=lambda k: (t[k], k)) for u, t in totals.items()}


def sided(g: nx.MultiDiGraph, stance: str, positions: Iterable[str]) -> dict[str, Answer]:
    """Speaker node -> answer, for the speakers whose net stance on one of ``positions``
    is ``stance``, with the evidence of that stance."""
    answers: dict[str, Answer] = {}
    for v in dict.fromkeys(positions):
        if v not in g:
            continue
        for u, _, data in g.in_edges(v, data=True):
            if data.get("relation") != "stance" or data.get("stance") != stance:
                continue
            if u in answers or net_stance(g, u, v) != stance:
                continue
            evidence = attr_list(data, "evidence")
            answers[u] = answer_for(g, u, stance, v, float(data.get("confidence", 0.0)), evidence)
    return answers


def ranked(answers: Iterable[Answer]) -> tuple[Answer, ...]:
    """Answers most confident first, then with most evidence, then by name."""
    return tuple(sorted(answers, key=lambda a: (-a.confidence, -len(a.evidence), a.speaker)))


def _statement_stances(
    g: nx.MultiDiGraph, position: str | None
) -> dict[str, list[tuple[int, int, str]]]:
    """Doc -> (start, end, stance) of the statements that are evidence of a stance: on
    ``position`` its stance; elsewhere ``disputes*`` when it denies a position other
    than by offering a rival (what it says is then denied, whatever it is about)."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for _, v, data in stance_edges(g):
        stance = str(data.get("stance"))
        if v != position and stance != "disputes":
            continue
        for e in attr_list(data, "evidence"):
            if v != position and e.get("basis") == "rival":
                continue
            out[str(e["doc"])].append(
                (int(e["start"]), int(e["end"]), stance if v == position else "disputes*")
            )
    return out


def _stance_at(found: dict[str, list[tuple[int, int, str]]], s: Statement) -> str | None:
    """The stance of the evidence that overlaps most of statement ``s`` (on its position first)."""
    best: tuple[int, str | None] = (0, None)
    for start, end, stance in found.get(s.doc, []):
        overlap = min(end, s.end) - max(start, s.start)
        if overlap * 2 >= min(end - start, s.end - s.start) and overlap > best[0]:
            best = (overlap + (1 if stance != "disputes*" else 0), stance)
    return best[1]


def denies(statement: Statement, asked: list[str]) -> bool:
    """Whether a statement denies what it says about the asked words: a denial cue
    ("denied", "dismissed"), a negator near an asked word ("did not ... bend", "the X
    story was not convincing"), or a word that calls it untrue ("a myth", "rubbish"). A
    denial cue over a content that denies ("denied that the video had been staged",
    "dismissed claims that it was a hoax") says the thing is so: the two cancel."""
    cue = statement.cue.lower().split()
    denial = bool(cue and stems(cue[0]) & DISPUTE_LEMMAS)
    return denial != _content_denies(statement, asked)


_HASTE = [[w] for w in NO_HASTE_NOUNS]


def _content_denies(statement: Statement, asked: list[str]) -> bool:
    """Whether a statement's words deny what they say about the asked words (see
    :func:`denies`), whatever its cue."""
    if content_negated(statement.text):
        return True  # "the video had been staged", "the claim is a myth"
    toks = negatable_words(statement.text)
    hits = [i for i, t in enumerate(toks) if any(stems(t) & stems(a) for a in asked)]
    # "no rush", "no hurry": a "no" that denies nothing argued about
    negators = [
        k
        for k, t in enumerate(toks)
        if t in NEGATION_WORDS and not (t == "no" and toks[k + 1 : k + 2] in _HASTE)
    ]
    if any(abs(k - i) <= 5 for i in hits for k in negators):
        return True
    return any(t in CONTENT_NEGATORS and t not in NEGATION_WORDS for t in toks)


def _said_answers(
    g: nx.MultiDiGraph, relation: str, claim: str, position: str | None, flipped: bool
) -> dict[str, Answer]:
    """Speakers whose own statements say (``supports``) or deny (``disputes``) ``claim``.

    A statement that is evidence on ``position`` keeps the stance its edge gives (read
    back onto the claim: ``flipped`` when the claim denies what the position says);
    one that is not is read by :func:`denies`. A speaker whose net stance on the
    position is the other side is left out.
    """
    asked = asked_words(claim)
    negated = content_negated(claim)
    on_position = _statement_stances(g, position)
    plain = _plain_parts(claim)
    found: dict[str, list[tuple[float, Statement]]] = defaultdict(list)
    for share, s in statement_scores(g, statements(g), claim):
        fits = share >= STATEMENT_FIT and _own_words_fit(g, s, claim)
        if not (fits or _says_predicate(s, plain) or _denies_deed(g, s, plain)):
            continue
        net = net_stance(g, s.speaker, position) if position is not None else None
        if net is not None and (flip(net) if flipped else net) != relation:
            continue
        edge = _stance_at(on_position, s)
        if edge == "disputes*":
            said = "supports" if negated else "disputes"
        elif edge is not None:
            said = flip(edge) if flipped else edge
        else:
            said = "disputes" if denies(s, asked) != negated else "supports"
        if said == relation:
            found[s.speaker].append((share, s))
    stance = flip(relation) if flipped else relation
    return {
        u: answer_for(
            g, u, stance, None, 0.8 * max(x for x, _ in hits), [s.evidence for _, s in hits]
        )
        for u, hits in found.items()
    }


@dataclass(frozen=True)
class _Plain:
    """The parts of a claim said plainly: its subject's words, what a copular claim says
    of its subject (the words after "is"), and the verb of a verbal one (the word after
    its auxiliary or modal, or the first one in -ed)."""

    subject: tuple[str, ...]
    predicate: tuple[str, ...]
    deed: str | None


def _plain_parts(claim: str) -> _Plain:
    """:class:`_Plain` of ``claim`` ("the bakers were better paid already": bakers;
    better, paid, already; "the club has signed the striker": club; -; signed)."""
    toks = words(claim)
    at = _described_from(toks)
    if at < len(toks):
        subject, predicate = asked_words(" ".join(toks[:at])), asked_words(" ".join(toks[at + 1 :]))
        return _Plain(tuple(subject), tuple(predicate), None)
    verb = next((i for i, t in enumerate(toks) if i and t.endswith("ed")), None)
    helper = next((i + 1 for i, t in enumerate(toks[:-1]) if t in _AUXILIARIES), None)
    head = min((i for i in (verb, helper) if i is not None), default=None)
    if head is None or toks[head] in QUERY_STOPWORDS:
        return _Plain((), (), None)
    return _Plain(tuple(asked_words(" ".join(toks[:head]))), (), toks[head])


#: The words before a claim's verb that carry its tense or mood ("has signed", "will buy").
_AUXILIARIES = CLAIM_MODALS - {"to"} | {"has", "have", "had", "did", "does"}


def _says_predicate(s: Statement, plain: _Plain) -> bool:
    """Whether a statement says, undenied, every word of what a copular claim says of its
    subject (two words or more) and names its subject by one word at least: "the shops that
    baked most often were better managed already" says "the busiest shops were better
    managed already" (who they are is said in other words; what is said of them is
    not)."""
    if len(plain.predicate) < 2:
        return False
    own = words(s.text)
    if not any(word_match(w, t) >= 0.8 for w in plain.subject for t in own):
        return False
    return _undenied_count(s.text, plain.predicate) == len(plain.predicate)


def _denies_deed(g: nx.MultiDiGraph, s: Statement, plain: _Plain) -> bool:
    """Whether a statement denies the verb of a verbal claim: cued by a verb that says a
    thing is not so ("denied", "dismissed") and holding the verb or its noun ("denied any
    merger was planned" of "the ferry firm has merged with a rival", whoever it names),
    or holding it negated with the claim's subject, or said by the subject ("she had not
    called them", "I didn't call anyone" of "Ann Lee called the police": what was not
    done is the claim's, said by a pronoun)."""
    if plain.deed is None:
        return False
    deed = plain.deed
    toks = negatable_words(s.text)
    at = [i for i, t in enumerate(toks) if word_match(deed, t) >= 0.8]
    cue = s.cue.lower().split()
    if at and cue and stems(cue[0]) & DENIAL_LEMMAS:
        return True
    if not any(negated_at(toks, i) for i in at):
        return False
    own = [*toks, *(words(str(g.nodes[s.speaker].get("label", ""))) if s.speaker in g else [])]
    return any(word_match(w, t) >= 0.8 for w in plain.subject for t in own)


def _own_words_fit(g: nx.MultiDiGraph, s: Statement, claim: str) -> bool:
    """Whether a statement fits a claim by its own words, not by what a rumour or claim it
    names holds ("opened a review of the rumour that the lender was insolvent" does not
    say the lender is insolvent)."""
    own = _HELD_CLAIM.sub(" ", s.text)
    if own == s.text:
        return True
    return any(x >= STATEMENT_FIT for x, _ in statement_scores(g, [replace(s, text=own)], claim))


def _evidence_holds(g: nx.MultiDiGraph, answer: Answer, claim: str, share: float) -> bool:
    """Whether one statement of an answer's evidence holds ``share`` of the claim's words."""
    said = [
        Statement("", str(e["doc"]), int(e["start"]), 0, str(e["text"]), "", "", None, e)
        for e in answer.evidence
    ]
    return any(x >= share for x, _ in statement_scores(g, said, claim))


@dataclass(frozen=True)
class _Fit:
    """The positions a claim is read as: the best one, those that fit it (the first is
    the one read), the facets of the first (see :func:`_facets`), and whether the claim
    names the best one (see :func:`_keyed`)."""

    top: str | None
    fits: list[str]
    facets: list[str]
    named: bool = True


def _fitting(g: nx.MultiDiGraph, claim: str) -> _Fit:
    """The best position for ``claim``, every position that fits it, and their facets.

    Of the best-scoring positions, the one holding clearly more of the claim's words is
    the best (a large position matches many words a little), else the best-scoring one;
    positions of its frame that score a little less, or more, and fit too are added (a claim
    often spans two positions of one dispute: "the mill will close" both the closing, which
    holds more of its words, and the mill, which scores more).
    """
    found = match_positions(g, claim)
    if not asks_figure(g, claim):
        # a figure's position is no reading of a claim that asks no number ("the vase is
        # a fake" is not what the vase sold for)
        found = [(s, n) for s, n in found if g.nodes[n].get("frame") != "figure"]
    if not found:
        return _Fit(None, [], [])
    score = {n: s for s, n in found}
    fit = {n: position_fit(g, n, claim) for _, n in found[:CANDIDATES]}
    keyed = {n: _keyed(g, n, claim) for n in fit}
    top = max(fit, key=lambda n: (keyed[n], round(fit[n] / CLEARLY), score[n]))
    frame = g.nodes[top].get("frame")
    fits = [
        n
        for s, n in found
        if n in fit
        and SECOND_SHARE * score[top] <= s
        and g.nodes[n].get("frame") == frame
        and fit[n] >= POSITION_FIT
        and keyed[n] >= keyed[top]
    ]
    if fits[:1] == [top]:
        fits += [n for n in _named_by_verb(g, claim, top, fit) if n not in fits]
    second = max((s for s, n in found if n != top), default=0.0)
    dominant = second > 0 and score[top] >= DOMINANCE * second
    if not fits and dominant and fit[top] >= LOW_FIT:
        fits = [top]  # far better than any other: the claim says more than its label
    if not keyed[top] and not _predicate(g, top, claim):
        # It names none of the claim's words (unless what a copular claim calls its
        # subject narrows its supporters, see _saying_it): the statements say who says it.
        fits = []
    near = [n for _, n in found[:CANDIDATES]]
    facets = [n for n in _facets(g, fits[0], near) if n not in fits] if fits else []
    return _Fit(top, fits, facets, bool(keyed[top]))


def _named_by_verb(g: nx.MultiDiGraph, claim: str, top: str, fit: dict[str, float]) -> list[str]:
    """The positions of ``fit`` (of the frame of ``top``, holding :data:`LOW_FIT` of the
    claim's words) that the claim's verb after a modal names by a key term or label when
    ``top`` is named by another word ("the mill will close": the mill, and the closure;
    "who wants the board to resign": the board, and the resignation): a claim about what a
    thing will do is about that doing as well."""
    toks = words(claim)
    at = next((i + 1 for i, t in enumerate(toks[:-1]) if t in CLAIM_MODALS), None)
    if at is None or _names(toks[at], _naming(g, top)):
        return []
    frame = g.nodes[top].get("frame")
    return [
        n
        for n, share in fit.items()
        if n != top
        and share >= LOW_FIT
        and g.nodes[n].get("frame") == frame
        and _names(toks[at], _naming(g, n))
    ]


def _naming(g: nx.MultiDiGraph, position: str) -> list[str]:
    """A position's key terms and label: the words that name it."""
    d = g.nodes[position]
    return [str(x) for x in (*attr_list(d, "terms"), match_label(d))]


def _keyed(g: nx.MultiDiGraph, position: str, claim: str) -> int:
    """How a claim names a position: 3 by a word of its key terms or label in what a
    copular claim says its subject is ("the painting is a forgery"), 2 by one elsewhere
    ("the pilot ordered ...", "a deal was agreed"), 1 only by a word of the phrases it
    was recognised by (an alias: "maths" of "maths marks"), 0 not at all (the position
    fits only by the words said with it). A claim is about what it names, and most about
    what it says its subject is: a topic's position holds every claim made about the
    topic."""
    d = g.nodes[position]
    toks = words(claim)
    named = _naming(g, position)
    at = [i for i, t in enumerate(toks) if _names(t, named)]
    if at:
        return NAMED_BY_TERM + 1 if max(at) > _described_from(toks) else NAMED_BY_TERM
    return int(any(_names(t, [str(x) for x in attr_list(d, "aliases")]) for t in toks))


def _described_from(toks: list[str]) -> int:
    """Where what a copular claim says its subject is starts (after "is": "the painting is
    a forgery"); past the end for a claim with no copula or a verbal one ("was agreed",
    "is now rising")."""
    link = next((i for i, t in enumerate(toks[:-1]) if SOURCE_LINKS.get(t) == toks[i + 1]), None)
    if link is not None:
        return link + 1  # "the rash comes from the soap": the soap
    at = next((i for i, t in enumerate(toks) if t in CLAIM_COPULAS), None)
    if at is None:
        return len(toks)
    rest = [t for t in toks[at + 1 :] if t not in QUERY_STOPWORDS]
    return len(toks) if not rest or rest[0].endswith(VERBAL_ENDINGS) else at


def _names(word: str, phrases: list[str]) -> bool:
    """Whether ``word`` is a content word of one of ``phrases`` (in one of its forms, or
    of a group of near-synonyms)."""
    if word in QUERY_STOPWORDS:
        return False
    same = SYNONYM_OF.get(word)
    return any(
        word_match(word, w) >= 0.8 or (same is not None and SYNONYM_OF.get(w) == same)
        for p in phrases
        for w in words(p)
    )


def _says_term(g: nx.MultiDiGraph, speaker: str, term: str) -> bool:
    """Whether one of a speaker's statements uses ``term`` (in one of its forms, or as
    the first part of a compound: "leak" in "leakgate"): a speaker on a facet of a
    position answers for the position only when they speak of it."""
    return any(word_match(w, term) >= 0.8 for s in statements(g, [speaker]) for w in words(s.text))


def _facets(g: nx.MultiDiGraph, top: str, found: list[str]) -> list[str]:
    """The positions of ``found`` that are facets of ``top``: of its frame, with at least
    :data:`FACET_SHARE` of their supporting statements using its first key term ("the
    seal of the kettle is cracked", filed under the seal, is a side of "the kettle
    leaks"); one whose side someone takes against ``top`` is its rival, not a facet."""
    terms = attr_list(g.nodes[top], "terms")
    if not terms:
        return []
    frame = g.nodes[top].get("frame")
    return [
        n
        for n in found
        if n != top
        and g.nodes[n].get("frame") == frame
        and supporters_using(g, n, str(terms[0])) >= FACET_SHARE
        and not _opposed(g, top, n)  # a rival ("that is the explanation, not X") is no facet
    ]


def _doubt_docs(g: nx.MultiDiGraph, speaker: str, position: str) -> set[str]:
    """The articles in which ``speaker`` disputes ``position`` (none unless their net
    stance on it is a dispute)."""
    if net_stance(g, speaker, position) != "disputes":
        return set()
    return {
        str(e.get("doc"))
        for data in (g.get_edge_data(speaker, position) or {}).values()
        if data.get("relation") == "stance" and data.get("stance") == "disputes"
        for e in attr_list(data, "evidence")
    }


def _opposed(g: nx.MultiDiGraph, one: str, other: str) -> bool:
    """Whether someone takes one side of ``one`` and the other side of ``other``."""
    for u in set(g.predecessors(one)) & set(g.predecessors(other)):
        a, b = net_stance(g, u, one), net_stance(g, u, other)
        if {a, b} == {"supports", "disputes"}:
            return True
    return False


def _doubters(g: nx.MultiDiGraph, position: str) -> set[str]:
    """The speakers whose net stance on ``position`` is a dispute."""
    return {u for u in g.predecessors(position) if net_stance(g, u, position) == "disputes"}


def siblings(g: nx.MultiDiGraph, position: str) -> list[str]:
    """The positions that are facets of the same proposition as ``position``: whoever
    denies the one denies the other too (the deniers of one are all deniers of the
    other), one of them both in one article ("the dam is not leaking", "the leak story is
    incorrect", "any cracks at all", each filed under a position of its own), and
    nobody takes one side of the one and the other side of the other, nor of a sibling
    kept before it ("they sold the vans off" is no facet of the closure whose
    strike its speaker denies). Two claims that each have a denier of their own are two
    disputes, though someone denies both ("it doesn't leak and doesn't rust"); and a
    side issue that one of a big dispute's deniers also denies is no facet of it (neither
    has twice the other's deniers)."""
    mine = _doubters(g, position)
    figure = g.nodes[position].get("frame") == "figure"
    found: dict[str, None] = {}
    for u in sorted(mine):  # in one order whatever the hash seed (the group depends on it)
        docs = _doubt_docs(g, u, position)
        for v in g.successors(u):
            if v == position or v in found or g.nodes[v].get("kind") != "position":
                continue
            if (g.nodes[v].get("frame") == "figure") != figure:
                continue  # a figure is no facet of a claim (nor a claim of a figure)
            theirs = _doubters(g, v)
            if not (mine <= theirs or theirs <= mine):
                continue  # someone denies the one and leaves the other be
            if 2 * min(len(mine), len(theirs)) < max(len(mine), len(theirs)):
                continue  # a side issue a few of a big dispute's deniers also deny
            if _doubt_docs(g, u, v) & docs and not _opposed(g, position, v):
                found[v] = None
    group = [position]
    for v in found:
        if not any(_opposed(g, w, v) for w in group):
            group.append(v)
    return group[1:]


def stated_elsewhere(
    g: nx.MultiDiGraph, stance: str, claim: str, positions: list[str], taken: Iterable[str]
) -> dict[str, Answer]:
    """Speaker node -> answer, for the speakers not in ``taken`` with a ``stance`` edge on
    a position other than ``positions`` whose evidence states the claim (holds
    :data:`STATED_FIT` of its words), unless they take the other side of one of
    ``positions``: "it doesn't leak and doesn't crack" filed under cracking still
    disputes leaking."""
    skip = set(taken)
    negators = NEGATION_WORDS | CONTENT_NEGATORS
    # What is denied, not how, and not the event an explanation is for ("the X
    # explanation for the closure": a statement about the closure does not state X).
    dropped = negators | explained_words(claim)
    claim = " ".join(w for w in words(claim) if w not in dropped)
    probes = claim_probes(g, claim)
    held: dict[str, tuple[str, float, list[dict[str, Any]]]] = {}
    for u, v, data in stance_edges(g, stance):
        if v in positions or u in skip or u in held or not _may_state(g, data, probes):
            continue
        evidence = [e for e in attr_list(data, "evidence") if _states(g, e, claim, probes)]
        if evidence:
            held[u] = (v, float(data.get("confidence", 0.0)), evidence)
    return {
        u: answer_for(g, u, stance, v, confidence, evidence)
        for u, (v, confidence, evidence) in held.items()
        if not any(net_stance(g, u, p) == flip(stance) for p in positions)
    }


def _may_state(g: nx.MultiDiGraph, data: dict[str, Any], probes: frozenset[str]) -> bool:
    """Whether an edge's evidence may hold one of the claim's ``probes``: False when its
    JSON text holds none (without a backslash, each text of it is in the JSON as it is),
    so that most edges' evidence is never decoded."""
    raw = data.get("evidence")
    if not isinstance(raw, str) or "\\" in raw or "" in g:
        return True  # decoded and checked piece by piece (see may_hold)
    low = raw.lower()
    return any(p in low for p in probes)


#: A condition in a statement ("a fine would be unjust if the leaks cannot be
#: traced"): what is disputed is the main clause, not what the condition names.
_CONDITION = re.compile(
    r"\b(?:" + "|".join(sorted(CONDITIONAL_MARKS)) + r")\b[^,;]*", re.IGNORECASE
)
#: A counterfactual condition ("if the pump were at fault, we would hear ..."): an argument
#: against what it names, which the statement does dispute.
_COUNTERFACTUAL = re.compile(r"\b(?:were|had)\b", re.IGNORECASE)


def _hypothesis_dropped(text: str) -> str:
    """``text`` without its open conditions (a counterfactual one stays)."""
    return _CONDITION.sub(lambda m: m[0] if _COUNTERFACTUAL.search(m[0]) else " ", text)


def _states(g: nx.MultiDiGraph, e: dict[str, Any], claim: str, probes: frozenset[str]) -> bool:
    """Whether one piece of evidence holds :data:`STATED_FIT` of the claim's words (one
    without any of the claim's ``probes`` is not scored: it holds none of them); the words
    of an open condition in it do not count."""
    text = _hypothesis_dropped(str(e["text"]))
    said = Statement("", str(e["doc"]), int(e["start"]), 0, text, "", "", None, e)
    if not may_hold(g, said, probes):
        return False
    return any(x >= STATED_FIT for x, _ in statement_scores(g, [said], claim))


def _predicate(
    g: nx.MultiDiGraph, position: str, claim: str, wish: bool = False
) -> tuple[str, ...]:
    """The words a claim says of the position read for it, when that position may be
    broader than the claim: of a copular claim (not verbal: "were housed in ...", "the
    cables rusted"), for a position that is only a topic (its label is its key terms:
    "strike") or none of whose terms the claim uses (read by the words said with them),
    the words of its description (:func:`_described`: "the strike is unlawful":
    unlawful; "the fee is a hidden tax": hidden, tax). Of a claim asked as
    something wanted done (``wish``) that is a noun and a participle ("the ferries
    inspected"; "who thinks the cables rusted" asks a verbal claim), the participle,
    unless the position's label or terms name it already. Empty otherwise."""
    terms = [str(t) for t in attr_list(g.nodes[position], "terms")]
    toks = words(claim)
    at = next((i for i, t in enumerate(toks) if t in CLAIM_COPULAS), None)
    if wish and terms and at is None and _participle_last(toks):
        label = words(match_label(g.nodes[position]))
        named = any(word_match(toks[-1], w) >= 0.8 for w in [*label, *terms])
        return () if named else (toks[-1],)  # "suspend permit": the position says it
    if not terms or at is None or at + 1 == len(toks) or toks[at + 1].endswith(VERBAL_ENDINGS):
        return ()  # no copula, or a verbal claim ("were housed", "rusted"): paraphrased freely
    asked = asked_words(claim)
    extra = [w for w in asked if not any(word_match(w, t) >= 0.8 for t in terms)]
    if len(extra) < len(asked) and not _only_topic(g, position, terms):
        return ()
    return _described(g, toks[at + 1 :], terms)


def _only_topic(g: nx.MultiDiGraph, position: str, terms: list[str]) -> bool:
    """Whether a position is only a topic: its label is its key terms ("strike")."""
    label = words(match_label(g.nodes[position]))
    return bool(label) and all(any(word_match(w, t) >= 0.8 for t in terms) for w in label)


def _described(g: nx.MultiDiGraph, toks: list[str], terms: list[str]) -> tuple[str, ...]:
    """The asked words of a claim's description (the words after its "is") that are none
    of the position's ``terms`` and name no speaker ("in talks with Acme": talks is the
    topic, Acme who it is with)."""
    plain = [
        unit.words[0]
        for unit in asked_groups(g, " ".join(toks))
        if len(unit.words) == 1 and unit.weight == 1.0
    ]
    # "an artefact of copper contamination" on the position "copper": the word joined to
    # the key term names the thing with it ("copper contamination"), says nothing of it
    joined = {
        toks[k]
        for i, t in enumerate(toks)
        if any(word_match(t, term) >= 0.8 for term in terms)
        for k in (i - 1, i + 1)
        if 0 <= k < len(toks)
    }
    return tuple(
        w for w in plain if w not in joined and not any(word_match(w, t) >= 0.8 for t in terms)
    )


def _participle_last(toks: list[str]) -> bool:
    """Whether a claim is a noun phrase and a participle ("the ferries inspected", "the
    permit suspended"): its last word ends in -ed and it has no other verb ending."""
    if len(toks) < 2 or not toks[-1].endswith("ed"):
        return False
    return not any(t.endswith(VERBAL_ENDINGS) for t in toks[:-1])


#: What a rumour, claim or fear holds ("a review of last week's rumour that the lender was
#: insolvent"): someone else's words, which the statement reports and does not say.
_HELD_CLAIM = re.compile(
    r"\b(?:" + "|".join(sorted(CLAIM_NOUNS | STATED_NOUNS)) + r")s?\s+that\b[^,;.:]*",
    re.IGNORECASE,
)


def _own_words(text: str) -> str:
    """``text`` without what a rumour or claim it names holds."""
    return _HELD_CLAIM.sub(" ", text)


def _undenied_count(text: str, said: Iterable[str]) -> int:
    """How many of the words ``said`` ``text`` uses with no negator just before them ("a
    pause, not a halt" does not call it a halt), not in what a rumour or claim it names
    holds; the text is read once for all of them."""
    toks = negatable_words(_HELD_CLAIM.sub(" ", text))
    return sum(
        any(word_match(word, t) >= 0.8 and not negated_at(toks, i) for i, t in enumerate(toks))
        for word in said
    )


def _says_undenied(text: str, word: str) -> bool:
    """Whether ``text`` uses ``word`` undenied (:func:`_undenied_count`)."""
    return _undenied_count(text, (word,)) > 0


def _saying_it(
    g: nx.MultiDiGraph, answers: dict[str, Answer], position: str, claim: str, wish: bool
) -> dict[str, Answer]:
    """The supporters who say what a copular claim says of its subject, in the word of
    :func:`_predicate`, not denied: speaking of a merger is not calling it illegal, and
    "a pause, not a halt" is no halt. All of them when none does (the claim is a
    paraphrase). A claim with no copula on a topic: :func:`_saying_most`."""
    said = _predicate(g, position, claim, wish)
    if not said:
        return _saying_most(g, answers, _topic_predicate(g, position, claim))

    def says(node: str) -> bool:
        return any(_says_undenied(s.text, w) for s in statements(g, [node]) for w in said)

    kept = {u: a for u, a in answers.items() if says(u)}
    return kept or answers


def _topic_predicate(g: nx.MultiDiGraph, position: str, claim: str) -> tuple[str, ...]:
    """What a claim with no copula says of a position that is only a topic (its label is
    its key terms: "the pier"): the asked words after the topic's first term, but the
    topic's and the speakers' (:func:`_described`: "the board of using the pier to block
    the view": block, view). Empty for any other position, or a claim that names none of
    the topic's terms; a topic said last ("the girls will be released") has nothing said
    of it (what comes before is who or what it is about)."""
    terms = [str(t) for t in attr_list(g.nodes[position], "terms")]
    toks = words(claim)
    if not terms or any(t in CLAIM_COPULAS for t in toks) or not _only_topic(g, position, terms):
        return ()
    at = next((i for i, w in enumerate(toks) if any(word_match(w, t) >= 0.8 for t in terms)), None)
    return () if at is None else _described(g, toks[at + 1 :], terms)


def _saying_most(
    g: nx.MultiDiGraph, answers: dict[str, Answer], said: tuple[str, ...]
) -> dict[str, Answer]:
    """The answers with a statement that says, not denied, most of the words of what is
    said of a topic (:func:`_topic_predicate`): a topic's supporters say many
    things of it, and the one asked about is said in its own words by those who say it
    ("using the pier as a car park", not "the pier is old"). All when fewer than
    :data:`TOPIC_SAYERS` do: the others may say it in other words; and for one word
    (every side may use it)."""
    if len(said) < 2:
        return answers
    need = len(said) // 2 + 1

    def says(node: str) -> bool:
        return any(_undenied_count(s.text, said) >= need for s in statements(g, [node]))

    kept = {u: a for u, a in answers.items() if says(u)}
    return kept if len(kept) >= TOPIC_SAYERS else answers


def _split_by_pole(g: nx.MultiDiGraph, position: str, claim: str, relation: str) -> Sided | None:
    """Who takes a side on a copular claim that names one side of a pair of opposites,
    read for a position that is only a topic ("who says the dam is safe" of "the dam"):
    the speakers whose statements on the topic say that side, or the other
    (:func:`~kg.query.poles.pole_sayers`), when :data:`TOPIC_SAYERS` or more do; None
    otherwise (the position's sides are read: one speaker's words leave the others, who
    may say it in other words, as in :func:`_saying_most`)."""
    terms = [str(t) for t in attr_list(g.nodes[position], "terms")]
    if not terms or not _only_topic(g, position, terms):
        return None
    if any(names_a_side(w) for t in terms for w in words(t)):
        return None  # the topic is one side itself ("the coup"): its sides are the claim's
    found = pole_sayers(g, position, claim, relation, _own_words)
    if len(found) < TOPIC_SAYERS:
        return None
    answers = [answer_for(g, u, relation, position, 0.7, ev) for u, ev in found.items()]
    return Sided(ranked(answers), position, relation)


def _said_off_topic(g: nx.MultiDiGraph, position: str, claim: str, wish: bool) -> bool:
    """Whether what a copular claim says of a topic (:func:`_predicate`: "the lender is
    insolvent" of a position on the lender) is said, not denied, by none of the topic's
    supporters but in a statement filed elsewhere that does not deny it ("denied there was
    a dispute" says no dispute): the topic's sides are then sides on
    other things said of it ("a strong lender", "the lender's staff"), and the statements
    that use the word say who says it."""
    said = _predicate(g, position, claim, wish)
    if not said or content_negated(claim):
        return False  # "the corrosion is a myth" denies itself: the topic's other side says it
    if not _topic_is_subject(g, position, claim):
        return False  # "the flood is the fault of the dam": what is said names the topic
    on = {u for u in g.predecessors(position) if net_stance(g, u, position) == "supports"}

    def says(s: Statement) -> bool:
        return any(_says_undenied(s.text, w) for w in said)

    if on and any(says(s) for s in statements(g, list(on))):
        return False
    asked = asked_words(claim)
    return any(says(s) and not denies(s, asked) for s in statements(g) if s.speaker not in on)


def _topic_is_subject(g: nx.MultiDiGraph, position: str, claim: str) -> bool:
    """Whether a copular claim names the position's key terms before its copula only (its
    subject: "the dam is unsafe"), not in what it says of the subject ("the flood is the
    fault of the dam")."""
    terms = [str(t) for t in attr_list(g.nodes[position], "terms")]
    toks = words(claim)
    at = next((i for i, t in enumerate(toks) if t in CLAIM_COPULAS), len(toks))
    return not any(word_match(w, t) >= 0.8 for w in toks[at + 1 :] for t in terms)


def _best_share(
    g: nx.MultiDiGraph, evidence: list[dict[str, Any]], claim: str, terms: list[str]
) -> float:
    """The largest share of the claim's words but ``terms`` one piece of ``evidence``
    holds (:func:`~kg.query.matching.claim_share`)."""
    return max((claim_share(g, str(e["text"]), claim, terms) for e in evidence), default=0.0)


def claim_sides(g: nx.MultiDiGraph, position: str, claim: str) -> dict[str, tuple[str, Answer]]:
    """Speaker node -> (stance, answer) for the speakers who take both sides of a
    position and whose statements on one side hold clearly more of the claim's words
    (:data:`CLEARLY`) than those on the other: a topic's position holds several claims
    ("the kettle boils fast", "the kettle does not leak"), and the
    statement that says the claim asked about tells the side taken on it, whatever the
    speaker's net stance on the topic."""
    edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, _, data in g.in_edges(position, data=True):
        if data.get("relation") == "stance" and data.get("stance") in ("supports", "disputes"):
            edges[u].append(data)
    terms = [str(t) for t in attr_list(g.nodes[position], "terms")]
    out: dict[str, tuple[str, Answer]] = {}
    for u, theirs in edges.items():
        if len({str(d.get("stance")) for d in theirs}) < 2:
            continue  # one side only (most speakers): no evidence is decoded
        by: dict[str, tuple[float, float, list[dict[str, Any]]]] = {}
        for data in theirs:
            stance, evidence = str(data.get("stance")), attr_list(data, "evidence")
            share, confidence = _best_share(g, evidence, claim, terms), data.get("confidence")
            old = by.get(stance, (0.0, 0.0, []))
            by[stance] = (
                max(share, old[0]),
                max(float(confidence or 0), old[1]),
                [*old[2], *evidence],
            )
        best = max(by, key=lambda k: by[k][0])
        if by[best][0] >= by[flip(best)][0] + CLEARLY:
            _, confidence, evidence = by[best]
            out[u] = (best, answer_for(g, u, best, position, confidence, evidence))
    return out


def _read_on_claim(
    g: nx.MultiDiGraph, stance: str, position: str, claim: str, flipped: bool
) -> tuple[dict[str, Answer], set[str]]:
    """The speakers on the ``stance`` side of the position read for a claim, and those on
    the other side: by their net stance, but by :func:`claim_sides` for those on both
    sides of it (not when the claim denies what the position says: its words are then
    the other side's)."""
    answers = sided(g, stance, [position])
    decided = {} if flipped else claim_sides(g, position, claim)
    for node, (said, a) in decided.items():
        if said == stance:
            answers[node] = a
        else:
            answers.pop(node, None)
    against = {
        u
        for u in g.predecessors(position)
        if decided.get(u, (net_stance(g, u, position), None))[0] != stance
    }
    return answers, against


def _supporters_deny(g: nx.MultiDiGraph, position: str, claim: str) -> bool:
    """Whether the word by which a claim denies itself ("the tape was faked", "the
    cure is a myth") is said more in the statements supporting ``position`` than in
    those disputing it: the position's supporters are then the ones who say the
    claim, and its disputers deny it ("faked", said of a topic like "the tape")."""
    denying = (CONTENT_NEGATORS | PASSIVE_NEGATORS) - NEGATION_WORDS
    said = [w for w in words(claim) if w in denying]
    if not said:
        return False
    count = {"supports": 0, "disputes": 0}
    for _, _, data in g.in_edges(position, data=True):
        stance = str(data.get("stance"))
        if data.get("relation") != "stance" or stance not in count:
            continue
        for e in attr_list(data, "evidence"):
            toks = negatable_words(str(e.get("text", "")))
            at = [i for i, t in enumerate(toks) if any(stems(t) & stems(w) for w in said)]
            if not at:
                continue
            # "that is not the same as mishandling it": a disputer who denies the word
            # says the supporters' side is the one that says it
            denied = all(negated_at(toks, i, reach=5) for i in at)
            count[flip(stance) if denied else stance] += 1
    return count["supports"] > count["disputes"]


def _reads_flipped(g: nx.MultiDiGraph, top: str | None, claim: str) -> tuple[bool, bool]:
    """Whether ``claim`` asks for the other side of its best position ``top``, and whether
    it names the side of a pair of opposites that the position's supporters deny
    (:func:`asks_other_side`). A claim that denies itself ("X is a myth") asks for the other
    side of a position that asserts X, unless the position's supporters say the denying
    word (:func:`_supporters_deny`); naming the other side turns it round again."""
    if top is None:
        return False, False
    flipped = content_negated(claim) != content_negated(match_label(g.nodes[top]))
    if flipped and _supporters_deny(g, top, claim):
        flipped = False
    other = asks_other_side(g, top, claim)
    if other:  # "who says the dam is safe" of a position whose supporters call it unsafe
        flipped = not flipped
    return flipped, other


def _on_positions(
    g: nx.MultiDiGraph, fit: _Fit, stance: str, claim: str, flipped: bool, wish: bool
) -> Sided:
    """:func:`who_takes` when positions fit the claim: the speakers who take ``stance`` on
    the first (:func:`_read_on_claim`), on the others, on its facets and, for a claim it
    holds only part of, on its siblings; those said elsewhere to take it on the claim or on
    the person it names."""
    fits = fit.fits
    answers, against = _read_on_claim(g, stance, fits[0], claim, flipped)
    for node, a in sided(g, stance, fits[1:]).items():
        if node not in against:
            answers.setdefault(node, a)
    key = next(iter(attr_list(g.nodes[fits[0]], "terms")), "")
    # Asked who disputes a position nobody disputes: the dispute is on its facets.
    undisputed = stance == "disputes" and not g.nodes[fits[0]].get("contested")
    for facet in fit.facets:
        # A facet nobody takes the other side of is only an aspect of the claim: its
        # speakers answer whether or not they name the key term.
        lone = not any(net_stance(g, u, facet) == flip(stance) for u in g.predecessors(facet))
        for node, a in sided(g, stance, [facet]).items():
            if node not in against and (undisputed or lone or _says_term(g, node, str(key))):
                answers.setdefault(node, a)
    # A claim the position holds only part of, or one that offers alternatives ("he is
    # sick or injured"), may be the whole its facets are parts of.
    broader = bool(alternatives(claim)) or position_fit(g, fits[0], claim) < SIBLING_FIT
    for node, a in sided(g, stance, siblings(g, fits[0]) if broader else []).items():
        if node not in against:
            answers.setdefault(node, a)
    if stance == "disputes":
        answers.update(stated_elsewhere(g, stance, claim, fits, [*answers, *against]))
    # "whether NAME speaks for them", "who vouches for the delegate": the statements about
    # the person asked about (or the one the position is about), filed elsewhere
    people = named_people(g, claim) or position_person(g, fits[0])
    answers.update(about_elsewhere(g, stance, people, fits, [*answers, *against]))
    if stance == "supports":
        answers = _saying_it(g, answers, fits[0], claim, wish)
    return Sided(ranked(answers.values()), fits[0], stance)


def _off_positions(
    g: nx.MultiDiGraph, fit: _Fit, relation: str, stance: str, claim: str, flipped: bool
) -> Sided:
    """:func:`who_takes` when no position fits the claim: the headline dispute that says
    it; else the best position's speakers whose own evidence holds the claim's words, and
    those whose own statements say it (read against the best position only when the claim
    names it)."""
    headed = headed_dispute(g, claim)
    if headed is not None:  # no position's words say it: the headline that does
        negated = content_negated(claim) != content_negated(match_label(g.nodes[headed]))
        side = flip(relation) if negated else relation
        return Sided(ranked(sided(g, side, [headed]).values()), headed, side)
    top = fit.top
    near = sided(g, stance, [top]) if top else {}
    answers = {u: a for u, a in near.items() if _evidence_holds(g, a, claim, EVIDENCE_FIT)}
    position = top if answers else None
    # A position the claim does not name says nothing of it: the statements are read alone.
    read = (top, flipped) if fit.named else (None, False)
    for node, a in _said_answers(g, relation, claim, *read).items():
        answers.setdefault(node, a)
    return Sided(ranked(answers.values()), position, stance if position else relation)


def who_takes(g: nx.MultiDiGraph, relation: str, claim: str, wish: bool = False) -> Sided:
    """Who ``relation``\\ s ``claim`` (supports or disputes): the speakers on that side of
    the positions the claim describes; when none fits, those whose own statements say so.

    When no position holds enough of the claim's words, the best one's speakers count
    only when their own evidence holds some of them. A claim that denies itself ("X is
    a myth") asks for the other side of the position that asserts X, unless the
    position's label denies it too.
    """
    fit = _fitting(g, claim)
    split = _split_by_pole(g, fit.fits[0], claim, relation) if fit.fits else None
    if split is not None:
        return split
    flipped, other = _reads_flipped(g, fit.top, claim)
    stance = flip(relation) if flipped else relation
    # only for who says it: who denies a word said off the topic is not read from statements
    # as well ("who disputes that the vase is by Ann Lee" keeps the vase's sides)
    if (
        stance == "supports"
        and fit.top is not None
        and not other
        and _said_off_topic(g, fit.top, claim, wish)
    ):
        fit = _Fit(None, [], fit.facets, named=False)
    if fit.fits:
        return _on_positions(g, fit, stance, claim, flipped, wish)
    return _off_positions(g, fit, relation, stance, claim, flipped)
