"""What a question's words name in a graph: speakers, positions and statements.

Speakers are found by their names and aliases, then by the words of their role and
affiliation ("France's consul in Lyon"); positions by their labels, terms
and aliases and by the words their speakers used; statements by their own words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.lexicon import MAGNITUDE_WORDS, NEGATION_WORDS
from kg.lexicon.questions import GENERIC_CLAIM_NOUNS, QUERY_CAUSE_WORDS
from kg.outputs.attrs import attr_list
from kg.outputs.graphview import IndexedWordStats
from kg.outputs.rows import node_ids_of_kind, nodes_of_kind, relation_edges
from kg.outputs.wordforms import (
    SAID_WEIGHT,
    name_forms,
    name_tokens,
    name_words,
    position_vocab,
    positions_by_word,
    role_words,
    unpack_held,
)
from kg.outputs.wordstats import SaidWords, said_word_counts
from kg.query.memo import once
from kg.query.words import (
    Asked,
    coverage,
    fuzz,
    idf_from_counts,
    idf_table,
    stems,
    topic_words,
    unit_idf,
    word_match,
    words,
)

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "Statement",
    "asked_groups",
    "asked_words",
    "asks_figure",
    "cased_span",
    "claim_probes",
    "claim_share",
    "explained_words",
    "match_positions",
    "match_speakers",
    "may_hold",
    "name_tokens",
    "position_fit",
    "position_words",
    "speaker_prefix",
    "speakers_by_mention",
    "statement_scores",
    "statements",
    "supporters_using",
]

#: How much a word of a position's supporters counts in its fit, against its own words.
_SAID_FIT = 0.6
#: How much a speaker's name counts among the words describing a claim.
NAME_WEIGHT = 0.5
#: How much the event an explanation is for counts ("the health explanation for his
#: absence": the claim is about health; the absence is what it explains).
EXPLAINED_WEIGHT = 0.4


@dataclass(frozen=True)
class Statement:
    """One quote of the graph, as evidence of what its speaker said."""

    speaker: str
    doc: str
    start: int
    end: int
    text: str
    cue: str
    mention: str
    position: str | None
    evidence: dict[str, Any]


def statements(g: nx.MultiDiGraph, speakers: Iterable[str] | None = None) -> tuple[Statement, ...]:
    """Every quote of ``g`` (its ``quoted_in`` evidence), in article order; only those
    of ``speakers`` when given (read from their own edges, not by a scan of all)."""
    who = None if speakers is None else tuple(sorted(set(speakers)))
    return once(g, ("statements", who), lambda: _statements(g, who))


def _statements(g: nx.MultiDiGraph, speakers: tuple[str, ...] | None) -> tuple[Statement, ...]:
    out = []
    if speakers is None:
        edges: Iterable[tuple[str, str, dict[str, Any]]] = relation_edges(g, "quoted_in")
    else:
        edges = (e for u in speakers if u in g for e in g.out_edges(u, data=True))
    for u, _, data in edges:
        if data.get("relation") != "quoted_in":
            continue
        for e in attr_list(data, "evidence"):
            out.append(
                Statement(
                    u,
                    str(e["doc"]),
                    int(e["start"]),
                    int(e["end"]),
                    str(e.get("text", "")),
                    str(e.get("cue") or ""),
                    str(e.get("mention") or ""),
                    str(e["position"]) if e.get("position") else None,
                    e,
                )
            )
    out.sort(key=lambda s: (s.doc, s.start, s.speaker))
    return tuple(out)


# --------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------


def _description(d: dict[str, Any]) -> set[str]:
    parts = [str(d.get(k) or "") for k in ("label", "role", "affiliation")]
    parts += [str(a) for a in attr_list(d, "aliases")]
    return {w for p in parts for w in name_tokens(p)}


def _holds(form: Iterable[str], wanted: Iterable[str]) -> bool:
    have = list(form)
    return all(any(stems(w) & stems(h) for h in have) for w in wanted)


def _holding(g: nx.MultiDiGraph, wanted: tuple[str, ...]) -> Callable[[Iterable[str]], bool]:
    """:func:`_holds` of ``wanted`` as a test of a speaker's name form: through the
    index's ``name_stems`` (the name words sharing a stem with each wanted word, looked
    up once) when ``g`` has them, instead of the stems of every word of every name."""
    sharing = _sharing(g, wanted)
    if sharing is None:
        return lambda form: _holds(form, wanted)
    return lambda form: all(any(h in near for h in form) for near in sharing)


def _sharing(g: nx.MultiDiGraph, wanted: tuple[str, ...]) -> list[set[str]] | None:
    """For each ``wanted`` word, the name words sharing a stem with it, from the index's
    ``name_stems`` (None without them); once per graph and words."""
    stats = _indexed(g)
    if stats is None:
        return None
    return once(
        g, ("name_sharing", wanted), lambda: stats.name_words_sharing([stems(w) for w in wanted])
    )


def _near_first(g: nx.MultiDiGraph, capital: tuple[str, ...]) -> frozenset[str] | None:
    """The name words sharing a stem with the first of the ``capital`` words: a name form
    :func:`speaker_prefix` finds by its capital words holds one of them (None without an
    index, or without capital words: then no form is ruled out this way)."""
    sharing = _sharing(g, capital) if capital else None
    return frozenset(sharing[0]) if sharing else None


def _speaker_nodes(g: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    return once(
        g,
        "speaker_nodes",
        lambda: nodes_of_kind(g, "speaker"),
    )


def _forms_of_speakers(g: nx.MultiDiGraph) -> dict[str, Sequence[Sequence[str]]]:
    """Speaker node -> its :func:`~kg.outputs.wordforms.name_forms` (once per graph;
    from the index when ``kg build`` worked them out with the same rules, as the JSON
    lists they are there: they are only iterated and tested, never hashed)."""

    def forms() -> dict[str, Sequence[Sequence[str]]]:
        stored = _fact(g, "name_forms")
        if stored is not None:
            return dict(stored)
        return {n: name_forms(d) for n, d in _speaker_nodes(g)}

    return once(g, "name_forms", forms)


def _speaker_ids(g: nx.MultiDiGraph) -> list[str]:
    """The speaker nodes' ids, in node order (an index decodes none of them)."""
    return once(g, "speaker_ids", lambda: node_ids_of_kind(g, "speaker"))


def match_speakers(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Speaker nodes ``name`` refers to, best first.

    Every speaker one of whose names holds all the words of ``name``; else the speakers
    whose name, role and affiliation hold most of them ("the consul in Lyon");
    else the nearest spelling.
    """
    wanted = name_tokens(name)
    if not wanted:
        return []
    forms = _forms_of_speakers(g)
    holds = _holding(g, wanted)
    # by id first: a name one of them holds needs no speaker's attributes but the found ones'
    full = [n for n in _speaker_ids(g) if any(holds(f) for f in forms[n])]
    if full:
        return sorted(full, key=lambda n: -int(g.nodes[n].get("n_quotes", 0) or 0))
    speakers = _speaker_nodes(g)
    scored = []
    descriptions = once(g, "descriptions", lambda: {n: _description(d) for n, d in speakers})
    for n, d in speakers:
        desc = descriptions[n]
        share = sum(1 for w in wanted if any(word_match(w, x) >= 0.8 for x in desc)) / len(wanted)
        if share >= 0.6:
            scored.append((share, int(d.get("n_quotes", 0) or 0), n))
    if scored:
        top = max(s for s, _, _ in scored)
        return [n for s, _, n in sorted(scored, key=lambda x: (-x[0], -x[1])) if s == top]
    best: tuple[float, str | None] = (0.0, None)
    for n, _ in speakers:
        for form in forms[n]:
            score = fuzz().token_set_ratio(" ".join(wanted), " ".join(form))
            if score > best[0]:
                best = (score, n)
    return [best[1]] if best[1] is not None and best[0] >= 80 else []


def described_by(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Speaker nodes whose name, role or affiliation holds every word of ``name`` ("the
    agency": the agency, its spokeswoman, its director); no nearest spelling."""
    wanted = name_tokens(name)
    if not wanted:
        return []
    speakers = _speaker_nodes(g)
    descriptions = once(g, "descriptions", lambda: {n: _description(d) for n, d in speakers})
    return [
        n
        for n, _ in speakers
        if all(any(word_match(w, x) >= 0.8 for x in descriptions[n]) for w in wanted)
    ]


def _role_words(g: nx.MultiDiGraph) -> dict[str, tuple[set[str], set[str]]]:
    """Speaker node -> the words of its role and of its affiliation, for the speakers with
    a role (once per graph; from the index when ``kg build`` split them by the same rules)."""

    def split() -> dict[str, tuple[set[str], set[str]]]:
        stored = _fact(g, "role_words")
        found = stored.items() if stored is not None else role_words(_speaker_nodes(g))
        return {n: (set(role), set(where)) for n, (role, where) in found}

    return once(g, "role_words", split)


def _is_role(role: set[str], where: set[str], wanted: tuple[str, ...]) -> bool:
    """Whether ``wanted`` names a speaker's ``role``, perhaps with its affiliation
    (``where``): "city engineer"."""
    return bool(role & set(wanted)) and set(wanted) <= role | where


def speakers_by_mention(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Speakers to whom kg attributed a quote whose source was named ``name`` in the text."""
    wanted = name_tokens(name)
    found = {s.speaker for s in statements(g) if wanted and _holds(name_tokens(s.mention), wanted)}
    return sorted(found)


def speaker_prefix(g: nx.MultiDiGraph, text: str, cased: str = "") -> tuple[list[str], str, str]:
    """The speakers named by the longest opening words of ``text``, those words and the rest.

    A prefix counts when it is one of a speaker's whole names, or when it holds a
    capitalised word of ``cased`` (the same words as the user typed them) that a name of
    the speaker holds: "Acme that ..." names Acme, "the reports of ..." names nobody;
    or when it is the role of one speaker only ("the mayor").
    """
    tokens = text.split()
    cased_tokens = cased.split() if len(cased.split()) == len(tokens) else []
    speakers = _speaker_ids(g)
    forms = _forms_of_speakers(g)
    for k in range(min(len(tokens), 8), 0, -1):
        wanted = name_tokens(" ".join(tokens[:k]))
        if not wanted:
            continue
        capital = {t for w in cased_tokens[:k] if w[:1].isupper() for t in name_tokens(w)}
        holds = _holding(g, wanted) if capital else None
        holds_capital = _holding(g, tuple(sorted(capital))) if capital else None
        # cheap tests first: a form equal to ``wanted`` holds its first word; one holding
        # the capital words holds a word near the first of them
        first, want, near = wanted[0], set(wanted), _near_first(g, tuple(sorted(capital)))
        found = []
        for n in speakers:
            for form in forms[n]:
                whole = (first in form and set(form) == want) or (
                    holds is not None
                    and holds_capital is not None
                    and (near is None or not near.isdisjoint(form))
                    and holds(form)
                    and holds_capital(form)
                )
                if whole:
                    found.append(n)
                    break
        if not found:  # "the mayor", "the city engineer": the one speaker with that role
            roles = _role_words(g)
            found = [n for n in speakers if n in roles and _is_role(*roles[n], wanted)]
            found = found if len(found) == 1 else []
        if found:
            return found, " ".join(tokens[:k]), " ".join(tokens[k:])
    return [], "", text


# --------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------


def asked_words(text: str) -> list[str]:
    """The words of a described claim that can pick a position (no cause or claim nouns,
    and no negator: "X has not been Y" is about Y, whichever side it takes)."""
    found = topic_words(text)
    skip = QUERY_CAUSE_WORDS | GENERIC_CLAIM_NOUNS | NEGATION_WORDS
    return [w for w in found if w not in skip]


def _name_forms_of(g: nx.MultiDiGraph) -> tuple[set[tuple[str, ...]], set[str]]:
    """The speakers' names as word tuples, and the single words that name one (a one-word
    name, or a person's surname)."""
    return once(g, "name_words", lambda: _name_words(g))


def _name_words(g: nx.MultiDiGraph) -> tuple[set[tuple[str, ...]], set[str]]:
    stored = _fact(g, "name_words")
    if stored is not None:
        return {tuple(f) for f in stored["forms"]}, set(stored["single"])
    return name_words(d for _, d in _speaker_nodes(g))


def asked_groups(g: nx.MultiDiGraph, text: str) -> list[Asked]:
    """:func:`asked_words` as units: the words of a speaker's name go together ("ann
    lee", "red cross": statements name a speaker by one of them), and a name counts
    half (a claim is about what is said of someone more than about who)."""
    return list(once(g, ("asked_groups", text), lambda: tuple(_asked_groups(g, text))))


def _asked_groups(g: nx.MultiDiGraph, text: str) -> list[Asked]:
    asked = asked_words(text)
    explained = explained_words(text)
    forms, single = _name_forms_of(g)
    out: list[Asked] = []
    i = 0
    while i < len(asked):
        for k in range(min(4, len(asked) - i), 1, -1):
            if tuple(asked[i : i + k]) in forms:
                out.append(Asked(tuple(asked[i : i + k]), NAME_WEIGHT))
                i += k
                break
        else:
            weight = NAME_WEIGHT if asked[i] in single else 1.0
            if asked[i] in explained:
                weight *= EXPLAINED_WEIGHT
            out.append(Asked((asked[i],), weight))
            i += 1
    return out


def explained_words(text: str) -> set[str]:
    """The words of what an explanation is said to explain, when the claim says both ("the
    wiring explanation for the fire" -> fire), and other words precede them."""
    toks = words(text)
    for i, w in enumerate(toks[:-1]):
        if w in QUERY_CAUSE_WORDS and toks[i + 1] in ("for", "of", "behind") and i > 0:
            before = set(asked_words(" ".join(toks[:i])))
            after = set(asked_words(" ".join(toks[i + 2 :])))
            return after - before if before else set()
    return set()


def position_words(g: nx.MultiDiGraph, node: str) -> dict[str, float]:
    """Word -> weight for a position: its first key term 3, other terms 2, related terms 1,
    label and alias words 0.8, and the words its supporters used: 0.5 when two of their
    statements use them (or its only one), 0.3 when one does (a disputer's words are often
    about a rival claim, so they are left out)."""
    return once(g, ("position_words", node), lambda: _position_words(g, node))


def _position_words(g: nx.MultiDiGraph, node: str) -> dict[str, float]:
    return position_vocab(g.nodes[node], _said_words(g, node))


def _indexed(g: nx.MultiDiGraph) -> IndexedWordStats | None:
    """The word counts ``kg build`` wrote into the index ``g`` was read from, if any."""
    stats = getattr(g, "word_stats", None)
    return stats if isinstance(stats, IndexedWordStats) else None


def _fact(g: nx.MultiDiGraph, name: str) -> Any:
    """A fact ``kg build`` derived with this kg's rules (:mod:`kg.outputs.wordforms`), if any."""
    stats = _indexed(g)
    return stats.fact(name) if stats is not None else None


def _said_words(g: nx.MultiDiGraph, node: str) -> SaidWords:
    """The words the supporters of ``node`` used, from the index when ``g`` has one."""
    stats = _indexed(g)
    return stats.said(node) if stats is not None else said_word_counts(g, node)


def supporters_using(g: nx.MultiDiGraph, node: str, term: str) -> float:
    """The share of the statements supporting a position that use ``term`` (in one of its
    forms; 0 when none supports it)."""
    said = _said_words(g, node)
    if not said.statements:
        return 0.0
    forms = stems(term)
    used = max((k for w, k in said.counts.items() if stems(w) & forms), default=0)
    return used / said.statements


def _quote_texts(g: nx.MultiDiGraph) -> list[str]:
    return once(g, "quote_texts", lambda: [s.text for s in statements(g)])


def _quote_idf(g: nx.MultiDiGraph, wanted: Iterable[str]) -> dict[str, float]:
    """:func:`idf_table` of ``wanted`` over the texts of the graph's quotes."""
    want = tuple(sorted(set(wanted)))
    return once(g, ("quote_idf", want), lambda: _counted_idf(g, want))


def _counted_idf(g: nx.MultiDiGraph, want: tuple[str, ...]) -> dict[str, float]:
    stats = _indexed(g)
    # The index counts a word in a quote whose words hold it; idf_table counts the same
    # except for a word with an apostrophe (typed ' where the quote has ’): scan for those.
    if stats is None or any("'" in w or "’" in w for w in want):
        return idf_table(_quote_texts(g), want)
    return idf_from_counts(stats.quotes, stats.quote_counts(want))


def _position_nodes(g: nx.MultiDiGraph) -> list[str]:
    return once(
        g,
        "position_nodes",
        lambda: [n for n, _ in nodes_of_kind(g, "position")],
    )


def match_positions(g: nx.MultiDiGraph, text: str) -> list[tuple[float, str]]:
    """Positions of ``g`` that ``text`` describes, best first, as (score, node id).

    Each described word adds how well it matches the position's words (weighted by
    :func:`position_words`), counting less the more positions it matches and the more
    statements of the graph use it (a rare word says more). A question
    about an explanation prefers explanations; one with a figure, figures.
    """
    asked = asked_groups(g, text)
    nodes = _position_nodes(g)
    if not asked or not nodes:
        return []
    holders = _positions_by_word(g)
    best: dict[tuple[str, Asked], float] = {}
    spread: dict[Asked, int] = {}
    for group in asked:
        # The best match of the group in each position's words: its best word's match
        # times that word's weight there (weights are positive), each word tried once.
        found: dict[str, float] = {}
        for t in _candidates(g, holders, group.words):
            gain = max((word_match(w, t) for w in group.words), default=0.0)
            if gain > 0:
                for n, x in holders.held(t):
                    if gain * x > found.get(n, 0.0):
                        found[n] = gain * x
        for n, m in found.items():
            best[(n, group)] = m
            spread[group] = spread.get(group, 0) + 1
    cause = any(w in QUERY_CAUSE_WORDS for w in words(text))
    explained = explained_words(text)
    figure = asks_figure(g, text)
    rare = _rarity(g, asked)
    scored = []
    for n in nodes:
        score = sum(
            best.get((n, w), 0.0) * w.weight * rare[w] * math.log(1 + len(nodes) / spread[w])
            for w in spread
        )
        frame = g.nodes[n].get("frame")
        if score > 0 and ((cause and frame == "cause") or (figure and frame == "figure")):
            score *= 1.5
        if _keyed_on(g, n, explained):  # the event explained, not the explanation asked
            score *= EXPLAINED_WEIGHT
        if score > 0:
            scored.append((round(score, 3), n))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return scored


def asks_figure(g: nx.MultiDiGraph, text: str) -> bool:
    """Whether ``text`` asks about a figure: it names a magnitude ("dozens", "millions")
    or holds a number ("212 votes")."""
    asked = asked_groups(g, text)
    named = any(s in MAGNITUDE_WORDS.values() for gr in asked for w in gr.words for s in stems(w))
    return named or bool(re.search(r"\d", text))


def _keyed_on(g: nx.MultiDiGraph, node: str, explained: set[str]) -> bool:
    """Whether a position's first key term is one of the ``explained`` words."""
    terms = attr_list(g.nodes[node], "terms")
    return bool(explained and terms) and any(stems(str(terms[0])) & stems(w) for w in explained)


@dataclass(frozen=True)
class _Holders:
    """Word -> the positions whose :func:`position_words` hold it, with its weight there;
    as read from an index (``positions`` given), each word's holders are decoded when asked."""

    words: dict[str, Any]
    positions: list[str] | None = None

    def held(self, word: str) -> list[tuple[str, float]]:
        found = self.words[word]
        return found if self.positions is None else unpack_held(self.positions, found)


def _positions_by_word(g: nx.MultiDiGraph) -> _Holders:
    """The :class:`_Holders` of ``g`` (once per graph; from the index when it has them)."""

    def invert() -> _Holders:
        stored = _fact(g, "positions_by_word")
        if stored is not None:
            return _Holders(stored["words"], stored["positions"])
        return _Holders(positions_by_word({n: position_words(g, n) for n in _position_nodes(g)}))

    return once(g, "positions_by_word", invert)


@dataclass(frozen=True)
class _StemIndex:
    """The stems of the position words, by stem, by first and by last four letters, and
    listed (stem, word) for a fuzzy scan: what :func:`~kg.query.words.word_match` can
    find a match in without trying every word."""

    by_stem: dict[str, set[str]]
    by_first: dict[str, set[str]]
    by_last: dict[str, set[str]]
    long_stems: list[str]
    owners: list[str]


def _stem_index(g: nx.MultiDiGraph, holders: _Holders) -> _StemIndex:
    def build() -> _StemIndex:
        index = _StemIndex({}, {}, {}, [], [])
        for t in holders.words:
            for s in stems(t):
                index.by_stem.setdefault(s, set()).add(t)
                if len(s) >= 4:
                    index.by_first.setdefault(s[:4], set()).add(t)
                    index.by_last.setdefault(s[-4:], set()).add(t)
                if len(s) >= 5:
                    index.long_stems.append(s)
                    index.owners.append(t)
        return index

    return once(g, "stem_index", build)


def _candidates(g: nx.MultiDiGraph, holders: _Holders, asked: Iterable[str]) -> list[str]:
    """The position words that ``word_match`` may score above 0 for an ``asked`` word, in
    their order: those sharing a stem, the first or the last four letters of a stem (a
    prefix or a compound's head), or a stem :func:`~rapidfuzz.fuzz.ratio` puts at 88 or more.
    An index with the stems of its position words is asked (:meth:`IndexedWordStats.stem_words`)."""
    forms = {q for w in asked for q in stems(w)}
    stats = _indexed(g)
    found = stats.stem_words(forms) if stats is not None else None
    if found is None:
        index = _stem_index(g, holders)
        found = set()
        for q in forms:
            found |= index.by_stem.get(q, set())
            if len(q) >= 4:
                found |= index.by_first.get(q[:4], set()) | index.by_last.get(q[-4:], set())
    long_stems, owners = _long_stems(g, holders)
    for q in forms:
        if len(q) >= 5:
            near = _near(q, long_stems)
            found.update(owners[i] for _, _, i in near)
    return [t for t in holders.words if t in found]


def _near(stem: str, long_stems: list[str]) -> list[tuple[str, float, int]]:
    """The ``long_stems`` that :func:`~rapidfuzz.fuzz.ratio` puts at 88 or more to ``stem``
    (rapidfuzz's ``process.extract``: choice, score, index)."""
    from rapidfuzz import process

    return process.extract(stem, long_stems, scorer=fuzz().ratio, score_cutoff=88, limit=None)


def _long_stems(g: nx.MultiDiGraph, holders: _Holders) -> tuple[list[str], list[str]]:
    """The stems of five letters or more of the position words, and the word of each."""

    def listed() -> tuple[list[str], list[str]]:
        stats = _indexed(g)
        pairs = stats.long_stems() if stats is not None else None
        if pairs is None:
            index = _stem_index(g, holders)
            return index.long_stems, index.owners
        return [s for s, _ in pairs], [w for _, w in pairs]

    return once(g, "long_stems", listed)


def _rarity(g: nx.MultiDiGraph, asked: list[Asked]) -> dict[Asked, float]:
    """Each asked unit's idf over the graph's quotes, relative to the units' mean."""
    idf = _quote_idf(g, [w for unit in asked for w in unit.words])
    raw = {unit: unit_idf(unit, idf) for unit in asked}
    mean = sum(raw.values()) / len(raw)
    return {unit: x / mean for unit, x in raw.items()}


def position_fit(g: nx.MultiDiGraph, node: str, text: str) -> float:
    """The idf-weighted share of the described words that a position's words hold (0-1);
    the words its supporters used count when two of their statements use them."""
    asked = asked_groups(g, text)
    words_of = position_words(g, node)
    vocab = {
        w: 1.0 if x > SAID_WEIGHT else _SAID_FIT for w, x in words_of.items() if x >= SAID_WEIGHT
    }
    flat = [w for group in asked for w in group.words]
    return coverage(asked, vocab, _quote_idf(g, flat)) if asked else 0.0


def claim_share(g: nx.MultiDiGraph, text: str, claim: str, beside: Iterable[str] = ()) -> float:
    """The share of the claim's words that ``text`` holds, each weighted by its idf over
    the graph's quotes (one text's own idf would weigh every word it holds alike); the
    words matching one of ``beside`` (a position's terms) are left out."""
    terms = list(beside)
    asked = [
        a
        for a in asked_groups(g, claim)
        if not any(word_match(w, t) >= 0.8 for w in a.words for t in terms)
    ]
    if not asked:
        return 0.0
    idf = _quote_idf(g, [w for group in asked for w in group.words])
    held = topic_words(text)
    total = covered = 0.0
    for unit in asked:
        weight = unit_idf(unit, idf) * unit.weight
        total += weight
        if any(word_match(w, h) >= 0.8 for w in unit.words for h in held):
            covered += weight  # a near spelling is no evidence of which claim is said
    return covered / total if total else 0.0


def _probes(asked: Iterable[Asked]) -> set[str]:
    """Pieces of the asked words that any text matching one of them holds: the first and
    last four letters of each form ("corrod" for "corroded", "fire" for "wildfire")."""
    out = set()
    for unit in asked:
        for w in unit.words:
            for form in stems(w) | {w}:
                out.update({form[:4], form[-4:]} if len(form) > 4 else {form})
    return out


def claim_probes(g: nx.MultiDiGraph, text: str) -> frozenset[str]:
    """The :func:`_probes` of the claim ``text`` (empty when it asks for nothing)."""
    return once(g, ("claim_probes", text), lambda: frozenset(_probes(asked_groups(g, text))))


def may_hold(g: nx.MultiDiGraph, s: Statement, probes: Iterable[str]) -> bool:
    """Whether statement ``s`` (its text or its speaker's label) holds one of the claim's
    ``probes``: :func:`statement_scores` scores no statement that does not."""
    text = s.text.lower()
    label = str(g.nodes[s.speaker].get("label", "")).lower() if s.speaker in g else ""
    return any(p in text or p in label for p in probes)


def statement_scores(
    g: nx.MultiDiGraph, said: Iterable[Statement], text: str
) -> list[tuple[float, Statement]]:
    """Statements whose own words hold some of the described claim, with the
    (idf-weighted) share they hold, best first. A statement's speaker's name counts as
    one of its words: a speaker talks of themselves as "I" or "he"."""
    asked = asked_groups(g, text)
    pool = list(said)
    if not asked or not pool:
        return []
    idf = idf_table((s.text for s in pool), [w for group in asked for w in group.words])
    probes = claim_probes(g, text)
    out = []
    for s in pool:
        if not may_hold(g, s, probes):
            continue  # shares no word with the claim: most statements stop here
        vocab = dict.fromkeys(topic_words(s.text), 1.0)
        if s.speaker in g:
            for w in words(str(g.nodes[s.speaker].get("label", ""))):
                vocab.setdefault(w, 0.8)
        share = coverage(asked, vocab, idf)
        if share > 0:
            out.append((share, s))
    out.sort(key=lambda x: (-x[0], x[1].doc, x[1].start))
    return out


def cased_span(original: str, lowered: str) -> str:
    """``lowered``'s words as they were typed in ``original`` (``lowered`` when not found)."""
    m = re.search(re.escape(lowered), original.replace("’", "'"), flags=re.IGNORECASE)
    return m.group(0) if m else lowered
