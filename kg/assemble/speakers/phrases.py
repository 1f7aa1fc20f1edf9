"""Choosing each quote's speaker phrase: the name in the sentence, or what a pronoun or a
definite description ("the ministry", "the statement") refers back to in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.assemble.speakers.records import (
    _OUTLETS,
    SURNAME_SCORE,
    _Item,
    _Mentions,
    _Named,
    _Parsed,
    _written,
)
from kg.extract.mentions import EntityMention
from kg.extract.names import (
    NameParts,
    clean_surface,
    country_of,
    is_person_noun,
    name_ratio,
    parse_person,
    parse_phrase,
    surname_key,
)
from kg.extract.quotes import Quote, Span
from kg.lexicon import (
    BODY_NAME_HEADS,
    BODY_OR_PLACE_HEADS,
    COURT_SIDES,
    FIRM_NOUNS,
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    NEWS_KIND_WORDS,
    PRONOUN_GENDER,
    PRONOUNS,
    PUBLIC_UNIT_HEADS,
    STATE_HEADS,
    TITLE_QUALIFIERS,
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
    key = surname_key(word)
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
    unmarked = parts.kind == "organization" and parts.head not in BODY_NAME_HEADS
    unmarked = unmarked and not parts.country and parts.key not in _OUTLETS
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
    if parts.head in _NOT_OUTLET_NOUNS and cand.parts.key in _OUTLETS:
        return False  # "LONDON (Reuters) - Acme will shut a plant, the company said"
    if head != parts.head and _described_otherwise(parts, cand.parts):
        return False  # "the island rescue service" is no "Ostley Bend" named before it
    other_body = head != parts.head and head in BODY_NAME_HEADS
    other_body = other_body and head not in PUBLIC_UNIT_HEADS  # "the agency": the Department
    return not (parts.head in PUBLIC_UNIT_HEADS and other_body)


#: The firm nouns no well-known outlet is called by ("the company" is not the wire that
#: reports it; "the broadcaster" may be the BBC).
_NOT_OUTLET_NOUNS = FIRM_NOUNS - {"broadcaster"}


def _described_otherwise(parts: NameParts, cand: NameParts) -> bool:
    """Whether a body described by its own words ("the district water authority", "the
    island rescue service", "the bakers' union") is told apart from ``cand``: the
    description's words before its head are none of the candidate's, so it describes a body
    of its own (not a news outlet's description: "the news agency" is the agency named
    before)."""
    if parts.head not in BODY_OR_PLACE_HEADS and parts.head not in PUBLIC_UNIT_HEADS:
        return False
    if parts.head in FIRM_NOUNS:
        return False  # "the small bakery company", "the Danish firm": the firm named before
    words = parts.key.split()
    modifiers = set(words[:-1]) if words[-1:] == [parts.head] else set()
    if modifiers & NEWS_KIND_WORDS:
        return False  # "the news agency": any outlet named before
    return bool(modifiers) and not modifiers & set(cand.key.split())


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
