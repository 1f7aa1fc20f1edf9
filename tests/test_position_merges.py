"""Small positions merging (kg.assemble.positions.groups): the indexed searches of
:func:`pair_unkept` and :func:`move_to_kept` give exactly what checking every pair gives.

The corpora are random (seeded): claims of a few speakers over a small vocabulary, so
that many positions are small and many pairs use each other's key terms.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest

from kg.assemble.positions.corpus import Corpus, Statement
from kg.assemble.positions.groups import Groups, build_groups, move_to_kept, pair_unkept
from kg.assemble.positions.records import JOIN_MIN, W_OTHER
from kg.extract.claims import Claim, Frame

WORDS = [f"w{k}" for k in range(14)]
FRAMES: list[Frame] = ["claim", "claim", "cause", "figure"]


def _groups(seed: int) -> Groups:
    rng = random.Random(seed)
    items, weights = [], []
    for i in range(rng.randint(20, 70)):
        terms = {t: rng.choice([0.3, 0.6, 0.9, 1.0]) for t in rng.sample(WORDS, rng.randint(1, 4))}
        claim = Claim(
            doc=f"d{rng.randint(0, 5)}",
            start=i,
            end=i + 1,
            terms=tuple(terms.items()),
            frame=rng.choice(FRAMES),
            negated="not" if rng.random() < 0.3 else None,
        )
        items.append(Statement(claim, f"s{rng.randint(0, 6)}"))
        weights.append(terms)
    effects = Counter({t: 2 for t in rng.sample(WORDS, 2)})
    corpus = Corpus({}, items, weights, {}, defaultdict(set), defaultdict(set), Counter(),
                    effects, set(), {})  # fmt: skip
    anchors: dict[str, tuple[str, Frame]] = {
        f"{t}-{f}": (t, f) for t in WORDS for f in ("claim", "cause", "figure")
    }
    assigned = [
        f"{rng.choice(list(w))}-{rng.choice(FRAMES)}" if rng.random() < 0.9 else None
        for w in weights
    ]
    return build_groups(corpus, assigned, anchors, [])


def _pair_every_two(g: Groups) -> dict[str, str]:
    """What pair_unkept did before its index: every later position checked, in order."""
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    unkept = [p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p]]
    unkept = [p for p in unkept if not g.wanted(p)]
    strong = {
        p: Counter(t for i in members[p] for t, x in weights[i].items() if x >= 0.9) for p in unkept
    }
    paired: dict[str, str] = {}
    for k, a in enumerate(unkept):
        if a in paired:
            continue
        key_a, frame = anchors[a]
        for b in unkept[k + 1 :]:
            if b in paired or anchors[b][1] != frame:
                continue
            a_has, b_has = strong[a][anchors[b][0]], strong[b][key_a]
            if 2 * a_has >= len(members[a]) and 2 * b_has >= len(members[b]):
                g.merge(b, a)
                strong[a].update(strong[b])
                paired[b] = a
    return paired


def _move_to_every_kept(g: Groups) -> dict[str, str]:
    """What move_to_kept did before its index: every kept position checked, in order."""
    weights, members, anchors = g.corpus.weights, g.members, g.anchors
    kept = [
        p for p in sorted(anchors, key=lambda p: -len(members[p])) if members[p] and g.wanted(p)
    ]
    moved: dict[str, str] = {}
    for small in sorted(anchors, key=lambda p: len(members[p])):
        if not members[small] or small in kept:
            continue
        uses = Counter(t for i in members[small] for t, x in weights[i].items() if x >= JOIN_MIN)
        for big in kept:
            anchor, frame = anchors[big]
            if frame != anchors[small][1] or g.corpus.effects[anchor] >= 2:
                continue
            if uses[anchor] * 3 >= 2 * len(members[small]):
                g.merge(small, big)
                moved[small] = big
                break
    return moved


def _members(g: Groups) -> dict[str, list[int]]:
    return {p: list(idx) for p, idx in g.members.items() if idx}


@pytest.mark.parametrize("seed", range(40))
def test_pairs_and_moves_are_those_of_checking_every_pair(seed: int) -> None:
    fast, slow = _groups(seed), _groups(seed)
    assert pair_unkept(fast) == _pair_every_two(slow)
    assert _members(fast) == _members(slow)
    assert move_to_kept(fast) == _move_to_every_kept(slow)
    assert _members(fast) == _members(slow)


def test_some_random_corpus_pairs_and_moves() -> None:
    """The random corpora exercise both merges (else the comparison proves nothing)."""
    paired = moved = 0
    for seed in range(40):
        g = _groups(seed)
        paired += len(pair_unkept(g))
        moved += len(move_to_kept(g))
    assert paired >= 20
    assert moved >= 20


def test_a_figure_agreement_follows_its_merges() -> None:
    """agreed_figure is remembered per position, and forgotten when its claims change."""
    g = _groups(3)
    figures = [p for p, idx in g.members.items() if idx and g.anchors[p][1] == "figure"]
    a, b = figures[:2]
    before = {p: g.agreed_figure(p) for p in (a, b)}
    g.merge(b, a)
    words: dict[str, set[str]] = defaultdict(set)
    for i in g.members[a]:
        for t, x in g.corpus.weights[i].items():
            if x >= 0.9 * W_OTHER:
                words[t].add(g.corpus.items[i].speaker)
    assert g.agreed_figure(a) == {t for t, who in words.items() if len(who) >= 2}
    assert g.agreed_figure(a) >= before[a] | before[b]


def test_a_pair_brings_the_key_terms_of_its_claims() -> None:
    """After a pairs with b, a's claims use b's terms too: a later c keyed on one of them
    (that a's own claims never used) pairs with a as well."""
    terms = [{"xa": 1.0, "yb": 1.0}, {"xa": 1.0, "yb": 1.0, "zc": 1.0}, {"xa": 1.0, "zc": 1.0}]
    items = [
        Statement(Claim("d", i, i + 1, tuple(w.items())), f"s{i}") for i, w in enumerate(terms)
    ]
    corpus = Corpus({}, items, terms, {}, defaultdict(set), defaultdict(set), Counter(),
                    Counter(), set(), {})  # fmt: skip
    anchors: dict[str, tuple[str, Frame]] = {p: (p, "claim") for p in ("xa", "yb", "zc")}
    g = build_groups(corpus, ["xa", "yb", "zc"], anchors, [])
    assert pair_unkept(g) == {"yb": "xa", "zc": "xa"}
    assert g.members["xa"] == [0, 1, 2]
