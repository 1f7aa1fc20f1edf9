"""A statement about the story's topic joins the position of what it says of it (texts of
our own).

When nearly every speaker names one thing ("the orchard"), a statement whose key word
would be that noun says something of it ("was flooded"); when other speakers argue that
word apart from the topic (here "the flooding came from the broken dyke"), the statement
joins their position, not the bare noun's, even when no second thing is said of the topic
by two speakers (tests/test_positions_said_of_topic.py), and "was not flooded" disputes
it. A word never argued without the topic ("the dam holds") leaves the topic as
the position (tests/test_position_labels.py).
"""

from __future__ import annotations

from typing import Any

from tests.test_positions import stances_of

ORCHARD = {
    "a": "Engineer Ann Lee said the orchard was flooded. "
    "Mayor Lou Cobb said the orchard was not flooded. "
    "Farmer Kit Rowe said the orchard is beautiful in spring.",
    "b": "Chemist Joe Pratt said the flooding came from the broken dyke. "
    "Clerk Roy Dunn said the orchard opened in 1990.",
    "c": "Nurse Amy Lund said the orchard was flooded last week. "
    "Guard Sid Webb said the orchard is fenced off at night.",
}


def test_what_is_said_of_the_topic_joins_its_position(nlp: Any) -> None:
    lee = stances_of(nlp, ORCHARD, "Ann Lee")
    assert ("flood", "supports") in lee
    assert ("orchard", "supports") not in lee
    assert ("flood", "disputes") in stances_of(nlp, ORCHARD, "Lou Cobb")


def test_a_statement_saying_nothing_shared_of_the_topic_stays_off_it(nlp: Any) -> None:
    assert ("flood", "supports") not in stances_of(nlp, ORCHARD, "Roy Dunn")


BALLOON = {
    "a": "Witness Ann Lee said balloons flew over the stadium. "
    "Teacher Lou Cobb said a balloon was flown from the school roof. "
    "Farmer Kit Rowe said the balloon was red.",
    "b": "Coach Joe Pratt said no balloon was flown from the roof. "
    "Clerk Roy Dunn said the pupils flew kites from the roof.",
    "c": "Nurse Amy Lund said the balloon landed in a field. "
    "Guard Sid Webb said the balloon was found at dawn.",
}


def test_what_the_topic_does_is_not_what_is_done_to_it(nlp: Any) -> None:
    # flying a balloon from the roof is the position "fly"; a balloon that flew says
    # something of the balloon itself, and does not join those who say who flew one
    assert ("fly", "supports") in stances_of(nlp, BALLOON, "Lou Cobb")
    assert ("fly", "disputes") in stances_of(nlp, BALLOON, "Joe Pratt")
    assert not {st for st in stances_of(nlp, BALLOON, "Ann Lee") if st[0] == "fly"}
