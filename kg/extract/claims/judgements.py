"""Claim analysis, step 5: dismissive judgements.

A dismissive word ("ridiculous") or a negated praise ("not convincing"), evidence faulted,
a claim called made up, harmful, ordinary or played down, and doubt nouns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claims.roles import _children, _pobjs, _term
from kg.extract.names import is_person_noun
from kg.lexicon import (
    CLAIM_NOUNS,
    COMPLAINT_LEMMAS,
    DIFFICULTY_WORDS,
    DISMISSIVE_PHRASES,
    DISMISSIVE_VERBS,
    DISMISSIVE_WORDS,
    DOUBT_NOUNS,
    FAILURE_NOUNS,
    FEW_WORDS,
    FINDING_NOUNS,
    FLAW_WORDS,
    HARM_VERBS,
    HASTE_WORDS,
    HOLDING_VERBS,
    HYPERBOLE_WORDS,
    IRONIC_INTENSIFIERS,
    MADE_UP_OBJECTS,
    MINIMISERS,
    NEGATION_WORDS,
    NORMALITY_WORDS,
    POSITIVE_EVALUATIONS,
    PROCEDURE_NOUNS,
    PUZZLED_WORDS,
    RARITY_WORDS,
    RUNNING_VERBS,
    SHOULD_DO_VERBS,
    SOUND_RUNNING_ADVERBS,
    TRUST_NOUNS,
    VARIATION_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _dismissal(tokens: Sequence[Token], preds: Sequence[Token], negated: str | None) -> str | None:
    """A dismissive word ("ridiculous") or a negated praise ("not convincing"), if any."""
    for t in tokens:
        # a verb dismisses only as one of the dismissive verbs ("they fabricated it"),
        # not as another word spelt the same ("rumours covering every possibility")
        if (
            (t.lemma_.lower() in DISMISSIVE_WORDS or t.lower_ in DISMISSIVE_WORDS)
            and (t.pos_ != "VERB" or t.lemma_.lower() in DISMISSIVE_VERBS)
            and not _in_reported_claim(t)
        ):
            return t.lower_
    made_up = _made_up(tokens) or _dismissive_phrase(tokens) or _puzzled_by_claim(tokens)
    if made_up:
        return made_up
    judged = (
        _judged_hard_or_rare(preds)
        or _ironic_requirement(preds)
        or _called_ordinary(preds)
        or _ran_normally(preds)
        or _by_the_book(preds)
        or _played_down(tokens)
        or _mock_size(tokens)
        or _without_reason(tokens)
        or _faulted_evidence(tokens)
        or _harmful_proposal(preds)
        or _hasty_judgement(tokens)
    )
    if judged:
        return judged
    dismissive = None
    if negated:
        for p in preds:  # the last predicate with a praise word decides
            for c in p.subtree:
                if (
                    c.lemma_.lower() in POSITIVE_EVALUATIONS or c.lower_ in POSITIVE_EVALUATIONS
                ) and c.dep_ in ("acomp", "attr", "amod"):
                    dismissive = f"{negated} {c.lower_}"
                    break
    return dismissive


def _phrase_of(t: Token) -> str | None:
    """The two-word dismissal ``t`` heads ("a red herring", "a publicity stunt"), if any."""
    for c in t.children:
        if c.dep_ in ("compound", "amod") and c.i == t.i - 1:
            phrase = f"{c.lower_} {t.lemma_.lower()}"
            if phrase in DISMISSIVE_PHRASES:
                return phrase
    return None


def _hasty_judgement(tokens: Sequence[Token]) -> str | None:
    """A claim reached "too early" or "too quickly" ("reached its verdict too quickly about the
    gas-leak theory"): the haste is charged to a claim noun the judgement is about."""
    for t in tokens:
        adverb = t.head
        if t.lower_ != "too" or adverb.lower_ not in HASTE_WORDS:
            continue
        about = [*_pobjs(adverb), *_pobjs(adverb.head), *_children(adverb.head, "dobj")]
        if any(o.lemma_.lower() in CLAIM_NOUNS for o in about):
            return f"too {adverb.lower_}"
    return None


def _dismissive_phrase(tokens: Sequence[Token]) -> str | None:
    """A two-word dismissal (:data:`kg.lexicon.DISMISSIVE_PHRASES`) said of a subject ("the
    claim is a red herring", "the figure was total invention"). "Using the flood as a
    publicity stunt" accuses its subject rather than dismissing it: it is left alone."""
    return next((p for t in tokens if t.dep_ in ("attr", "acomp") and (p := _phrase_of(t))), None)


def _puzzled_by_claim(tokens: Sequence[Token]) -> str | None:
    """Puzzlement at a claim ("baffled by the claim", "bemused at the suggestion"): the
    claim is dismissed. Puzzlement at anything else ("baffled by the timetable") is none."""
    for t in tokens:
        if t.lower_ not in PUZZLED_WORDS and t.lemma_.lower() not in PUZZLED_WORDS:
            continue
        if any(o.lemma_.lower() in CLAIM_NOUNS for o in _pobjs(t, "by", "at")):
            return t.lower_
    return None


def _dismissal_denied(preds: Sequence[Token], dismissive: str | None) -> bool:
    """Whether the dismissive word is itself denied: the complement of a negated predicate
    ("the flood report is not a hoax", "the figures are not false", "we are not a
    red herring"). Two negatives: the statement affirms what it is said of."""
    if dismissive is None:
        return False
    for p in preds:
        if not any(c.dep_ == "neg" and c.lower_ in NEGATION_WORDS for c in p.children):
            continue
        for a in _children(p, "attr", "acomp"):
            words = {a.lower_, a.lemma_.lower(), _phrase_of(a)}
            if dismissive in words and (words & DISMISSIVE_WORDS or _phrase_of(a)):
                return True
    return False


def _in_reported_claim(t: Token) -> bool:
    """Whether ``t`` is inside what a claim noun reports ("rejecting an argument that the
    report was misleading"): the word is the claim's, not the speaker's judgement."""
    child = t
    for a in t.ancestors:
        if a.lemma_.lower() in CLAIM_NOUNS and child.dep_ in ("acl", "ccomp"):
            return True
        child = a
    return False


def _faulted_evidence(tokens: Sequence[Token]) -> str | None:
    """A word that calls evidence or a method unsound ("which she called a very weak
    tool", "the survey is flawed", "the data were unreliable"): what rests on it is
    disputed. The word must describe a noun of evidence (a weak economy faults nothing)."""
    for t in tokens:
        if t.lemma_.lower() not in FLAW_WORDS and t.lower_ not in FLAW_WORDS:
            continue
        if t.dep_ == "amod":
            described = [t.head]
        elif t.dep_ in ("acomp", "attr"):
            described = _children(t.head, "nsubj", "nsubjpass")
        else:
            described = []
        if any(d.lemma_.lower() in FINDING_NOUNS for d in described):
            return t.lower_
    return None


def _made_up(tokens: Sequence[Token]) -> str | None:
    """ "made up" when it means invented ("they are making it up", "he made up the story",
    "the story was made up"), not "constituted" ("women make up half the staff")."""
    for t in tokens:
        if t.lemma_.lower() != "make" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in t.children
        ):
            continue
        for o in _children(t, "dobj", "nsubjpass"):
            if o.lower_ in MADE_UP_OBJECTS or o.lemma_.lower() in CLAIM_NOUNS:
                return "made up"
    return None


def _harmful_proposal(preds: Sequence[Token]) -> str | None:
    """A proposal said to do harm if carried out ("a resit would punish the many", "the levy
    would cripple small firms"): a verb of harm under "would", not negated, whose subject is
    a thing, not a person. The verb, if any."""
    for p in preds:
        if p.lemma_.lower() not in HARM_VERBS or _children(p, "neg"):
            continue
        if not any(c.lower_ == "would" for c in _children(p, "aux")):
            continue
        subjects = _children(p, "nsubj")
        if subjects and subjects[0].pos_ == "NOUN" and not is_person_noun(subjects[0].lemma_):
            return p.lower_
    return None


def _judged_hard_or_rare(preds: Sequence[Token]) -> str | None:
    """A link called hard to make ("it is hard to connect X with Y") or a thing called rare
    ("stolen bikes were very rare"): the word that says so, if any."""
    clauses = [c for p in preds for c in _children(p, "ccomp")]  # "I believe it is hard to ..."
    for p in [*preds, *clauses]:
        for c in _children(p, "acomp", "attr"):
            lemma = c.lemma_.lower()
            if lemma in RARITY_WORDS and not _children(c, "neg") and not _children(p, "neg"):
                return c.lower_
            to_do = _children(c, "xcomp") + _children(p, "xcomp")
            if lemma in DIFFICULTY_WORDS and to_do and not _children(p, "neg"):
                return c.lower_
    return None


def _called_ordinary(preds: Sequence[Token]) -> str | None:
    """A difference called nothing unusual ("a variation of two millimetres is expected",
    "such discrepancies are normal") or a story called a failure ("the scare is a bust"): the
    word that says so, if any. A prediction ("a difference is expected to appear") is none."""
    for p in preds:
        if _children(p, "neg"):
            continue
        lemma = p.lemma_.lower()
        if lemma in NORMALITY_WORDS and _children(p, "auxpass") and not _children(p, "xcomp"):
            subjects = _children(p, "nsubjpass")
            said = p.lower_
        elif lemma == "be":
            said_of = _children(p, "acomp", "attr")
            failed = [c for c in said_of if c.lemma_.lower() in FAILURE_NOUNS]
            if failed and _children(p, "nsubj"):
                return failed[0].lower_
            subjects = _children(p, "nsubj")
            said = next((c.lower_ for c in said_of if c.lemma_.lower() in NORMALITY_WORDS), "")
        else:
            continue
        if said and any(s.lemma_.lower() in VARIATION_NOUNS for s in subjects):
            return said
    return None


def _ran_normally(preds: Sequence[Token]) -> str | None:
    """A thing said to have run as it should ("the pump was running normally at the time
    of the flood", "the records show the patch had run normally"): it denies
    that the thing failed. The adverb that says so, if any; none when negated ("was not
    running properly") or said of people ("staff worked normally")."""
    clauses = [c for p in preds for c in _children(p, "ccomp")]  # "the logs showed (that) X"
    for p in [*preds, *clauses]:
        if p.lemma_.lower() not in RUNNING_VERBS or _children(p, "neg"):
            continue
        subjects = _children(p, "nsubj", "nsubjpass")
        if not subjects or subjects[0].pos_ == "PROPN" or is_person_noun(subjects[0].lemma_):
            continue
        if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("it", "this", "that"):
            continue  # "they", "she": people
        for a in _children(p, "advmod"):
            if a.lower_ in SOUND_RUNNING_ADVERBS:
                return a.lower_
    return None


def _by_the_book(preds: Sequence[Token]) -> str | None:
    """A deed said to have been done as it should ("the lock keepers had followed every
    protocol", "the pilots acted just as they were trained to", "the valve worked as
    designed"): it denies that anything went wrong. The word that says so, if any; none
    when negated ("had not followed the protocol"), nor in a second claim joined to the
    first ("the plane hit a flock of geese, and the pilots acted just as they were
    trained to": the statement's one polarity is the first claim's)."""
    clauses = [c for p in preds for c in _children(p, "ccomp")]
    for p in [*preds, *clauses]:
        if _children(p, "neg") or _second_claim(p):
            continue
        objects = _children(p, "dobj")
        if p.lemma_.lower() == "follow" and any(o.lower_ in PROCEDURE_NOUNS for o in objects):
            return p.lower_
        for v in _children(p, "advcl"):
            marked = any(m.lower_ == "as" for m in _children(v, "mark"))
            if marked and v.lemma_.lower() in SHOULD_DO_VERBS and not _children(v, "neg"):
                return v.lower_
    return None


def _second_claim(pred: Token) -> bool:
    """Whether ``pred`` is a clause joined to another with a subject of its own."""
    return pred.dep_ == "conj" and bool(_children(pred, "nsubj", "nsubjpass"))


def _played_down(tokens: Sequence[Token]) -> str | None:
    """A problem played down by the count of its complaints ("it only got six
    complaints", "just a handful of cases", "fewer than ten users came forward to
    complain"): the word that makes the count small, if any."""
    if not any(t.lemma_.lower() in COMPLAINT_LEMMAS for t in tokens):
        return None
    for t in tokens:
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        if t.lower_ not in MINIMISERS or before in NEGATION_WORDS or _children(t.head, "neg"):
            continue  # "not only two": more, not fewer
        counted = t.doc[t.i + 1 : t.i + 4]
        if any(w.like_num or w.lemma_.lower() in FEW_WORDS for w in counted):
            return t.lower_
    return None


#: The words that may qualify the reason an act is said to lack ("for no good reason").
_GROUNDLESS_DETS = frozenset(["no", "any", "good", "real", "valid"])


def _without_reason(tokens: Sequence[Token]) -> str | None:
    """An act called groundless ("the rule would alarm drivers for no reason", "they
    were fined without any good reason"): 'for no reason' or the like, if any."""
    for t in tokens:
        if t.lemma_.lower() not in ("reason", "cause", "purpose") or t.dep_ != "pobj":
            continue
        prep = t.head.lower_
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "amod")}
        if not dets <= _GROUNDLESS_DETS:  # "for no obvious reason": unexplained, not groundless
            continue
        if (prep == "for" and "no" in dets) or (prep == "without" and "no" not in dets):
            return f"{prep} {' '.join(w.lower_ for w in t.doc[t.head.i + 1 : t.i + 1])}"
    return None


def _mock_size(tokens: Sequence[Token]) -> str | None:
    """A size word said of less than one unit ("a whopping 0.4 millimetres more"): irony,
    the word that mocks the figure, if any."""
    for t in tokens:
        if t.lower_ not in HYPERBOLE_WORDS or t.dep_ != "amod":
            continue
        for n in t.head.children:
            if n.dep_ == "nummod" and _below_one(n.text):
                return t.lower_
    return None


def _below_one(number: str) -> bool:
    """Whether a written number is a positive fraction below one ("0.8", ".5")."""
    try:
        return 0 < float(number.replace(",", "")) < 1
    except ValueError:
        return False


def _ironic_requirement(preds: Sequence[Token]) -> str | None:
    """ "That would have to be an extremely patient forger (indeed) to ...": what would be
    needed is beyond belief, so the thing named is doubted. Only with ``would`` and a degree
    word on the noun or its adjective ("that would have to be an iron gate" is a need)."""
    for p in preds:
        if p.lemma_.lower() != "have" or not any(a.lower_ in ("would", "'d") for a in p.children):
            continue
        for be in _children(p, "xcomp"):
            for noun in _children(be, "attr"):
                marks = [*noun.children, *(g for a in _children(noun, "amod") for g in a.children)]
                if any(m.dep_ == "advmod" and m.lower_ in IRONIC_INTENSIFIERS for m in marks):
                    return "would have to be"
    return None


def _doubt_noun(verb: Token) -> str | None:
    """The doubt a verb casts as its object ("cast doubt on", "raised questions about",
    "expressed doubts that X")."""
    for o in _children(verb, "dobj"):
        if o.lemma_.lower() in DOUBT_NOUNS and (
            _pobjs(verb, "on", "over", "about") + _pobjs(o) or _content_clauses(o)
        ):
            return o.lemma_.lower()
    return None


def _content_clauses(tok: Token) -> list[Token]:
    """The "that"/"whether" clauses a word takes ("doubts that X", "sceptical that X")."""
    return [
        c
        for c in _children(tok, "acl", "ccomp")
        if any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
    ]


def _trusted(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The terms of whom or what a statement voices confidence in ("we have full confidence
    in the laboratory", "every confidence in the staff and in the board"): a confidence
    noun with "in", held or voiced ("has", "expressed"; not "undermined confidence in"),
    with no negation ("no confidence in" attacks) and no "to" clause ("confidence in the
    police to find them" is a hope)."""
    out: list[str] = []
    for n in tokens:
        if n.lemma_.lower() not in TRUST_NOUNS or n.pos_ != "NOUN":
            continue
        if n.head.lemma_.lower() not in HOLDING_VERBS or _hoped(n):
            continue
        if any(d.lower_ in ("no", "little", "lost") for d in (*n.children, n.head)):
            continue
        if any(c.dep_ == "neg" for c in n.head.children):
            continue
        preps = [p for p in _children(n, "prep") if p.lower_ == "in"]
        preps += [c for p in preps for c in _children(p, "conj") if c.lower_ == "in"]
        objects = [o for p in preps for o in _children(p, "pobj")]
        objects += [c for o in objects for c in _children(o, "conj")]
        for o in objects:  # the noun and its compounds, not a clause on it
            words = [o, *(c for c in o.children if c.dep_ == "compound")]
            out += [term for t in words if (term := _term(t))]
    return tuple(dict.fromkeys(out))


def _hoped(noun: Token) -> bool:
    """Whether a confidence noun's phrase or verb goes on to an infinitive ("confidence in
    the police to find them", "had confidence in them to deliver"): a hope, not a defence."""
    verbs = [t for t in (*noun.subtree, *noun.head.children) if t.pos_ == "VERB"]
    return any(c.lower_ == "to" and c.dep_ == "aux" for v in verbs for c in v.children)
