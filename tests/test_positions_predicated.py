"""What is said of a thing is the position, not the thing (texts of our own).

When every statement names the same thing ("the vase"), the thing is no position: what a
copula says the thing is ("a fake", "Roman glass") is. A statement saying the thing is one
kind denies the rival kinds others say it is.
"""

from __future__ import annotations

from typing import Any

import pytest

import kg.assemble.positions as positions
from kg.assemble.positions.communities import Joined
from tests.test_positions import only_claim, stances_of


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The curator said the vase is a fake.", ("forgery",)),
        ("The curator said tests showed the vase was glass.", ("glass",)),
        ("The curator said it is a fake.", ("forgery",)),
        ("The curator said that was a mistake.", ()),
        ("The curator said the vase was cleaned in May.", ()),
    ],
)
def test_a_copula_says_what_its_thing_is(nlp: Any, text: str, said: tuple[str, ...]) -> None:
    assert only_claim(nlp, text).predicated == said


VASE = {
    "a": "Curator Ann Bell said the vase is a fake. "
    "Dealer Tom Hale said the vase is not a fake. "
    "Porter Kit Rowe said the vase was cleaned in May.",
    "b": "Collector Joe Pratt said the vase was a fake. "
    "Restorer Lee Moss said the vase was kept in a safe. "
    "Expert Sam Cole said the vase is Roman glass, despite claims that it is a fake.",
    "c": "Guard Ben Ross said the vase was moved on Monday. "
    "Critic Amy Lund said the vase is Roman glass. "
    "Clerk Roy Dunn said the vase was bought in 1990.",
}


def test_what_is_said_of_a_repeated_thing_is_the_position(nlp: Any) -> None:
    assert ("forgery", "supports") in stances_of(nlp, VASE, "Ann Bell")
    hale = stances_of(nlp, VASE, "Tom Hale")
    assert ("forgery", "disputes") in hale and ("forgery", "supports") not in hale
    assert ("glass", "supports") in stances_of(nlp, VASE, "Amy Lund")


def test_saying_what_a_thing_is_denies_the_rival_kind(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A statement that the vase is glass, filed under glass, that also takes a side on
    the position that it is a fake (here: made to, as the communities of shared words
    do) disputes that position rather than supporting it."""
    joined = positions.join_communities

    def also_fake(corpus: Any, groups: Any, assigned: Any) -> Joined:
        out = joined(corpus, groups, assigned)
        cole = [i for i, s in enumerate(corpus.items) if s.speaker.endswith("cole")]
        return Joined(out.assigned, {**out.also, **{i: ("forgery",) for i in cole}})

    monkeypatch.setattr(positions, "join_communities", also_fake)
    cole = stances_of(nlp, VASE, "Sam Cole")
    assert ("glass", "supports") in cole
    assert ("forgery", "disputes") in cole and ("forgery", "supports") not in cole


@pytest.mark.parametrize(
    ("text", "term", "other"),
    [
        ("The curator said the vase is a fake.", "forgery", "fake"),
        ("The curator said the vase was a counterfeit.", "forgery", "counterfeit"),
        ("The curator said the dealer faked the records.", "fake", "forgery"),
    ],
)
def test_a_fake_is_a_forgery_only_as_a_noun(nlp: Any, text: str, term: str, other: str) -> None:
    weights = only_claim(nlp, text).weights()
    assert term in weights and other not in weights
