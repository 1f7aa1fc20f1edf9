""" "The regulator said" and "the watchdog said" are a public body named by its function,
whatever heads its name ("The Office of Rail Standards told the Courier ... the regulator
said"): the latest named organisation in focus, not an outlet the article told something.
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_regulator_is_the_body_in_focus_not_the_outlet_told() -> None:
    text = (
        "Rail body opens review\n\n"
        "The Office of Rail Standards told the Courier that it had begun a review of the "
        'timetable. Operators must "put passengers first", the regulator said.\n'
    )
    assert speaker_of(text, "Operators must") == "Office of Rail Standards"
