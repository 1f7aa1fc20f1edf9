"""Claim analysis, step 1: a statement's terms and their roles.

The key terms of a statement (figures, ages, nationalities), its main predicates, and who
or what is the cause and the effect in a causal or blame construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from kg.extract.terms import magnitude, norm_term
from kg.lexicon import (
    CAUSE_MARKERS,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    COMMAND_VERBS,
    COUNTRY_FORMS,
    DIALLING_VERBS,
    EFFECT_NOUNS,
    FRAMING_ADJECTIVES,
    LIGHT_VERBS,
    LINE_NOUNS,
    MAGNITUDE_WORDS,
    NOUN_ONLY_SYNONYMS,
    PHRASAL_PARTICLES,
    PLURAL_TERMS,
    REPORTING_LEMMAS,
    SYNONYM_OF,
    VERB_ONLY_SYNONYMS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


#: Numbers that are no count of things a figure could be disputed by: dates, times, sums,
#: shares, ranks, and measurements ("weighs 450 grams", "30 miles away").
_NOT_COUNTS = frozenset(["DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"])


def _magnitude(tok: Token) -> str | None:
    """'hundreds' for 400 or "hundreds", 'dozens' for 89; None for small numbers and years."""
    low = tok.lower_
    if low in MAGNITUDE_WORDS:
        return MAGNITUDE_WORDS[low]
    if not tok.like_num or tok.ent_type_ in _NOT_COUNTS or _an_age(tok) or _a_line(tok):
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not tok.whitespace_ and nxt.is_alpha:  # "128GB", "4K": a spec
        return None
    raw = low.replace(",", "")
    if _YEAR.match(raw) and "," not in low:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return magnitude(value)


def _a_line(tok: Token) -> bool:
    """Whether a number names a telephone line ("rang 112", "called 911", "a 911 call",
    "the 111 line"), not a count of things (a count of calls is plural: "500 calls")."""
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in DIALLING_VERBS:
        return True
    named = tok.dep_ in ("nummod", "compound") and head.tag_ == "NN"
    return named and head.lemma_.lower() in LINE_NOUNS


def _an_age(tok: Token) -> bool:
    """Whether a number gives an age ("staff aged over 60", "patients aged from birth to
    90"), not a count of things."""
    return any(a.lower_ in ("aged", "age", "ages") for a in islice(tok.ancestors, 4))


def _term(tok: Token) -> str | None:
    """The normalised key term of a token, or None for words that carry no topic."""
    mag = _magnitude(tok)
    if mag:
        return mag
    if tok.is_stop or tok.is_punct or len(tok.text) < 3 or not tok.text[0].isalnum():
        return None
    if _nationality(tok):
        return None
    lemma = norm_term(tok.text if tok.pos_ == "PROPN" or tok.lower_ in PLURAL_TERMS else tok.lemma_)
    if tok.pos_ != "VERB" and lemma in VERB_ONLY_SYNONYMS:
        return lemma  # "free trade": no release
    if lemma in NOUN_ONLY_SYNONYMS and not _nominal(tok):
        return lemma  # "faked the smoke": no forgery
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
        return SYNONYM_OF.get(lemma, lemma)
    if tok.pos_ == "VERB" and lemma in COMMAND_VERBS and _children(tok, "xcomp"):
        return None  # "were ordered to delete the files": the deleting is the topic
    if tok.pos_ == "VERB" and lemma not in LIGHT_VERBS and lemma not in REPORTING_LEMMAS:
        particle = _particle(tok)
        phrasal = f"{lemma}-{particle}" if particle else lemma
        return SYNONYM_OF.get(phrasal, phrasal)
    if tok.pos_ == "ADJ" and lemma not in LIGHT_VERBS:
        return SYNONYM_OF.get(lemma, lemma)
    return None


def _written_as_name(tok: Token) -> bool:
    """Whether a word is written as a proper name: tagged one, or a noun capitalised inside
    a sentence that is not written in title case ("is a lost Hollenbeck")."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    if not tok.doc[tok.i - 1].is_alpha:
        return False  # after a quotation mark or a colon a sentence may start again
    words = [t for t in tok.sent if t.is_alpha and not t.is_stop and t.pos_ != "PROPN"]
    return 2 * sum(t.text[:1].isupper() for t in words if t != tok) < len(words) - 1


def _nominal(tok: Token) -> bool:
    """Whether a word is used as a noun: tagged one, or an adjective with a determiner of
    its own ("is a fake")."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and bool(_children(tok, "det")))


def _nationality(tok: Token) -> bool:
    """Whether a token is a country's adjective on a noun ("the Nigerian government", "a
    North Korean general"): it tells whose, not what is claimed."""
    if tok.dep_ not in ("amod", "compound") or not tok.text[:1].isupper():
        return False
    low = tok.lower_
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return any(f in COUNTRY_FORMS for f in (low, f"{before} {low}", f"{low} {after}"))


def _particle(verb: Token) -> str | None:
    """The particle that makes a verb another word ("pushed aside", "shut down"), if any."""
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in PHRASAL_PARTICLES and c.i > verb.i:
            return c.lower_
    return None


def _subtree_ids(tok: Token, skip: Iterable[Token] = ()) -> set[int]:
    """Token indices of ``tok``'s subtree, without the subtrees of ``skip``."""
    ids = {t.i for t in tok.subtree}
    for s in skip:
        ids -= {t.i for t in s.subtree}
    return ids


def _children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` with one of the dependency labels ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, *preps: str) -> list[Token]:
    """The objects of ``tok``'s prepositions (of any, or of those in ``preps``)."""
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "agent", "dative") and (not preps or p.lower_ in preps):
            out.extend(_children(p, "pobj", "pcomp"))
    return out


def _blame_roles(t: Token) -> tuple[set[int], set[int]]:
    """Cause and effect of "blamed X for Y", "blamed Y on X", "X were to blame for Y", "X
    was blamed for Y"."""
    cause: set[int] = set()
    effect: set[int] = set()
    objs = _children(t, "dobj")
    ons = [
        x
        for x in _pobjs(t, "on") + [x for o in objs for x in _pobjs(o, "on")]
        if objs and x.i > objs[0].i and x.ent_type_ not in ("DATE", "TIME")
    ]  # "on Wednesday blamed X for Y": a date, not whom it is blamed on
    if objs and ons:  # "blamed Y on X": the object is what X is blamed for
        for o in objs:
            effect |= _subtree_ids(o, skip=[p for p in o.children if p.dep_ == "prep"])
        for x in ons:
            cause |= _subtree_ids(x)
    elif objs:  # "blamed X for Y" (the parser may hang "for Y" on X)
        for o in objs:
            fors = [p for p in o.children if p.dep_ == "prep" and p.lower_ == "for"]
            cause |= _subtree_ids(o, skip=fors)
            for p in fors:
                effect |= _subtree_ids(p)
    elif t.dep_ == "xcomp":  # "X were to blame for Y"
        for s in _children(t.head, "nsubj", "nsubjpass"):
            cause |= _subtree_ids(s)
    for s in _children(t, "nsubjpass"):  # "X was blamed for Y"
        cause |= _subtree_ids(s)
    for o in _pobjs(t, "for"):
        effect |= _subtree_ids(o)
    return cause, effect


def _cause_verb_roles(t: Token) -> tuple[set[int], set[int]]:
    """Cause and effect of a causal verb ("X caused Y", "Y was caused by X", "X led to Y")."""
    cause: set[int] = set()
    effect: set[int] = set()
    if t.lemma_.lower() == "lead" and not _pobjs(t, "to"):
        return cause, effect
    subjects = _children(t, "nsubj", "csubj")
    agents = _pobjs(t, "by") if _children(t, "nsubjpass", "auxpass") else []
    for s in subjects + agents:
        cause |= _subtree_ids(s)
    for o in _children(t, "dobj", "xcomp", "ccomp") + _pobjs(t, "to", "in"):
        effect |= _subtree_ids(o)
    if agents:  # "Y was caused by X": Y is the effect
        for o in _children(t, "nsubjpass"):
            effect |= _subtree_ids(o)
    return cause, effect


def _cause_noun_roles(t: Token) -> tuple[set[int], set[int]]:
    """Cause and effect around a cause noun ("X was the main reason for Y")."""
    cause: set[int] = set()
    effect: set[int] = set()
    head = t.head
    if t.dep_ == "attr":  # "X was the main reason"
        for s in _children(head, "nsubj", "csubj", "nsubjpass"):
            cause |= _subtree_ids(s)
    elif t.dep_ in ("nsubj", "nsubjpass"):  # "the main reason was X"
        for o in _children(head, "attr", "dobj", "ccomp", "acomp", "xcomp", "advcl"):
            cause |= _subtree_ids(o)
    elif t.dep_ == "pobj" and head.dep_ == "prep":  # "X at the root of Y"
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN"):
            cause |= _subtree_ids(owner, skip=[head])
        else:
            for o in _children(owner, "dobj", "nsubj"):
                cause |= _subtree_ids(o, skip=[head])
    for o in _pobjs(t, "for", "of", "behind"):
        effect |= _subtree_ids(o)
    return cause, effect


def _effect_noun_roles(t: Token) -> tuple[set[int], set[int]]:
    """Cause and effect around an effect noun: "X was the result of Y", "as a
    consequence of Y" (Y the cause; X the effect when the noun is what X is)."""
    cause: set[int] = set()
    effect: set[int] = set()
    for o in _pobjs(t, "of"):
        cause |= _subtree_ids(o)
    if cause and t.dep_ == "attr":
        for s in _children(t.head, "nsubj", "csubj", "nsubjpass"):
            effect |= _subtree_ids(s)
    return cause, effect


def _marker_cause(t: Token) -> set[int]:
    """The cause a causal marker introduces ("because X happened", "due to X")."""
    cause: set[int] = set()
    if t.dep_ == "mark":  # "because X happened"
        cause |= _subtree_ids(t.head, skip=[t])
    else:  # "because of X", "due to X"
        for o in _pobjs(t) + [c for p in t.children if p.dep_ == "pcomp" for c in _pobjs(p)]:
            cause |= _subtree_ids(o)
    return cause


def _responsible_roles(t: Token) -> tuple[set[int], set[int]]:
    """Cause and effect of "X is responsible for Y"."""
    cause: set[int] = set()
    effect: set[int] = set()
    for s in _children(t.head, "nsubj"):
        cause |= _subtree_ids(s)
    for o in _pobjs(t, "for"):
        effect |= _subtree_ids(o)
    return cause, effect


def _cause_effect(tokens: Sequence[Token]) -> tuple[set[int], set[int]]:
    """Token indices of the causes and effects that causal and blame constructions name."""
    cause: set[int] = set()
    effect: set[int] = set()
    for t in tokens:
        lemma = t.lemma_.lower()
        roles: tuple[set[int], set[int]] = (set(), set())
        if t.pos_ in ("VERB", "AUX") and lemma == "blame":
            roles = _blame_roles(t)
        elif t.pos_ == "VERB" and lemma in CAUSE_VERBS:
            roles = _cause_verb_roles(t)
        elif t.pos_ == "NOUN" and lemma in CAUSE_NOUNS:
            roles = _cause_noun_roles(t)
        elif t.pos_ == "NOUN" and lemma in EFFECT_NOUNS:
            roles = _effect_noun_roles(t)
        elif t.lower_ in CAUSE_MARKERS:
            roles = (_marker_cause(t), set())
        elif t.pos_ == "ADJ" and lemma == "responsible":
            roles = _responsible_roles(t)
        cause |= roles[0]
        effect |= roles[1]
    return cause, effect - cause


def _is_finite(tok: Token) -> bool:
    """Whether a verb is finite (itself or through a finite auxiliary)."""
    if "Fin" in tok.morph.get("VerbForm", []):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm", []) for c in tok.children
    )


def _roots(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a span whose head lies outside it (or is themselves)."""
    ids = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in ids or t.head.i == t.i]


def _main_predicates(tokens: Sequence[Token]) -> list[Token]:
    """The span's root predicates and their clausal complements ("it is clear that X ...")."""
    preds = []
    for r in _roots(tokens):
        preds.append(r)
        if r.lemma_.lower() in ("be", "seem", "appear", "look") and any(
            c.dep_ == "acomp" and c.lemma_.lower() in ("clear", "obvious", "evident", "likely")
            for c in r.children
        ):
            preds.extend(_children(r, "ccomp"))
        preds.extend(c for c in r.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return preds


def _framed_clauses(preds: Sequence[Token]) -> list[Token]:
    """The clauses the adjective of certainty or possibility of a copula in ``preds``
    frames, and not in ``preds`` already: "she was certain (that) X", "it was possible
    (that) X had never Y", "as certain as anyone could be that X" (the parser hangs the
    clause on the copula, the adjective or the comparison's "as ... be"). A negation in
    them denies.
    A clause joined to a second one with a subject of its own ("sure that X had not ...
    and that he had asked Y to ...") is left out: the statement tells two things, and
    its one polarity cannot be the denial's."""
    out = []
    for p in preds:
        if p.lemma_.lower() in ("be", "seem", "appear", "look"):
            out += [c for h in _frame_hosts(p) for c in _children(h, "ccomp") if c not in preds]
    return [c for c in out if not any(_has_subject(j) for j in _children(c, "conj"))]


def _has_subject(clause: Token) -> bool:
    """Whether a clause has a subject of its own."""
    return bool(_children(clause, "nsubj", "nsubjpass", "expl"))


def _frame_hosts(copula: Token) -> list[Token]:
    """A copula with an adjective of FRAMING_ADJECTIVES, the adjective and its "as"-clause."""
    frames = [c for c in _children(copula, "acomp") if c.lemma_.lower() in FRAMING_ADJECTIVES]
    if not frames:
        return []
    hosts = [copula, *frames]
    return hosts + [v for a in frames for v in _children(a, "advcl") if _children(v, "mark")]
