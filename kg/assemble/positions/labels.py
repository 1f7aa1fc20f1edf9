"""Labels, key terms and aliases of the positions, in the words their claims use."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.assemble.positions.anchors import Def
from kg.assemble.positions.corpus import Statement
from kg.assemble.positions.records import W_OTHER, Position, Stance
from kg.assemble.positions.surface import written_label
from kg.extract.claims import Frame
from kg.extract.terms import norm_term


def _key_phrase(
    anchor: str, phrases: Counter[str], co: Counter[str], fold: Mapping[str, str]
) -> str:
    """The phrase a found position is known by: a phrase with its anchor, else the anchor
    and the term its claims use most with it.

    The phrase may write the anchor as the claims do: inflected or as the compound
    folded onto it ("ceasefire" for the anchor "fire", "meetings" for "meeting").
    """

    def has_anchor(phrase: str) -> bool:
        return any(
            w == anchor or fold.get(norm_term(w), norm_term(w)) == anchor for w in phrase.split()
        )

    best = next((p for p, _ in phrases.most_common() if has_anchor(p)), None)
    if best is None:
        partner = next((t for t, _ in co.most_common() if t != anchor), None)
        best = f"{anchor} {partner}" if partner else anchor
    return best


def _framed(phrase: str, frame: Frame) -> str:
    if frame == "cause":
        return f"{phrase} (as the cause)"
    if frame == "figure":
        return f"{phrase} (figure)"
    return phrase


@dataclass(frozen=True)
class _Wording:
    """How the claims of each position are worded: phrases, terms in focus, surface words."""

    phrases: defaultdict[str, Counter[str]]
    co: defaultdict[str, Counter[str]]
    surface: defaultdict[str, Counter[str]]


def _wording(
    items: Sequence[Statement], assigned: Sequence[str | None], fold: Mapping[str, str]
) -> _Wording:
    """Count the phrases, focus terms and surface words of each position's claims."""
    phrases: defaultdict[str, Counter[str]] = defaultdict(Counter)
    co: defaultdict[str, Counter[str]] = defaultdict(Counter)
    surface: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for i, pid in enumerate(assigned):
        if pid is None:
            continue
        c = items[i].claim
        phrases[pid].update(c.phrases)
        for t, w in c.terms:
            if w >= W_OTHER:
                co[pid][fold.get(t, t)] += 1
        surface[pid].update(c.surface)
    return _Wording(phrases, co, surface)


def describe(
    items: Sequence[Statement],
    assigned: Sequence[str | None],
    stances: Sequence[Stance],
    anchors: Mapping[str, tuple[str, Frame]],
    defs: Sequence[Def],
    fold: Mapping[str, str],
) -> list[Position]:
    """Labels, terms and aliases of the positions: the contested ones first (someone
    supports, someone else disputes), each group most argued about first."""
    by_id = {d.id: d for d in defs}
    inverse: dict[str, set[str]] = defaultdict(set)
    for raw, head in fold.items():
        inverse[head].add(raw)
    wording = _wording(items, assigned, fold)
    weight = Counter(st.position for st in stances)
    texts: defaultdict[str, list[str]] = defaultdict(list)
    for st in stances:
        texts[st.position].append(st.text)
    sides: defaultdict[str, set[str]] = defaultdict(set)
    for st in stances:
        sides[st.position].add(st.speaker + ":" + st.stance)
    contested = {
        pid
        for pid, said in sides.items()
        if any(s.endswith(":supports") for s in said)
        and any(s.endswith(":disputes") for s in said)
        and len({s.split(":")[0] for s in said}) >= 2
    }
    positions = []
    for pid in sorted(weight, key=lambda p: (p not in contested, -weight[p], p)):
        if pid in by_id:
            d = by_id[pid]
            terms = [" ".join(k) for k in d.keys]
            frame: Frame = d.frame or "claim"
            label = keyed = d.label or pid
            aliases = list(d.aliases)
        else:
            anchor, frame = anchors[pid]
            key = _key_phrase(anchor, wording.phrases[pid], wording.co[pid], fold)
            label = _framed(written_label(key, anchor, texts[pid], fold), frame)
            terms = [anchor, *sorted(inverse.get(anchor, ()))]
            aliases = []
            keyed = _framed(key, frame)
        keyed = "" if keyed == label else keyed
        base = Position(
            pid, label, tuple(terms), tuple(aliases), frame, (), pid in contested, keyed
        )
        positions.append(_widened(base, wording, inverse, fold))
    return positions


#: :func:`norm_term` remembered: the same words recur in the phrases of every position.
_normed = lru_cache(maxsize=1 << 16)(norm_term)


def _widened(
    base: Position, wording: _Wording, inverse: Mapping[str, set[str]], fold: Mapping[str, str]
) -> Position:
    """A position record with its terms and names widened by the words its claims use."""
    pid = base.id
    variants = {w for t in base.terms for w in inverse.get(t, ())} | set(base.terms)
    words = [w for w, _ in wording.surface[pid].most_common() if _normed(w) in variants]
    terms = list(dict.fromkeys([*base.terms, *words]))
    related = [t for t, _ in wording.co[pid].most_common(12) if t not in terms]
    named = [
        p
        for p, _ in wording.phrases[pid].most_common()
        if any(fold.get(n := _normed(w), n) in variants for w in p.split())
    ]
    aliases = list(dict.fromkeys([*base.aliases, *named[:6]]))
    return replace(base, terms=tuple(terms), aliases=tuple(aliases), related=tuple(related))
