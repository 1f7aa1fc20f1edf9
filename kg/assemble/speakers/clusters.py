"""Clustering across articles: the union-find over items (:class:`_Clusters`), lone
surnames, organisations and initialisms, and descriptions joined to the one source
another article names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from networkx.utils import UnionFind

from kg.assemble.aliases import AliasRules, normalize_name
from kg.assemble.speakers.context import _plural_head
from kg.assemble.speakers.records import _Item, _written
from kg.extract.mentions import EntityMention
from kg.extract.names import (
    NameParts,
    given_compatible,
    is_person_noun,
    parse_person,
    parse_phrase,
    skeleton,
    surname_key,
)
from kg.lexicon import (
    BODY_OR_PLACE_HEADS,
    HOLDER_HEADS,
    PERSON_NOUNS,
    PUBLIC_SERVICE_MODIFIERS,
    SPOKES_ROLE_HEADS,
    UNNAMED_PERSON_HEADS,
    WRITERS_OF_POSTS,
)


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
        if it.lone and surname_key(it.surface) in surnames:
            parts = parse_person(it.surface)
            it = replace(it, parts=parts, lone=False, ambiguous=False)
        out.append(it)
    return out


def _lone_organisations(items: list[_Item]) -> list[_Item]:
    """A one-word "person" with no given name that some article names as an organisation is it.

    "Acme said" read as a surname joins "Acme Co." or "Ruritania's Acme News Agency", whose
    suffix or country marks them as bodies, unless some article gives the word a first name;
    so does it join the one body whose name it opens ("Acme Energy"), and so does "Acme"
    read as an organisation.
    """
    orgs: dict[str, NameParts] = {}
    for it in items:
        if it.parts.kind == "organization" and " " not in it.parts.key:
            orgs.setdefault(it.parts.key, it.parts)
    ends = _last_words_of_bodies(items)
    firsts = _first_words_of_bodies(items)
    surnames = {it.parts.key for it in items if it.parts.kind == "person" and it.parts.given}
    out = []
    for it in items:
        p = it.parts
        word = p.name.lower()
        single = p.kind == "person" and not p.given and " " not in word
        body = orgs.get(word) if single else None
        if p.kind == "organization" and " " not in word and p.name[:1].isupper():
            firm = firsts.get(
                word
            )  # "Vossley said" beside "Vossley Flour Services": the firm, short
            if firm is not None and firm.key != p.key and p.key not in surnames:
                how = (*it.how, f"named in full elsewhere 1.00: {p.name} -> {firm.name}")
                it = replace(it, parts=firm, how=how)
        if single and body is None and _written(it.quote).lower().startswith("the "):
            body = ends.get(word)  # "The Gazette" after "the Daily Gazette": no person
        if single and body is None:
            body = firsts.get(word)  # "Acme said" beside "Acme Energy": the firm, short
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


def _first_words_of_bodies(items: Sequence[_Item]) -> dict[str, NameParts]:
    """The first word of each named organisation's name of several words -> that
    organisation, for words that open one such name only and a name that is a firm's
    ("acme" -> "Acme Energy"), not a body's named after a place ("Acme Growers' Association",
    "Acme Police": the word may be the place). The name must be written with a capital."""
    firsts: dict[str, list[NameParts]] = defaultdict(list)
    for it in items:
        p = it.parts
        words = p.name.split()
        if p.kind != "organization" or len(words) < 2 or not words[0][:1].isupper():
            continue
        if all(q.key != p.key for q in firsts[words[0].lower()]):
            firsts[words[0].lower()].append(p)
    return {
        word: bodies[0]
        for word, bodies in firsts.items()
        if len(bodies) == 1
        and (bodies[0].head not in BODY_OR_PLACE_HEADS or _services_firm(bodies[0]))
    }


def _services_firm(p: NameParts) -> bool:
    """A name ending in the plural "Services" after no public-service word is a firm's
    ("Vossley Flour Services"), not a public body's ("Tarrow Social Services")."""
    words = p.name.lower().split()
    services = words[-1:] == ["services"] and len(words) > 1
    return services and words[-2] not in PUBLIC_SERVICE_MODIFIERS


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


#: "a geologist", "an economist": one person described by what they do, introduced.
_INTRODUCED_ROLE = re.compile(r"an?\s+([a-z]+)", re.IGNORECASE)


def _join_named_later(
    cl: _Clusters, items: Sequence[_Item], mentions_by_doc: Mapping[str, Sequence[EntityMention]]
) -> None:
    """Phase 8c: "a geologist said X" in a lede, and further down the same article
    "Ann Lee, a geologist at Acme University, said": the person introduced by what
    they do is the one the article then names with that very role, when it names one only.
    Not a spokesman, an official or a source, whom an unnamed mention keeps apart."""
    for i, it in enumerate(items):
        said = it.quote.mention.text.strip() if it.quote.mention is not None else ""
        found = _INTRODUCED_ROLE.fullmatch(said)
        if found is None or it.parts.kind != "person" or it.parts.given:
            continue
        noun = found.group(1).lower()
        if not is_person_noun(noun) or noun in SPOKES_ROLE_HEADS or noun in UNNAMED_PERSON_HEADS:
            continue
        at = it.quote.mention.start if it.quote.mention is not None else 0
        role = re.compile(rf"\b{noun}\b")
        keys = {
            parse_person(m.text).key
            for m in mentions_by_doc.get(it.quote.doc, ())
            if m.label == "PERSON"
            and m.start > at
            and any(role.search(d) for d in _described_as(m))
        }
        roots = {
            cl.find(j)
            for j, other in enumerate(items)
            if other.parts.kind == "person" and other.parts.given and other.parts.key in keys
        }
        if len(keys) == 1 and len(roots) == 1:
            root = next(iter(roots))
            cl.union(root, i, f"named later 0.85: {items[i].surface} -> {items[root].surface}")


#: A person described by age alone: "the 52-year-old" (any dash).
_AGE_DESCRIPTION = re.compile(r"^the\s+(\d{1,3})\s*[-‐–]\s*years?\s*[-‐–]\s*old$", re.IGNORECASE)


def _aged_elsewhere(
    items: Sequence[_Item], mentions_by_doc: Mapping[str, Sequence[EntityMention]]
) -> list[_Item]:
    """ "the 52-year-old said" in an article that gives no one that age is the one person
    another article gives it ("Tom Ray, 52, ..."), not whoever its own article named last."""
    ages: dict[int, set[str]] = defaultdict(set)
    aged_in: dict[str, set[int]] = defaultdict(set)
    for m in (m for ms in mentions_by_doc.values() for m in ms):
        if m.label in ("PERSON", "ORG") and m.age is not None:
            ages[m.age].add(parse_person(m.text).key)
            aged_in[m.doc].add(m.age)
    if not ages:
        return list(items)
    fullest: dict[str, str] = {}  # a person's key -> the longest way the corpus names them
    for m in (m for ms in mentions_by_doc.values() for m in ms if m.label == "PERSON"):
        key = parse_person(m.text).key
        if len(m.text) > len(fullest.get(key, "")):
            fullest[key] = m.text
    out: list[_Item] = []
    for it in items:
        said = it.quote.mention.text.strip() if it.quote.mention is not None else ""
        found = _AGE_DESCRIPTION.match(said)
        age = int(found.group(1)) if found else None
        keys = ages.get(age, set()) if age is not None else set()
        name = fullest.get(next(iter(keys))) if len(keys) == 1 else None
        if age in aged_in[it.quote.doc] or name is None or parse_person(name).key == it.parts.key:
            out.append(it)
            continue
        why = f"age given elsewhere 0.85: {said} -> {name}"
        parts = parse_person(name)
        out.append(replace(it, surface=name, parts=parts, how=(*it.how, why), role=None))
    return out


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
