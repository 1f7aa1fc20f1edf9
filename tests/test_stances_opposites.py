"""A statement that asserts the opposite predicate of a position's claim of the same thing
takes the other side of it: "the coach is still in charge" disputes "the coach was
sacked", "the bridge is safe" disputes "the bridge is dangerous", and a negation turns
the side round ("is no longer in charge", "is not safe" support). The pairs are data in
kg/lexicon/opposites.py; Claim.poles reads them from the parse
(kg.extract.claims.negation._poles); kg.assemble.positions.stances decides. Small corpora of our
own, real parse."""

from __future__ import annotations

from typing import Any

import pytest

from kg.run.pipeline import BuildResult
from tests.test_positions import build_texts, only_claim

SACKED = {
    "a": (
        "Pundit Ann Ode said the club sacked manager Rex Pell on Sunday. "
        "Agent Cy Moss said Pell was not sacked. "
        "Reporter Dee Hart said the board sacked Pell after the defeat."
    ),
    "c": (
        "Fan club head Jo Kay said the board sacked Pell by text message. "
        "Writer Lu Dart said the owners will not have sacked Pell. "
    ),
    "b": (
        "Captain Mo Finn said Pell is still in charge of the team. "
        "Blogger Ed Voss said Pell is no longer in charge of the squad. "
        "Coach Al Rook said the kit man is still in charge of the shirts. "
        "Chairman Bo Lind said the board is still at the helm of the club."
    ),
    "d": 'Pell missed training on Friday. "He is still in charge," owner Liz Kerr said.',
}

BRIDGE = {
    "a": (
        "Engineer Ann Ode said the old bridge is dangerous. "
        "Inspector Cy Moss said the bridge is unsafe for lorries. "
        "Resident Dee Hart said the bridge is not safe at night."
    ),
    "b": (
        "Mayor Jo Kay said the bridge is safe. "
        "Builder Lu Dart said the bridge is perfectly safe and sound. "
        "Driver Mo Finn said the bridge is dangerous in the rain."
    ),
}


def _sides(built: BuildResult) -> dict[str, set[tuple[str, str]]]:
    sides: dict[str, set[tuple[str, str]]] = {}
    for st in built.stances:
        sides.setdefault(st.speaker, set()).add((st.position, st.stance))
    return sides


@pytest.mark.parametrize(
    ("text", "word", "things", "negated"),
    [
        (
            "The owner said the coach is still in charge of the team.",
            "in charge",
            ("coach",),
            False,
        ),
        ("The owner said the coach is no longer in charge.", "in charge", ("coach",), True),
        ("The owner said the coach remains at the helm.", "at the helm", ("coach",), False),
        ("The owner said the board sacked the coach.", "sack", ("coach",), False),
        ("The owner said the coach was never sacked.", "sack", ("coach",), True),
        ("The owner said the striker fell ill.", "ill", ("striker",), False),
        # "he" in a direct quote: the person last named before it, not the speaker
        (
            'Coach Rex Pell missed training. "He is in charge," owner Liz Kerr said.',
            "in charge",
            ("pell",),
            False,
        ),
        # "he" in reported speech after the speaker's name: the speaker
        ("Coach Rex Pell said he is in charge.", "in charge", ("pell",), False),
    ],
)
def test_a_claim_reads_the_side_and_the_thing_of_an_opposite_predicate(
    nlp: Any, text: str, word: str, things: tuple[str, ...], negated: bool
) -> None:
    (pole,) = only_claim(nlp, text).poles
    assert (pole.word, pole.negated) == (word, negated)
    assert set(things) <= set(pole.things)
    assert not {"liz", "kerr", "owner"} & set(pole.things)


@pytest.mark.parametrize(
    "text",
    [
        "The owner said he is still in charge.",  # a pronoun names no thing to match
        "The owner said the coach grew angry.",  # no opposite
    ],
)
def test_no_pole_without_a_named_thing_or_an_opposite(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).poles == ()


@pytest.fixture(scope="module")
def sacked(nlp: Any) -> BuildResult:
    return build_texts(nlp, SACKED)


def _sacked_position(built: BuildResult) -> str:
    """The position "the board sacked Pell" is filed under (keyed on its subject or verb)."""
    return next(st.position for st in built.stances if st.speaker == "jo-kay")


def test_still_in_charge_disputes_that_he_was_sacked(sacked: BuildResult) -> None:
    sides, pid = _sides(sacked), _sacked_position(sacked)
    assert (pid, "disputes") in sides["mo-finn"]
    assert (pid, "supports") in sides["ed-voss"]  # "no longer in charge"
    assert (pid, "disputes") in sides["liz-kerr"]  # '"He is still in charge," ...'
    basis = {st.basis for st in sacked.stances if st.speaker == "mo-finn"}
    assert basis == {"opposite"}


def test_the_opposite_of_another_thing_takes_no_side(sacked: BuildResult) -> None:
    sides, pid = _sides(sacked), _sacked_position(sacked)
    assert "al-rook" not in sides  # the kit man in charge of the shirts
    # the board is named by the position's statements, but as who sacked, not who was
    assert (pid, "disputes") not in sides.get("bo-lind", set())


def test_a_statement_filed_under_the_position_with_the_other_side_disputes_it(
    nlp: Any,
) -> None:
    sides = _sides(build_texts(nlp, BRIDGE))
    assert sides["ann-ode"] == {("bridge", "supports")}
    assert sides["jo-kay"] == {("bridge", "disputes")}  # "is safe"
    assert sides["lu-dart"] == {("bridge", "disputes")}
    assert sides["dee-hart"] == {("bridge", "supports")}  # "is not safe"


def test_no_word_stands_on_two_sides_of_the_opposites() -> None:
    from kg.lexicon import OPPOSITE_PREDICATES

    words = [w for pair in OPPOSITE_PREDICATES for side in pair for w in side]
    assert len(words) == len(set(words))
