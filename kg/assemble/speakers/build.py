"""The speakers and their profiles: :func:`resolve_speakers` over a corpus, and
:func:`read_article_speakers` (:class:`ArticleSpeakers`), what one article gives it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.assemble.aliases import AliasRules
from kg.assemble.collector import collector_paused
from kg.assemble.speakers.articles import _fill_countries, _items_of_doc, _link_surnames
from kg.assemble.speakers.clusters import (
    _aged_elsewhere,
    _initialisms,
    _join_body_described_elsewhere,
    _join_described_elsewhere,
    _join_named_later,
    _join_only_public,
    _lone_organisations,
    _lone_surnames,
)
from kg.assemble.speakers.context import _co_items
from kg.assemble.speakers.merges import _cluster
from kg.assemble.speakers.records import (
    Speaker,
    SpeakerIndex,
    _Item,
    _parse_mentions,
    _Parsed,
    _written,
    slug,
)
from kg.extract.mentions import EntityMention
from kg.extract.names import SpeakerType, clean_surface, given_compatible
from kg.extract.quotes import Quote, Span
from kg.lexicon import PRONOUNS


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
    items = _aged_elsewhere(items, mentions_by_doc)
    items = _initialisms(_lone_organisations(_lone_surnames(items)))
    cl = _cluster(items, aliases)
    _join_only_public(cl, items, generic)
    _join_described_elsewhere(cl, items, mentions_by_doc)
    _join_body_described_elsewhere(cl, items, mentions_by_doc)
    _join_named_later(cl, items, mentions_by_doc)
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
