""" "The regulator said" and "the watchdog said" are a public body named by its function,
whatever heads its name ("The Data Standards Commission confirmed ... the regulator
said"): the latest named organisation in focus, not an outlet the article told something.
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_regulator_is_the_body_in_focus_not_the_outlet_told() -> None:
    text = (
        "Watchdog opens inquiry\n\n"
        "The Data Standards Commission confirmed to the Courier that it had opened a formal "
        'investigation. Firms have "a legal duty to be open", the regulator said.\n'
    )
    assert speaker_of(text, "Firms have") == "Data Standards Commission"
