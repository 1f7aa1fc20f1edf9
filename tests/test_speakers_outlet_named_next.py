"""An outlet a lede leaves unnamed and the next paragraph names (h19c): "shares fell
after a newspaper reported that ..." then "The Weekly Courier reported that ...": one
source, the paper named. A name led by "The" opening a sentence is a body, not a
person ("The Weekly Courier reported"), as the same name after a lowercase "the" is."""

from __future__ import annotations

from .conftest import speaker_names

LEDE = (
    "Shares in the toy maker Brindle Works fell sharply on Tuesday after a newspaper "
    "reported that the firm was preparing to shut its oldest workshop.\n\n"
    "The Weekly Courier reported that the board had met twice to discuss the plan and "
    "that about 300 jobs were at risk.\n\n"
    "Brindle Works said it did not comment on rumours."
)


def test_a_newspaper_in_the_lede_is_the_paper_named_next() -> None:
    names = speaker_names({"a": LEDE})
    shut = next(n for t, n in names.items() if "oldest workshop" in t)
    met = next(n for t, n in names.items() if "met twice" in t)
    assert met == "Weekly Courier"
    assert shut == "Weekly Courier"


def test_a_newspaper_named_by_another_verb_stays_unnamed() -> None:
    # the next paragraph's paper says something else ("added"): it is not the lede's report
    text = LEDE.replace("The Weekly Courier reported that", "The Weekly Courier added that")
    names = speaker_names({"a": text})
    shut = next(n for t, n in names.items() if "oldest workshop" in t)
    assert shut != "Weekly Courier"
