"""Claim analysis, step 3: the weight of each term by its role.

Subjects and objects of the main predicates, background clauses, and the weighted terms
of a statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claims.records import (
    BACKGROUND_WEIGHT,
    W_CAUSE,
    W_EFFECT,
    W_OBJECT,
    W_OTHER,
    W_SUBJECT,
)
from kg.extract.claims.references import _in_infinitive
from kg.extract.claims.roles import _children, _subtree_ids, _term
from kg.lexicon import (
    BACKGROUND_MARKERS,
    CAUSE_NOUNS,
    LIGHT_NOUNS,
    MAGNITUDE_WORDS,
    NEGATIVE_SUBJECTS,
    OPEN_QUESTION_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _role_ids(preds: Sequence[Token]) -> tuple[set[int], set[int]]:
    """Token indices of the main predicates' subjects and of their objects or complements."""
    subjects = {
        i for p in preds for s in _children(p, "nsubj", "nsubjpass") for i in _subtree_ids(s)
    }
    objects = {
        i
        for p in preds
        for s in _children(p, "dobj", "attr", "acomp", "xcomp")
        for i in _subtree_ids(s)
    }
    return subjects, objects


def _role_weight(
    t: Token,
    roles: tuple[set[int], set[int], set[int], set[int]],
    preds: Sequence[Token],
    ids: set[int],
) -> float:
    """The weight of a token's term: its role (cause, effect, subject, object), discounted."""
    cause, effect, subjects, objects = roles
    if t.i in cause:
        w = W_CAUSE
    elif t.i in effect:
        w = W_EFFECT
    elif t.i in subjects:
        w = W_SUBJECT
    elif t.i in objects or t in preds:
        w = W_OBJECT
    else:
        w = W_OTHER
    if t.lemma_.lower() in LIGHT_NOUNS or t.lemma_.lower() in CAUSE_NOUNS:
        w *= 0.3
    if (
        (t.dep_ == "compound" or (t.dep_ == "amod" and t.pos_ == "ADJ" and not _participle(t)))
        and t.head.pos_ == "NOUN"
        and t.head.lemma_.lower() not in LIGHT_NOUNS
    ):
        w *= 0.5  # "forest fire", "younger sister": the head carries the topic
    if t.pos_ == "PROPN":
        w *= 0.4
    elif t.pos_ == "VERB":
        w *= 0.95  # of a noun and a verb in the same role, the noun names the topic
    elif t.pos_ == "ADJ" and not _children(t, "det"):  # "is a fake" names a kind
        w *= 0.5
    if t.pos_ == "VERB" and t.dep_ == "amod":
        w *= 0.5  # "the stolen car": a participle describing a noun is not what is claimed
    if (
        t.pos_ == "VERB"
        and t.dep_ == "relcl"
        and t.head.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ == "NOUN"
    ):
        # "critics who attacked the plan had taken money": a verb describing the subject
        # tells which ones; it weighs as a word on the side, not as the subject (but in
        # "nobody who speaks for him has come forward" the clause is what is claimed)
        w = min(w, W_OTHER) * 0.5
    if any(
        a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for a in t.ancestors
        if a.i in ids
    ):
        w *= 0.5
    if _background(t, ids):
        w *= BACKGROUND_WEIGHT
    return w


def _background(t: Token, ids: set[int]) -> bool:
    """Whether a token only sets the scene of what the statement says: a clause or phrase
    opened by "since" ("since the dam was breached, we have had no news", "the crops
    rotted since being flooded"), an event named after "after" or "before" ("will send
    buses after the storm") or a participle describing a noun ("the stolen paintings were
    sold").
    What happened then is told as known, not argued. (A clause after "after" or "before"
    tells the sequence a claim is about: "had surgery after breaking his ankles".)
    """
    if t.dep_ == "amod" and t.tag_ == "VBN":
        return True
    for a in [t, *t.ancestors]:
        if a.i not in ids:
            break
        marks = [c for c in a.children if c.dep_ == "mark"] if a.dep_ == "advcl" else []
        if any(c.lower_ in BACKGROUND_MARKERS for c in marks):
            return True
        if a.dep_ in ("pcomp", "pobj") and a.head.lower_ in BACKGROUND_MARKERS and a.head.i in ids:
            return True
        if (
            a.dep_ == "pobj"
            and a.head.lower_ in ("after", "before")
            and a.head.i in ids
            and a.pos_ == "NOUN"
        ):
            return True
    return False


def _participle(t: Token) -> bool:
    """Whether an adjective is a verb's participle ("cracked pilings", "a growing rift"):
    it says what happened to its noun, so it keeps its weight."""
    return t.tag_ in ("VBN", "VBG") or t.lower_.endswith(("ed", "ing"))


def _weigh_terms(
    tokens: Sequence[Token],
    roles: tuple[set[int], set[int], set[int], set[int]],
    preds: Sequence[Token],
    ids: set[int],
) -> tuple[dict[str, float], list[str], list[str]]:
    """Each term's highest role weight, the surface words and the sizes given (in order)."""
    weights: dict[str, float] = {}
    surface: list[str] = []
    magnitudes: list[str] = []
    for t in tokens:
        term = _term(t)
        if term is None:
            continue
        if term in MAGNITUDE_WORDS.values() and not _in_infinitive(t):
            magnitudes.append(term)
        w = _role_weight(t, roles, preds, ids)
        weights[term] = max(weights.get(term, 0.0), w)
        surface.append(t.lower_)
    return weights, surface, magnitudes


def _negative_subject(pred: Token) -> str | None:
    """The subject that says ``pred`` holds for no one ("nobody", "no one", "nothing",
    "nobody's money"); None when the verb tells an open question instead ("nobody can say yet")."""
    if pred.lemma_.lower() in OPEN_QUESTION_VERBS:
        return None
    for s in _children(pred, "nsubj", "nsubjpass"):
        if s.lower_ in NEGATIVE_SUBJECTS:
            return s.lower_
        if s.lower_ == "one" and any(d.lower_ == "no" for d in s.children):
            return "no one"
        for d in _children(s, "poss"):  # "nobody's money was frozen": no one's was
            if d.lower_ in NEGATIVE_SUBJECTS:
                return d.lower_
            if d.lower_ == "one" and any(x.lower_ == "no" for x in d.children):
                return "no one"
    return None
