"""Whom each statement is about: the people it names, or the one its "his"/"her" points at.

One proposition of a dispute ("the delegate has the board's mandate") is often argued in
statements that share no key term but are about the same person: "she has no mandate",
"the delegate's standing is doubtful", "we are unconvinced by her credentials".
Each stance records the people its statement is about (:attr:`Stance.about`), so that
a question naming the person can read the statements about them wherever they were
filed (:mod:`kg.query.sides`).

A person is a speaker of the corpus of type person, named in the statement by full
name or by the last word of a name. A possessive "his"/"her" in a statement that
names nobody points at the last person named in the sentence right before it, when
the statement's own sentence names nobody before it. A person named in more than
:data:`SUBJECT_SHARE` of the corpus's statements is the story's subject, about which
every statement is: no one is recorded as about them.

Doubts about a person meet where most of them are filed (:func:`with_doubts_about_people`),
and a "But ..." answering one supports there (:func:`with_rebuttals`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from kg.assemble.positions.corpus import Corpus
from kg.assemble.positions.records import Stance
from kg.assemble.speakers import SpeakerIndex
from kg.extract.claims import Claim
from kg.extract.quotes import Quote
from kg.lexicon import KNOWING_VERBS, POSSESSIVE_PRONOUNS, PRONOUN_GENDER, TITLE_WORDS

#: A person named in more statements than this share is what the story is about.
SUBJECT_SHARE = 0.15

#: "his", "her": possessives that point at one person.
_PERSONAL_POSSESSIVES = frozenset(POSSESSIVE_PRONOUNS & set(PRONOUN_GENDER))

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The possessive ending of a word ("Lee's", "Lee’s" name Lee).
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class People:
    """The people of a corpus by the words that name them.

    Attributes
    ----------
    full : dict of str to str
        Full names (lower-cased, two words or more) -> speaker id.
    last : dict of str to str
        Last words of names (lower-cased) that name one person only -> speaker id.
    canon : dict of str to str
        Each person's speaker id -> the id the person is named by here.
    """

    full: dict[str, str]
    last: dict[str, str]
    canon: dict[str, str]

    def named(self, text: str) -> list[str]:
        """The people ``text`` names, in the order it names them (capitalised words only)."""
        words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text) if w[0].isupper()]
        out: list[str] = []
        for k, w in enumerate(words):
            pair = f"{w} {words[k + 1]}".lower() if k + 1 < len(words) else ""
            sid = self.full.get(pair) or self.last.get(w.lower())
            if sid is not None and sid not in out[-1:]:
                out.append(sid)
        return out


def _proper(name: str) -> bool:
    """Whether ``name`` is written as a proper name: every word capitalised but short
    particles ("bin", "de", "van"), and none possessive ("the BBC's correspondent" is a
    description)."""
    words = name.split()
    return (
        bool(words)
        and all((w[:1].isupper() or len(w) <= 3) and not w.endswith(("'s", "’s")) for w in words)
        and words[-1][:1].isupper()
    )


def people_of(speakers: SpeakerIndex) -> People:
    """The names of the corpus's persons (title words are no names). Persons of one name
    kept apart by the speaker stage ("Lee" quoted in two articles) are one person here,
    under the first of their ids."""
    persons = sorted((sp for sp in speakers.speakers if sp.type == "person"), key=lambda s: s.id)
    canon: dict[str, str] = {}
    for sp in persons:
        canon.setdefault(sp.name.lower(), sp.id)
    full: dict[str, str] = {}
    last: dict[str, set[str]] = {}
    for sp in persons:
        sid = canon[sp.name.lower()]
        for name in (sp.name, *sp.alias_names):
            if not _proper(name):
                continue
            words = [w for w in name.split() if w.lower() not in TITLE_WORDS]
            if not words or not words[-1][:1].isupper():
                continue  # "the President": a title, no name
            if len(words) >= 2:
                full[" ".join(words[-2:]).lower()] = sid
            if len(words[-1]) >= 3:
                last.setdefault(words[-1].lower(), set()).add(sid)
    unique = {w: next(iter(ids)) for w, ids in last.items() if len(ids) == 1}
    ids = {sp.id: canon[sp.name.lower()] for sp in persons}
    return People(full, unique, ids)


def _previous_sentence(quote: Quote, before: Sequence[Quote]) -> str | None:
    """The text of the sentence right before ``quote``'s, when a quote of ``before``
    (earlier quotes of its article) lies in it."""
    if quote.sentence is None:
        return None
    for q in reversed(before):
        s = q.sentence
        if s is not None and 0 <= quote.sentence.start - s.end <= 3:
            return s.text
    return None


def _pointed_at(quote: Quote, before: Sequence[Quote], people: People) -> str | None:
    """The person a possessive "his"/"her" of ``quote`` points at, if any."""
    if not any(w.lower() in _PERSONAL_POSSESSIVES for w in _WORD.findall(quote.text)):
        return None
    if quote.sentence is not None:
        lead = quote.sentence.text[: max(0, quote.start - quote.sentence.start)]
        if people.named(lead):
            return None  # "Smith said his plan ...": his own
    prior = _previous_sentence(quote, before)
    named = people.named(prior) if prior else []
    return named[-1] if named else None


def about_of(
    quotes: Sequence[Quote], speakers: SpeakerIndex
) -> dict[tuple[str, int, int], tuple[str, ...]]:
    """Quote key -> the people the quote's statement is about (not its own speaker), for
    the quotes about someone who is not the story's subject."""
    people = people_of(speakers)
    ordered = sorted(quotes, key=lambda q: (q.doc, q.start))
    found: dict[tuple[str, int, int], tuple[str, ...]] = {}
    for k, q in enumerate(ordered):
        own = speakers.by_quote.get(q.key)
        own = people.canon.get(own, own) if own is not None else None
        named = [p for p in people.named(q.text) if p != own]
        if not named:
            before = [b for b in ordered[max(0, k - 8) : k] if b.doc == q.doc]
            who = _pointed_at(q, before, people)
            named = [who] if who is not None and who != own else []
        if named:
            found[q.key] = tuple(named)
    counts = Counter(p for ps in found.values() for p in ps)
    subject = {p for p, n in counts.items() if n > SUBJECT_SHARE * max(1, len(quotes))}
    kept = {key: tuple(p for p in ps if p not in subject) for key, ps in found.items()}
    return {key: ps for key, ps in kept.items() if ps}


def with_about(
    stances: Sequence[Stance], about: Mapping[tuple[str, int, int], tuple[str, ...]]
) -> list[Stance]:
    """Each stance with the people its statement is about (its own speaker left out).

    >>> st = Stance("a", "p", "supports", 0.8, "d", "x", 0, 1)
    >>> [s.about for s in with_about([st], {("d", 0, 1): ("a", "b")})]
    [('b',)]
    """
    out = []
    for st in stances:
        people = tuple(p for p in about.get((st.doc, st.start, st.end), ()) if p != st.speaker)
        out.append(replace(st, about=people) if people else st)
    return out


def _doubts(c: Claim) -> bool:
    """Whether a claim doubts or denies (not a rival offered instead)."""
    return bool(c.negated or c.dismissive or c.dispute)


def _doubted(
    corpus: Corpus,
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
    about: Mapping[tuple[str, int, int], tuple[str, ...]],
) -> dict[str, Counter[str]]:
    """Person -> how many doubts about them each position holds."""
    doubted: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for k, said in enumerate(corpus.items):
        if _doubts(said.claim):
            filed = {p for p in (assigned[k], *also.get(k, ())) if p is not None}
            for person in about.get(said.claim.key, ()):
                doubted[person].update(filed)
    return doubted


def _home(doubts: Counter[str]) -> str | None:
    """The position holding the most doubts about a person: two at least, more than any other."""
    ranked = doubts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def with_doubts_about_people(
    corpus: Corpus,
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
    about: Mapping[tuple[str, int, int], tuple[str, ...]],
) -> dict[int, tuple[str, ...]]:
    """``also`` with a stance for each doubt that reached no position but is about a
    person ("we are unconvinced by her credentials"), or that denies knowing of them
    wherever it was filed ("I have never heard of her, and ..."), on the position where
    the other doubts about that person are filed (:func:`_home`)."""
    out = dict(also)
    doubted = _doubted(corpus, assigned, also, about)
    for i, said in enumerate(corpus.items):
        c = said.claim
        held = (assigned[i], *out.get(i, ()))
        if c.asks or not _doubts(c) or (held != (None,) and not _unknown(c)):
            continue
        for person in about.get(c.key, ()):
            home = _home(doubted[person])
            if home is not None:
                if home not in held:
                    out[i] = (*out.get(i, ()), home)
                break
    return out


#: Sentence openings that answer what the sentence before said.
_CONTRAST = ("but ", "however")


def with_rebuttals(
    corpus: Corpus,
    quotes: Sequence[Quote],
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
    about: Mapping[tuple[str, int, int], tuple[str, ...]],
) -> dict[int, tuple[str, ...]]:
    """``also`` with a stance for each statement that answers a doubt about a person: one
    whose sentence opens with "But" or "However" right after another speaker's doubt about
    them ("Lee doubts the delegate speaks for the union. But the board said it chose the
    right man") supports where the doubts about that person are filed (:func:`_home`)."""
    out = dict(also)
    doubted = _doubted(corpus, assigned, also, about)
    sentence = {q.key: q.sentence for q in quotes}
    order = sorted(range(len(corpus.items)), key=lambda k: corpus.items[k].claim.key)
    for before, k in pairwise(order):
        c, prior = corpus.items[k].claim, corpus.items[before].claim
        here, there = sentence.get(c.key), sentence.get(prior.key)
        if here is None or there is None or c.doc != prior.doc or c.asks or _doubts(c):
            continue
        answers = here.text.lower().startswith(_CONTRAST) and 0 <= here.start - there.end <= 3
        if (
            not answers
            or not _doubts(prior)
            or corpus.items[before].speaker == corpus.items[k].speaker
        ):
            continue
        for person in about.get(prior.key, ()):
            home = _home(doubted[person])
            if home is not None and home not in (assigned[k], *out.get(k, ())):
                out[k] = (*out.get(k, ()), home)
            break
    return out


def _unknown(c: Claim) -> bool:
    """Whether a claim denies that its speaker knows of what it names ("we have never
    heard of the firm's owner"): wherever it was filed, a doubt about whom it names."""
    return bool(KNOWING_VERBS.intersection(c.denied))
