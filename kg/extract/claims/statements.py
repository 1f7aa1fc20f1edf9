"""Claim analysis, step 8: :func:`stance_statements`.

Statements narration attributes with an attitude verb ("many voters seemed to disagree
with reports that ...") or an estimate verb ("officials put the toll at 400"), which are
not reported speech.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from kg.extract.claims.disputes import _clause_bounds
from kg.extract.claims.judgements import _content_clauses, _doubt_noun
from kg.extract.claims.roles import _children, _magnitude, _pobjs
from kg.extract.nlp import doc_text
from kg.extract.quotes import Quote, Span
from kg.lexicon import (
    CLAIM_NOUNS,
    DISPUTE_LEMMAS,
    DOUBT_ADJECTIVES,
    ENDORSE_LEMMAS,
    ESTIMATE_VERBS,
    FIGURE_NOUNS,
    PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
