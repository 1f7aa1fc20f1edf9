"""Quote extraction, all steps: :func:`extract_quotes` and its final passes.

The cues of an article, their drafts and those of speaker labels, built into quotes;
then reports inside other reports and overlapping quotes are settled.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.given_names import mend_given_names
from kg.extract.names import is_person_noun
from kg.extract.nlp import doc_text
from kg.extract.quotes.build import _OPENING_MARK, _build_quote
from kg.extract.quotes.content import _content_of, relative_report
from kg.extract.quotes.cues import (
    _abuzz_cues,
    _adjective_cues,
    _phrase_cues,
    _title_cues,
    _verb_cues,
)
from kg.extract.quotes.drafts import (
    _Article,
    _article,
    _Draft,
    _drafts_for,
    _in_boilerplate,
    _in_quote,
    _is_quotation,
    _kind,
    _orphan_drafts,
    _trim,
)
from kg.extract.quotes.frames import _hypothetical
from kg.extract.quotes.labels import _mention_kind
from kg.extract.quotes.learned import Relay, gated, learned_candidates, relays
from kg.extract.quotes.marks import _words
from kg.extract.quotes.records import Quote, Span, _Cue
from kg.extract.quotes.resolver import _Resolver
from kg.extract.quotes.subjects import _RELATIVE, _SPOKEN, _SUBJECTS
from kg.lexicon import (
    ANONYMOUS_HEADS,
    BODY_NAME_HEADS,
    DESCRIBED_BODY_HEADS,
    DESK_LABELS,
    GROUP_HEADS,
    MISLEMMATISED,
    OBJECT_CUE_LEMMAS,
    QUOTE_ONLY_LEMMAS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    SOURCE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: "Name: what they said" at the start of a line (a headline or a transcript turn).
_LABEL_LINE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’-]*)(?:[ \t]+(?:[A-Z][\w.'’-]*|of|de|van|von)){0,4}):[ \t]+(\S[^\n]*)$",
    re.MULTILINE,
)


#: An outer report cut before a nested one is kept when this many words remain.
_KEEP_OUTER = 3


def _label_drafts(art: _Article) -> list[_Draft]:
    """Lines led by a speaker's name and a colon: headlines ('Name: "..."') and transcripts.

    The label must be a name (proper nouns, or a name in capitals), so "The result:"
    or "Update:" are not taken for speakers.
    """
    text = art.text
    out: list[_Draft] = []
    named: set[str] | None = None
    for m in _LABEL_LINE.finditer(text):
        label_start, label_end = m.span(1)
        if _in_boilerplate(art, label_start) or _in_quote(art, label_start):
            continue
        span = art.doc.char_span(label_start, label_end, alignment_mode="contract")
        if span is None or len(span) == 0 or len(span.text) < 3:
            continue
        if span[-1].lower_ in DESK_LABELS and len(span) <= 2:
            continue  # "VERDICT: False.", "Our rating: ...": a fact check's own furniture
        upper = span.text.isupper() and len(span) >= 2
        if not upper and not all(t.pos_ == "PROPN" or t.is_punct for t in span):
            # A capitalised word the tagger missed: a name if the article names it so.
            if named is None:
                named = {
                    w.lower()
                    for e in art.doc.ents
                    if e.label_ in ("PERSON", "ORG")
                    for w in e.text.split()
                }
            if span[-1].lower_ not in named:
                continue
        if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") for t in span):
            continue
        start, end = m.span(2)
        if _words(text[start:end]) < 3 or _is_roster(art.doc, start, end):
            continue
        if not upper and _heading_fragment(art.doc, start, end):
            continue
        out.append(_Draft(start, end, (label_end, label_end + 1), span[-1], kind="name"))
    return out


def _heading_fragment(doc: Doc, start: int, end: int) -> bool:
    """ "Lee: Win in a walk", "Lee: A closing surge", "Daily Brief: A world at war": a short
    line after a name label, with no subject and no quotation, is a section heading about the
    one named (what they need, what happened), not words of theirs; a headline that gives
    words says who does what ("Lee: Rates will rise") or quotes them ("Lee: 'Not fit'")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _OPENING_MARK.search(span.text) or _words(span.text) > _HEADING_WORDS:
        return False
    return not any(t.dep_ in _SUBJECTS or t.dep_ == "expl" for t in span)


#: The longest section heading after a name label, in words.
_HEADING_WORDS = 12


def _is_roster(doc: Doc, start: int, end: int) -> bool:
    """ "Ohio: Ann Lee, Bo Diaz, Cy Park": a list of names after a label is no statement."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens: list[Token] = list(span) if span is not None else []
    words = [t for t in tokens if not t.is_punct]
    commas = sum(1 for t in tokens if t.text == ",")
    return commas >= 2 and sum(t.pos_ == "PROPN" for t in words) >= 0.8 * len(words)


def _article_cues(art: _Article) -> list[_Cue]:
    found = []
    for cue in [
        *_verb_cues(art.doc),
        *_phrase_cues(art.doc),
        *_title_cues(art.doc),
        *_abuzz_cues(art.doc),
        *_adjective_cues(art.doc),
    ]:
        if _in_quote(art, cue.start) or _in_boilerplate(art, cue.start):
            continue
        found.append(_past_quoted_subject(art, cue))
    return found


def _past_quoted_subject(art: _Article, cue: _Cue) -> _Cue:
    """'"... Rivals?" tweeted Ann Lee': a subject inside the quotation is a misparse; the
    name right after an inverted cue is the speaker."""
    verb, speaker = cue.verb, cue.speaker
    if verb is None or speaker is None or not _in_quote(art, speaker.idx):
        return cue
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "nsubj") and _mention_kind(child) == "name":
            return dataclasses.replace(cue, speaker=child, content=_content_of(verb, child))
        if not child.is_punct:
            break
    return cue


@dataclass(frozen=True)
class _Drafted:
    """Step 1's output: the drafts the cues claim, and the quotation regions they used."""

    drafts: list[_Draft]
    used: frozenset[int]


def _cue_drafts(art: _Article, cues: Sequence[_Cue]) -> _Drafted:
    """Step 1: each cue's content, in text order; a quotation region goes to one cue only."""
    used: set[int] = set()
    drafts: list[_Draft] = []
    for cue in cues:
        found = _drafts_for(art, used, cue)
        verb = cue.verb
        if (
            verb is not None
            and verb.lemma_.lower() in QUOTE_ONLY_LEMMAS
            and not _asks_something(verb)
        ):
            found = [d for d in found if _is_quotation(art, d)]
        drafts.extend(found)
    return _Drafted(drafts, frozenset(used))


def _asks_something(verb: Token) -> bool:
    """ "asked the crowd to stand", "asked him whether he would run": a request or a question
    with its content, like "urged X to Y" (not "asked about it", "continued to ...")."""
    if verb.lemma_.lower() != "ask":
        return False
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _build_quotes(art: _Article, drafts: Sequence[_Draft]) -> list[Quote]:
    """Step 2: drafts become quotes in text order.

    The resolver learns each quote's speaker and content as it goes, so a later
    "he" or "the ministry" can point back to an earlier speaker: that is why the
    order matters, and why the resolver lives only inside this step.
    """
    resolver = _Resolver(art.doc, art.text, art.regions, art.boiler)
    quotes = []
    built: dict[tuple[int, int], tuple[int, int]] = {}
    for draft in sorted(drafts, key=lambda d: d.start):
        q = _build_quote(art, resolver, draft)
        if q is None:
            continue
        built[(draft.start, draft.end)] = (q.start, q.end)
        if q.continues is not None:
            # Point at the record the first part became (trimmed), or at nothing.
            q = dataclasses.replace(q, continues=built.get(q.continues))
        quotes.append(q)
    return quotes


def extract_quotes(doc: Doc, doc_id: str, learned: bool = False) -> list[Quote]:
    """Find the attributed statements in ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    doc_id : str
        The article id given to every quote.
    learned : bool
        Add the learned attributions (:func:`_with_learned`): views, demands and
        intentions no cue rule takes ("pushed for a recount"). Off by default: they are
        attributions, not who said what, and a story's quote table would count them.

    Returns
    -------
    list of Quote
        In text order, without overlaps; every quote has a speaker mention.

    Notes
    -----
    The steps, each a function of what the one before returned: the article's
    fixed facts (:func:`_article`); the cues (:func:`_article_cues`); each cue's
    drafts, claiming quotation regions in text order (:func:`_cue_drafts`);
    quotations no cue claimed, that a colon introduces or that carry on the quote
    before (:func:`_orphan_drafts`); "Name: ..." lines (:func:`_label_drafts`);
    drafts to quotes, resolving pronouns and descriptions in text order
    (:func:`_build_quotes`); then reports of reports and overlaps; last the
    learned attributions the rules left (:func:`_with_learned`).
    """
    _repair_lemmas(doc)
    mend_given_names(doc)
    _untag_common_nouns(doc)
    art = _article(doc, doc_id)
    drafted = _cue_drafts(art, _article_cues(art))
    drafts = [*drafted.drafts, *_orphan_drafts(art, set(drafted.used), drafted.drafts)]
    drafts.extend(_label_drafts(art))
    quotes, swallowed = _innermost_reports(_build_quotes(art, drafts), doc)
    quotes = [_headline_event_cut(q, doc) for q in quotes]
    quotes = _without_overlaps(quotes, _relative_reports(quotes, doc))
    return _with_learned(art, drafts, quotes, swallowed) if learned else quotes


def _with_learned(
    art: _Article, drafts: Sequence[_Draft], quotes: list[Quote], swallowed: Sequence[Quote] = ()
) -> list[Quote]:
    """The quotes the gate keeps (:func:`kg.extract.quotes.learned.gated`) and, flagged
    ``learned``, the candidates the model takes
    (:func:`kg.extract.quotes.learned.learned_candidates`), the reports a source relays
    (:func:`kg.extract.quotes.learned.relays`) and the outer reports that a report inside
    them swallowed (:func:`_innermost_reports`): "Ann Lee said the mayor claimed X" is Lee's
    report too, of the mayor's claim.

    Each becomes a draft built along with all the others, so its "he" or "the group" is
    resolved as a rule quote's would be; the rule quotes are those built before, but one
    inside an outer report or a relay makes way for it (the whole is the outer source's).
    """
    found = learned_candidates(art.doc, quotes)
    passed = relays(art.doc, quotes)
    kept = gated(art.doc, quotes)
    taken = {c.head for c in found}
    outer = [
        dataclasses.replace(q, learned=True)
        for q in swallowed
        if q.cue is not None and not any(art.doc[h].idx == q.cue.start for h in taken)
    ]
    inner = [q for q in kept if any(o.start <= q.start and q.end <= o.end for o in outer)]
    inner += [q for q in kept if any(_relayed(q, r) for r in passed)]
    kept = [*(q for q in kept if q not in inner), *outer]
    if not found and not passed:
        return sorted(kept, key=lambda q: (q.start, -(q.end - q.start)))
    heads = [art.doc[c.head] for c in found]
    cues = [(h.idx, h.idx + len(h)) for h in heads]
    extra = [
        _Draft(c.start, c.end, cue, art.doc[c.subject]) for c, cue in zip(found, cues, strict=True)
    ]
    for r in passed:
        cues.append(r.cue)
        extra += [_Draft(a, b, r.cue, art.doc[r.source]) for a, b in r.spans]
    built = _build_quotes(art, [*drafts, *extra])
    new = [
        dataclasses.replace(q, learned=True)
        for q in built
        if q.cue is not None and (q.cue.start, q.cue.end) in cues
    ]
    return sorted([*kept, *new], key=lambda q: (q.start, -(q.end - q.start)))


def _relayed(q: Quote, relay: Relay) -> bool:
    """Whether ``q`` is a reported clause inside what ``relay`` passes on ("X said Y,
    according to Z": the rule quote of X's clause makes way for Z's report of it in the
    learned mode). A quotation stays: its marks show whose words they are."""
    inside = relay.spans[0][0] <= q.start and q.end <= relay.spans[-1][1]
    return inside and q.kind != "direct"


def _headline_event_cut(q: Quote, doc: Doc) -> Quote:
    """A headline's quote ends where "as" joins a second event with its own subject ("Lee:
    pool 'safe' as council faces questions", "Lee says pool is safe as rivals cry foul"):
    the event is the headline's news, not the speaker's words."""
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end < 0 or q.start >= line_end:
        return q
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return q
    for tok in span:
        verb = tok.head
        subject = any(c.dep_ == "nsubj" for c in verb.children)
        if tok.lower_ == "as" and tok.dep_ == "mark" and tok.i > span.start and subject:
            end = q.start + len(text[q.start : tok.idx].rstrip(" ,"))
            return dataclasses.replace(q, end=end, text=text[q.start : end])
    return q


def _untag_common_nouns(doc: Doc) -> None:
    """Drop, in place, the person tags the model gave common nouns in lowercase ("the retired
    lorry driver", "the mum"): a name is written with capitals, so such a phrase is a
    description, resolved as one, and no person of its own."""
    kept = [
        e
        for e in doc.ents
        if not (e.label_ == "PERSON" and all(t.pos_ == "NOUN" and t.is_lower for t in e))
    ]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def _repair_lemmas(doc: Doc) -> None:
    """Set the true lemma of the verb forms the model lemmatises wrongly ("hoped" -> "hop"),
    in place, so this stage and the ones after it see the cue."""
    for tok in doc:
        wrong_right = MISLEMMATISED.get(tok.lower_)
        if wrong_right is not None and tok.lemma_.lower() == wrong_right[0]:
            tok.lemma_ = wrong_right[1]


def _innermost_reports(quotes: list[Quote], doc: Doc) -> tuple[list[Quote], list[Quote]]:
    """A report of a report gives the quote to the innermost source that spoke.

    "An envoy said that the talks failed, Reuters reported": the envoy said it; the outer
    report, whose content holds the envoy's mention and cue, keeps only what comes before
    them ("Reports showed that A, with users explaining why B": A), or goes when that is
    too short to be a statement. Only a verb of saying makes the inner source speak.
    Returns the quotes kept and, whole, the outer reports that went.
    """
    cut: dict[tuple[int, int], int] = {}
    for inner in quotes:
        verb = _spoken_cue(inner, doc) or _clause_cue(inner, doc)
        if verb is None or _hypothetical(verb) or _describes_a_word(inner, verb):
            continue
        assert inner.cue is not None and inner.mention is not None  # as _spoken_cue checked
        if _a_thing(inner.mention, doc):
            continue  # "the defence says the photo paints a different picture": no one spoke
        for q in quotes:
            if q is inner or not (q.start <= inner.start and inner.end <= q.end):
                continue
            if q.start <= inner.mention.start and inner.cue.end <= q.end:
                stop = min(inner.mention.start, inner.cue.start, inner.start)
                if _participle_adjunct(verb):
                    stop = min(inner.cue.start, inner.start)  # "..., claiming X": its own
                cut[(q.start, q.end)] = min(stop, cut.get((q.start, q.end), stop))
    out, gone = [], []
    text = doc_text(doc) if cut else ""
    for q in quotes:
        if (q.start, q.end) in cut:
            stop = cut[(q.start, q.end)]
            start, end = _trim(text, q.start, stop)
            end = _rstrip_joiners(text, start, end)
            if _words(text[start:end]) < _KEEP_OUTER:
                gone.append(q)
                continue
            q = dataclasses.replace(q, start=start, end=end, text=text[start:end])
            q = dataclasses.replace(q, kind=_kind(q.text))
        out.append(q)
    return out, gone


#: Cue verbs whose object would describe rather than report, which report with a "that"
#: clause ("denied that X", not "denied the report").
_CLAUSE_CUES = OBJECT_CUE_LEMMAS & REPORTING_LEMMAS
#: Heads of mentions of someone who could speak: any other noun is a thing ("the video");
#: "the force" is the police named before.
_SPEAKING_HEADS = (
    BODY_NAME_HEADS
    | GROUP_HEADS
    | REPORTING_NOUNS
    | ANONYMOUS_HEADS
    | SOURCE_NOUNS
    | DESCRIBED_BODY_HEADS.keys()
)


def _clause_cue(q: Quote, doc: Doc) -> Token | None:
    """The verb that cues ``q`` with a "that" clause when its object would describe rather
    than report ("denied that X", "confirmed that X", "warned that X", but not "denied the
    report"): with a clause it reports what its subject said, so in "she added that the
    board denied that X" the denial, and X, are the board's."""
    verb = _cue_verb(q, doc)
    if verb is None or verb.lemma_.lower() not in _CLAUSE_CUES:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return verb if any(c.left_edge.lower_ == "that" for c in clauses) else None


def _participle_adjunct(verb: Token) -> bool:
    """A cue in a participle clause with no subject of its own ("X warned that she would
    appeal, saying the fine was unfair"): its source is the main clause's, so a "he"
    inside the outer report is no nested source; the outer report ends where it begins."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False  # not "is wrong for saying X": a gerund inside the first report
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _a_thing(mention: Span, doc: Doc) -> bool:
    """A mention of a thing, not of anyone who could speak ("the video", "the footage")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.ent_type_ or is_person_noun(lemma):
        return False
    return lemma not in _SPEAKING_HEADS


def _describes_a_word(inner: Quote, cue: Token) -> bool:
    """A report in a relative clause ("denounced Ann Lee, who says she speaks for them";
    "doubted Ann Lee, whom the mayor says speaks for them"; "praised the plan, which she
    said would save money"): it describes a word of the outer content, which keeps it
    whole; both reports stand."""
    return (
        inner.mention is not None
        and (
            inner.mention.text.lower() in _RELATIVE
            or any(c.lower_ in _RELATIVE for c in cue.children if c.i < cue.i)
            or relative_report(cue)
        )
        and cue.dep_ == "relcl"
        and cue.head.idx < inner.mention.start
    )


def _rstrip_joiners(text: str, start: int, end: int) -> int:
    """Drop a trailing "with", "and", "as" or "while" left where a nested report was cut."""
    words = text[start:end].rsplit(None, 1)
    while len(words) == 2 and words[1].lower() in ("with", "and", "as", "while", "but", "that"):
        end = start + len(words[0])
        start_end = _trim(text, start, end)
        end = start_end[1]
        words = text[start:end].rsplit(None, 1)
    return end


def _relative_reports(quotes: Iterable[Quote], doc: Doc) -> frozenset[tuple[str, int, int]]:
    """The keys of the reports by a verb of saying in a relative clause
    (:func:`_describes_a_word`)."""
    found = set()
    for q in quotes:
        verb = _spoken_cue(q, doc)
        if verb is not None and not _hypothetical(verb) and _describes_a_word(q, verb):
            found.add(q.key)
    return frozenset(found)


def _cue_verb(q: Quote, doc: Doc) -> Token | None:
    """The root of the cue of ``q`` with a named source (not a continuation), if any."""
    if q.cue is None or q.mention is None or q.continues is not None:
        return None
    cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    return cue.root if cue is not None and len(cue) else None


def _spoken_cue(q: Quote, doc: Doc) -> Token | None:
    """The verb of saying that cues ``q`` with a named source (not a continuation), if any."""
    verb = _cue_verb(q, doc)
    return verb if verb is not None and verb.lemma_.lower() in _SPOKEN else None


def _without_overlaps(
    quotes: Iterable[Quote], nested: frozenset[tuple[str, int, int]] = frozenset()
) -> list[Quote]:
    """Keep the longer of two overlapping quotes (the outer report of a nested one), and
    the ``nested`` reports (of a relative clause) inside the outer one."""
    kept: list[Quote] = []
    outer: Quote | None = None
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if outer is not None and q.start < outer.end:
            mention = q.mention
            inside = mention is not None and outer.start < mention.start and q.end <= outer.end
            if q.key in nested and inside:
                kept.append(q)
            continue
        kept.append(q)
        outer = q
    return kept
