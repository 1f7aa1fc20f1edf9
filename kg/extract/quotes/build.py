"""Quote extraction, step 4 (the speaker) done: a draft becomes a :class:`Quote`.

The draft's content bounds and source token, the source's antecedent and co-speakers
("A and B said"), and the finished record.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from kg.extract.mentions import ampersand_partner
from kg.extract.names import is_person_noun
from kg.extract.quotes.content import _MEDIA, ANSWER_WORDS
from kg.extract.quotes.drafts import _QUOTE_CHARS, _Article, _Draft, _is_quotation, _kind, _trim
from kg.extract.quotes.labels import _mention_bounds, _mention_kind, _pronoun_label, _speaker_label
from kg.extract.quotes.marks import _MARK, _SINGLE_OPEN, _words
from kg.extract.quotes.records import MentionKind, Quote, Span
from kg.extract.quotes.resolver import _SELF, _age_word, _Resolver, _span
from kg.extract.quotes.subjects import (
    _RELATIVE,
    _SUBJECTS,
    CUE_LEMMAS,
    _can_speak,
    _is_source,
    _owner,
)
from kg.lexicon import (
    ANONYMOUS_HEADS,
    ATTITUDE_LEMMAS,
    COLLECTIVE_PEOPLE,
    EVIDENCE_LEMMAS,
    GENDERED_ROLES,
    GENERIC_HEADS,
    GROUP_HEADS,
    OBJECT_CUE_LEMMAS,
    ORG_HEADS,
    PERSON_NOUNS,
    REPORTING_NOUNS,
    UNNAMED_PERSON_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: A dateline before the first sentence: "PARIS (Reuters) — ", "WASHINGTON -- ".
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ ,]*)(?:[A-Z0-9][\w.'’-]*[ ,]*){0,5}(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s+"
)


#: Subjects that are never the source: generic "you", and "that" (a report "that says").
_NO_SPEAKER = frozenset(["you", "that"])


#: Object pronouns that stand for a person: "endorsed him", "praised her" ("urged them",
#: "promising them" name no one a side is taken on).
_PERSONAL_OBJECTS = frozenset(["him", "her"])


def _named_object(art: _Article, start: int, end: int) -> bool:
    """A one-word content that is a name or person the cue takes a side on: "endorsed Lee",
    "praised her". One word is otherwise too little to be a statement."""
    span = art.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    side = tok.head.lemma_.lower() in OBJECT_CUE_LEMMAS | ATTITUDE_LEMMAS
    named = tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")
    named = named or tok.lower_ in _PERSONAL_OBJECTS
    return side and named and tok.dep_ in ("dobj", "obj")


def _content_bounds(art: _Article, draft: _Draft) -> tuple[int, int] | None:
    """A draft's content, trimmed, within its paragraph and past a dateline; None if too short."""
    text = art.text
    start, end = draft.start, draft.end
    if not _is_quotation(art, draft):
        start, end = _clip_to_paragraph(art, draft, start, end)
        dateline = _DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()
    start, end = _trim(text, start, end)
    start = _with_opening_single_mark(text, start, end)
    end = _before_gloss(art.doc, start, end)
    end = _to_closing_mark(art, start, end)
    start, end = _before_next_quotation(art, start, end)
    if end - start < 2:
        return None
    one_word = _words(text[start:end]) < 2
    reply = _one_word_reply(art, draft) or _answer_after_cue(art, draft, start, end)
    if one_word and not (_named_object(art, start, end) or reply):
        return None
    return start, end


def _answer_after_cue(art: _Article, draft: _Draft, start: int, end: int) -> bool:
    """ "Lee said no": an answer word right after its cue is a whole reply (its words only,
    not a quotation: :func:`kg.extract.quotes.content._answer`)."""
    if draft.cue is None or art.text[draft.cue[1] : start].strip():
        return False
    return art.text[start:end].lower() in ANSWER_WORDS


def _one_word_reply(art: _Article, draft: _Draft) -> bool:
    """A quotation of one word that is a whole utterance ('"Never," she said', '"Leeds," he
    answered.', 'Asked again, Lee said, "Probably."'): punctuation closes it inside the
    marks, and it opens a sentence before its cue or ends one after the cue and a comma or
    colon. A quoted word inside a sentence ('called it "historic."') is a term, no reply."""
    if draft.cue is None or not _is_quotation(art, draft):
        return False
    text = art.text
    inner = text[draft.start : draft.end].strip(_QUOTE_CHARS)
    if draft.end <= draft.cue[0]:
        before = text[max(0, draft.start - 2) : draft.start]
        opens = not before.strip() or before.rstrip()[-1:] in ".!?:\n"
        return opens and inner.endswith((",", ".", "!", "?"))
    between = text[draft.cue[1] : draft.start].strip()  # 'said, "No."', not 'call "X."'
    return between in (",", ":") and inner.endswith((".", "!", "?"))


def _before_next_quotation(art: _Article, start: int, end: int) -> tuple[int, int]:
    """A content that ends on the opening mark of a quotation ("the aide told them, was
    plain. ''Sell ...'' she said": the parser hung the mark on "was") stops before it; the
    quotation is the next quote's. A mixed quote (words of the quotation inside) stays."""
    k = art.regions.at(end - 1) if end > start else None
    if k is None:
        return start, end
    a, b = art.regions.regions[k]
    if start < a < end < b and not art.text[a:end].strip(_QUOTE_CHARS):
        return _trim(art.text, start, a)  # only the opening mark: no mixed quote
    return start, end


def _with_opening_single_mark(text: str, start: int, end: int) -> int:
    """The start before a single opening mark the parse left out: "said 'giant eels' live
    there" starts the clause at "giant". Only when the span closes a mark it did not open."""
    if start == 0 or text[start - 1] not in "'‘":
        return start
    if start >= 2 and not (text[start - 2].isspace() or text[start - 2] in "(—–-:"):
        return start  # an apostrophe inside a word
    opened = _SINGLE_OPEN.findall(text, start, end)
    closed = re.findall(r"(?<=[\w.,!?])['’](?![\w])", text[start:end])
    return start - 1 if len(closed) > len(opened) else start


def _before_gloss(doc: Doc, start: int, end: int) -> int:
    """The end before the writer's gloss of a quoted phrase: 'said the loaf had "a sourdough
    crumb," the airy texture that forms when ...' -- a noun phrase set off after the closing
    mark explains the quoted words; it is no part of what was said. A phrase that opens a
    clause ('"...," the board said') is left to the parse."""
    if end <= start or not doc.text[start:end].strip():
        return end  # nothing to cut (a content of white space alone: 'said\nadd')
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for tok in span[2:-1]:
        if not (_MARK.fullmatch(tok.text) and tok.nbor(-1).text == ","):
            continue
        det = tok.nbor()
        if det.lower_ not in ("the", "a", "an") or det.head.dep_ in _SUBJECTS:
            continue
        if det.head.dep_ in ("dobj", "appos", "npadvmod", "attr") and det.head.i > tok.i:
            return tok.idx + len(tok)
    return end


def _to_closing_mark(art: _Article, start: int, end: int) -> int:
    """ "slammed the report as 'completely false'.": the parser may hang the closing mark on
    the cue, outside the content; a content whose last opened quotation is still open when
    a closing mark follows it takes the mark (not the period after it)."""
    text = art.text
    if end >= len(text) or text[end] not in "'’\"”":
        return end
    opened = [m.end() for m in _OPENING_MARK.finditer(text, start, end)]
    if not opened:
        return end
    tail = text[opened[-1] : end]
    closed = any(
        c in "'’\"”" and not (k > 0 and tail[k - 1].isalnum() and tail[k + 1 : k + 2].isalnum())
        for k, c in enumerate(tail)
    )
    return end if closed else end + 1


def _source_token(art: _Article, draft: _Draft) -> Token | None:
    """The token naming a draft's source, or None when no source is named."""
    mention_tok = draft.speaker
    if mention_tok is not None and draft.mention is None:
        mention_tok = _past_dateline(art, mention_tok)
    if mention_tok is not None and mention_tok.lower_ == "that" and draft.mention is None:
        # "a report that said ...": the relative pronoun stands for the report.
        verb = mention_tok.head
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            mention_tok = verb.head
        else:
            mention_tok = _report_before(mention_tok) or mention_tok
    if mention_tok is None or mention_tok.lower_ in _NO_SPEAKER:
        return None
    if mention_tok.ent_type_ in ("DATE", "TIME") and not _age_word(mention_tok):
        return None  # "Saturday said": a misparse, the date is no source
    return _subject_before_verb_noun(mention_tok)


def _subject_before_verb_noun(head: Token) -> Token:
    """ "Doctors doubt vaccine trial, cite ...": a headline's verb read as a noun in
    a compound subject. A plural noun opening the compound and followed by a verb of saying
    is the subject ("Doctors"), not the whole phrase named after its last word ("trial")."""
    if head.pos_ != "NOUN" or head.left_edge.i + 1 >= head.i:
        return head
    first = head.left_edge
    verb = first.nbor()
    plural = first.tag_ == "NNS" and first.dep_ == "compound" and first.text[:1].isupper()
    if plural and verb.dep_ == "compound" and verb.lemma_.lower() in CUE_LEMMAS:
        return first
    return head


def _evidence_subject(tok: Token) -> bool:
    """ "the survey showed X", "the confirmation shows Y": a thing that makes a point, no
    referent for a later "she" or "he" (but "the report says" stays a source)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.head.lemma_.lower() not in EVIDENCE_LEMMAS:
        return False
    people = ANONYMOUS_HEADS | UNNAMED_PERSON_HEADS | ORG_HEADS | GROUP_HEADS | REPORTING_NOUNS
    return lemma not in people and not is_person_noun(lemma) and lemma not in COLLECTIVE_PEOPLE


def _build_quote(art: _Article, resolver: _Resolver, draft: _Draft) -> Quote | None:
    if not _is_quotation(art, draft):
        draft = _past_citing(art, _cited_then_that(art, draft))
    bounds = _content_bounds(art, draft)
    mention_tok = _source_token(art, draft) if bounds is not None else None
    if bounds is None or mention_tok is None:
        return None
    start, end = bounds
    text = art.text
    mention_kind = draft.kind or _mention_kind(mention_tok)
    if draft.mention is not None:
        m_start, m_end = draft.mention
    else:
        m_start, m_end = _mention_bounds(mention_tok)
    if m_start < end and start < m_end:
        return None  # the speaker sits inside the content: a misparse
    mention = _span(art.text, m_start, m_end)
    antecedent = _antecedent(art, resolver, mention_tok, mention_kind, (start, end))
    _note_source(resolver, mention_tok, mention_kind, mention, antecedent)
    resolver.note_content(start, end)
    co_mentions, co_antecedents = _co_speakers(art, resolver, mention_tok, start, end)
    if not co_mentions and mention_kind == "pronoun" and antecedent is not None:
        # "They said" after "A and B said": the pronoun stands for the joint source.
        joint = art.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand")
        if joint is not None and len(joint) and mention_tok.lower_ in ("they", "them"):
            co_mentions, co_antecedents = _co_speakers(art, resolver, joint.root, start, end)
    cue = _span(art.text, *draft.cue) if draft.cue else None
    sent_start, sent_end = _sentence_bounds(art, min(start, m_start), max(end, m_end))
    return Quote(
        doc=art.doc_id,
        start=start,
        end=end,
        text=text[start:end],
        kind=_kind(text[start:end]),
        cue=cue,
        mention=mention,
        mention_kind=mention_kind,
        antecedent=antecedent,
        sentence=_span(art.text, sent_start, sent_end),
        continues=draft.continues,
        co_mentions=co_mentions,
        co_antecedents=co_antecedents,
    )


def _note_source(
    resolver: _Resolver,
    mention_tok: Token,
    mention_kind: MentionKind,
    mention: Span,
    antecedent: Span | None,
) -> None:
    """Every source quoted is a referent for the next "he" or "they", named or not; a
    generic one ("the report", "the data") is not."""
    described = mention_kind == "nominal" and antecedent is None
    generic = mention_tok.lemma_.lower() in REPORTING_NOUNS | GENERIC_HEADS
    generic = generic or _evidence_subject(mention_tok)
    if not ((mention_kind == "name" or antecedent is not None) or (described and not generic)):
        return
    label = (
        _pronoun_label(mention_tok, antecedent)
        if mention_kind == "pronoun"
        else resolver.kind_of(antecedent, _speaker_label(mention_tok))
    )
    gender = GENDERED_ROLES.get(mention_tok.lemma_.lower())
    person = label == "person" and is_person_noun(mention_tok.lemma_.lower())
    if mention_kind == "nominal" and antecedent is not None and (label == "organization" or person):
        # "The union says ... It says", "The pensioner said ... he said": the description
        # is the latest mention of the body or the person it stands for.
        resolver.note_speaker(mention.start, mention.end, label, gender, True, antecedent)
    else:
        target = antecedent or mention
        resolver.note_speaker(target.start, target.end, label, gender, not described)


#: Modifiers that leave a cited source as unnamed as it was ("an unnamed senior source").
_VAGUE_SOURCE_WORDS = frozenset(
    ["unnamed", "anonymous", "unidentified", "senior", "informed", "reliable", "single", "one"]
)


def _past_citing(art: _Article, draft: _Draft) -> _Draft:
    """ "The agency reported, citing two government sources, that X": the parser hung the
    citing phrase on the reported clause, so the content starts after it.

    A source the phrase describes ("two government sources", "an official close to the
    talks") said it and the outlet relays it: nested attributions go to the innermost
    source. A bare "an unnamed source" gives no one to credit, nor do documents ("citing
    internal emails"), and the outlet stays the speaker.
    """
    doc = art.doc
    span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if span is None or len(span) < 5 or span[0].lemma_.lower() not in ("cite", "quote"):
        return draft
    obj = next((c for c in span[0].children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return draft
    k = obj.right_edge.i + 1
    while k < span.end and (doc[k].is_punct or doc[k].lower_ == "that"):
        k += 1
    if k >= span.end - 2 or doc[k - 1].i == obj.right_edge.i:
        return draft  # nothing after the source phrase, or no comma or "that" to end it
    past = dataclasses.replace(draft, start=doc[k].idx)
    if not _is_source(obj) or not _described(obj):
        return past  # "citing internal emails, that X": documents back the outlet's report
    bounds = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
    return dataclasses.replace(past, speaker=obj, mention=bounds, kind=None)


def _cited_then_that(art: _Article, draft: _Draft) -> _Draft:
    """ "The Herald reported on Sunday, citing internal emails, that two branches had ...":
    when the parser lost the "that" clause (read "that" as a preposition), the draft of the
    participle reports its object; the report is the cue's, and its content the rest of the
    sentence after ", that"."""
    if draft.cue is None:
        return draft
    cue = art.doc.char_span(*draft.cue, alignment_mode="expand")
    if cue is None or len(cue) != 1:
        return draft
    verb = cue[0]
    if verb.lemma_.lower() != "cite" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return draft
    if verb.head.lemma_.lower() not in CUE_LEMMAS or verb.head.i > verb.i:
        return draft
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    k = obj.right_edge.i + 1 if obj is not None else len(art.doc)
    sent = verb.sent
    if k + 2 >= sent.end or art.doc[k].text != "," or art.doc[k + 1].lower_ != "that":
        return draft
    last = sent.end - 1
    while last > k + 2 and art.doc[last].is_punct:
        last -= 1
    end = art.doc[last].idx + len(art.doc[last])
    head = verb.head
    return dataclasses.replace(
        draft, start=art.doc[k + 2].idx, end=end, cue=(head.idx, head.idx + len(head))
    )


def _described(source: Token) -> bool:
    """Whether a cited source is described enough to be told apart ("government sources",
    "a source close to the talks"), not only "an unnamed (senior) source"."""
    return any(
        (c.dep_ in ("compound", "amod", "prep") and c.lower_ not in _VAGUE_SOURCE_WORDS)
        for c in source.children
    )


def _report_before(that: Token) -> Token | None:
    """ "prompted by a radio story early this year that said ...": the parser did not hang the
    relative clause on its noun; a report noun a few words before "that" is what it stands for."""
    doc = that.doc
    for tok in reversed(doc[max(that.sent.start, that.i - 5) : that.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIA:
            return tok
        if tok.is_punct or tok.pos_ == "VERB":
            return None
    return None


def _co_speakers(
    art: _Article, resolver: _Resolver, tok: Token, start: int, end: int
) -> tuple[tuple[Span, ...], tuple[Span | None, ...]]:
    """The other members of a joint source: "A and B said", "both A and B", "A, B and C"."""
    mentions: list[Span] = []
    antecedents: list[Span | None] = []
    members = list(tok.conjuncts)
    for child in tok.children:
        # "A, B and C" is often parsed as an apposition B with a conjunct C.
        # Not "Ann Lee, a lawyer and judge": a description of a name is no list member.
        described = tok.pos_ == "PROPN" and child.pos_ != "PROPN"
        if (
            child.dep_ == "appos"
            and not described
            and any(c.dep_ == "conj" for c in child.children)
        ):
            members.extend([child, *child.conjuncts])
    partner = ampersand_partner(tok)
    for conj in sorted(set(members), key=lambda t: t.i):
        if conj.i < tok.i or conj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if partner is not None and conj.i == partner.i:
            continue  # "Barrow & Finch said": one firm
        if conj.lower_ in _SELF or conj.lower_ in _NO_SPEAKER or conj.lower_ in _RELATIVE:
            continue
        a, b = _mention_bounds(conj)
        if a < end and start < b:
            continue  # inside the content
        mentions.append(_span(art.text, a, b))
        antecedents.append(_antecedent(art, resolver, conj, _mention_kind(conj)))
    return tuple(mentions), tuple(antecedents)


def _past_dateline(art: _Article, tok: Token) -> Token | None:
    """A dateline taken for the subject ("WASHINGTON (AP) — Senator Ann Lee, ...")
    gives way to the first noun phrase after it."""
    text = art.text
    para = text.rfind("\n", 0, tok.idx) + 1
    line = _DATELINE.match(text, para)
    if line is None or tok.idx >= line.end():
        return tok
    if not (tok.text.isupper() or "(" in line.group() or "," in line.group()):
        return tok  # "Ann Lee - ..." is a name, not a dateline
    for chunk in tok.sent.noun_chunks:
        if chunk.start_char >= line.end():
            return chunk.root
    return None


def _clip_to_paragraph(art: _Article, draft: _Draft, start: int, end: int) -> tuple[int, int]:
    """Reported speech stays in the paragraph of its cue (or of its speaker)."""
    anchor = draft.cue[0] if draft.cue else (draft.speaker.idx if draft.speaker else start)
    text = art.text
    para_start = text.rfind("\n", 0, anchor) + 1
    para_end = text.find("\n", anchor)
    if para_end < 0:
        para_end = len(text)
    return max(start, para_start), min(end, para_end)


def _antecedent(
    art: _Article,
    resolver: _Resolver,
    tok: Token,
    kind: MentionKind,
    content: tuple[int, int] = (0, 0),
) -> Span | None:
    if kind == "pronoun":
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            noun = _apposed_to_name(_dated_noun(_who_of(tok, tok.head.head)))
            owner = _owner(noun) if noun.lemma_.lower() in REPORTING_NOUNS else None
            if owner is not None:
                # "the board's own statement, which said X": the statement's maker speaks
                found = resolver.nominal(owner) if _mention_kind(owner) == "nominal" else None
                if found is not None:
                    return found
                noun = owner
            elif _mention_kind(noun) == "nominal" and noun.pos_ == "NOUN":
                # "according to the airport, which said X": what "the airport" stands for
                found = resolver.nominal(noun)
                if found is not None:
                    return found
            a, b = _mention_bounds(noun)
            if owner is not None:
                b = min(b, owner.idx + len(owner))  # "the board's": the board
            return _span(art.text, a, b)
        return resolver.pronoun(tok, content)
    if kind == "nominal":
        return resolver.nominal(tok)
    return None


def _dated_noun(noun: Token) -> Token:
    """The noun a date after "of" or "from" dates ("the board's statement of Monday, which
    said X"): a relative clause there is about the statement, not the day."""
    prep = noun.head
    dated = noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj"
    if dated and prep.lower_ in ("of", "from") and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    return noun


def _apposed_to_name(noun: Token) -> Token:
    """The name a description is set beside ("Ann Lee, the harbour engineer who ..."): a
    relative clause on the description is about the person it describes, who is named."""
    head = noun.head
    beside = noun.dep_ == "appos" and noun.pos_ == "NOUN" and head.i < noun.i
    if beside and head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", ""):
        return head
    return noun


def _who_of(who: Token, noun: Token) -> Token:
    """ "... a blow to the mayor, Ann Lee, who denied it": "who" is a person, so when the
    parser hangs its clause on a thing ("blow"), it is the person or people named right
    before it ("Ann Lee, who", "some scientists, who")."""
    if who.lower_ != "who" or _can_speak(noun) or noun.ent_type_ or noun.pos_ == "PROPN":
        return noun
    before = who.doc[who.i - 1] if who.i > 0 else who
    if before.is_punct and before.i > 0:
        before = who.doc[before.i - 1]
    lemma = before.lemma_.lower()
    people = is_person_noun(lemma) or lemma in PERSON_NOUNS or before.lower_ in GROUP_HEADS
    if before.ent_type_ == "PERSON" or (before.pos_ == "NOUN" and people):
        return before
    return noun


def _sentence_bounds(art: _Article, start: int, end: int) -> tuple[int, int]:
    doc = art.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(end - 1, start), end, alignment_mode="expand")
    s = first.sent.start_char if first is not None and len(first) else start
    e = last.sent.end_char if last is not None and len(last) else end
    return s, e


#: A quotation mark that opens (a right single mark is mostly an apostrophe; a straight one
#: opens before a word: "not 'blowhard' Lee").
_OPENING_MARK = re.compile(r"''|[\"“”„«»‘]|(?<!\w)'(?=\w)")
