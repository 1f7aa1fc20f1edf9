"""Claim analysis, step 2: references to other claims, disputes and endorsements.

A claim noun pointing at another's claim ("this version", "X's statement"), a dispute
predicate over it ("question this account"), rejections, contrasts, concessions, rival
explanations and endorsements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claims.roles import _children, _is_finite, _pobjs, _term
from kg.extract.quotes import Quote
from kg.lexicon import (
    AFFIRMING_WORDS,
    APPROVAL_WORDS,
    CLAIM_NOUNS,
    CONCESSIVE_MARKS,
    DISMISSIVE_WORDS,
    DISPUTE_LEMMAS,
    DISREGARD_VERBS,
    ENDORSE_LEMMAS,
    HINDRANCE_VERBS,
    KNOWING_VERBS,
    LIGHT_VERBS,
    NEGATION_WORDS,
    PERSON_SENSE_MODIFIERS,
    PRONOUNS,
    REPORTING_LEMMAS,
    RETRACTING_VERBS,
    TITLE_WORDS,
    VIEW_NOUNS,
    WELLBEING_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
            objs = (
                _children(t, "pobj", "pcomp")
                # "pointed to X rather than to Y": the preposition repeated after "than"
                or _after_repeated_preposition(t)
                # "X rather than Y" as coordination
                or [c for c in t.head.children if c.dep_ == "conj" and c.i > t.i]
            )
            out.extend(x for o in objs for x in _subtree_terms(o))
        elif (noun := _contrasted(t)) is not None and noun.i <= tokens[-1].i:
            term = _term(noun)
            if term:
                out.append(term)
    out.extend(_conceded(tokens))
    return tuple(dict.fromkeys(out))


def _after_repeated_preposition(than: Token) -> list[Token]:
    """ "pointed to X rather than to Y": the object of the preposition right after "than"."""
    doc = than.doc
    nxt = doc[than.i + 1] if than.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "prep":
        return []
    return _children(nxt, "pobj", "pcomp")


#: What may close the thing set aside in "X, not Y": a comma, "but", the sentence's end.
_CONTRAST_ENDS = frozenset([",", "but", ".", "!", ";", '"', "”", "'"])


def _contrasted(t: Token) -> Token | None:
    """The noun a contrastive "not" sets aside: "arson, not wiring, caused it", "that is
    the likeliest explanation, not the dye.", "it led to the canal, not to the quarry." (a
    comma before "not", a noun phrase -- or a preposition and its noun phrase -- after
    it, then a comma, "but" or the sentence's end); None for any other token."""
    doc = t.doc
    if t.lower_ != "not" or t.i == 0 or doc[t.i - 1].text != ",":
        return None
    k = t.i + 1
    if k < len(doc) and doc[k].dep_ == "prep" and doc[k].pos_ == "ADP":
        k += 1  # "not to the quarry", "not in the pipes"
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
    if _view_kept(pred):
        return False  # "she has not retracted her account": it is held
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


def _view_kept(verb: Token) -> bool:
    """Whether ``verb`` gives up a view (:data:`kg.lexicon.RETRACTING_VERBS`): its object is
    a claim noun or a word for a view ("retracted her account", "changed his mind"), or "it"
    or "that" in a sentence that names a claim ("the likeliest theory ... no reason to
    revise it"). Denied, it says the view is held; "has not changed its prices" still denies."""
    if verb.lemma_.lower() not in RETRACTING_VERBS:
        return False
    views = CLAIM_NOUNS | VIEW_NOUNS
    for o in _children(verb, "dobj"):
        if o.lemma_.lower() in views:
            return True
        if o.lower_ in ("it", "that") and any(t.lemma_.lower() in CLAIM_NOUNS for t in verb.sent):
            return True
    return False


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
