"""Quote extraction, steps 2 and 3: drafts of quotes for an article.

The quoted passages next to each cue (direct), the cue's content (indirect or mixed), and
quotations no cue claimed, attributed when a colon introduces them or when they continue
the previous speaker's quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.boilerplate import boilerplate_of
from kg.extract.nlp import doc_text
from kg.extract.quotes.content import _NAMED_LABELS, _around_aside, _subtree_sizes
from kg.extract.quotes.labels import _mention_kind
from kg.extract.quotes.marks import (
    _LEADING_MARK,
    _MARK,
    _inside,
    _Regions,
    _single_regions,
    _words,
    quote_regions,
)
from kg.extract.quotes.records import MentionKind, QuoteKind, _Cue
from kg.extract.quotes.subjects import _RELATIVE, _SPOKEN, CUE_LEMMAS, _negated, _subject
from kg.lexicon import (
    REPORTING_LEMMAS,
    SPEECH_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


#: A quotation that ends its sentence with a period inside the closing mark, double or
#: single ('It ended.' as much as "It ended.").
_CLOSED_STATEMENT = re.compile(r"\.(?:''|[\"”»'’])$")


#: A dash between a heading and what follows it on the line ("HEADLINE - Name: ...").
_HEADING_DASH = re.compile(r"\s(?:-|--|—|–)\s")


_SENTENCE_START = re.compile(r"(?:^|[.!?…]\S{0,2})\s*$")


_PARAGRAPH_MARK = re.compile(r"\n[ \t]*(?:''|[\"“„«])")


_TRAILING_MARK = re.compile(r"(?:''|[\"“”„«»])$")


#: Words after which a quoted passage is a title or a name, not what was said.
_NAME_TAKERS = frozenset(["ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM"])


#: A conjunction left at the end of a content cut before the next clause.
_DANGLING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but|or)$")


_TRIM_LEFT = " \t\n,:;—–-"


_TRIM_RIGHT = " \t\n,;:—–-"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip separators and a dangling conjunction ("the plan was 'mad' and", cut before the
    next source's clause); drop a final period outside quotation marks."""
    while start < end and text[start] in _TRIM_LEFT:
        start += 1
    while end > start and text[end - 1] in _TRIM_RIGHT:
        end -= 1
    dangling = _DANGLING_CONJUNCTION.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        end = dangling.start()
    if end > start and text[end - 1] == "." and not _LEADING_MARK.match(text[start:end]):
        end -= 1
        while end > start and text[end - 1] in _TRIM_RIGHT:
            end -= 1
    return start, end


def _kind(text: str) -> QuoteKind:
    # Marks that open a paragraph inside a quote over several paragraphs are not inner quotes.
    t = _PARAGRAPH_MARK.sub("\n", text.strip())
    lead, trail = _LEADING_MARK.match(t), _TRAILING_MARK.search(t)
    if (
        lead
        and trail
        and trail.start() > lead.end()
        and not _MARK.search(t, lead.end(), trail.start())
    ):
        return "direct"
    if _MARK.search(t):
        return "mixed"
    return _single_kind(t)


#: A stretch in single marks inside a paraphrase: "was 'absolutely certain' the stone ..."
#: (an opening mark after a space, a closing one after a word or punctuation, no apostrophe
#: between them).
_SINGLE_STRETCH = re.compile(r"(?:^|(?<=\s))['‘]\w[^'‘’\n]*?[\w.,!?]['’](?!\w)")


def _single_kind(t: str) -> QuoteKind:
    """The kind of a content without double marks, by single ones (British copy): direct when
    single marks open and close it ("'We will not pay,'"), mixed when a stretch inside is
    quoted ("was 'absolutely certain'"), else indirect."""
    whole = _single_regions(t, [])
    if whole and whole[0] == (0, len(t)):
        return "direct"
    return "mixed" if whole or _SINGLE_STRETCH.search(t) else "indirect"


@dataclass
class _Draft:
    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: Token | None
    continues: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    kind: MentionKind | None = None


@dataclass(frozen=True)
class _Article:
    """What every extraction step reads of one article: its parse, and where its
    quotation marks and page furniture are. Nothing in it changes during extraction."""

    doc: Doc
    doc_id: str
    text: str
    regions: _Regions
    boiler: list[tuple[int, int]]
    boiler_starts: list[int]
    #: Indexes of the tokens outside quotation marks, in order.
    free: list[int]
    #: Each token's subtree size (:func:`_subtree_sizes`).
    sizes: list[int]


def _article(doc: Doc, doc_id: str) -> _Article:
    text = doc_text(doc)
    boiler = boilerplate_of(doc)
    regions = _Regions(quote_regions(text))
    free = [t.i for t in doc if regions.at(t.idx) is None]
    return _Article(
        doc, doc_id, text, regions, boiler, [a for a, _ in boiler], free, _subtree_sizes(doc)
    )


def _in_boilerplate(art: _Article, offset: int) -> bool:
    return _inside(art.boiler, art.boiler_starts, offset)


def _is_quotation(art: _Article, draft: _Draft) -> bool:
    """The draft is one whole quotation (a direct quote)."""
    k = art.regions.at(draft.start)
    return k is not None and art.regions.regions[k] == (draft.start, draft.end)


def _in_quote(art: _Article, offset: int) -> bool:
    return art.regions.at(offset) is not None


def _drafts_for(art: _Article, used: set[int], cue: _Cue) -> list[_Draft]:
    text = art.text
    regions = art.regions
    out: list[_Draft] = []
    speaker = cue.speaker
    cue_span = (cue.start, cue.end)
    if cue.content is not None:
        start, end = cue.content
        end = _named_as_quotation(art, cue, end)
        hit = regions.overlapping(start, end)
        # Widen to whole quotations the content cuts into.
        for k in hit:
            a, b = regions.regions[k]
            if a < start and b > start and not _holds(art, k, cue_span, speaker):
                start = a
            if b > end and a < end and not _holds(art, k, cue_span, speaker):
                end = b
        hit = [k for k in regions.overlapping(start, end) if not _holds(art, k, cue_span)]
        outside = text[start:end]
        for k in hit:
            a, b = regions.regions[k]
            outside = outside.replace(text[a:b], " ")
        if hit and _words(outside) <= 1 and _titled(art, *regions.regions[hit[0]]):
            return []  # 'said on NBC's "Meet the Press"': a quoted title, not the content
        if hit and _words(outside) <= 1:
            for k in hit:
                a, b = regions.regions[k]
                used.add(k)
                first = out[0] if out else None
                out.append(
                    _Draft(a, b, cue_span, speaker, (first.start, first.end) if first else None)
                )
        else:
            for k in hit:
                used.add(k)
            out.append(_Draft(start, end, cue_span, speaker))
    elif cue.verb is not None:
        out.extend(_adjacent(art, used, cue, cue_span))
    if out and cue.verb is not None:
        out.extend(_split_tail(art, used, cue, out) or _aside_tail(art, used, cue, out))
    return out


def _named_as_quotation(art: _Article, cue: _Cue, end: int) -> int:
    """ "called the remarks 'grossly unfair'": what a verb of naming calls its object may be a
    quotation right after it that the parser left off the object; the content runs to its
    end. ``end`` otherwise."""
    if cue.verb is None or cue.verb.lemma_.lower() != "call":
        return end
    k = bisect.bisect_left(art.regions.starts, end)
    if k < len(art.regions.regions):
        a, b = art.regions.regions[k]
        if re.fullmatch(r"[ \t]*", art.text[end:a]) and a > end:
            return b
    return end


def _aside_tail(art: _Article, used: set[int], cue: _Cue, drafts: list[_Draft]) -> list[_Draft]:
    """ "The industry, she said, is doing better": the part after the aside continues."""
    around = _around_aside(cue.verb) if cue.verb is not None else None
    first = drafts[0]
    if around is None or first.end > cue.start or first.start != around[0][0]:
        return []
    start, end = around[1]
    used.update(art.regions.overlapping(start, end))
    return [_Draft(start, end, first.cue, first.speaker, (first.start, first.end))]


def _titled(art: _Article, start: int, end: int) -> bool:
    """The quotation is a title: after a possessive ("NBC's "Meet the Press""), or a
    few words after a preposition ("said on "Meet the Press"")."""
    before = art.text[:start].rstrip()
    if not before or before[-1] in ",:":
        return False
    last = art.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None or len(last) == 0:
        return False
    tok = last[-1]
    if tok.lower_ in ("'s", "’s", "'", "’"):
        return True
    return tok.pos_ == "ADP" and tok.dep_ == "prep" and _words(art.text[start:end]) <= 4


def _holds(art: _Article, k: int, cue_span: tuple[int, int], speaker: Token | None = None) -> bool:
    """Region ``k`` contains the cue or the speaker (it is not the content)."""
    a, b = art.regions.regions[k]
    if a <= cue_span[0] < b:
        return True
    return speaker is not None and a <= speaker.idx < b


def _clause_bounds(art: _Article, cue: _Cue) -> tuple[int, int]:
    """The cue verb with its subject and auxiliaries: "he said", "said the minister".

    Each part's subtree is measured by its edges (linear in the article, not
    quadratic: a run of nested "said" made every subtree long).
    """
    verb = cue.verb
    assert verb is not None
    parts = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "npadvmod", "neg"):
            parts.append(c)
        if c.dep_ in ("dobj", "dative") and c.i > verb.i and not _in_quote(art, c.idx):
            parts.append(c)
        if c.dep_ == "prep" and c.i > verb.i and not _in_quote(art, c.idx):
            parts.append(c)
    if cue.speaker is not None:
        parts.append(cue.speaker)
    found = [_free_extent(art, verb.i, verb.i, None)]
    found += [_free_extent(art, p.left_edge.i, p.right_edge.i, p) for p in parts]
    edges = [e for e in found if e is not None]
    assert edges
    first, last = min(a for a, _ in edges), max(b for _, b in edges)
    return art.doc[first].idx, art.doc[last].idx + len(art.doc[last])


def _free_extent(art: _Article, lo: int, hi: int, root: Token | None) -> tuple[int, int] | None:
    """First and last token outside quotation marks of ``root``'s subtree (``lo..hi``)."""
    free = art.free
    if root is not None and art.sizes[root.i] != hi - lo + 1:  # not contiguous: walk it
        inside = [t.i for t in root.subtree if not _in_quote(art, t.idx)]
        return (min(inside), max(inside)) if inside else None
    k = bisect.bisect_left(free, lo)
    if k == len(free) or free[k] > hi:
        return None
    return free[k], free[bisect.bisect_right(free, hi) - 1]


def _adjacent(art: _Article, used: set[int], cue: _Cue, cue_span: tuple[int, int]) -> list[_Draft]:
    """A quotation right before ('"X," he said') or after ('he said: "X"') the cue clause."""
    text = art.text
    start, end = _clause_bounds(art, cue)
    regions = art.regions
    k = bisect.bisect_right(regions.starts, start) - 1
    if k >= 0 and k not in used:
        a, b = regions.regions[k]
        # '"It ended." Lee said ...' is a new sentence: a closed statement is not its content.
        closed = _CLOSED_STATEMENT.search(text, a, b) is not None
        if b <= start and re.fullmatch(r"[\s,—–-]*", text[b:start]) and not closed:
            used.add(k)
            return [_Draft(a, b, cue_span, cue.speaker)]
    k = bisect.bisect_left(regions.starts, end)
    if k < len(regions.regions) and k not in used:
        a, b = regions.regions[k]
        sep = text[end:a]
        if re.fullmatch(r"[ \t]*[,:]?\s*", sep) and sep.count("\n") <= 2:
            last = art.doc.char_span(end - 1, end, alignment_mode="expand")
            # '"said on "Meet the Press"': a quoted name after a preposition is no quote.
            if (":" in sep or "," in sep) or last is None or last[-1].pos_ not in _NAME_TAKERS:
                used.add(k)
                return [_Draft(a, b, cue_span, cue.speaker)]
    return []


def _split_tail(art: _Article, used: set[int], cue: _Cue, drafts: list[_Draft]) -> list[_Draft]:
    """'"X," he said, "Y."': the quotation after the cue clause continues the first."""
    if cue.verb is None:
        return []
    first = drafts[0]
    if first.start > cue.start:
        return []
    _, end = _clause_bounds(art, cue)
    text = art.text
    k = bisect.bisect_left(art.regions.starts, end)
    if k >= len(art.regions.regions) or k in used:
        return []
    a, b = art.regions.regions[k]
    if re.fullmatch(r"[ \t]*[,:;]?[ \t]*", text[end:a]):
        used.add(k)
        return [_Draft(a, b, first.cue, first.speaker, (first.start, first.end))]
    return []


def _orphan_drafts(art: _Article, used: set[int], drafts: list[_Draft]) -> list[_Draft]:
    """Colon-introduced quotations, and quotations carrying on the previous speaker.

    A quotation that opens a sentence or a paragraph, with no cue of its own,
    continues the quote just before it ('"A," he said. "B."') when little
    narration lies between them.
    """
    text = art.text
    out: list[_Draft] = []
    ordered = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    for k, (a, b) in enumerate(art.regions.regions):
        if k in used or _in_boilerplate(art, a) or _too_short(text[a:b]):
            continue
        if _subject_of_verb_after(art, a, b):
            continue  # '"Night Harbour," created by X, follows ...': a title, not words said
        line_start = text.rfind("\n", 0, a) + 1
        before = text[line_start:a]
        draft = None
        after = _verb_after_quotation(art, a, b)
        if after is not None:  # '"...," Ann shot back': a verb of any kind takes the quotation
            draft = _Draft(a, b, (after.idx, after.idx + len(after)), _subject(after))
        elif before.rstrip().endswith(":"):
            speaker = _colon_speaker(art, line_start, a)
            if speaker is not None:
                colon = text.rfind(":", line_start, a)
                draft = _Draft(a, b, (colon, colon + 1), speaker)
        elif _SENTENCE_START.search(before):
            i = bisect.bisect_left(starts, a) - 1
            prev = _past_attribution_report(art, ordered[:i], ordered[i]) if i >= 0 else None
            if prev is not None and prev.speaker is not None and _near(art, prev, a):
                prev = _past_participle_cue(art, ordered[:i], prev)
                draft = _Draft(a, b, prev.cue, prev.speaker, (prev.start, prev.end))
            elif not before.strip():
                speaker = _first_person_after(art, a, b, prev)
                draft = _Draft(a, b, None, speaker) if speaker is not None else None
        if draft is not None:
            out.append(draft)
            i = bisect.bisect_left(starts, a)
            starts.insert(i, a)
            ordered.insert(i, draft)
    return out


def _subject_of_verb_after(art: _Article, a: int, b: int) -> bool:
    """Whether the quoted words are the subject of a verb after the closing mark ('"Night
    Harbour," created by Tom Reed, follows a family'): a name or title, no statement."""
    span = art.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.idx >= b


def _too_short(quotation: str) -> bool:
    """A quotation too short to carry on a quote: under three words, unless a whole
    sentence of two ('"Coffee, yes," he said. "Tea, no."'), not a quoted phrase."""
    n = _words(quotation)
    if n != 2:
        return n < 3
    inner = quotation.strip(_QUOTE_CHARS)
    return not (inner[:1].isupper() and inner.rstrip().endswith((".", "!", "?")))


#: Quotation marks a quotation's text may open or close with.
_QUOTE_CHARS = "\"'“”‘’«» "


def _past_attribution_report(art: _Article, before: Sequence[_Draft], prev: _Draft) -> _Draft:
    """'"A," said Ann Lee, the only senator to endorse Bo Diaz. "B."': the report inside the
    attribution's sentence ("endorse Bo Diaz") is not what B carries on; the quotation whose
    cue that sentence holds is. Returns that quotation's draft, else ``prev``."""
    if _is_quotation(art, prev):
        return prev
    for d in reversed(before):
        if d.cue is None or not _is_quotation(art, d) or d.end > d.cue[0]:
            continue
        cue = art.doc.char_span(d.cue[0], d.cue[1], alignment_mode="expand")
        if (
            cue is not None
            and len(cue)
            and d.cue[1] <= prev.start
            and prev.end <= cue.sent.end_char
        ):
            return d
        break
    return prev


def _past_participle_cue(art: _Article, before: Sequence[_Draft], prev: _Draft) -> _Draft:
    """'"A," she said, describing the job. "B."': the quotation carries on the quote of
    "said", not the report of a participle of thinking or describing after it (one of
    speaking, "adding", "explaining", keeps it). Returns the draft of the cue the participle
    hangs on (when it holds a quotation), else ``prev``."""
    if prev.cue is None:
        return prev
    cue = art.doc.char_span(prev.cue[0], prev.cue[1], alignment_mode="expand")
    if cue is None or len(cue) != 1 or cue[0].tag_ != "VBG" or cue[0].dep_ != "advcl":
        return prev
    if cue[0].lemma_.lower() in _SPOKEN:
        return prev  # '"A," she said, adding that ... "B."': B is added too
    head = cue[0].head
    for d in reversed(before):
        if d.cue == (head.idx, head.idx + len(head)) and _is_quotation(art, d):
            return d
    return prev


def _verb_after_quotation(art: _Article, a: int, b: int) -> Token | None:
    """The verb a quotation is the complement of when its subject follows the quotation
    ('"Go home," the mayor barked', '"...," Ann shot back'): whatever its lemma, a verb that
    takes the quoted words with the speaker after them reports them. None otherwise."""
    span = art.doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        verb = tok.head
        if tok.dep_ not in ("ccomp", "parataxis") or verb.idx < b or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (b <= subject.idx < verb.idx) or _negated(verb):
            return None
        gap = art.text[b : subject.left_edge.idx]
        return verb if not gap.strip(" ,") else None
    return None


_SIGNED_AFTER = re.compile(r"[ \t\xa0]*[―—–]")


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def _first_person_after(art: _Article, a: int, b: int, prev: _Draft | None) -> Token | None:
    """ "Acme tested a new model.\n\n“I took one home ...”": a quotation
    in the first person that opens a paragraph, with no cue of its own and no quote just
    before it, is the words of the named source the sentence before is about.

    Returns that sentence's named subject, or None."""
    if not _FIRST_PERSON.search(art.text[a:b]) or a < 2:
        return None
    if _SIGNED_AFTER.match(art.text, b):
        return None  # '“...” ― Ann Lee': the quotation is signed by whoever follows the bar
    tok = art.doc.char_span(a, b, alignment_mode="expand")
    if tok is None or not len(tok) or tok[0].i == 0:
        return None
    after = art.doc[tok[-1].i].sent
    if any(t.lemma_.lower() in CUE_LEMMAS for t in after if t.idx >= b and t.pos_ == "VERB"):
        return None  # '"...," the former mayor told a crowd ...': a cue the parse missed
    last = art.doc[tok[0].i - 1].sent
    if prev is not None and prev.end > last.start_char:
        return None  # the sentence before reports something already
    ends = len(art.text[: last.end_char].rstrip())
    if art.regions.overlapping(last.start_char, ends) or "\n" not in art.text[ends:a]:
        return None
    subject = next((c for c in last.root.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or _mention_kind(subject) != "name"
        or subject.ent_type_ not in _NAMED_LABELS
    ):
        return None
    return subject


def _near(art: _Article, prev: _Draft, start: int) -> bool:
    """Nothing but the previous quote's own attribution, or a short stretch of narration,
    and no other quotation, lies between the previous quote and ``start``."""
    end = prev.end
    gap = art.text[end:start]
    between = [art.regions.regions[k] for k in art.regions.overlapping(end + 1, start)]
    # a quoted title in the attribution ('told NBC's “Today”', 'said on “Meet the Press”')
    # is no other quotation
    between = [(a, b) for a, b in between if not _titled(art, a, b)]
    if gap.count("\n") > 2 or any(_words(art.text[a:b]) >= 3 for a, b in between):
        return False
    if _words(gap) <= 12:
        return True
    # '"A," said X, a long description of X. "B."': the gap is the attribution's sentence.
    if prev.cue is None or not prev.start < prev.cue[0] < start:
        return False
    cue = art.doc.char_span(prev.cue[0], prev.cue[1], alignment_mode="expand")
    return cue is not None and len(cue) > 0 and not art.text[cue.sent.end_char : start].strip()


def _colon_speaker(art: _Article, line_start: int, colon_at: int) -> Token | None:
    """Who the clause before a colon gives the quotation to.

    A heading before a dash is left out ("HEADLINE - Ann Lee: ..."); a name
    right before the colon is the speaker ("... surprises analyst Ann Lee: ...");
    a speech verb nearest the colon gives its subject ("X, with Lee yelling: ...");
    otherwise the subject of the clause.
    """
    dash = _HEADING_DASH.search(art.text, line_start, colon_at)
    start = line_start
    while dash is not None:
        start = dash.end()
        dash = _HEADING_DASH.search(art.text, start, colon_at)
    span = art.doc.char_span(start, colon_at, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    span = span.doc[max(span.start, span[-1].sent.start) : span.end]
    named = _colon_name(span, start > line_start)
    if named is not None:
        return named
    speech = _colon_speech_verb(span)
    subj = _subject(speech) if speech is not None else None
    if subj is not None and subj.lower_ not in _RELATIVE:
        return subj
    root = span[-1]
    for tok in reversed(span):
        if tok.dep_ == "ROOT" or tok.head.i >= span.end or tok.head.i < span.start:
            root = tok
            break
    subj = _subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subj is None and root.pos_ in ("PROPN", "NOUN"):
        subj = root
    if subj is None or subj.lower_ in _RELATIVE:
        return None
    return subj


#: Prepositions of a headline's topic: "Board Chair On Strike: '...'" (the chair speaks).
_HEADING_TOPIC_PREPOSITIONS = frozenset(["on", "about"])


def _colon_name(span: SpacySpan, after_dash: bool) -> Token | None:
    """A name right before a colon that speaks: "... surprises analyst Ann Lee:",
    "HEADLINE - Ann Lee:". Not a name a preposition governs ("mocked it on Twitter:");
    "Union Chief On Mayor Lee:", a heading of one on a topic, gives the one before "On"."""
    last = span[-1]
    if last.pos_ != "PROPN":
        return None
    topic = next((t for t in span[1:] if t.lower_ in _HEADING_TOPIC_PREPOSITIONS), None)
    if topic is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
        before = span.doc[topic.i - 1]
        return before if before.pos_ in ("PROPN", "NOUN") else None
    if _governed_name(last):
        return None
    proper = after_dash and len(span) <= 6 and all(t.pos_ == "PROPN" for t in span)
    return last if last.ent_type_ == "PERSON" or proper else None


def _governed_name(name: Token) -> bool:
    """A name that is the object of a preposition other than one of source ("by Ann Lee",
    "from Lee", "according to Lee"): the place, medium or addressee of the clause."""
    head = name.head if name.dep_ == "compound" else name
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return not (prep.lower_ in ("by", "from") or prep.head.lower_ == "according")


def _colon_speech_verb(span: SpacySpan) -> Token | None:
    """The verb of saying nearest the colon, not one of a clause subordinate to a later verb
    ("When Lee suggested ..., Ross fired back:" is Ross's reply)."""
    for tok in reversed(span):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_LEMMAS | REPORTING_LEMMAS:
            if tok.dep_ == "advcl" and tok.i < tok.head.i < span.end:
                return None
            return tok
    return None
