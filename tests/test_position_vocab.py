"""How much the words a position's supporters used count in describing it."""

from __future__ import annotations

from kg.outputs.wordforms import SAID_ONCE_WEIGHT, SAID_WEIGHT, position_vocab
from kg.outputs.wordstats import SaidWords

POSITION = {"kind": "position", "label": "levee", "terms": '["levee"]'}


def test_a_word_of_one_of_two_supporting_statements_counts_fully() -> None:
    """With two statements, a word only one of them uses is still half of what was said:
    a second supporter must not make the first one's words count less."""
    vocab = position_vocab(POSITION, SaidWords(2, {"sabotage": 1, "breach": 2}))
    assert vocab["sabotage"] == SAID_WEIGHT
    assert vocab["breach"] == SAID_WEIGHT


def test_a_word_of_one_of_many_statements_counts_less() -> None:
    vocab = position_vocab(POSITION, SaidWords(3, {"sabotage": 1, "breach": 2}))
    assert vocab["sabotage"] == SAID_ONCE_WEIGHT
    assert vocab["breach"] == SAID_WEIGHT
    assert position_vocab(POSITION, SaidWords(1, {"sabotage": 1}))["sabotage"] == SAID_WEIGHT
