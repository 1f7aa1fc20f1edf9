"""Learned attributions: the reports no cue rule finds, taken when a model is confident.

"She backed the plan", "they pushed for a recount", "the group's call for a ban", "he
hopes to win": English attributes views, demands and intentions with many words that
report only in some uses. Each such word (a verb with a subject, a noun with a
possessor) with a complement (a clause, an infinitive, an object, a prepositional
object) is a *candidate*: the complement is the content, the subject the source.
:func:`candidate_features` reads general features off the parse -- the word's lemma
and frame, what kind of thing its subject is, tense, modals, negation, the content's
shape -- never a name or a phrase of a story (proper nouns give only their entity type).
:func:`attribution_score` is a logistic model over them whose weights are data
(:mod:`kg.lexicon.attribution_weights`, trained by ``scripts/train_attribution.py``
on PolNeAR train articles); a candidate at or above the threshold becomes a quote
flagged ``learned``: an attribution, but one that makes no claim of a position.

In the same mode a second logistic model, the *gate* (:func:`gated`), reads the rule
quotes (the cue's lemma and place, the quote's kind and length, what kind of source
it has, whether it sits inside another quote) and drops those it scores as likely
wrong, to make room for the learned ones at the same precision. And :func:`relays`
gives the source of "X said, according to Y" the whole report (X's words and that X said
them): the rules give X the words, and Y, who passes them on, is an attribution's source too.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.names import is_person_noun
from kg.extract.nlp import doc_text
from kg.lexicon.attribution_weights import (
    ATTRIBUTION_BIAS,
    ATTRIBUTION_THRESHOLD,
    ATTRIBUTION_WEIGHTS,
    GATE_BIAS,
    GATE_THRESHOLD,
    GATE_WEIGHTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from kg.extract.quotes.records import Quote, Span

__all__ = [
    "Candidate",
    "Relay",
    "attribution_score",
    "candidate_features",
    "candidates",
    "cue_groups",
    "gate_score",
    "gated",
    "learned_candidates",
    "open_candidates",
    "quote_features",
    "relays",
]

_MODALS = frozenset(["will", "'ll", "would", "'d", "can", "could", "may", "might", "must"])
_MODALS |= frozenset(["should", "’ll", "’d"])
_FIRST_PERSON = frozenset(["i", "we", "me", "us"])
_NAMED_PRONOUNS = frozenset(["he", "she", "they", "it", "you", "who", "that", "which"])
_MARKS = frozenset(['"', "“", "”", "''", "``"])
_LENGTH_BINS = ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (15, "9-15"), (30, "16-30"))
_COMPLEMENTS = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"])
_CLAUSE_DEPS = frozenset(["xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"])
_WH_TAGS = frozenset(["WDT", "WP", "WRB"])
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Candidate:
    """A word that may attribute its complement to its subject.

    Attributes
    ----------
    head : int
        The token index of the verb or noun (the cue).
    start, end : int
        Character offsets of the content (the complement).
    subject : int
        The token index of the source (the subject or possessor).
    features : tuple of str
        What :func:`attribution_score` reads.
    """

    head: int
    start: int
    end: int
    subject: int
    features: tuple[str, ...]


def _length_bin(n: int) -> str:
    return next((name for top, name in _LENGTH_BINS if n <= top), "31+")


def _kind(tok: Token) -> str:
    """What a source is: an entity type, a pronoun, a person noun or a part of speech."""
    if tok.lower_ in _FIRST_PERSON:
        return "pron1"
    if tok.pos_ == "PRON":
        return f"pron:{tok.lower_}" if tok.lower_ in _NAMED_PRONOUNS else "pron"
    if tok.ent_type_:
        return tok.ent_type_
    if tok.pos_ == "NOUN":
        return "personnoun" if is_person_noun(tok.lemma_.lower()) else "noun"
    return tok.pos_


def _word(tok: Token) -> str:
    """A common word's lemma; for a name (a proper noun, an entity, a capitalised word inside
    a sentence) only its kind, so no name of anyone enters the features."""
    capital = tok.text[:1].isupper() and tok.i != tok.sent.start
    if tok.pos_ == "PROPN" or tok.ent_type_ or capital or not tok.text[:1].isalpha():
        return f"<{_kind(tok)}>"
    return tok.lemma_.lower()


def _in_quotation(tok: Token) -> bool:
    """Whether an odd number of double quotation marks opens the sentence before ``tok``."""
    sent = tok.sent
    return sum(1 for t in tok.doc[sent.start : tok.i] if t.text in _MARKS) % 2 == 1


def _subject_of(verb: Token) -> tuple[Token | None, str]:
    """The verb's subject, or that of the verb it is an infinitive or a conjunct of ("went
    on to attack X", "met and praised X"); with how it was found."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own, "own"
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "conj") or head.head is head:
            break
        head = head.head
        found = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found, "inh"
    return None, "none"


def _trim(toks: list[Token]) -> list[Token]:
    """Without trailing punctuation or a conjunction, nor leading punctuation but a mark."""
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    while toks and toks[0].is_punct and toks[0].text not in _MARKS:
        toks = toks[1:]
    return toks


def _complements(head: Token) -> Iterator[tuple[str, Token]]:
    """The head's right-hand complements: ``(frame, node)``, a preposition's object
    standing for the preposition ("prep:for")."""
    for child in head.rights:
        if child.dep_ == "prep":
            node = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if node is not None:
                yield f"prep:{child.lower_}", node
        elif child.dep_ in _COMPLEMENTS:
            yield child.dep_, child


def _head_features(head: Token, subject: Token, how: str) -> list[str]:
    """The cue word's features: lemma, tag, what it hangs on, its subject, modals, negation."""
    lemma, kind = _word(head), _kind(subject)
    out = [f"lem={lemma}", f"tag={head.tag_}", f"hdep={head.dep_}", f"subj={kind}"]
    out += [f"subjhow={how}", f"lem_subj={lemma} {kind}"]
    if subject.pos_ == "NOUN":
        out.append(f"subjlem={_word(subject)}")
    aux = [c.lower_ for c in head.children if c.dep_ == "aux" and c.lower_ in _MODALS]
    out += [f"aux={a}" for a in aux] or ["aux=none"]
    if any(c.dep_ == "neg" for c in head.children):
        out.append("neg")
    if any(c.dep_ == "auxpass" for c in head.children):
        out.append("passive")
    if head.dep_ in _CLAUSE_DEPS and head.head is not head:
        out.append(f"up={head.dep_} {_word(head.head)}")
    out += [f"adv={_word(c)}" for c in head.children if c.dep_ == "advmod"][:3]
    if _in_quotation(head):
        out.append("in_quotation")
    if head.i - head.sent.start < 3:
        out.append("sent_start")
    if head.pos_ == "NOUN":
        out = ["noun", *(f"n_{f}" for f in out)]
    return out


def _content_features(frame: str, node: Token, toks: Sequence[Token], variant: str) -> list[str]:
    """The content's features: frame, extent, length, head, marks, "that", a wh-word."""
    words = sum(1 for t in toks if not t.is_punct)
    out = [f"dep={frame}", f"var={variant}", f"len={_length_bin(words)}", f"nhead={node.pos_}"]
    if node.pos_ == "NOUN":
        out.append(f"nlem={_word(node)}")
    if node.ent_type_:
        out.append(f"nent={node.ent_type_}")
    if any(t.text in _MARKS for t in toks):
        out.append("has_mark")
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        out.append("that")
    if node.tag_ in _WH_TAGS or any(c.tag_ in _WH_TAGS and c.i < node.i for c in node.children):
        out.append("wh")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        out.append("clause_subj")
    return out


def _source_of(head: Token) -> tuple[Token | None, str]:
    """A verb's subject, or a noun's possessor ("the group's call for a ban")."""
    if head.pos_ == "VERB":
        return _subject_of(head)
    if head.pos_ == "NOUN":
        return next((c for c in head.children if c.dep_ == "poss"), None), "poss"
    return None, "none"


def _variants(head: Token, node: Token, last: bool) -> list[tuple[str, list[Token]]]:
    """The content's extents: the complement's subtree, and (unless it is the head's last
    complement) everything from it to the head's right edge ("attacked X for Y")."""
    toks = _trim(list(node.subtree))
    if not toks:
        return []
    out = [("sub", toks)]
    core = _core(node, toks)
    if core:
        out.append(("core", core))
    rest = _trim(list(head.doc[toks[0].i : head.right_edge.i + 1]))
    if not last and len(rest) > len(toks):
        out.append(("rest", rest))
    return out


def _core(node: Token, toks: list[Token]) -> list[Token]:
    """The complement without what a comma adds to its head: an apposition or a relative
    clause ("praised Ann Lee, a nurse who ..."); empty when there is none."""
    cuts = [
        c.left_edge.i
        for c in node.rights
        if c.dep_ in ("appos", "relcl", "acl")
        and c.left_edge.i > 0
        and node.doc[c.left_edge.i - 1].text == ","
    ]
    if not cuts:
        return []
    return _trim([t for t in toks if t.i < min(cuts)])


def candidate_features(
    head: Token, subject: Token, how: str, frame: str, node: Token, extent: tuple[str, list[Token]]
) -> tuple[str, ...]:
    """The features of one candidate: the cue word's, the content's, and three pairs."""
    variant, toks = extent
    lemma, kind = _word(head), _kind(subject)
    feats = _head_features(head, subject, how) + _content_features(frame, node, toks, variant)
    feats += [f"ld={lemma} {frame}", f"ldv={lemma} {frame} {variant}", f"sd={kind} {frame}"]
    return tuple(feats)


def candidates(doc: Doc, taken: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Every candidate in ``doc`` whose cue word and source lie outside the ``taken``
    character spans (the cues the rules found)."""
    busy = {t.i for t in doc for a, b in taken if a <= t.idx < b}
    out = []
    for head in doc:
        if head.i in busy:
            continue
        subject, how = _source_of(head)
        if subject is None or subject.i in busy or _word(head).startswith("<"):
            continue
        frames = list(_complements(head))
        for n, (frame, node) in enumerate(frames):
            for extent in _variants(head, node, n == len(frames) - 1):
                toks = extent[1]
                feats = candidate_features(head, subject, how, frame, node, extent)
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
                out.append(Candidate(head.i, start, end, subject.i, feats))
    return out


def attribution_score(features: Sequence[str]) -> float:
    """The model's probability that a candidate with these features is an attribution."""
    z = ATTRIBUTION_BIAS + sum(ATTRIBUTION_WEIGHTS.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _words(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(m.start() for m in _WORD.finditer(text, start, end))


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def open_candidates(doc: Doc, quotes: Sequence[Quote]) -> list[Candidate]:
    """The candidates outside the cues of ``quotes`` whose content is not (half or more, by
    words) the content of one of them."""
    text = doc_text(doc)
    taken = [(q.cue.start, q.cue.end) for q in quotes if q.cue is not None]
    contents = [_words(text, q.start, q.end) for q in quotes]
    out = []
    for c in candidates(doc, taken):
        words = _words(text, c.start, c.end)
        if words and not any(_dice(words, w) >= 0.5 for w in contents):
            out.append(dataclasses.replace(c, features=c.features + _among(doc[c.head], quotes)))
    return out


def _among(head: Token, quotes: Sequence[Quote]) -> tuple[str, ...]:
    """Where the cue word stands among the rule quotes: inside one's content (a report
    inside a report), or in the sentence of one."""
    at = head.idx
    if any(q.start <= at < q.end for q in quotes):
        return ("in_rule_content",)
    sent = head.sent
    start, end = sent[0].idx, sent[-1].idx + len(sent[-1])
    if any(q.start < end and start < q.end for q in quotes):
        return ("in_rule_sentence",)
    return ()


def learned_candidates(doc: Doc, quotes: Sequence[Quote]) -> list[Candidate]:
    """The best-scoring open candidate (:func:`open_candidates`) of each cue word, when it
    scores at or above :data:`ATTRIBUTION_THRESHOLD`; in text order."""
    best: dict[int, tuple[float, Candidate]] = {}
    for c in open_candidates(doc, quotes):
        score = attribution_score(c.features)
        if score >= ATTRIBUTION_THRESHOLD and score > best.get(c.head, (-1.0, c))[0]:
            best[c.head] = (score, c)
    return [c for _, c in sorted(best.values(), key=lambda sc: sc[1].start)]


@dataclass(frozen=True)
class Relay:
    """Who passes a quote on: '"We will win," Ann Lee said, according to the radio.'

    Attributes
    ----------
    cue : tuple of int
        Character offsets of "according to".
    source : int
        The token index of the relaying source ("radio").
    spans : tuple of (int, int)
        The content: the quote's parts, the first widened to the speaker and verb.
    """

    cue: tuple[int, int]
    source: int
    spans: tuple[tuple[int, int], ...]


def relays(doc: Doc, quotes: Sequence[Quote]) -> list[Relay]:
    """The "according to Y" phrases on the verb of a rule quote: Y relays the report
    (X's words and that X said them), which the rules give X alone."""
    out = []
    for tok in doc:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if tok.lower_ != "according" or to is None:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        verb = tok.head
        group = [q for q in quotes if q.cue is not None and q.cue.start == verb.idx]
        if source is None or not group or source.pos_ == "PRON":
            continue
        phrase = (tok.left_edge.idx, to.right_edge.idx + len(to.right_edge))
        spans = [(q.start, q.end) for q in sorted(group, key=lambda q: q.start)]
        mention = group[0].mention
        left = min(spans[0][0], verb.idx, mention.start if mention is not None else verb.idx)
        right = max(spans[0][1], verb.idx + len(verb))
        if phrase[0] < right and left < phrase[1]:
            continue  # the phrase sits inside the report: not a plain relay
        spans[0] = (left, right)
        out.append(Relay((tok.idx, to.idx + len(to)), source.i, tuple(spans)))
    return out


def quote_features(doc: Doc, q: Quote, quotes: Sequence[Quote], parts: int) -> tuple[str, ...]:
    """The features of a rule quote (the first of its cue's ``parts``) for the gate."""
    content = doc.char_span(q.start, q.end, alignment_mode="expand")
    words = sum(1 for t in content if not t.is_punct) if content is not None else 0
    out = [f"kind={q.kind}", f"len={_length_bin(words)}", f"klen={q.kind} {_length_bin(words)}"]
    out += [f"parts={min(parts, 3)}", f"mkind={q.mention_kind}"]
    if q.antecedent is not None:
        out.append("resolved")
    if any(o is not q and o.start <= q.start and q.end <= o.end and o.key != q.key for o in quotes):
        out.append("nested")
    cue = _root(doc, q.cue)
    mention = _root(doc, q.mention)
    lemma = _word(cue) if cue is not None else "-"
    out += _gate_cue_features(cue, content, q.kind) if cue is not None else ["nocue"]
    kind = _kind(mention) if mention is not None else "none"
    out += [f"spk={kind}", f"spk_lem={kind} {lemma}"]
    if mention is not None and mention.pos_ == "NOUN":
        out.append(f"spklem={_word(mention)}")
    if content is not None and len(content):
        out.append(f"chead={content.root.pos_}")
        if any(t.text in _MARKS for t in content):
            out.append("has_mark")
        if content.start == content.sent.start:
            out.append("c_sent_start")
    return tuple(out)


def _root(doc: Doc, span: Span | None) -> Token | None:
    if span is None:
        return None
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None and len(found) else None


def _gate_cue_features(cue: Token, content: DocSpan | None, kind: str) -> list[str]:
    """The cue's lemma (alone and with the quote's kind), its place in the parse and
    towards the content, negation and modals, and whether it stands inside a quotation."""
    lemma = _word(cue)
    out = [f"lem={lemma}", f"lk={lemma} {kind}", f"cdep={cue.dep_}", f"ctag={cue.tag_}"]
    out.append(f"cpos={cue.pos_}")
    if cue.dep_ in _CLAUSE_DEPS and cue.head is not cue:
        out.append(f"up={cue.dep_} {_word(cue.head)}")
    if _in_quotation(cue):
        out.append("cue_in_q")
    if any(c.dep_ == "neg" for c in cue.children):
        out.append("neg")
    out += [f"aux={c.lower_}" for c in cue.children if c.dep_ == "aux" and c.lower_ in _MODALS]
    if content is not None and len(content):
        where = "before" if cue.i < content.start else "after" if cue.i >= content.end else "in"
        out.append(f"cue_{where}")
    return out


def gate_score(features: Sequence[str]) -> float:
    """The gate's probability that a rule quote with these features is right."""
    z = GATE_BIAS + sum(GATE_WEIGHTS.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cue_groups(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """The quotes grouped by their cue (a split quote's parts share one); a quote without a
    cue alone."""
    groups: dict[object, list[Quote]] = {}
    for n, q in enumerate(quotes):
        key: object = (q.cue.start, q.cue.end) if q.cue is not None else n
        groups.setdefault(key, []).append(q)
    return list(groups.values())


def gated(doc: Doc, quotes: Sequence[Quote]) -> list[Quote]:
    """The rule quotes the gate keeps: each cue's quotes stand or fall together, by the
    features of the first (:func:`quote_features`)."""
    kept = []
    for group in cue_groups(quotes):
        feats = quote_features(doc, group[0], quotes, len(group))
        if gate_score(feats) >= GATE_THRESHOLD:
            kept.extend(group)
    return kept
