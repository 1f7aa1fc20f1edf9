"""Quote extraction, step 2 (a cue), its frame: what follows a verb, and unreal reports.

:func:`cue_frame` reads what follows a cue ("that" clause, question, infinitive, object);
whether a report is withheld ("declined to comment"), unreal ("if she had said so") or
hypothetical ("would comment").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.quotes.subjects import _SUBJECTS, _addressee, _negated, _subject
from kg.lexicon import (
    ANONYMOUS_HEADS,
    FRAMED_CUES,
    SELDOM_WORDS,
    TOPIC_LEMMAS,
    TOPIC_PREPOSITIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Cues of refusing, and the verbs of speaking whose refusal reports nothing.
_REFUSALS = frozenset(["decline", "refuse"])


_PREP_OBJECTS = ("pobj", "pcomp")


#: Words that open a clause of a question or a choice ("asked whether", "explained how").
_WH_WORDS = frozenset(
    ["whether", "if", "what", "how", "why", "who", "whom", "when", "where", "which"]
)


def cue_frame(verb: Token) -> str:
    """The frame a verb takes, as :data:`kg.lexicon.FRAMED_CUES` keys it.

    Parameters
    ----------
    verb
        A verb of the parse.

    Returns
    -------
    str
        ``that``, ``wh`` or ``clause`` for a clause after the verb (opened by "that", by a
        wh-word, or by neither), ``inf`` for an infinitive, ``obj`` for a direct object, the
        preposition for a prepositional object ("balked at X": ``at``), else ``-``.
    """
    kids = list(verb.children)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        first = clause.left_edge.lower_
        return "that" if first == "that" else "wh" if first in _WH_WORDS else "clause"
    for c in kids:
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return "inf"
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return "obj"
    for c in kids:
        if c.dep_ == "prep" and c.i > verb.i and any(o.dep_ in _PREP_OBJECTS for o in c.children):
            named = any(d.dep_ == "prep" and d.lower_ == "as" and d.i > c.i for d in kids)
            return f"{c.lower_} as" if named else c.lower_  # "referred to X as Y"
    return "-"


def _framed_cue(verb: Token) -> bool:
    """A verb that is a cue in its frame only ("implied that X", "balked at X"): its lemma
    and frame are in :data:`FRAMED_CUES`, its subject is a speaker, and it is neither
    negated, passive or a habit ("rarely comments on X")."""
    lemma = verb.lemma_.lower()
    if lemma in TOPIC_LEMMAS or verb.pos_ != "VERB":
        return False
    if f"{lemma} {cue_frame(verb)}" not in FRAMED_CUES or _negated(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in SELDOM_WORDS for c in verb.children):
        return False  # "who seldom speaks about budgets": a habit, nothing said
    if _withheld(verb):
        return False  # "declined to comment on X", "did not want to comment on X"
    if _unreal(verb):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None or subject.lower_ in ("it", "you", "that", "which", "this"):
        return False
    return _addressee(subject) or subject.lemma_.lower() in ANONYMOUS_HEADS


def _withheld(verb: Token) -> bool:
    """ "declined to discuss the deal", "did not want to comment on X": what a source
    refuses or does not do says nothing."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in _REFUSALS or _negated(head))


def _unreal(verb: Token) -> bool:
    """ "If the mayor had congratulated them", "had she congratulated them", "would comment
    on X": a condition or a wish, not something that was said."""
    if _hypothetical(verb):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    before = subject.left_edge.i - 1 if subject is not None else -1
    return before >= 0 and verb.doc[before].lower_ == "had"  # "had she said so"


def _topic_of(verb: Token) -> Token | None:
    """The object of the preposition by which the verb names what was spoken of ("spoke
    about the war" -> "war"), or None."""
    lemma = verb.lemma_.lower()
    framed = cue_frame(verb) if _framed_cue(verb) else None
    for c in verb.rights:
        said_of = f"{lemma} {c.lower_}" in TOPIC_PREPOSITIONS or c.lower_ == framed
        said_of = said_of or (framed is not None and framed == f"{c.lower_} as")
        if c.dep_ == "prep" and said_of:
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


#: Modals of a speech that did not happen ("he'd tell him ...", "could say").
_CONDITIONAL = frozenset(["would", "'d", "’d", "could", "might"])


def _hypothetical(verb: Token) -> bool:
    """A cue under a conditional modal, its own or that of the verb it is coordinated with.

    "Lee says he'd sit the envoy down and tell him no more nonsense": nobody has told
    anyone yet; the report is Lee's, not a report inside it.
    """
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL for c in v.children):
            return True
    return False
