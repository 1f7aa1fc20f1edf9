"""Stage 4: speaker mentions become one :class:`Speaker` identity per source across a corpus.

Per article, :func:`kg.extract.mentions.collect_mentions` reads the parse once and
keeps every named or described source as a plain :class:`EntityMention`
record, with the role and affiliation its pre-modifiers and appositions give
("White House spokeswoman Ann Lee", "Ann Lee, a senior fellow at the Institute").
Corpus-wide, :func:`resolve_speakers` works on records only:

1. each quote's speaker phrase is chosen (the name in the sentence, or what a
   pronoun, "the ministry" or "the statement" refers back to in the article);
2. within an article, a surname alone is linked to the full name it abbreviates;
3. across articles, names are merged on full name, on surname plus a
   compatible first name or initial, on transliteration variants (fuzzy
   match of spelling skeletons), and organisations and groups on their
   normalised words and country. Candidates are blocked by surname or head
   word, so the work grows with the number of names, not its square;
4. the user's alias file (:mod:`kg.assemble.aliases`) forces, forbids or renames.

Every merge records its rule and score in :attr:`Speaker.merges`.

A joint source ("A and B said", :attr:`kg.extract.quotes.Quote.co_mentions`) gives the
quote to its first-named member in :attr:`SpeakerIndex.by_quote` and to the
others in :attr:`SpeakerIndex.co_speakers`; each member is a speaker of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise, product
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from networkx.utils import UnionFind

from kg.assemble.aliases import AliasRules, normalize_name
from kg.assemble.collector import collector_paused
from kg.extract.names import (
    NameParts,
    SpeakerType,
    clean_surface,
    country_of,
    given_compatible,
    is_person_noun,
    name_ratio,
    parse_person,
    parse_phrase,
    skeleton,
)
from kg.extract.quotes import MentionKind, Quote, Span
from kg.lexicon import (
    COURT_SIDES,
    FUNCTION_WORDS,
    GENDERED_NOUNS,
    GENERIC_HEADS,
    HOLDER_HEADS,
    INSTITUTION_KINDS,
    LAWYER_NOUNS,
    NAMED_BODY_HEADS,
    NEWS_OUTLET_NOUNS,
    OFFICE_NOUNS,
    ORG_HEADS,
    OUTLET_KEYS,
    PERSON_DEMONYMS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
    PRONOUNS,
    PUBLIC_UNIT_HEADS,
    REPORTING_NOUNS,
    SOURCE_NOUNS,
    SOURCE_RELAY_VERBS,
    SPEAKER_DETERMINERS,
    STATE_HEADS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    UNNAMED_PERSON_HEADS,
    UNNAMED_ROLE_HEADS,
    WRITERS_OF_POSTS,
)

if TYPE_CHECKING:
    pass

from kg.extract.mentions import EntityMention, collect_mentions

__all__ = [
    "ArticleSpeakers",
    "EntityMention",
    "Speaker",
    "SpeakerIndex",
    "SpeakerType",
    "canonical_name",
    "collect_mentions",
    "read_article_speakers",
    "resolve_speakers",
    "slug",
]

#: Fuzzy score (0-100) two surname skeletons need to be one person's.
SURNAME_SCORE = 88
#: Surnames are compared within blocks sharing this many first letters of their skeleton
#: ("Conley" and "Connolly" share "con").
_BLOCK = 3
#: The keys of well-known outlets: names, never people ("Financial Times").
_OUTLETS = frozenset(OUTLET_KEYS.values())
#: Fuzzy score two organisation or group keys need (same country, same head).
ORG_SCORE = 92


@dataclass(frozen=True)
class Speaker:
    """One real-world source, however it is named.

    Attributes
    ----------
    id : str
        Stable slug of the canonical name (unique in the corpus).
    name : str
        Canonical name (titles stripped).
    type : {'person', 'organization', 'group'}
    aliases : tuple of (str, int)
        Every surface form seen, with its count, most frequent first.
    role, affiliation : str or None
    docs : tuple of str
        Articles the speaker is quoted in.
    n_quotes : int
    merges : tuple of str
        Why each name joined this identity ("rule score: name + name").
    country : str or None
        The country the names place the speaker in.
    """

    id: str
    name: str
    type: SpeakerType
    aliases: tuple[tuple[str, int], ...] = ()
    role: str | None = None
    affiliation: str | None = None
    docs: tuple[str, ...] = ()
    n_quotes: int = 0
    merges: tuple[str, ...] = ()
    country: str | None = None

    @property
    def alias_names(self) -> list[str]:
        """The aliases without their counts."""
        return [a for a, _ in self.aliases]


@dataclass(frozen=True)
class SpeakerIndex:
    """The speakers of a corpus and which quote each was given.

    Attributes
    ----------
    speakers : tuple of Speaker
    by_quote : mapping
        Quote key ``(doc, start, end)`` -> the id of its (first-named) speaker.
    co_speakers : mapping
        Quote key -> the ids of a joint source's other speakers ("A and B said"),
        for quotes that have them.
    """

    speakers: tuple[Speaker, ...]
    by_quote: Mapping[tuple[str, int, int], str] = field(default_factory=dict)
    co_speakers: Mapping[tuple[str, int, int], tuple[str, ...]] = field(default_factory=dict)
    #: Speaker id -> speaker, built once (ids are unique).
    by_id: Mapping[str, Speaker] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {s.id: s for s in self.speakers})

    def get(self, speaker_id: str) -> Speaker | None:
        """The speaker with ``speaker_id``, or None (a dict lookup, not a scan)."""
        return self.by_id.get(speaker_id)

    def speaker_of(self, quote: Quote) -> Speaker | None:
        """The speaker a quote is attributed to, or None."""
        sid = self.by_quote.get(quote.key)
        return self.get(sid) if sid else None


def slug(name: str) -> str:
    """A lowercase ASCII-ish id for a name.

    >>> slug("Gen. Sergei O'Neil")
    'gen-sergei-o-neil'
    """
    s = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-")
    return s or "unknown"


def canonical_name(mention: str) -> tuple[str, str | None]:
    """Split a person's mention into (canonical name, role from its titles).

    >>> canonical_name("Lt. Gen. Ann Smith")
    ('Ann Smith', 'Lt. Gen.')
    >>> canonical_name("Ann Smith")
    ('Ann Smith', None)
    """
    parts = parse_person(mention)
    return parts.name, parts.role


# --- corpus-wide: choosing each quote's speaker phrase ------------------------------------


class _Parsed(NamedTuple):
    """An article's mention with its name read once (a tuple: cheap to make by the thousand)."""

    mention: EntityMention
    parts: NameParts


_BY_OFFSET = attrgetter("mention.start", "mention.end")


class _Mentions(list[_Parsed]):
    """An article's mentions in text order, with lookups by offset."""

    #: No mention is longer than this (characters), so overlaps are searched this far back.
    LONGEST = 300

    def __init__(self, items: Iterable[_Parsed]) -> None:
        super().__init__(sorted(items, key=_BY_OFFSET))
        self.starts = [p.mention.start for p in self]
        self.spans = {(p.mention.start, p.mention.end): p for p in self}
        #: Phrases already read as names: (start, end, text, kind hint) -> name.
        self.names: dict[tuple[int, int, str, str], _Named | None] = {}
        #: Organisation and group keys -> (start, country) of the mentions that name a country.
        self.countries: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for p in self:
            if p.mention.label != "PERSON" and p.parts.country:
                self.countries[p.parts.key].append((p.mention.start, p.parts.country))
        #: The contents of the article's quotes, in text order (set by the caller).
        self.contents: list[tuple[int, int]] = []
        self.content_starts: list[int] = []

    def set_contents(self, quotes: Iterable[Quote]) -> None:
        """Note what the article's quotes report: names in there are not speakers."""
        self.contents = sorted((q.start, q.end) for q in quotes)
        self.content_starts = [a for a, _ in self.contents]

    def reported(self, m: EntityMention) -> bool:
        """The mention lies inside what a quote of the article reports (not a speaker)."""
        k = bisect_left(self.content_starts, m.start + 1) - 1
        return k >= 0 and m.end <= self.contents[k][1]

    def starting(self, lo: int, hi: int) -> list[_Parsed]:
        """The mentions that start in ``[lo, hi)``."""
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def overlapping(self, start: int, end: int) -> list[_Parsed]:
        """The mentions that overlap ``[start, end)``."""
        near = self.starting(start - self.LONGEST, end)
        return [p for p in near if p.mention.start < end and p.mention.end > start]


def _parse_mentions(mentions: Iterable[EntityMention]) -> _Mentions:
    return _Mentions(
        _Parsed(m, parse_person(m.text, m.premod) if m.label == "PERSON" else parse_phrase(m.text))
        for m in mentions
    )


@dataclass(frozen=True)
class _Named:
    """A speaker phrase read as a name, with the role and affiliation the text gives."""

    surface: str
    parts: NameParts
    role: str | None = None
    affiliation: str | None = None
    #: A lone capitalised word that may be a surname named in full in another article.
    lone: bool = False


@dataclass(frozen=True)
class _Item:
    """A quote's speaker as a name: the unit the clustering works on."""

    quote: Quote
    surface: str
    parts: NameParts
    how: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    lone: bool = False
    #: A surname its own article gives to several people: never linked to a full name.
    ambiguous: bool = False
    #: A joint source's other member ("A and B said"): the quote's co-speaker.
    co: bool = False
    #: The phrase names no one ("some", "officials", "his government"): no speaker node.
    unnamed: bool = False


def _written(quote: Quote) -> str:
    """The speaker mention as the article writes it."""
    return clean_surface(quote.mention.text) if quote.mention is not None else "?"


def _item(quote: Quote, named: _Named, how: str | None) -> _Item:
    reasons = (f"{how} 1.00: {_written(quote)} -> {named.surface}",) if how else ()
    return _Item(
        quote, named.surface, named.parts, reasons, named.role, named.affiliation, named.lone
    )


_OF_PHRASE = re.compile(r"^,?\s+(?:of|from|at)\s+(?:the\s+)?(.+)$", re.IGNORECASE)


#: A participle and "by" just before a name: the name does what the participle says to the
#: phrase's head ("a source quoted by columnist Ann Lee", "a letter signed by Ann Lee"): it
#: is not the head.
_AGENT_BEFORE = re.compile(r"\b[a-z]\w*ed\s+by\s+(?:[\w'’.-]+\s+){0,3}$")
#: The same participle and "by" inside a phrase, with what follows it.
_AGENT_BEFORE_NAME = re.compile(r"\s[a-z]\w*ed\s+by\s+\S.*$")


def _person_head(parsed: _Mentions, span: Span) -> tuple[EntityMention, str] | None:
    """The PERSON mention heading a phrase, and what an "of"-phrase after it says.

    The last person in the phrase, followed by nothing, an apposition, or
    "of/from/at X" ("Ann Lee of the Sierra Club": affiliation "Sierra Club").
    """
    best = None
    for p in parsed.starting(span.start, span.end):
        m = p.mention
        if m.label == "PERSON" and m.end <= span.end:
            best = m
    if best is None:
        return None
    last = best.text.split()[-1]
    if " " in best.text and last[:1].isupper() and last.lower() in PUBLIC_UNIT_HEADS:
        return None  # "Hollin Police" tagged a person: a public body's name ends so
    if re.search(r"\b[a-z]\w*\s+of\b", span.text[: best.start - span.start]):
        return None  # "the leader of the Acme group" ("Chief of Staff Ann Lee" is a title)
    if _AGENT_BEFORE.search(span.text[: best.start - span.start]):
        return None  # "a source quoted by the Acme Daily": the name relays the source
    rest = span.text[best.end - span.start :]
    if not rest.strip(" ,.'’s") or rest.lstrip().startswith(","):
        return best, ""
    of = _OF_PHRASE.match(rest)
    return (best, clean_surface(of.group(1))) if of else None


def _is_known_surname(word: str, parsed: _Mentions) -> bool:
    """Whether a single capitalised word is the surname (or the first word, "So" of "So Jin
    Woo") of a person named in the article."""
    key = skeleton(word)
    first = word.lower() in FUNCTION_WORDS  # "So" of "So Jin Woo": family name first
    return any(
        p.mention.label == "PERSON"
        and (
            name_ratio(p.parts.key, key) >= SURNAME_SCORE
            or (first and p.parts.given[:1] == (word,))
        )
        for p in parsed
    )


def _shouted_description(text: str) -> bool:
    """ "A GEOLOGIST who ...", "AN ENGINEER": a lede's opening words set in capitals (house
    style of British papers) are a description, not a name, when an article opens them and
    a role noun ends them."""
    words = clean_surface(text).split()
    return (
        len(words) >= 2
        and words[0] in ("A", "AN", "THE")
        and all(w.isupper() for w in words)
        and is_person_noun(words[-1].lower())
    )


def _read_name(span: Span, kind_hint: str, parsed: _Mentions) -> _Named | None:
    """Name parts for a phrase; a person's name is found inside a longer phrase.

    Read once per phrase and article (an article's pronouns often share one antecedent).
    """
    key = (span.start, span.end, span.text, kind_hint)
    if key not in parsed.names:
        parsed.names[key] = _read_name_once(span, kind_hint, parsed)
    return parsed.names[key]


def _read_name_once(span: Span, kind_hint: str, parsed: _Mentions) -> _Named | None:
    if _shouted_description(span.text):
        span = Span(span.start, span.end, span.text.lower())
    found = _person_head(parsed, span)
    if found is not None:
        person, of = found
        # Words before the name, after any dateline or heading ("WASHINGTON — President").
        premod = re.split(r"\s[—–―-]{1,2}\s|:", span.text[: person.start - span.start])[-1]
        premod = (clean_surface(premod) if premod.strip() else "") or person.premod
        parts = parse_person(person.text, premod)
        affiliation = of or person.affiliation
        return _Named(clean_surface(span.text), parts, person.role, affiliation)
    cleaned = _without_relay(clean_surface(span.text))
    if not cleaned or cleaned.lower() in PRONOUNS:
        return None
    words = cleaned.split()
    parts = parse_phrase(cleaned)
    role = affiliation = None
    labels = set()
    for p in parsed.overlapping(span.start, span.end):
        m = p.mention
        if m.start <= span.start < m.end or span.start <= m.start < span.end:
            role, affiliation = role or m.role, affiliation or m.affiliation
            labels.add(m.label)
    unmarked = parts.kind == "organization" and parts.head not in ORG_HEADS and not parts.country
    unmarked = unmarked and parts.head not in NAMED_BODY_HEADS and parts.key not in _OUTLETS
    namelike = kind_hint == "name" and unmarked and all(w[:1].isupper() for w in words)
    # "A Gardener in Kent Says ...": an indefinite article opens no name, whatever the
    # capitals of a title-case headline; nor does "The" opening a sentence ("The Weekly
    # Courier reported"), as "the" inside one does not
    namelike = namelike and words[0] not in ("A", "An", "The")
    # A capital is its government ("Moscow said"), unless the article names a person so.
    capital = parts.key == "government" and parts.country and not country_of(words, 0)[0]
    # "Ann Lee, a consultant who ...": a role noun set beside the name makes it a person's,
    # whatever the entity tagger called it.
    by_role = bool(role) and is_person_noun((role or "").split()[-1])
    if (namelike or (capital and kind_hint == "name")) and (
        (2 <= len(words) < 5 and namelike and (by_role or not labels & {"ORG", "GPE", "NORP"}))
        or (len(words) == 1 and _is_known_surname(words[0], parsed))
    ):
        parts = parse_person(cleaned)
    lone = namelike and len(words) == 1 and parts.kind == "organization" and "GPE" not in labels
    return _Named(cleaned, parts, role, affiliation, lone)


def _without_relay(text: str) -> str:
    """ "a source close to the mayor quoted by columnist Ann Lee" -> "a source close to the
    mayor": a person the phrase names after a participle and "by" passed the words on; the
    phrase's head, when it is a person, is the speaker. A document keeps its maker ("a report
    published by the institute" speaks for the institute)."""
    found = _AGENT_BEFORE_NAME.search(text)
    if found is None:
        return text
    head = text[: found.start()].rstrip(" ,")
    return head if parse_phrase(head).kind == "person" else text


#: How close (characters) an organisation must be for "the agency" to mean it.
_NEAR = 400


def _refers_back(
    span: Span, parts: NameParts, parsed: _Mentions
) -> tuple[EntityMention, str] | None:
    """The earlier mention a definite description ("the ministry", "the columnist") refers to.

    Either a fuller phrase with the same head ("the ministry" after "the
    Defense Ministry of Ruritania"), a source an apposition described so
    ("Ann Lee, a columnist" before "the columnist"), or a person whose title it
    repeats ("President Ann Lee" before "the president").
    """
    for p in reversed(parsed):
        m, mp = p.mention, p.parts
        if m.end > span.start or parsed.reported(m):
            continue  # what a quote reports never supplies a speaker
        if m.label != "PERSON" and parts.kind != "person":
            fuller = mp.country is not None or len(mp.key) > len(parts.key)
            if mp.head == parts.head and mp.kind == parts.kind and mp.key != parts.key and fuller:
                return m, "same head"
        if (m.role or "").lower().split()[-1:] == [parts.head]:
            return m, "apposition"
        if m.label == "PERSON" and parts.head in m.premod.lower().replace(".", "").split():
            return m, "title"  # "the president" after "President Ann Lee"
    if parts.kind == "organization" and parts.head not in STATE_HEADS:
        # "the think tank", "the agency": the organisation named just before.
        for p in reversed(parsed):
            m = p.mention
            near = m.end <= span.start and span.start - m.end <= _NEAR
            if near and m.label == "ORG" and not parsed.reported(m) and _may_be(parts, p, parsed):
                return m, "nearest organisation"
    return None


def _may_be(parts: NameParts, cand: _Parsed, parsed: _Mentions) -> bool:
    """Whether the organisation mention ``cand`` can be what the description ``parts`` names.

    Not a person the tagger took for an organisation ("Pennick" when "Alma Pennick" is
    named in the article, or one an apposition gives a person's role), and not another
    kind of body: "the department" or "the office" is no "Tenants' Alliance" named just
    before. "The defence" or "the prosecution" (a side in court) is no organisation named
    before it.
    """
    if parts.head in COURT_SIDES or parts.head in TITLE_QUALIFIERS:
        return False
    words, role = cand.mention.text.split(), (cand.mention.role or "").lower().split()
    if len(words) <= 3 and words and _is_known_surname(words[-1], parsed):
        return False
    if role and is_person_noun(role[-1]):
        return False  # "Its director, Ann Lee": a person, whatever the tagger says
    head = cand.parts.head
    if head != parts.head and head in INSTITUTION_KINDS and parts.head in INSTITUTION_KINDS:
        return False  # "the union" is not the "Universities Council" named before it
    other_body = head != parts.head and (head in ORG_HEADS or head in NAMED_BODY_HEADS)
    other_body = other_body and head not in PUBLIC_UNIT_HEADS  # "the agency": the Department
    return not (parts.head in PUBLIC_UNIT_HEADS and other_body)


def _pronoun_fallback(quote: Quote, parsed: _Mentions) -> EntityMention | None:
    """The nearest earlier mention a pronoun can refer to, when the quote has no antecedent."""
    if quote.mention is None:
        return None
    wanted, _gender, number = PRONOUNS.get(quote.mention.text.lower(), (None, None, None))
    for p in reversed(parsed):
        m = p.mention
        if m.end > quote.mention.start or m.label in ("NORP", "GPE") or parsed.reported(m):
            continue
        if wanted == "person" and m.label == "PERSON":
            return m
        if m.label != "PERSON" and (
            (number == "plural" and p.parts.kind == "group")
            or (wanted == "organization" and p.parts.kind == "organization")
        ):
            return m
    return None


_INDEFINITE = re.compile(r"\s*(?:a|an|one|another|some)\s", re.IGNORECASE)


def _antecedent_ok(quote: Quote, parsed: _Mentions) -> bool:
    """Whether a quote's antecedent can name its speaker.

    Not an adjective of nationality ("Russian"), nor a word inside the mention,
    nor anything for an indefinite description ("a close ally").
    """
    a = quote.antecedent
    if a is None:
        return False
    m = quote.mention
    if m is not None and m.start <= a.start and a.end <= m.end:
        return False  # a word of the mention itself ("the Lee campaign") refers to nothing
    if m is not None and quote.mention_kind == "nominal" and _INDEFINITE.match(m.text):
        return False  # "a close ally" introduces someone new: it refers back to no one
    same = parsed.spans.get((a.start, a.end))
    if same is not None and same.mention.label == "NORP":
        # "Russians" names a people; "Lee" (after "Ann Lee") is a surname the tagger mistook.
        return a.text.endswith("s") or _is_known_surname(a.text, parsed)
    return True


def _speaker_span(quote: Quote, parsed: _Mentions) -> tuple[Span, str | None] | None:
    """The phrase naming a quote's speaker, and how it was found."""
    if quote.mention_kind in ("pronoun", "nominal") and _antecedent_ok(quote, parsed):
        assert quote.antecedent is not None
        return quote.antecedent, "antecedent"
    if quote.mention is None:
        return None
    if quote.mention_kind == "pronoun" or quote.mention.text.lower() in PRONOUNS:
        back = _pronoun_fallback(quote, parsed)
        if back is None:
            return None
        return Span(back.start, back.end, back.text), "pronoun"
    return quote.mention, None


#: How far back (characters) the previous quote's speaker is the likeliest referent of a pronoun.
_SALIENCE_WINDOW = 600


def _plural_mismatch(quote: Quote, prev: _Item) -> bool:
    """ "They" given a singular antecedent while the previous speaker is a group."""
    if quote.antecedent is None or quote.mention is None:
        return False
    _wanted, _gender, number = PRONOUNS.get(quote.mention.text.lower(), (None, None, None))
    if number != "plural" or prev.parts.kind != "group":
        return False
    return parse_phrase(clean_surface(quote.antecedent.text)).kind != "group"


def _skipped_over(quote: Quote, prev: _Item) -> bool:
    """ "He" given an antecedent from before the previous quote's own (male or unknown) speaker.

    The last person quoted, named after that antecedent, is the nearer referent.
    """
    if quote.antecedent is None or quote.mention is None or prev.parts.kind != "person":
        return False
    gender = PRONOUN_GENDER.get(quote.mention.text.lower())
    if gender is None or prev.parts.gender not in (None, gender):
        return False
    named_at = prev.quote.mention.start if prev.quote.mention else prev.quote.start
    said = prev.quote.mention.text.lower() if prev.quote.mention else ""
    return said not in PRONOUNS and quote.antecedent.end <= named_at


def _previous_speaker(quote: Quote, earlier: Sequence[_Item], parsed: _Mentions) -> _Item | None:
    """A pronoun without a usable antecedent continues the previous quote's speaker.

    Only when that speaker is close and of the kind the pronoun asks for
    ("they": a group or an organisation; "he", "she": a person; "it": an organisation).
    """
    if quote.mention_kind != "pronoun" or quote.mention is None or not earlier:
        return None
    prev = earlier[-1]
    if _antecedent_ok(quote, parsed) and not (
        _plural_mismatch(quote, prev) or _skipped_over(quote, prev)
    ):
        return None
    if quote.start - prev.quote.end > _SALIENCE_WINDOW:
        return None
    wanted, _gender, number = PRONOUNS.get(quote.mention.text.lower(), (None, None, None))
    kind = prev.parts.kind
    fits = (
        (wanted == "person" and kind == "person")
        or (wanted == "organization" and kind == "organization")
        or (number == "plural" and kind in ("group", "organization"))
        or (number == "plural" and bool(prev.quote.co_mentions))  # "A and B said ... they"
    )
    if not fits:
        return None
    how = (f"previous speaker 1.00: {_written(quote)} -> {prev.surface}",)
    return _Item(quote, prev.surface, prev.parts, how, prev.role, prev.affiliation)


def _bare_description(named: _Named, any_country: bool = False) -> bool:
    """A phrase that names no one by itself: "the ministry", "the columnist", "the statement".

    With ``any_country``, a country may qualify it ("the Russian statement").
    """
    p = named.parts
    if p.kind == "person" and p.surname is not None:
        return False
    first, *rest = named.surface.split() or [""]
    if (
        any(c.isupper() for c in first)
        and re.search(r"['’]s?$", first)
        and not country_of([first], 0)[0]
    ):
        return False  # "Lee's office" names its owner
    words, i = [], 0
    while i < len(rest):
        found, n = country_of(rest, i) if any_country else (None, 1)
        if not found:
            words.append(rest[i])  # "a Dutch magazine": the country is no name
        i += max(n, 1)
    return (any_country or p.country is None) and not any(w[:1].isupper() for w in words)


def _items_of_doc(quotes: Sequence[Quote], parsed: _Mentions) -> list[_Item]:
    """Each quote of one article with its speaker phrase resolved within the article."""
    items: list[_Item] = []
    for q in sorted(quotes, key=lambda q: q.start):
        previous = _previous_speaker(q, items, parsed)
        if previous is not None:
            prev = items[-1].quote
            said = q.mention.text.lower() if q.mention is not None else ""
            if said == "they" and prev.co_mentions and not q.co_mentions:
                # "A and B said ... They said ...": the joint source again, with its co-speakers
                joint = replace(q, co_mentions=prev.co_mentions, co_antecedents=prev.co_antecedents)
                previous = replace(previous, quote=joint)
            items.append(replace(previous, unnamed=items[-1].unnamed))
            continue
        found = _speaker_span(q, parsed)
        if found is None:
            continue
        span, how = found
        named = _read_name(span, q.mention_kind if how is None else "name", parsed)
        if named is None:
            continue
        if how is None:
            named, how = _owner_of_post(q, span, named, parsed)
        p = named.parts
        statement = p.head in REPORTING_NOUNS and _bare_description(named, any_country=True)
        if how is None and (statement or (p.definite and _bare_description(named))):
            named, how = _resolve_description(span, named, items, parsed)
        if how is None:
            named, how = _short_form_of_body(span, named, parsed)
        if how is None:
            named, how = _named_later(span, named, parsed)
        if how is None:
            named, how = _outlet_named_next(q, named, quotes, parsed)
        if how is None and not any(i.parts.surname for i in items):  # no one named yet
            named, how = _named_next(q, named, parsed)
        if how is None and not any(i.parts.surname for i in items):
            named, how = _office_holder_next(q, named, parsed)
        if how is None:
            named, how = _defence_lawyer(named, parsed)
        if how is None:
            named, how = _described_again(named, items)
        if how is None:
            named, how = _authors_of_study(named, items)
        if how is None:
            named, how = _writer_of_post(named)
        if how is None:
            named, how = _described_in_run(q, named, items, parsed)
        others = _others_of(q, named, items) or _same_group(q, named, items)
        if others is not None:
            items.append(others)
            continue
        unnamed = _unnamed(named) or _others_without_set(q, named, items)
        relayed = _relayed_source(q, named, items, parsed) if unnamed else None
        if relayed is not None:
            items.append(relayed)
            continue
        items.append(replace(_item(q, named, how), unnamed=unnamed))
    return _posts_made_by(_specified_next(items))


def _posts_made_by(items: list[_Item]) -> list[_Item]:
    """ "A social media post claimed X" in the lede, then "The post, published by an
    account called @x, said": when one maker of a post is named in the article, the
    article's unowned posts before it are that maker's (the same post, told again)."""
    made = [it for it in items if any(h.startswith("maker of the post") for h in it.how)]
    if len({it.parts.key for it in made}) != 1:
        return items
    maker = made[0]
    out = []
    for it in items:
        unowned = any(h.startswith("writer of the post") for h in it.how)
        if unowned and it.quote.start < maker.quote.start:
            how = (*it.how, f"maker named later 0.85: {it.surface} -> {maker.surface}")
            it = replace(it, surface=maker.surface, parts=maker.parts, how=how)
        out.append(it)
    return out


#: Words that make a description someone other than the one named before ("the other coach").
_ANOTHER_ONE = frozenset(["other", "another", "second", "third"])
#: Words that make a definite description someone new ("the second source", "the other one").
_NEW_ONE = frozenset(
    ["second", "third", "fourth", "other", "another", "new", "latest", "last", "first", "same"]
)


def _described_again(named: _Named, earlier: Sequence[_Item]) -> tuple[_Named, str | None]:
    """ "The source with knowledge of the case" after the article's only source described
    before ("a source close to the court said ..."): the definite article marks someone
    already introduced, and the article introduced one such person.
    """
    p, words = named.parts, named.surface.lower().split()
    if p.kind != "person" or p.given or not p.definite or not is_person_noun(p.head):
        return named, None
    if len(words) < 3 or _NEW_ONE & set(words):
        return named, None
    before = {
        e.surface: e
        for e in earlier
        if not e.co and not e.unnamed and e.parts.kind == "person" and not e.parts.given
        if e.parts.head == p.head
    }
    if len(before) != 1 or named.surface in before:
        return named, None
    e = next(iter(before.values()))
    return _Named(e.surface, e.parts, e.role, e.affiliation), "described again"


def _epithet_phrase(written: str, named: _Named) -> bool:
    """ "the veteran coach", "the Acme boss", "the Scot", "the Italian": a definite
    description of one person by role or nation, with no name and no "of" phrase, and not
    someone new ("the other coach", "the second source")."""
    words = written.split()
    if len(words) < 2 or words[0].lower() != "the" or "of" in words or _NEW_ONE & {*words}:
        return False
    last = words[-1].lower()
    if len(words) == 2 and words[1][:1].isupper():
        # "The Scot" may be read as a surname: the word says what it is
        found, _n = country_of(words, 1)
        return last in PERSON_DEMONYMS or (found is not None and last.endswith(("an", "ine")))
    if named.parts.given or named.parts.surname is not None:
        return False
    return named.parts.kind == "person" and is_person_noun(last)


def _named_between(lo: int, hi: int, parsed: _Mentions) -> dict[str, EntityMention]:
    """The people named (two words or more, outside what a quote reports) in ``[lo, hi)``."""
    found: dict[str, EntityMention] = {}
    for x in parsed.starting(lo, hi):
        m = x.mention
        if m.label == "PERSON" and x.parts.surname and not parsed.reported(m) and m.end <= hi:
            found.setdefault(x.parts.surname.lower(), m)
    return found


def _described_in_run(
    q: Quote, named: _Named, earlier: Sequence[_Item], parsed: _Mentions
) -> tuple[_Named, str | None]:
    """ "'...,' he said. '...,' the veteran coach said.": a description no one was given
    ("the Scot", "the Acme boss") in a run of quotes is the speaker of the run -- the
    one quoted just before -- or the one person named between the two quotes ("His manager,
    Ann Lee, was in no mood ... '...,' the club's boss asked")."""
    if q.mention is None or not earlier or not _epithet_phrase(_written(q), named):
        return named, None
    prev = next((e for e in reversed(earlier) if not e.co), None)
    if prev is None or q.start - prev.quote.end > _SALIENCE_WINDOW:
        return named, None
    said = prev.quote.mention.end if prev.quote.mention is not None else prev.quote.end
    between = _named_between(min(said, prev.quote.end), q.mention.start, parsed)
    if len(between) == 1:
        m = next(iter(between.values()))
        new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
        return (new, "described in a run") if new is not None else (named, None)
    person = prev.parts.kind == "person" and prev.parts.surname is not None and not prev.unnamed
    if between or not person:
        return named, None
    return _Named(prev.surface, prev.parts, prev.role, prev.affiliation), "described in a run"


#: Who made a study: "the researchers said" after "a study found" are the study's voice.
_STUDY_MAKERS = frozenset(["researchers", "authors", "scientists"])


def _authors_of_study(named: _Named, earlier: Sequence[_Item]) -> tuple[_Named, str | None]:
    """ "The researchers said ..." after the article quoted "a new survey released on
    Monday": the study speaks for its authors, so they are one source (the latest study
    the article quoted, as "the study" would be)."""
    p, words = named.parts, named.surface.lower().split()
    if p.kind != "group" or not p.definite or p.head not in _STUDY_MAKERS or len(words) > 2:
        return named, None
    for e in reversed(earlier):
        if not e.co and not e.unnamed and set(e.surface.lower().split()) & SOURCE_NOUNS:
            return _Named(e.surface, e.parts, e.role, e.affiliation), "authors of the study"
    return named, None


#: "The post, published on Thursday by an account called @jdoe, said": who the participle
#: after the post's mention says made it (the last "called/named X" inside, if any).
_MADE_BY = re.compile(
    r",\s+(?:[\w'’]+\s+){0,8}?(?:published|posted|written|shared|sent|tweeted|uploaded)\b"
    r"[^,;]*?\bby\s+(?P<by>[^,;]+?)\s*,"
)
_CALLED = re.compile(r"\b(?:called|named)\s+(?P<name>@?\w[\w.-]*)\s*$")


def _owner_of_post(
    q: Quote, span: Span, named: _Named, parsed: _Mentions
) -> tuple[_Named, str | None]:
    """ "The post, published late on Thursday by an anonymous account called @ledgerfox,
    said": a post whose maker the sentence names right after it speaks for that maker (the
    account's name, when it is given one), not for an unnamed "poster"."""
    if named.parts.head not in WRITERS_OF_POSTS or q.sentence is None:
        return named, None
    sent = q.sentence
    after = sent.text[span.end - sent.start :]
    m = _MADE_BY.match(after)
    if m is None:
        return named, None
    by_start = span.end + m.start("by")
    by = m.group("by")
    called = _CALLED.search(by)
    if called is not None:
        by_start, by = by_start + called.start("name"), called.group("name")
    owner = _read_name(Span(by_start, by_start + len(by), by), "name", parsed)
    if owner is None or _unnamed(owner):
        return named, None
    return owner, "maker of the post"


def _writer_of_post(named: _Named) -> tuple[_Named, str | None]:
    """ "According to a forum post, ...": a post no one is said to own speaks for its writer,
    an unnamed person of the article ("a forum poster"), whom the text may call "the poster".
    """
    p, words = named.parts, named.surface.split()
    writer = WRITERS_OF_POSTS.get(p.head)
    if writer is None or not words or words[-1].lower() != p.head:
        return named, None
    if not _bare_description(named, any_country=True):
        return named, None
    surface = " ".join([*words[:-1], writer])
    parts = replace(parse_phrase(surface), kind="person", head=writer)
    return _Named(surface, parts, named.role, named.affiliation), "writer of the post"


def _plural_head(it: _Item) -> str | None:
    """The plural head noun of a generic phrase ("one user" -> "users", "users" -> "users")."""
    rest = [w.lower() for w in it.surface.split() if w.lower() not in _EMPTY_WORDS]
    if len(rest) != 1 or not rest[0].isalpha():
        return None
    return rest[0] if rest[0].endswith("s") else f"{rest[0]}s"


def _specified_next(items: list[_Item]) -> list[_Item]:
    """A generic speaker ("users say ...", "one user tweeted ...") whose very next sentence
    quotes a named group of that head ("Some Acme phone owners reported ...") is that group,
    or one of it: the text says who it meant at once. Owners, users, customers and buyers
    count as one head.
    """
    out = list(items)
    main = [i for i, it in enumerate(items) if not it.co]
    for i, j in pairwise(main):
        it, nxt = items[i], items[j]
        head = _plural_head(it) if it.unnamed else None
        if head is None or nxt.unnamed or nxt.parts.kind != "group":
            continue
        same = nxt.parts.head == head or {nxt.parts.head, head} <= HOLDER_HEADS
        if same and _adjacent(it.quote, nxt.quote):
            how = (f"named next 0.90: {_written(it.quote)} -> {nxt.surface}",)
            out[i] = _Item(it.quote, nxt.surface, nxt.parts, how, nxt.role, nxt.affiliation)
    return out


#: Bare subjects that speak as more of the group quoted just before: "Others blamed the
#: phones", and one member: "Several residents complained. 'It is a disgrace,' one said."
_MORE_OF_GROUP = frozenset(["others", "other", "still others", "one", "another", "one of them"])


def _others_of(quote: Quote, named: _Named, earlier: Sequence[_Item]) -> _Item | None:
    """ "Others" right after a group's quote are more of that group ("Some bloggers blamed
    the army. Others blamed the phones."), as the text gives no other referent."""
    if named.surface.lower() not in _MORE_OF_GROUP or not earlier:
        return None
    prev = earlier[-1]
    near = quote.doc == prev.quote.doc and quote.start - prev.quote.end <= _SALIENCE_WINDOW
    if prev.unnamed or prev.parts.kind != "group" or not near:
        return None
    how = (f"others of the group 1.00: {_written(quote)} -> {prev.surface}",)
    return _Item(quote, prev.surface, prev.parts, how, prev.role, prev.affiliation)


def _same_group(quote: Quote, named: _Named, earlier: Sequence[_Item]) -> _Item | None:
    """A bare plural ("Users say") right after the quote of a group named with that head
    noun ("Some phone users say ...") is that group again: the text gives the referent."""
    p = named.parts
    rest = [w for w in named.surface.split() if w.lower() not in _EMPTY_WORDS]
    if p.kind != "group" or not p.head.endswith("s") or len(rest) != 1:
        return None
    prev = next((e for e in reversed(earlier) if not e.co), None)
    if prev is None or prev.quote.doc != quote.doc or prev.unnamed:
        return None
    near = quote.start - prev.quote.end <= _SALIENCE_WINDOW
    if near and prev.parts.kind == "group" and prev.parts.head == p.head:
        how = (f"same group 1.00: {_written(quote)} -> {prev.surface}",)
        return _Item(quote, prev.surface, prev.parts, how, prev.role, prev.affiliation)
    return None


def _others_without_set(quote: Quote, named: _Named, earlier: Sequence[_Item]) -> bool:
    """ "Others said" with no source quoted just before: others than no one, an unnamed source.

    Right after a source's quote ("X, a blogger, blamed A. Others blamed B.") it stays a
    source of its own: the text sets it against the one before.
    """
    if named.surface.lower() not in ("others", "still others"):
        return False
    prev = earlier[-1] if earlier else None
    near = prev is not None and prev.quote.doc == quote.doc
    return not (near and prev is not None and quote.start - prev.quote.end <= _SALIENCE_WINDOW)


#: Words that qualify a phrase without naming anyone ("an unnamed source", "one official").
_EMPTY_WORDS = SPEAKER_DETERMINERS | {"one", "another", "other", "unnamed", "anonymous"}
#: Qualifiers that leave a generic head generic ("state media", "local officials").
_VAGUE_WORDS = frozenset(["state", "local", "foreign", "international", "national"])


def _bare_role(named: _Named) -> bool:
    """A role noun alone, with no determiner and no name ("Prosecutor", "Coach" in a
    headline's "Prosecutor tells court ..."): a person the text names elsewhere, or no one."""
    words = named.surface.split()
    if len(words) != 1 or named.parts.given or named.parts.surname is not None:
        return False  # "Major said" after "John Major": a surname, not the rank
    word = words[0].lower()
    return word in PERSON_NOUNS or word in TITLE_WORDS  # listed: "Walker" is no role


def _unnamed(named: _Named) -> bool:
    """The phrase names no source by itself: a determiner or quantifier alone ("some",
    "Others"), a generic head with nothing but determiners ("officials", "the source",
    "some reports", "a statement" no one owns), or a possessive pronoun's common noun
    ("his government", "its allies").
    """
    words = named.surface.split()
    if named.parts.surname is not None or not words:
        return not words
    if _bare_role(named):
        return True  # "Prosecutor tells court" the body never names: no source of its own
    if words[0].lower() in POSSESSIVE_PRONOUNS:
        return not any(w[:1].isupper() for w in words[1:])
    rest = [w for w in words if w.lower() not in _EMPTY_WORDS]
    if not rest:
        return True
    if len(rest) == 2 and rest[0].lower() in _VAGUE_WORDS and rest[1].islower():
        rest = rest[1:]  # "state media", "local officials": still no one named
    head = rest[0].lower().strip(".,;:")
    return len(rest) == 1 and (head in GENERIC_HEADS or head in REPORTING_NOUNS)


#: The source phrase of a relay: "citing an unnamed source", "quoting a source".
_CITES_SOURCE = re.compile(
    r"\b(\w+)\s+(?:an?|one)\s+(?:unnamed\s+|anonymous\s+)?source\b", re.IGNORECASE
)


#: How a relayed source was named (the reason of its merge).
_RELAYED = "relayed source"


def _relayed_source(
    quote: Quote, named: _Named, earlier: Sequence[_Item], parsed: _Mentions
) -> _Item | None:
    """An unnamed source the text ties to the one who relays it is that relay's source.

    "An unnamed source told the agency that ..." and "The source said ..." right after "the
    paper reported, citing an unnamed source": named "unnamed source cited by" the relay, so
    it is a source of its own (never the relay, never another article's unnamed source).
    """
    if named.parts.head != "source" or named.surface.lower().split()[-1] != "source":
        return None
    again = named.parts.definite or quote.antecedent is not None  # "the source", "she"
    relay = _told_whom(quote, parsed) or (_cited_by(quote, earlier) if again else None)
    if relay is None:
        return None
    surface = f"unnamed source cited by {relay}"
    how = (f"{_RELAYED} 1.00: {_written(quote)} -> {surface}",)
    return _Item(quote, surface, parse_phrase(surface), how, None, relay)


def _told_whom(quote: Quote, parsed: _Mentions) -> str | None:
    """The named hearer of a telling cue ("a source told the Acme Times"), if any."""
    cue = quote.cue
    if cue is None or not set(cue.text.lower().split()[-1:]) & SOURCE_RELAY_VERBS:
        return None
    for p in parsed.starting(cue.end, cue.end + 6):
        if p.mention.label in ("ORG", "PERSON") and not parsed.reported(p.mention):
            return clean_surface(p.mention.text)
    return None


def _cited_by(quote: Quote, earlier: Sequence[_Item]) -> str | None:
    """Who reported the article's last quote, when its sentence cites an unnamed source."""
    prev = next((e for e in reversed(earlier) if not e.co), None)
    if prev is None or prev.unnamed or prev.quote.doc != quote.doc or prev.quote.sentence is None:
        return None
    if prev.how[:1] and prev.how[0].startswith(_RELAYED):
        return prev.affiliation  # "the source said A, adding B": the same relayed source
    found = _CITES_SOURCE.search(prev.quote.sentence.text)
    if found is None or found.group(1).lower() not in SOURCE_RELAY_VERBS:
        return None
    return prev.surface


def _co_items(quotes: Sequence[Quote], parsed: _Mentions) -> list[_Item]:
    """A joint source's other members, one item each, marked ``co``."""
    out: list[_Item] = []
    for q in quotes:
        for mention, antecedent in zip(q.co_mentions, q.co_antecedents, strict=False):
            said = mention.text.lower()
            kind: MentionKind = (
                "pronoun"
                if said in PRONOUNS
                else "name"
                if any(w[:1].isupper() for w in clean_surface(mention.text).split()[-1:])
                else "nominal"
            )
            alone = replace(
                q,
                mention=mention,
                mention_kind=kind,
                antecedent=antecedent,
                co_mentions=(),
                co_antecedents=(),
            )
            found = _speaker_span(alone, parsed)
            if found is None:
                continue
            span, how = found
            named = _read_name(span, kind if how is None else "name", parsed)
            if named is not None and not _unnamed(named):
                out.append(replace(_item(alone, named, how), co=True))
    return out


def _resolve_description(
    span: Span, named: _Named, earlier: Sequence[_Item], parsed: _Mentions
) -> tuple[_Named, str | None]:
    """ "The statement" -> the last organisation quoted; "the ministry" -> the last ministry.
    "The other coach" is someone other than the coach named before: no referent."""
    parts = named.parts
    if _ANOTHER_ONE & {*named.surface.lower().split()}:
        return named, None
    if parts.head in REPORTING_NOUNS:
        for prev in reversed(earlier):
            if prev.parts.kind == "organization" and (
                parts.country is None or prev.parts.country in (None, parts.country)
            ):
                return _Named(prev.surface, prev.parts, prev.role, prev.affiliation), "statement"
        return named, None
    back = _refers_back(span, parts, parsed)
    if back is None:
        return named, None
    m, how = back
    new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
    if new is None:
        return named, None
    return new, how


def _short_form_of_body(span: Span, named: _Named, parsed: _Mentions) -> tuple[_Named, str | None]:
    """ "According to the Dispatch" after "the Daily Dispatch": a definite one-word name is the
    short form of the one body named before it in the article whose name ends in that word
    (as "the Times" is "the New York Times"), not a body of its own."""
    p = named.parts
    word = named.surface.split()[-1:]
    if p.kind != "organization" or " " in p.key or not p.definite or not word[0][:1].isupper():
        return named, None
    found: dict[str, EntityMention] = {}
    for x in parsed:
        m, key = x.mention, x.parts.key
        earlier_body = m.end <= span.start and m.label == "ORG" and x.parts.kind == "organization"
        if earlier_body and " " in key and key.split()[-1] == p.key:
            found.setdefault(key, m)
    if len(found) != 1:
        return named, None
    m = next(iter(found.values()))
    new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
    return (new, "short form") if new is not None else (named, None)


def _named_later(span: Span, named: _Named, parsed: _Mentions) -> tuple[_Named, str | None]:
    """A description the article names only later ("a regional weekly has reported"
    in the lede, "the Acme Daily, the country's largest newspaper, reported" below; "the
    leader of the group" before "group leader Ann Lee"): the one name given that role.
    """
    p = named.parts
    words = [w.lower() for w in named.surface.split()]
    head = words[words.index("of") - 1] if "of" in words[1:] else p.head  # "the leader of X"
    # A person only by a definite description: "a spokesman" introduces someone new; "her
    # lawyer" is as definite as "the lawyer". A bare role noun ("Prosecutor tells court ...",
    # a headline's) is the one the body gives that role.
    definite = p.definite or words[:1] in (["her"], ["his"], ["their"])
    described = (p.surname is None and definite and is_person_noun(head)) or (
        p.kind == "organization" and _bare_description(named, any_country=True)
    )
    described = described or _bare_role(named)
    if not described or not head:
        return named, None
    found: dict[str, EntityMention] = {}
    owner = re.match(r"([A-Z][\w-]*)['’]s?\s", named.surface)
    for x in parsed.starting(span.end, 1 << 30):
        m = x.mention
        if m.label not in ("PERSON", "ORG") or parsed.reported(m):
            continue
        if owner and owner.group(1) not in f"{m.role} {m.affiliation} {m.premod}":
            continue  # "Lee's lawyer" is not "District Attorney Ann Roe": no tie to Lee
        roles = [(m.role or "").lower().split()[-1:], m.premod.lower().split()[-1:]]
        if [head] in roles:
            found.setdefault(x.parts.key, m)
    if len(found) != 1:
        return named, None
    m = next(iter(found.values()))
    new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
    return (new, "named later") if new is not None else (named, None)


#: How far past a lede's report (characters) the outlet may be named reporting it again.
_OUTLET_NAMED_WITHIN = 600


def _outlet_named_next(
    q: Quote, named: _Named, quotes: Sequence[Quote], parsed: _Mentions
) -> tuple[_Named, str | None]:
    """An outlet a lede leaves unnamed ("shares rose after a newspaper reported that ...")
    and the next paragraph names with the same verb ("The Weekly Courier reported that
    ..."): the body named there, when it is the next quote of the article so cued."""
    p = named.parts
    if p.kind != "organization" or p.definite or p.head not in NEWS_OUTLET_NOUNS:
        return named, None
    if q.cue is None or q.mention is None or not q.mention.text.lower().startswith(("a ", "an ")):
        return named, None
    cue = q.cue.text.lower()
    later = [x for x in quotes if q.end <= x.start <= q.end + _OUTLET_NAMED_WITHIN]
    nxt = next((x for x in later if x.cue is not None and x.cue.text.lower() == cue), None)
    if nxt is None or nxt.mention is None or nxt.mention_kind != "name":
        return named, None
    new = _read_name(nxt.mention, "name", parsed)
    if new is None or new.parts.kind != "organization":
        return named, None
    return (new, "outlet named next") if new.surface[:1].isupper() else (named, None)


def _named_next(q: Quote, named: _Named, parsed: _Mentions) -> tuple[_Named, str | None]:
    """A lede that describes its first speaker and names them at the start of the next
    paragraph ("A poll worker ... says she saw ballots left behind.\n\nAnn Lee, 67, has
    worked the polls ..."): that person, when the article has named no one before. Not a
    role news keeps unnamed ("A senior official said ..."), nor a name given a role."""
    p = named.parts
    head = _lede_head(named.surface.lower().split(), p.head)
    lede = p.surname is None and p.kind == "person" and is_person_noun(head)
    if not lede or head in UNNAMED_ROLE_HEADS or q.sentence is None or q.mention is None:
        return named, None
    if any(_names_someone(x) for x in parsed.starting(0, q.mention.start)):
        return named, None
    after = [x for x in parsed.starting(q.sentence.end, q.sentence.end + 4) if x.mention]
    first = after[0].mention if after else None
    if first is None or first.label != "PERSON" or first.role or parsed.reported(first):
        return named, None
    new = _read_name(Span(first.start, first.end, first.text), "name", parsed)
    full = new is not None and new.parts.surname is not None and len(first.text.split()) > 1
    return (new, "named next") if full and new is not None else (named, None)


#: Prepositions that open where a described person works or worked ("a nurse at the clinic").
_WORKPLACE_PREPOSITIONS = frozenset(["at", "in", "with", "from"])


def _lede_head(words: Sequence[str], head: str) -> str:
    """The noun a lede's description of a person turns on: its last word ("a poll worker"),
    or its head when a workplace follows it ("a former clerk at the water board" -> "clerk")."""
    if head in words[:-1] and words[words.index(head) + 1] in _WORKPLACE_PREPOSITIONS:
        return head
    return words[-1] if words else ""


#: How far past the lede's sentence (characters) the holder of its office may be named.
_OFFICE_NAMED_WITHIN = 400


def _office_holder_next(q: Quote, named: _Named, parsed: _Mentions) -> tuple[_Named, str | None]:
    """A lede that gives its speaker by an office in a body ("The head of the water board has
    admitted ...") and names the one who holds the body's top office just after it ("Ann Lee,
    the board's chief executive, told ..."): that person, when the article named no one
    before. The role must name the body ("the board's", "of the board") and an office."""
    p = named.parts
    if p.kind != "person" or p.surname is not None or p.head not in OFFICE_NOUNS:
        return named, None
    if not p.affiliation or q.sentence is None or q.mention is None:
        return named, None
    if any(_names_someone(x) for x in parsed.starting(0, q.mention.start)):
        return named, None
    body = p.affiliation.lower().split()[-1]
    after = parsed.starting(q.sentence.end, q.sentence.end + _OFFICE_NAMED_WITHIN)
    first = next((x.mention for x in after if x.mention.label == "PERSON"), None)
    if first is None or not first.role or parsed.reported(first):
        return named, None
    role = first.role.lower().replace("'s", " ").split()
    if body not in role or not role or role[-1] not in OFFICE_NOUNS:
        return named, None
    new = _read_name(Span(first.start, first.end, first.text), "name", parsed)
    return (new, "office named next") if new is not None else (named, None)


def _names_someone(x: _Parsed) -> bool:
    """A person's name before a lede: a name of two words or more ("Ann Lee", "Mr Lee"). A
    lone capitalised word the tagger took for a name is no sign of one, nor a phrase a
    possessive opens: headlines capitalise every word ("A Gardener in Kent Says ...", "Gran
    says ...", "... Says His Marrow Grew on Tea")."""
    words = x.mention.text.split()
    opened = words[0].lower() in POSSESSIVE_PRONOUNS
    return x.mention.label == "PERSON" and len(words) > 1 and not opened


def _defence_lawyer(named: _Named, parsed: _Mentions) -> tuple[_Named, str | None]:
    """ "The defence argues", "her legal team said": the one defence lawyer the article names
    ("Defence lawyer Ann Lee", "Ann Lee, Ross's lawyer"), not a district attorney."""
    words = [w.lower() for w in named.surface.split()]
    side = named.parts.head in ("defence", "defense") or words[-2:] == ["legal", "team"]
    if not side or named.parts.surname is not None:
        return named, None
    found: dict[str, EntityMention] = {}
    for x in parsed:
        m = x.mention
        said = f"{m.role or ''} {m.premod}".lower().split()
        if m.label != "PERSON" or parsed.reported(m) or "district" in said:
            continue
        roles = [(m.role or "").lower().split()[-1:], m.premod.lower().split()[-1:]]
        if any(r and r[0] in LAWYER_NOUNS for r in roles):
            found.setdefault(x.parts.key, m)
    if len(found) != 1:
        return named, None
    m = next(iter(found.values()))
    new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
    return (new, "defence lawyer") if new is not None else (named, None)


def _genders(items: Sequence[_Item], parsed: _Mentions) -> dict[str, str]:
    """What an article tells of its people's gender: titles, gendered role nouns, pronouns."""
    found: dict[str, set[str]] = defaultdict(set)
    for x in parsed:
        if x.mention.label == "PERSON" and x.parts.given:
            role_word = (x.mention.role or "").lower().split()[-1:]
            for g in (x.parts.gender, *(GENDERED_NOUNS.get(w) for w in role_word)):
                if g:
                    found[x.parts.name].add(g)
    for it in items:
        said = it.quote.mention.text.lower() if it.quote.mention else ""
        if it.parts.given and said in PRONOUN_GENDER:
            found[it.parts.name].add(PRONOUN_GENDER[said])
    return {name: next(iter(gs)) for name, gs in found.items() if len(gs) == 1}


def _link_surnames(items: list[_Item], parsed: _Mentions, rules: AliasRules | None) -> list[_Item]:
    """Within one article, a surname alone takes the full name it abbreviates.

    The full name introduced last before the surname wins (the first after it
    when none comes before).
    """
    fulls = [(p.mention.start, p.parts) for p in parsed if p.mention.label == "PERSON"]
    fulls += [(it.quote.start, it.parts) for it in items if it.parts.kind == "person"]
    fulls = sorted((f for f in fulls if f[1].given), key=lambda f: f[0])
    gender = _genders(items, parsed)
    out = []
    for it in items:
        p = it.parts
        if p.kind != "person" or p.given:
            out.append(it)
            continue
        scored = [
            (pos, full, score)
            for pos, full in fulls
            if (score := name_ratio(full.key, p.key)) >= SURNAME_SCORE
            and not (rules is not None and rules.forbidden(p.name, full.name))
        ]
        if not scored and p.name.lower() in FUNCTION_WORDS:
            # "So said" after "So Jin Woo": a family name first that is also an English word
            # (so never read as a surname), the first word of one full name in the article.
            firsts = [(pos, full, 100.0) for pos, full in fulls if full.given[0] == p.name]
            scored = firsts if len({f[1].name for f in firsts}) == 1 else []
        if not scored:
            out.append(it)
            continue
        if p.gender is not None:
            known = [s for s in scored if gender.get(s[1].name) == p.gender]
            scored = known or [s for s in scored if gender.get(s[1].name) is None]
            # "Mrs. Lee" after "John Lee" and "Mary Lee": the nearest is a guess, leave it.
            if len({s[1].name for s in scored}) != 1:
                out.append(replace(it, ambiguous=True))
                continue
        before = [s for s in scored if s[0] <= it.quote.start]
        _pos, full, score = before[-1] if before else scored[0]
        merged = NameParts(
            "person",
            full.name,
            full.key,
            full.country or p.country,
            full.given,
            full.surname,
            p.role or full.role,
            p.affiliation or full.affiliation,
            full.head,
            gender=full.gender or p.gender,
        )
        how = (*it.how, f"surname in article {score / 100:.2f}: {p.name} -> {full.name}")
        out.append(replace(it, parts=merged, how=how, lone=False, ambiguous=False))
    return out


def _fill_countries(items: list[_Item], parsed: _Mentions) -> list[_Item]:
    """An organisation named without a country takes the country of the same name in the article.

    The last such mention before the quote, else the first after it.
    """
    out = []
    for it in items:
        p = it.parts
        if p.kind != "organization" or p.country is not None:
            out.append(it)
            continue
        named = parsed.countries.get(p.key)
        country = None
        if named:
            k = bisect_left(named, (it.quote.start, ""))
            country = named[k - 1][1] if k else named[0][1]
        if country is None:
            out.append(it)
            continue
        parts = NameParts(p.kind, p.name, p.key, country, head=p.head, definite=p.definite)
        how = (*it.how, f"country in article 1.00: {p.name} -> {country}")
        out.append(replace(it, parts=parts, how=how, lone=False, ambiguous=False))
    return out


# --- corpus-wide: clustering -------------------------------------------------------------


class _Clusters:
    """Union-find over items, refusing merges the alias file forbids or names contradict."""

    def __init__(self, items: Sequence[_Item], rules: AliasRules | None) -> None:
        self.sets = UnionFind(range(len(items)))
        #: The item that stands for each set (the larger side's, as merged): its data's key.
        self.rep: dict[int, int] = {i: i for i in range(len(items))}
        self.items = items
        self.rules = rules
        # The names the alias file may refer to (only kept when there is one).
        self.names: dict[int, set[str]] = {
            i: (
                {
                    normalize_name(it.surface),
                    normalize_name(it.parts.name),
                    normalize_name(_written(it.quote)),
                }
                if rules is not None
                else set()
            )
            for i, it in enumerate(items)
        }
        self.given: dict[int, set[tuple[str, ...]]] = {
            i: {it.parts.given} if it.parts.given else set() for i, it in enumerate(items)
        }
        self.size: dict[int, int] = dict.fromkeys(range(len(items)), 1)
        #: Why each cluster was merged, in order, without repeats.
        self.reasons: dict[int, dict[str, None]] = defaultdict(dict)

    def find(self, i: int) -> int:
        return self.rep[self.sets[i]]

    def adopt(self, i: int, root: int, reason: str) -> None:
        """Add item ``i`` (appended to the items after clustering) to ``root``'s set."""
        self.rep[i] = i
        self.size[i] = 1
        self.names[i] = set()
        self.given[i] = set()
        self.union(root, i, reason)

    def allowed(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if self.rules is not None:
            for x, y in self.rules.forbids:
                na, nb = self.names[ra], self.names[rb]
                if (x in na and y in nb) or (y in na and x in nb):
                    return False
        return all(given_compatible(g, h) for g in self.given[ra] for h in self.given[rb])

    def union(self, a: int, b: int, reason: str | None, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and not self.allowed(ra, rb):
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra  # the smaller joins the larger: the larger's item stands for both
        self.sets.union(ra, rb)
        self.rep[self.sets[ra]] = ra
        self.size[ra] += self.size.pop(rb)
        self.names[ra] |= self.names.pop(rb)
        self.given[ra] |= self.given.pop(rb)
        self.reasons[ra].update(self.reasons.pop(rb, {}))
        if reason:
            self.reasons[ra][reason] = None
        return True


def _lone_surnames(items: list[_Item]) -> list[_Item]:
    """A lone capitalised word that is the surname of a person named in full elsewhere is one.

    "Smith said" in an article that never gives a first name is taken for a
    person when some article names a "... Smith"; otherwise it stays an
    organisation ("Reuters said").
    """
    surnames = {it.parts.key for it in items if it.parts.kind == "person" and it.parts.given}
    out = []
    for it in items:
        if it.lone and skeleton(it.surface) in surnames:
            parts = parse_person(it.surface)
            it = replace(it, parts=parts, lone=False, ambiguous=False)
        out.append(it)
    return out


def _lone_organisations(items: list[_Item]) -> list[_Item]:
    """A one-word "person" with no given name that some article names as an organisation is it.

    "Acme said" read as a surname joins "Acme Co." or "Ruritania's Acme News Agency", whose
    suffix or country marks them as bodies, unless some article gives the word a first name.
    """
    orgs: dict[str, NameParts] = {}
    for it in items:
        if it.parts.kind == "organization" and " " not in it.parts.key:
            orgs.setdefault(it.parts.key, it.parts)
    ends = _last_words_of_bodies(items)
    surnames = {it.parts.key for it in items if it.parts.kind == "person" and it.parts.given}
    out = []
    for it in items:
        p = it.parts
        word = p.name.lower()
        single = p.kind == "person" and not p.given and " " not in word
        body = orgs.get(word) if single else None
        if single and body is None and _written(it.quote).lower().startswith("the "):
            body = ends.get(word)  # "The Gazette" after "the Daily Gazette": no person
        if body is not None and p.key not in surnames:
            how = (*it.how, f"named as a body elsewhere 1.00: {p.name}")
            it = replace(it, parts=body, how=how, lone=False)
        out.append(it)
    return out


def _last_words_of_bodies(items: Sequence[_Item]) -> dict[str, NameParts]:
    """The last word of each organisation's name of several words -> that organisation,
    for words that end one organisation's name only ("gazette" -> "the Daily Gazette")."""
    ends: dict[str, list[NameParts]] = defaultdict(list)
    for it in items:
        p = it.parts
        if p.kind == "organization" and " " in p.key:
            last = p.key.split()[-1]
            if all(q.key != p.key for q in ends[last]):
                ends[last].append(p)
    return {word: bodies[0] for word, bodies in ends.items() if len(bodies) == 1}


def _initials(name: str) -> set[str]:
    """The initials of a name's capitalised words ("Harbour Policy Institute" -> "HPI"); a
    hyphenated word gives one letter or one per part ("Low-Cost Fares Board": "LFB", "LCFB")."""
    whole = "".join(w[0] for w in name.split() if w[:1].isupper())
    parts = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return {whole, parts}


def _initialisms(items: list[_Item]) -> list[_Item]:
    """An abbreviation ("HPI said") is the body its article names in full with those
    initials ("the Harbour Policy Institute (HPI)"), when only one such body is named;
    failing that, the one body of those initials the other articles name in full."""
    full: dict[tuple[str, str], set[NameParts]] = defaultdict(set)
    for it in items:
        p = it.parts
        if p.kind == "organization" and len(re.split(r"[\s-]+", p.name)) > 1:
            for initials in _initials(p.name):
                full[(it.quote.doc, initials)].add(p)
                full[("", initials)].add(p)
    out = []
    for it in items:
        word = it.parts.name
        found: set[NameParts] = set()
        if word.isupper() and " " not in word and len(word) > 1:
            found = full.get((it.quote.doc, word)) or full.get(("", word), set())
        if len(found) == 1:
            parts = next(iter(found))
            it = replace(it, parts=parts, how=(*it.how, f"initials 1.00: {word} -> {parts.name}"))
        out.append(it)
    return out


#: Writers of posts ("a forum poster"): unnamed people, one per article.
_POSTERS = frozenset(WRITERS_OF_POSTS.values())
#: An item's exact identity: what must be equal for two items to be one source at once.
_Key = tuple[str, ...]


def _cluster(items: Sequence[_Item], rules: AliasRules | None) -> _Clusters:
    """Merge items into speakers: exact keys, then fuzzy names within blocks, then the user's.

    One function per phase, in this order (each sees the merges of the ones before).
    """
    cl = _Clusters(items, rules)
    exact = _merge_exact(cl, items)
    _merge_people(cl, items, exact)
    _merge_written_apart(cl, items, exact)
    _merge_lone_given_names(cl, items)
    with_country = _merge_similar_bodies(cl, items, exact)
    _merge_bodies_without_country(cl, items, exact, with_country)
    _merge_bare_groups(cl, items, exact)
    _join_lead_in_groups(cl, items)
    _join_delayed_names(cl, items)
    _merge_same_words(cl, items)
    if rules is not None:
        _apply_merges(cl, items, rules)
    return cl


def _join_only_public(cl: _Clusters, items: list[_Item], generic: Sequence[_Item]) -> None:
    """Bare users ("some users wrote in to say ...", "one user wrote") in an article that
    names no public of its own are the one public of a product the corpus names ("Some
    Acme kettle owners"): users, owners, customers and buyers of it are one public. With
    two publics named, or none, they stay unnamed; so does "another user", whom the text
    sets apart from the user quoted before. (An article that names its public links its
    bare users to it by itself, when it quotes them together.)
    """
    publics = {
        i
        for i, it in enumerate(items)
        if it.parts.kind == "group" and it.parts.head in HOLDER_HEADS
    }
    roots = {cl.find(i) for i in publics}
    if len(roots) != 1:
        return
    root = next(iter(roots))
    named_in = {items[i].quote.doc for i in publics}
    for it in generic:
        first = it.surface.split()[0].lower()
        if _plural_head(it) not in HOLDER_HEADS or first in ("another", "other", "others"):
            continue
        if it.quote.doc in named_in:
            continue
        how = (f"only public 0.80: {_written(it.quote)} -> {items[root].surface}",)
        rep = items[root]
        items.append(_Item(it.quote, rep.surface, rep.parts, how, rep.role, rep.affiliation))
        cl.adopt(len(items) - 1, root, how[0])


#: "the study's lead author", "the company's founder": a role its owner has one holder of.
_OWNED_ROLE = re.compile(r"(?:the\s+)?([a-z]+)['’]s\s+([a-z][a-z -]*)", re.IGNORECASE)


def _owned_role(text: str) -> str | None:
    """The words of a possessive role description, lowercased, without "the" ("study's lead
    author"), or None when ``text`` is no such description or names its owner by name."""
    m = _OWNED_ROLE.fullmatch(text.strip())
    if m is None or m.group(1)[:1].isupper() or not is_person_noun(m.group(2).split()[-1]):
        return None
    return f"{m.group(1).lower()}'s {m.group(2).lower()}"


def _join_described_elsewhere(
    cl: _Clusters, items: Sequence[_Item], mentions_by_doc: Mapping[str, Sequence[EntityMention]]
) -> None:
    """Phase 8: "the study's lead author said" in one article, unnamed there, is the one
    person another article gives that very description ("Ann Lee, the study's lead author").
    """
    wanted = {
        i: role
        for i, it in enumerate(items)
        if it.parts.kind == "person" and not it.parts.given and it.parts.surname is None
        for role in [_owned_role(it.surface)]
        if role is not None
    }
    if not wanted:
        return
    for i, role in wanted.items():
        keys = {
            parse_person(m.text).key
            for ms in mentions_by_doc.values()
            for m in ms
            if m.label == "PERSON" and role in " ".join(_described_as(m)).replace("’", "'")
        }
        roots = {
            cl.find(j)
            for j, it in enumerate(items)
            if it.parts.kind == "person" and it.parts.given and it.parts.key in keys
        }
        if len(roots) == 1:
            root = next(iter(roots))
            cl.union(
                root, i, f"described elsewhere 0.85: {items[i].surface} -> {items[root].surface}"
            )


def _join_body_described_elsewhere(
    cl: _Clusters, items: Sequence[_Item], mentions_by_doc: Mapping[str, Sequence[EntityMention]]
) -> None:
    """Phase 8b: "the Leeds engineering firm said" in one article is the one named body another
    article sets that description beside ("Barrow & Finch, the London law firm that ...").
    A shorter description with the same head ("the law firm") counts when one body fits."""
    named_as: dict[str, set[str]] = defaultdict(set)
    for m in (m for ms in mentions_by_doc.values() for m in ms if m.role):
        role = m.role or ""
        if m.label == "NOUN" and role[:1].isupper():  # "the law firm, Barrow & Finch"
            desc, name = m.text, role
        elif m.label == "ORG" and role.split()[-1][:1].islower():
            desc, name = role, m.text  # "Barrow & Finch, the London law firm"
        else:
            continue
        if parse_phrase(desc).kind == "organization":
            named_as[parse_phrase(desc).key].add(parse_phrase(name).key)
    if not named_as:
        return
    for i, it in enumerate(items):
        p = it.parts
        if p.kind != "organization" or any(w[:1].isupper() for w in p.key.split()):
            continue
        names = {n for desc, ns in named_as.items() if _same_or_fuller(p.key, desc) for n in ns}
        roots = {cl.find(j) for j, other in enumerate(items) if other.parts.key in names}
        if len(names) == 1 and len(roots) == 1:
            root = next(iter(roots))
            cl.union(
                root, i, f"body described elsewhere 0.80: {it.surface} -> {items[root].surface}"
            )


def _same_or_fuller(key: str, desc: str) -> bool:
    """Whether a description key is the key itself or a fuller phrase ending in it."""
    return desc == key or desc.endswith(" " + key)


def _described_as(m: EntityMention) -> list[str]:
    """What a mention's own words say its person is (title, apposition, affiliation)."""
    return [x.lower() for x in (m.premod, m.role, m.affiliation) if x]


def _named_by_role(p: NameParts) -> bool:
    """A person named only by what they do ("the farmer", "a forum poster"), one per article;
    a capitalised word that merely ends like an agent noun is a surname ("Walker said")."""
    if p.head in _POSTERS or p.head in PERSON_NOUNS or p.head in UNNAMED_PERSON_HEADS:
        return True  # "a person familiar with the matter": one per article
    written = p.name.split()[-1] if p.name else ""
    return is_person_noun(p.head) and not written[:1].isupper()


def _exact_key(it: _Item) -> _Key:
    """The same full name, or the same organisation or group key and country."""
    p = it.parts
    if p.kind != "person":
        return (p.kind, p.country or "", p.key)
    if not p.given and _named_by_role(p):
        return ("nominal", it.quote.doc, normalize_name(p.name))
    if it.ambiguous:
        return ("person", p.key, "", it.quote.doc)
    return ("person", p.key, skeleton(p.given[0]) if p.given else "")


def _merge_exact(cl: _Clusters, items: Sequence[_Item]) -> dict[_Key, int]:
    """Phase 1: items with one exact key are one source; returns key -> first item."""
    exact: dict[_Key, int] = {}
    for i, it in enumerate(items):
        key = _exact_key(it)
        cl.reasons[i].update(dict.fromkeys(it.how))
        if key in exact:
            same = items[exact[key]].surface
            differ = same.lower() != it.surface.lower()
            cl.union(exact[key], i, f"same name 1.00: {same} + {it.surface}" if differ else None)
        else:
            exact[key] = i
    return exact


def _merge_people(cl: _Clusters, items: Sequence[_Item], exact: Mapping[_Key, int]) -> None:
    """Phase 2: people, blocked by the first letters of the surname skeleton; the distinct
    surnames of a block are fuzzy-matched (first names must agree), then a surname alone
    joins the only full name it fits."""
    blocks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for key, i in exact.items():
        if key[0] == "person":
            blocks[key[1][:_BLOCK]][key[1]].append(i)
    for by_surname in blocks.values():
        close = _close_surnames(sorted(by_surname))
        full = {k: [i for i in reps if items[i].parts.given] for k, reps in by_surname.items()}
        _merge_full_names(cl, items, close, full)
        _merge_lone_surnames(cl, items, close, full, by_surname)


def _merge_lone_given_names(cl: _Clusters, items: Sequence[_Item]) -> None:
    """Phase 2c: a given name alone ("His daughter Ann, 54, said") joins the one person
    another article names in full with that given name ("His daughter, Ann Lee"), when
    no one in the corpus has it for a surname: tabloids give private people their first
    name only."""
    people = [
        i
        for i, it in enumerate(items)
        if it.parts.kind == "person" and not it.co and not it.unnamed
    ]
    surnames = {str(items[i].parts.surname).lower() for i in people if items[i].parts.given}
    full: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i in people:
        p = items[i].parts
        if p.given and p.surname:
            full[p.given[0].lower()][cl.find(i)].add(items[i].quote.doc)
    for j in people:
        p = items[j].parts
        word = str(p.surname or "").lower()
        if p.given or not word or items[j].ambiguous or word in surnames:
            continue
        roots = full.get(word, {})
        if len(roots) != 1:
            continue
        root, docs = next(iter(roots.items()))
        if items[j].quote.doc not in docs:
            cl.union(root, j, f"given name 0.70: {items[j].surface} -> {items[root].surface}")


def _merge_written_apart(cl: _Clusters, items: Sequence[_Item], exact: Mapping[_Key, int]) -> None:
    """Phase 2b: one romanised name with its syllables joined by a hyphen or set apart ("Park
    Min-jun", "Park Min Jun"): the same letters in the same order are one person."""
    by_letters: dict[str, list[int]] = defaultdict(list)
    for key, i in exact.items():
        p = items[i].parts
        if key[0] == "person" and p.given and p.surname:
            letters = "".join([*p.given, p.surname]).replace("-", "").lower()
            by_letters[letters].append(i)
    for first, *rest in by_letters.values():
        for j in rest:
            surface = f"{items[first].surface} + {items[j].surface}"
            cl.union(first, j, f"written apart 1.00: {surface}")


def _close_surnames(surnames: Sequence[str]) -> dict[str, list[tuple[str, float]]]:
    """Each surname of a block with the surnames close enough to be its spelling variants."""
    close: dict[str, list[tuple[str, float]]] = {k: [(k, 100.0)] for k in surnames}
    for x, k in enumerate(surnames):
        for other in surnames[x + 1 :]:
            score = name_ratio(k, other)
            if score >= SURNAME_SCORE:
                close[k].append((other, score))
                close[other].append((k, score))
    return close


def _merge_full_names(
    cl: _Clusters,
    items: Sequence[_Item],
    close: Mapping[str, list[tuple[str, float]]],
    full: Mapping[str, list[int]],
) -> None:
    """Full names with close surnames and compatible first names are one person."""
    for k in sorted(close):
        for other, score in close[k]:
            if other < k:
                continue
            pairs = combinations(full[k], 2) if other == k else product(full[k], full[other])
            for i, j in pairs:
                if given_compatible(items[i].parts.given, items[j].parts.given):
                    rule = "full name" if score == 100 else "transliteration"
                    si, sj = items[i].surface, items[j].surface
                    cl.union(i, j, f"{rule} {score / 100:.2f}: {si} + {sj}")


def _merge_lone_surnames(
    cl: _Clusters,
    items: Sequence[_Item],
    close: Mapping[str, list[tuple[str, float]]],
    full: Mapping[str, list[int]],
    by_surname: Mapping[str, list[int]],
) -> None:
    """A surname alone joins the one person its close surnames belong to, if only one."""
    for k in sorted(close):
        for j in by_surname[k]:
            if items[j].parts.given or items[j].ambiguous:
                continue
            roots = {cl.find(i): score for other, score in close[k] for i in full[other]}
            if len(roots) == 1:
                root, score = next(iter(roots.items()))
                surface = f"{items[j].surface} -> {items[root].surface}"
                cl.union(root, j, f"surname {score / 100:.2f}: {surface}")


def _merge_similar_bodies(
    cl: _Clusters, items: Sequence[_Item], exact: Mapping[_Key, int]
) -> dict[tuple[str, str], list[int]]:
    """Phase 3: organisations and groups with fuzzy-equal keys in one block of kind, head (a
    product's owners, users, customers and buyers are one head) and
    country; returns (kind, key) -> the items naming a country, for phase 4."""
    org_blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    with_country: dict[tuple[str, str], list[int]] = defaultdict(list)
    for key, i in exact.items():
        if key[0] in ("organization", "group"):
            p = items[i].parts
            head = "users" if p.kind == "group" and p.head in HOLDER_HEADS else p.head
            org_blocks[(p.kind, head, p.country or "")].append(i)
            if p.country:
                with_country[(p.kind, p.key)].append(i)
    for members in org_blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pi, pj = items[i].parts, items[j].parts
                score = name_ratio(pi.key, pj.key)
                if score >= ORG_SCORE:
                    cl.union(i, j, f"similar name {score / 100:.2f}: {pi.name} + {pj.name}")
                elif pi.kind == "group" and _brands(pi.name) & _brands(pj.name):
                    cl.union(i, j, f"users of one name 0.90: {pi.name} + {pj.name}")
    return with_country


def _brands(name: str) -> set[str]:
    """The brand names inside a group's description, written with an inner capital ("iPhone"
    in "Some iPhone 6 users" and "Bearded iPhone users"; "eBay sellers"); not acronyms.

    >>> sorted(_brands("Some iPhone 6 users")), _brands("US officials")
    (['iphone'], set())
    """
    return {
        w.lower()
        for w in name.split()
        if w.isalpha() and not w.isupper() and any(c.isupper() for c in w[1:])
    }


def _merge_bodies_without_country(
    cl: _Clusters,
    items: Sequence[_Item],
    exact: Mapping[_Key, int],
    with_country: Mapping[tuple[str, str], list[int]],
) -> None:
    """Phase 4: an organisation named without a country joins the one of that name with one."""
    for key, j in exact.items():
        pj = items[j].parts
        if key[0] != "organization" or pj.country is not None:
            continue
        owners = {cl.find(i) for i in with_country.get((pj.kind, pj.key), [])}
        if len(owners) == 1:
            root = next(iter(owners))
            cl.union(root, j, f"only one {pj.key} 1.00: {pj.name} -> {items[root].parts.name}")


def _merge_bare_groups(cl: _Clusters, items: Sequence[_Item], exact: Mapping[_Key, int]) -> None:
    """Phase 5: a country's bare group ("U.S. officials") joins its only named kind of that
    group ("American military officials"); with two kinds or more it stays apart."""
    kinds: dict[tuple[str, str], set[int]] = defaultdict(set)
    for key, i in exact.items():
        p = items[i].parts
        if key[0] == "group" and p.country and p.key != p.head:
            kinds[(p.country, p.head)].add(i)
    for key, j in exact.items():
        pj = items[j].parts
        if key[0] != "group" or not pj.country or pj.key != pj.head:
            continue
        owners = {cl.find(i) for i in kinds.get((pj.country, pj.head), ())}
        if len(owners) == 1:
            root = next(iter(owners))
            how = f"only one kind of {pj.head} 1.00: {pj.name} -> {items[root].parts.name}"
            cl.union(root, j, how)


#: Most whitespace between two sentences that follow each other ("\n\n", "\r\n\r\n").
_SENTENCE_GAP = 4


def _adjacent(a: Quote, b: Quote) -> bool:
    """``b``'s sentence starts right where ``a``'s ends (next sentence or paragraph).

    Sentences tile the text, so only the whitespace between them may separate them.
    """
    if a.sentence is None or b.sentence is None or a.doc != b.doc:
        return False
    return 0 <= b.sentence.start - a.sentence.end <= _SENTENCE_GAP


def _join_lead_in_groups(cl: _Clusters, items: Sequence[_Item]) -> None:
    """Officials of a country who speak only as the lead-in to one body of that country.

    "French health officials said on Monday that ..." followed at once by
    '"...," the French Health Ministry said' is one statement told twice: the
    summary, then the body's own words. When every statement of a country's group
    is followed in the next sentence by the same organisation of that country, and
    nothing else follows it anywhere, the group is that organisation speaking.
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if not it.co:
            by_doc[it.quote.doc].append(i)
    followers: dict[int, set[int | None]] = defaultdict(set)
    for members in by_doc.values():
        members.sort(key=lambda i: items[i].quote.start)
        for a, b in zip(members, [*members[1:], None], strict=True):
            pa = items[a].parts
            if pa.kind != "group" or not pa.country:
                continue
            ra = cl.find(a)
            if b is not None and cl.find(b) == ra:
                continue  # the group goes on speaking: its last quote decides
            pb = items[b].parts if b is not None else None
            same_country = pb is not None and pb.kind == "organization" and pb.country == pa.country
            if b is not None and same_country and _adjacent(items[a].quote, items[b].quote):
                followers[ra].add(cl.find(b))
            else:
                followers[ra].add(None)
    for group, after in followers.items():
        body = next(iter(after))
        if len(after) == 1 and body is not None:
            gp, bp = items[group].parts, items[body].parts
            cl.union(body, group, f"lead-in to one body 0.90: {gp.name} -> {bp.name}")


def _described_person(it: _Item) -> bool:
    """A person named only by a definite description ("the port's operations chief"); an
    indefinite one ("a spokesman") introduces someone new."""
    words = it.surface.split()
    said = it.quote.antecedent or it.quote.mention
    first = said.text.split()[:1] if said is not None else []
    return (
        bool(first)
        and first[0].lower() not in ("a", "an", "one", "another")
        and it.parts.kind == "person"
        and not it.parts.given
        and not it.co
        and bool(words)
        and words[-1].lower() == it.parts.head
        and words[-1][:1].islower()
    )


def _join_delayed_names(cl: _Clusters, items: Sequence[_Item]) -> None:
    """A lede's description of a person the article names only later.

    "The mill's safety manager has said that ..." and then "Ann Lee, safety manager
    at the mill, said ...": news copy delays the name of its first source.
    Descriptions of a person spoken before any named person in the article join the
    first named person quoted after them when that person's role holds the
    description's head noun ("chief").
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_doc[it.quote.doc].append(i)
    for members in by_doc.values():
        members.sort(key=lambda i: items[i].quote.start)
        waiting: list[int] = []
        for i in members:
            it = items[i]
            if _described_person(it):
                waiting.append(i)
                continue
            if it.parts.kind != "person" or not it.parts.given:
                continue
            role = re.findall(r"[a-z]+", (it.role or "").lower())
            for d in waiting:
                if items[d].parts.head in role:
                    cl.union(i, d, f"delayed name 0.80: {items[d].surface} -> {it.surface}")
            break  # only the first named person


#: Words in a row two direct quotes must share to be one quotation reprinted.
_SHARED_WORDS = 8
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _description(it: _Item) -> bool:
    """An unnamed person told by what they are ("a source close to the court")."""
    p = it.parts
    return p.kind == "person" and not p.given and not it.lone and is_person_noun(p.head)


def _runs(text: str) -> set[tuple[str, ...]]:
    """The runs of :data:`_SHARED_WORDS` words of a quote, case and punctuation aside."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    n = _SHARED_WORDS
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _merge_same_words(cl: _Clusters, items: Sequence[_Item]) -> None:
    """Phase 7: unnamed sources of two articles quoted in the same words are one source.

    Wire copy is reprinted: "a source close to the court said" in one article and
    "a source familiar with the case said" in another, each followed by the same
    sentence in quotation marks, describe one person two ways. Only descriptions
    join so: a name is its own evidence, and a name beside a description stays apart.
    """
    first: dict[tuple[str, ...], int] = {}
    for i, it in enumerate(items):
        if it.quote.kind != "direct" or it.co or not _description(it):
            continue
        for run in sorted(_runs(it.quote.text)):
            j = first.setdefault(run, i)
            if items[j].quote.doc != it.quote.doc and cl.find(i) != cl.find(j):
                cl.union(j, i, f"same quotation 0.90: {items[j].surface} + {it.surface}")
                break


def _apply_merges(cl: _Clusters, items: Sequence[_Item], rules: AliasRules) -> None:
    """Force the merges of the alias file."""
    for rule in rules.merges:
        wanted = set(rule.names)
        roots = sorted({cl.find(i) for i in range(len(items)) if cl.names[cl.find(i)] & wanted})
        for r in roots[1:]:
            cl.union(roots[0], r, f"alias file 1.00: {' = '.join(rule.names)}", force=True)


# --- corpus-wide: the speakers and their profiles ----------------------------------------


def _canonical(members: Sequence[_Item]) -> str:
    """The fullest, most frequent name of a cluster; a body's name before its officials'."""
    names = Counter(it.parts.name for it in members)

    def rank(name: str) -> tuple[int, int, int, int, int]:
        parts = next(it.parts for it in members if it.parts.name == name)
        full = len(parts.given[0]) > 2 if parts.given else 0
        # a body's proper name ("Barrow & Finch") before a description of it ("London law firm")
        proper = parts.kind != "organization" or name.split()[-1][:1].isupper()
        return (int(full), int(parts.kind != "group"), int(proper), names[name], len(name))

    return max(names, key=rank)


def _profile_extras(
    members: Sequence[_Item], people_by_doc: Mapping[str, Mapping[str, Sequence[_Parsed]]]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Aliases, roles and affiliations of a speaker.

    Aliases are the mentions of the quotes as written (pronouns left out) and,
    for a person, the other mentions of their name in the articles they are
    quoted in ("Foreign Minister Ann Lee" in the first paragraph).
    """
    aliases: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    affiliations: Counter[str] = Counter()
    spans: dict[str, list[Span]] = defaultdict(list)
    for it in members:
        # The name as written, without an apposition ("Ann Lee, a senior fellow at ...").
        written = _written(it.quote).split(", ")[0]
        if it.quote.mention_kind != "pronoun" and written.lower() not in PRONOUNS:
            aliases[written] += 1
        if it.quote.mention is not None:
            spans[it.quote.doc].append(it.quote.mention)
        if it.parts.role or it.role:
            roles[it.role or it.parts.role or ""] += 1
        if it.affiliation or it.parts.affiliation:
            affiliations[it.affiliation or it.parts.affiliation or ""] += 1
    people = [it.parts for it in members if it.parts.kind == "person" and it.parts.surname]
    if not people:
        return aliases, roles, affiliations
    keys = {p.key for p in people}
    givens = {p.given for p in people if p.given}
    for doc in sorted({it.quote.doc for it in members}):
        by_key = people_by_doc.get(doc, {})
        found = [x for key in keys for x in by_key.get(key, ())]
        # Only mentions that can be this person alone: a bare "Lee" in an article that
        # also names another Lee, or a full name for a speaker known by surname only, is not.
        namesakes = {x.parts.given for x in found if x.parts.given}
        sole = bool(givens) and all(all(given_compatible(g, h) for h in givens) for g in namesakes)
        for parsed in found:
            m, p = parsed.mention, parsed.parts
            if not all(given_compatible(p.given, g) for g in givens):
                continue
            if (p.given and not givens) or (not p.given and not sole):
                continue
            if not any(s.start <= m.start < s.end for s in spans.get(doc, ())):
                aliases[clean_surface(f"{m.premod} {m.text}")] += 1
            if p.role or m.role:
                roles[m.role or p.role or ""] += 1
            if p.affiliation or m.affiliation:
                affiliations[m.affiliation or p.affiliation or ""] += 1
    return aliases, roles, affiliations


def _speaker_of(
    members: Sequence[_Item],
    reasons: Sequence[str],
    people_by_doc: Mapping[str, Mapping[str, Sequence[_Parsed]]],
    rules: AliasRules | None,
    names: set[str] | frozenset[str] = frozenset(),
) -> Speaker:
    name = _canonical(members)
    kind: SpeakerType = next(it.parts.kind for it in members if it.parts.name == name)
    aliases, roles, affiliations = _profile_extras(members, people_by_doc)
    countries = Counter(it.parts.country for it in members if it.parts.country)
    rename = None
    if rules is not None:
        named = [r.name for r in rules.merges if r.name and names & set(r.names)]
        rename = named[0] if named else None
        for candidate in [name, *aliases, *sorted(names)]:
            rename = rename or rules.rename(candidate)
    extra = [f"alias file rename: {name} -> {rename}"] if rename else []
    return Speaker(
        id=slug(rename or name),
        name=rename or name,
        type=kind,
        aliases=tuple(sorted(aliases.items(), key=lambda a: (-a[1], a[0]))),
        role=roles.most_common(1)[0][0] if roles else None,
        affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
        docs=tuple(sorted({it.quote.doc for it in members})),
        n_quotes=len(members),
        merges=tuple(dict.fromkeys([*reasons, *extra])),
        country=countries.most_common(1)[0][0] if countries else None,
    )


def resolve_speakers(
    quotes: Sequence[Quote],
    mentions: Iterable[EntityMention] = (),
    aliases: AliasRules | None = None,
    ahead: Mapping[str, ArticleSpeakers] | None = None,
) -> SpeakerIndex:
    """Group the quotes' speaker mentions into one speaker per real-world source.

    Parameters
    ----------
    quotes : sequence of kg.extract.quotes.Quote
        Every quote of the corpus.
    mentions : iterable of EntityMention
        What :func:`collect_mentions` found in each article (optional: without
        them, only the quotes' own mentions are used).
    aliases : kg.assemble.aliases.AliasRules, optional
        The user's corrections.
    ahead : mapping of str to ArticleSpeakers, optional
        Articles already read by :func:`read_article_speakers` (by document id), e.g.
        while the other articles were still being parsed; an entry made from other
        quotes, mentions or aliases than these is read again. The result is the same
        with or without them.

    Examples
    --------
    >>> m = Span(6, 15, "Ann Smith")
    >>> q = Quote("a", 0, 5, "hello", "direct", mention=m, mention_kind="name")
    >>> m2 = Span(26, 31, "Smith")
    >>> r = Quote("b", 20, 25, "again", "direct", mention=m2, mention_kind="name")
    >>> index = resolve_speakers([q, r])
    >>> [(s.name, s.n_quotes, s.docs) for s in index.speakers]
    [('Ann Smith', 2, ('a', 'b'))]

    Notes
    -----
    The cyclic garbage collector is paused while the records are built (they hold
    no cycles): with a large corpus in memory its passes cost a third of the time.
    """
    with collector_paused():
        return _resolve(quotes, mentions, aliases, ahead)


@dataclass(frozen=True)
class ArticleSpeakers:
    """One article's quotes with their speaker phrases read as names: the per-article
    half of :func:`resolve_speakers` (steps 1 and 2), made by :func:`read_article_speakers`.

    ``quotes``, ``mentions`` and ``aliases`` are what it was read from: :meth:`fits`
    tells whether it stands for the article of a given corpus.
    """

    quotes: tuple[Quote, ...]
    mentions: tuple[EntityMention, ...]
    aliases: AliasRules | None
    #: The quotes' speakers as names (joint sources' members included), in order.
    items: tuple[_Item, ...]
    #: Speaker phrases that name no one ("officials"), kept for the public they stand for.
    generic: tuple[_Item, ...]
    #: The article's people mentions by name key.
    people: Mapping[str, Sequence[_Parsed]]

    def fits(
        self,
        quotes: Sequence[Quote],
        mentions: Sequence[EntityMention],
        aliases: AliasRules | None,
    ) -> bool:
        """Read from these very quotes, mentions (the same objects, in order) and aliases."""
        return (
            aliases is self.aliases
            and _same_objects(quotes, self.quotes)
            and _same_objects(mentions, self.mentions)
        )


def _same_objects(a: Sequence[object], b: Sequence[object]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def read_article_speakers(
    quotes: Sequence[Quote],
    mentions: Iterable[EntityMention] = (),
    aliases: AliasRules | None = None,
) -> ArticleSpeakers:
    """Read one article's speakers (its quotes and mentions only; see :class:`ArticleSpeakers`).

    What :func:`resolve_speakers` does per article before it merges names across the
    corpus; a build calls it as each article's records arrive and hands the results
    to :func:`resolve_speakers` (``ahead``).
    """
    mentions = tuple(mentions)
    parsed = _parse_mentions(mentions)
    parsed.set_contents(quotes)
    people: dict[str, list[_Parsed]] = defaultdict(list)
    for x in parsed:
        if x.mention.label == "PERSON":
            people[x.parts.key].append(x)
    doc_items = _items_of_doc(quotes, parsed)
    # Co-speakers of every quote, with those a "they" took over from a joint source.
    own = {it.quote.key for it in doc_items}
    with_items = [it.quote for it in doc_items]
    doc_items += _co_items(with_items + [q for q in quotes if q.key not in own], parsed)
    generic = tuple(it for it in doc_items if it.unnamed and not it.co)
    doc_items = [it for it in doc_items if not it.unnamed]
    doc_items = _link_surnames(doc_items, parsed, aliases)
    items = tuple(_fill_countries(doc_items, parsed))
    return ArticleSpeakers(tuple(quotes), mentions, aliases, items, generic, people)


def _resolve(
    quotes: Sequence[Quote],
    mentions: Iterable[EntityMention],
    aliases: AliasRules | None,
    ahead: Mapping[str, ArticleSpeakers] | None,
) -> SpeakerIndex:
    mentions_by_doc: dict[str, list[EntityMention]] = defaultdict(list)
    for m in mentions:
        mentions_by_doc[m.doc].append(m)
    quotes_by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        quotes_by_doc[q.doc].append(q)
    items: list[_Item] = []
    generic: list[_Item] = []
    people_by_doc: dict[str, Mapping[str, Sequence[_Parsed]]] = {}
    for doc, doc_quotes in quotes_by_doc.items():
        read = ahead.get(doc) if ahead else None
        if read is None or not read.fits(doc_quotes, mentions_by_doc.get(doc, ()), aliases):
            read = read_article_speakers(doc_quotes, mentions_by_doc.get(doc, ()), aliases)
        people_by_doc[doc] = read.people
        generic.extend(read.generic)
        items.extend(read.items)
    items = _initialisms(_lone_organisations(_lone_surnames(items)))
    cl = _cluster(items, aliases)
    _join_only_public(cl, items, generic)
    _join_described_elsewhere(cl, items, mentions_by_doc)
    _join_body_described_elsewhere(cl, items, mentions_by_doc)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[cl.find(i)].append(i)
    speakers: list[Speaker] = []
    by_quote: dict[tuple[str, int, int], str] = {}
    co_speakers: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    used: Counter[str] = Counter()
    for root, idx in groups.items():
        members = [items[i] for i in idx]
        sp = _speaker_of(
            members, list(cl.reasons.get(root, {})), people_by_doc, aliases, cl.names[root]
        )
        used[sp.id] += 1
        if used[sp.id] > 1:
            sp = Speaker(**{**sp.__dict__, "id": f"{sp.id}-{used[sp.id]}"})
        speakers.append(sp)
        for it in members:
            if not it.co:
                by_quote[it.quote.key] = sp.id
        for it in members:
            if (
                it.co
                and sp.id != by_quote.get(it.quote.key)
                and sp.id not in co_speakers[it.quote.key]
            ):
                co_speakers[it.quote.key].append(sp.id)
    co = {k: tuple(v) for k, v in co_speakers.items() if v}
    speakers.sort(key=lambda s: (-s.n_quotes, s.name))
    return SpeakerIndex(tuple(speakers), by_quote, co)
