"""A speaker phrase read from the quotes around it: a post and who made it, a description
given again, "others" of a group, an unnamed source tied to the one who relays it, and
the other members of a joint source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from kg.assemble.speakers.phrases import (
    _SALIENCE_WINDOW,
    _bare_description,
    _read_name,
    _speaker_span,
)
from kg.assemble.speakers.records import _Item, _item, _Mentions, _Named, _written
from kg.extract.mentions import EntityMention
from kg.extract.names import clean_surface, country_of, is_person_noun, parse_phrase
from kg.extract.quotes import MentionKind, Quote, Span
from kg.lexicon import (
    GENERIC_HEADS,
    HOLDER_HEADS,
    HONORIFICS,
    PERSON_DEMONYMS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    REPORTING_NOUNS,
    SOURCE_NOUNS,
    SOURCE_RELAY_VERBS,
    SPEAKER_DETERMINERS,
    TITLE_WORDS,
    WRITERS_OF_POSTS,
)


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
        if new is None or _holds_another_office(new, named, q.mention.start, parsed):
            return named, None
        return new, "described in a run"
    person = prev.parts.kind == "person" and prev.parts.surname is not None and not prev.unnamed
    was = _Named(prev.surface, prev.parts, prev.role, prev.affiliation)
    if between or not person or _holds_another_office(was, named, q.mention.start, parsed):
        return named, None
    return was, "described in a run"


#: Courtesy titles: they give no one an office ("Mr Lee" may still be "the mayor").
_COURTESY = HONORIFICS.keys() | {"dr", "prof", "sir", "rev", "reverend"}


def _holds_another_office(who: _Named, named: _Named, before: int, parsed: _Mentions) -> bool:
    """ "Mark Ode, a builder, said ... The mayor said": an office ("the mayor", "the
    senator") is not the one just quoted when the article gave that person another role
    and not this one ("Gov. Ann Lee" is not "the senator"; "Sen. Lee" is)."""
    head = named.parts.head
    if head not in TITLE_WORDS or head in _COURTESY:
        return False
    given = [who.role or ""]
    for x in parsed.starting(0, before):
        if x.mention.label == "PERSON" and x.parts.surname == who.parts.surname:
            given.append(f"{x.mention.role or ''} {x.mention.premod}")
    words = {w for w in re.split(r"[\s.,]+", " ".join(given).lower()) if w}
    if any(w == head or (len(w) >= 3 and head.startswith(w)) for w in words):
        return False  # "Sen." gives "the senator"
    return any(w not in _COURTESY and (w in TITLE_WORDS or is_person_noun(w)) for w in words)


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


#: Most whitespace between two sentences that follow each other ("\n\n", "\r\n\r\n").
_SENTENCE_GAP = 4


def _adjacent(a: Quote, b: Quote) -> bool:
    """``b``'s sentence starts right where ``a``'s ends (next sentence or paragraph).

    Sentences tile the text, so only the whitespace between them may separate them.
    """
    if a.sentence is None or b.sentence is None or a.doc != b.doc:
        return False
    return 0 <= b.sentence.start - a.sentence.end <= _SENTENCE_GAP
