"""One article's quotes with their speakers resolved within the article: descriptions the
article names later or elsewhere, surnames linked to the full names they abbreviate, and
countries filled in from the same name (:func:`_items_of_doc`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.assemble.aliases import AliasRules
from kg.assemble.speakers.context import (
    _ANOTHER_ONE,
    _authors_of_study,
    _bare_role,
    _described_again,
    _described_in_run,
    _others_of,
    _others_without_set,
    _owner_of_post,
    _posts_made_by,
    _relayed_source,
    _same_group,
    _specified_next,
    _unnamed,
    _writer_of_post,
)
from kg.assemble.speakers.phrases import (
    _bare_description,
    _previous_speaker,
    _read_name,
    _refers_back,
    _speaker_span,
)
from kg.assemble.speakers.records import SURNAME_SCORE, _Item, _item, _Mentions, _Named, _Parsed
from kg.extract.mentions import EntityMention
from kg.extract.names import NameParts, country_of, is_person_noun, name_ratio
from kg.extract.quotes import Quote, Span
from kg.lexicon import (
    FUNCTION_WORDS,
    GENDERED_NOUNS,
    LAWYER_NOUNS,
    NEWS_OUTLET_NOUNS,
    OFFICE_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
    REPORTING_NOUNS,
    UNNAMED_ROLE_HEADS,
)


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


def _renamed(
    m: EntityMention, named: _Named, parsed: _Mentions, why: str
) -> tuple[_Named, str | None]:
    """The name mention ``m`` reads as, with ``why`` it replaces ``named``; ``named`` as it
    was when ``m`` reads as no name."""
    new = _read_name(Span(m.start, m.end, m.text), "name", parsed)
    return (new, why) if new is not None else (named, None)


def _the_one_found(
    found: Mapping[str, EntityMention], named: _Named, parsed: _Mentions, why: str
) -> tuple[_Named, str | None]:
    """:func:`_renamed` of the one mention ``found`` holds (one per speaker key); ``named``
    as it was when it holds none or several."""
    if len(found) != 1:
        return named, None
    return _renamed(next(iter(found.values())), named, parsed, why)


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
    return _the_one_found(found, named, parsed, "short form")


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
    return _the_one_found(found, named, parsed, "named later")


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
    return _renamed(first, named, parsed, "office named next")


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
    return _the_one_found(found, named, parsed, "defence lawyer")


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
    people = [p for p in parsed if p.mention.label == "PERSON"]
    fulls = [(p.mention.start, p.parts) for p in people if not parsed.reported(p.mention)]
    fulls += [(it.quote.start, it.parts) for it in items if it.parts.kind == "person"]
    fulls = sorted((f for f in fulls if f[1].given), key=lambda f: f[0])
    # a full name only a quotation gives ('"I spoke to Ann Lee," he said') is used when
    # the article gives none outside one (a name the tagger reads inside an insult in a
    # quotation is no name of Lee's)
    quoted = [(p.mention.start, p.parts) for p in people if parsed.reported(p.mention)]
    quoted = [f for f in quoted if f[1].given]  # in text order, as ``people`` is
    gender = _genders(items, parsed)
    out = []
    for it in items:
        p = it.parts
        if p.kind != "person" or p.given:
            out.append(it)
            continue
        scored = _full_names_of(p, fulls, rules) or _full_names_of(p, quoted, rules)
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


def _full_names_of(
    p: NameParts, fulls: Sequence[tuple[int, NameParts]], rules: AliasRules | None
) -> list[tuple[int, NameParts, float]]:
    """The full names (with where they stand and how well they match) a surname may be."""
    return [
        (pos, full, score)
        for pos, full in fulls
        if (score := name_ratio(full.key, p.key)) >= SURNAME_SCORE
        and not (rules is not None and rules.forbidden(p.name, full.name))
    ]


def _first_country(parsed: _Mentions) -> str | None:
    """The first country the article names (its dateline's or its lede's): a body it names
    bare before any other country's body of that name is more likely that country's."""
    for x in parsed:
        if x.mention.label in ("GPE", "NORP"):
            country, _ = country_of(x.mention.text.split(), 0)
            if country is not None:
                return country
    return None


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
            if not k and _first_country(parsed) not in (None, country):
                country = None  # "OSLO, Norway -- The Foreign Ministry said" before "Chile's"
        if country is None:
            out.append(it)
            continue
        parts = NameParts(p.kind, p.name, p.key, country, head=p.head, definite=p.definite)
        how = (*it.how, f"country in article 1.00: {p.name} -> {country}")
        out.append(replace(it, parts=parts, how=how, lone=False, ambiguous=False))
    return out
