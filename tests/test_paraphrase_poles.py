"""Paraphrase of what is said of a thing: evaluative adjectives of one meaning are one
predicate ("hazardous", "perilous", "unsafe" are "dangerous"; "harmless", "innocuous" are
"safe"; kg/lexicon/opposites.py EVALUATIVE_SYNONYMS), so that two speakers who say the
same thing in other words meet on one position, with the right sign:

- a topic's position (the dam every speaker names) whose statements say only the two sides
  of one pair of opposites takes the side said more as its claim, and the other side
  disputes it ("the dam is harmless", "not dangerous");
- a question in a third wording ("who says the dam is risky", "... benign") asks for the
  side that says it, and "who says the dam is safe" of a position whose supporters call it
  dangerous asks for its disputers (kg/query/poles.py).

Small corpora of our own, real parse.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.query import answer_question

from .conftest import corpus_graph
from .test_positions import only_claim

DAM = {
    "a": (
        "Engineer Ruth Hale said the old dam is hazardous. "
        "Inspector Cy Moss said the dam was perilous after the storm. "
        "Mayor Tom Mills said the dam is harmless."
    ),
    "b": (
        "Builder Lu Dart said the dam is not dangerous at all. "
        "Farmer Bo Lind said the dam is unsafe for the valley. "
        "Clerk Jo Reed said the dam is perfectly innocuous."
    ),
}
DANGER = {"Ruth Hale", "Cy Moss", "Bo Lind"}
SAFETY = {"Tom Mills", "Lu Dart", "Jo Reed"}


@pytest.fixture(scope="module")
def dam(nlp: Any) -> nx.MultiDiGraph:
    return corpus_graph(nlp, DAM)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Who says the dam is risky?", DANGER),  # a word none of them uses
        ("Who says the dam is dangerous?", DANGER),
        ("Who says the dam is not safe?", DANGER),
        ("Who disputes that the dam is safe?", DANGER),
        ("Who says the dam is benign?", SAFETY),  # a word none of them uses
        ("Who says the dam is safe?", SAFETY),
        ("Who denies that the dam is hazardous?", SAFETY),
    ],
)
def test_a_question_in_a_third_wording_finds_the_side_that_says_it(
    dam: nx.MultiDiGraph, question: str, who: set[str]
) -> None:
    assert {a.speaker for a in answer_question(dam, question).answers} == who


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The owner said the bridge is hazardous.", "dangerous", False),
        ("The owner said the bridge is not perilous.", "dangerous", True),
        ("The owner said the bridge is harmless.", "safe", False),
        ("The owner said the bank is bankrupt.", "insolvent", False),
        ("The owner said the fire was accidental.", "accidental", False),
        ("The owner said the fire was intentional.", "deliberate", False),
    ],
)
def test_a_synonym_is_read_as_its_side(nlp: Any, text: str, word: str, negated: bool) -> None:
    (pole,) = only_claim(nlp, text).poles
    assert (pole.word, pole.negated) == (word, negated)


def test_a_verb_of_another_sense_is_no_side(nlp: Any) -> None:
    # "deliberate" the verb is to weigh something, not to do it on purpose
    assert only_claim(nlp, "The clerk said the jury will deliberate on Monday.").poles == ()


def test_every_synonym_group_names_a_side_and_no_word_has_two_meanings() -> None:
    from kg.lexicon import EVALUATIVE_SYNONYMS, OPPOSITE_PREDICATES, POLE_OF

    sides = {w for pair in OPPOSITE_PREDICATES for side in pair for w in side}
    assert all(group[0] in sides for group in EVALUATIVE_SYNONYMS)
    words = [w for group in EVALUATIVE_SYNONYMS for w in group]
    assert len(words) == len(set(words))
    assert POLE_OF["perilous"] == POLE_OF["dangerous"] != POLE_OF["harmless"]
