"""Claim analysis, step 7: :func:`analyze_claims`.

The polarity of each statement (negated, disputed, dismissed, endorsed, pointing at a
claim), its antecedent terms, and the :class:`Claim` it makes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.claims.disputes import (
    _abides,
    _asks,
    _comments_withheld,
    _cue_dispute,
    _generic,
    _known_later,
    _negated_outcome,
    _refused,
    _reported_view,
    _rival_marker,
    _said_of_anyone,
    _under_review,
    _wanted,
    _wished,
)
from kg.extract.claims.judgements import _dismissal, _dismissal_denied, _trusted
from kg.extract.claims.negation import (
    _corrected_terms,
    _denied_terms,
    _negation,
    _patients,
    _poles,
    _verbless_no,
)
from kg.extract.claims.records import W_CAUSE, W_OTHER, W_SUBJECT, Claim, Frame
from kg.extract.claims.references import (
    _claim_noun_ref,
    _conceded,
    _cue_token,
    _endorsement,
    _governing_dispute,
    _own_dispute,
    _person_judged,
    _phrases,
    _rejected,
)
from kg.extract.claims.roles import (
    _cause_effect,
    _children,
    _framed_clauses,
    _main_predicates,
    _nominal,
    _subtree_ids,
    _term,
    _written_as_name,
)
from kg.extract.claims.weights import _role_ids, _weigh_terms
from kg.extract.quotes import Quote, relative_report
from kg.lexicon import (
    ACCEPT_VERBS,
    ANAPHORIC_SUBJECTS,
    CALLING_LEMMAS,
    CALLING_MODALS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    COLLECTIVE_PEOPLE,
    COPULAS,
    DISMISSIVE_WORDS,
    HEDGE_WORDS,
    LIGHT_NOUNS,
    POSITIVE_EVALUATIONS,
    REPORTING_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
    # "she was certain (that) X had not ...": the framed clause's own negation denies
    negated = _negation([*preds, *_framed_clauses(preds)]) or _verbless_no(tokens)
    dismissive = _dismissal(tokens, preds, negated)
    denied = None  # "the claims are not false": two negatives, the claim named is endorsed
    if _dismissal_denied(preds, dismissive):  # also "we are not X. We are Y."
        denied, negated, dismissive = f"not {dismissive}", None, None
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
        if endorses is None and refers is not None:
            endorses = denied
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
    weights, surface, frame = _weighed(tokens, ids, (cause, effect), preds, cue_tok)
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
        asks=_asks_or_wishes(quote, tokens, preds, cue_tok),
        denied=_denied_terms(preds) if len(preds) > 1 else (),
        patients=_patients(tokens),
        poles=_poles(preds, quote),
        predicated=_predicated(preds, ids),
        names=tuple(sorted({t for tok in tokens if _written_as_name(tok) and (t := _term(tok))})),
        said_of=_said_of(preds, ids),
        trusts=_trusted(tokens),
    )


def _weighed(
    tokens: list[Token],
    ids: set[int],
    cause_effect: tuple[set[int], set[int]],
    preds: Sequence[Token],
    cue_tok: Token | None,
) -> tuple[dict[str, float], list[str], Frame]:
    """A claim's weighed terms, their surface words and its frame: its cause, effect,
    subjects and objects weighed by role, the measures it calls for, a deed done again,
    the figures of a claim about magnitudes and the "they" it speaks of."""
    cause, effect = cause_effect
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
    return weights, surface, frame


def _asks_or_wishes(
    quote: Quote, tokens: Sequence[Token], preds: Sequence[Token], cue_tok: Token | None
) -> bool:
    """A statement that asserts nothing of its own: a question, what anyone may say, a
    wish or a view reported, what will be known later, a want, a matter under review,
    comment withheld, a promise to abide, a generic truth."""
    return (
        _asks(quote, tokens)
        or _said_of_anyone(preds)
        or _wished(cue_tok)
        or _reported_view(tokens)
        or _known_later(preds)
        or _wanted(preds)
        or _under_review(preds)
        or _comments_withheld(preds)
        or _abides(preds)
        or _generic(preds)
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


def _said_of(preds: Sequence[Token], ids: set[int]) -> tuple[tuple[str, str], ...]:
    """(subject term, term of what is said of it) of each main predicate and of the clause
    it reports (see :attr:`Claim.said_of`); a verb joined to another by "and" shares its
    subject ("the bank is insolvent and has frozen withdrawals"), and an adjective says
    something of the noun a copula calls its subject (:func:`_described_as`)."""
    out: list[tuple[str, str]] = []
    for v in [*preds, *(c for p in preds for c in _children(p, "ccomp"))]:
        if v.i not in ids:
            continue
        head = v
        while head.dep_ == "conj" and not _children(head, "nsubj", "nsubjpass"):
            head = head.head
        subjects = [_term(s) for s in _children(head, "nsubj", "nsubjpass") if _nominal(s)]
        said = _what_is_said(v)
        out += [(s, said) for s in subjects if s is not None and said is not None and s != said]
        if v.lemma_.lower() in COPULAS:  # "we are a strong bank": strong, of the bank
            out += _described_as(v)
    return tuple(dict.fromkeys(out))


def _described_as(copula: Token) -> list[tuple[str, str]]:
    """(noun term, adjective term) of each noun a copula says its subject is and the
    adjectives that describe it ("this is a well-capitalised bank" -> (bank,
    well-capitalised)): what is said of the kind of thing the subject is."""
    out = []
    for a in _children(copula, "attr"):
        noun = _term(a) if _nominal(a) else None
        for m in _children(a, "amod"):
            said = _term(m) if m.pos_ in ("ADJ", "VERB") else None
            if noun is not None and said is not None and said != noun:
                out.append((noun, said))
    return out


def _what_is_said(verb: Token) -> str | None:
    """The term of what a predicate says of its subject (see :attr:`Claim.said_of`)."""
    if verb.lemma_.lower() in COPULAS:
        said = [_term(a) for a in _children(verb, "attr", "acomp")]
    elif _children(verb, "nsubjpass", "auxpass"):
        said = [_term(verb)]
    else:
        said = [_term(o) for o in _children(verb, "dobj") if _nominal(o)] or [_term(verb)]
    return next((t for t in said if t is not None and t not in LIGHT_NOUNS), None)


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
        One per quote whose span aligns with the parse and that no model found
        (:attr:`kg.extract.quotes.Quote.learned`), in the quotes' order.
    """
    claims = []
    for q in quotes:
        if q.learned:
            continue  # a view or a demand the learned model found: no claim of a position
        claim = _claim_of(doc, q)
        if claim is not None:
            claims.append(claim)
    return claims
