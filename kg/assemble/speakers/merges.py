"""The merge phases across articles (:func:`_cluster`): exact keys, people blocked by surname,
bodies and groups, lead-in groups, delayed names, the same words quoted, and the user's
alias file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations, product

from kg.assemble.aliases import AliasRules
from kg.assemble.speakers.clusters import _Clusters, _exact_key, _Key
from kg.assemble.speakers.context import _adjacent
from kg.assemble.speakers.records import _BLOCK, ORG_SCORE, SURNAME_SCORE, _Item
from kg.extract.names import given_compatible, is_person_noun, name_ratio, one_vowel_apart
from kg.lexicon import HOLDER_HEADS, ORG_HEADS


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
    _merge_bare_bodies(cl, items, exact)
    _merge_bare_groups(cl, items, exact)
    _join_lead_in_groups(cl, items)
    _join_delayed_names(cl, items)
    _merge_same_words(cl, items)
    if rules is not None:
        _apply_merges(cl, items, rules)
    return cl


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
            if score >= SURNAME_SCORE or one_vowel_apart(k, other):
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
                gi, gj = items[i].parts.given, items[j].parts.given
                if score < SURNAME_SCORE and not _same_given(gi, gj):
                    continue  # one vowel apart ("Madaran" / "Madaren"): the same given name only
                if given_compatible(gi, gj):
                    rule = "full name" if score == 100 else "transliteration"
                    si, sj = items[i].surface, items[j].surface
                    cl.union(i, j, f"{rule} {score / 100:.2f}: {si} + {sj}")


def _same_given(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two full names give the same given names, written out ("Tobin" / "Tobin")."""
    return bool(a) and [w.lower() for w in a] == [w.lower() for w in b]


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
            roots = {
                cl.find(i): score
                for other, score in close[k]
                if score >= SURNAME_SCORE  # a surname alone needs more than one vowel's likeness
                for i in full[other]
            }
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


def _bare_body(name: str, head: str) -> bool:
    """Whether a body's name is its kind alone, no name of its own: "Police", "the fire
    service" (not "Acme", not "Orlby Police")."""
    words = name.split()
    later_lower = all(w.islower() for w in words[1:])
    return head in ORG_HEADS and later_lower and (len(words) == 1 or words[0].islower())


def _merge_bare_bodies(cl: _Clusters, items: Sequence[_Item], exact: Mapping[_Key, int]) -> None:
    """Phase 4b: a body named by its kind alone ("Police said", "the fire service") joins
    the one named body of the corpus whose name ends in those words ("Quenford Police");
    with two such bodies ("Quenford Police", "Transport Police") it stays apart."""
    named: dict[str, set[int]] = defaultdict(set)
    for key, i in exact.items():
        p = items[i].parts
        if key[0] == "organization" and not _bare_body(p.name, p.head) and " " in p.key:
            words = p.key.split()
            for k in range(1, len(words)):
                named[" ".join(words[k:])].add(i)
    for key, j in exact.items():
        pj = items[j].parts
        if key[0] != "organization" or not _bare_body(pj.name, pj.head):
            continue
        owners = {cl.find(i) for i in named.get(pj.key, ())}
        if len(owners) == 1:
            root = next(iter(owners))
            how = f"only one {pj.key} named 1.00: {pj.name} -> {items[root].parts.name}"
            cl.union(root, j, how)


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
