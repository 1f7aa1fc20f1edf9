"""Claim analysis, step 6: a cue's dispute and claims left open.

A dispute cue ("denied", "questioned"), a rival marker, questions and claims left open,
conditions, wishes, checks under way and comments withheld or refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claims.judgements import _doubt_noun
from kg.extract.claims.negation import _negated_here, _negation, _no_comment, _unsure_which
from kg.extract.claims.references import _counterfactual
from kg.extract.claims.roles import _children, _main_predicates, _pobjs
from kg.extract.quotes import Quote
from kg.lexicon import (
    ABIDING_VERBS,
    CAUSE_NOUNS,
    CLAIM_NOUNS,
    CONDITIONAL_MARKS,
    DECIDING_VERBS,
    DISCLOSED_NOUNS,
    DISCLOSING_VERBS,
    DISPUTE_LEMMAS,
    DOUBT_ADJECTIVES,
    EXAMINATION_NOUNS,
    EXAMINING_VERBS,
    FACT_NOUNS,
    HABIT_WORDS,
    KNOWING_VERBS,
    OUTCOME_NOUNS,
    PROCESS_NOUNS,
    QUESTION_NOUNS,
    REJECTING_PHRASALS,
    REQUESTING_VERBS,
    RIVAL_MARKERS,
    UNDERTAKING_VERBS,
    WITHHELD_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


def _reported_view(tokens: Sequence[Token]) -> bool:
    """Whether the statement tells a view as someone else's with "the theory goes", "so the
    story goes", "as the argument goes": its speaker reports the view, they do not hold it.
    "The story goes on" (a particle or phrase after the verb) is no such report."""
    return any(
        t.lemma_.lower() == "go"
        and not [c for c in _children(t, "prt", "prep", "dobj", "xcomp", "acomp") if c.i > t.i]
        and any(s.lemma_.lower() in _VIEW_NAMES for s in _children(t, "nsubj"))
        for t in tokens
    )


#: What a view told as someone else's is called ("the theory goes", "the thinking goes").
_VIEW_NAMES = CLAIM_NOUNS | frozenset(["thinking", "reasoning", "logic", "wisdom"])


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
    if lemma in REQUESTING_VERBS:
        return _asks_for_facts(pred)
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


def _asks_for_facts(verb: Token) -> bool:
    """Whether a verb of asking asks for facts or a check, not for a measure: "asked the
    water board for its report", "expected the inspectors to set out the facts", "asked
    the firm to hand over its test results", "urged the board to review it" (while "asked the board
    to close the pool" calls for the closure)."""
    wanted = DISCLOSED_NOUNS | FACT_NOUNS
    if any(o.lemma_.lower() in wanted for o in _pobjs(verb, "for")):
        return True
    return any(
        _a_check(x) or any(o.lemma_.lower() in wanted for o in _children(x, "dobj"))
        for x in _children(verb, "xcomp", "ccomp")  # "expected the board to establish ..."
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
