"""Claim analysis, step 4: negation and poles.

Negation of the main predicate (and corrections, "not X but Y"), the positive or
negative pole a predicate gives its terms, and the terms a statement denies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claims.records import Pole
from kg.extract.claims.references import _contrasted, _denies, _view_kept
from kg.extract.claims.roles import _children, _is_finite, _pobjs, _term
from kg.extract.claims.weights import _negative_subject
from kg.extract.names import is_person_noun
from kg.extract.quotes import Quote
from kg.lexicon import (
    ADJECTIVE_ONLY_POLES,
    BECOMING_VERBS,
    CHANGING_VERBS,
    CLAIM_NOUNS,
    COPULAS,
    COUNTERFACTUAL_MODALS,
    DISPUTE_LEMMAS,
    EXCLUSIVE_WORDS,
    INFERENCE_VERBS,
    KNOWING_VERBS,
    LIGHT_VERBS,
    NEGATION_WORDS,
    NEGATIVE_SUBJECTS,
    NO_COMMENT_VERBS,
    NO_OTHER_NOUNS,
    OPEN_QUESTION_VERBS,
    POLE_OF,
    PRONOUN_GENDER,
    RESTRICTIVE_ADVERBS,
    SELDOM_WORDS,
    STANDING_NOUNS,
    SURPRISE_WORDS,
    pole_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    correction in the next sentence, a deed granted to another or a concession before
    "but"."""
    return _corrected(pred) or _granted_to_another(pred) or _conceded_denial(pred)


def _next_clauses(pred: Token) -> list[Token]:
    """The main clause of the sentence after ``pred``'s and a clause it reports before its
    cue ('"... Her deputy did," the clerk said'); none at the end of the text."""
    doc = pred.doc
    if pred.sent.end >= len(doc):
        return []
    root = doc[pred.sent.end].sent.root
    told = [c for c in _children(root, "ccomp") if c.i < root.i]
    return told or [root]  # not the cue of what it tells ("the clerk said")


def _granted_to_another(pred: Token) -> bool:
    """Whether the deed a negated ``pred`` denies of its subject is granted to another in
    the next sentence ("Ann Lee never signed the letter. Her deputy did."): the same verb,
    or "did" standing for it, said without negation of another subject. The denial only
    turns from one reading to the other; what the statement asserts is the second.
    A mishap denied before a deed of people ("This was not an accident. Staff chose which
    files to delete.") stays a denial: the explanation it disputes is the statement's
    point, and the deed is often the story's topic, which every side names."""
    if not _negated_here(pred) or not _children(pred, "nsubj", "nsubjpass"):
        return False
    if not _in_the_past(pred):  # "meteorites don't look like that. This one does": a kind
        return False
    kind = pred.lemma_.lower() in COPULAS and bool(_children(pred, "attr"))
    for q in _next_clauses(pred):
        subjects = _children(q, "nsubj")
        if not subjects or _negated_here(q) or _same_subject(pred, q):
            continue
        lemma = q.lemma_.lower()
        deed = lemma == pred.lemma_.lower() or (lemma == "do" and not _children(q, "dobj"))
        if deed and lemma not in COPULAS:  # "X is not safe. It is closed": no deed
            # "it", "he", "she" may be the first doer again ("He never signed it. He did")
            return not kind and subjects[0].lower_ not in _SAME_DOER_PRONOUNS
    return False


def _in_the_past(pred: Token) -> bool:
    """Whether ``pred`` tells of the past ("never signed", "did not sell", "was not"): a
    deed done, not what a kind of thing does ("they don't look like that")."""
    return pred.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in pred.children
    )


#: Subjects that may stand for the doer a denial named: no other doer.
_SAME_DOER_PRONOUNS = frozenset(["it", "he", "she", "this", "that"])


def _corrected_terms(preds: Sequence[Token]) -> list[str]:
    """The terms a denial turned from sets aside: its object, complement or prepositional
    phrase ("a favour" in "we are not asking for a favour. We are asking for a hearing."),
    or, for a deed granted to another, the subject it was denied of ("Ann Lee" in "Ann
    Lee never signed it. Her deputy did.")."""
    out: list[str] = []
    for p in preds:
        granted = _granted_to_another(p)
        if granted and not _children(p, "attr"):
            # the deed as said of its first doer: the doer and the verb ("Ann Lee ...
            # signed"); what it was done to is said of the second doer too
            for s in _children(p, "nsubj", "nsubjpass"):
                words = [t for t in s.subtree if t.pos_ in ("NOUN", "PROPN")]
                out += [term for t in words if (term := _term(t))]
            out += [term for term in (_term(p),) if term]
        elif granted or _corrected(p) or _conceded_denial(p):  # _turned_from, once
            for c in _children(p, "dobj", "attr", "acomp", "prep"):
                words = [t for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
                out += [term for t in words if (term := _term(t))]  # "not safe": safe too
    return out


def _denies_nothing(pred: Token) -> bool:
    """Whether a negation on ``pred`` denies nothing, as both :func:`_negation` and
    :func:`_denied_terms` read it: a denial the statement turns from (:func:`_turned_from`),
    two negatives or an idiom that affirm (:func:`_absence_not_inferred`,
    :func:`_affirming_negation`), or blame for what should not have been done ("they should
    never have been sent there", :func:`_blamed`)."""
    return (
        _turned_from(pred)
        or _absence_not_inferred(pred)
        or _affirming_negation(pred)
        or _blamed(pred)
    )


def _own_clause(pred: Token) -> bool:
    """Whether ``pred`` is a conjoined clause with a subject of its own ("dramas lose their
    leads, and broadcasters rarely fight"): a second claim, not a part of the first."""
    return pred.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children)


def _negation(preds: Sequence[Token]) -> str | None:
    """The word that negates a main predicate ("not", "nothing", "no evidence that"), if any.
    A denial the statement turns from (:func:`_turned_from`) negates nothing."""
    negated = None
    for p in preds:
        if _denies_nothing(p) or _no_comment(p) or _unsure_which(p) or _denial_denied(p):
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
                    # "not just", "not the full picture": more than that, not untrue
                    if after.lower_ not in RESTRICTIVE_ADVERBS and not _not_all_of_it(c):
                        negated = c.lower_
                # "it very seldom sets one alight": all but never; not "X tend to Y, and Z
                # rarely W", where the "rarely" is Z's claim
                seldom = c.dep_ == "advmod" and c.lower_ in SELDOM_WORDS
                if seldom and _denies(p) and not _own_clause(p):
                    negated = c.lower_
        if _far_from(p):  # "the dam is far from safe"
            negated = "far from"
        if _negative_subject(p) and _denies(p):  # "nobody has seen the letter"
            negated = _negative_subject(p)
        # "X had nothing to do with Y"; "we have found nothing that ties X to Y", "found
        # nothing to suggest X": what is told of "nothing" is denied; "X had little to do
        # with Y" too
        for o in _children(p, "dobj"):
            little = o.lower_ == "little" and p.lemma_.lower() == "have"
            told = _told_of_nothing(p, o)
            if (
                (o.lower_ == "nothing" or little)
                and (p.lemma_.lower() == "have" or told)
                and not any(_view_kept(a) for a in told)  # "nothing to revise it"
                and not any(d.dep_ == "det" for d in o.lefts)  # "had a little help"
            ):
                negated = o.lower_
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


def _told_of_nothing(pred: Token, nothing: Token) -> list[Token]:
    """What a "nothing" that ``pred`` takes as object is told of: its relative or
    infinitive clause ("nothing that ties X to Y", "nothing to suggest X"), or an infinitive
    the parser hangs on the verb after it ("found nothing as yet to suggest X")."""
    told = _children(nothing, "relcl", "acl")
    told += [
        x
        for x in _children(pred, "xcomp")
        if x.i > nothing.i and any(a.lower_ == "to" for a in _children(x, "aux"))
    ]
    return told


def _absence_not_inferred(pred: Token) -> bool:
    """Whether ``pred`` denies an inference of absence ("no sign of a leak does not mean
    there was no leak", "... doesn't mean no leak", "did not prove that nothing was
    taken"): a negated verb of INFERENCE_VERBS whose object or clause is itself negative.
    Two negatives: the speaker keeps the thing possible, and denies nothing."""
    if pred.lemma_.lower() not in INFERENCE_VERBS or not _negated_here(pred):
        return False
    objects = _children(pred, "dobj")
    clauses = _children(pred, "ccomp")
    nouns = [
        *objects,
        *(n for c in clauses for n in _children(c, "attr", "dobj", "nsubj", "nsubjpass")),
    ]
    return any(c.dep_ == "ccomp" and _negated_here(c) for c in clauses) or any(
        n.lower_ in NEGATIVE_SUBJECTS
        or any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
        for n in nouns
    )


def _affirming_negation(pred: Token) -> bool:
    """Whether ``pred``'s negation affirms: "that does not change the fact that X" (a verb
    of CHANGING_VERBS with a STANDING_NOUNS object: X stands), "no one (on the estate) was
    surprised" (a negative subject of a SURPRISE_WORDS complement: it was to be expected),
    "A and B are not mutually exclusive" (both may hold)."""
    lemma = pred.lemma_.lower()
    if lemma in CHANGING_VERBS and _negated_here(pred):
        return any(o.lemma_.lower() in STANDING_NOUNS for o in _children(pred, "dobj"))
    complements = [c.lower_ for c in _children(pred, "acomp")]
    if lemma in SURPRISE_WORDS and pred.tag_ == "VBN":  # "had been shocked by" (passive)
        complements.append(pred.lower_)
    if any(c in SURPRISE_WORDS for c in complements):
        return _negative_subject(pred) is not None
    return _negated_here(pred) and any(c in EXCLUSIVE_WORDS for c in complements)


def _denial_denied(pred: Token) -> bool:
    """Whether ``pred`` is "I don't see how anyone can say" a denial ("... can say nothing
    was lost", "... says the dam did not crack"): the speaker rejects the denial, so the
    statement affirms what it denies. (Of a plain claim, "I don't see how anyone can say
    the dam cracked", the "not" disputes it, as any negation does.)"""
    if pred.lemma_.lower() not in _SEEING_HOW or not _negated_here(pred):
        return False
    clauses = [c for c in _children(pred, "ccomp", "advcl") if _children(c, "advmod")]
    clauses = [c for c in clauses if any(a.lower_ == "how" for a in _children(c, "advmod"))]
    if not clauses:
        return False
    sayers = [
        *clauses,
        *_children(pred, "conj"),
        *(x for c in clauses for x in _children(c, "conj")),
    ]
    said = [x for v in sayers if v.lemma_.lower() in _SAYING_SO for x in _children(v, "ccomp")]
    return any(_negated_here(x) or _negative_subject(x) for x in said)


#: Verbs of "I don't see / understand how anyone can say ...".
_SEEING_HOW = frozenset(["see", "understand"])


#: Verbs of saying something is so, in "how anyone can say X".
_SAYING_SO = frozenset(["say", "claim", "argue", "pretend", "suggest", "insist", "maintain"])


def _blamed(pred: Token) -> bool:
    """Whether a negated ``pred`` says what should not have been done ("they should never
    have been sent there", "he shouldn't have signed it", "the ship ought not to have been
    allowed to sail"): the statement takes the deed as done and blames whoever did it; it
    denies nothing. Said of a claim ("that rumour should never have been printed") it still
    rejects the claim."""
    for h in (pred, *_children(pred, "xcomp")):  # "ought" + "not to have been allowed"
        if not _negated_here(h):
            continue
        subjects = _children(h, "nsubj", "nsubjpass") or _children(pred, "nsubj", "nsubjpass")
        if any(s.lemma_.lower() in CLAIM_NOUNS for s in subjects):
            continue
        auxes = {c.lower_ for c in h.children if c.dep_ == "aux"}
        modal = bool(auxes & COUNTERFACTUAL_MODALS) or h.head.lower_ in COUNTERFACTUAL_MODALS
        if "have" in auxes and modal:
            return True
    return False


def _not_all_of_it(neg: Token) -> bool:
    """Whether a "not" is followed by "the whole", "the full" or "the entire" ("that is not
    the full picture", "not the entire truth"): it says there is more, it denies nothing."""
    doc = neg.doc
    words = [t.lower_ for t in doc[neg.i + 1 : neg.i + 3]]
    return len(words) == 2 and words[0] == "the" and words[1] in _WHOLE_WORDS


#: Words of wholeness after "not the": a restriction, not a denial.
_WHOLE_WORDS = frozenset(["whole", "full", "entire", "complete"])


def _far_from(pred: Token) -> bool:
    """Whether ``pred`` says its subject is "far from" a state ("the dam is far from safe",
    "the repairs are far from finished"): the state is denied. Far from a place or a thing
    with a determiner ("far from the town") is a distance."""
    for far in _children(pred, "advmod", "acomp"):
        if far.lower_ != "far":
            continue
        for prep in _children(far, "prep"):
            if prep.lower_ != "from":
                continue
            if any(_a_state(o) for o in prep.children):
                return True
    return False


def _a_state(word: Token) -> bool:
    """Whether ``word`` after "far from" names a state: an adjective, adverb or participle
    (which the parser may call a noun: "far from finished"), with no determiner."""
    state = word.pos_ in ("ADJ", "VERB", "ADV") or word.lower_.endswith("ed")
    return state and not _children(word, "det")


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


def _verbless_no(tokens: Sequence[Token]) -> str | None:
    """ "no" when a statement with no finite verb is a "no" something ("No deal, full
    stop", a headline's "no plan to close the depot"): it denies the thing. "No doubt"
    and "no other way" affirm."""
    if any(t.pos_ in ("VERB", "AUX") and _is_finite(t) for t in tokens):
        return None
    for n in tokens:
        if (
            n.pos_ in ("NOUN", "PROPN")
            and any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
            and n.lemma_.lower() not in DISPUTE_LEMMAS | NO_OTHER_NOUNS
            and not any(d.lower_ in ("other", "else") for d in n.children)
        ):
            return "no"
    return None


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


def _predicate_pole(pred: Token) -> tuple[str, Token] | None:
    """The opposite-predicate word ``pred`` asserts and the token that carries it: a
    complement ("is alive", "fell ill"; "played well" is no state), a copula's phrase
    ("is in charge", "remains at the helm") or the verb itself ("was sacked", "the jury
    acquitted her"). A verb with another complement ("grew concerned") or a clause of its own
    ("declined to comment") has none.
    """
    linking = pred.lemma_.lower() in COPULAS | BECOMING_VERBS
    for c in _children(pred, "acomp", "oprd", *(["advmod"] if linking else [])):
        if (w := pole_word(c.lemma_)) is not None:
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
    w = pole_word(term) if term and term not in ADJECTIVE_ONLY_POLES else None
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
    its speaker's name when named before it in its sentence ("Dunn said he is still in
    charge"), else the person last named before the quote, in its sentence or the two
    before, who is not its speaker ('Dunn missed training. "He is still in charge," the
    owner said.' -> dunn); none when there is no such name."""
    doc = pron.doc
    if quote.kind != "direct" and quote.mention is not None and quote.mention.end <= pron.idx:
        # "Dunn said he is still in charge": the speaker, reported in the third person
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
        if not _negated_here(p) or _denies_nothing(p):
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
