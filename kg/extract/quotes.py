"""Stage 3: a parsed ``Doc`` becomes :class:`Quote` records.

A quote is what someone said (its content span), the cue that reports it
("said", "according to"), and the mention of the speaker in that sentence,
with the antecedent a pronoun or description refers to.

The work is done in one pass over the parse plus one over the quotation marks:

1. :func:`quote_regions` pairs the quotation marks of the text (straight and
   curly, quotes running over several paragraphs, unbalanced marks closed at
   the end of their paragraph);
2. every reporting cue outside quotation marks (a speech or thought verb that
   is not negated, "according to X", "X's statement said") gives a quote: the
   quoted passage next to the cue (direct), or the cue's complement clause
   (indirect, or mixed when it holds quoted words);
3. quoted passages no cue claimed are attributed when a colon introduces them
   ("X wrote: ...") or when they continue the previous speaker's quote;
4. the speaker mention is resolved: pronouns by gender, number, person or
   organisation, and recency (never to a name inside the reported words);
   descriptions ("the ministry", "the spokesman") to the latest fitting name;
   relative pronouns to the noun they modify. A joint source ("A and B said",
   "A, B and C argued") keeps the other members as ``co_mentions``; "they"
   after it stands for the whole joint source.

Cues in page furniture (:mod:`kg.extract.boilerplate`) give nothing.

>>> from kg.extract.nlp import load_model
>>> doc = load_model()("“We will rebuild,” the mayor said on Monday.")
>>> [(q.text, q.kind, q.mention.text) for q in extract_quotes(doc, "d")]
[('“We will rebuild,”', 'direct', 'the mayor')]
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

from kg.extract.boilerplate import boilerplate_of
from kg.extract.given_names import mend_given_names
from kg.extract.mentions import ampersand_partner, name_start
from kg.extract.names import is_person_noun
from kg.extract.nlp import doc_text
from kg.lexicon import (
    ABUZZ_WORDS,
    ADHERING_PHRASES,
    ANONYMOUS_HEADS,
    ASSERTING_ADJECTIVES,
    ATTITUDE_LEMMAS,
    BODY_ANAPHORS,
    CAPITALS,
    CAUSATIVE_LEMMAS,
    CLAIM_NOUNS,
    COGNITION_LEMMAS,
    COLLECTIVE_PEOPLE,
    COUNTRY_FORMS,
    DEMAND_NOUNS,
    DESK_LABELS,
    EPITHET_NOUNS,
    EVIDENCE_LEMMAS,
    EVIDENCE_NOUNS,
    FEMALE_TITLES,
    FIRM_EPITHETS,
    FIRM_NOUNS,
    FORMER_WORDS,
    FRAMED_CUES,
    FUNCTION_WORDS,
    GENDERED_ROLES,
    GENERIC_HEADS,
    GROUP_HEADS,
    HELD_NOUNS,
    INSTITUTION_KINDS,
    LEAVE_WORDS,
    LIFE_STAGE_NOUNS,
    MAKING_LEMMAS,
    MALE_TITLES,
    MISLEMMATISED,
    NAME_CALLING_LEMMAS,
    NAMED_BODY_HEADS,
    NAMING_VERBS,
    NOT_FIRM_HEADS,
    OBJECT_CUE_LEMMAS,
    OBJECT_PARTICIPLE_LEMMAS,
    ORG_HEADS,
    ORG_SUFFIXES,
    OUTFIT_NOUNS,
    OVERSIGHT_NOUNS,
    OWN_REPORTING_LEMMAS,
    PARENT_NOUNS,
    PERSON_NOUNS,
    QUOTE_ONLY_LEMMAS,
    REJECTING_PHRASALS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    RESULT_NOUNS,
    SELDOM_WORDS,
    SOURCE_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_LEMMAS,
    STANCE_ONLY_LEMMAS,
    STATE_HEADS,
    STATED_NOUNS,
    STATING_LEMMAS,
    TALK_NOUNS,
    THAT_ONLY_LEMMAS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    TITLED_PIECES,
    TOLD_NOUNS,
    TOPIC_LEMMAS,
    TOPIC_PREPOSITIONS,
    UNNAMED_PERSON_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CUE_LEMMAS",
    "MentionKind",
    "Quote",
    "QuoteKind",
    "Span",
    "cue_frame",
    "extract_quotes",
    "quote_regions",
    "relative_report",
]

QuoteKind = Literal["direct", "indirect", "mixed"]
MentionKind = Literal["name", "pronoun", "nominal", "none"]

#: Every verb lemma that can report speech or thought.
CUE_LEMMAS = (
    REPORTING_LEMMAS | SPEECH_LEMMAS | COGNITION_LEMMAS | ATTITUDE_LEMMAS | THAT_ONLY_LEMMAS
)
#: Verbs of communication (not of thought): the innermost of nested reports that speaks.
_SPOKEN = REPORTING_LEMMAS - OBJECT_CUE_LEMMAS - COGNITION_LEMMAS

_OPENERS = "“„«"
_CLOSERS = "”»"
_MARK = re.compile(r"''|[\"“”„«»]")
#: A dateline before the first sentence: "PARIS (Reuters) — ", "WASHINGTON -- ".
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ ,]*)(?:[A-Z0-9][\w.'’-]*[ ,]*){0,5}(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s+"
)
#: "Name: what they said" at the start of a line (a headline or a transcript turn).
_LABEL_LINE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’-]*)(?:[ \t]+(?:[A-Z][\w.'’-]*|of|de|van|von)){0,4}):[ \t]+(\S[^\n]*)$",
    re.MULTILINE,
)
#: A quotation that ends its sentence with a period inside the closing mark.
_CLOSED_STATEMENT = re.compile(r"\.(?:''|[\"”»])$")
#: A dash between a heading and what follows it on the line ("HEADLINE - Name: ...").
_HEADING_DASH = re.compile(r"\s(?:-|--|—|–)\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\S{0,2})\s*$")
_PARAGRAPH_MARK = re.compile(r"\n[ \t]*(?:''|[\"“„«])")
_LEADING_MARK = re.compile(r"^(?:''|[\"“”„«»])")
_TRAILING_MARK = re.compile(r"(?:''|[\"“”„«»])$")
_PARAGRAPH_BREAK = re.compile(r"\n")
#: A social-media handle ("@ann_lee").
_HANDLE = re.compile(r"@\w{2,}")
_WORD = re.compile(r"\w+")
_COMPLEMENTS = ("ccomp", "xcomp")
#: Cues of refusing, and the verbs of speaking whose refusal reports nothing.
_REFUSALS = frozenset(["decline", "refuse"])
_SPEAKING = frozenset(["comment", "elaborate", "speak", "discuss", "talk", "speculate"])
#: Objects that make a report say nothing ("said nothing", "said little").
_NOTHING = frozenset(["nothing", "little"])
#: What one declines to do when declining to inform ("declined to give the sum", "to be
#: interviewed", "to specify a date"): a refusal to speak, no statement.
_INFORMING = frozenset(["give", "interview", "specify", "identify", "name", "disclose", "reveal"])
#: Verbs of telling whose refused question says nothing ("declined to say whether X",
#: "refused to confirm how much"): the wh-clause is what was not answered.
_ANSWERING = frozenset(["say", "confirm", "disclose", "reveal", "explain", "tell", "state"])
#: Speech verbs whose object is content only when it is a direct object ("said nothing").
_SAY = frozenset(["say", "tell", "write", "add"])
#: Subordinators of adverbial clauses: a clause they open is not a report's content.
_ADVERBIAL_MARKS = frozenset(
    ["as", "while", "when", "because", "after", "before", "since", "although", "though", "until"]
)
#: Gatherings one speaks to ("told the crowd").
_AUDIENCES = frozenset(["crowd", "audience", "rally", "gathering", "meeting", "conference"])
_OBJECTS = ("dobj", "dative", "prep", "oprd", "attr", "acomp", "pcomp", "obj")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
#: Words after which a quoted passage is a title or a name, not what was said.
_NAME_TAKERS = frozenset(["ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM"])
_PERSON_LABELS = frozenset(["PERSON"])
#: Entity labels of a name that can stand in apposition for a described speaker.
_NAMED_LABELS = frozenset(["PERSON", "ORG"])
_ORG_LABELS = frozenset(["ORG", "GPE", "NORP", "FAC"])
#: Pronoun speakers of the first and second person: kept as mentions, never resolved.
_SELF = frozenset(["i", "we", "you"])
_RELATIVE = frozenset(["who", "which", "that", "whom"])
#: Quantifiers that float after a joint subject ("A and B both say").
_FLOATING_QUANTIFIERS = frozenset(["both", "all", "each"])
#: Relative pronouns that open an aside after a comma (", who asked not to be named").
_ASIDE_RELATIVES = frozenset(["who", "whom", "whose", "which"])
#: Subjects that are never the source: generic "you", and "that" (a report "that says").
_NO_SPEAKER = frozenset(["you", "that"])


@dataclass(frozen=True)
class Span:
    """A piece of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """One attributed statement in one article.

    Attributes
    ----------
    doc : str
        The article id.
    start, end : int
        Character offsets of the content.
    text : str
        The content.
    kind : {'direct', 'indirect', 'mixed'}
    cue : Span or None
        The reporting words ("said", "according to").
    mention : Span or None
        The speaker as named in this sentence (may be "he" or "the ministry").
    mention_kind : {'name', 'pronoun', 'nominal', 'none'}
    antecedent : Span or None
        For a pronoun or description, the fuller mention it refers to.
    sentence : Span or None
        The sentence(s) holding the quote, for context.
    continues : tuple of int or None
        For the second part of a split quote, or a quoted passage that carries on
        a speaker's quote without a cue of its own, the ``(start, end)`` of the
        quote it continues.
    co_mentions : tuple of Span
        A joint source's other members ("Ann Lee and the ministry said"): each
        co-speaker's mention in this sentence, the first-named being ``mention``.
    co_antecedents : tuple of (Span or None)
        Parallel to ``co_mentions``: what each co-mention refers to, when it is a
        pronoun or a description.
    """

    doc: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: Span | None = None
    mention: Span | None = None
    mention_kind: MentionKind = "none"
    antecedent: Span | None = None
    sentence: Span | None = None
    continues: tuple[int, int] | None = None
    co_mentions: tuple[Span, ...] = ()
    co_antecedents: tuple[Span | None, ...] = ()

    @property
    def key(self) -> tuple[str, int, int]:
        """``(doc, start, end)``: identifies the quote within a corpus."""
        return (self.doc, self.start, self.end)


# --- quotation marks ------------------------------------------------------------------------
def _opens_here(text: str, i: int, j: int) -> bool:
    """A straight or ambiguous mark at ``text[i:j]`` looks like an opening one."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _closes_here(text: str, j: int) -> bool:
    after = text[j] if j < len(text) else " "
    return after.isspace() or after in ".,;:!?)]—–-"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Pair the double quotation marks of ``text`` into ``(start, end)`` regions.

    Straight (``"``), curly, angle and doubled-apostrophe (``''``) marks are
    understood. Regions include their marks. A quote whose paragraph ends
    without a closing mark continues when the next paragraph opens with a
    quotation mark (the convention for quotes over several paragraphs);
    otherwise it is closed at the end of its paragraph, so an odd number of
    marks never swallows the rest of the article.

    >>> t = '“One,” he said, "two." And “three\\n\\n“four.”'
    >>> [t[a:b] for a, b in quote_regions(t)]
    ['“One,”', '"two."', '“three\\n\\n“four.”']
    >>> t = 'He said "unclosed\\nNext line "ok" here'
    >>> [t[a:b] for a, b in quote_regions(t)]
    ['"unclosed', '"ok"']
    >>> t = "''It works,'' she said."
    >>> [t[a:b] for a, b in quote_regions(t)]
    ["''It works,''"]
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    last_mark_end = 0
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]

    def paragraph_end(i: int) -> int:
        k = bisect.bisect_left(breaks, i)
        return breaks[k] if k < len(breaks) else len(text)

    for m in _MARK.finditer(text):
        i, j = m.start(), m.end()
        if open_at is not None and paragraph_end(last_mark_end - 1) < i:
            # The open quote's paragraph ended: it carries on only into a paragraph that
            # opens with a quotation mark (and every paragraph between does too).
            line_start = text.rfind("\n", 0, i) + 1
            if text[line_start:i].strip() == "" and _only_quote_paragraphs(
                text, last_mark_end, line_start
            ):
                last_mark_end = j
                continue
            regions.append((open_at, _rstrip(text, open_at + 1, paragraph_end(last_mark_end - 1))))
            open_at = None
        c = m.group()
        if open_at is None:
            if c in _OPENERS or _opens_here(text, i, j):
                open_at = i
                last_mark_end = j
            continue
        if c in _OPENERS and not _closes_here(text, j):
            # A second opening mark inside a quote: the first was never closed.
            regions.append((open_at, _rstrip(text, open_at + 1, i)))
            open_at = i
            last_mark_end = j
            continue
        regions.append((open_at, j))
        open_at = None
        last_mark_end = j
    if open_at is not None:
        regions.append((open_at, _rstrip(text, open_at + 1, paragraph_end(last_mark_end - 1))))
    doubles = [(a, b) for a, b in regions if b - a > 2]
    return sorted(doubles + _single_regions(text, doubles))


#: A single quotation mark opening a quote: at the start of a line or after a space,
#: bracket, dash or colon, before a letter or digit.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))['‘](?=\w)", re.MULTILINE)
#: Characters before a single mark that close a quote ("pay,' she said").
_CLOSING_PUNCT = ",.!?…"


def _single_regions(text: str, doubles: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes in single marks ('We will not pay,' she said), told apart from apostrophes.

    A mark between two letters is an apostrophe (it's, Lee's); a closing mark follows
    punctuation or a word and precedes a space or punctuation; a plural possessive
    ("the teachers' union") is not taken for one. Single marks inside double quotes belong
    to them; a pair with fewer than three words between is a scare quote, not a quote.

    >>> t = "'We will not pay. It's our money,' she said of the 'plan'."
    >>> [t[a:b] for a, b in _single_regions(t, [])]
    ["'We will not pay. It's our money,'"]
    """
    starts = [a for a, _ in doubles]
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SINGLE_OPEN.finditer(text):
        i = m.start()
        if i < pos or _inside(doubles, starts, i) or text[i : i + 2] == "''":
            continue
        stop = text.find("\n", i)
        close = _single_close(text, i + 1, len(text) if stop < 0 else stop)
        if close is None or _inside(doubles, starts, close) or _words(text[i:close]) < 3:
            continue
        out.append((i, close + 1))
        pos = close + 1
    return out


def _single_close(text: str, start: int, stop: int) -> int | None:
    """Offset of the single mark that closes a quote opened before ``start``, or None."""
    for k in range(start, stop):
        if text[k] not in "'’":
            continue
        before = text[k - 1]
        after = text[k + 1] if k + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: it's, Lee's
        if before in _CLOSING_PUNCT and (after.isspace() or after in _CLOSING_PUNCT + ";:)"):
            return k
        if before.isalnum() and after in ",.;:!?)":
            return k  # a plural possessive goes on to its noun ("the teachers' union")
        if before.isalnum() and after.isspace() and (before != "s" or _no_plural(text, k)):
            return k
    return None


#: Word endings in "s" that make no plural ("'outrageous'", "'a crisis'", "'the boss'"), so a
#: mark after them closes a quote rather than ending a plural possessive ("the teachers' vote").
_NOT_PLURAL_ENDINGS = ("ous", "ss", "us", "is")


def _no_plural(text: str, k: int) -> bool:
    """Whether the word before the mark at ``k`` ends in an "s" that makes no plural."""
    return text[max(0, k - 3) : k].lower().endswith(_NOT_PLURAL_ENDINGS)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _only_quote_paragraphs(text: str, open_at: int, line_start: int) -> bool:
    """Between the opening of a quote and ``line_start``, every paragraph opens with a mark."""
    pos = text.find("\n", open_at)
    while 0 <= pos < line_start:
        nxt = pos + 1
        line_end = text.find("\n", nxt)
        line = text[nxt : line_end if line_end >= 0 else len(text)].strip()
        if line and not _LEADING_MARK.match(line):
            return False
        pos = line_end
    return True


class _Regions:
    """Quote regions with fast lookup by character offset."""

    def __init__(self, regions: Sequence[tuple[int, int]]) -> None:
        self.regions = list(regions)
        self.starts = [a for a, _ in self.regions]

    def at(self, offset: int) -> int | None:
        """Index of the region holding ``offset``, or None."""
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.regions[k][1]:
            return k
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the regions overlapping ``[start, end)``."""
        k = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while k < len(self.regions) and self.regions[k][0] < end:
            if self.regions[k][1] > start:
                out.append(k)
            k += 1
        return out


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> bool:
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


# --- cues -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cue:
    """A reporting cue found in the parse: the words, the speaker token, the content."""

    start: int
    end: int
    speaker: Token | None
    content: tuple[int, int] | None
    verb: Token | None


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("rule out"), or the bare lemma. A particle may be
    parsed as a preposition with no object of its own ("played down the risk")."""
    particle = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not list(c.children))
        ),
        None,
    )
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _negated(verb: Token) -> bool:
    """A "not" on the cue, not one the parser hung on it from inside a quotation before it
    ('"Absolutely not," she said': she said it, she did not fail to say something)."""
    return any(c.dep_ == "neg" and not _quoted_before(c, verb) for c in verb.children)


def _quoted_before(word: Token, verb: Token) -> bool:
    """Whether ``word`` stands inside a quotation that closes before ``verb``."""
    return word.i < verb.i and any(t.is_quote for t in word.doc[word.i + 1 : verb.i])


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker of a cue verb: its subject, agent, or the subject of the verb it hangs on."""
    doer = _participle_doer(verb) if depth == 0 and verb.tag_ == "VBG" else None
    if doer is not None:
        return doer
    found = _hung_subject(verb, depth)
    found = _sentence_subject(verb) if found is None and depth == 0 else found
    return _intensified(found) if found is not None else None


def _intensified(subject: Token) -> Token:
    """ "Lee himself wrote": the name an intensive reflexive stands after, not the reflexive
    (which the parser may make the subject, and which would resolve like a pronoun)."""
    if subject.lower_ not in _REFLEXIVES or subject.i == 0:
        return subject
    before = subject.doc[subject.i - 1]
    return before if before.pos_ in ("PROPN", "NOUN") else subject


def _reduced_relative(subject: Token) -> Token:
    """ "Staff arriving for the shift said": the parser may make the participle the clausal
    subject and the noun its subject; the noun, which the participle describes, is who spoke."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return subject
    nouns = [c for c in subject.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns and nouns[-1].i == subject.i - 1 else subject


def _participle_doer(verb: Token) -> Token | None:
    """The noun phrase right before a participle that does it: "with" (or "without") and a
    noun ("The talk ended with Lee asking ...") or the object of a verb of leaving or
    perceiving ("the closures left most teachers saying ..."), whatever the parser hung the
    participle on."""
    if _with_absolute(verb) and _someone(verb.head):
        return verb.head  # the parser hung the participle on its doer
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod":
        k -= 1
    if k < 0:
        return None
    edge = verb.doc[k]
    ending = [t for t in (edge, *edge.ancestors) if t.right_edge.i == k]
    noun = next((t for t in reversed(ending) if t.dep_ in ("pobj", "dobj")), None)
    if noun is None or not _someone(noun):
        return None
    if noun.dep_ == "pobj":
        return noun if noun.head.lower_ in ("with", "without") else None
    return noun if noun.head.lemma_.lower() in OBJECT_PARTICIPLE_LEMMAS else None


def _hung_subject(verb: Token, depth: int) -> Token | None:
    """:func:`_subject`, from the verb and the verbs it hangs on.

    A verb walked up to that is a passive gives its grammatical subject, not its agent nor
    a subject further up: "Lee was joined on stage by Ann Kay and joked ...", "voters are
    united in supporting ..." (Lee joked, the voters support)."""
    found = _nearest_subject(verb, depth)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if depth == 0 or found is None or passive is None or passive.lower_ in _RELATIVE:
        return found
    named = passive.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in passive.children
    )  # "the singer Mara Quell was joined ..."
    if not (named or _someone_personal(passive) or _is_source(passive)):
        return found  # "Her attacks were echoed by aides, who ...": a thing says nothing
    return found if found.dep_ in ("nsubj", "csubj") and found.head is verb else passive


def _nearest_subject(verb: Token, depth: int) -> Token | None:
    """:func:`_hung_subject` before a passive's subject is preferred."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # '"That, sadly," he said, "is life"': the parser may give "said" two subjects; the
        # speaker is the one next to the verb, not a word of the quotation before it.
        before = [c for c in subjects if c.i < verb.i]
        doc = verb.doc
        if len(before) > 1 and any(_MARK.fullmatch(t.text) for t in doc[before[0].i : verb.i]):
            return before[-1]
        # "an aide whom the mayor claimed ran the campaign": the parser may give "claimed" both
        # "whom" and "the mayor"; the relative pronoun is the subject of what was claimed
        named = [c for c in subjects if c.lower_ not in _RELATIVE]
        if len(named) == 2 and _apposed_name(named[0], named[1]):
            return named[1]
        return _reduced_relative(named[0] if len(subjects) > 1 and named else subjects[0])
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    misread = _misread_subject(verb)
    if misread is not None:
        return misread
    hung = _subject_hung_on_opener(verb)
    if hung is not None:  # "In a statement to the Bugle, a spokesperson said": appos of Bugle
        return hung
    hung = _subject_before_participle(verb)
    if hung is not None:  # "Lee, reached by phone, said": "Lee reached" read as a report
        return hung
    for child in verb.lefts:
        if child.dep_ == "aux":  # "X has, in a video, ruled out ...": hung on the auxiliary
            found = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    head = verb.head
    if verb.dep_ == "parataxis" and head.i > verb.i and head.lemma_.lower() in CUE_LEMMAS:
        # '"...," said Ann Lee, the chair, told the agency': one speaker, two cues
        found = next((c for c in head.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if found is not None and found.i < head.i:
            return found
    outer = _misplaced_conj_cue(verb)
    if depth < 3 and outer is not None:
        return _subject(outer, depth + 1)
    quoted = _quoted_one(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    if quoted is not None:  # "X was quoted as saying A, adding that B": X adds B
        return quoted
    caused = _caused_to(verb) if depth == 0 else None
    if caused is not None:  # "the loss led the chair to declare ...": the chair declares
        return caused  # (not a verb hung below: "persuade X to switch by arguing ...")
    reporter = _reporter_of_participle(verb) if depth == 0 else None
    if reporter is not None:  # "He denied that X had failed, saying Y": he says Y
        return reporter
    described = _whose_noun(verb)
    if described is not None:
        return described
    shared = _passive_subject_shared(verb)
    if shared is not None:  # "X was asked about it and joked that ...": X joked
        return shared
    walks_up = ("conj", "advcl", "xcomp", "ccomp", "acomp")  # "acomp": "was eager to reply"
    if depth < 3 and verb.dep_ in walks_up and verb.head is not verb:
        if verb.dep_ == "ccomp" and verb.head.lemma_ not in ("be", "go", "continue", "begin"):
            return None
        return _subject(verb.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        outer = verb.head.head
        if verb.head.lower_ == "as" and _quoted_one(outer) is not None:
            # "the source was quoted as saying": the one quoted is the speaker
            return _quoted_one(outer)
        return _subject(outer, depth + 1)  # "responded by saying that ..."
    return None


def _whose_noun(verb: Token) -> Token | None:
    """ "A teacher whose video has been viewed a million times insisted that X": the parser
    may take the relative clause's verb ("viewed") for the main one and hang the finite cue
    on it; the noun "whose" describes, its subject, is the cue's subject. None otherwise."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if head.i > verb.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for subject in head.children:
        opens = subject.i + 1 < head.i and doc[subject.i + 1].lower_ == "whose"
        if subject.dep_ in ("nsubj", "nsubjpass") and opens:
            return subject
    return None


def _passive_subject_shared(verb: Token) -> Token | None:
    """The subject of a passive verb that ``verb`` is joined to ("X was asked about the
    film and joked that ..."), which the joined verb shares."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or any(c.dep_ == "nsubj" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _subject_hung_on_opener(verb: Token) -> Token | None:
    """The subject the parser set in apposition to the last word of an opening phrase ("In
    a statement to the Bugle, a spokesperson said": "spokesperson" hung on "Bugle"), when
    the verb has no subject and that noun phrase ends right before it."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    opener = next((c for c in verb.lefts if c.dep_ == "prep"), None)
    if opener is None:
        return None
    for tok in opener.subtree:
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i + 1 == verb.i:
            comma = verb.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
            if comma is not None and comma.text == ",":
                return tok
    return None


def _subject_before_participle(verb: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas between it and the cue
    ("Lee, reached by phone, said ...", "The mayor, asked about the cuts, said ..."): the
    parser reads "Lee reached by phone" as a clause the cue reports, and leaves the cue with
    no subject. None unless the commas close in the participle with nothing quoted."""
    if verb.i < 2 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.lefts:
        if (
            c.dep_ not in ("ccomp", "advcl")
            or c.tag_ not in ("VBN", "VBD")
            or doc[verb.i - 1].text != ","
        ):
            continue
        subject = next((t for t in c.lefts if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.right_edge.i not in (c.i - 2, c.i - 1):
            continue
        if doc[c.i - 1].text != ",":
            continue
        if c.right_edge.i + 2 == verb.i and not any(_MARK.match(t.text) for t in c.subtree):
            return subject
    return None


def _misread_main_verb(verb: Token) -> bool:
    """Whether the parser read a main reporting verb as a participle: see _misread_subject."""
    return _misread_subject(verb) is not None


def _misread_subject(verb: Token) -> Token | None:
    """ "The Bugle, which first broke the story, reported that X": after a relative clause the
    parser may read the main verb as a participle on its subject, which is then left as the
    sentence's root with no verb of its own; a "that" clause shows the verb reports. The
    participle may hang on the last noun of the relative clause instead ("Lee, who runs a
    channel, posted that X": "a channel posted"); the subject is still the root noun the
    clause describes. None when the verb is no such misread."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not _that_clause_after(verb, verb.i):
        return None
    for tok in (verb.head, *verb.head.ancestors):
        if tok.dep_ == "ROOT":
            described = tok.pos_ in ("NOUN", "PROPN") and tok.i < verb.i
            clauses = [c for c in tok.children if c.dep_ == "relcl" and c.i < verb.i]
            return tok if described and clauses else None
        if tok.dep_ == "relcl" and tok.right_edge.i < verb.i - 2:
            return None  # the relative clause ended well before the verb: no misread
    return None


def _apposed_name(role: Token, name: Token) -> bool:
    """Whether ``name`` is a person's name set off by a comma right after the common noun
    ``role``: "The club's treasurer, Owen Pratley, who resigned, said ..." -- a relative clause
    after the name can make the parser give the verb both as subjects; the name speaks."""
    edge = name.left_edge.i
    return (
        role.pos_ == "NOUN"
        and name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and edge == role.right_edge.i + 2
        and role.doc[edge - 1].text == ","
    )


def _reporter_of_participle(verb: Token) -> Token | None:
    """The subject of the cue whose reported clause a speaking participle hangs on."""
    clause = verb.head
    if verb.dep_ != "advcl" or not _speaking_participle(verb) or clause.dep_ != "ccomp":
        return None
    outer = clause.head
    if outer.lemma_.lower() not in CUE_LEMMAS:
        return None
    return next((c for c in outer.children if c.dep_ == "nsubj"), None)


def _caused_to(verb: Token) -> Token | None:
    """The object a causative verb makes do ``verb`` ("prompted Lee to accuse ...": Lee)."""
    head = verb.head
    causative = head.lemma_.lower() in CAUSATIVE_LEMMAS
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or not causative:
        return None  # "persuade X, arguing ...": a participle is the persuader's own act
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
    if not objs or not _someone(objs[0]):
        return None
    return objs[0]


def _someone(tok: Token) -> bool:
    """A noun or a personal pronoun: not a thing ("it leaves it to ...") nor a bare quantifier
    ("leaving many to wonder ...": nobody the text names)."""
    return _someone_personal(tok) or tok.pos_ in ("NOUN", "PROPN")


def _someone_personal(tok: Token) -> bool:
    """A personal pronoun other than "it"."""
    return tok.tag_ == "PRP" and tok.lower_ not in ("it", "itself")


def _quoted_one(verb: Token) -> Token | None:
    """Who "was quoted" or "was cited" by ``verb``, if it is such a passive; or whom an
    active one quotes ("the paper quoted a source as saying ...": the source speaks)."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    # not "quoted him as saying": an object pronoun names no one a speaker can be resolved to
    objs = (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN"))
    return next(objs, None)


def _sentence_subject(verb: Token) -> Token | None:
    """ "She dashed hopes that a merger might be agreed, saying, ...": a participle of saying
    after a comma that the parser hung inside a subordinate clause speaks for the subject of
    the sentence's main verb."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.i >= verb.i or root.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _misplaced_conj_cue(verb: Token) -> Token | None:
    """The cue a second cue really coordinates with: "He said prices rose and said wages fell".

    The parser hangs "and said" on "rose", the verb of the first report, so the second cue
    would take "prices" for its speaker and become a report inside the first. When a
    subjectless conjunct repeats the outer cue's verb (or is "added"), both are the outer
    speaker's; so is a participle of saying hung there ("told X that Y, adding, ...") and a
    participle coordinated with a participle cue ("telling X that Y and questioning Z"), and
    an object cue in the outer cue's tense ("says she likes the plan and calls it bold").
    Returns the outer cue, or None.
    """
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if not (verb.dep_ == "conj" or participle):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ == "advcl" and clause.head.i < clause.i and not participle:
        # "said the family had been hounded since the story went viral and denied that X":
        # hung on the verb of a clause inside the report, the cue walks up to the report
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or not (outer.i < clause.i < verb.i):
        return None
    lemma = verb.lemma_.lower()
    if not participle and lemma in CUE_LEMMAS and _tense(verb) == _tense(outer) != _tense(clause):
        # "said he earns little and questioned how ...": a cue in the outer cue's tense (or
        # form), not the reported clause's, is the speaker's next report (PolNeAR: 8 of 8)
        return outer
    if outer.lemma_.lower() not in _SPOKEN:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children) and _object_then_clause(verb) is None:
        # "said the economy grew and added jobs": no second report; but "says she likes
        # the plan and calls it bold": an object cue in the outer cue's tense is its act
        acts = not participle and lemma in OBJECT_CUE_LEMMAS and verb.tag_ == outer.tag_
        return (
            outer if acts and any(c.dep_ in (*_OBJECTS, "xcomp") for c in verb.children) else None
        )
    if participle or (verb.tag_ == outer.tag_ == "VBG"):
        # "told X that Y, adding, ...", "telling X that Y and questioning why ..."
        return outer if lemma in CUE_LEMMAS else None
    if lemma not in _SPOKEN and lemma not in OBJECT_CUE_LEMMAS:
        return None  # "and denied that Y", "and warned that Y": with a clause, a report
    return outer


def _object_then_clause(verb: Token) -> Token | None:
    """ "and insisted the rest of the bone was older": the parser may make "the rest" the
    cue's object and hang "was" on an earlier verb. A finite verb with no subject right
    after the cue's object is that object's clause; returns its verb, or None."""
    if verb.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.right_edge.i + 1 >= len(obj.doc):
            continue
        nxt = obj.doc[obj.right_edge.i + 1]
        finite = nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.dep_ in ("conj", "ccomp")
        if finite and nxt.head.i != verb.i and not any(c.dep_ in _SUBJECTS for c in nxt.children):
            return nxt
    return None


def _reported_conjunct(verb: Token, last: Token) -> Token | None:
    """ "He said the server was open, and he had full access to it": the parser hung the
    second clause on the cue, beside the reported one. A clause joined by "but" or "nor", or
    by "and" (or a comma) with a pronoun for its subject, carries on what was said (measured on
    PolNeAR); one with a cue verb is a report of its own, one without a subject ("said X and
    left") is the speaker's next act. Returns the second clause's verb, or None."""
    for c in verb.rights:
        if c.dep_ != "conj" or c.i <= last.right_edge.i:
            continue
        subject = next((s for s in c.children if s.dep_ in _SUBJECTS), None)
        if subject is None or c.lemma_.lower() in CUE_LEMMAS or c.pos_ not in ("VERB", "AUX"):
            return None
        if _the_report_itself(subject):
            return None  # "insists X, but that assertion was later withdrawn": the writer's
        tense = _tense(c)
        if tense is None or tense != _tense(last):
            return None  # "said she would go, but there is no sign of it": the writer's now
        joins = [t.lower_ for t in verb.children if t.dep_ == "cc" and last.i < t.i < c.i]
        joins += [t.lower_ for t in c.children if t.dep_ == "cc" and t.i < subject.i]
        if any(j in ("but", "nor") for j in joins):
            return c
        return c if set(joins) <= {"and"} and subject.pos_ == "PRON" else None
    return None


def _the_report_itself(subject: Token) -> bool:
    """A subject that points back at what was just reported ("that claim", "this argument",
    "such assertions"): the clause comments on the report, it does not carry it on."""
    pointed = any(c.dep_ == "det" and c.lower_ in ("that", "this", "such") for c in subject.lefts)
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in CLAIM_NOUNS and pointed


#: Subordinators of a reason or condition that goes with what was said ("said X because Y").
_REASON_MARKS = frozenset(["because", "if", "unless", "since", "so"])


def _reason_after(verb: Token, last: Token) -> Token | None:
    """ "said it left the meetings out because they were official duties": the parser hung the
    reason (or condition) on the cue; after the reported clause it is part of what was said
    (PolNeAR: 23 of 23). Not "while ..." or a participle, the writer's more often. Returns the
    clause's verb, or None."""
    for c in verb.rights:
        if c.dep_ == "advcl" and c.i > last.right_edge.i:
            marks = [m.lower_ for m in c.children if m.dep_ == "mark" and m.i < c.i]
            return c if marks and marks[0] in _REASON_MARKS else None
    return None


#: Modals of the past (reported speech shifts "will" to "would").
_PAST_MODALS = frozenset(["would", "could", "might", "should", "'d"])


def _tense(verb: Token) -> str | None:
    """ "past" or "present" for a finite verb by its first auxiliary or its own tag (None for
    an infinitive or a participle without one)."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    tok = auxes[0] if auxes else verb
    if tok.tag_ == "MD":
        return "past" if tok.lower_ in _PAST_MODALS else "present"
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(tok.tag_)


def _before_conj_cue(clause: Token, end: int) -> int:
    """Where a reported clause ends when the parser hung the speaker's next cue on it."""
    doc = clause.doc
    # "... since the story went viral and denied that X": or hung on a clause inside it
    inner = [a for a in clause.rights if a.dep_ == "advcl"]
    for c in [*clause.rights, *(r for a in inner for r in a.rights)]:
        if _misplaced_conj_cue(c) is None:
            continue
        k = c.left_edge.i
        while k > clause.i and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
            k -= 1
        if k > clause.i:
            return min(end, doc[k - 1].idx + len(doc[k - 1]))
    return end


def _before_dangling_cc(clause: Token, end: int) -> int:
    """ "said the plan was sound, and denied that ...": the parser may hang the "and" that
    joins the speaker's next act on the reported clause; no clause ends in a conjunction."""
    doc = clause.doc
    k = clause.right_edge.i
    if doc[k].dep_ != "cc" or doc[k].idx + len(doc[k]) != end:
        return end
    while k > clause.i and (doc[k].dep_ == "cc" or doc[k].is_punct):
        k -= 1
    return doc[k].idx + len(doc[k])


def _before_own_report(clause: Token, end: int) -> int:
    """Where a reported clause ends when an adverbial clause in it is a report of its own
    ("said the road was safe, although she conceded that the bridge may need repairs"):
    the concession is the second report's, not part of the first."""
    doc = clause.doc
    for c in clause.rights:
        if (
            c.dep_ == "advcl"
            and (any(s.dep_ in _SUBJECTS for s in c.children) or _speaking_participle(c))
            and any(_reports_clause(v) for v in (c, *_went_on_to(c)))
        ):
            k = c.left_edge.i
            while k > clause.i and doc[k - 1].is_punct and doc[k - 1].text not in _CLOSERS + "'":
                k -= 1
            if k > clause.i:
                return min(end, doc[k - 1].idx + len(doc[k - 1]))
    return end


def _reports_clause(verb: Token) -> bool:
    """A verb of saying with a clause after it ("insisted that X", "says X")."""
    return verb.lemma_.lower() in CUE_LEMMAS and any(
        s.dep_ == "ccomp" and s.i > verb.i for s in verb.children
    )


def _went_on_to(verb: Token) -> list[Token]:
    """ "went on to say X", "kept insisting X": the verb of saying an aspect verb takes."""
    return [x for x in verb.children if x.dep_ == "xcomp"]


def _before_misread_main_verb(clause: Token, end: int) -> int:
    """Where a reported clause ends when the sentence's main verb, misread as a participle,
    hangs inside it ("Lee, who had said the photos came from his notebook, posted that X":
    "his notebook, posted ..."): the relative clause's report stops at the comma."""
    doc = clause.doc
    for tok in clause.subtree:
        if tok.i > clause.i and _misread_main_verb(tok):
            return min(end, doc[tok.i - 2].idx + len(doc[tok.i - 2]))
    return end


def _speaking_participle(verb: Token) -> bool:
    """ "denied that X, saying Y": a participle after a comma, the same speaker's second
    report (the parser may hang it on the reported clause)."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _absorbed_subject(verb: Token) -> Token | None:
    """A subject the parser hung on an opening phrase ("At an event hosted by X, Gen. Ann Lee,
    commandant of Y, told ...": "Lee" parsed as an apposition inside the phrase)."""
    if verb.dep_ != "ROOT":
        return None
    found = None
    for child in verb.lefts:
        if child.dep_ != "prep":
            continue
        for tok in child.subtree:
            first = tok.left_edge.i
            if (
                tok.dep_ in ("appos", "conj")
                and tok.ent_type_ == "PERSON"
                and tok.head.ent_type_ != "PERSON"
                and tok.head.dep_ == "pobj"
                and first > 0
                and tok.doc[first - 1].text == ","
            ):
                found = tok
    return found


#: Verbs of saying written after their quotation and before their speaker ('"...," added
#: Ann Lee'); not "tell", whose object is the hearer.
_INVERTING = frozenset(["say", "add", "ask", "write", "reply", "answer", "continue"])


def _inverted_speaker(verb: Token) -> Token | None:
    """'"We lost," added another council member.', '"...," said Wembly, explaining ...':
    a verb of saying right after the quotation it closes is followed by its speaker. The
    parser may read that noun phrase as the verb's object, or tag a surname it does not
    know as an adverb; either way no subject was found. Returns the phrase's head."""
    doc = verb.doc
    if verb.lemma_.lower() not in _INVERTING or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    if not doc[verb.i - 1].is_quote or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    first = doc[verb.i + 1]
    chunk = next((c for c in doc.noun_chunks if c.start == first.i), None)
    if chunk is not None:
        head = chunk.root
        return head if head.pos_ == "PROPN" or _can_speak(head) else None
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    lone = first.is_title and first.pos_ in ("ADV", "PROPN", "NOUN") and not first.is_sent_start
    return first if lone and (after is None or after.is_punct) else None


def _trailing_description(verb: Token, speaker: Token | None) -> Token | None:
    """ "Ann Lee may run the firm, a recent report from a think tank, Acme Institute, revealed":
    the parser hung the description of the source after the last comma inside the reported
    clause (an apposition of "firm") and gave the cue only the name that ends the phrase.
    (With no subject at all, :func:`_cue_after_apposed_source` reads the sentence.)

    Returns the head of that description: a noun after a comma of the clause before the
    cue, whose words run up to the comma before the subject.
    """
    if verb.dep_ != "ROOT" or speaker is None:
        return None
    comps = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not comps or (speaker is not None and speaker.i < comps[-1].i):
        return None
    doc, comp = verb.doc, comps[-1]
    stop = speaker.left_edge.i - 2
    if stop < 0 or doc[stop + 1].text != ",":
        return None
    for tok in comp.subtree:
        first = tok.left_edge.i
        if (
            tok.dep_ in ("appos", "npadvmod")
            and tok.pos_ == "NOUN"
            and tok.right_edge.i == stop
            and comp.left_edge.i < first - 1 < comp.right_edge.i
            and doc[first - 1].text == ","
            and doc[first].lower_ in ("a", "an", "the")
        ):
            return tok
    return None


def _owner(noun: Token) -> Token | None:
    """For a reporting noun ("X's statement", "a statement from X") its owner."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.ent_type_ or obj.pos_ == "PROPN" or child.lower_ == "from":
                    return obj
    return None


def _subtree_sizes(doc: Doc) -> list[int]:
    """The number of tokens in each token's subtree, in one pass over the heads."""
    sizes = [1] * len(doc)
    heads = [t.head.i for t in doc]
    depth = [0] * len(doc)
    for t in doc:  # depth by walking up once per token, memoised through `depth`
        path = []
        i = t.i
        while depth[i] == 0 and heads[i] != i:
            path.append(i)
            i = heads[i]
        d = depth[i]
        for j in reversed(path):
            d += 1
            depth[j] = d
    for i in sorted(range(len(doc)), key=lambda j: -depth[j]):
        if heads[i] != i:
            sizes[heads[i]] += sizes[i]
    return sizes


def _span_of(tokens: Iterable[Token]) -> tuple[int, int] | None:
    toks = list(tokens)
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _content_of(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The words a cue verb reports: its clause, or what follows an object-taking cue."""
    lemma = verb.lemma_.lower()
    # "told People magazine the reports were untrue": the parser may take the hearer's
    # common noun for a complement; a bare noun beside a clause is no report
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    if any(c.pos_ in ("VERB", "AUX") for c in comps):
        # "told the British tabloid the Daily Star he was ...": a noun read as a complement
        # is part of whom it was told; the clause is the verb's
        comps = [c for c in comps if c.pos_ not in ("NOUN", "PROPN")]
    if any(c.dep_ == "ccomp" for c in comps):
        comps = [c for c in comps if not (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))]
    if not comps and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("seem", "appear"):
        # "X, one reader appears to suggest": the clause hangs on "appears"
        comps = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    if _clause_says_nothing(lemma, comps):
        return None
    # "Ferry runs aground; operator blames fog": a semicolon ends what a clause before it
    # says; the cue after it reports its own object, not the clause
    comps = [c for c in comps if c.i > verb.i or not _semicolon_between(c, verb)]
    if not comps and lemma in _SAY:
        comps = _clause_on_adverbial(verb)
    if comps:
        return _clause_content(verb, speaker, comps)
    clause = _object_then_clause(verb)
    if clause is not None:  # "insisted [the rest of it] [was older]": one clause
        obj = next(c for c in verb.children if c.dep_ in ("dobj", "obj"))
        last = clause.right_edge
        return obj.left_edge.idx, last.idx + len(last)
    return _clauseless_content(verb, speaker)


def _clause_on_adverbial(verb: Token) -> list[Token]:
    """ "said before the meeting began that he would vote against it": the parser hangs the
    "that" clause on the verb of the adverbial clause between it and the cue ("began"),
    which reports nothing; the clause is the cue's. Empty for any other shape."""
    for adv in (c for c in verb.rights if c.dep_ == "advcl"):
        if adv.lemma_.lower() in CUE_LEMMAS or not any(m.dep_ == "mark" for m in adv.children):
            continue
        if any(c.dep_ in ("dobj", "obj") for c in adv.children):
            continue
        hung = [c for c in adv.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"]
        if hung:
            return hung[-1:]
    return []


def _semicolon_between(comp: Token, verb: Token) -> bool:
    """Whether a semicolon stands between a clause and the later cue the parser hung it on."""
    return any(t.text == ";" for t in comp.doc[comp.right_edge.i + 1 : verb.i])


def _clause_content(
    verb: Token, speaker: Token | None, comps: list[Token]
) -> tuple[int, int] | None:
    """The span of the clause a cue verb reports ("said [that] the plan failed")."""
    lemma = verb.lemma_.lower()
    comp = comps[-1] if verb.i > comps[0].i else comps[0]
    first = comp.left_edge
    that = _that_after_adverbial(comp) if comp.i > verb.i else None
    if comp.i > verb.i and first.lower_ != "that" and that is None:
        # "said as the crowd cheered" ("as" on the clause or on "said"): not what was said
        after = [t for t in verb.doc[verb.i + 1 : first.i + 1] if not t.is_punct]
        if after and after[0].lower_ in _ADVERBIAL_MARKS:
            return None
    subjectless = not any(c.dep_ in _SUBJECTS for c in comp.children)
    clause = None
    if lemma in _SAY and comp.tag_ == "VBG" and subjectless and first.i == comp.i:
        clause = _gerund_subject(verb, comp)
        if clause is None:
            return None  # "said, answering a question": what the speaker was doing
    last = _run_on_complement(comp, comps) if comp.i > verb.i else comp
    if clause is not None and clause.right_edge.i > last.right_edge.i:
        last = clause
    start, end = comp.left_edge.idx, last.right_edge.idx + len(last.right_edge)
    end = _before_medium(last, _before_result(last, end))
    end = _before_own_report(last, _before_conj_cue(last, _before_dangling_cc(last, end)))
    end = _before_misread_main_verb(comp, end)
    more = _reported_conjunct(verb, last) or _reason_after(verb, last) if comp.i > verb.i else None
    if more is not None:
        end = max(end, more.right_edge.idx + len(more.right_edge))
    if comp.i < verb.i:
        end = min(end, _before_apposed_report(comp, verb, speaker))
    lead = comp.left_edge
    before = comp.i < verb.i and lead.dep_ == "advmod" and lead.i + 1 < comp.i
    if before and lead.nbor().text == ",":  # "However, the plan failed, he said"
        start = lead.nbor(2).idx
    if comp.i > verb.i:
        # "told reporters that ..." / "said Monday that ...": the clause starts at its edge.
        first = comp.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            start = first.nbor().idx if first.i + 1 < len(first.doc) else start
        if that is not None and that.i + 1 < len(that.doc):
            start = that.nbor().idx  # "said after the vote that ...": after "that"
        claim = _claim_before(verb, comp) or _asked_of(verb, comp)
        if claim is not None:
            start = claim.left_edge.idx
        subject = _that_subject(verb, comp) if subjectless else None
        if subject is not None:
            start = subject.left_edge.nbor().idx
        relative = _relative_subject(verb, comp)
        if relative is not None:
            start = relative
    return start, end


#: Dependents that may stand between a cue and the "that" of its clause: an adverbial.
_ADVERBIAL_DEPS = frozenset(["advcl", "prep", "npadvmod", "advmod", "punct"])


def _that_after_adverbial(comp: Token) -> Token | None:
    """ "said after the report was published that she would study it": the parser hangs
    the adverbial clause between the cue and "that" on the reported clause, whose own
    words begin after "that" (returned); None unless only adverbial clauses a conjunction
    opens stand before the "that" ("reported, citing two aides, that" is a relay)."""
    that = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or comp.left_edge.i == that.i:
        return None
    lead = [c for c in comp.children if c.i < that.i]
    clauses = [c for c in lead if c.dep_ == "advcl"]
    if not clauses or any(c.dep_ not in _ADVERBIAL_DEPS for c in lead):
        return None
    # a clause a conjunction opens ("after ...", "before ..."), not a participle ("citing ...")
    if not all(any(m.dep_ == "mark" for m in c.children) for c in clauses):
        return None
    return that


def relative_report(verb: Token) -> bool:
    """Whether a cue verb reports a clause whose subject is the relative pronoun before it
    ("the fee, which critics said was unfair"): its content ("was unfair") has no subject
    of its own, which stands outside the quote."""
    return any(
        _relative_subject(verb, c) is not None
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > verb.i
    )


def _relative_subject(verb: Token, comp: Token) -> int | None:
    """ "the fee, which critics said was unfair": a report in a relative clause whose
    pronoun is the subject of what was said. The relative pronoun and the speaker stand
    before the cue, so the content is the reported clause after it ("was unfair"), the
    start offset returned; None for any other clause."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > verb.i or subjects[0].lower_ not in _RELATIVE:
        return None  # one subject, the pronoun: not a garbled "which X says it has ..."
    after = [t for t in comp.subtree if t.i > verb.i and not t.is_punct]
    if not after:
        return None
    first = after[0]
    if first.lower_ == "that" and first.dep_ == "mark" and len(after) > 1:
        first = after[1]
    return first.idx


def _clauseless_content(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """What a cue verb with no clause reports: an aside's clause, a demand, a topic, an object."""
    lemma = verb.lemma_.lower()
    aside = _as_aside(verb) or _trailing_conj(verb) or _stranded_that_clause(verb)
    if aside is not None:
        return aside
    subject_after = any(c.dep_ in _SUBJECTS and c.i > verb.i for c in verb.head.children)
    if verb.dep_ == "parataxis" and verb.head.i > verb.right_edge.i and subject_after:
        # "Under the new rules, Ann Lee said, the shops will shut": the clause after the aside.
        doc = verb.doc
        k = verb.right_edge.i + 1
        while k < verb.head.i and doc[k].is_punct:
            k += 1
        last = verb.head.right_edge
        return doc[k].idx, last.idx + len(last)
    around = _around_aside(verb)
    if around is not None:
        part = verb.doc.char_span(*around[0], alignment_mode="expand")  # not all of Doc.text
        return around[0] if part is not None and _words(part.text) >= 2 else around[1]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "The plan will fail, he said." parsed with "said" under the main clause.
        head = verb.head
        left = head.left_edge
        return left.idx, verb.left_edge.idx
    demand = _called_for(verb) if lemma == "call" else None
    if demand is not None:
        return demand
    spelt_out = _spelt_out_object(verb)
    if spelt_out is not None:
        return spelt_out
    topic = _topic_of(verb)
    if topic is not None:  # "spoke of the plan as a failure": what it was called goes too
        last = max((c for c in verb.rights if c.lower_ == "as"), default=topic, key=lambda t: t.i)
        last = max(last, topic, key=lambda t: t.i).right_edge
        return topic.left_edge.idx, last.idx + len(last)
    return _object_content(verb, speaker)


def _clause_says_nothing(lemma: str, comps: Sequence[Token]) -> bool:
    """ "declined to comment": a refusal to speak; "found himself embroiled in ...": a
    situation the subject is in, not a finding."""
    if lemma in _REFUSALS and any(c.lemma_.lower() in _SPEAKING for c in comps):
        return True
    if lemma in _REFUSALS and any(_informing(c) for c in comps):
        return True
    return lemma == "find" and any(s.lower_ in _REFLEXIVES for c in comps for s in c.children)


def _informing(comp: Token) -> bool:
    """ "to give the sum", "to be interviewed", "to say whether X": to inform (not "to give
    up the fight")."""
    if comp.lemma_.lower() in _ANSWERING:
        return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS for c in comp.children)
    if comp.lemma_.lower() not in _INFORMING:
        return False
    return not any(c.dep_ == "prt" for c in comp.children)


def _object_content(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """What follows an object-taking cue ("praised the plan", "blamed X for Y"), or the
    quotation object of a verb of saying; None when the object is no statement."""
    lemma = verb.lemma_.lower()
    takes_object = lemma in OBJECT_CUE_LEMMAS or lemma in ATTITUDE_LEMMAS or lemma in TOPIC_LEMMAS
    takes_object = takes_object or _phrasal(verb) in REJECTING_PHRASALS or _framed_cue(verb)
    if takes_object:
        passive = _passive_object(verb)
        if passive is not None:
            return passive
    if not (takes_object or lemma in _SAY):
        return None
    objs = [
        c
        for c in verb.rights
        if c.dep_ in _OBJECTS
        and c is not speaker
        and not c.is_punct
        and c.lower_ != "by"
        and (c.dep_ != "prep" or any(True for _ in c.children))  # not a particle
    ]
    if _says_nothing(lemma, objs) or _reason_for_silence(verb):
        return None
    objs = _past_setting(objs)
    if objs:
        last = _purpose_after(verb, objs[-1]) or objs[-1].right_edge
        reason = _reason_after(verb, last) if takes_object else None
        if reason is not None:  # "accused X of Y because Z": the charge's reason is in it
            last = reason.right_edge
        return objs[0].left_edge.idx, last.idx + len(last)
    return None


def _spelt_out_object(verb: Token) -> tuple[int, int] | None:
    """ "argued the opposite: that X", "said one thing: that X": the object the clause after
    the colon spells out, with that clause."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.i + 2 >= len(obj.doc):
            continue
        colon, that = obj.nbor(1), obj.nbor(2)  # the object's own next words
        clause = that.head
        spells = colon.text == ":" and that.lower_ == "that" and that.dep_ == "mark"
        if spells and clause.head.i == obj.i and clause.dep_ in ("acl", "ccomp", "appos"):
            last = obj.right_edge
            return obj.left_edge.idx, last.idx + len(last)
    return None


def _reason_for_silence(verb: Token) -> bool:
    """ "declined to comment, citing the rules": the reason given for saying nothing."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.lemma_.lower() == "cite" and head.lemma_ in _REFUSALS


def _purpose_after(verb: Token, obj: Token) -> Token | None:
    """ "defended her call to raise the wage": the parser hung the infinitive that completes
    the object noun on the cue; right after the object (no comma), it belongs to the object.
    Returns the infinitive's last token, or None."""
    if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in verb.rights:
        to = c.left_edge
        if c.dep_ == "advcl" and to.i == obj.right_edge.i + 1 and to.lower_ == "to":
            return c.right_edge if to.dep_ == "aux" else None
    return None


def _says_nothing(lemma: str, objs: Sequence[Token]) -> bool:
    """The cue's objects are no statement: who was spoken to, a thing made, a source."""
    nouns = [c for c in objs if c.dep_ in ("dobj", "obj")]
    if lemma in _SAY and not nouns:
        return True
    if _circumstance_only(lemma, objs, nouns):
        return True
    if lemma in ("write", "add") and not any(_MARK.match(c.left_edge.text) for c in objs):
        # "wrote new songs", "added jobs": a thing made or added, not words said; but
        # "adds support to the view that ...": a claim is backed
        return not (
            lemma == "add"
            and any(t.dep_ == "mark" and t.lower_ == "that" for c in objs for t in c.subtree)
        )
    if lemma in _REFUSALS and not nouns:
        return True  # "fees declined to $2 million", "declined at first": a fall, no refusal
    if lemma == "tell" and not any(_told_thing(c) for c in nouns):
        return True  # "told the crowd", "told a Senate panel": the object is who was spoken to
    if lemma == "cite" and any(_is_source(c) for c in nouns):
        return True  # "citing an unnamed source": the object is a source, not content
    if lemma in _SAY and any(c.lower_ in _NOTHING for c in nouns):
        return True  # "said nothing about it": a negated report
    if lemma == "confirm" and any(is_person_noun(c.lemma_.lower()) for c in nouns):
        return True  # "the Senate confirmed two judges": an appointment, not a statement
    # "called their wives": a phone call, not a statement
    return lemma == "call" and bool(objs) and all(c in nouns and _addressee(c) for c in objs)


def _told_thing(noun: Token) -> bool:
    """What one tells, not whom: "told the truth", "tells a different story", a quotation.
    Not one's own story ("the family told their story in good faith", "told her side of the
    story"): the act of telling it, with nothing told in the report."""
    if _MARK.match(noun.left_edge.text):
        return True
    owned = any(c.dep_ == "poss" for c in noun.lefts)
    return noun.lemma_.lower() in TOLD_NOUNS and not owned


def _circumstance_only(lemma: str, objs: Sequence[Token], nouns: Sequence[Token]) -> bool:
    """The cue's objects say where, when or to whom it happened, not what was said: only
    setting phrases ("cited on Wednesday", "warned in its report", "called over her
    shoulder"), "each other" ("they mocked each other"), "called to mind" (recalled), or
    "found himself" (in a situation)."""
    if lemma == "call" and any(c.lower_ == "to" and _pobj_lemma(c) == "mind" for c in objs):
        return True
    if lemma == "find" and any(c.lower_ in _REFLEXIVES for c in nouns):
        return True  # "found himself embroiled in ...": a situation, not a finding
    if nouns:  # "attacked each other for ...": a charge follows
        return len(nouns) == len(objs) and all(_reciprocal(c) for c in nouns)
    return bool(objs) and all(_setting_phrase(c) for c in objs)


def _setting_phrase(c: Token) -> bool:
    """ "at a rally", not "at the debate that taxes will rise" (a claim hung on the phrase)."""
    setting = c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPS
    return setting and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)


_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves", "myself", "ourselves"])


def _pobj_lemma(prep: Token) -> str:
    return next((c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"), "")


def _reciprocal(noun: Token) -> bool:
    """ "each other", "one another" """
    return noun.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in noun.lefts
    )


#: Prepositions that open only a setting when nothing else follows a cue ("spoke at a rally",
#: "cited on Wednesday", "during the campaign"); not "about", "of", "for", "with", "against".
_CIRCUMSTANCE_PREPS = frozenset(["in", "at", "during", "on", "under", "over", "since", "through"])

#: Prepositions of where, when and how a cue happened ("at a rally", "on Monday", "in a
#: tweet"); not "before"/"after", which often bound what is reported ("ruled out strikes
#: before the holidays").
_OCCASION_PREPS = frozenset(["in", "at", "during", "on", "with", "from"])


def _past_setting(objs: list[Token]) -> list[Token]:
    """ "endorsed the mayor at a rally on Monday": where and when the cue happened (a setting
    preposition after its object) is no part of what it reports. "blamed X on Y" keeps Y."""
    for k, c in enumerate(objs):
        grounds = c.lower_ == "on" and c.head.lemma_.lower() == "blame"
        setting = k and c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS and not grounds
        setting = setting and _an_occasion(c)
        if setting and any(o.dep_ in ("dobj", "obj") for o in objs[:k]):
            return objs[:k]
    return objs


#: Events a cue happens at ("on the show", "at a hearing"), besides media and gatherings.
_EVENTS = frozenset(
    [
        "show",
        "program",
        "programme",
        "appearance",
        "event",
        "hearing",
        "page",
        "website",
        "site",
        "debate",
        "forum",
        "summit",
        "session",
        "visit",
        "tour",
        "trip",
        "stop",
        "ruling",
    ]
)


def _an_occasion(prep: Token) -> bool:
    """The phrase is a time, a place, a medium, a gathering or the people spoken with ("on
    Monday", "in Ohio", "in a speech", "at a rally", "with reporters"); not a matter ("in
    support of X", "in the aftermath of the storm", "in supporting the war"), which PolNeAR
    keeps in what the cue reports."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    if prep.lower_ == "during":
        return True  # "during his time on the show": always when
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PRON" or is_person_noun(lemma) or lemma in _MEDIA | _AUDIENCES | _EVENTS:
        return True  # "discussed it with reporters", "in a speech", "at a rally"
    return noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC")


def _claim_before(verb: Token, comp: Token) -> Token | None:
    """ "denied claims by the board that it agreed to a sale": the parser hung the
    claim's that-clause on the cue; what was denied is the claim, the object before it. A
    name is no claim ("told The Evening Post that ...": the paper spoken to)."""
    for c in verb.rights:
        if c.dep_ in ("dobj", "obj") and c.i < comp.i and c.lemma_.lower() in _CLAIMS:
            return None if c.tag_ in ("NNP", "NNPS") else c
    return None


def _that_subject(verb: Token, comp: Token) -> Token | None:
    """ "ruled that notes from the meeting can be read": the parser read "that" as a
    determiner and made the clause's subject the cue's object, leaving the clause without
    one. The object opened by "that" right after the cue, with only its own words and a
    phrase hung on the cue before the subjectless clause, is that clause's subject."""
    for c in verb.rights:
        if c.dep_ not in ("dobj", "obj") or c.i > comp.i:
            continue
        first = c.left_edge
        if first.lower_ != "that" or first.dep_ != "det" or first.i != verb.i + 1:
            return None
        between = verb.doc[c.right_edge.i + 1 : comp.left_edge.i]
        if all(
            (t.head.i == verb.i and t.dep_ == "prep") or t.head.i > c.right_edge.i for t in between
        ):
            return c
        return None
    return None


def _asked_of(verb: Token, comp: Token) -> Token | None:
    """ "urged the industry to do more": who is asked to act is part of the request; the
    object right before the infinitive complement, or None."""
    if comp.dep_ != "xcomp" or comp.left_edge.lower_ != "to":
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == comp.left_edge.i:
            return c
    return None


def _around_aside(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The industry, she said, is doing better": the cue interrupts the clause it reports.

    Returns the clause's part before the aside and its part after it, or None.
    """
    head = verb.head
    if verb.dep_ != "parataxis":
        return _joined_quoting_tail(verb)
    if head.i < verb.i:
        return _aside_before_tail(verb)
    if head.i <= verb.right_edge.i or head.left_edge.i >= verb.left_edge.i:
        return None
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k > head.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    j = verb.right_edge.i + 1
    while j < head.i and doc[j].is_punct and doc[j].text not in _OPENERS + "'":
        j += 1
    last = head.right_edge
    before = (head.left_edge.idx, doc[k].idx + len(doc[k]))
    return before, (doc[j].idx, last.idx + len(last))


#: Conjunctions whose clause, after "X, she said,", goes on with her point ("..., yet Y").
_CONTRASTIVE = frozenset(["but", "yet"])


def _aside_before_tail(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The water is safe, she said, because the plant is upstream": the cue interrupts
    its clause after the clause's verb; what follows the aside (a subordinate clause, or
    one joined by "but" or "yet") is the clause's second part. None when nothing of the
    clause follows the aside, or what follows is joined by "and" (it may be another's)."""
    head, doc = verb.head, verb.doc
    rest = [c for c in head.children if c.i > verb.right_edge.i and not c.is_punct]
    if not rest or head.left_edge.i >= verb.left_edge.i:
        return None
    k = verb.left_edge.i - 1
    while k > head.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    j = verb.right_edge.i + 1
    while j < rest[0].left_edge.i and doc[j].is_punct:
        j += 1
    last = head.right_edge
    if _quoting_and_tail(doc, j, last):
        j += 1  # "X, she said, and Y would only 'add fuel to the flames'"
    elif not (doc[j].dep_ == "mark" or doc[j].lower_ in _CONTRASTIVE):
        return None  # "X, analysts say, and Y": the joined clause may be another's report
    while last.i > j and last.is_punct and last.text not in _CLOSERS + "'":
        last = doc[last.i - 1]
    return (head.left_edge.idx, doc[k].idx + len(doc[k])), (doc[j].idx, last.idx + len(last))


def _joined_quoting_tail(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "No one was hurt, he insisted, and the line would be 'open by Monday'": the parser
    makes the cue the root, the clause before it its complement and the "and" clause its
    conjunct; a conjunct that quotes words of its own and reports no one else's goes on with
    the speaker's point. Returns the clause before the cue and the conjunct, or None."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    if len(comps) != 1 or len(joined) != 1:
        return None
    conj = joined[0]
    ands = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
    if len(ands) != 1 or not any(c.dep_ in _SUBJECTS for c in conj.children):
        return None
    j, last = ands[0].i, conj.right_edge
    if not _quoting_and_tail(doc, j, last):
        return None
    comp = comps[0]
    k = comp.right_edge.i
    while k > comp.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    while last.i > j and last.is_punct and last.text not in _CLOSERS + "'" + '"':
        last = doc[last.i - 1]
    before = (comp.left_edge.idx, doc[k].idx + len(doc[k]))
    return before, (doc[j + 1].idx, last.idx + len(last))


def _quoting_and_tail(doc: Doc, j: int, last: Token) -> bool:
    """Whether the clause joined by "and" at ``j`` (up to ``last``) goes on with the point
    of the speaker of the aside before it: it quotes words of its own and reports no one
    else's ("..., she said, and the ban would only 'add fuel to the flames'")."""
    if doc[j].lower_ != "and" or j + 1 >= last.i:
        return False
    tail = doc[j + 1 : last.i + 1]
    quoted = any(t.is_quote and t.text not in ("'s", "’s") for t in tail)
    cued = any(
        t.lemma_.lower() in CUE_LEMMAS
        and any(c.dep_ in _SUBJECTS for c in t.children)
        and not any(c.dep_ == "dobj" for c in t.children)  # "add fuel": no report
        for t in tail
    )
    return quoted and not cued


def _trailing_conj(verb: Token) -> tuple[int, int] | None:
    """ "Sales fell, the Acme Herald reported on Tuesday, citing a source": the parser joined
    the cue to the clause it reports as a conjunct; the content is that clause.

    Only a cue with its own subject set off by a comma (no "and"), and nothing reported
    after it.
    """
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    if subject is None or any(c.dep_ in said for c in verb.children):
        return None
    doc, edge = verb.doc, subject.left_edge.i
    if edge == 0 or doc[edge - 1].text != ",":
        return None
    first = verb.head.left_edge
    return first.idx, doc[edge - 1].idx


#: Prepositions of the grounds of praise or blame ("criticised for Y", "hailed as Y").
_GROUNDS = frozenset(["for", "as", "over"])
#: Nouns of what someone else said, whose that-clause the parser may hang on the cue.
_CLAIMS = STATED_NOUNS | REPORTING_NOUNS | {"report", "suggestion", "speculation"}


def _passive_object(verb: Token) -> tuple[int, int] | None:
    """ "The plan was rejected by the council": the subject of an object-taking cue in the
    passive, with its agent named, is what the agent rejected (as in "rejected the plan")."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.i > verb.i and c.lower_ in _GROUNDS for c in verb.children):
        return None  # "was criticised by X for Y": "for Y" is what the cue's object path gives
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _RELATIVE:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)


def _gerund_subject(verb: Token, comp: Token) -> Token | None:
    """ "He said taxing it would raise money": the parser took the gerund that is the subject
    of the reported clause for a complement of "said", and hung the clause on the gerund or
    beside it on "said". A gerund right after the cue (no comma between) followed by a clause
    with a subject of its own: returns that clause, or None."""
    if comp.i <= verb.i or any(t.is_punct for t in verb.doc[verb.i + 1 : comp.i]):
        return None
    after = [c for c in comp.children if c.dep_ == "ccomp"]
    after += [
        c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == comp.right_edge.i + 1
    ]
    for clause in after:
        if clause.i > comp.i and any(g.dep_ in _SUBJECTS for g in clause.children):
            return clause
    return None


#: Prepositions of a cue's setting ("said in a letter", "told reporters at a rally"): a
#: "that"-clause after their noun is not about the noun. Not "to" or "about" ("pointed to the
#: news that ...", "spoke about claims that ...": the clause is the noun's content).
_SETTING_PREPS = frozenset(["in", "at", "during", "on", "before", "after", "with", "from"])


def _adjunct_nouns(verb: Token) -> list[Token]:
    """The nouns of the setting phrases after a cue, nested ones included ("in a letter to
    the board"), by way of prepositions and their objects only."""
    found: list[Token] = []
    heads = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS]
    while heads:
        prep = heads.pop()
        for noun in prep.children:
            if noun.dep_ == "pobj":
                found.append(noun)
                heads += [c for c in noun.children if c.dep_ == "prep"]
    return found


def _stranded_that_clause(verb: Token) -> tuple[int, int] | None:
    """ "She argued in a letter to the board that the fees were unfair": the parser hung the
    reported clause on the last noun of the phrase between cue and "that", as a relative
    clause of it or as its complement. A "that"-clause with its own subject, on a noun of a
    prepositional phrase of the cue, is what was reported (a relative "that" is the clause's
    subject or object, not its marker)."""
    if verb.lemma_.lower() not in _SPOKEN:
        return None  # "describing the plan as a buzz that voters would reject"
    for noun in _adjunct_nouns(verb):
        for clause in noun.rights:
            first = clause.left_edge
            # "said in a statement that the rules 'were met'": also as the noun's complement
            if (
                clause.dep_ not in ("relcl", "acl")
                or first.lower_ != "that"
                or first.dep_ != "mark"
            ):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue
            if first.i + 1 >= len(verb.doc):
                continue
            return first.nbor().idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def _called_for(verb: Token) -> tuple[int, int] | None:
    """ "called for the United States to take a stronger role": what was called for (the
    parser reads "for" as opening a clause)."""
    for c in verb.rights:
        first = c.left_edge
        if c.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark":
            return first.nbor().idx, c.right_edge.idx + len(c.right_edge)
    return None


#: Participles that tell what a reported event led to, in the reporter's voice
#: ("the dam had burst, prompting fears of floods"): not part of what was said.
_RESULTS = frozenset(
    [
        "lead",
        "prompt",
        "spark",
        "trigger",
        "fuel",
        "raise",
        "cause",
        "cast",  # "casting a shadow over ..."
        "deepen",
        "reignite",
        "intensify",
        "stoke",
    ]
)


def _before_result(clause: Token, end: int) -> int:
    """Where a reported clause ends when a result participle trails it after a comma."""
    doc = clause.doc
    for c in clause.rights:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _RESULTS:
            k = c.left_edge.i
            if k > 0 and doc[k - 1].text == ",":
                return min(end, doc[k - 1].idx)
    return end


#: Where a statement was made ("in an article", "in a video"): the cue's, not the content's.
_MEDIA = REPORTING_NOUNS | EVIDENCE_NOUNS | {"article", "column", "op-ed", "blog", "book"}


def _before_medium(clause: Token, end: int) -> int:
    """Where a reported clause ends when "in an article ..." trails it as its last phrase."""
    rights = [c for c in clause.rights if not c.is_punct]
    last = rights[-1] if rights else None
    if last is None or last.dep_ != "prep" or last.lower_ not in ("in", "on"):
        return end
    objs = [o for o in last.children if o.dep_ == "pobj"]
    if objs and objs[0].lemma_.lower() in _MEDIA and last.i > clause.i:
        k = last.i
        while k > clause.i and clause.doc[k - 1].is_space:
            k -= 1
        return min(end, clause.doc[k - 1].idx + len(clause.doc[k - 1]))
    return end


def _as_aside(verb: Token) -> tuple[int, int] | None:
    """ "As the company said, sales fell": the main clause after the aside.

    The cue hangs on the clause it reports as an adverbial clause opened by "as". After
    the clause ("sales fell, as the company said") it is left alone: there it more often
    compares than reports (measured on PolNeAR).
    """
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.lefts):
        return None
    head, doc = verb.head, verb.doc
    if verb.i > head.i:
        return None
    k = verb.right_edge.i + 1
    while k < head.i and doc[k].is_punct:
        k += 1
    last = head.right_edge
    return doc[k].idx, last.idx + len(last)


def _run_on_complement(comp: Token, comps: Sequence[Token]) -> Token:
    """The last of the clauses that continue ``comp`` word for word, or ``comp`` itself.

    "said the bridge closed by floods was 3 miles from the town" is sometimes
    parsed as two complements of "said", "closed" (holding "the bridge") and a
    subjectless "was"; the second is the rest of the first clause, not a new one.
    """
    last = comp
    for nxt in comps:
        if nxt.i <= last.i or nxt.left_edge.i != last.right_edge.i + 1:
            continue
        if any(c.dep_ in _SUBJECTS for c in nxt.children):
            break
        last = nxt
    return last


def _addressee(noun: Token) -> bool:
    """A noun that names who is spoken to (a person, group or body), not what is said."""
    return (
        noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.pos_ in ("PROPN", "PRON")
        or noun.lemma_.lower() in PERSON_NOUNS
        or noun.lemma_.lower() in GROUP_HEADS
        or noun.lemma_.lower() in ORG_HEADS
        or noun.lemma_.lower() in _AUDIENCES
    )


def _is_source(noun: Token) -> bool:
    """A noun naming a source of information: a person, body, document or anonymous source."""
    lemma = noun.lemma_.lower()
    return (
        _addressee(noun)
        or lemma in ANONYMOUS_HEADS
        or lemma in GENERIC_HEADS
        or lemma in REPORTING_NOUNS
        or lemma in SOURCE_NOUNS
    )


#: Verbs that, followed by "to be" / "to have", report hearsay about their subject.
_HEARSAY = frozenset(["say", "report", "rumor", "rumour", "believe", "think", "know", "allege"])


def _to_be_or_have(comp: Token) -> bool:
    """An infinitive "to be ..." or "to have (been) ..." ("said to have been approved")."""
    lefts = [t.lower_ for t in comp.lefts]
    return "to" in lefts and (comp.lemma_ == "be" or "have" in lefts or "be" in lefts)


def _is_cue_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "auxpass"):
        return False
    if tok.dep_ == "acl" and not (_misread_main_verb(tok) or _with_absolute(tok)):
        return False
    lemma = tok.lemma_.lower()
    if _framed_cue(tok):
        return True
    if lemma in TOPIC_LEMMAS - CUE_LEMMAS or _topic_of(tok) is not None:
        if _negated(tok) or _declined(tok) or _on_leave(tok) or _stated_noun_cue(tok) is not None:
            return False  # "expressed doubts that X": the clause is the content (stated noun)
        return _topic_of(tok) is not None or _has_object(tok)
    if lemma not in CUE_LEMMAS and _phrasal(tok) not in REJECTING_PHRASALS:
        return False
    if lemma in NAME_CALLING_LEMMAS and not _has_object(tok):
        return False  # "the boxes were labelled by hand": no name given to anything
    if lemma == "call" and _names_or_summons(tok):
        return False  # "a crew that calls itself Night Owl", "called in the police"
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    ):
        return False  # "soldiers were told to ...": the subject was spoken to
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return False  # "the heaters were to blame"
    if _requested(tok) or _anonymity_asked(tok):
        return False  # "when asked to condemn X": asked to, not done
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSALS and _informing(tok):
        return False  # "declined to say whether X": the question left unanswered
    if lemma in _HEARSAY and any(_to_be_or_have(c) for c in tok.children if c.dep_ == "xcomp"):
        return False  # "a contract said to have been approved": hearsay about the deal, no source
    # the question's participle is a few heads up at most: a bounded walk keeps a long run
    # of cues (a garbled page) linear
    asked = any(_reduced_question(a) for a in islice(tok.ancestors, _QUESTION_DEPTH))
    if _subjectless_participle(tok) or asked:
        return False  # "Asked about it, she said ...": the cue is "said"
    if lemma in THAT_ONLY_LEMMAS:
        return any(
            c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ == "that" for c in tok.children
        ) and not _negated(tok)
    if _predicted_attitude(tok) or _writers_advice(tok) or _outlets_own_report(tok):
        return False
    if lemma in COGNITION_LEMMAS and lemma not in REPORTING_LEMMAS:
        # "he knows what a fine would mean": an embedded question, no proposition held (but
        # "the slide shows what the car would cost" states it: evidence shows content)
        asked = lemma not in EVIDENCE_LEMMAS
        return any(
            c.dep_ == "ccomp" and not (asked and c.left_edge.lower_ in _WH_WORDS)
            for c in tok.children
        )
    return not _negated(tok)


def _with_absolute(verb: Token) -> bool:
    """ "..., with its chief engineer saying the pier was unsafe": a participle with its own
    doer after "with" is a report of that doer (the parser hangs it on the noun as a clause),
    when it has a clause of its own for content."""
    noun = verb.head
    return (
        verb.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("with", "without")
        and noun.i < verb.i
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _names_or_summons(verb: Token) -> bool:
    """ "a crew that calls itself Night Owl" gives itself a name, and "called in the police"
    or "called off the search" summons or cancels: neither reports anything said."""
    return any(
        (c.dep_ == "dobj" and c.lower_ in _REFLEXIVES)
        or (c.dep_ == "prt" and c.lower_ in ("in", "off"))
        for c in verb.children
    )


_PREP_OBJECTS = ("pobj", "pcomp")
#: Words that open a clause of a question or a choice ("asked whether", "explained how").
_WH_WORDS = frozenset(
    ["whether", "if", "what", "how", "why", "who", "whom", "when", "where", "which"]
)


def cue_frame(verb: Token) -> str:
    """The frame a verb takes, as :data:`kg.lexicon.FRAMED_CUES` keys it.

    Parameters
    ----------
    verb
        A verb of the parse.

    Returns
    -------
    str
        ``that``, ``wh`` or ``clause`` for a clause after the verb (opened by "that", by a
        wh-word, or by neither), ``inf`` for an infinitive, ``obj`` for a direct object, the
        preposition for a prepositional object ("balked at X": ``at``), else ``-``.
    """
    kids = list(verb.children)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        first = clause.left_edge.lower_
        return "that" if first == "that" else "wh" if first in _WH_WORDS else "clause"
    for c in kids:
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return "inf"
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return "obj"
    for c in kids:
        if c.dep_ == "prep" and c.i > verb.i and any(o.dep_ in _PREP_OBJECTS for o in c.children):
            named = any(d.dep_ == "prep" and d.lower_ == "as" and d.i > c.i for d in kids)
            return f"{c.lower_} as" if named else c.lower_  # "referred to X as Y"
    return "-"


def _framed_cue(verb: Token) -> bool:
    """A verb that is a cue in its frame only ("implied that X", "balked at X"): its lemma
    and frame are in :data:`FRAMED_CUES`, its subject is a speaker, and it is neither
    negated, passive or a habit ("rarely comments on X")."""
    lemma = verb.lemma_.lower()
    if lemma in TOPIC_LEMMAS or verb.pos_ != "VERB":
        return False
    if f"{lemma} {cue_frame(verb)}" not in FRAMED_CUES or _negated(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in SELDOM_WORDS for c in verb.children):
        return False  # "who seldom speaks about budgets": a habit, nothing said
    if _withheld(verb):
        return False  # "declined to comment on X", "did not want to comment on X"
    if _unreal(verb):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None or subject.lower_ in ("it", "you", "that", "which", "this"):
        return False
    return _addressee(subject) or subject.lemma_.lower() in ANONYMOUS_HEADS


def _outlets_own_report(verb: Token) -> bool:
    """ "The Gazette understands that X": a named outlet's own reporting, no source quoted
    (a person who "understands that X" is still one; a name after "the" is no person's)."""
    if verb.lemma_.lower() not in OWN_REPORTING_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    return subject.ent_type_ != "PERSON" or any(c.lower_ == "the" for c in subject.lefts)


def _withheld(verb: Token) -> bool:
    """ "declined to discuss the deal", "did not want to comment on X": what a source
    refuses or does not do says nothing."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in _REFUSALS or _negated(head))


def _declined(verb: Token) -> bool:
    """ "declined to discuss the deal": the no-comment formula reports nothing (but "refuses
    to discuss X" may state a position, and PolNeAR counts it an attribution)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decline"


def _unreal(verb: Token) -> bool:
    """ "If the mayor had congratulated them", "had she congratulated them", "would comment
    on X": a condition or a wish, not something that was said."""
    if _hypothetical(verb):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    before = subject.left_edge.i - 1 if subject is not None else -1
    return before >= 0 and verb.doc[before].lower_ == "had"  # "had she said so"


def _requested(verb: Token) -> bool:
    """ "He was asked to defend it", "when urged to condemn X": what someone was asked to say
    is a request to them, not their words."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _REQUESTS:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    return passive or _subjectless_participle(head) or (head.tag_ == "VBN" and head.dep_ == "pcomp")


#: Verbs of asking someone to do something.
_REQUESTS = frozenset(["ask", "urge", "press", "pressure", "invite", "tell", "call"])


def _subjectless_participle(verb: Token) -> bool:
    """ "Asked about it, she said ...", "Pressed on it, ...": a participle clause before the
    sentence's own cue (the tagger often reads an opening "Asked" as past tense, VBD)."""
    subjectless = not any(c.dep_ in _SUBJECTS for c in verb.children)
    participle = verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and subjectless
    return participle and _whose_noun(verb) is None  # not a cue hung on a misread relative


def _reduced_question(verb: Token) -> bool:
    """ "Asked if she believed it, Lee said ...": the question, and any cue in it
    ("believed"), is the reporter's, not the source's words."""
    return verb.lemma_.lower() == "ask" and _subjectless_participle(verb)


def _asked_before(pronoun: Token) -> tuple[int, int]:
    """Where the reporter's question hung on the pronoun's verb lies ("Asked about Lee's
    letter, she said ..."), or an empty span."""
    verb = pronoun.head
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < pronoun.i and _reduced_question(c):
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    return 0, 0


def _predicted_attitude(verb: Token) -> bool:
    """ "Many will be hoping the weather stays dry": a thought or wish the writer foresees for
    someone is the writer's guess, not something the source said or thought."""
    lemma = verb.lemma_.lower()
    if lemma not in COGNITION_LEMMAS or lemma in REPORTING_LEMMAS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children)


def _writers_advice(verb: Token) -> bool:
    """ "Investors may want to think twice", "she might want to try": advice the writer gives,
    not a wish the subject voiced."""
    if verb.lemma_.lower() not in ("want", "wish"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children)


def _anonymity_asked(verb: Token) -> bool:
    """ "who asked not to be named": why a source is unnamed, not a request to report."""
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in NAMING_VERBS
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in verb.children
    )


def _on_leave(verb: Token) -> bool:
    """ "not authorized to discuss it", "on condition of anonymity to discuss it": leave to
    speak, not speech."""
    if verb.dep_ not in ("xcomp", "acl", "advcl"):
        return False
    head = verb.head  # "requested anonymity to discuss": the leave may be the head's object
    words = [head, *(c for c in head.children if c.dep_ in ("dobj", "prep", "pobj"))]
    words += [g for c in words[1:] for g in c.children if c.dep_ in ("pobj",)]
    return any(w.lemma_.lower() in LEAVE_WORDS for w in words)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _topic_of(verb: Token) -> Token | None:
    """The object of the preposition by which the verb names what was spoken of ("spoke
    about the war" -> "war"), or None."""
    lemma = verb.lemma_.lower()
    framed = cue_frame(verb) if _framed_cue(verb) else None
    for c in verb.rights:
        said_of = f"{lemma} {c.lower_}" in TOPIC_PREPOSITIONS or c.lower_ == framed
        said_of = said_of or (framed is not None and framed == f"{c.lower_} as")
        if c.dep_ == "prep" and said_of:
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


def _negation_start(verb: Token) -> int:
    """Where a negated cue's content starts: at its auxiliary and negation ("did not feel he
    was ..."), so the content never says the reverse of what was reported."""
    first = min(
        (c for c in verb.lefts if c.dep_ in ("neg", "aux") and c.i > verb.i - 4),
        key=lambda c: c.i,
        default=verb,
    )
    return first.idx


def _past_ticker(tok: Token) -> Token:
    """A stock ticker in brackets after a company ("Acme Co. [ACME.N] said") is not the
    speaker: the name before it is."""
    doc = tok.doc
    k = tok.left_edge.i
    if k >= 2 and doc[k - 1].text == "[" and doc[k - 2].pos_ == "PROPN":
        return doc[k - 2]
    return tok


def _handle_beside(verb: Token) -> Token | None:
    """A social-media handle right before or after a cue the parser left without a subject
    ('"...," tweeted @acme', '"...," @ann_lee wrote'); one spoken to ("told @acme") is not."""
    doc = verb.doc
    if verb.lemma_.lower() in ("tell", "ask", "reply", "respond", "answer"):
        return None
    for i in (verb.i + 1, verb.i - 1):
        if 0 <= i < len(doc) and _HANDLE.fullmatch(doc[i].text):
            return doc[i]
    return None


def _last_word(tok: Token) -> Token:
    """The last word of ``tok``'s phrase, closing punctuation aside ("Acme (AC)" -> "AC")."""
    last = tok.right_edge
    while last.i > tok.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last


def _abbreviated(name: Token) -> bool:
    """A name followed by its organisation's abbreviation in brackets ("Harbour Policy
    Institute (HPI)"), whatever the entity type the model gave the name."""
    return any(
        c.dep_ == "appos"
        and c.ent_type_ == "ORG"
        and c.text.isupper()
        and c.i > 0
        and c.doc[c.i - 1].text == "("
        for c in name.rights
    )


def _named_in_apposition(noun: Token) -> Token:
    """The name a described speaker is given in apposition, or the speaker itself.

    "A senior aide to the president, Ann Lee, said": the speaker is Ann Lee, not the aide
    (nor the president, to whom the parser often hangs the apposition). The name must end
    the subject phrase, set off by commas.
    """
    if (noun.pos_ != "NOUN" or noun.ent_type_) and not _partitive(noun):
        return noun
    tail = _hyphen_tail(noun)
    if tail.i != noun.i:
        # "Her co-author, Ann Lee, said": the parser may hang the name on "author", not "co".
        named = _named_in_apposition(tail)
        return named if named.i != tail.i else noun
    for tok in noun.rights:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i == noun.i + 1:
            return tok  # "the risk consultancy Acme": the name right after its description
        if tok.dep_ == "appos":  # "Its owner, the shipping firm Acme,": its name
            name = next((t for t in tok.rights if t.dep_ == "appos" and t.i == tok.i + 1), None)
            if name is not None and name.ent_type_ in _NAMED_LABELS:
                return name
    last = _last_word(noun)
    for tok in noun.subtree:
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and (tok.ent_type_ in _NAMED_LABELS or _abbreviated(tok))
            and _ends_phrase(_last_word(tok), last)
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
        ):
            return tok
    return noun


def _partitive(noun: Token) -> bool:
    """ "One of the guests, Ann Lee, said": a number heading a partitive phrase, which the
    name set off after it names."""
    return noun.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _ends_phrase(word: Token, last: Token) -> bool:
    """Whether ``word`` ends the phrase that ``last`` ends, but for an age set off after it:
    "Her son, Tom Reed, 24, said" (the parser may hang "24" on "son", past the name)."""
    between = word.doc[word.i + 1 : last.i + 1]
    return all(t.is_punct or (t.like_num and t.dep_ in ("appos", "npadvmod")) for t in between)


def _out_of_quotation(speaker: Token, verb: Token) -> Token:
    """The speaker the parser hung on a word of the quotation before the cue.

    '"The plan and the budget add up," Ann Lee, the chair, said': the parser may make
    "plan" the subject of "said" and Ann Lee its apposition. A subject followed by a
    closing quotation mark before the verb is a word of the quotation; the apposition
    after that mark is the speaker.
    """
    if speaker.i >= verb.i:
        return speaker
    doc = verb.doc
    marks = [t.i for t in doc[speaker.i : verb.i] if _MARK.fullmatch(t.text)]
    if not marks:
        return speaker
    after = [t for t in speaker.rights if t.dep_ == "appos" and marks[-1] < t.i < verb.i]
    return after[0] if after else speaker


def _before_floating_quantifier(speaker: Token, verb: Token) -> Token:
    """ "The union and Ann Lee, her teammate, both say ...": the parser may make "both" the
    subject and leave the joint source hanging on the verb; the source is that phrase."""
    if speaker.lower_ not in _FLOATING_QUANTIFIERS or speaker.dep_ != "nsubj":
        return speaker
    hung = [
        c
        for c in verb.lefts
        if c.i < speaker.i and c.dep_ in ("dep", "nsubj") and c.pos_ in ("NOUN", "PROPN")
    ]
    return hung[-1] if hung else speaker


def _hyphen_tail(tok: Token) -> Token:
    """The last part of a hyphenated word the tokenizer split ("co-author" -> "author")."""
    doc = tok.doc
    i = tok.i
    while (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].pos_ == "NOUN"
    ):
        i += 2
    return doc[i]


#: Verbs by which an unnamed speaker gives a name ("a caller claiming to be X", "who called
#: himself X"): the speaker is the name given, as far as the text can tell.
_CLAIMED_NAME_LEMMAS = frozenset(["claim", "purport", "identify", "call", "describe"])


def _claimed_name(noun: Token, verb: Token) -> Token:
    """The name a described speaker gives himself right before the cue ("A woman claiming to be
    festival director Ann Lee said"), or the speaker itself."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.i < verb.i - 2:
        return noun
    last = doc[verb.i - 1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return noun
    between = doc[noun.i + 1 : last.i]
    if any(t.lemma_.lower() in _CLAIMED_NAME_LEMMAS for t in between) and not any(
        t.is_punct for t in between
    ):
        return last
    return noun


def _name_word_before(verb: Token) -> Token | None:
    """A capitalised function word right before a cue that the article uses as a person's
    name ('"...," So said' after "So Min-ho"): the parser took it for an adverb."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    prev = doc[verb.i - 1]
    if not (prev.lower_ in FUNCTION_WORDS and prev.text[:1].isupper() and prev.text[1:].islower()):
        return None
    for ent in doc.ents:
        start = name_start(doc, ent.start)
        if ent.label_ == "PERSON" and start < ent.start and doc[start].text == prev.text:
            return prev
    return None


def _cue_on_a_name(verb: Token) -> _Cue | None:
    """ "Sales fell, the Acme Herald, a daily, reported on Tuesday": the parser hung the cue on
    the name as a clause of it. A finite reporting verb with nothing reported after it, on a
    name set off by a comma after a clause: the name speaks, the clause is what it said."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or head.i > verb.i:
        return None
    after_apposition = doc[verb.i - 1].text == ","  # "Acme, a daily, reported" tagged VBN
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VBN" and after_apposition):
        return None
    if verb.lemma_.lower() not in _SPOKEN or head.pos_ != "PROPN" or head.head is head:
        return None
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    if any(c.dep_ in said for c in verb.children):
        return None
    edge = head.left_edge.i
    first = head.head.left_edge
    if edge == 0 or doc[edge - 1].text != "," or first.i >= edge - 1:
        return None
    # "X, a recent report from a consultancy, Acme, revealed": the report is no part of X
    report = _source_apposition(head.head, first.i, -1)
    if report is not None and report.lemma_.lower() in _MEDIA:
        edge = report.left_edge.i
    return _Cue(verb.idx, verb.idx + len(verb), head, (first.idx, doc[edge - 1].idx), verb)


def _cue_after_described_name(verb: Token) -> _Cue | None:
    """ "Sales fell, the website Acme Markets reported.": the parser hung the cue on the
    description as a relative clause with the name for its subject. A finite reporting verb
    ending the sentence, with nothing reported after it, whose subject is a name right after
    a common noun set off by a comma after a clause: the name speaks, the clause is what it
    said."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "relcl" or head.i > verb.i or head.pos_ != "NOUN":
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in _SPOKEN:
        return None
    name = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != head.i + 1:
        return None
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    ends = verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct
    if any(c.dep_ in said for c in verb.children) or not ends:
        return None
    edge = head.left_edge.i
    first = verb.sent[0]
    if edge == 0 or doc[edge - 1].text != "," or first.i >= edge - 1:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), name, (first.idx, doc[edge - 1].idx), verb)


def _cue_tagged_noun(tok: Token) -> _Cue | None:
    """ "Local media claim that the plant is closing": the parser read the verb as a noun with
    the subject as its compound. A reporting word heading the sentence, with a that-clause of
    its own and a noun right before it, is a cue of that noun."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or tok.lemma_.lower() not in _SPOKEN:
        return None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != tok.i:
        return None
    clause = next(
        (c for c in tok.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None
    )
    content = _content_of(tok, before) if clause is not None else None
    if content is None:
        return None
    for c in tok.rights:  # "claim that X is in charge but tired": one clause
        if c.dep_ == "conj" and not any(x.dep_ in _SUBJECTS for x in c.children):
            content = (content[0], c.right_edge.idx + len(c.right_edge))
    return _Cue(tok.idx, tok.idx + len(tok), before, content, tok)


def _stated_noun_cue(verb: Token) -> _Cue | None:
    """ "He expressed doubts that X", "fans spread rumours that X": a verb of stating with
    a noun of something stated as its object; the that-clause (on the noun, or after it on
    the verb) is the content, the verb's subject the speaker."""
    if verb.pos_ != "VERB" or _negated(verb):
        return None
    held = _held_noun(verb)
    if held is not None:
        kept = _that_clause([*held.rights, *(c for c in verb.rights if c.i > held.i)])
        if kept is None:
            return None
        return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), kept, verb)
    if verb.lemma_.lower() not in STATING_LEMMAS:
        return None
    noun = next((c for c in verb.rights if c.dep_ in ("dobj", "obj")), None)
    if noun is not None and noun.lemma_.lower() in DEMAND_NOUNS:
        demanded = _demanded(noun)
        if demanded is None:
            return None
        return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), demanded, verb)
    if noun is None or noun.lemma_.lower() not in STATED_NOUNS:
        return None
    # the clause may hang on the noun, on the verb, or on a phrase between ("with no proof")
    setting = [c for n in _adjunct_nouns(verb) if n.i > noun.i for c in n.rights]
    content = _that_clause([*noun.rights, *(c for c in verb.rights if c.i > noun.i), *setting])
    if content is None:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), content, verb)


def _held_noun(verb: Token) -> Token | None:
    """ "has stuck to her account that X", "stood by its claim that X": the noun of what
    the subject keeps to, after a verb-and-preposition pair of :data:`ADHERING_PHRASES`."""
    lemma = verb.lemma_.lower()
    for prep in verb.rights:
        if prep.dep_ != "prep" or f"{lemma} {prep.lower_}" not in ADHERING_PHRASES:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in HELD_NOUNS:
            return noun
    return None


def _demanded(noun: Token) -> tuple[int, int] | None:
    """What a demand noun asks for: its "for" phrase ("call for the fleet to be grounded")."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)


def _made_clear_cue(verb: Token) -> _Cue | None:
    """ "Officials have made clear that X", "she made it clear that X": a statement of X."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB" or _negated(verb):
        return None
    clear = next((c for c in verb.rights if c.lower_ == "clear" and c.i <= verb.i + 2), None)
    if clear is None:
        return None
    content = _that_clause([*(c for c in verb.rights if c.i > clear.i), *clear.rights])
    if content is None:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), content, verb)


def _that_clause(candidates: Iterable[Token]) -> tuple[int, int] | None:
    """The span after "that" of the first of ``candidates`` that is a that-clause with a
    subject of its own (a relative "that" is the clause's subject, not its marker)."""
    for clause in candidates:
        first = clause.left_edge
        while first.is_punct and first.i < clause.i:  # "claims, without proof, that"
            first = first.nbor()
        if clause.dep_ not in ("acl", "ccomp", "advcl") or first.lower_ != "that":
            continue
        if first.dep_ != "mark" or first.i + 1 >= len(clause.doc):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        return first.nbor().idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def _before_apposed_report(comp: Token, verb: Token, speaker: Token | None) -> int:
    """Where a clause before its cue ends when the parser took the head of the source phrase
    for its last apposition ("X leads, a report from a consultancy, Acme, revealed")."""
    doc = verb.doc
    k = speaker.left_edge.i if speaker is not None and speaker.i < verb.i else verb.i
    k -= 1
    while k > comp.left_edge.i and doc[k].is_punct:
        k -= 1
    report = _source_apposition(doc[k], comp.left_edge.i, comp.i)
    if report is None or report.lemma_.lower() not in _MEDIA:
        return doc[-1].idx + len(doc[-1].text_with_ws)  # the end (doc.text would join it all)
    return doc[report.left_edge.i - 1].idx


def _source_apposition(tok: Token, floor: int, stop: int) -> Token | None:
    """The outermost apposition set off by a comma, from ``tok`` up to (not past) token
    ``stop``, that names a report or a source and starts after token ``floor``."""
    doc = tok.doc
    found = None
    while tok.i != stop and tok.head.i != tok.i:
        edge = tok.left_edge.i
        set_off = tok.dep_ == "appos" and edge > floor and doc[edge - 1].text == ","
        names = _is_source(tok) or tok.lemma_.lower() in _MEDIA or tok.ent_type_ in _NAMED_LABELS
        if set_off and names:
            found = tok
        tok = tok.head
    return found


def _cue_after_apposed_source(verb: Token) -> _Cue | None:
    """ "X might run the firm in place of her father, a recent report from a consultancy
    revealed": the parser took the source for an apposition at the end of the clause and
    left the cue without a subject. The last apposition set off by a comma that ends right
    before the cue and names a report or a source speaks; the clause before it is the content."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPOKEN or _negated(verb):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].text in ")]":
        k -= 1
    if clause is None or k <= clause.left_edge.i:
        return None
    found = _source_apposition(doc[k], clause.left_edge.i, clause.i)
    if found is None:
        return None
    speaker = (_owner(found) or found) if found.lemma_.lower() in _MEDIA else found
    speaker = _named_in_apposition(speaker)  # "a report from a think tank, Acme (AC)"
    comma = doc[found.left_edge.i - 1]
    report = _source_apposition(doc[max(comma.i - 1, 0)], clause.left_edge.i, clause.i)
    if report is not None and report.lemma_.lower() in _MEDIA:  # "..., a report from X, Acme"
        comma = doc[report.left_edge.i - 1]
    return _Cue(verb.idx, verb.idx + len(verb), speaker, (clause.left_edge.idx, comma.idx), verb)


def _document_before(verb: Token, subject: Token | None) -> Token | None:
    """ "Concern grew when an article in the Courier, a weekly, claimed ...": the parser
    joined the cue to the clause before and lent it that clause's subject ("Concern"), which
    is no source; the article (its owner) just before the cue is."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if (
        subject is None
        or subject.ent_type_
        or _is_source(subject)
        or is_person_noun(subject.lemma_)
    ):
        return None
    for tok in reversed(verb.doc[verb.head.i + 1 : verb.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIA and tok.dep_ == "pobj":
            return _owner(tok) or tok
    return None


def _shown_by_evidence(verb: Token, subject: Token | None) -> bool:
    """ "The video shows ...", "interviews showed ...": the reporter's evidence, not a source
    speaking (whoever posted the video or gave the interviews is not the one who says it)."""
    # "the records tell a different story": evidence that tells, as evidence that shows
    if subject is None or verb.lemma_.lower() not in (*EVIDENCE_LEMMAS, "tell"):
        return False
    if subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
        # "divers used sonar mapping, which showed ...": a method or thing that shows
        # something is the reporter's evidence unless it is a body, a person or a report
        thing = subject.head.head
        lemma = thing.lemma_.lower()
        return (
            thing.pos_ == "NOUN"
            and not thing.ent_type_
            and not _can_speak(thing)
            and lemma not in REPORTING_NOUNS
        )
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma in EVIDENCE_NOUNS or lemma in RESULT_NOUNS)


_DASHES = frozenset(["—", "–", "--"])


def _opens_dash_aside(verb: Token, speaker: Token | None) -> bool:
    """ "the saga—think the late trains and the fake tickets—could not get worse": an imperative
    right after a dash that opens an aside is no verb of the subject before the dash (an aside
    set off by two dashes, "the minister—a former general—said", keeps its subject)."""
    if speaker is None or speaker.i >= verb.i - 1 or verb.doc[verb.i - 1].text not in _DASHES:
        return False
    if verb.tag_ != "VB":  # "flipped his choice – saying ...": a participle is the subject's
        return False
    dashes = sum(1 for t in verb.doc[speaker.i + 1 : verb.i] if t.text in _DASHES)
    return dashes % 2 == 1


def _writers_aside(verb: Token, speaker: Token | None) -> bool:
    """ "which we would say is a shame", "like we said, ...", "as I said": a first-person
    formula of the writer's own comment or of going back over it, not a report; and "We asked
    Ann Lee what she made of it": the writer's own question, which the answer follows."""
    if speaker is None or speaker.lower_ not in ("i", "we"):
        return False
    if verb.lemma_.lower() == "ask":
        return True
    if verb.lemma_.lower() != "say":
        return False
    must = any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)
    have_to = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need")
    lead = verb.doc[speaker.i - 1] if speaker.i > 0 else None
    back = lead is not None and lead.lower_ in ("like", "as") and speaker.i + 1 == verb.i
    return must or have_to or back


def _can_speak(tok: Token) -> bool:
    """A word that can name a source: a person, body or group, by name or by noun."""
    word = tok.lower_
    named = tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return named or is_person_noun(word) or word in ORG_HEADS or word in GROUP_HEADS


def _speaking_conjunct(subject: Token) -> Token:
    """ "..., the glassy waste left over from smelting, and its curator has pointed out that
    X": the parser joined the writer's gloss to the true subject. A thing says nothing; the
    later conjunct that names someone speaks."""
    if subject.pos_ != "NOUN" or _can_speak(subject):
        return subject
    if subject.lemma_.lower() in REPORTING_NOUNS:
        return subject  # "the statement and its annex say ..."
    later = [c for c in subject.conjuncts if c.i > subject.i and _can_speak(c)]
    return later[0] if later else subject


def _verb_cues(doc: Doc) -> Iterator[_Cue]:
    for tok in doc:
        on_name = (
            _cue_on_a_name(tok)
            or _cue_after_described_name(tok)
            or _cue_tagged_noun(tok)
            or _stated_noun_cue(tok)
            or _made_clear_cue(tok)
            or _cue_after_apposed_source(tok)
        )
        if on_name is not None:
            yield on_name
            continue
        if not _is_cue_verb(tok):
            continue
        speaker = _name_word_before(tok) or _handle_beside(tok) or _subject(tok)
        speaker = _out_of_quotation(speaker, tok) if speaker is not None else None
        speaker = _before_floating_quantifier(speaker, tok) if speaker is not None else None
        speaker = speaker or _absorbed_subject(tok) or _inverted_speaker(tok)
        speaker = _speaking_conjunct(speaker) if speaker is not None else None
        trailing = _trailing_description(tok, speaker) if tok.lemma_.lower() in _SPOKEN else None
        if _shown_by_evidence(tok, speaker) or _writers_aside(tok, speaker):
            continue
        if _opens_dash_aside(tok, speaker):
            continue
        speaker = _document_before(tok, speaker) or speaker
        if speaker is not None and speaker.lemma_.lower() in REPORTING_NOUNS:
            speaker = _owner(speaker) or speaker
        if speaker is not None:
            speaker = _named_in_apposition(_past_ticker(speaker))
            speaker = _claimed_name(speaker, tok)
        content = _content_of(tok, speaker)
        if content is not None and trailing is not None:
            comma = tok.doc[trailing.left_edge.i - 1]
            content = (content[0], min(content[1], comma.idx))
        if content is not None and _negated(tok):
            content = (_negation_start(tok), content[1])
        yield _Cue(tok.idx, tok.idx + len(tok), speaker, content, tok)


def _clause_side(anchor: Token, phrase_start: int, phrase_end: int) -> tuple[int, int]:
    """The clause a source phrase modifies, on the clause's own side of the phrase."""
    clause = anchor.head
    while clause.dep_ not in ("ROOT", "ccomp", "relcl", "parataxis") and clause.head is not clause:
        clause = clause.head
    sent = anchor.sent
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge)
    if clause.idx < phrase_start:
        # "X happened, according to Y, as ...": the clause's own side of the phrase.
        end = phrase_start
    else:
        start = max(start, phrase_end)
    return max(start, sent.start_char), min(end, sent.end_char)


def _relays(according: Token) -> bool:
    """ "X said, according to Y": Y relays what X said; the cue "said" gives X the quote."""
    verb = according.head
    lemma = verb.lemma_.lower()
    return (
        verb is not according
        and verb.pos_ in ("VERB", "AUX")
        and lemma in CUE_LEMMAS
        and lemma not in QUOTE_ONLY_LEMMAS  # "According to X, the strike will continue"
        and lemma not in COGNITION_LEMMAS  # "Officials believe Y, according to X": X's report
        and lemma not in STANCE_ONLY_LEMMAS  # "Voters favoured Y, according to a poll by X"
        and _subject(verb) is not None
    )


def _is_a_thing(source: Token) -> bool:
    """A source phrase naming a thing, not a person or a body ("a count", "figures")."""
    return source.pos_ == "NOUN" and not source.ent_type_ and not is_person_noun(source.lemma_)


def _maker(thing: Token) -> Token | None:
    """Who made a thing a clause is credited to: "the board's count", "a count by the
    election board", "figures from the statistics office" give the board, the office."""
    for child in thing.children:
        if child.dep_ == "poss":
            return child
    for child in thing.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    for child in thing.children:
        if child.dep_ == "acl" and child.lemma_.lower() in MAKING_LEMMAS:
            # "a count released by the board"; not "a memo seen by reporters"
            for agent in child.children:
                if agent.dep_ == "agent":
                    return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def _phrase_cues(doc: Doc) -> Iterator[_Cue]:
    """Source phrases: "according to X" and "in X's statement" / "in a poll" give X the clause."""
    for tok in doc:
        lower = tok.lower_
        if lower == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            source = (
                None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
            )
            if to is None or source is None or _relays(tok):
                continue
            if source.lemma_.lower() in REPORTING_NOUNS:
                source = _owner(source) or _maker(source) or source  # "a report issued by X"
            elif _is_a_thing(source):
                source = _maker(source) or source
            source = _named_in_apposition(source)
            phrase_end = to.right_edge.idx + len(to.right_edge)
            content = _clause_side(tok, tok.left_edge.idx, phrase_end)
            yield _Cue(tok.idx, to.idx + len(to), source, content, None)
        elif lower == "in" and tok.dep_ == "prep":
            source = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if source is None or source.lemma_.lower() not in SOURCE_NOUNS:
                continue
            if source.tag_ in ("NNS", "NNPS"):
                continue  # "slid in the polls": a standing the writer sums up, not one finding
            head = tok.head
            if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CUE_LEMMAS:
                continue  # "said in a statement": the verb is the cue
            if head.pos_ not in ("VERB", "AUX"):
                continue
            owner = _owner(source)
            phrase_end = tok.right_edge.idx + len(tok.right_edge)
            content = _clause_side(tok, tok.idx, phrase_end)
            yield _Cue(tok.idx, source.idx + len(source), owner or source, content, None)


def _abuzz_cues(doc: Doc) -> Iterator[_Cue]:
    """ "The forum went wild / was abuzz with rumours that X": a place of talk filled with
    claims reports them (for its users); who is confronted with claims does not."""
    for tok in doc:
        if tok.lemma_.lower() not in TALK_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "with":
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp")), None)
        mark = clause.left_edge if clause is not None else None
        if clause is None or mark is None or mark.lower_ != "that" or mark.i != tok.i + 1:
            continue
        verb = tok.head.head
        words = {
            verb.lemma_.lower(),
            *(c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"),
        }
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ in ("acomp", "attr"):  # "was abuzz with", parsed either way
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or not words & ABUZZ_WORDS:
            continue
        last = clause.right_edge
        content = (mark.nbor().idx, last.idx + len(last))
        yield _Cue(tok.idx, tok.idx + len(tok), _named_in_apposition(subject), content, None)


def _adjective_cues(doc: Doc) -> Iterator[_Cue]:
    """ "She was adamant that X", "He was emphatic that X": an asserting adjective after
    "be" reports the clause as "insisted that X" would, for the subject of "be"."""
    for adj in doc:
        be = adj.head
        if adj.dep_ != "acomp" or adj.lemma_.lower() not in ASSERTING_ADJECTIVES:
            continue
        if be.lemma_ != "be" or _negated(be):
            continue
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        holder = next((h for h in (adj, be) if _that_clause_after(h, adj.i)), None)
        if subject is None or holder is None:
            continue
        content = _content_of(holder, subject)
        if content is not None:
            speaker = _named_in_apposition(subject)
            yield _Cue(adj.idx, adj.idx + len(adj), speaker, content, None)


def _that_clause_after(head: Token, after: int) -> bool:
    """Whether ``head`` has a "that" clause after the token at ``after``."""
    return any(
        c.dep_ == "ccomp" and c.i > after and c.left_edge.lower_ == "that" for c in head.children
    )


def _title_cues(doc: Doc) -> Iterator[_Cue]:
    """ "The Herald ran an editorial titled "X"": an opinion piece speaks in its publisher's
    voice, so its quoted title is the publisher's (who ran it, or whose piece it is)."""
    for tok in doc:
        if tok.lower_ not in ("titled", "entitled", "headlined") or tok.i + 2 >= len(doc):
            continue
        opener = doc[tok.i + 1]
        if opener.text not in _OPENERS and opener.text != '"':
            continue
        head = tok.head
        piece = head if head.pos_ == "NOUN" else None
        if piece is None and head.pos_ == "VERB":
            piece = next((c for c in head.children if c.dep_ == "dobj"), None)
        if piece is None or piece.lemma_.lower() not in TITLED_PIECES:
            continue
        publisher = piece.head if piece.dep_ == "dobj" else None
        speaker = _owner(piece) or next(
            (c for c in (publisher.children if publisher is not None else ()) if c.dep_ == "nsubj"),
            None,
        )
        closer = next((t for t in doc[tok.i + 2 :] if t.text in _CLOSERS or t.text == '"'), None)
        if speaker is None or closer is None or closer.sent != opener.sent:
            continue
        speaker = _named_in_apposition(speaker)
        yield _Cue(tok.idx, tok.idx + len(tok), speaker, (opener.idx, closer.idx + 1), None)


# --- mentions and their antecedents --------------------------------------------------------
def _mention_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase of ``head`` without relative clauses, appositions or trailing commas."""
    if head.lower_ in SPEAKER_PRONOUNS:
        return head.idx, head.idx + len(head)
    left = head.left_edge
    right = head
    # "a source with access to the talks", "a source familiar with them": the description
    # is all an anonymous source is named by.
    anonymous = head.pos_ == "NOUN" and head.lemma_.lower() in ANONYMOUS_HEADS
    partner = ampersand_partner(head)
    for child in head.rights:
        if anonymous and child.dep_ in ("prep", "amod"):
            right = child.right_edge
            continue
        if partner is not None and (child.text == "&" or child.i == partner.i):
            right = child  # "Barrow & Finch": one firm's name
            continue
        if child.lower_ in _REFLEXIVES:
            break  # "Lee himself, speaking on Sunday, said": the name is "Lee"
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "prep"):
            if child.dep_ == "prep" and (
                child.lower_ == "of"
                or _spokesman_for(head, child)
                or _placed_at(head, child)
                or _name_goes_on(head, child)
                or _members_on(head, child)
            ):
                right = child.right_edge
                continue
            if _unset_name(right, child):
                right = child.right_edge
                continue
            break
        right = child.right_edge
    tail = _hyphen_tail(head)
    if tail.i > right.i:
        right = tail  # "Her co-author": the parser may leave "author" out of "co"'s phrase
    right = _before_aside_clause(head, right)
    if head.ent_type_ == "PERSON":
        left = left.doc[min(left.i, name_start(left.doc, left.i))]  # "So Min-ho": "So" too
    if _employer_before_surname(head):
        left = head  # "Ortega Bank's Lindqvist": the possessor is whom she works for
    # A leading determiner or possessive stays; punctuation at either end goes.
    while left.i < right.i and left.is_punct:
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right)


def _employer_before_surname(head: Token) -> bool:
    """ "Morrow Hale's Pike said": a lone surname after a possessive name is the person, the
    possessor the firm she works for (the tagger may read all of it as one name)."""
    if head.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in head.children):
        return False
    owners = [c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners or not any(c.dep_ == "case" for c in owners[0].children):
        return False
    if head.ent_type_ == "PERSON":
        return True  # a person's name, or the tagger took "Morrow Hale's Pike" for one
    # or the surname of a person the article named before ("Anna Pike ... Morrow Hale's Pike")
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == head.text and e.end <= owners[0].i
        for e in head.doc.ents
    )


def _before_aside_clause(head: Token, right: Token) -> Token:
    """The phrase's last word before a comma and a relative pronoun: "an official close to
    the talks, who asked not to be named" is named by its first part only (the
    parser may hang the clause on a word inside the phrase, not on its head)."""
    doc = head.doc
    for k in range(head.i + 1, right.i):
        if doc[k].text == "," and doc[k + 1].lower_ in _ASIDE_RELATIVES:
            return doc[k - 1]
    return right


def _spokesman_for(head: Token, prep: Token) -> bool:
    """ "a spokesperson for the association", "a lawyer for Acme": who the person speaks for
    is all that names them, so it is part of the mention."""
    if prep.lower_ != "for" or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if head.lemma_.lower() in ANONYMOUS_HEADS or not is_person_noun(head.lemma_):
        return False
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if body is None:
        return False
    lemma = body.lemma_.lower()
    named = body.ent_type_ in ("ORG", "GPE", "NORP") or body.pos_ == "PROPN"
    if named or lemma in ORG_HEADS or lemma in NAMED_BODY_HEADS or lemma in STATE_HEADS:
        return True
    return lemma in FIRM_NOUNS or lemma in NOT_FIRM_HEADS  # "for the regulator", "the airline"


#: Prepositions inside the name of a body ("Department for Education", "Commission on Pay").
_NAME_PREPOSITIONS = frozenset(["for", "on"])


def _name_goes_on(head: Token, prep: Token) -> bool:
    """ "The Department for Schools", "the Institute for Coastal Studies": a capitalised name
    goes on through "for" or "on" and a capitalised object with no article; the object is
    part of the name (the tagger may see no entity at all), not what the body is for."""
    if prep.text not in _NAME_PREPOSITIONS or head.pos_ != "PROPN" or not head.text.istitle():
        # (a capitalised "On" is a headline's title case: "Union Chief On Mayor Lee: ...")
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN":
        return False
    words = [t for t in objs[0].subtree if not t.is_punct]
    capitalised = all(t.text.istitle() or t.lower_ in ("and", "of") for t in words)
    return capitalised and words[0].text[0].isupper()


def _members_on(head: Token, prep: Token) -> bool:
    """ "Opposition members on Tarlow Town Council", "critics on the Harbour Board": people
    told by the named body they sit on; the body is part of who they are."""
    if prep.lower_ != "on" or head.tag_ != "NNS":
        return False
    if not (is_person_noun(head.lemma_.lower()) or head.lemma_.lower() in GROUP_HEADS):
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN" or not objs[0].text.istitle():
        return False
    seat = objs[0].lemma_.lower()
    return seat in ORG_HEADS or seat in NAMED_BODY_HEADS


def _placed_at(head: Token, prep: Token) -> bool:
    """ "an engineer at the company's depot", "a nurse at the city hospital": an unnamed
    person introduced by where they work is named by that place, part of the mention."""
    if prep.lower_ != "at" or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if not is_person_noun(head.lemma_) or head.lemma_.lower() in ANONYMOUS_HEADS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _A for c in head.lefts):
        return False  # "the engineer at the depot": someone already introduced
    return any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in prep.children)


def _unset_name(right: Token, child: Token) -> bool:
    """Whether an "apposition" right after the phrase, with no comma, is the name that
    ends it: "the editors of local news site Harbor Watch" (the parser hung the name on
    "editors"); a true apposition is set off by a comma."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.left_edge.i == right.i + 1
        and right.pos_ == "NOUN"
    )


def _mention_kind(head: Token) -> MentionKind:
    lower = head.lower_
    if lower in SPEAKER_PRONOUNS or _lets(head):
        return "pronoun"
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    if _HANDLE.fullmatch(head.text):
        return "name"
    if (
        head.lower_ in FUNCTION_WORDS
        and head.text[:1].isupper()
        and head.text[1:].islower()
        and head.i > 0
        and not head.is_sent_start
    ):
        return "name"  # "but So said": a function word capitalised mid-sentence is a name
    return "nominal"


def _lets(tok: Token) -> bool:
    """The "'s" of "let's" ("let's hope ..."): the pronoun "us", the writer and reader."""
    return tok.lower_ in ("'s", "’s") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "let"


def _speaker_label(tok: Token) -> str:
    """What kind of source a speaker mention names: person, organization or group."""
    features = SPEAKER_PRONOUNS.get(tok.lower_)
    if features is not None:
        wanted, _gender, number = features
        return wanted or ("group" if number == "plural" else "person")
    if _apposed_person(tok):
        return "person"
    if tok.ent_type_ in _ORG_LABELS or tok.lemma_.lower() in ORG_HEADS:
        return "organization"
    if tok.lemma_.lower() in TITLE_QUALIFIERS or tok.lemma_.lower() in COLLECTIVE_PEOPLE:
        return "group"  # "the defence argues": a side in court, no "he" or "she" later
    singular_verb = tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ"  # "X says": one source
    if tok.tag_ in ("NNS", "NNPS") and not singular_verb:
        return "group"
    if any(c.dep_ == "conj" for c in tok.children):
        return "group"
    return "person"


def _apposed_person(tok: Token) -> bool:
    """A name set beside a noun for one person ("Lee, a professor of law, said", "Lee, one
    of the critics", "her neighbour, Lee,"): a person, whatever the entity tagger called
    the name."""
    if tok.pos_ != "PROPN" or tok.lemma_.lower() in ORG_HEADS | NAMED_BODY_HEADS:
        return False  # "Acme Group, a sponsor of the race"
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ == "NOUN" and is_person_noun(head.lemma_.lower()):
        return True  # "His neighbour, Ann Lee, said": the name of a person described first
    for child in tok.children:
        if child.dep_ != "appos":
            continue
        if _an_age(child):
            return True  # "Lee, 18, said": only a person is given an age so
        noun = child
        if child.lower_ == "one":  # "one of the critics"
            of = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [o for c in of for o in c.children if o.dep_ == "pobj"]
            noun = objs[0] if objs else child
        if noun.pos_ == "NOUN" and is_person_noun(noun.lemma_):
            return True
    return False


#: The widest age a news apposition gives a person ("Lee, 18,"; "Lee, 102,").
_OLDEST = 120


def _an_age(tok: Token) -> bool:
    """A bare whole number set off by commas after a name: the person's age ("Lee, 18,")."""
    if not tok.text.isdigit() or not 0 < int(tok.text) <= _OLDEST or list(tok.children):
        return False
    doc = tok.doc
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return before == "," and after in (",", ".")


def _pronoun_label(mention: Token, antecedent: Span | None) -> str:
    """The kind of source a pronoun mention stands for. A relative "who" has no number or
    gender of its own: it is what its antecedent is ("scientists, who say" - a group)."""
    features = SPEAKER_PRONOUNS.get(mention.lower_)
    if features is None or features[0] or features[2] or antecedent is None:
        return _speaker_label(mention)
    span = mention.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand")
    return _speaker_label(span.root) if span is not None and len(span) else "person"


@dataclass(frozen=True)
class _Entity:
    start: int
    end: int
    label: str  # "person" | "organization"
    gender: str | None
    subject: bool
    #: A name, not a description ("the spokesman") that a later description cannot bind to.
    named: bool = True


def _handles(doc: Doc, ents: Sequence[_Entity]) -> list[_Entity]:
    """Social-media handles ("@ann_lee") the model left unlabelled: each an account holder a
    later "he" or "she" can refer to ('@ann_lee tweeted a photo. "...," she wrote')."""
    taken = {e.start for e in ents}
    return [
        _Entity(t.idx, t.idx + len(t), "person", None, t.dep_ in ("nsubj", "nsubjpass"))
        for t in doc
        if _HANDLE.fullmatch(t.text) and t.idx not in taken
    ]


def _unlabelled_surnames(doc: Doc, ents: Sequence[_Entity]) -> list[_Entity]:
    """A person's surname the model left unlabelled where it stands alone ("Ahmed gave an
    interview" after "Ali Ahmed"): still that person, whom a later "he" can mean."""
    owners: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in _PERSON_LABELS and len(ent) > 1:
            owners.setdefault(ent[-1].text, set()).add(ent.text)
    # Only the surname of one person in the article, as the subject of a clause.
    surnames = {name for name, fulls in owners.items() if len(fulls) == 1}
    covered = [(e.start, e.end) for e in ents]
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.text not in surnames or t.ent_type_ or t.dep_ != "nsubj":
            continue
        if any(a <= t.idx < b for a, b in covered):
            continue
        out.append(_Entity(t.idx, t.idx + len(t), "person", None, True))
    return out


def _untagged_of_body(doc: Doc) -> list[_Entity]:
    """ "Nia Ferrant of Colby Capital was more cautious": a two-word name the tagger missed,
    the subject of its clause and placed by "of" at a named body, is a person."""
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        given = [c for c in t.lefts if c.dep_ == "compound"]
        if len(given) != 1 or given[0].i != t.i - 1 or given[0].ent_type_:
            continue
        if not all(w.text[:1].isupper() and w.text[1:].islower() for w in (given[0], t)):
            continue
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        named = body is not None and (body.ent_type_ == "ORG" or body.pos_ == "PROPN")
        if named and body is not None and body.ent_type_ not in ("GPE", "LOC", "FAC"):
            out.append(_Entity(given[0].idx, t.idx + len(t), "person", None, True))
    return out


def _ampersand_firms(doc: Doc, ents: list[_Entity]) -> list[_Entity]:
    """ "Barrow & Finch": capitalised names joined by an ampersand are one firm, which the
    tagger misses in some contexts; "the firm said" later refers back to it."""
    out = []
    for t in doc:
        partner = ampersand_partner(t)
        if partner is None or not t.text[:1].isupper() or not partner.text[:1].isupper():
            continue
        start, end = t.left_edge.idx, partner.idx + len(partner)
        if any(e.start < end and start < e.end and e.label != "organization" for e in ents):
            continue
        if any(e.start <= start and end <= e.end for e in ents):
            continue
        subject = t.dep_ in ("nsubj", "nsubjpass")
        first = t.idx if t.left_edge.pos_ == "DET" else start
        out.append(_Entity(first, end, "organization", None, subject))
    return out


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's full personal names ("Lee" of "Ann Lee"), and of
    names the tagger cut in two: "Imra Vosk" with "Imra" left untagged and "Vosk" tagged
    an organisation (a given name is no organisation's first word)."""
    full = {ent[-1].text for ent in doc.ents if ent.label_ in _PERSON_LABELS and len(ent) > 1}
    return frozenset(full | _cut_names(doc))


def _cut_names(doc: Doc) -> frozenset[str]:
    """One-word entities that an untagged given name opens elsewhere in the article ("Imra
    Vosk ... Vosk told the paper", the second "Vosk" tagged an organisation)."""
    named = {t.text for t in doc if t.pos_ == "PROPN" and _given_name_before(t)}
    return frozenset(ent.text for ent in doc.ents if len(ent) == 1 and ent.text in named)


def _given_name_before(tok: Token) -> bool:
    """Whether an untagged capitalised word opens ``tok``'s name as its first part."""
    if tok.i == 0 or tok.ent_type_ in _PERSON_LABELS:
        return False
    first = tok.doc[tok.i - 1]
    return (
        first.dep_ == "compound"
        and first.head.i == tok.i
        and first.pos_ == "PROPN"
        and not first.ent_type_
        and first.is_alpha
        and first.is_title
        and (first.i == 0 or not first.doc[first.i - 1].is_title)
    )


def _mistyped_surname(ent: SpacySpan, surnames: frozenset[str]) -> bool:
    """A bare surname the model tagged as a place or organisation ("Lee" as GPE after "Ann
    Lee" was named): the person, whom a later "he" or "she" can mean. Not a country or capital
    ("Jordan", "Washington"), which a surname may share."""
    if len(ent) != 1 or ent.label_ not in _ORG_LABELS or ent.text not in surnames:
        return False
    word = ent.text.lower()
    return word not in COUNTRY_FORMS and word not in CAPITALS


def _titled_by_the(ent: SpacySpan) -> bool:
    """A one-word name the tagger took for a person but that "the" opens ("an interview
    with the Gazette", "told the Bugle"): a paper or some other body, not a person, whom
    no later "she" or "the singer" can mean. A one-word personal name takes no article."""
    if ent.label_ not in _PERSON_LABELS or len(ent) != 1 or ent.start == 0:
        return False
    det = ent.doc[ent.start - 1]
    return det.lower_ == "the" and ent[0].tag_ == "NNP"


def _entity_table(doc: Doc, text: str, boiler: Sequence[tuple[int, int]] = ()) -> list[_Entity]:
    """Named people and organisations, in text order, with the gender their titles show;
    none from page furniture (a byline, a line of topic tags), which refers to no one."""
    gender_of_surname: dict[str, str] = {}
    ents: list[_Entity] = []
    surnames = _person_surnames(doc)
    for ent in doc.ents:
        if any(a <= ent.start_char < b for a, b in boiler):
            continue
        if _titled_by_the(ent):
            label = "organization"
        elif (
            ent.label_ in _PERSON_LABELS
            or _mistyped_surname(ent, surnames)
            or _apposed_person(ent.root)
        ):
            label = "person"
        elif ent.label_ in _ORG_LABELS:
            label = "organization"
        else:
            continue
        gender = None
        if label == "person":
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in MALE_TITLES:
                gender = "male"
            elif prev in FEMALE_TITLES:
                gender = "female"
            surname = ent[-1].lower_
            if gender:
                gender_of_surname.setdefault(surname, gender)
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") and not _in_relative_clause(ent.root)
        subject = subject or _named_by_copula(ent.root)
        ents.append(_Entity(ent.start_char, ent.end_char, label, gender, subject))
    found = [
        *_handles(doc, ents),
        *_unlabelled_surnames(doc, ents),
        *_untagged_of_body(doc),
        *_ampersand_firms(doc, ents),
    ]
    outfits = _outfit_names(doc, boiler)
    ents = [e for e in ents if not any(o.start <= e.start < o.end for o in outfits)]
    ents = sorted([*ents, *found, *outfits], key=lambda e: e.start)
    if gender_of_surname:
        ents = [
            e
            if e.gender or e.label != "person"
            else _Entity(
                e.start,
                e.end,
                e.label,
                gender_of_surname.get(text[e.start : e.end].split()[-1].lower()),
                e.subject,
            )
            for e in ents
        ]
    return ents


#: Possessive pronouns that open a description ("her client") and the gender they give its owner.
_OWNER_GENDER = {"her": "female", "Her": "female", "his": "male", "His": "male"}


def _outfit_names(doc: Doc, boiler: Sequence[tuple[int, int]] = ()) -> list[_Entity]:
    """The names a story gives a group it then calls "the gang" or "the group": "The Night
    Owl hacking crew has ...", "The group, which calls itself Night Owl, ...", "a gang known
    as Night Owl": organisations, the subject of their sentence when the noun is."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _GROUP_NOUNS or t.tag_ != "NN":
            continue
        if any(a <= t.idx < b for a, b in boiler):
            continue
        given = _self_given_name(t)
        name = _compound_name(t) or ((given.left_edge, given) if given is not None else None)
        if name is not None:
            subject = t.dep_ in ("nsubj", "nsubjpass") and not _in_relative_clause(t)
            start, end = name[0].idx, name[1].idx + len(name[1])
            out.append(_Entity(start, end, "organization", None, subject))
    return out


def _compound_name(head: Token) -> tuple[Token, Token] | None:
    """ "the Night Owl hacking crew": the run of capitalised names right after "the" that
    modifies the noun (not a place or a nation: "the Dover crew", "the Russian group" name no
    one), in a definite phrase ("a neighbourhood chat group" is one group of many)."""
    det = next((c for c in head.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None:
        return None
    run = []
    for t in head.doc[det.i + 1 : head.i]:
        if t.tag_ != "NNP" or not t.text[:1].isupper() or head not in t.ancestors:
            break
        if t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in COUNTRY_FORMS:
            return None
        run.append(t)
    return (run[0], run[-1]) if run else None


def _self_given_name(head: Token) -> Token | None:
    """ "a group which calls itself Night Owl", "a gang calling itself Night Owl", "a crew
    known as Night Owl": the name in the clause that names the noun."""
    for v in head.children:
        if v.dep_ not in ("relcl", "acl"):
            continue
        if v.lemma_ == "call" and any(c.lower_ in _REFLEXIVES for c in v.children):
            names = [c for c in v.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")]
        elif v.lower_ == "known":
            preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]
            names = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        else:
            continue
        name = next((n for n in names if n.pos_ == "PROPN" and n.lower_ not in _REFLEXIVES), None)
        if name is not None:
            return name
    return None


def _in_relative_clause(tok: Token) -> bool:
    """ "... a letter, which the Courier obtained. It said ...": the subject of a relative
    clause is in the background, not the centre of attention a later pronoun returns to."""
    return tok.head.dep_ == "relcl"


def _named_by_copula(tok: Token) -> bool:
    """ "The first witness was Ann Lee": the name a description is equated with is the
    centre of attention, as a subject is ("... he said" next is Lee)."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.head.children)


class _Resolver:
    """Resolve pronouns and descriptions to the latest fitting earlier mention."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        regions: _Regions | None = None,
        boiler: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        self.text = text
        self.regions = regions or _Regions([])
        self.entities = _entity_table(doc, text, boiler)
        #: The names given to groups called "the gang", "the group" (see _outfit_names).
        self.outfits = set(_outfit_names(doc, boiler))
        #: Surnames whose given name the tagger left out ("Imra" of "Imra Vosk").
        self.cut_names = _cut_names(doc)
        self.starts = [e.start for e in self.entities]
        #: Speakers of quotes already attributed: (mention start, end, label, gender).
        self.speakers: list[_Entity] = []
        #: What the quotes already attributed report: (start, end) of their content.
        self.contents: list[tuple[int, int]] = []
        #: Genders the text gave people by the pronouns resolved to them, by surname.
        self.genders: dict[str, str] = {}
        #: The given names of the people those genders were learned of, by surname.
        self.gendered_givens: dict[str, set[str]] = defaultdict(set)
        #: Descriptions noted as speakers -> the names they stood for.
        self.referents: dict[tuple[int, int], Span] = {}
        #: Head words of the names the article says were told something (see _hearers).
        self._told: frozenset[str] | None = None

    def note_speaker(
        self,
        start: int,
        end: int,
        label: str,
        gender: str | None,
        named: bool = True,
        referent: Span | None = None,
    ) -> None:
        """A source just quoted, at its mention; ``referent`` is the name a description there
        stood for ("The union says" -> the union's name), what a later "it" resolves to."""
        self.speakers.append(_Entity(start, end, label, gender, True, named))
        if referent is not None:
            self.referents[start, end] = referent

    def _span_of(self, e: _Entity) -> Span:
        """The name an entity stands for: its own text, or the referent of a description."""
        return self.referents.get((e.start, e.end)) or Span(
            e.start, e.end, self.text[e.start : e.end]
        )

    def note_content(self, start: int, end: int) -> None:
        """A quote's content: the names in it are what was said, not who says the next one."""
        self.contents.append((start, end))

    def _reported(self, e: _Entity, mention: Token | None = None) -> bool:
        """The mention lies inside quotation marks or inside the content of an earlier quote."""
        if self.regions.at(e.start) is not None:
            return True
        if any(a <= e.start and e.end <= b for a, b in self.contents[-10:]):
            return True
        # "Lee told jurors that Ross 'chose to run'": a quote whose content the quotation
        # marks cut short still reports its clause's subject
        tok = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        return tok is not None and len(tok) > 0 and _in_reported_clause(tok.root, mention)

    def _candidates(self, before: int, mention: Token | None = None) -> list[_Entity]:
        k = bisect.bisect_left(self.starts, before)
        window = [e for e in self.entities[max(0, k - 40) : k] if not self._reported(e, mention)]
        said = [s for s in self.speakers if s.end <= before][-10:]
        merged = sorted([*window, *said], key=lambda e: e.start)
        return [e for e in merged if e.end <= before]

    def pronoun(self, tok: Token, content: tuple[int, int] = (0, 0)) -> Span | None:
        features = SPEAKER_PRONOUNS.get(tok.lower_)
        if features is None or tok.lower_ in _SELF:
            return None
        wanted, gender, number = features
        if wanted == "person" and gender is not None:
            described = self._described_before(tok, gender)
            if described is not None:
                return described
        cands = self._candidates(tok.idx, tok)
        if tok.lower_ == "it":
            cands = sorted([*cands, *self._body_subjects(tok)], key=lambda e: e.start)
        if number == "plural":
            cands = sorted([*cands, *self._group_subjects(tok)], key=lambda e: e.start)
        # "X did it, they said": a name inside what is reported is not who reports it.
        cands = [e for e in cands if not (content[0] <= e.start and e.end <= content[1])]
        # "Asked about Lee's letter, she said": who the reporter asked about is not who answers
        asked = _asked_before(tok)
        cands = [e for e in cands if not (asked[0] <= e.start and e.end <= asked[1])]
        # Subjects first (the centre of attention), then any mention; nearest first; a
        # mention in the pronoun's own paragraph before any in an earlier one.
        para = self.text.rfind("\n", 0, tok.idx) + 1
        for floor, pass_subject in ((para, True), (para, False), (0, True), (0, False)):
            for e in reversed(cands):
                if e.start < floor or (pass_subject and not e.subject):
                    continue
                if wanted == "person" and e.label != "person":
                    continue
                if wanted == "organization" and e.label != "organization":
                    continue
                if number == "plural" and e.label == "person":
                    continue
                known = e.gender or self._learned_gender(e)
                if gender and known and known != gender:
                    continue
                if gender and _OWNER_GENDER.get(self.text[e.start : e.end].split()[0]) == gender:
                    continue  # "She said her client ...": "she" is the owner, not the client
                if gender and e.label == "person":
                    self._learn_gender(e, gender)
                return self._span_of(e)
        return None

    def _body_subjects(self, tok: Token) -> list[_Entity]:
        """ "The water board, which covers the valley, cut supplies on Monday. Later it
        said": a body told by a description ("the board", "the company") as the subject
        of a main clause earlier in the pronoun's paragraph is one a later "it" can mean;
        it stands for the body the description refers back to, when one was named."""
        para = self.text.rfind("\n", 0, tok.idx) + 1
        out = []
        first = next((t.i for t in self.doc if t.idx >= para), tok.i)
        for t in self.doc[first : tok.i]:
            if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            if t.lemma_.lower() not in _BODY_NOUNS or self.regions.at(t.idx) is not None:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts):
                continue
            start, end = _mention_bounds(t)
            referent = self.nominal(t)
            if referent is not None:
                self.referents[start, end] = referent
            out.append(_Entity(start, end, "organization", None, True, False))
        return out

    def _described_before(self, tok: Token, gender: str) -> Span | None:
        """ "A guard at the gate, who asked not to be named, gave another account. He said
        ...": a sentence-initial "he" or "she" is the person an indefinite description
        introduced as the subject of the sentence just before, in the same paragraph, even
        when that sentence quoted no one (the last source quoted is someone else)."""
        sent = tok.sent
        if tok.dep_ != "nsubj" or tok.i != sent.start or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in self.text[before.start_char : tok.idx]:
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            return None
        lemma = subject.lemma_.lower()
        who = any(t.lower_ == "who" and t.dep_ == "nsubj" for t in subject.subtree)
        if not (is_person_noun(lemma) or lemma in ANONYMOUS_HEADS or who):
            return None  # "a guard ..., who asked not to be named": a person all the same
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.lefts):
            return None
        if GENDERED_ROLES.get(lemma, gender) != gender or self.regions.at(subject.idx):
            return None
        start, end = _mention_bounds(subject)
        return Span(start, end, self.text[start:end])

    def _learn_gender(self, e: _Entity, gender: str) -> None:
        """Note the gender a "she" or "he" resolved to this person gives their name."""
        words = self.text[e.start : e.end].split()
        if words:
            self.genders[words[-1]] = gender
            given = _given_word(words)
            if given is not None:
                self.gendered_givens[words[-1]].add(given)

    def _learned_gender(self, e: _Entity) -> str | None:
        """The gender an earlier "she" or "he" gave this person ("Ilse Varga ... she said").
        Not one learned of someone else of the family ("Tom Lee ... he said" tells nothing
        of "his daughter Ruth Lee"): a given name must be one the gender was learned of."""
        words = self.text[e.start : e.end].split()
        if not words:
            return None
        given, learned = _given_word(words), self.gendered_givens.get(words[-1])
        if given is not None and learned and given not in learned:
            return None
        return self.genders.get(words[-1])

    def _group_subjects(self, tok: Token) -> list[_Entity]:
        """Plural noun subjects shortly before ``tok`` ("officials said ... They ...")."""
        doc = self.doc
        out = []
        for i in range(tok.i - 1, max(-1, tok.i - 100), -1):
            cand = doc[i]
            joint = any(c.dep_ == "conj" for c in cand.children)  # "A and B said"
            reported = any(v.dep_ == "ccomp" for v in (cand.head, *cand.head.ancestors))
            lemma = cand.lemma_.lower()
            agent = (
                joint
                or cand.ent_type_ in ("NORP", "ORG", "PERSON")
                or lemma in PERSON_NOUNS
                or lemma in GROUP_HEADS
                or lemma in ORG_HEADS
            )
            plural = cand.tag_ in ("NNS", "NNPS") or joint
            if cand.dep_ == "nsubj" and plural and agent and not reported:
                start, end = _mention_bounds(cand)
                out.append(_Entity(start, end, "group", None, True))
        return out

    def nominal(self, head: Token) -> Span | None:
        """ "the ministry" -> the latest organisation naming it; "the spokesman" -> a person.

        An indefinite description ("a spokesman", "one official", "two sources") introduces
        someone new.
        """
        lemma = head.lemma_.lower()
        if any(
            (c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")) or c.dep_ == "nummod"
            for c in head.lefts
        ):
            return None
        if lemma in REPORTING_NOUNS:
            # "the report says" after "a report released by the board": the board's; else
            # whose is the speakers stage's call (the last source quoted)
            return self._document_maker(head)
        if lemma in ANONYMOUS_HEADS or lemma in UNNAMED_PERSON_HEADS:
            return self._introduced(head)
        if _family_count(head) or _age_alone(head):
            # "The father of two said", "The 61-year-old said": told of the person just
            # named, as "the 61-year-old trader" is
            return self._latest_person(self._candidates(head.idx), head.idx)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return None  # "the leader of the Acme group" describes someone in full
        cands = self._candidates(head.idx)
        if lemma in OUTFIT_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            # "the gang": only a group named as one ("the Night Owl gang") -- not a firm
            return self._latest_body([e for e in cands if e in self.outfits])
        if lemma in BODY_ANAPHORS and head.tag_ not in ("NNS", "NNPS"):
            return self._latest_body(cands)
        if lemma in OVERSIGHT_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            # "the regulator said": a body, not a person; not an outlet the article told
            told = self._hearers()
            bodies = [
                e for e in cands if self.text[e.start : e.end].split()[-1].lower() not in told
            ]
            return self._latest_body([e for e in bodies if e.label == "organization"])
        if head.tag_ not in ("NNS", "NNPS") and not is_person_noun(lemma):
            k = bisect.bisect_left(self.starts, head.idx)
            body = self._body_headed_by(self.entities[max(0, k - 40) : k], lemma)
            if body is not None:
                return body  # "the union" after "the Harbour Pilots' Union"
        if lemma in FIRM_EPITHETS and head.tag_ not in ("NNS", "NNPS"):
            trade = any(c.dep_ == "compound" for c in head.lefts)
            if trade and all(c.dep_ in ("det", "compound", "amod") for c in head.lefts):
                return self._latest_firm(cands, head.idx, lemma)  # "the appliance giant"
        if lemma in FIRM_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            if any(c.dep_ != "det" for c in head.lefts):
                return None  # "the parent company", "a rival airline": another firm
            return self._latest_firm(cands, head.idx, lemma)
        if lemma in ORG_HEADS:
            for e in reversed(cands):
                if (
                    e.label == "organization"
                    and e.named
                    and lemma in self.text[e.start : e.end].lower()
                ):
                    return Span(e.start, e.end, self.text[e.start : e.end])
            return None
        if lemma in GROUP_HEADS or lemma in TITLE_QUALIFIERS or head.tag_ in ("NNS", "NNPS"):
            return None
        if _aged(head):
            return self._latest_person(cands, head.idx)
        if lemma in TITLE_WORDS or lemma in GENDERED_ROLES or head.ent_type_ == "":
            former = _former(head)
            introduced = self._introduced(head, indefinite=True) if is_person_noun(lemma) else None
            if introduced is not None and former and former not in introduced.text.lower():
                introduced = None  # "the former chief" is not "a chief of police" introduced
            if introduced is not None:
                return introduced  # "the user" after "a user on a forum"
            if lemma in COLLECTIVE_PEOPLE:
                return None  # "the family said": a group, not a person named near "his family"
            gender = GENDERED_ROLES.get(lemma)
            for e in reversed(cands):
                if e.label != "person" or not e.named:
                    continue
                if gender and e.gender and e.gender != gender:
                    continue
                if self._role_given(e, f"{former} {lemma}" if former else lemma, head.idx):
                    return self._span_of(e)
            if former and is_person_noun(lemma):
                return self._epithet(head, cands)  # "X, who once led Y ... The former head"
            if lemma in LIFE_STAGE_NOUNS:
                return self._in_focus(head, cands, gender)  # "... The pensioner said"
            return self._epithet(head, cands) if lemma in EPITHET_NOUNS else None
        return None

    def _role_given(self, e: _Entity, lemma: str, before: int) -> bool:
        """Whether the role was given to that person nearby ("spokesman X", "X, a ..."),
        within the paragraph of the name (a headline above a byline gives no one a role)."""
        lo, hi = max(0, e.start - 60), min(e.end + 60, before, self._clause_end(e))
        lo = self.text.rfind("\n", lo, e.start) + 1 or lo
        # "Union chief: Lee quits" -- a colon parts a headline's label from its claim
        lo = self.text.rfind(":", lo, e.start) + 1 or lo
        cut = self.text.find("\n", e.end, hi)
        window = self.text[lo : hi if cut < 0 else cut].lower()
        # "the former chief" is given by "a former police chief": up to two words between
        role = r"\W+(?:[\w-]+\W+){0,2}".join(re.escape(w) for w in lemma.split())
        # "the swimmer's coach" gives the role to no one named there
        return re.search(rf"\b{role}(?:s|es)?\b(?![’']s\b)", window) is not None

    def _clause_end(self, e: _Entity) -> int:
        """Where what is said of a name ends: at the first verb after it outside its own
        phrase ("spokeswoman Ann Lee said the mayor ...": "mayor" is no role of hers; "Ann
        Lee, who is the mayor, said" keeps the relative clause)."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return len(self.text)
        edge = span.root.right_edge.i
        for tok in self.doc[span.end :]:
            if tok.i > edge and tok.pos_ in ("VERB", "AUX"):
                return tok.idx
        return len(self.text)

    def _epithet(self, head: Token, cands: list[_Entity]) -> Span | None:
        """ "Ann Lee, 24, denied it ... the swimmer said": an epithet for someone already
        named is the nearest named person, a subject first, in its own paragraph, then the
        nearest one named as a subject before it."""
        if not _plain_description(head):
            return None  # "the other swimmer", "the team's swimmer": someone else
        para = self.text.rfind("\n", 0, head.idx) + 1
        people = [e for e in cands if e.label == "person" and e.named]
        for floor, subject_only in ((para, True), (para, False), (0, True)):
            for e in reversed(people):
                if e.start >= floor and (e.subject or not subject_only):
                    return self._span_of(e)
        return None

    def _in_focus(self, head: Token, cands: list[_Entity], gender: str | None) -> Span | None:
        """ "Ann Lee, 81, ... her neighbour Bob Roe said ... The pensioner said": a person
        told by age or family standing is the one the report is about, the named person it
        has mentioned most so far (the latest of them on a tie), not whoever was named last.
        """
        if not _plain_description(head):
            return None  # "his grandmother", "another pensioner": someone else
        people = [e for e in cands if e.label == "person" and e.named]
        people = [e for e in people if not (gender and e.gender and e.gender != gender)]
        seen: dict[str, set[int]] = defaultdict(set)  # each mention once, however often quoted
        latest: dict[str, _Entity] = {}
        for e in people:
            last = self.text[e.start : e.end].split()[-1].lower()
            seen[last].add(e.start)
            latest[last] = e
        if not seen:
            return None
        best = max(seen, key=lambda k: (len(seen[k]), latest[k].start))
        e = latest[best]
        return self._span_of(e)

    def _document_maker(self, head: Token) -> Span | None:
        """Who made the document a bare "the report" or "the statement" refers back to: the
        maker named at the latest earlier mention of that noun outside quotation marks ("a
        report released on Monday by the Safety Board", "the board's report")."""
        if any(c.dep_ != "det" for c in head.lefts) or head.tag_ in ("NNS", "NNPS"):
            return None  # "a new report", "the second statement": another one
        lemma = head.lemma_.lower()
        for tok in reversed(head.doc[max(0, head.i - _LOOKBACK) : head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or self.regions.at(tok.idx):
                continue
            maker = _owner(tok) or _maker(tok)
            if maker is None:
                continue
            if maker.ent_type_ in _NAMED_LABELS:
                a, b = _mention_bounds(maker)
                return _span(self.text, a, b)
            return self.nominal(maker) if maker.pos_ == "NOUN" else None
        return None

    def _latest_firm(self, cands: list[_Entity], before: int, noun: str) -> Span | None:
        """The named business "the airline" or "the company" refers back to: the latest
        one that was a subject in its paragraph, else the latest named in it, else the
        latest named before (its name need not hold the noun: "Skyra ... the airline")."""
        firms = [e for e in cands if self._a_firm(e, noun)]
        para = self.text.rfind("\n", 0, before) + 1
        for floor, subject_only in ((para, True), (para, False), (0, False)):
            for e in reversed(firms):
                if e.start >= floor and (e.subject or not subject_only):
                    return self._span_of(e)
        return None

    def _a_firm(self, e: _Entity, noun: str) -> bool:
        """Whether a named organisation can be the business ``noun`` refers to: tagged an
        organisation (not a place or a building), not an outlet the article told something
        ("told the Daily Post"), and its name headed by no noun of another kind of body
        ("the Road Safety Board", "the Pilots' Guild", "Tarnford Airport")."""
        if e.label != "organization" or not e.named:
            return False
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        if span.root.ent_type_ != "ORG" and ampersand_partner(span.root) is None:
            return False
        if span.root.lower_ in self._hearers():
            return False
        name = self.text[e.start : e.end].lower().replace("\u2019", "'")
        words = re.findall(r"[\w']+", name.split(" of ")[0])
        last = words[-1].removesuffix("'s").removesuffix("'") if words else ""
        return last == noun or last not in _OTHER_BODY_HEADS

    def _hearers(self) -> frozenset[str]:
        """Head words of the names the article says were told something ("told the Daily
        Post", "told Acme Radio"): outlets and listeners, not the business in the story."""
        if self._told is None:
            self._told = frozenset(
                ent.root.lower_
                for ent in self.doc.ents
                if ent.root.dep_ in ("dobj", "dative") and ent.root.head.lemma_.lower() == "tell"
            )
        return self._told

    def _latest_body(self, cands: list[_Entity]) -> Span | None:
        """The named organisation "the group" refers back to: the latest one that was a
        subject ("Brightline said", even if tagged a person: a one-word name no full name in
        the article ends with), else the latest one ("quoted in Reuters" is no subject)."""
        bodies = [e for e in cands if e.named and (e.label == "organization" or self._lone(e))]
        body = next((e for e in reversed(bodies) if e.subject), None)
        body = body or next((e for e in reversed(bodies) if e.label == "organization"), None)
        return Span(body.start, body.end, self.text[body.start : body.end]) if body else None

    def kind_of(self, antecedent: Span | None, default: str) -> str:
        """An organisation when ``antecedent`` is a named organisation ("The authority said"
        after "the Fennel Valley Water Authority": a later "It says" is the authority), else
        ``default``."""
        if antecedent is not None:
            k = bisect.bisect_left(self.starts, antecedent.start)
            for e in self.entities[k : k + 1]:
                if (e.start, e.end, e.label) == (antecedent.start, antecedent.end, "organization"):
                    return "organization"
        return default

    def _latest_person(self, cands: list[_Entity], before: int) -> Span | None:
        """The named person in focus before ``before``: the latest subject in its paragraph,
        else the latest named in it, else the same in the text before."""
        para = self.text.rfind("\n", 0, before) + 1
        for floor, pass_subject in ((para, True), (para, False), (0, True), (0, False)):
            for e in reversed(cands):
                fits = e.start >= floor and e.label == "person" and e.named
                if fits and (e.subject or not pass_subject):
                    return self._span_of(e)
        return None

    def _body_headed_by(self, cands: list[_Entity], lemma: str) -> Span | None:
        """The latest named organisation whose name is headed by ``lemma``: "the union" ->
        "the Metro Drivers' Union", "the chamber" -> "the Chamber of Commerce" (the head is
        the last word before any "of"). A person's role that mentions the noun nearby
        ("X, the union's secretary") is no reason to take "the union" for that person."""
        for e in reversed(cands):
            if e.label != "organization" or not e.named:
                continue
            name = self.text[e.start : e.end].lower().replace("\u2019", "'")
            words = re.findall(r"[\w']+", name.split(" of ")[0])
            if words and words[-1].removesuffix("'s").removesuffix("'") == lemma:
                return Span(e.start, e.end, self.text[e.start : e.end])
        return None

    def _lone(self, e: _Entity) -> bool:
        """A one-word "person" that no longer name in the article ends with ("Brightline")."""
        word = self.text[e.start : e.end]
        if e.label != "person" or " " in word or word in self.cut_names:
            return False
        return not any(
            " " in (n := self.text[x.start : x.end]) and n.endswith(" " + word)
            for x in self.entities
        )

    def _introduced(self, head: Token, indefinite: bool = False) -> Span | None:
        """ "the source" -> the phrase that introduced it earlier ("a source close to the talks").

        The latest earlier noun of the same lemma, outside quotation marks, that says more
        than the bare noun; or the name it stands in apposition to ("Ann Lee, a source ...").
        With ``indefinite``, only a phrase opened by "a", "an" or "one" introduces.
        """
        lemma = head.lemma_.lower()
        doc = head.doc
        plural: Span | None = None
        for tok in reversed(doc[max(0, head.i - _LOOKBACK) : head.i]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or self.regions.at(tok.idx):
                continue
            if tok.tag_ != head.tag_:
                # "the source" after "security sources in the region" (and no one source
                # introduced): one of them, who speak as one.
                a, b = _mention_bounds(tok)
                bare = all(c.dep_ == "det" for c in head.lefts)  # not "the second source"
                many = head.tag_ == "NN" and tok.tag_ == "NNS" and lemma in ANONYMOUS_HEADS
                many = many and bare
                if many and plural is None and len(self.text[a:b].split()) > 2:
                    plural = _span(self.text, a, b)
                continue
            if tok.dep_ == "appos" and tok.head.ent_type_ in _NAMED_LABELS:
                a, b = _mention_bounds(tok.head)
                return _span(self.text, a, b)
            described = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
            if indefinite and not described and not any(c.lower_ in _A for c in tok.lefts):
                continue  # only "a user on a forum" or "the narrator of a film" introduce
            if indefinite and tok.dep_ == "poss":
                continue  # "a swimmer's comeback" speaks of swimmers, not of one
            a, b = _mention_bounds(tok)
            if len(doc.char_span(a, b, alignment_mode="expand") or ()) > 2:
                return _span(self.text, a, b)
        return plural


_A = frozenset(["a", "an", "one"])
#: Nouns of parenthood that a count makes a description of family standing ("mother of two").
#: Heads of descriptions of a body ("the council", "the company", "the group").
_BODY_NOUNS = ORG_HEADS | INSTITUTION_KINDS | FIRM_NOUNS | BODY_ANAPHORS | OUTFIT_NOUNS
#: Nouns a story calls a named group by ("the gang", "the group").
_GROUP_NOUNS = BODY_ANAPHORS | OUTFIT_NOUNS
#: How many heads up from a cue a reporter's question ("Asked if X, she said") is looked for.
_QUESTION_DEPTH = 8
#: Heads of names of bodies and places of another kind than a business ("the airline" is
#: not "the Safety Commission"); the legal suffixes and "group" still name firms.
_OTHER_BODY_HEADS = (
    (ORG_HEADS | NAMED_BODY_HEADS | BODY_ANAPHORS | NOT_FIRM_HEADS)
    - FIRM_NOUNS
    - frozenset([*(s[-1] for s in ORG_SUFFIXES), "group"])
)
#: How many tokens back a description looks for the phrase that introduced its referent.
_LOOKBACK = 600
#: An outer report cut before a nested one is kept when this many words remain.
_KEEP_OUTER = 3


# --- assembling quotes ------------------------------------------------------------------------
def _in_reported_clause(tok: Token, mention: Token | None = None) -> bool:
    """Whether ``tok`` lies in the "that" clause of a verb of saying ("told jurors that Ann
    Lee chose to ..."), one that does not also hold ``mention`` ("that Lee, even as he says
    X, has done Y": "he" is Lee)."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORTING_LEMMAS:
            inside = mention is not None and a.left_edge.i <= mention.i <= a.right_edge.i
            return not inside and any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children)
    return False


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


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


def _words(text: str) -> int:
    return len(_WORD.findall(text))


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


# --- content for one cue
def _drafts_for(art: _Article, used: set[int], cue: _Cue) -> list[_Draft]:
    text = art.text
    regions = art.regions
    out: list[_Draft] = []
    speaker = cue.speaker
    cue_span = (cue.start, cue.end)
    if cue.content is not None:
        start, end = cue.content
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


# --- quotations no cue claimed
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


# --- records
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
    if one_word and not (_named_object(art, start, end) or _one_word_reply(art, draft)):
        return None
    return start, end


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
        draft = _past_citing(art, draft)
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
    described = mention_kind == "nominal" and antecedent is None
    generic = mention_tok.lemma_.lower() in REPORTING_NOUNS | GENERIC_HEADS
    generic = generic or _evidence_subject(mention_tok)
    if (mention_kind == "name" or antecedent is not None) or (described and not generic):
        # Every source quoted is a referent for the next "he" or "they", named or not.
        label = (
            _pronoun_label(mention_tok, antecedent)
            if mention_kind == "pronoun"
            else resolver.kind_of(antecedent, _speaker_label(mention_tok))
        )
        gender = GENDERED_ROLES.get(mention_tok.lemma_.lower())
        person = label == "person" and is_person_noun(mention_tok.lemma_.lower())
        if (
            mention_kind == "nominal"
            and antecedent is not None
            and (label == "organization" or person)
        ):
            # "The union says ... It says", "The pensioner said ... he said": the description
            # is the latest mention of the body or the person it stands for.
            resolver.note_speaker(m_start, m_end, label, gender, True, antecedent)
        else:
            target = antecedent or mention
            resolver.note_speaker(target.start, target.end, label, gender, not described)
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


#: Modifiers that leave a cited source as unnamed as it was ("an unnamed senior source").
_VAGUE_SOURCE_WORDS = frozenset(
    ["unnamed", "anonymous", "unidentified", "senior", "informed", "reliable", "single", "one"]
)


def _past_citing(art: _Article, draft: _Draft) -> _Draft:
    """ "The agency reported, citing two government sources, that X": the parser hung the
    citing phrase on the reported clause, so the content starts after it.

    A source the phrase describes ("two government sources", "an official close to the
    talks") said it and the outlet relays it: nested attributions go to the innermost
    source. A bare "an unnamed source" gives no one to credit, and the outlet stays the
    speaker.
    """
    doc = art.doc
    span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if span is None or len(span) < 5 or span[0].lemma_.lower() not in ("cite", "quote"):
        return draft
    obj = next((c for c in span[0].children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not _is_source(obj):
        return draft
    k = obj.right_edge.i + 1
    while k < span.end and (doc[k].is_punct or doc[k].lower_ == "that"):
        k += 1
    if k >= span.end - 2 or doc[k - 1].i == obj.right_edge.i:
        return draft  # nothing after the source phrase, or no comma or "that" to end it
    past = dataclasses.replace(draft, start=doc[k].idx)
    if not _described(obj):
        return past
    bounds = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
    return dataclasses.replace(past, speaker=obj, mention=bounds, kind=None)


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
            noun = _apposed_to_name(_who_of(tok, tok.head.head))
            owner = _owner(noun) if noun.lemma_.lower() in REPORTING_NOUNS else None
            if owner is not None:
                # "the board's own statement, which said X": the statement's maker speaks
                found = resolver.nominal(owner) if _mention_kind(owner) == "nominal" else None
                if found is not None:
                    return found
                noun = owner
            a, b = _mention_bounds(noun)
            if owner is not None:
                b = min(b, owner.idx + len(owner))  # "the board's": the board
            return _span(art.text, a, b)
        return resolver.pronoun(tok, content)
    if kind == "nominal":
        return resolver.nominal(tok)
    return None


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


#: A quotation mark that opens (a right single mark is mostly an apostrophe; a straight one
#: opens before a word: "not 'blowhard' Lee").
_OPENING_MARK = re.compile(r"''|[\"“”„«»‘]|(?<!\w)'(?=\w)")
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


def extract_quotes(doc: Doc, doc_id: str) -> list[Quote]:
    """Find the attributed statements in ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    doc_id : str
        The article id given to every quote.

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
    (:func:`_build_quotes`); then reports of reports and overlaps.
    """
    _repair_lemmas(doc)
    mend_given_names(doc)
    _untag_common_nouns(doc)
    art = _article(doc, doc_id)
    drafted = _cue_drafts(art, _article_cues(art))
    drafts = [*drafted.drafts, *_orphan_drafts(art, set(drafted.used), drafted.drafts)]
    drafts.extend(_label_drafts(art))
    quotes = _innermost_reports(_build_quotes(art, drafts), doc)
    return _without_overlaps(quotes, _relative_reports(quotes, doc))


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


def _innermost_reports(quotes: list[Quote], doc: Doc) -> list[Quote]:
    """A report of a report gives the quote to the innermost source that spoke.

    "An envoy said that the talks failed, Reuters reported": the envoy said it; the outer
    report, whose content holds the envoy's mention and cue, keeps only what comes before
    them ("Reports showed that A, with users explaining why B": A), or goes when that is
    too short to be a statement. Only a verb of saying makes the inner source speak.
    """
    cut: dict[tuple[int, int], int] = {}
    for inner in quotes:
        verb = _spoken_cue(inner, doc)
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
    out = []
    text = doc_text(doc) if cut else ""
    for q in quotes:
        if (q.start, q.end) in cut:
            stop = cut[(q.start, q.end)]
            start, end = _trim(text, q.start, stop)
            end = _rstrip_joiners(text, start, end)
            if _words(text[start:end]) < _KEEP_OUTER:
                continue
            q = dataclasses.replace(q, start=start, end=end, text=text[start:end])
            q = dataclasses.replace(q, kind=_kind(q.text))
        out.append(q)
    return out


def _given_word(words: Sequence[str]) -> str | None:
    """The given name of a written name ("Ruth" of "Ruth Lee"; none in "Lee", "Mrs Lee")."""
    first = words[0] if len(words) > 1 else ""
    bare = first.lower().rstrip(".")
    return first if first[:1].isupper() and bare not in TITLE_WORDS else None


def _plain_description(head: Token) -> bool:
    """A description with nothing before its head but an article, a word for a past role or
    a noun of the role itself ("the retired lorry driver"): not "the other swimmer", "the
    team's swimmer" or "his grandmother", who are someone else."""
    former = _former(head)
    return all(
        c.dep_ == "det" or c.lower_ == former or (c.dep_ == "compound" and c.text.islower())
        for c in head.lefts
    )


def _former(head: Token) -> str | None:
    """The word that makes a description a past holder of its role ("the former chief"), if
    any: such a one is not whoever holds the role now."""
    return next((c.lower_ for c in head.lefts if c.lower_ in FORMER_WORDS), None)


def _aged(head: Token) -> bool:
    """ "the 61-year-old trader", "the 61-year-old": a description by age, which newswriting
    gives only to someone already named (the person in focus), never to someone new."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    return definite and any(_age_word(c) for c in (head, *head.lefts))


def _age_word(tok: Token) -> bool:
    """ "old" of "61-year-old": a word that gives someone's age (the tagger often reads the
    whole phrase as a date)."""
    return tok.lower_ in ("old", "olds") and any(
        g.lower_ in ("year", "years") for g in tok.children
    )


def _age_alone(head: Token) -> bool:
    """ "The 61-year-old said": the adjective of an age standing for the person (the tagger
    may read "61-year-old" as a date), in a definite phrase."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    return definite and _age_word(head)


def _family_count(head: Token) -> bool:
    """ "the father of two", "the mother of three": family standing told by a count."""
    return head.lemma_.lower() in LIFE_STAGE_NOUNS | PARENT_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in head.rights
    )


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
    speakers = ORG_HEADS | GROUP_HEADS | REPORTING_NOUNS | ANONYMOUS_HEADS | SOURCE_NOUNS
    return lemma not in speakers and lemma not in NAMED_BODY_HEADS


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


#: Modals of a speech that did not happen ("he'd tell him ...", "could say").
_CONDITIONAL = frozenset(["would", "'d", "’d", "could", "might"])


def _hypothetical(verb: Token) -> bool:
    """A cue under a conditional modal, its own or that of the verb it is coordinated with.

    "Lee says he'd sit the envoy down and tell him no more nonsense": nobody has told
    anyone yet; the report is Lee's, not a report inside it.
    """
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL for c in v.children):
            return True
    return False


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


def _spoken_cue(q: Quote, doc: Doc) -> Token | None:
    """The verb of saying that cues ``q`` with a named source (not a continuation), if any."""
    if q.cue is None or q.mention is None or q.continues is not None:
        return None
    cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if cue is None or not len(cue) or cue.root.lemma_.lower() not in _SPOKEN:
        return None
    return cue.root


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
