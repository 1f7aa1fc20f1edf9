"""Stage 5: statements become :class:`Position` records and :class:`Stance` edges.

Per article, :func:`analyze_claims` reads each quote with the parse and
records what it argues (a :class:`Claim`): its key terms weighted by their
role (the cause in a causal or blame construction weighs most, the effect
least), whether it is an explanation (``frame="cause"``), a figure
(``"figure"``) or another claim, and its polarity cues: negation of the main
predicate, a dispute predicate over it ("question this narrative", "shrugged
off the assertion that ..."), a dismissive evaluation ("looks ridiculous",
"not convincing"), a reference to someone else's claim ("this version",
"X's statement") and a rival explanation ("other factors contributed").
:func:`stance_statements` adds the statements that narration attributes
with an attitude verb ("many voters seemed to disagree with the claim that
...") or an estimate verb ("officials and aid groups put the death toll at
400") which are not reported speech. A size inside an infinitive ("the
decision to station hundreds of troops") says what to do: it makes no figure.

Across the corpus, :func:`find_positions` picks each claim's key term (its
*anchor*: a term several speakers put in focus, with compounds folded onto
their head word so "wildfire", "forest fire" and "fire" meet), groups the
claims by anchor and frame into positions, resolves references to earlier
claims ("these estimates" points at the last figure), links the claims no
position took that two speakers make in the same words in one article, and
gives every attributed claim a stance; every member of a joint source ("A and
B say ...", :attr:`kg.speakers.SpeakerIndex.co_speakers`) takes the stances of
its statement. A :class:`kg.codebook.Codebook` can name, merge, split or add
positions.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from kg.codebook import Codebook, magnitude, norm_term, term_words
from kg.lexicon import (
    APPROVAL_WORDS,
    CAUSE_MARKERS,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    DISMISSIVE_WORDS,
    DISPUTE_LEMMAS,
    ENDORSE_LEMMAS,
    ESTIMATE_VERBS,
    FIGURE_NOUNS,
    GROUP_HEADS,
    HEDGE_WORDS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MAGNITUDE_WORDS,
    NEGATION_WORDS,
    ORG_HEADS,
    POSITIVE_EVALUATIONS,
    PRONOUNS,
    REPORTING_LEMMAS,
    RIVAL_MARKERS,
    SYNONYM_GROUPS,
    TITLE_WORDS,
)
from kg.quotes import Quote, Span
from kg.speakers import SpeakerIndex, slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Claim",
    "Frame",
    "Position",
    "Stance",
    "StanceKind",
    "analyze_claims",
    "find_positions",
    "fold_terms",
    "stance_statements",
]

StanceKind = Literal["supports", "disputes", "neutral"]
Frame = Literal["cause", "figure", "claim"]

# Role weights of a term inside a claim.
_W_CAUSE = 3.0
_W_SUBJECT = 2.0
_W_OBJECT = 1.5
_W_OTHER = 1.0
_W_EFFECT = 0.2
_ANCHOR_MIN = 0.9
# A small position joins a kept one when its claims use that one's key term at least this
# much: a compound in a main role ("satellite data") does, a word on the side ("after a
# satellite link", "relayed by satellite") does not.
_JOIN_MIN = 0.7


@dataclass(frozen=True)
class Claim:
    """What the parse tells about one quote: key terms, frame and polarity cues.

    Attributes
    ----------
    doc, start, end : str, int, int
        The quote this claim reads (see :attr:`key`).
    terms : tuple of (str, float)
        Normalised key terms with their weight (role in the sentence).
    surface : tuple of str
        The words as written (lowercased), for matching questions later.
    phrases : tuple of str
        Noun phrases of the claim, for labels and aliases.
    frame : {'cause', 'figure', 'claim'}
    effect : tuple of str
        Terms of what a cause is said to have caused.
    negated, dispute, dismissive, rival, hedge : str or None
        The word that marks each polarity cue, if any.
    refers : str or None
        A claim noun ("version", "statement") that points at someone else's claim.
    referent : str or None
        Whose claim it points at, when named ("X's statement").
    ref_terms : tuple of str
        Terms that modify the claim noun ("the tax story" -> tax).
    rejected : tuple of str
        Terms set aside in contrast ("X rather than Y", "X, not Y, ..." -> Y).
    asks : bool
        The statement asks rather than asserts ("Did X cause it?", "whether X ...").
    endorses : str or None
        The word that approves of another's claim ("X's account is correct", "this
        explanation makes sense", "agreed with X", "backed the account").
    """

    doc: str
    start: int
    end: int
    terms: tuple[tuple[str, float], ...] = ()
    surface: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    frame: Frame = "claim"
    effect: tuple[str, ...] = ()
    negated: str | None = None
    dispute: str | None = None
    dismissive: str | None = None
    refers: str | None = None
    referent: str | None = None
    rival: str | None = None
    hedge: str | None = None
    ref_terms: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    asks: bool = False
    endorses: str | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        """The key of the quote this claim reads."""
        return (self.doc, self.start, self.end)

    def weights(self) -> dict[str, float]:
        """Term -> weight."""
        return dict(self.terms)


@dataclass(frozen=True)
class Position:
    """A claim or explanation that statements argue about.

    Attributes
    ----------
    id : str
    label : str
        A short human label.
    terms : tuple of str
        The key terms it was recognised by (anchor first, then the forms written).
    aliases : tuple of str
        Noun phrases the statements used for it.
    frame : {'cause', 'figure', 'claim'}
    related : tuple of str
        Other terms its statements use most (for matching questions; not key terms).
    """

    id: str
    label: str
    terms: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    frame: Frame = "claim"
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stance:
    """One speaker's stance towards one position, from one statement.

    ``basis`` names the construction that decided the stance: ``assertion``,
    ``negation``, ``dispute-predicate``, ``dismissive``, ``reference`` or ``rival``.
    """

    speaker: str
    position: str
    stance: StanceKind
    confidence: float
    doc: str
    text: str
    start: int
    end: int
    cue: str | None = None
    basis: str = "assertion"


# --------------------------------------------------------------------------------------
# Per article: claims
# --------------------------------------------------------------------------------------

_SYNONYM = {w: group[0] for group in SYNONYM_GROUPS for w in group}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _magnitude(tok: Token) -> str | None:
    """'hundreds' for 400 or "hundreds", 'dozens' for 89; None for small numbers and years."""
    low = tok.lower_
    if low in MAGNITUDE_WORDS:
        return MAGNITUDE_WORDS[low]
    if not tok.like_num or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
        return None
    raw = low.replace(",", "")
    if _YEAR.match(raw) and "," not in low:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return magnitude(value)


def _term(tok: Token) -> str | None:
    """The normalised key term of a token, or None for words that carry no topic."""
    mag = _magnitude(tok)
    if mag:
        return mag
    if tok.is_stop or tok.is_punct or len(tok.text) < 3 or not tok.text[0].isalnum():
        return None
    lemma = norm_term(tok.lemma_ if tok.pos_ != "PROPN" else tok.text)
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
        return _SYNONYM.get(lemma, lemma)
    if tok.pos_ == "VERB" and lemma not in LIGHT_VERBS and lemma not in REPORTING_LEMMAS:
        return _SYNONYM.get(lemma, lemma)
    if tok.pos_ == "ADJ" and lemma not in LIGHT_VERBS:
        return _SYNONYM.get(lemma, lemma)
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
    """Cause and effect of "blamed X for Y", "X were to blame for Y", "X was blamed for Y"."""
    cause: set[int] = set()
    effect: set[int] = set()
    objs = _children(t, "dobj")
    if objs:  # "blamed X for Y" (the parser may hang "for Y" on X)
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


_NoRef = (None, None, ())


def _claim_noun_ref(
    tokens: Sequence[Token],
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """A claim noun pointing at another's claim ("this version", "X's statement").

    Returns the noun, the name of whose claim it is (if given) and the terms
    that modify the noun.
    """
    for t in tokens:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CLAIM_NOUNS:
            continue
        has_content = any(
            c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") for c in t.children
        )
        if has_content:
            continue
        mods = tuple(
            term for c in _children(t, "compound", "amod", "nmod") if (term := _term(c)) is not None
        )
        poss = _children(t, "poss")
        if poss:
            p = poss[0]
            name = " ".join(x.text for x in p.subtree if x.dep_ != "case")
            if p.lower_ not in PRONOUNS:
                return t.lemma_.lower(), name, mods
            return t.lemma_.lower(), None, mods
        if mods or any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such", "the")
            for c in t.children
        ):
            return t.lemma_.lower(), None, mods
    return _NoRef


def _governing_dispute(
    quote: Quote, doc: Doc
) -> tuple[str | None, tuple[str | None, str | None, tuple[str, ...]]]:
    """A dispute verb that governs the quote's cue ("question this narrative, saying ...")."""
    if quote.cue is None:
        return None, _NoRef
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, _NoRef
    tok = span.root
    for cand in (tok, tok.head, tok.head.head):
        lemma = cand.lemma_.lower()
        if lemma in DISPUTE_LEMMAS:
            objs = _children(cand, "dobj") + _pobjs(cand, "with", "off")
            ref = _claim_noun_ref([x for o in objs for x in o.subtree])
            return lemma, ref
        if cand.dep_ not in ("advcl", "conj", "xcomp") and cand is not tok:
            break
    return None, _NoRef


def _noun_phrases(doc: Doc) -> list[tuple[int, str]]:
    """``(root index, phrase)`` of the doc's common-noun chunks, computed once per doc.

    The list is kept in ``doc.user_data``: every claim of an article reads it.
    """
    cached = doc.user_data.get("kg_noun_phrases")
    if cached is not None:
        return cached
    phrases = []
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ != "NOUN":
            continue
        words = [
            t.text.lower()
            for t in chunk
            if t.dep_ not in ("det", "poss", "case", "predet") and t.pos_ != "PRON" and t.is_alpha
        ]
        if 1 <= len(words) <= 5:
            phrases.append((chunk.root.i, " ".join(words)))
    doc.user_data["kg_noun_phrases"] = phrases
    return phrases


def _phrases(tokens: Sequence[Token], ids: set[int]) -> list[str]:
    """The noun phrases rooted in the span and its verb-object pairs ("deflect blame")."""
    out = [phrase for root, phrase in _noun_phrases(tokens[0].doc) if root in ids]
    for t in tokens:  # "deflect blame": a verb with its object
        if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_VERBS:
            for o in _children(t, "dobj"):
                if o.pos_ == "NOUN":
                    out.append(f"{t.lemma_.lower()} {o.lemma_.lower()}")
    return out


def _rejected(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Terms set aside in contrast: "X rather than Y", "X instead of Y", "X, not Y, ..."."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        before = tokens[k - 1].lower_ if k > 0 else ""
        if (t.lower_, before) in (("than", "rather"), ("of", "instead")):
            objs = _children(t, "pobj", "pcomp") or [  # "X rather than Y" as coordination
                c for c in t.head.children if c.dep_ == "conj" and c.i > t.i
            ]
            out.extend(x for o in objs for x in _subtree_terms(o))
        elif (
            t.lower_ == "not"
            and 0 < k < len(tokens) - 2
            and tokens[k - 1].text == ","
            and tokens[k + 1].pos_ in ("NOUN", "PROPN")
            and tokens[k + 2].text in (",", "but")
        ):
            term = _term(tokens[k + 1])
            if term:
                out.append(term)
    return tuple(dict.fromkeys(out))


def _subtree_terms(tok: Token) -> list[str]:
    """The terms of the nouns and names under ``tok``."""
    return [term for t in tok.subtree if t.pos_ in ("NOUN", "PROPN") and (term := _term(t))]


def _cue_token(quote: Quote, doc: Doc) -> Token | None:
    """The root token of a quote's cue (None without a cue or an alignment)."""
    if quote.cue is None:
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _denies(pred: Token) -> bool:
    """Whether a ``not`` on ``pred`` denies it ("X was not the reason"), rather than
    the infinitive after it ("the remedy is not to house ...")."""
    if not _is_finite(pred):
        return False
    if pred.lemma_.lower() == "be":
        for c in pred.children:
            if (
                c.dep_ in ("xcomp", "ccomp", "advcl")
                and c.lemma_.lower() != "blame"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ):
                return False
    return True


def _in_infinitive(tok: Token) -> bool:
    """Whether a word belongs to an infinitive clause ("to house 500 people", "to station
    hundreds of troops"): a size there says what to do, it is not a figure given."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return "Inf" in a.morph.get("VerbForm", []) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in a.children
            )
    return False


def _endorsement(
    preds: Sequence[Token], cue: Token | None, has_claim_noun: bool
) -> tuple[str | None, str | None]:
    """Approval of another's claim, and whose claim when a person is named.

    "the account is correct", "this explanation makes sense" (with a claim noun), or an
    endorsing verb over a claim noun or a person ("agreed with Berg", "backed the
    account"), said by the speaker or as the cue.
    """
    for p in preds:
        evaluations = _children(p, "acomp", "attr")
        if has_claim_noun and any(e.lemma_.lower() in APPROVAL_WORDS for e in evaluations):
            return next(e.lower_ for e in evaluations if e.lemma_.lower() in APPROVAL_WORDS), None
        if (
            has_claim_noun
            and p.lemma_.lower() == "make"
            and any(o.lemma_.lower() == "sense" for o in _children(p, "dobj"))
        ):
            return "sense", None
    for verb in [*preds, *([cue] if cue is not None else [])]:
        if verb.lemma_.lower() not in ENDORSE_LEMMAS:
            continue
        subjects = _children(verb, "nsubj")
        if verb is not cue and not all(
            s.lower_ in ("i", "we", "he", "she", "it", "they") for s in subjects
        ):
            continue
        objs = _children(verb, "dobj") + _pobjs(verb, "with")
        people = [o for o in objs if o.pos_ == "PROPN" or o.lower_ in TITLE_WORDS]
        if people:
            return verb.lemma_.lower(), people[0].text
        if has_claim_noun and objs:
            return verb.lemma_.lower(), None
    return None, None


def _person_judged(preds: Sequence[Token]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """A person said to be wrong ("the chief is wrong", "Lee is lying"): their claim.

    Returns ``("person", name, ())`` like a claim noun with its owner, or nothing.
    """
    for p in preds:
        judged = [*_children(p, "acomp", "attr"), p]
        if not any(
            j.lemma_.lower() in DISMISSIVE_WORDS or j.lower_ in DISMISSIVE_WORDS for j in judged
        ):
            continue
        for subj in _children(p, "nsubj"):
            if subj.pos_ == "PROPN" or subj.lower_ in TITLE_WORDS:
                return "person", subj.text, ()
    return _NoRef


def _own_dispute(preds: Sequence[Token]) -> str | None:
    """A dispute verb the speaker says of themselves over a claim ("he doubts that X").

    Only with a first- or third-person pronoun as its subject (or none): "police
    questioned the driver" reports an event, it disputes nothing.
    """
    for p in preds:
        lemma = p.lemma_.lower()
        if lemma not in DISPUTE_LEMMAS or not _children(p, "ccomp", "dobj"):
            continue
        subjects = _children(p, "nsubj")
        if all(s.lower_ in ("i", "we", "he", "she", "it", "they") for s in subjects):
            return lemma
    return None


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
        w = _W_CAUSE
    elif t.i in effect:
        w = _W_EFFECT
    elif t.i in subjects:
        w = _W_SUBJECT
    elif t.i in objects or t in preds:
        w = _W_OBJECT
    else:
        w = _W_OTHER
    if t.lemma_.lower() in LIGHT_NOUNS or t.lemma_.lower() in CAUSE_NOUNS:
        w *= 0.3
    if t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in LIGHT_NOUNS:
        w *= 0.5  # "forest fire": the head carries the topic
    if t.pos_ == "PROPN":
        w *= 0.4
    elif t.pos_ == "VERB":
        w *= 0.95  # of a noun and a verb in the same role, the noun names the topic
    elif t.pos_ == "ADJ":
        w *= 0.5
    if any(
        a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for a in t.ancestors
        if a.i in ids
    ):
        w *= 0.5
    return w


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


def _negation(preds: Sequence[Token]) -> str | None:
    """The word that negates a main predicate ("not", "nothing", "no evidence that"), if any."""
    negated = None
    for p in preds:
        # "X is not convincing": the parser hangs the negation on the complement.
        heads = [p, *_children(p, "acomp", "attr")]
        heads += [x for x in _children(p, "xcomp") if x.lemma_.lower() == "blame"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "neg" and c.lower_ in NEGATION_WORDS and _denies(p):
                    negated = c.lower_
        # "X had nothing to do with Y"
        if p.lemma_.lower() == "have" and any(o.lower_ == "nothing" for o in _children(p, "dobj")):
            negated = "nothing"
        # "there is no evidence that X", "found no sign that X" (but "no doubt that X" affirms)
        for n in _children(p, "attr", "dobj", "nsubj"):
            if (
                any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
                and _children(n, "acl", "ccomp", "relcl")
                and n.lemma_.lower() not in DISPUTE_LEMMAS
            ):
                negated = "no"
    return negated


def _dismissal(tokens: Sequence[Token], preds: Sequence[Token], negated: str | None) -> str | None:
    """A dismissive word ("ridiculous") or a negated praise ("not convincing"), if any."""
    for t in tokens:
        if t.lemma_.lower() in DISMISSIVE_WORDS or t.lower_ in DISMISSIVE_WORDS:
            return t.lower_
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


def _cue_dispute(quote: Quote, doc: Doc) -> str | None:
    """The lemma of the quote's cue when it is a dispute verb ("denied", "questioned")."""
    if quote.cue is None:
        return None
    cue_lemma = quote.cue.text.split()[0].lower() if quote.cue.text else ""
    cue_span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue_span is not None and len(cue_span):
        cue_lemma = cue_span.root.lemma_.lower()
    return cue_lemma if cue_lemma in DISPUTE_LEMMAS else None


def _rival_marker(tokens: Sequence[Token], cause: set[int]) -> str | None:
    """A word that offers another explanation ("rather", "instead", "the real cause")."""
    for t in tokens:
        reciprocal = t.i > 0 and t.doc[t.i - 1].lower_ in ("one", "each")  # "one another"
        if t.lower_ in ("rather", "instead") or (
            t.lower_ in RIVAL_MARKERS
            and (t.i in cause or t.head.lemma_.lower() in CAUSE_NOUNS)  # "the real cause"
            and t.dep_ in ("amod", "det")
            and not reciprocal
        ):
            return t.lower_
    return None


def _asks(quote: Quote, tokens: Sequence[Token]) -> bool:
    """Whether the statement is a question (ends in "?" or opens with "whether")."""
    return quote.text.rstrip(" \"'”’").endswith("?") or any(
        t.lower_ == "whether" and t.dep_ == "mark" for t in tokens[:3]
    )


@dataclass(frozen=True)
class _Polarity:
    """What a statement does to a claim: negate, dispute, dismiss, endorse or point at one."""

    negated: str | None
    dismissive: str | None
    dispute: str | None
    refers: str | None
    referent: str | None
    ref_terms: tuple[str, ...]
    endorses: str | None


def _polarity(
    doc: Doc, quote: Quote, tokens: Sequence[Token], preds: Sequence[Token], cue_tok: Token | None
) -> _Polarity:
    """Read the polarity cues of a statement and the claim it refers to, if any."""
    negated = _negation(preds)
    dismissive = _dismissal(tokens, preds, negated)
    dispute = _cue_dispute(quote, doc)
    if dispute is None:  # "(he said) he doubts that X", "we reject the claim that X"
        dispute = _own_dispute(preds)
    refers, referent, ref_terms = _claim_noun_ref(tokens)
    if refers is None and dismissive:
        refers, referent, ref_terms = _person_judged(preds)
    governing, gov_ref = _governing_dispute(quote, doc)
    if governing and dispute is None:
        dispute = governing
        if refers is None and gov_ref[0] is not None:
            refers, referent, ref_terms = gov_ref
    endorses = None
    if not (negated or dismissive or dispute):
        endorses, person = _endorsement(preds, cue_tok, refers is not None)
        if endorses and refers is None and person:
            refers, referent, ref_terms = endorses, person, ()
    return _Polarity(negated, dismissive, dispute, refers, referent, ref_terms, endorses)


def _claim_of(doc: Doc, quote: Quote) -> Claim | None:
    """Read one quote with the parse into a :class:`Claim` (None when it does not align)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tokens = list(span)
    ids = {t.i for t in tokens}
    cue_tok = _cue_token(quote, doc)
    # "blamed X for Y": the cue itself is the causal construction.
    extra = [cue_tok] if cue_tok is not None and cue_tok.i not in ids else []
    cause, effect = _cause_effect(tokens + extra)
    preds = _main_predicates(tokens)
    subjects, objects = _role_ids(preds)
    weights, surface, magnitudes = _weigh_terms(
        tokens, (cause, effect, subjects, objects), preds, ids
    )
    frame: Frame = "claim"
    if cause & ids:
        frame = "cause"
    elif magnitudes:
        frame = "figure"
        for m in magnitudes:
            weights[m] = max(weights.get(m, 0.0), _W_CAUSE)
    pol = _polarity(doc, quote, tokens, preds, cue_tok)
    rejected = _rejected(tokens)
    for term in rejected:
        if term in weights:
            weights[term] = min(weights[term], 0.1)
    return Claim(
        doc=quote.doc,
        start=quote.start,
        end=quote.end,
        terms=tuple(sorted(weights.items(), key=lambda kv: -kv[1])),
        surface=tuple(dict.fromkeys(surface)),
        phrases=tuple(dict.fromkeys(_phrases(tokens, ids))),
        frame=frame,
        effect=tuple(sorted({_term(tokens[0].doc[i]) or "" for i in effect} - {""})),
        negated=pol.negated,
        dispute=pol.dispute,
        dismissive=pol.dismissive,
        refers=pol.refers,
        referent=pol.referent,
        rival=_rival_marker(tokens, cause),
        hedge=next((t.lower_ for t in tokens if t.lower_ in HEDGE_WORDS), None),
        ref_terms=pol.ref_terms,
        rejected=rejected,
        endorses=pol.endorses,
        asks=_asks(quote, tokens),
    )


def analyze_claims(doc: Doc, quotes: Sequence[Quote]) -> list[Claim]:
    """Read what each quote in ``doc`` argues: key terms, frame and polarity cues.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of the article the quotes come from.
    quotes : sequence of kg.quotes.Quote

    Returns
    -------
    list of Claim
        One per quote whose span aligns with the parse, in the quotes' order.
    """
    claims = []
    for q in quotes:
        claim = _claim_of(doc, q)
        if claim is not None:
            claims.append(claim)
    return claims


def _mention_kind(tok: Token) -> Literal["name", "pronoun", "nominal"]:
    """Whether a speaker mention is a pronoun, a name or a common noun phrase."""
    if tok.lower_ in PRONOUNS:
        return "pronoun"
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return "name"
    return "nominal"


def _attitude_content(tok: Token) -> tuple[int, int] | None:
    """The disputed claim of a dispute verb ("shrugged off the assertion that X"), or the
    claim noun an endorsing verb approves ("backed the chief's account")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in ENDORSE_LEMMAS:
        objs = [  # a claim someone made: "the/this/X's account", not "a story idea"
            o
            for o in _children(tok, "dobj")
            if o.lemma_.lower() in CLAIM_NOUNS
            and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any"))
                for c in o.children
            )
        ]
        if objs:
            return objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge)
        return None
    if tok.pos_ != "VERB" or lemma not in DISPUTE_LEMMAS:
        return None
    objs = _children(tok, "dobj", "ccomp") + _pobjs(tok, "with", "off")
    objs = [o for o in objs if o.pos_ in ("NOUN", "VERB", "AUX")]
    if not objs or (objs[0].pos_ == "NOUN" and objs[0].lemma_.lower() not in CLAIM_NOUNS):
        return None
    obj = objs[0]
    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)


def _estimate_content(tok: Token) -> tuple[int, int] | None:
    """The figure an estimate verb gives ("put the death toll at 40", "estimated the cost
    in the millions"): from the figure noun to the size."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ESTIMATE_VERBS:
        return None
    objs = [o for o in _children(tok, "dobj") if o.lemma_.lower() in FIGURE_NOUNS]
    if not objs:
        return None
    sizes = [  # "put the toll at 40"; the parser may hang "in the millions" on the noun
        p
        for p in [*tok.children, *objs[0].subtree]
        if p.dep_ == "prep"
        and p.lower_ in ("at", "in", "around", "near", "above", "below")
        and any(_magnitude(x) for x in p.subtree)
    ]
    if not sizes:
        return None
    last = max(sizes, key=lambda p: p.i)
    return objs[0].left_edge.idx, last.right_edge.idx + len(last.right_edge)


def _co_mentions(subj: Token) -> tuple[Span, ...]:
    """The other members of a joint subject ("A and some officials in the region")."""
    doc = subj.doc
    out = []
    for conj in subj.conjuncts:
        if conj.i > subj.i and conj.pos_ in ("NOUN", "PROPN"):
            inner = [c for c in conj.children if c.dep_ in ("conj", "cc")]
            last = min((c.left_edge.i for c in inner), default=conj.right_edge.i + 1) - 1
            a, b = conj.left_edge.idx, doc[last].idx + len(doc[last])
            out.append(Span(a, b, doc.text[a:b]))
    return tuple(out)


def _speaker_subject(tok: Token) -> Token | None:
    """The subject of a statement verb, looked up through "seemed to" and conjoined verbs."""
    subj_holder = tok
    while not _children(subj_holder, "nsubj") and subj_holder.dep_ in ("xcomp", "conj"):
        subj_holder = subj_holder.head
    subjects = _children(subj_holder, "nsubj")
    return subjects[0] if subjects else None


def _overlaps_taken(
    tok: Token, start: int, end: int, taken: Sequence[tuple[int, int]], cues: set[int]
) -> bool:
    """Whether a quote already found overlaps the statement's verb, speaker or edges."""
    # A quote found inside the disputed claim ("X were to blame for Y") does not stop
    # it; one that overlaps the attitude verb or the speaker does.
    if any(s < end and start < e and not (start <= s and e <= end) for s, e in taken):
        return True
    return tok.idx in cues or any(s <= tok.idx < e for s, e in taken)


def _statement_quote(doc: Doc, doc_id: str, tok: Token, subj: Token, start: int, end: int) -> Quote:
    """The statement of verb ``tok`` by ``subj`` over ``doc.text[start:end]`` as a quote."""
    m_start = subj.left_edge.idx
    m_end = subj.idx + len(subj)
    cue_end = tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt":
            cue_end = max(cue_end, c.idx + len(c))
    sent = tok.sent
    text = doc.text[start:end]
    return Quote(
        doc=doc_id,
        start=start,
        end=end,
        text=text,
        kind="mixed" if any(ch in text for ch in '"“”') else "indirect",
        cue=Span(tok.idx, cue_end, doc.text[tok.idx : cue_end]),
        mention=Span(m_start, m_end, doc.text[m_start:m_end]),
        mention_kind=_mention_kind(subj),
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        co_mentions=_co_mentions(subj),
        co_antecedents=tuple(None for _ in _co_mentions(subj)),
    )


def stance_statements(doc: Doc, doc_id: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Statements narration attributes with a dispute, attitude or estimate verb, as quotes.

    "Officials shrugged off the assertion that X", "many voters seemed to
    disagree with the claim that X", "critics question this narrative",
    "officials put the death toll at 40": the subject is the speaker (its
    conjuncts co-speakers), the disputed claim (or the claim noun, or the
    figure) is the content and the verb is the cue. Only sentences no quote in
    ``quotes`` overlaps are read.

    Returns
    -------
    list of kg.quotes.Quote
        Of kind ``"indirect"``, in text order.
    """
    taken = [(q.start, q.end) for q in quotes]
    cues = {q.cue.start for q in quotes if q.cue is not None}
    out: list[Quote] = []
    for tok in doc:
        bounds = _attitude_content(tok) or _estimate_content(tok)
        if bounds is None:
            continue
        subj = _speaker_subject(tok)
        if subj is None:
            continue
        start, end = bounds
        while end > start and doc.text[end - 1] in " ,;.":
            end -= 1
        if end - start < 3 or _overlaps_taken(tok, start, end, taken, cues):
            continue
        out.append(_statement_quote(doc, doc_id, tok, subj, start, end))
        taken.append((start, end))
    return sorted(out, key=lambda q: q.start)


# --------------------------------------------------------------------------------------
# Across the corpus: positions and stances
# --------------------------------------------------------------------------------------


def fold_terms(vocabulary: Iterable[str]) -> dict[str, str]:
    """Map compounds written as one word onto their head word when it occurs too.

    >>> fold_terms(["wildfire", "fire", "airport", "tax"])
    {'wildfire': 'fire'}
    >>> sorted(fold_terms(["overloading", "overload", "housed", "house"]).items())
    [('housed', 'house'), ('overloading', 'overload')]
    """
    vocab = set(vocabulary)
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
        for cut in range(3, len(term) - 3):
            head = term[cut:]
            if head in vocab and len(head) >= 4:
                fold[term] = head
                break
    return fold


@dataclass
class _Def:
    """A position definition while positions are found (mutable, internal)."""

    id: str
    keys: tuple[tuple[str, ...], ...]
    frame: Frame | None
    label: str | None = None
    aliases: tuple[str, ...] = ()
    from_codebook: bool = False


def _folded(claim: Claim, fold: Mapping[str, str]) -> dict[str, float]:
    """A claim's term weights with compounds folded onto their head word."""
    out: dict[str, float] = {}
    for term, w in claim.terms:
        t = fold.get(term, term)
        out[t] = max(out.get(t, 0.0), w)
    return out


def _entry_score(entry: _Def, weights: Mapping[str, float], fold: Mapping[str, str]) -> float:
    """How well a claim's weights match a codebook entry (its best fully used key)."""
    score = 0.0
    for words in entry.keys:
        folded = [fold.get(w, w) for w in words]
        if folded and all(w in weights for w in folded):
            score = max(score, min(weights[w] for w in folded))
    return score


def _label(anchor: str, frame: Frame, phrases: Counter[str], co: Counter[str]) -> str:
    """A readable label for a found position: a phrase with its anchor, and its frame."""
    best = next((p for p, _ in phrases.most_common() if anchor in p.split()), None)
    if best is None:
        partner = next((t for t, _ in co.most_common() if t != anchor), None)
        best = f"{anchor} {partner}" if partner else anchor
    if frame == "cause":
        return f"{best} (as the cause)"
    if frame == "figure":
        return f"{best} (figure)"
    return best


@dataclass(frozen=True)
class _Corpus:
    """The attributed claims of a corpus, their folded term weights and term statistics."""

    qby: dict[tuple[str, int, int], Quote]
    items: list[tuple[Claim, str]]
    weights: list[dict[str, float]]
    fold: dict[str, str]
    focus: defaultdict[str, set[str]]  # term -> speakers who put it in focus
    causes: defaultdict[str, set[str]]  # term -> speakers who name it as a cause
    df: Counter[str]
    effects: Counter[str]
    speaker_words: set[str]
    by_doc: dict[str, list[int]]  # article -> its items' indices, in order


def _speaker_words(speakers: SpeakerIndex) -> set[str]:
    """Words that say who argues, not what: the speakers' heads and role or group nouns."""
    # Heads that name the speakers ("the ministry", "soldiers") say who argues, not what.
    # and so do role, organisation and group nouns in general ("commanders", "troops").
    return {
        _SYNONYM.get(norm_term(w), norm_term(w))
        for sp in speakers.speakers
        for name in (sp.name, *sp.alias_names)
        for w in name.lower().split()
        if w in ORG_HEADS or w in GROUP_HEADS
    } | {_SYNONYM.get(norm_term(w), norm_term(w)) for w in (*TITLE_WORDS, *ORG_HEADS, *GROUP_HEADS)}


def _corpus(quotes: Sequence[Quote], claims: Sequence[Claim], speakers: SpeakerIndex) -> _Corpus:
    """Pair each attributed claim with its speaker and count who uses each term how."""
    qby = {q.key: q for q in quotes}
    items = [(c, sid) for c in claims if (sid := speakers.by_quote.get(c.key)) and c.key in qby]
    fold = fold_terms({t for c, _ in items for t, _ in c.terms})
    weights = [_folded(c, fold) for c, _ in items]
    # Statistics for anchors: who puts a term in focus or names it as a cause, how common it is.
    focus: defaultdict[str, set[str]] = defaultdict(set)
    causes: defaultdict[str, set[str]] = defaultdict(set)
    df: Counter[str] = Counter()
    effects: Counter[str] = Counter()
    for (c, sid), w in zip(items, weights, strict=True):
        for t, x in w.items():
            df[t] += 1
            if x >= 0.9 * _W_OTHER:
                focus[t].add(sid)
            if x >= _W_CAUSE:
                causes[t].add(sid)
        effects.update({fold.get(t, t) for t in c.effect})
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        by_doc[c.doc].append(i)
    return _Corpus(
        qby, items, weights, fold, focus, causes, df, effects, _speaker_words(speakers), by_doc
    )


def _global_score(corpus: _Corpus, t: str, frame: Frame) -> float:
    """How well ``t`` names a position: shared by speakers, specific, not the event."""
    focus, causes, df, effects = corpus.focus, corpus.causes, corpus.df, corpus.effects
    if len(focus[t]) < 2 and not (frame == "cause" and causes[t] and df[t] >= 2):
        return 0.0
    n = len(corpus.items) or 1
    idf = math.log((n + 1) / (df[t] + 1)) + 1.0
    if t in corpus.speaker_words and frame != "cause":
        return 0.0  # who argues is not what is argued (but can be blamed)
    if effects[t] >= 2 and frame == "claim":
        return 0.0  # the event explained is what everyone reports, not a claim about it
    demote = 0.3 if effects[t] >= 2 or t in corpus.speaker_words else 1.0
    bonus = 2.0 if frame == "cause" and len(causes[t]) >= 2 else 1.0
    shared = 1.0 + 0.5 * math.log(max(1, len(focus[t])))
    return idf * demote * bonus * shared


def _pick_anchor(
    corpus: _Corpus, c: Claim, w: Mapping[str, float], prefer: Mapping[str, int]
) -> str | None:
    """The claim's key term; for an explanation, a cause others also name wins."""
    if c.frame == "cause":
        shared = [
            (prefer[t], x, t)
            for t, x in w.items()
            if prefer.get(t, 0) >= 2 and t not in c.rejected  # "X, not Y, caused it"
        ]
        if shared:
            return max(shared)[2]
    scored = [
        (x * _global_score(corpus, t, c.frame), t)
        for t, x in w.items()
        if x >= _ANCHOR_MIN
        and t not in LIGHT_NOUNS
        and t not in LIGHT_VERBS
        and t not in CLAIM_NOUNS
        and t not in CAUSE_VERBS
        and t not in CAUSE_NOUNS
    ]
    if c.frame == "figure":
        scored = [(s * 3 if t in MAGNITUDE_WORDS.values() else s, t) for s, t in scored]
    scored = [st for st in scored if st[0] > 0]
    return max(scored)[1] if scored else None


def _codebook_defs(codebook: Codebook | None) -> list[_Def]:
    """The codebook's entries as position definitions (none without a codebook)."""
    defs: list[_Def] = []
    if codebook is not None:
        for e in codebook.entries:
            keys = tuple(k for k in (term_words(t) for t in e.terms) if k)
            frame = e.frame if e.frame in ("cause", "figure", "claim") else None
            defs.append(_Def(e.id, keys, frame, e.label, e.aliases, True))  # type: ignore[arg-type]
    return defs


def _cause_preference(corpus: _Corpus) -> dict[str, int]:
    """How many speakers build an explanation on each cause term."""
    # Causes that several speakers name: explanations built on them absorb the rest.
    cause_speakers: dict[str, set[str]] = defaultdict(set)
    for (c, sid), w in zip(corpus.items, corpus.weights, strict=True):
        if c.frame == "cause" and (a := _pick_anchor(corpus, c, w, {})) is not None:
            cause_speakers[a].add(sid)
    return {t: len(s) for t, s in cause_speakers.items()}


def _codebook_match(
    defs: Sequence[_Def], c: Claim, w: Mapping[str, float], fold: Mapping[str, str]
) -> str | None:
    """The codebook entry that best matches a claim, if it matches well enough."""
    best: tuple[float, str | None] = (0.0, None)
    for d in defs:
        if d.frame is not None and d.frame != c.frame:
            continue
        s = _entry_score(d, w, fold)
        if s > best[0]:
            best = (s, d.id)
    if best[1] is not None and best[0] >= _ANCHOR_MIN * 0.5:
        return best[1]
    return None


def _assign(
    corpus: _Corpus, defs: Sequence[_Def], auto: bool
) -> tuple[list[str | None], dict[str, tuple[str, Frame]]]:
    """Each claim's first position (codebook entries first, then its anchor) and the anchors."""
    prefer = _cause_preference(corpus)
    assigned: list[str | None] = []
    anchors: dict[str, tuple[str, Frame]] = {}
    for d in defs:  # an entry's key term: the head of its first term ("the tax story" -> tax)
        head = d.keys[0][-1] if d.keys and d.keys[0] else d.id
        anchors[d.id] = (corpus.fold.get(head, head), d.frame or "claim")
    for (c, _), w in zip(corpus.items, corpus.weights, strict=True):
        coded = _codebook_match(defs, c, w, corpus.fold)
        if coded is not None:
            assigned.append(coded)
            continue
        anchor = _pick_anchor(corpus, c, w, prefer) if auto else None
        if anchor is None:
            assigned.append(None)
            continue
        pid = slug(f"{anchor}-{c.frame}") if c.frame != "claim" else slug(anchor)
        anchors[pid] = (anchor, c.frame)
        assigned.append(pid)
    return assigned, anchors


@dataclass(frozen=True)
class _Groups:
    """The claims of each position while small positions merge (``members`` changes)."""

    corpus: _Corpus
    anchors: dict[str, tuple[str, Frame]]
    members: defaultdict[str, list[int]]
    coded: frozenset[str]
    docs_of: defaultdict[str, set[str]]  # term -> articles using it

    def merge(self, small: str, big: str) -> None:
        """Move the claims of ``small`` into ``big``."""
        self.members[big].extend(self.members.pop(small))

    def figure_words(self, pid: str) -> dict[str, set[str]]:
        """Words of a figure's claims besides the size, with who used them."""
        magnitudes = set(MAGNITUDE_WORDS.values())
        out: dict[str, set[str]] = defaultdict(set)
        for i in self.members[pid]:
            for t, x in self.corpus.weights[i].items():
                if (
                    x >= 0.9 * _W_OTHER
                    and t not in magnitudes
                    and t not in self.corpus.speaker_words
                ):
                    out[t].add(self.corpus.items[i][1])
        return out

    def agreed_figure(self, pid: str) -> set[str]:
        """The words two speakers of a figure share (empty when no two do)."""
        return {t for t, who in self.figure_words(pid).items() if len(who) >= 2}

    def wanted(self, pid: str) -> bool:
        """Several speakers argue about it (or an explanation is stated twice)."""
        items, members = self.corpus.items, self.members
        idx = members[pid]
        n_speakers = len({items[i][1] for i in idx})
        if pid in self.coded:
            return True
        anchor, frame = self.anchors[pid]
        if frame == "cause":
            return n_speakers >= 2 or len(idx) >= 2
        if frame == "figure":
            # a figure two speakers give for the same thing, or one contradicting it
            if self.agreed_figure(pid):
                return True
            mine = set(self.figure_words(pid))
            return any(
                mine & self.agreed_figure(other)
                for other, (a, f) in self.anchors.items()
                if f == "figure" and a != anchor and members[other]
            )
        # Any other claim must be stated against something ("it's a way to X", "X's
        # statement was an attempt to Y", "X was not ..."), by four speakers or by two in
        # three statements across articles: a topic merely mentioned, however widely
        # ("the campaign", "the nominee"), is no position.
        argued = any(_argues(items[i][0]) for i in idx)
        if n_speakers >= 4 and argued:
            return True
        return n_speakers >= 2 and len(idx) >= 3 and argued and len(self.docs_of[anchor]) >= 2


def _groups(
    corpus: _Corpus,
    assigned: Sequence[str | None],
    anchors: dict[str, tuple[str, Frame]],
    defs: Sequence[_Def],
) -> _Groups:
    """Group the claims by their first position."""
    members: defaultdict[str, list[int]] = defaultdict(list)
    for i, member_of in enumerate(assigned):
        if member_of is not None:
            members[member_of].append(i)
    docs_of: defaultdict[str, set[str]] = defaultdict(set)
    for (c, _), w in zip(corpus.items, corpus.weights, strict=True):
        for t in w:
            docs_of[t].add(c.doc)
    return _Groups(corpus, anchors, members, frozenset(d.id for d in defs), docs_of)


def _relabel(assigned: Sequence[str | None], moved: Mapping[str, str]) -> list[str | None]:
    """``assigned`` with each merged position replaced by the one it joined."""
    return [moved.get(p, p) if p is not None else None for p in assigned]


def _join_siblings(g: _Groups) -> dict[str, str]:
    """Small positions on the same key term in other frames join their largest sibling."""
    # The same key term in other frames: a position too small to keep joins its largest
    # sibling ("X caused it" and "X is to blame" said once each are one position).
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for pid, (anchor, _) in g.anchors.items():
        if g.members[pid]:
            by_anchor[anchor].append(pid)
    # A size given as a figure and the same size inside an explanation or a remedy ("the
    # decision to station hundreds of troops") are not the same claim: they stay apart.
    joined: dict[str, str] = {}
    for same_anchor in by_anchor.values():
        for is_figure in (True, False):
            siblings = [p for p in same_anchor if (g.anchors[p][1] == "figure") == is_figure]
            if len(siblings) < 2:
                continue
            siblings.sort(key=lambda p: -len(g.members[p]))
            big = siblings[0]
            for small in siblings[1:]:
                if not g.wanted(small):
                    g.merge(small, big)
                    joined[small] = big
    return joined


def _pair_unkept(g: _Groups) -> dict[str, str]:
    """Two small positions of a frame whose claims use each other's key term become one."""
    # Two positions too small to keep, of the same frame, whose claims mostly use each
    # other's key term are one ("overloading by trucks" / "overloaded trucks").
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    unkept = [p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p]]
    unkept = [p for p in unkept if not g.wanted(p)]
    # How many claims of each position use each term strongly, kept up to date as
    # positions merge, so a pair is checked by two lookups, not two passes over claims.
    strong = {
        p: Counter(t for i in members[p] for t, x in weights[i].items() if x >= 0.9) for p in unkept
    }
    paired: dict[str, str] = {}
    for k, a in enumerate(unkept):
        if a in paired:
            continue
        key_a, frame = anchors[a]
        for b in unkept[k + 1 :]:
            if b in paired or anchors[b][1] != frame:
                continue
            a_has = strong[a][anchors[b][0]]
            b_has = strong[b][key_a]
            if 2 * a_has >= len(members[a]) and 2 * b_has >= len(members[b]):
                g.merge(b, a)
                strong[a].update(strong[b])
                paired[b] = a
    return paired


def _move_to_kept(g: _Groups) -> dict[str, str]:
    """A small position joins a kept one of its frame whose anchor most of its claims use."""
    # A position too small to keep joins a kept one of the same frame when most of its
    # claims also use that one's anchor (the same thing said in other words).
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    kept = [
        p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p] and g.wanted(p)
    ]
    kept_set = set(kept)
    moved: dict[str, str] = {}
    for small in sorted(anchors, key=lambda p: len(members[p])):
        if not members[small] or small in kept_set:
            continue
        # claims of ``small`` using each term (its claims do not change until it moves)
        uses = Counter(t for i in members[small] for t, x in weights[i].items() if x >= _JOIN_MIN)
        for big in kept:
            anchor, frame = anchors[big]
            if frame != anchors[small][1] or g.corpus.effects[anchor] >= 2:
                continue
            if uses[anchor] * 3 >= 2 * len(members[small]):
                g.merge(small, big)
                moved[small] = big
                break
    return moved


def _kept_only(g: _Groups, assigned: Sequence[str | None]) -> list[str | None]:
    """``assigned`` without the positions not kept and the figures about something else."""
    keep = {pid for pid in g.members if g.members[pid] and g.wanted(pid)}
    # A figure about something else ("27 heads of state" among casualty figures) is left out.
    about = {
        t
        for pid in keep
        if g.anchors.get(pid, ("", ""))[1] == "figure"
        for t in g.agreed_figure(pid)
    }
    out = list(assigned)
    for pid in keep:
        if g.anchors.get(pid, ("", ""))[1] != "figure":
            continue
        for i in g.members[pid]:
            if not any(t in g.corpus.weights[i] for t in about):
                out[i] = None
    return [pid if pid in keep else None for pid in out]


def _frame_of(
    pid: str | None, anchors: Mapping[str, tuple[str, Frame]], defs: Sequence[_Def]
) -> Frame | None:
    """The frame of a position (None for no position)."""
    if pid is None:
        return None
    if pid in anchors:
        return anchors[pid][1]
    return next((d.frame for d in defs if d.id == pid), None)


@dataclass(frozen=True)
class _Resolved:
    """Each claim's final position and what each speaker asserts: the input of stances."""

    corpus: _Corpus
    groups: _Groups
    assigned: list[str | None]
    defs: list[_Def]
    names: dict[str, set[str]]  # speaker -> lower-cased names
    supported: defaultdict[str, Counter[str]]  # speaker -> position counts
    cause_support: Counter[str]

    def frame_of(self, pid: str | None) -> Frame | None:
        """The frame of a position (None for no position)."""
        return _frame_of(pid, self.groups.anchors, self.defs)

    def referenced(self, i: int) -> str | None:
        """The position claim ``i``'s claim noun points at."""
        c, sid = self.corpus.items[i]
        return _referenced(
            c,
            sid,
            [(self.corpus.items[j], self.assigned[j]) for j in self.corpus.by_doc[c.doc]],
            self.assigned,
            self.names,
            self.supported,
            self.groups.anchors,
            self.corpus.fold,
        )

    def stance(self, i: int, pid: str, kind: StanceKind, conf: float, basis: str) -> Stance:
        """Claim ``i``'s stance on ``pid`` (a hedge lowers the confidence)."""
        c, sid = self.corpus.items[i]
        q = self.corpus.qby[c.key]
        cue = q.cue.text if q.cue else None
        if c.hedge:
            conf *= 0.85
        return Stance(sid, pid, kind, round(conf, 3), c.doc, q.text, q.start, q.end, cue, basis)


def _resolved(
    corpus: _Corpus,
    groups: _Groups,
    assigned: list[str | None],
    defs: list[_Def],
    speakers: SpeakerIndex,
) -> _Resolved:
    """Count what each speaker asserts (for "X's statement") and which explanations."""
    names = {s.id: {s.name.lower(), *(a.lower() for a in s.alias_names)} for s in speakers.speakers}
    supported: defaultdict[str, Counter[str]] = defaultdict(Counter)
    cause_support: Counter[str] = Counter()
    for i, asserted in enumerate(assigned):
        c, sid = corpus.items[i]
        if asserted is None or _is_reference(c) or c.dispute or c.negated:
            continue
        supported[sid][asserted] += 1
        if _frame_of(asserted, groups.anchors, defs) == "cause":
            cause_support[asserted] += 1
    return _Resolved(corpus, groups, assigned, defs, names, supported, cause_support)


def _reference_stances(r: _Resolved, i: int) -> list[Stance]:
    """A claim that dismisses another by naming it: it disputes the claim referred to."""
    # "this version looks ridiculous", "X's statement was a smear": the claim referred to.
    c, _ = r.corpus.items[i]
    own = r.assigned[i]
    out: list[Stance] = []
    target = r.referenced(i)
    if c.negated and own is not None and not c.ref_terms and not c.referent:
        # "X was not to blame, and he called the claim ridiculous": the claim is X.
        target = own
    if target is None:
        target = r.cause_support.most_common(1)[0][0] if r.cause_support else None
    if target is not None:
        basis = "dispute-predicate" if c.dispute else "dismissive"
        out.append(r.stance(i, target, "disputes", 0.7, basis))
    ref_anchors = {r.corpus.fold.get(t, t) for t in c.ref_terms}
    if (
        own is not None
        and own != target
        and r.groups.anchors.get(own, ("", ""))[0] not in ref_anchors
    ):
        # "X's statement is an attempt to Y": the dismissal is of X, Y is asserted.
        if c.negated:
            out.append(r.stance(i, own, "disputes", 0.6, "negation"))
        else:
            out.append(r.stance(i, own, "supports", 0.5, "assertion"))
    return out


def _claim_stances(r: _Resolved, i: int) -> list[Stance]:
    """A claim's stance on the claim it endorses and on its own position."""
    c, _ = r.corpus.items[i]
    own = r.assigned[i]
    out: list[Stance] = []
    if c.endorses and c.refers is not None:
        # "X's account is correct", "agreed with X": the claim referred to is supported.
        target = r.referenced(i)
        if target is not None and target != own:
            out.append(r.stance(i, target, "supports", 0.6, "endorsement"))
    if own is None:
        return out
    if c.asks and not (c.dispute or c.negated or c.dismissive):
        out.append(r.stance(i, own, "neutral", 0.5, "question"))
    elif c.dispute:
        out.append(r.stance(i, own, "disputes", 0.85, "dispute-predicate"))
    elif c.negated:
        out.append(r.stance(i, own, "disputes", 0.75, "negation"))
    elif c.dismissive and c.dismissive.split()[0] not in NEGATION_WORDS:
        out.append(r.stance(i, own, "disputes", 0.6, "dismissive"))
    else:
        out.append(r.stance(i, own, "supports", 0.8 if c.frame == "cause" else 0.65, "assertion"))
    return out


def _rejected_stances(r: _Resolved) -> list[Stance]:
    """ "X rather than Y", "X, not Y, was to blame": the claim disputes the position on Y."""
    live_set = {p for p in r.assigned if p is not None}
    anchors, fold = r.groups.anchors, r.corpus.fold
    by_key = {a: pid for pid, (a, f) in anchors.items() if f != "cause" and pid in live_set}
    by_key |= {a: pid for pid, (a, f) in anchors.items() if f == "cause" and pid in live_set}
    out: list[Stance] = []
    for i, (c, _) in enumerate(r.corpus.items):
        for term in c.rejected:
            target = by_key.get(fold.get(term, term))
            if target is not None and target != r.assigned[i]:
                out.append(r.stance(i, target, "disputes", 0.75, "rival"))
    return out


def _figure_rival_stances(r: _Resolved) -> list[Stance]:
    """Contradicting figures: a size given for the same thing disputes the other sizes."""
    figures = [p for p in live_positions(r.assigned) if r.frame_of(p) == "figure"]
    out: list[Stance] = []
    for i, (c, sid) in enumerate(r.corpus.items):
        own = r.assigned[i]
        if own not in figures or c.negated or c.dispute:
            continue
        mine = {t for t, x in r.corpus.weights[i].items() if x >= 0.9 * _W_OTHER}
        for other in figures:
            if (
                other != own
                and not r.supported[sid][other]
                and mine & r.groups.agreed_figure(other)
            ):
                out.append(r.stance(i, other, "disputes", 0.35, "rival"))
    return out


def _explanation_rival_stances(r: _Resolved, done: set[tuple[str, str, str, int]]) -> list[Stance]:
    """Another cause given for what an explanation explains disputes it (unless ``done``)."""
    # Rival explanations: "other factors contributed", "X rather than Y": another cause
    # given for what an explanation explains disputes it.
    items, fold, assigned = r.corpus.items, r.corpus.fold, r.assigned
    explained: dict[str, Counter[str]] = defaultdict(Counter)
    in_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for i, explaining in enumerate(assigned):
        if explaining is not None and r.frame_of(explaining) == "cause":
            explained[explaining].update({fold.get(t, t) for t in items[i][0].effect})
            in_doc[items[i][0].doc][explaining] += 1
    out: list[Stance] = []
    for i, (c, sid) in enumerate(items):
        if c.frame != "cause":
            continue
        effect = {fold.get(t, t) for t in c.effect}
        rivals = Counter(
            {
                p: sum((e & Counter(effect)).values())
                for p, e in explained.items()
                if p != assigned[i]
            }
        )
        rivals = +rivals
        target = rivals.most_common(1)[0][0] if rivals else None
        if target is None and c.rival:
            local = Counter({p: k for p, k in in_doc[c.doc].items() if p != assigned[i]})
            target = local.most_common(1)[0][0] if local else None
        if target is None or r.supported[sid][target] or (sid, target, c.doc, c.start) in done:
            continue
        if r.groups.anchors.get(target, ("", ""))[0] in _folded(c, fold):
            continue
        if c.rival:
            out.append(r.stance(i, target, "disputes", 0.6, "rival"))
        elif r.frame_of(assigned[i]) == "cause" and r.cause_support[target] > max(
            1, r.cause_support[assigned[i] or ""]
        ):
            # a less supported explanation of the same thing disputes the dominant one
            out.append(r.stance(i, target, "disputes", 0.35, "rival"))
    return out


def _stances(r: _Resolved) -> list[Stance]:
    """Every attributed claim's stances, in the order the phases give them."""
    stances: list[Stance] = []
    for i, (c, _) in enumerate(r.corpus.items):
        if _is_reference(c):
            stances += _reference_stances(r, i)
        else:
            stances += _claim_stances(r, i)
    stances += _rejected_stances(r)
    stances += _figure_rival_stances(r)
    done = {(st.speaker, st.position, st.doc, st.start) for st in stances}
    stances += _explanation_rival_stances(r, done)
    return stances


def find_positions(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    speakers: SpeakerIndex,
    codebook: Codebook | None = None,
) -> tuple[list[Position], list[Stance]]:
    """Find the positions of a corpus and every attributed claim's stance on them.

    Parameters
    ----------
    quotes : sequence of kg.quotes.Quote
    claims : sequence of Claim
        From :func:`analyze_claims`, for the same quotes.
    speakers : kg.speakers.SpeakerIndex
        Who said each quote; unattributed claims are not stances.
    codebook : kg.codebook.Codebook, optional
        User-defined positions (see :mod:`kg.codebook`).

    Returns
    -------
    positions : list of Position
        Most argued about first.
    stances : list of Stance
        In corpus order.
    """
    corpus = _corpus(quotes, claims, speakers)
    defs = _codebook_defs(codebook)
    auto = codebook is None or codebook.auto
    assigned, anchors = _assign(corpus, defs, auto)
    groups = _groups(corpus, assigned, anchors, defs)
    assigned = _relabel(assigned, _join_siblings(groups))
    assigned = _relabel(assigned, _pair_unkept(groups))
    assigned = _relabel(assigned, _move_to_kept(groups))
    assigned = _kept_only(groups, assigned)
    if auto:
        event = {t for t, k in corpus.effects.items() if k >= 2}  # what is explained is no topic
        leftovers = _join_leftovers(
            corpus.items, corpus.weights, assigned, corpus.speaker_words, event
        )
        for i, (pid, anchor, frame) in leftovers:
            assigned[i] = pid
            anchors.setdefault(pid, (anchor, frame))
    resolved = _resolved(corpus, groups, assigned, defs, speakers)
    stances = _with_co_speakers(_stances(resolved), getattr(speakers, "co_speakers", {}))
    positions = _describe(corpus.items, assigned, stances, anchors, defs, corpus.fold)
    order = {p.id: k for k, p in enumerate(positions)}
    stances = [st for st in stances if st.position in order]
    stances.sort(key=lambda st: (st.doc, st.start, order[st.position]))
    return positions, stances


def _with_co_speakers(
    stances: Sequence[Stance], co_speakers: Mapping[tuple[str, int, int], Sequence[str]]
) -> list[Stance]:
    """Every member of a joint source ("A and B say ...") takes each stance of the statement.

    >>> st = Stance("a", "p", "supports", 0.8, "d", "x", 0, 1)
    >>> [s.speaker for s in _with_co_speakers([st], {("d", 0, 1): ("b", "a")})]
    ['a', 'b']
    """
    out = list(stances)
    seen = {(st.speaker, st.position, st.stance, st.doc, st.start) for st in stances}
    for st in stances:
        for other in co_speakers.get((st.doc, st.start, st.end), ()):
            key = (other, st.position, st.stance, st.doc, st.start)
            if key not in seen:
                seen.add(key)
                out.append(replace(st, speaker=other))
    return out


def _linked_groups(
    items: Sequence[tuple[Claim, str]], focus: Mapping[int, set[str]], speaker_words: set[str]
) -> dict[int, list[int]]:
    """Claims linked (transitively) by two speakers of one article sharing focus words."""
    parent = {i: i for i in focus}

    def root(i: int) -> int:
        """The representative of claim ``i``'s group (with path halving)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i in focus:
        by_doc[items[i][0].doc].append(i)
    for idx in by_doc.values():
        for k, i in enumerate(idx):
            for j in idx[k + 1 :]:
                shared = focus[i] & focus[j]
                if items[i][1] != items[j][1] and len(shared) >= 2 and shared - speaker_words:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in focus:
        groups[root(i)].append(i)
    return groups


def _join_leftovers(
    items: Sequence[tuple[Claim, str]],
    weights: Sequence[Mapping[str, float]],
    assigned: Sequence[str | None],
    speaker_words: set[str],
    event: set[str],
) -> list[tuple[int, tuple[str, str, Frame]]]:
    """Claims no position took that say the same thing in one article become a position.

    Two statements of different speakers in the same article that put two or more of
    the same words in focus (one of them not a word for people: "station hundreds of
    troops in one place" / "house 500 people in one place") are linked; a group of
    two speakers or more with an explanation or a contrast among its claims is a
    position, keyed by the word most of its claims use. The words of what the corpus
    explains (``event``: effects named twice or more) link nothing.

    Returns
    -------
    list of (claim index, (position id, key term, frame))
    """
    # (light verbs are no terms as verbs already; as nouns, "place", they name things)
    skip = LIGHT_NOUNS | CLAIM_NOUNS | CAUSE_VERBS | CAUSE_NOUNS | event
    taken = {a for a in assigned if a is not None}
    focus: dict[int, set[str]] = {}
    for i, (c, _) in enumerate(items):
        if assigned[i] is None and not c.asks and not _is_reference(c):
            focus[i] = {t for t, x in weights[i].items() if x >= _ANCHOR_MIN and t not in skip}
    out: list[tuple[int, tuple[str, str, Frame]]] = []
    for group in _linked_groups(items, focus, speaker_words).values():
        claims = [items[i][0] for i in group]
        if len({items[i][1] for i in group}) < 2:
            continue
        if not any(c.frame == "cause" or _argues(c) for c in claims):
            continue
        counts = Counter(t for i in group for t in focus[i] if t not in speaker_words)
        # sorted first: on a tie the alphabetically first term wins, not set order
        anchor = max(
            sorted(counts), key=lambda t: (counts[t], sum(weights[i].get(t, 0) for i in group))
        )
        frame: Frame = "cause" if any(c.frame == "cause" for c in claims) else "claim"
        pid = slug(f"{anchor}-{frame}") if frame != "claim" else slug(anchor)
        if pid in taken:
            pid = slug(f"{anchor}-{frame}-{group[0]}")
        out.extend((i, (pid, anchor, frame)) for i in group)
    return out


def live_positions(assigned: Sequence[str | None]) -> list[str]:
    """The positions claims were assigned to, in first-seen order."""
    return list(dict.fromkeys(p for p in assigned if p is not None))


def _argues(c: Claim) -> bool:
    """Whether a claim takes a side against something (a cue of dispute or contrast)."""
    return bool(c.negated or c.dispute or c.dismissive or c.rival or _is_reference(c))


def _is_reference(c: Claim) -> bool:
    """A claim that dismisses or disputes someone else's claim by naming it."""
    return c.refers is not None and bool(c.dismissive or c.dispute or c.negated)


def _prefer_cause(pid: str, anchors: Mapping[str, tuple[str, Frame]], live: set[str]) -> str:
    """The explanation built on the same anchor as ``pid``, when there is one."""
    anchor = anchors.get(pid, ("", "claim"))[0]
    cause_id = slug(f"{anchor}-cause")
    return cause_id if cause_id in live else pid


def _referenced(
    claim: Claim,
    sid: str,
    same_doc: Sequence[tuple[tuple[Claim, str], str | None]],
    assigned: Sequence[str | None],
    names: Mapping[str, set[str]],
    supported: Mapping[str, Counter[str]],
    anchors: Mapping[str, tuple[str, Frame]],
    fold: Mapping[str, str],
) -> str | None:
    """The position a claim noun points at.

    In order: the position its modifiers name ("the tax story"), the one the
    named speaker supports ("X's statement"), the last one stated before it in
    the same article by someone else. Explanations are preferred, except by a
    figure noun ("these estimates"), which points at the last figure.
    """
    live = {p for p in assigned if p is not None}
    by_anchor = {a: pid for pid, (a, _) in anchors.items() if pid in live}
    for t in claim.ref_terms:
        pid = by_anchor.get(fold.get(t, t))
        if pid is not None:
            return _prefer_cause(pid, anchors, live)
    if claim.referent:
        who = claim.referent.lower()
        counts: Counter[str] = Counter()
        for other, aliases in names.items():
            if other != sid and any(who == a or who in a.split() for a in aliases):
                counts.update(supported.get(other, Counter()))
        if counts:
            named = [p for p, _ in counts.most_common() if anchors.get(p, ("", ""))[1] == "cause"]
            return named[0] if named else counts.most_common(1)[0][0]
    before = [
        (c.start, anchors.get(pid, ("", "claim"))[1] == "cause", pid)
        for (c, other), pid in same_doc
        if pid is not None
        and other != sid
        and c.start < claim.start
        and not (c.negated or c.dispute or c.dismissive or _is_reference(c))
    ]
    if claim.refers in FIGURE_NOUNS:  # "these estimates": the figures given before
        figures = [b for b in before if anchors.get(b[2], ("", "claim"))[1] == "figure"]
        if figures:
            return max(figures)[2]
    explanations = [b for b in before if b[1]]
    if explanations or before:
        return _prefer_cause(max(explanations or before)[2], anchors, live)
    return None


@dataclass(frozen=True)
class _Wording:
    """How the claims of each position are worded: phrases, terms in focus, surface words."""

    phrases: defaultdict[str, Counter[str]]
    co: defaultdict[str, Counter[str]]
    surface: defaultdict[str, Counter[str]]


def _wording(
    items: Sequence[tuple[Claim, str]], assigned: Sequence[str | None], fold: Mapping[str, str]
) -> _Wording:
    """Count the phrases, focus terms and surface words of each position's claims."""
    phrases: defaultdict[str, Counter[str]] = defaultdict(Counter)
    co: defaultdict[str, Counter[str]] = defaultdict(Counter)
    surface: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for i, pid in enumerate(assigned):
        if pid is None:
            continue
        c, _ = items[i]
        phrases[pid].update(c.phrases)
        for t, w in c.terms:
            if w >= _W_OTHER:
                co[pid][fold.get(t, t)] += 1
        surface[pid].update(c.surface)
    return _Wording(phrases, co, surface)


def _describe(
    items: Sequence[tuple[Claim, str]],
    assigned: Sequence[str | None],
    stances: Sequence[Stance],
    anchors: Mapping[str, tuple[str, Frame]],
    defs: Sequence[_Def],
    fold: Mapping[str, str],
) -> list[Position]:
    """Labels, terms and aliases of the positions, most argued about first."""
    by_id = {d.id: d for d in defs}
    inverse: dict[str, set[str]] = defaultdict(set)
    for raw, head in fold.items():
        inverse[head].add(raw)
    wording = _wording(items, assigned, fold)
    weight = Counter(st.position for st in stances)
    positions = []
    for pid in sorted(weight, key=lambda p: (-weight[p], p)):
        if pid in by_id:
            d = by_id[pid]
            terms = [" ".join(k) for k in d.keys]
            frame: Frame = d.frame or "claim"
            label = d.label or pid
            aliases = list(d.aliases)
        else:
            anchor, frame = anchors[pid]
            label = _label(anchor, frame, wording.phrases[pid], wording.co[pid])
            terms = [anchor, *sorted(inverse.get(anchor, ()))]
            aliases = []
        positions.append(_described(pid, label, frame, terms, aliases, wording, inverse, fold))
    return positions


def _described(
    pid: str,
    label: str,
    frame: Frame,
    terms: list[str],
    aliases: list[str],
    wording: _Wording,
    inverse: Mapping[str, set[str]],
    fold: Mapping[str, str],
) -> Position:
    """A position record: its terms and names widened by the words its claims use."""
    variants = {w for t in terms for w in inverse.get(t, ())} | set(terms)
    words = [w for w, _ in wording.surface[pid].most_common() if norm_term(w) in variants]
    terms = list(dict.fromkeys([*terms, *words]))
    related = [t for t, _ in wording.co[pid].most_common(12) if t not in terms]
    named = [
        p
        for p, _ in wording.phrases[pid].most_common()
        if any(fold.get(norm_term(w), norm_term(w)) in variants for w in p.split())
    ]
    aliases = list(dict.fromkeys([*aliases, *named[:6]]))
    return Position(pid, label, tuple(terms), tuple(aliases), frame, tuple(related))
