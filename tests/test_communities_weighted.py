"""How much of a seed earlier communities or one position already hold is weighed by how
much each claim puts the seed in focus; and a new position whose seed is the subject of a
claim no position took counts, as its speakers, those of filed claims that name it in a
main role (kg.assemble.positions.communities).

The claims are written by hand as term weights: one speaker says "the younger sister runs
the firm" (the sister as subject, weight 2), another "he is in control but struggling,
with his sister acting as chief" (the sister in a lesser role, weight 1, the claim filed
under another position), two more speak of the struggle.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kg.assemble.positions.communities import (
    COVERED_SHARE,
    Community,
    TermIndex,
    _same_position,
    _speakers_of,
    find_communities,
)

FOCUS = [
    {"sister": 2.0},
    {"sister": 1.0, "struggle": 1.5},
    {"struggle": 1.5},
    {"struggle": 1.5},
]
SPEAKERS = ["forum", "media", "analyst", "banker"]


def _index(focus: list[dict[str, float]]) -> TermIndex:
    claims_of = {
        t: frozenset(i for i, f in enumerate(focus) if t in f) for t in ("sister", "struggle")
    }
    idf = {"sister": 1.51, "struggle": 1.22}
    return TermIndex(focus, claims_of, idf, frozenset(claims_of))


def _corpus() -> Any:
    plain = {"negated": None, "dispute": None, "dismissive": None, "rival": None, "refers": None}
    return SimpleNamespace(
        items=[
            SimpleNamespace(speaker=s, claim=SimpleNamespace(frame="claim", **plain))
            for s in SPEAKERS
        ]
    )


def test_a_seed_named_in_passing_by_a_covered_claim_still_starts_a_community() -> None:
    found = find_communities(_corpus(), _index(FOCUS))
    assert [cm.seed for cm in found] == ["struggle", "sister"]
    # by count, half of the sister's claims are covered (the limit is COVERED_SHARE)
    assert COVERED_SHARE == 0.5


def test_a_community_mostly_held_by_weight_elsewhere_is_a_position_of_its_own() -> None:
    sister = Community("sister", "sister", frozenset({"sister"}), frozenset({0, 1}), "claim")
    assigned = [None, "absence", "absence", "absence"]
    assert _same_position(sister, _index(FOCUS), assigned) is None
    lesser = [{"sister": 1.0}, {"sister": 2.0, "struggle": 1.5}, *FOCUS[2:]]
    assert _same_position(sister, _index(lesser), assigned) == "absence"


def test_filed_claims_naming_a_new_subject_count_as_its_speakers() -> None:
    index = _index(FOCUS)
    by_id = {
        "sister": Community("sister", "sister", frozenset({"sister"}), frozenset({0, 1}), "claim"),
        "struggle": Community(
            "struggle", "struggle", frozenset({"struggle"}), frozenset({1, 2, 3}), "claim"
        ),
    }
    member_of = {0: ("sister",), 1: ("struggle", "sister"), 2: ("struggle",), 3: ("struggle",)}
    target = {"sister": "sister", "struggle": "absence"}
    assigned = [None, "absence", "absence", "absence"]
    speakers = _speakers_of(_corpus(), index, member_of, target, by_id, assigned)
    assert speakers["sister"] == {"forum", "media"}
    # the sister named only in passing by the unfiled claim: no subject, one speaker
    passing = _index([{"sister": 1.0}, *FOCUS[1:]])
    speakers = _speakers_of(_corpus(), passing, member_of, target, by_id, assigned)
    assert speakers["sister"] == {"forum"}
