"""Per article: what each statement argues (:class:`Claim`), and statements narration attributes.

Per article, :func:`analyze_claims` reads each quote with the parse and
records what it argues (a :class:`Claim`): its key terms weighted by their
role (the cause in a causal or blame construction weighs most, the effect
least), whether it is an explanation (``frame="cause"``), a figure
(``"figure"``) or another claim, and its polarity cues: negation of the main
predicate, a dispute predicate over it ("question this account", "brushed
off the suggestion that ..."), a dismissive evaluation ("looks ridiculous",
"not convincing"), a reference to someone else's claim ("this version",
"X's statement") and a rival explanation ("other factors contributed").
:func:`stance_statements` adds the statements that narration attributes
with an attitude verb ("many voters seemed to disagree with reports that
...") or an estimate verb ("officials and aid groups put the death toll at
400") which are not reported speech. A size inside an infinitive ("the
plan to hire thousands of nurses") says what to do: it makes no figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

from kg.extract.names import is_person_noun
from kg.extract.nlp import doc_text
from kg.extract.quotes import Quote, Span, relative_report
from kg.extract.terms import magnitude, norm_term
from kg.lexicon import (
    ABIDING_VERBS,
    ACCEPT_VERBS,
    AFFIRMING_WORDS,
    ANAPHORIC_SUBJECTS,
    APPROVAL_WORDS,
    BACKGROUND_MARKERS,
    BECOMING_VERBS,
    CALLING_LEMMAS,
    CALLING_MODALS,
    CAUSE_MARKERS,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    COLLECTIVE_PEOPLE,
    COMMAND_VERBS,
    COMPLAINT_LEMMAS,
    CONCESSIVE_MARKS,
    CONDITIONAL_MARKS,
    COPULAS,
    COUNTRY_FORMS,
    DECIDING_VERBS,
    DIALLING_VERBS,
    DIFFICULTY_WORDS,
    DISCLOSED_NOUNS,
    DISCLOSING_VERBS,
    DISMISSIVE_VERBS,
    DISMISSIVE_WORDS,
    DISPUTE_LEMMAS,
    DISREGARD_VERBS,
    DOUBT_ADJECTIVES,
    DOUBT_NOUNS,
    ENDORSE_LEMMAS,
    ESTIMATE_VERBS,
    EXAMINATION_NOUNS,
    EXAMINING_VERBS,
    FAILURE_NOUNS,
    FEW_WORDS,
    FIGURE_NOUNS,
    FINDING_NOUNS,
    FLAW_WORDS,
    HABIT_WORDS,
    HARM_VERBS,
    HEDGE_WORDS,
    HINDRANCE_VERBS,
    HYPERBOLE_WORDS,
    IRONIC_INTENSIFIERS,
    KNOWING_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    LINE_NOUNS,
    MADE_UP_OBJECTS,
    MAGNITUDE_WORDS,
    MINIMISERS,
    NEGATION_WORDS,
    NEGATIVE_SUBJECTS,
    NO_COMMENT_VERBS,
    NO_OTHER_NOUNS,
    NORMALITY_WORDS,
    NOUN_ONLY_SYNONYMS,
    OPEN_QUESTION_VERBS,
    OUTCOME_NOUNS,
    PERSON_SENSE_MODIFIERS,
    PHRASAL_PARTICLES,
    PLURAL_TERMS,
    POLE_OF,
    POSITIVE_EVALUATIONS,
    PROCESS_NOUNS,
    PRONOUN_GENDER,
    PRONOUNS,
    QUESTION_NOUNS,
    RARITY_WORDS,
    REJECTING_PHRASALS,
    REPORTING_LEMMAS,
    RESTRICTIVE_ADVERBS,
    RIVAL_MARKERS,
    SELDOM_WORDS,
    SYNONYM_OF,
    TITLE_WORDS,
    UNDERTAKING_VERBS,
    VARIATION_NOUNS,
    VERB_ONLY_SYNONYMS,
    WELLBEING_WORDS,
    WITHHELD_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "W_CAUSE",
    "W_EFFECT",
    "W_OBJECT",
    "W_OTHER",
    "W_SUBJECT",
    "Claim",
    "Frame",
    "Pole",
    "StanceKind",
    "analyze_claims",
    "stance_statements",
]

StanceKind = Literal["supports", "disputes", "neutral"]
Frame = Literal["cause", "figure", "claim"]

#: Role weights of a term inside a claim: the cause of a causal or blame construction
#: weighs most, the effect least (corpus-wide grouping reads them as thresholds too).
W_CAUSE = 3.0
W_SUBJECT = 2.0
W_OBJECT = 1.5
W_OTHER = 1.0
W_EFFECT = 0.2
#: A term that only sets the scene (see :func:`_background`) weighs this share of its role.
BACKGROUND_WEIGHT = 0.3


@dataclass(frozen=True)
class Pole:
    """One side of a pair of opposite predicates (:data:`kg.lexicon.OPPOSITE_PREDICATES`)
    that a statement asserts or denies of a thing: "the coach is still in charge" reads
    the side "in charge" of the pair "sacked" / "in charge", said of ("coach",).

    Attributes
    ----------
    pair, side : int
        The pair's index in ``OPPOSITE_PREDICATES`` and the side read (0 or 1).
    word : str
        The predicate as read ("in charge", "sack", "alive").
    things : tuple of str
        The terms of what it is said of: the subject, or the object of a transitive verb
        ("the board sacked the coach" -> coach).
    negated : bool
        The predicate carries a negation of its own ("is no longer in charge", "was
        never sacked").
    """

    pair: int
    side: int
    word: str
    things: tuple[str, ...]
    negated: bool = False


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
    hypothesis : bool
        Its only negation is in the outcome of a hypothesis ("if X, no Y is safe") or in
        a rule of thumb ("you can't tell X from a photo"): it argues, but denies nothing.
    endorses : str or None
        The word that approves of another's claim ("X's account is correct", "this
        explanation makes sense", "agreed with X", "backed the account").
    denied : tuple of str
        The terms of the predicates a negation of their own denies ("it doesn't leak and
        doesn't crack" -> leak, crack; "we never found the plan useful" -> plan), and a
        verb of knowing the speaker denies ("we have never heard of her" -> hear).
    patients : tuple of (str, str)
        Each action term with the term of what it acts on ("freed the prisoners", "the
        prisoners were freed", "the release of the prisoners" -> (release, prisoner)).
    poles : tuple of Pole
        The main predicates that have an opposite ("is still in charge", "was acquitted").
    predicated : tuple of str
        What a copula says its subject is ("the vase is a fake", "tests showed the vase
        was glass" -> fake, glass): the terms of the noun complement, which name what is
        claimed of the thing rather than the thing.
    names : tuple of str
        The terms written as proper nouns ("Ann Lee's painting" -> ann, lee): a name is
        whole, never a compound of some shorter word.
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
    hypothesis: bool = False
    endorses: str | None = None
    denied: tuple[str, ...] = ()
    patients: tuple[tuple[str, str], ...] = ()
    poles: tuple[Pole, ...] = ()
    predicated: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int, int]:
        """The key of the quote this claim reads."""
        return (self.doc, self.start, self.end)

    def weights(self) -> dict[str, float]:
        """Term -> weight."""
        return dict(self.terms)


# --------------------------------------------------------------------------------------
# Per article: claims
# --------------------------------------------------------------------------------------

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
        return f"{lemma}-{particle}" if particle else SYNONYM_OF.get(lemma, lemma)
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
        offered = [c for c in _children(t, "acl") if c.tag_ == "VBN"]  # "X offered by Y"
        has_content = any(
            c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and c not in offered
            for c in t.children
        )
        if has_content or any(c.lower_ in PERSON_SENSE_MODIFIERS for c in t.children):
            continue  # "consulted other senior figures": people, not a claim
        # "the tax story", "the story about tax": the terms of what it claims
        topics = _children(t, "compound", "amod", "nmod") + _pobjs(t, "about")
        mods = tuple(term for c in topics if (term := _term(c)) is not None)
        by = [a for c in offered for a in _pobjs(c, "by")]
        if by:  # "every explanation put forward by the owner": the owner's claim
            return t.lemma_.lower(), " ".join(x.text for x in by[0].subtree), mods
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
    """A dispute verb that governs the quote's cue ("question this account, saying ...")."""
    if quote.cue is None:
        return None, _NoRef
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, _NoRef
    tok = span.root
    if tok.pos_ in ("NOUN", "PROPN") or _children(tok, "nsubj"):
        return None, _NoRef  # "rejected company claims (that) X": the company's claim
    for cand in (tok, tok.head, tok.head.head):
        lemma = cand.lemma_.lower()
        if lemma in DISPUTE_LEMMAS:
            objs = _children(cand, "dobj") + _pobjs(cand, "with", "off")
            ref = _claim_noun_ref([x for o in objs for x in o.subtree])
            return lemma, ref
        if cand.dep_ not in ("advcl", "conj", "xcomp") and cand is not tok:
            break
    return None, _NoRef


def _number_sign(tok: Token) -> bool:
    """Whether ``tok`` is "No" abbreviating "number" ("the No. 2 official", "No 10"): a
    label must not read it as a negation."""
    if tok.lower_ != "no" or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if after.text == "." and tok.i + 2 < len(tok.doc):
        after = tok.doc[tok.i + 2]
    return after.like_num


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
            if t.dep_ not in ("det", "poss", "case", "predet")
            and t.pos_ != "PRON"
            and t.is_alpha
            and not _number_sign(t)
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
        elif (noun := _contrasted(t)) is not None and noun.i <= tokens[-1].i:
            term = _term(noun)
            if term:
                out.append(term)
    out.extend(_conceded(tokens))
    return tuple(dict.fromkeys(out))


#: What may close the thing set aside in "X, not Y": a comma, "but", the sentence's end.
_CONTRAST_ENDS = frozenset([",", "but", ".", "!", ";", '"', "”", "'"])


def _contrasted(t: Token) -> Token | None:
    """The noun a contrastive "not" sets aside: "arson, not wiring, caused it", "that is
    the likeliest explanation, not the dye." (a comma before "not", a noun phrase
    after it, then a comma, "but" or the sentence's end); None for any other token."""
    doc = t.doc
    if t.lower_ != "not" or t.i == 0 or doc[t.i - 1].text != ",":
        return None
    k = t.i + 1
    while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ") or doc[k].tag_ == "PRP$"):
        k += 1  # "not the dye", "not his old car"
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    while k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        k += 1  # the head of a compound: "not the brake pads"
    if k + 1 < len(doc) and doc[k + 1].text not in _CONTRAST_ENDS:
        return None
    return doc[k]


def _conceded(tokens: Sequence[Token]) -> list[str]:
    """Terms granted only to be set aside: "while X cannot be ruled out, the evidence
    suggests something else" (a concessive clause, and "else" or "otherwise" after it)."""
    turns = [t for t in tokens if t.lower_ in ("else", "otherwise")]
    out: list[str] = []
    for t in tokens:
        if t.dep_ == "mark" and t.lower_ in CONCESSIVE_MARKS and t.head.dep_ == "advcl":
            clause = t.head
            if any(x.i > clause.right_edge.i for x in turns):
                out.extend(x for c in clause.children for x in _subtree_terms(c))
    return out


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
    the infinitive after it ("the answer is not to close ...")."""
    if not _is_finite(pred):
        return False
    below = _children(pred, "acomp", "attr", "ccomp")  # "didn't know [it was possible until]"
    for c in [*pred.children, *(g for a in below for g in a.children)]:
        if c.dep_ == "prep" and c.lower_ in ("until", "till"):
            return False  # "didn't know that until today" tells of a change, it denies nothing
        if c.dep_ in ("advmod", "acomp") and c.lower_ in WELLBEING_WORDS:
            return False  # "he was not feeling well" asserts a bad state, it denies nothing
    if _others_ignorance(pred) or _counterfactual(pred) or _alternatives(pred):
        return False
    if pred.lemma_.lower() in HINDRANCE_VERBS:
        return False  # "the rain will not stop the match": the match goes on
    if pred.lemma_.lower() == "be" and any(
        r.lemma_.lower() in DISREGARD_VERBS
        for a in _children(pred, "attr")
        for r in _children(a, "relcl", "acl", "ccomp")
    ):
        return False  # "it is not a risk anyone can ignore": the risk is affirmed
    if pred.lemma_.lower() == "be":
        for c in pred.children:
            if (
                c.dep_ in ("xcomp", "ccomp", "advcl")
                and c.lemma_.lower() != "blame"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ):
                return False
    return True


def _alternatives(pred: Token) -> bool:
    """Whether ``pred`` is one of alternatives offered ("they either didn't know or didn't
    care"): one of them is asserted, neither is denied."""
    heads = [pred, pred.head] if pred.dep_ == "conj" else [pred]
    for h in heads:
        subjects = [s.i for s in _children(h, "nsubj", "nsubjpass")]
        for c in h.children:  # after the subject: "either the crew or the pilot didn't" denies
            if c.dep_ == "preconj" and c.lower_ == "either" and subjects and c.i > max(subjects):
                return True
    return False


def _counterfactual(pred: Token) -> bool:
    """Whether ``pred`` is the negated outcome of a negated condition ("if he wasn't sure,
    he wouldn't have called"): two negations that affirm."""
    return any(
        any(m.lower_ == "if" for m in c.children)
        and any(n.lower_ in NEGATION_WORDS for n in c.children)  # "n’t" is not always "neg"
        for c in _children(pred, "advcl")
    )


def _others_ignorance(pred: Token) -> bool:
    """Whether ``pred`` tells that someone other than the speaker does not know or has not
    heard of something ("tenants might not have heard of it", "residents were not
    aware"): their ignorance, not a denial. A pronoun may be the speaker ("I never heard
    of him", "it said it had never heard of him"): that still denies."""
    heads = [pred, *_children(pred, "acomp")]
    if not any(h.lemma_.lower() in KNOWING_VERBS for h in heads):
        return False
    subjects = _children(pred, "nsubj", "nsubjpass")
    return bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)


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

    "the problem is real" (a contested thing affirmed), "the account is correct", "this
    explanation makes sense" (with a claim noun), or an
    endorsing verb over a claim noun or a person ("agreed with Berg", "backed the
    account"), said by the speaker or as the cue.
    """
    for p in preds:
        evaluations = _children(p, "acomp", "attr")
        affirmed = [e for e in evaluations if e.lemma_.lower() in AFFIRMING_WORDS]
        if affirmed and p.lemma_.lower() == "be" and _children(p, "nsubj"):
            return affirmed[0].lower_, None  # "the problem is very real"
        if has_claim_noun and any(e.lemma_.lower() in APPROVAL_WORDS for e in evaluations):
            return next(e.lower_ for e in evaluations if e.lemma_.lower() in APPROVAL_WORDS), None
        if (
            has_claim_noun
            and p.lemma_.lower() == "make"
            and any(o.lemma_.lower() == "sense" for o in _children(p, "dobj"))
        ):
            return "sense", None
        if has_claim_noun and (named := _named_as_claim(p)) is not None:
            return named, None
    for verb in [*preds, *([cue] if cue is not None else [])]:
        if verb.lemma_.lower() not in ENDORSE_LEMMAS:
            continue
        if (whose := _whose_words(verb)) is not None:
            return verb.lemma_.lower(), whose  # "the audit confirmed what X had said"
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


def _whose_words(verb: Token) -> str | None:
    """Whose words an endorsing verb takes up when its object is what someone said ("the
    audit confirmed what the union had said" -> "the union"), if it is."""
    for c in _children(verb, "ccomp", "dobj"):
        if c.lemma_.lower() in REPORTING_LEMMAS and any(w.lower_ == "what" for w in c.children):
            for subj in _children(c, "nsubj"):
                return " ".join(t.text for t in subj.subtree)
    return None


def _named_as_claim(pred: Token) -> str | None:
    """The claim noun a pointing subject is named as: "that is the likeliest
    explanation", "this is the real story" (what was just said is called the claim);
    None for any other predicate."""
    if pred.lemma_.lower() != "be" or not any(
        s.lower_ in ("that", "this") for s in _children(pred, "nsubj")
    ):
        return None
    named = [a for a in _children(pred, "attr") if a.lemma_.lower() in CLAIM_NOUNS]
    return named[0].lemma_.lower() if named else None


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


#: Subjects that point at the matter in hand: "this is not X. It is Y." say the same of it.
_POINTING_SUBJECTS = frozenset(["this", "that", "it"])


def _same_subject(a: Token, b: Token) -> bool:
    """Whether two predicates are said of the same subject ("we ... we", "this ... it")."""
    sa = [s.lower_ for s in _children(a, "nsubj", "nsubjpass")]
    sb = [s.lower_ for s in _children(b, "nsubj", "nsubjpass")]
    if not sa or not sb:
        return False
    return sa == sb or (sa[0] in _POINTING_SUBJECTS and sb[0] in _POINTING_SUBJECTS)


def _negated_here(pred: Token) -> bool:
    """Whether ``pred`` carries a negation of its own ("not", "never", "n't")."""
    return any(c.dep_ == "neg" and c.lower_ in NEGATION_WORDS for c in pred.children)


def _corrected(pred: Token) -> bool:
    """Whether a negated ``pred`` is corrected in the next sentence: the same verb said
    again of the same subject without the negation ("we are not asking for a favour. We
    are asking for a hearing."), in the same quote or the next ("'This was never about
    money,' she said. 'It was about the lease.'"), not in a report of someone else
    ("The landlord said it was about the lease"). The denial only sets the first object
    aside; what the speaker asserts is the second sentence."""
    doc = pred.doc
    if not _negated_here(pred) or pred.sent.end >= len(doc):
        return False
    root = doc[pred.sent.end].sent.root
    return any(
        q.lemma_.lower() == pred.lemma_.lower()
        and not _negated_here(q)
        and _same_subject(pred, q)
        and bool(_complement_slots(pred) & _complement_slots(q))
        for q in [root, *(c for c in _children(root, "ccomp") if c.i < root.i)]
    )  # a clause before its cue ("'It was about X,' she said"), not a report of another


def _complement_slots(pred: Token) -> set[str]:
    """The slots a predicate fills with a noun phrase: "dobj", "attr", or the preposition
    ("for" in "asking for a hearing"): a correction fills the slot the denial left."""
    slots = {c.dep_ for c in _children(pred, "dobj", "attr")}
    return slots | {c.lower_ for c in _children(pred, "prep") if _children(c, "pobj")}


def _conceded_denial(pred: Token) -> bool:
    """Whether a negated ``pred`` is granted only to turn to a clause of its own after
    "but" ("a warning is not a ban, but the rules are plain"): what the statement asserts
    is that clause; the denial concedes a point, it does not deny the claim."""
    if not _negated_here(pred):
        return False
    buts = [c.i for c in pred.children if c.dep_ == "cc" and c.lower_ == "but"]
    return bool(buts) and any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and c.i > buts[0]
        and _children(c, "nsubj", "nsubjpass")
        and not _negated_here(c)
        and not _negative_subject(c)
        for c in pred.children
    )


def _turned_from(pred: Token) -> bool:
    """Whether the statement turns from the denial ``pred`` to what it asserts: a
    correction in the next sentence or a concession before "but"."""
    return _corrected(pred) or _conceded_denial(pred)


def _corrected_terms(preds: Sequence[Token]) -> list[str]:
    """The terms a denial turned from sets aside: its object, complement or prepositional
    phrase ("a favour" in "we are not asking for a favour. We are asking for a hearing.")."""
    out: list[str] = []
    for p in preds:
        if _turned_from(p):
            for c in _children(p, "dobj", "attr", "acomp", "prep"):
                words = [t for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
                out += [term for t in words if (term := _term(t))]  # "not safe": safe too
    return out


def _own_clause(pred: Token) -> bool:
    """Whether ``pred`` is a conjoined clause with a subject of its own ("dramas lose their
    leads, and broadcasters rarely fight"): a second claim, not a part of the first."""
    return pred.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children)


def _negation(preds: Sequence[Token]) -> str | None:
    """The word that negates a main predicate ("not", "nothing", "no evidence that"), if any.
    A denial the statement turns from (:func:`_turned_from`) negates nothing."""
    negated = None
    for p in preds:
        if _turned_from(p) or _no_comment(p) or _unsure_which(p):
            continue
        # "X is not convincing": the parser hangs the negation on the complement.
        heads = [p, *_children(p, "acomp", "attr")]
        heads += [x for x in _children(p, "xcomp") if x.lemma_.lower() == "blame"]
        for h in heads:
            for c in h.children:
                if (
                    c.dep_ == "neg"
                    and c.lower_ in NEGATION_WORDS
                    and _denies(p)
                    and _contrasted(c) is None  # "X, not Y": Y is set aside, X asserted
                ):
                    after = c.nbor(1) if c.i + 1 < len(c.doc) else c
                    if after.lower_ not in RESTRICTIVE_ADVERBS:  # "not just": more than that
                        negated = c.lower_
                # "it very seldom sets one alight": all but never; not "X tend to Y, and Z
                # rarely W", where the "rarely" is Z's claim
                seldom = c.dep_ == "advmod" and c.lower_ in SELDOM_WORDS
                if seldom and _denies(p) and not _own_clause(p):
                    negated = c.lower_
        if _negative_subject(p) and _denies(p):  # "nobody has seen the letter"
            negated = _negative_subject(p)
        # "X had nothing to do with Y"; "we have found nothing that ties X to Y", "found
        # nothing to suggest X": what is told of "nothing" is denied
        if any(
            o.lower_ == "nothing" and (p.lemma_.lower() == "have" or _children(o, "relcl", "acl"))
            for o in _children(p, "dobj")
        ):
            negated = "nothing"
        # "there is no evidence that X", "found no sign that X" (but "no doubt that X"
        # affirms); "there is no truth to reports that X", "no basis for the claim"
        for n in _children(p, "attr", "dobj", "nsubj"):
            told = _children(n, "acl", "ccomp", "relcl") or [
                o for o in _pobjs(n) if o.lemma_.lower() in CLAIM_NOUNS or _children(o, "acl")
            ]
            if (
                any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
                and told
                and n.lemma_.lower() not in DISPUTE_LEMMAS
            ):
                negated = "no"
        if negated is None and _none_of_it(p) and _denies(p):  # "no deal was signed"
            negated = "no"
    return negated


def _none_of_it(pred: Token) -> bool:
    """Whether a subject, object or "there is" complement of ``pred`` is "no" something:
    the predicate then holds of nothing of the kind ("no deal was signed", "there is no
    deal", "the tests found no defect", "neither test explains it": a thing, not a person,
    that explains nothing). "No doubt" affirms, and so does "no other way"
    or "no choice" (the one way named is the only one); "no official could say" tells
    that the matter is open, not that it is denied; "no need for X to be Y" denies the
    need only (a "no" noun with a clause is read by :func:`_negation` itself)."""
    open_question = pred.lemma_.lower() in OPEN_QUESTION_VERBS
    return any(
        (
            any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in n.children)
            or _not_one(n)
        )
        and not (open_question and (is_person_noun(n.lemma_.lower()) or n.dep_ != "nsubj"))
        and n.lemma_.lower() not in DISPUTE_LEMMAS | NO_OTHER_NOUNS
        and not any(d.lower_ in ("other", "else") for d in n.children)
        and not _children(n, "advcl", "acl", "relcl", "ccomp")  # "no need for X to be Y"
        for n in _children(pred, "nsubj", "nsubjpass", "dobj", "attr")
    )


def _not_one(noun: Token) -> bool:
    """Whether ``noun`` is counted as not even one: "not one ballot", "not a single vote"
    (the "not" on the noun or on its "one")."""
    counts = [c for c in noun.children if c.lower_ in ("one", "single")]
    return bool(counts) and any(
        c.dep_ == "neg" and c.lower_ == "not" for h in (noun, *counts) for c in h.children
    )


def _patients(tokens: Sequence[Token]) -> tuple[tuple[str, str], ...]:
    """Each verb or noun term with the noun it acts on: a verb's object, a passive verb's
    subject, a noun's "of" phrase or possessor ("the prisoners' release")."""
    out: list[tuple[str, str]] = []
    for t in tokens:
        term = _term(t)
        if term is None:
            continue
        if t.pos_ == "VERB":
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            acted = _children(t, "nsubjpass" if passive else "dobj")
        elif t.pos_ == "NOUN":
            acted = _pobjs(t, "of") + _children(t, "poss")
        else:
            continue
        for a in acted:
            if a.pos_ in ("NOUN", "PROPN") and (patient := _term(a)) is not None:
                out.append((term, patient))
    return tuple(dict.fromkeys(out))


def _pole_word(word: str) -> str | None:
    """``word`` as :data:`kg.lexicon.POLE_OF` knows it (synonyms folded: "dead" -> kill)."""
    low = word.lower()
    for w in (low, SYNONYM_OF.get(low, low)):
        if w in POLE_OF:
            return w
    return None


def _predicate_pole(pred: Token) -> tuple[str, Token] | None:
    """The opposite-predicate word ``pred`` asserts and the token that carries it: a
    complement ("is alive", "fell ill"; "played well" is no state), a copula's phrase
    ("is in charge", "remains at the helm") or the verb itself ("was sacked", "the jury
    acquitted her"). A verb with another complement ("grew concerned") or a clause of its own
    ("declined to comment") has none.
    """
    linking = pred.lemma_.lower() in COPULAS | BECOMING_VERBS
    for c in _children(pred, "acomp", "oprd", *(["advmod"] if linking else [])):
        if (w := _pole_word(c.lemma_)) is not None:
            return w, c
    if pred.lemma_.lower() in COPULAS:
        for prep in _children(pred, "prep"):
            for o in _children(prep, "pobj"):
                for phrase in (
                    f"{prep.lower_} {o.lemma_.lower()}",
                    f"{prep.lower_} the {o.lemma_.lower()}",
                ):
                    if phrase in POLE_OF:
                        return phrase, o
        return None
    if pred.pos_ != "VERB" or _children(pred, "acomp", "xcomp", "ccomp"):
        return None
    term = _term(pred)
    w = _pole_word(term) if term else None
    return (w, pred) if w is not None else None


def _said_of(pred: Token, by_object: bool, quote: Quote) -> tuple[str, ...]:
    """The terms of what a predicate is said of: its subject (a conjunct's is its head's),
    or for a transitive verb its object ("the board sacked the coach" -> coach). For "he"
    or "she", the person last named before the quote (:func:`_named_before`)."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)
    heads = _children(pred, "dobj") if by_object and not passive else []
    heads = heads or _children(pred, "nsubj", "nsubjpass")
    if not heads and pred.dep_ == "conj":
        heads = _children(pred.head, "nsubj", "nsubjpass")
    if len(heads) == 1 and heads[0].lower_ in PRONOUN_GENDER:  # "he", "she"
        return _named_before(heads[0], quote)
    terms = (_term(t) for h in heads for t in h.subtree if t.pos_ in ("NOUN", "PROPN"))
    return tuple(dict.fromkeys(t for t in terms if t))


def _named_before(pron: Token, quote: Quote) -> tuple[str, ...]:
    """The name terms of whom a "he" or "she" of a quote stands for: in reported speech,
    its speaker's name when named before it in its sentence ("Pell said he is still in
    charge"), else the person last named before the quote, in its sentence or the two
    before, who is not its speaker ('Pell missed training. "He is still in charge," the
    owner said.' -> pell); none when there is no such name."""
    doc = pron.doc
    if quote.kind != "direct" and quote.mention is not None and quote.mention.end <= pron.idx:
        # "Pell said he is still in charge": the speaker, reported in the third person
        said = quote.antecedent if quote.mention_kind == "pronoun" else quote.mention
        span = doc.char_span(said.start, said.end, alignment_mode="expand") if said else None
        if span is None or span.sent != pron.sent:
            return ()
        return tuple(dict.fromkeys(t for x in span if x.pos_ == "PROPN" and (t := _term(x))))
    first = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else 0
    first = doc[first - 1].sent.start if first > 0 else first
    skip = [s for s in (quote.mention, quote.antecedent) if s is not None]
    people = [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and first <= e.start
        and e.end_char <= quote.start
        and not any(s.start < e.end_char and e.start_char < s.end for s in skip)
    ]
    if not people:
        return ()
    terms = (_term(t) for t in people[-1] if t.pos_ == "PROPN")
    return tuple(dict.fromkeys(t for t in terms if t))


def _pole_negated(pred: Token, carrier: Token) -> bool:
    """Whether a predicate read for its pole is negated ("is not in charge", "was never
    sacked", "is no longer alive")."""
    for h in {pred, carrier}:
        for c in h.children:
            if c.dep_ == "neg" and c.lower_ in NEGATION_WORDS:
                return True
            if c.dep_ == "advmod" and any(d.dep_ == "neg" for d in c.children):
                return True  # "no longer"
    return False


def _poles(preds: Sequence[Token], quote: Quote) -> tuple[Pole, ...]:
    """The sides of opposite predicates the main predicates read of a named thing ("it",
    "they" or "nobody" names none: the statement is left to other rules)."""
    out: list[Pole] = []
    for p in preds:
        found = _predicate_pole(p)
        if found is None:
            continue
        word, carrier = found
        things = _said_of(p, carrier is p, quote)
        if things:
            pair, side = POLE_OF[word]
            out.append(Pole(pair, side, word, things, _pole_negated(p, carrier)))
    return tuple(dict.fromkeys(out))


def _denied_terms(preds: Sequence[Token]) -> tuple[str, ...]:
    """The terms of the main predicates that carry their own negation ("doesn't leak and
    doesn't crack"): the predicate's, or its object's when the verb says little by
    itself ("never took the deal seriously")."""
    out: list[str] = []
    for p in preds:
        if not _negated_here(p) or _turned_from(p):
            continue
        if not _denies(p):
            continue
        heads = [p] if p.lemma_.lower() not in LIGHT_VERBS else []
        # "doesn't scald hands" denies scalding hands: its object's position too
        heads += [o for o in _children(p, "dobj", "attr") if o.pos_ in ("NOUN", "PROPN")]
        out += [t for t in (_term(h) for h in heads) if t]
        if p.lemma_.lower() in KNOWING_VERBS:
            out.append(p.lemma_.lower())  # "we never heard of her": doubts whom it names
    return tuple(dict.fromkeys(out))


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
    made_up = _made_up(tokens)
    if made_up:
        return made_up
    judged = (
        _judged_hard_or_rare(preds)
        or _ironic_requirement(preds)
        or _called_ordinary(preds)
        or _played_down(tokens)
        or _mock_size(tokens)
        or _without_reason(tokens)
        or _faulted_evidence(tokens)
        or _harmful_proposal(preds)
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


def _clause_bounds(clause: Token) -> tuple[int, int]:
    """A content clause's characters without its "that"/"whether"."""
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _cue_dispute(quote: Quote, doc: Doc) -> str | None:
    """The lemma of the quote's cue when it is a dispute verb ("denied", "questioned")."""
    if quote.cue is None:
        return None
    cue_lemma = quote.cue.text.split()[0].lower() if quote.cue.text else ""
    cue_span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue_span is not None and len(cue_span):
        cue_lemma = cue_span.root.lemma_.lower()
        doubt = _doubt_noun(cue_span.root)
        if doubt:
            return doubt
        if any(f"{cue_lemma} {c.lower_}" in REJECTING_PHRASALS for c in cue_span.root.rights):
            return cue_lemma  # "ruled out talks": a rejection of the object
    if cue_lemma in DISPUTE_LEMMAS or cue_lemma in DOUBT_ADJECTIVES:
        return cue_lemma
    return None


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


#: "If that isn't a freeze, what is?": a rhetorical question that asserts what it names.
_IF_NOT_WHAT_IS = re.compile(
    r"\bif\s+(?:that|this|it)\s+(?:is|was|'s)\s*(?:n't|not)\s+[^,?]+,\s*(?:then\s+)?"
    r"what\s+(?:is|was)\s*\?",
    re.IGNORECASE,
)


def _asks(quote: Quote, tokens: Sequence[Token]) -> bool:
    """Whether the statement takes no side: a question (ends in "?", opens with "whether"
    or "if"), a confirmation withheld ("refused to confirm that X", "declined to comment")
    or a hypothesis ("if X, Y"); a judgement put off and a wish are read in
    :func:`_claim_of`. "If that isn't X, what is?" asks nothing: it says it is X."""
    if _IF_NOT_WHAT_IS.search(quote.text.replace("’", "'")):
        return False
    preds = _main_predicates(tokens)
    denial = _denial_beside_hypothesis(preds)
    return (
        quote.text.rstrip(" \"'”’").endswith("?")
        or (any(_opens_question(t) for t in tokens[:3]) and not denial)
        or _withheld(tokens)
        or (any(_conditional(p) for p in preds) and not denial)
        or _left_open(preds)
    )


def _denial_beside_hypothesis(preds: Sequence[Token]) -> bool:
    """Whether a hypothesis ("if X, Y would follow") comes with a plain denial joined to it,
    with no modal of its own ("If there was a leak, I'd know about it, and there hasn't
    been one"): the denial is asserted, so the statement takes a side."""
    hypotheses = [p for p in preds if _conditional(p)]
    plain = [
        p
        for p in preds
        if p not in hypotheses
        and p.pos_ in ("VERB", "AUX")
        and not any(a.tag_ == "MD" for a in _children(p, "aux"))
    ]
    return bool(hypotheses) and bool(plain) and _negation(plain) is not None


def _whether_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause opened by "whether" or "if"."""
    return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in tok.children)


def _left_open(preds: Sequence[Token]) -> bool:
    """Whether the statement leaves a question open: "a jury must decide whether X", "the
    issue of whether X is a matter for experts" (who settles it, or what kind of question
    it is, takes no side on X)."""
    first = next((p for p in preds if p.pos_ in ("VERB", "AUX")), None)
    if first is None:
        return False
    if (
        first.lemma_.lower() in DECIDING_VERBS
        and _children(first, "nsubj", "nsubjpass")  # "decide whether X!" urges, it asks not
        and any(_whether_clause(c) for c in _children(first, "ccomp", "advcl"))
    ):
        return True
    return any(
        s.lemma_.lower() in QUESTION_NOUNS and any(_whether_clause(c) for c in _pobjs(s, "of"))
        for s in _children(first, "nsubj", "nsubjpass")
    )


def _opens_question(tok: Token) -> bool:
    """ "whether X", "if X" opening what was asked, or a hypothesis; not a call made once
    something is confirmed ("if the audit confirms it, he should resign"): it takes a side."""
    if tok.lower_ not in ("whether", "if") or tok.dep_ != "mark":
        return False
    return not (
        tok.lower_ == "if" and tok.head.dep_ == "advcl" and _called_once_confirmed(tok.head)
    )


def _conditional(pred: Token) -> bool:
    """Whether the statement says what holds only if something else does ("if the levee
    gives way, the lower town will flood"): a hypothesis takes no side. A
    counterfactual ("if it had been the wiring, it would have ...") is read elsewhere."""
    clauses = [
        c
        for c in _children(pred, "advcl")
        if any(m.lower_ in CONDITIONAL_MARKS for m in _children(c, "mark"))
    ]
    if not clauses or all(_called_once_confirmed(c) for c in clauses):
        return False
    return not _counterfactual(pred)


def _negated_outcome(preds: Sequence[Token], negated: str | None) -> bool:
    """Whether the statement's only negation is in what holds if something else does ("if
    the grant is cut, no theatre is safe"): a hypothesis, which denies nothing. A denial
    beside it ("If it were X, we would see Y. We don't.") still denies."""
    hypotheses = [p for p in preds if _conditional(p)]
    if negated is None or not hypotheses:
        return False
    return _negation([p for p in preds if p not in hypotheses]) is None


def _said_of_anyone(preds: Sequence[Token]) -> bool:
    """Whether the statement is said of anyone at all ("you don't do that for a factory
    with a future", "you can't tell a meteorite from a photo"): every main verb has the
    generic "you" for subject. A rule of thumb takes no side on the case itself."""
    verbs = [p for p in preds if p.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(any(s.lower_ == "you" for s in _children(p, "nsubj")) for p in verbs)


def _called_once_confirmed(condition: Token) -> bool:
    """ "if the audit confirms it, he should resign", "would seek a fine if the audit is
    upheld": a call made once the matter is confirmed takes a side on the call (while
    "if wiring caused the fire, the owners must pay" holds a hypothesis about the cause)."""
    if condition.lemma_.lower() not in _CONFIRMING:
        return False
    pred = condition.head
    if pred.lemma_.lower() in _SEEKING:
        return True
    return any(a.lower_ in _DEONTIC for a in _children(pred, "aux"))


#: Modals of obligation: what "should" or "must" be done is a call.
_DEONTIC = frozenset(["should", "must", "ought"])
#: Verbs of confirming a finding: a condition on one of them is procedure, not hypothesis.
_CONFIRMING = frozenset(["confirm", "uphold", "prove", "establish"])
#: Verbs of asking for a measure: what one seeks on a condition one still calls for.
_SEEKING = frozenset(["seek", "demand", "urge"])


def _wished(cue: Token | None) -> bool:
    """Whether the cue voices a hope for the clause ("expressed hope that X will end"): a
    wish takes no side on whether X is so."""
    return cue is not None and any(o.lemma_.lower() == "hope" for o in _children(cue, "dobj"))


def _wanted(preds: Sequence[Token]) -> bool:
    """Whether the statement opens with what someone wants to do ("the council wants to
    sell the site") or wishes were so ("I'd love it to be a new species", "I wish it were
    true"): a wish, no side on whether it is done or so."""
    first = next((p for p in preds if p.pos_ in ("VERB", "AUX")), None)
    if first is None:
        return False
    lemma = first.lemma_.lower()
    if lemma in ("want", "wish") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in first.children
    ):
        return True
    # "I'd love it to be X, honestly I would": the parser may hang the wish on the tag
    before = [c for c in first.children if c.dep_ == "ccomp" and c.i < first.i]
    return any(_wish_for_a_state(v) for v in (first, *before))


def _wish_for_a_state(verb: Token) -> bool:
    """ "wish it were X", "want it to be X", "would love / like it to be X"."""
    lemma = verb.lemma_.lower()
    would = any(c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.children)
    wishing = lemma in ("want", "wish") or (lemma in ("love", "like") and would)
    return wishing and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "be" for c in verb.children
    )


def _abides(preds: Sequence[Token]) -> bool:
    """Whether every main predicate abides by what a process decides: "respects the
    process", "would accept the result of any recount", "will abide by the ruling". An
    outcome accepted before it is known (a "will" or "would") or a procedure respected
    takes no side on the matter decided; "accepted the findings" (known) endorses them."""
    verbs = [p for p in preds if p.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(_abides_by(p) for p in verbs)


def _abides_by(pred: Token) -> bool:
    """Whether ``pred`` abides by a procedure, or by an outcome still to come."""
    if pred.lemma_.lower() not in ABIDING_VERBS or _negated_here(pred):
        return False
    things = [*_children(pred, "dobj"), *_pobjs(pred, "by")]
    to_come = any(a.lower_ in ("will", "would", "'ll", "'d") for a in _children(pred, "aux"))
    return bool(things) and all(
        t.lemma_.lower() in PROCESS_NOUNS or (to_come and t.lemma_.lower() in OUTCOME_NOUNS)
        for t in things
    )


def _generic(preds: Sequence[Token]) -> bool:
    """Whether every main predicate tells what things of a kind usually do ("recounts
    rarely change the winner", "a review tends to take months"): a bare plural or an
    indefinite subject, and a word of habit or "tend to". Such background about a kind
    takes no side on the case in dispute."""
    verbs = [p for p in preds if p.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(_of_a_kind(p) for p in verbs)


def _of_a_kind(pred: Token) -> bool:
    """Whether ``pred`` tells a habit of a kind (see :func:`_generic`)."""
    subjects = _children(pred, "nsubj")
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return False
    s = subjects[0]
    dets = [d.lower_ for d in s.children if d.dep_ in ("det", "poss", "nummod")]
    kind = (not dets and s.tag_ == "NNS") or dets in (["a"], ["an"])
    habit = pred.lemma_.lower() == "tend" or any(
        c.dep_ == "advmod" and c.lower_ in HABIT_WORDS for c in pred.children
    )
    return kind and habit


#: Forms of "would" ("I'd love it to be ...").
_WOULD = frozenset(["would", "'d", "’d"])


def _under_review(preds: Sequence[Token]) -> bool:
    """Whether the statement only tells what its speaker is checking ("it had seen
    the paper and was studying it", "we are investigating the claims", "it had widened
    its review"): a check under way takes no side on what is checked. Every main
    predicate must be such a check (or "aware"), said by a pronoun: the speaker."""
    preds = [p for p in preds if not p.is_punct]  # a direct quote's marks
    if not preds or not any(_checker(s) for s in _children(preds[0], "nsubj")):
        return False
    return all(_a_check(p) for p in preds)


def _checker(subject: Token) -> bool:
    """Whether a check's subject may be the speaker or the body it speaks for: a pronoun,
    or a noun that is no named person, after "the" or a possessive ("the board is
    reviewing", "its inspectors will examine") or a bare plural ("inspectors have opened
    an inquiry")."""
    if subject.lower_ in _SPEAKER_PRONOUNS:
        return True
    if subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON":
        return False
    dets = [d.lower_ for d in subject.children if d.dep_ in ("det", "poss")]
    if not dets:
        return subject.tag_ == "NNS"  # "investigators have opened an inquiry"
    return any(d in _BODY_DETERMINERS for d in dets)


#: Determiners of a body that may be the speaker's own ("the board", "its team").
_BODY_DETERMINERS = frozenset(["the", "its", "our", "their", "his", "her"])


def _a_check(pred: Token) -> bool:
    """Whether ``pred`` checks something (see :func:`_under_review`): a verb of checking,
    "look at/into", "opened an inquiry", "aware", or one promised or offered ("will look
    at the records", "offered to analyse the sample")."""
    lemma = pred.lemma_.lower()
    if lemma in UNDERTAKING_VERBS:
        return any(_a_check(x) for x in _children(pred, "xcomp"))
    return (
        lemma in EXAMINING_VERBS
        or (lemma == "look" and any(p.lower_ in ("at", "into") for p in _children(pred, "prep")))
        or (
            lemma in DISCLOSING_VERBS
            and any(
                w.lemma_.lower() in DISCLOSED_NOUNS
                for o in _children(pred, "dobj")
                for w in (o, *_children(o, "compound"))  # "its full data set"
            )
        )
        or any(o.lemma_.lower() in EXAMINATION_NOUNS for o in _children(pred, "dobj"))
        or any(a.lemma_.lower() in KNOWING_VERBS for a in _children(pred, "acomp"))
    )


#: Pronouns by which speakers tell of themselves in reported speech.
_SPEAKER_PRONOUNS = frozenset(["i", "we", "it", "they", "he", "she"])


def _known_later(preds: Sequence[Token]) -> bool:
    """Whether the statement opens with what its speakers will know later ("we will know
    the repairs worked when the water runs clean"): no side taken yet on the clause."""
    first = next((p for p in preds if p.pos_ in ("VERB", "AUX")), None)
    return (
        first is not None
        and first.lemma_.lower() in KNOWING_VERBS
        and any(a.lower_ in ("will", "'ll", "’ll", "shall") for a in _children(first, "aux"))
        and any(s.lower_ in ("i", "we") for s in _children(first, "nsubj"))
    )


def _no_comment(pred: Token) -> bool:
    """Whether ``pred`` says its speaker does not talk about something ("does not comment
    on rumours", "would not speculate on the cause"): that denies nothing."""
    return pred.lemma_.lower() in NO_COMMENT_VERBS and bool(_children(pred, "neg"))


def _unsure_which(pred: Token) -> bool:
    """Whether ``pred`` says its subject does not know which ("could not be sure who it
    was", "did not know whether he had left"): not knowing is no denial."""
    if not _negated_here(pred):
        return False
    heads = [pred, *_children(pred, "acomp")]
    if not any(h.lemma_.lower() in _KNOWING_WHICH for h in heads):
        return False
    clauses = [c for h in heads for c in _children(h, "ccomp")]
    return any(t.lower_ in _WHICH_WORDS for c in clauses for t in list(c.subtree)[:2])


#: Predicates of knowing which of several it is ("not sure who", "did not know whether").
_KNOWING_WHICH = frozenset(["sure", "certain", "know"])
#: Words that open an indirect question of which ("who it was", "whether he left").
_WHICH_WORDS = frozenset(["who", "what", "which", "whether", "if", "where", "when"])


def _comments_withheld(preds: Sequence[Token]) -> bool:
    """Whether every main predicate withholds a comment (:func:`_no_comment`) or does not
    know which (:func:`_unsure_which`): no side."""
    verbs = [p for p in preds if p.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(_no_comment(p) or _unsure_which(p) for p in verbs)


def _withheld(tokens: Sequence[Token]) -> bool:
    """Whether the statement is what someone would not confirm ("to confirm that X")."""
    return _refused(tokens, WITHHELD_VERBS) is not None


def _refused(tokens: Sequence[Token], verbs: frozenset[str]) -> str | None:
    """The verb refused when a statement is "to <verb> ..." under "refused" or "declined"
    ("refused to confirm that X", "refused to accept that X"), if it is one of ``verbs``."""
    if (
        len(tokens) > 1
        and tokens[0].lower_ == "to"
        and tokens[1].lemma_.lower() in verbs
        and tokens[0].head.head.lemma_.lower() in ("refuse", "decline", "fail")
    ):
        return tokens[0].head.head.lemma_.lower()
    return None


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
    dispute = _cue_dispute(quote, doc) or _refused(tokens, ACCEPT_VERBS)
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


def _points_back(tokens: Sequence[Token], preds: Sequence[Token]) -> bool:
    """Whether a statement judges something said just before it ("that is wrong",
    "this is not true", "that is a lie"): a demonstrative subject, no clause of its own
    ("it is not true that X" says X) and no noun or verb but the judging word."""
    subjects = [s for p in preds for s in _children(p, "nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ not in ANAPHORIC_SUBJECTS for s in subjects):
        return False
    if any(_children(p, "ccomp", "xcomp", "csubj", "advcl") for p in preds):
        return False
    judging = DISMISSIVE_WORDS | POSITIVE_EVALUATIONS
    if not any(t.lemma_.lower() in judging or t.lower_ in judging for t in tokens) and not any(
        _children(p, "acomp", "attr") or any(a.lower_ == "so" for a in _children(p, "advmod"))
        for p in preds
    ):
        return False  # "this was never about me": no judgement of what was said
    return not any(
        t.pos_ in ("NOUN", "PROPN", "VERB")
        and t.lemma_.lower() not in judging
        and t.lower_ not in judging
        for t in tokens
    )


def _antecedent_terms(doc: Doc, quote: Quote) -> dict[str, float]:
    """The terms of the clause a statement points back to: what precedes the statement
    and its cue (less the cue's subject) in the same sentence ("X is rumoured, but she
    said that is wrong"), else the sentence before. Claim nouns and reporting verbs
    ("reports say X") are not what was said."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    cue = _cue_token(quote, doc)
    first = min(quote.start, cue.idx) if cue is not None else quote.start
    speaker = {i for s in _children(cue, "nsubj") for i in _subtree_ids(s)} if cue else set()
    sent = span[0].sent
    before = [t for t in sent if t.idx < first and t.i not in speaker]
    if not any(t.is_alpha for t in before) and sent.start > 0:
        before = list(doc[sent.start - 1].sent)
    if not before:
        return {}
    cause, effect = _cause_effect(before)
    preds = _main_predicates(before)
    subjects, objects = _role_ids(preds)
    ids = {t.i for t in before}
    weights, _, _ = _weigh_terms(before, (cause, effect, subjects, objects), preds, ids)
    return {
        term: w
        for term, w in weights.items()
        if term not in CLAIM_NOUNS and term not in REPORTING_LEMMAS
    }


def _they_of(tokens: Sequence[Token], preds: Sequence[Token], cue: Token | None) -> list[str]:
    """The term of who "they" is when a statement's subject is that pronoun: the last
    collective noun of people (a family, a crew) before the statement in its sentence that
    is itself a subject, not the speaker's ("the family had been hounded, and she denied
    that they had sold the story": the family sold it). A plain plural is left alone: "they"
    after "claims by the officials that the girls ..." is too often another plural."""
    if not any(s.lower_ == "they" for p in preds for s in _children(p, "nsubj", "nsubjpass")):
        return []
    speaker = {i for s in _children(cue, "nsubj") for i in _subtree_ids(s)} if cue else set()
    start = tokens[0]
    found = [
        t
        for t in start.doc[start.sent.start : start.i]
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in speaker
        and t.pos_ == "NOUN"
        and t.lemma_.lower() in COLLECTIVE_PEOPLE
    ]
    term = _term(found[-1]) if found else None
    return [term] if term else []


def _cue_as_cause(cue_tok: Token | None, ids: set[int]) -> list[Token]:
    """The cue outside the content, when it is itself the causal construction.

    "blamed X for Y": the cue builds the cause. A causal verb that cues the quote
    ("explained that X", "explaining why X") has the speaker for its subject: the content
    is what they say, not an effect of anything named.
    """
    if cue_tok is None or cue_tok.i in ids or cue_tok.lemma_.lower() in CAUSE_VERBS:
        return []
    return [cue_tok]


def _measures_called_for(preds: Sequence[Token], cue: Token | None) -> list[Token]:
    """The verbs of the measures a statement calls for: a main verb under "should" or
    "ought" ("the shops should post a notice"), or the infinitive after a calling cue
    ("urged the board to close the pool", "called on the firm to recall the kettles").
    Who is to act is not what is argued; the measure is."""
    calling = cue is not None and cue.lemma_.lower() in CALLING_LEMMAS
    out = []
    for p in preds:
        if p.pos_ != "VERB":
            continue
        auxes = [c.lower_ for c in p.children if c.dep_ in ("aux", "auxpass")]
        if any(a in CALLING_MODALS for a in auxes) or (calling and "to" in auxes):
            out.append(p)
    return out


def _done_again(tokens: Sequence[Token], weights: dict[str, float]) -> dict[str, float]:
    """A verb done "again" is the verb with "re-" ("sit it again" is to resit, "count
    them again" to recount), weighed as the verb is: the term a rival statement that says
    "a resit" uses."""
    out: dict[str, float] = {}
    for t in tokens:
        if t.pos_ != "VERB" or not any(c.lower_ == "again" for c in _children(t, "advmod")):
            continue
        term = _term(t)
        if term and term.isalpha() and not term.startswith("re"):
            out["re" + term] = weights.get(term, W_OTHER)
    return out


def _weigh_measure(verb: Token, weights: dict[str, float]) -> None:
    """Weigh a measure called for as a subject is weighed: its object noun ("post a
    notice", "hold a vote"), or its verb when it has none ("the boats should be withdrawn")."""
    things = [o for o in _children(verb, "dobj") if o.pos_ == "NOUN"]
    for tok, w in [(o, W_SUBJECT) for o in things] + [(verb, W_SUBJECT * (0.95 if things else 1))]:
        if (term := _term(tok)) is not None:
            weights[term] = max(weights.get(term, 0.0), w)


def _claim_of(doc: Doc, quote: Quote) -> Claim | None:
    """Read one quote with the parse into a :class:`Claim` (None when it does not align)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tokens = list(span)
    ids = {t.i for t in tokens}
    cue_tok = _cue_token(quote, doc)
    if cue_tok is not None and cue_tok.idx < quote.start and relative_report(cue_tok):
        return None  # "which critics said [was unfair]": the claim's subject is not quoted
    cause, effect = _cause_effect(tokens + _cue_as_cause(cue_tok, ids))
    preds = _main_predicates(tokens)
    subjects, objects = _role_ids(preds)
    measures = _measures_called_for(preds, cue_tok)
    # "the shops should post a notice": the notice is argued, not the shops
    subjects -= {
        i for v in measures for s in _children(v, "nsubj", "nsubjpass") for i in _subtree_ids(s)
    }
    weights, surface, magnitudes = _weigh_terms(
        tokens, (cause, effect, subjects, objects), preds, ids
    )
    for verb in measures:
        _weigh_measure(verb, weights)
    for term, w in _done_again(tokens, weights).items():
        weights[term] = max(weights.get(term, 0.0), w)
    frame: Frame = "claim"
    if cause & ids:
        frame = "cause"
    elif magnitudes:
        frame = "figure"
        for m in magnitudes:
            weights[m] = max(weights.get(m, 0.0), W_CAUSE)
    for term in _they_of(tokens, preds, cue_tok):
        weights[term] = max(weights.get(term, 0.0), W_SUBJECT)
    pol = _polarity(doc, quote, tokens, preds, cue_tok)
    if (pol.dismissive or pol.negated) and _points_back(tokens, preds):
        for term, w in _antecedent_terms(doc, quote).items():
            weights[term] = max(weights.get(term, 0.0), w)
    rejected = tuple(dict.fromkeys([*_rejected(tokens), *_corrected_terms(preds)]))
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
        rival=_rival_marker(tokens, cause) or ("else" if _conceded(tokens) else None),
        hedge=next((t.lower_ for t in tokens if t.lower_ in HEDGE_WORDS), None),
        ref_terms=pol.ref_terms,
        rejected=rejected,
        endorses=pol.endorses,
        hypothesis=_negated_outcome(preds, pol.negated) or _said_of_anyone(preds),
        asks=_asks(quote, tokens)
        or _said_of_anyone(preds)
        or _wished(cue_tok)
        or _known_later(preds)
        or _wanted(preds)
        or _under_review(preds)
        or _comments_withheld(preds)
        or _abides(preds)
        or _generic(preds),
        denied=_denied_terms(preds) if len(preds) > 1 else (),
        patients=_patients(tokens),
        poles=_poles(preds, quote),
        predicated=_predicated(preds, ids),
        names=tuple(sorted({t for tok in tokens if _written_as_name(tok) and (t := _term(tok))})),
    )


def _predicated(preds: Sequence[Token], ids: set[int]) -> tuple[str, ...]:
    """The terms of the noun a copula says its subject is, in a main predicate or in the
    clause it reports ("the vase is a fake"; "tests showed the vase was glass"; "I doubt
    the vase is a fake")."""
    out: list[str] = []
    for v in [*preds, *(c for p in preds for c in _children(p, "ccomp"))]:
        if v.i not in ids or v.lemma_.lower() not in COPULAS or not _thing_named(v):
            continue
        for a in _children(v, "attr", "acomp"):  # the parser may call "is slag" acomp
            term = _term(a) if _nominal(a) and a.pos_ != "PROPN" else None
            if term is not None and term not in LIGHT_NOUNS:
                out.append(term)
    return tuple(dict.fromkeys(out))


def _thing_named(copula: Token) -> bool:
    """Whether a copula's subject names a thing ("the vase", "it"), not a statement or an
    act ("that is not a lie", "this was a mistake")."""
    return any(
        s.pos_ in ("NOUN", "PROPN") or s.lower_ in ("it", "they")
        for s in _children(copula, "nsubj")
    )


def analyze_claims(doc: Doc, quotes: Sequence[Quote]) -> list[Claim]:
    """Read what each quote in ``doc`` argues: key terms, frame and polarity cues.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of the article the quotes come from.
    quotes : sequence of kg.extract.quotes.Quote

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
    """The disputed claim of a dispute verb ("brushed off the suggestion that X"), or the
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
    if tok.pos_ == "VERB" and _doubt_noun(tok):  # "cast doubt on the credibility of X"
        objs = [o for o in _pobjs(tok, "on", "over", "about") if o.pos_ in ("NOUN", "PROPN")]
        objs += [o for d in _children(tok, "dobj") for o in _pobjs(d, "on", "over", "about")]
        if objs:
            return objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge)
        clauses = [c for d in _children(tok, "dobj") for c in _content_clauses(d)]
        return _clause_bounds(clauses[0]) if clauses else None  # "expressed doubts that X"
    if tok.pos_ == "ADJ" and lemma in DOUBT_ADJECTIVES and tok.dep_ == "acomp":
        clauses = _content_clauses(tok)  # "analysts were sceptical that X"
        return _clause_bounds(clauses[0]) if clauses else None
    if tok.pos_ != "VERB" or lemma not in DISPUTE_LEMMAS:
        return None
    objs = _children(tok, "dobj", "ccomp") + _pobjs(tok, "with", "off")
    objs += [  # "questions whether X": the parser may make it an adverbial clause
        c for c in _children(tok, "advcl") if any(m.lower_ == "whether" for m in c.children)
    ]
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
            out.append(Span(a, b, doc_text(doc)[a:b]))
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
    full = doc_text(doc)
    m_start = subj.left_edge.idx
    m_end = subj.idx + len(subj)
    cue_end = tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt":
            cue_end = max(cue_end, c.idx + len(c))
    sent = tok.sent
    text = full[start:end]
    return Quote(
        doc=doc_id,
        start=start,
        end=end,
        text=text,
        kind="mixed" if any(ch in text for ch in '"“”') else "indirect",
        cue=Span(tok.idx, cue_end, full[tok.idx : cue_end]),
        mention=Span(m_start, m_end, full[m_start:m_end]),
        mention_kind=_mention_kind(subj),
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        co_mentions=_co_mentions(subj),
        co_antecedents=tuple(None for _ in _co_mentions(subj)),
    )


def stance_statements(doc: Doc, doc_id: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Statements narration attributes with a dispute, attitude or estimate verb, as quotes.

    "Officials brushed off the suggestion that X", "many voters seemed to
    disagree with reports that X", "critics question this account",
    "officials put the death toll at 40": the subject is the speaker (its
    conjuncts co-speakers), the disputed claim (or the claim noun, or the
    figure) is the content and the verb is the cue. Only sentences no quote in
    ``quotes`` overlaps are read.

    Returns
    -------
    list of kg.extract.quotes.Quote
        Of kind ``"indirect"``, in text order.
    """
    taken = [(q.start, q.end) for q in quotes]
    cues = {q.cue.start for q in quotes if q.cue is not None}
    out: list[Quote] = []
    text = doc_text(doc)
    for tok in doc:
        bounds = _attitude_content(tok) or _estimate_content(tok)
        if bounds is None:
            continue
        subj = _speaker_subject(tok.head if tok.dep_ == "acomp" else tok)
        if subj is None:
            continue
        start, end = bounds
        while end > start and text[end - 1] in " ,;.":
            end -= 1
        if end - start < 3 or _overlaps_taken(tok, start, end, taken, cues):
            continue
        out.append(_statement_quote(doc, doc_id, tok, subj, start, end))
        taken.append((start, end))
    return sorted(out, key=lambda q: q.start)
