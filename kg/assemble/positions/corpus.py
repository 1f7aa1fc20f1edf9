"""The attributed claims of a corpus, paired with their speakers, and term statistics."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from kg.assemble.positions.records import ANCHOR_MIN, W_CAUSE
from kg.assemble.speakers import SpeakerIndex
from kg.extract.claims import Claim
from kg.extract.namings import Naming
from kg.extract.quotes import Quote
from kg.extract.terms import norm_term
from kg.lexicon import (
    GROUP_HEADS,
    OPAQUE_COMPOUND_HEADS,
    ORG_HEADS,
    POLE_OF,
    REVERSING_PREFIXES,
    SYNONYM_OF,
    TITLE_WORDS,
)

#: Each word of a synonym group -> the group's first word.


def fold_terms(vocabulary: Iterable[str], names: Iterable[str] = ()) -> dict[str, str]:
    """Map compounds written as one word onto their head word when it occurs too.

    A proper name (a term of ``names``) is whole: it folds onto nothing and nothing
    folds onto it ("Ann Hollenbeck" is no "beck", nor "Reading" a "read").

    >>> fold_terms(["wildfire", "fire", "airport", "tax"])
    {'wildfire': 'fire'}
    >>> sorted(fold_terms(["overloading", "overload", "housed", "house"]).items())
    [('housed', 'house'), ('overloading', 'overload')]
    >>> sorted(fold_terms(["negotiation", "negotiator", "negotiate", "station", "state"]).items())
    [('negotiation', 'negotiate'), ('negotiator', 'negotiate')]
    >>> fold_terms(["hollenbeck", "beck", "sunbeck"], names=["hollenbeck", "beck"])
    {}
    >>> fold_terms(["mishandle", "handle", "disorder", "order"])
    {}
    >>> fold_terms(["network", "work", "outcome", "come"])
    {}
    """
    proper = set(names)
    vocab = set(vocabulary) - proper
    fold: dict[str, str] = {}
    for term in sorted(vocab):
        if "-" in term:  # "tens-of-thousands" is a size of its own, not "thousands"
            continue
        for ending in ("ing", "ed"):
            stem = term[: -len(ending)]
            if term.endswith(ending) and len(stem) >= 4 and (stem in vocab or stem + "e" in vocab):
                fold[term] = stem if stem in vocab else stem + "e"
        if term in fold:
            continue
        verb = _nominalized(term, vocab)
        if verb is not None:
            fold[term] = verb
            continue
        for cut in range(3, len(term) - 3):
            head = term[cut:]
            if term[:cut] in REVERSING_PREFIXES:
                break  # "mishandle" is no way to handle
            if head in vocab and len(head) >= 4 and head not in OPAQUE_COMPOUND_HEADS:
                fold[term] = head
                break
    return fold


#: Endings of a noun made from a verb, and the verb's ending ("negotiation", "negotiator"
#: -> "negotiate"; "representative" -> "represent").
_NOMINAL_ENDINGS = (("ation", "ate"), ("ator", "ate"), ("ative", ""))


def _nominalized(term: str, vocab: set[str]) -> str | None:
    """The verb of ``vocab`` that ``term`` is a noun of, if any (the stem before the ending
    must have four letters: "station" is no noun of "state")."""
    for ending, verb_ending in _NOMINAL_ENDINGS:
        stem = term[: -len(ending)]
        if term.endswith(ending) and len(stem) >= 4 and stem + verb_ending in vocab:
            return stem + verb_ending
    return None


def folded(claim: Claim, fold: Mapping[str, str]) -> dict[str, float]:
    """A claim's term weights with compounds folded onto their head word."""
    out: dict[str, float] = {}
    for term, w in claim.terms:
        t = fold.get(term, term)
        out[t] = max(out.get(t, 0.0), w)
    return out


@dataclass(frozen=True)
class Statement:
    """An attributed claim: what was argued and the id of the speaker who argued it."""

    claim: Claim
    speaker: str


@dataclass(frozen=True)
class Corpus:
    """The attributed claims of a corpus, their folded term weights and term statistics."""

    qby: dict[tuple[str, int, int], Quote]
    items: list[Statement]
    weights: list[dict[str, float]]
    fold: dict[str, str]
    focus: defaultdict[str, set[str]]  # term -> speakers who put it in focus
    causes: defaultdict[str, set[str]]  # term -> speakers who name it as a cause
    df: Counter[str]
    effects: Counter[str]
    speaker_words: set[str]
    by_doc: dict[str, list[int]]  # article -> its items' indices, in order
    topics: frozenset[str] = frozenset()  # what every statement is about (see topic_terms)
    #: what is said of a topic that is a claim of its own (see :func:`topic_claims`)
    topic_claims: frozenset[str] = frozenset()
    #: terms a statement puts in focus without naming a topic (see :func:`beside_topics`)
    beside: frozenset[str] = frozenset()
    #: (action, topic) of each action some statement does to a topic (see :func:`done_to_topics`)
    done_to: frozenset[tuple[str, str]] = frozenset()

    def said_of_topic(self, claim: Claim) -> list[str]:
        """The folded terms of what ``claim`` says of one of the corpus's :attr:`topics`
        ("the bank is insolvent" -> insolvent, when the bank is what all argue about)."""
        return [p for _, p in self.said_of_topics(claim)]

    def patients(self, claim: Claim) -> set[tuple[str, str]]:
        """The folded (action, what it acts on) pairs of ``claim``."""
        fold = self.fold
        return {(fold.get(a, a), fold.get(p, p)) for a, p in claim.patients}

    def said_of_topics(self, claim: Claim) -> list[tuple[str, str]]:
        """(topic, folded term of what ``claim`` says of it), see :meth:`said_of_topic`."""
        fold = self.fold
        return [
            (fold.get(s, s), fold.get(p, p))
            for s, p in claim.said_of
            if fold.get(s, s) in self.topics and fold.get(p, p) not in self.topics
        ]


def _speaker_words(speakers: SpeakerIndex) -> set[str]:
    """Words that say who argues, not what: the speakers' heads and role or group nouns."""
    # Heads that name the speakers ("the ministry", "soldiers") say who argues, not what.
    # and so do role, organisation and group nouns in general ("commanders", "troops").
    return {
        SYNONYM_OF.get(norm_term(w), norm_term(w))
        for sp in speakers.speakers
        for name in (sp.name, *sp.alias_names)
        for w in name.lower().split()
        if w in ORG_HEADS or w in GROUP_HEADS
    } | {
        SYNONYM_OF.get(norm_term(w), norm_term(w)) for w in (*TITLE_WORDS, *ORG_HEADS, *GROUP_HEADS)
    }


def named_fold(namings: Iterable[Naming], fold: Mapping[str, str]) -> dict[str, str]:
    """Each noun that describes one named thing -> the name's term ("mineral" ->
    "kelmite"); a noun that describes two things folds onto neither, and a name that
    folds onto its own noun stays as it is."""
    names: dict[str, set[str]] = defaultdict(set)
    for n in namings:
        names[fold.get(n.noun, n.noun)].add(fold.get(n.name, n.name))
    return {
        noun: name
        for noun, (name,) in ((k, tuple(v)) for k, v in names.items() if len(v) == 1)
        if fold.get(name, name) != noun
    }


def _names(items: Sequence[Statement]) -> set[str]:
    """The terms most claims that use them write as proper nouns (a headline's
    capitalised "Fire" is outvoted by the fire of the other claims)."""
    used: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for said in items:
        used.update(t for t, _ in said.claim.terms)
        named.update(said.claim.names)
    return {t for t, n in named.items() if 2 * n > used[t]}


#: A term is a topic of the corpus when at least this many speakers put it in focus, and
#: this share of the number who put the most common term in focus.
TOPIC_SPEAKERS = 3
TOPIC_SHARE = 0.75


def topic_terms(focus: Mapping[str, set[str]]) -> frozenset[str]:
    """The terms (nearly) every speaker puts in focus: what the story is about ("the
    bank", "the club"), which a position is no claim about.

    >>> sorted(topic_terms({"bank": {"a", "b", "c", "d"}, "fee": {"a", "b", "c"}, "tax": {"a"}}))
    ['bank', 'fee']
    """
    most = max((len(s) for s in focus.values()), default=0)
    least = max(TOPIC_SPEAKERS, TOPIC_SHARE * most)
    return frozenset(t for t, s in focus.items() if len(s) >= least)


def build_corpus(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    speakers: SpeakerIndex,
    namings: Iterable[Naming] = (),
) -> Corpus:
    """Pair each attributed claim with its speaker and count who uses each term how
    (with the nouns that describe a named thing folded onto its name)."""
    qby = {q.key: q for q in quotes}
    items = [
        Statement(c, sid) for c in claims if (sid := speakers.by_quote.get(c.key)) and c.key in qby
    ]
    fold = fold_terms({t for said in items for t, _ in said.claim.terms}, _names(items))
    named = named_fold(namings, fold)
    fold = {t: named.get(h, h) for t, h in fold.items()} | named
    weights = [folded(said.claim, fold) for said in items]
    # Statistics for anchors: who puts a term in focus or names it as a cause, how common it is.
    focus: defaultdict[str, set[str]] = defaultdict(set)
    causes: defaultdict[str, set[str]] = defaultdict(set)
    df: Counter[str] = Counter()
    effects: Counter[str] = Counter()
    for said, w in zip(items, weights, strict=True):
        c, sid = said.claim, said.speaker
        for t, x in w.items():
            df[t] += 1
            if x >= ANCHOR_MIN:
                focus[t].add(sid)
            if x >= W_CAUSE:
                causes[t].add(sid)
        effects.update({fold.get(t, t) for t in c.effect})
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, said in enumerate(items):
        c = said.claim
        by_doc[c.doc].append(i)
    corpus = Corpus(
        qby,
        items,
        weights,
        fold,
        focus,
        causes,
        df,
        effects,
        _speaker_words(speakers),
        by_doc,
        topic_terms(focus),
    )
    return replace(
        corpus,
        topic_claims=topic_claims(corpus),
        beside=beside_topics(corpus),
        done_to=done_to_topics(corpus),
    )


def beside_topics(corpus: Corpus) -> frozenset[str]:
    """The terms some statement puts in focus without putting a topic in focus ("the
    flooding came from the dyke", beside "the orchard was flooded"): a claim
    with a life of its own, not only a word for what the topic does ("the dam holds",
    "the kettle leaks water")."""
    out: set[str] = set()
    for w in corpus.weights:
        focus = {t for t, x in w.items() if x >= ANCHOR_MIN}
        if not focus & corpus.topics:
            out |= focus
    return frozenset(out)


def done_to_topics(corpus: Corpus) -> frozenset[tuple[str, str]]:
    """(action, topic) of each action a statement says is done to a topic ("the students
    flew a balloon" -> (fly, balloon)): a statement in which the topic does that action
    itself ("balloons flew over the stadium") says something else of it."""
    return frozenset(
        (a, p)
        for a, p in (pair for item in corpus.items for pair in corpus.patients(item.claim))
        if p in corpus.topics
    )


#: What is said of a topic is a claim of its own when this many speakers say it of the
#: topic (measured on our stories: one speaker's word splits a claim off the topic's
#: position while the others who say the same in other words stay there, and a question
#: then reads the word's position, with nobody on one side) ...
TOPIC_SAYERS = 2
#: ... and the topic holds at least this many such claims: when all say one thing of it
#: ("the dam holds" / "does not hold"), the topic in those words is the position.
TOPIC_CLAIMS = 2


def topic_claims(corpus: Corpus) -> frozenset[str]:
    """The terms of what is said of a topic that anchor claims (:data:`TOPIC_SAYERS`,
    :data:`TOPIC_CLAIMS`): "insolvent" and "froze" of a bank some call insolvent and
    others say froze withdrawals."""
    sayers: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for item in corpus.items:
        for pair in corpus.said_of_topics(item.claim):
            sayers[pair].add(item.speaker)
    said: defaultdict[str, set[str]] = defaultdict(set)
    for (topic, term), who in sayers.items():
        if len(who) >= TOPIC_SAYERS:
            said[topic].add(term)
    # the two sides of a pair of opposites ("safe" / "dangerous") are one claim about it
    return frozenset(
        t
        for terms in said.values()
        if len({POLE_OF.get(t, (t, 0))[0] for t in terms}) >= TOPIC_CLAIMS
        for t in terms
    )
