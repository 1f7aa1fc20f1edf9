"""A fact check labels its parts at the head of a line ("CLAIM:", "VERDICT: False."): the
outlet's own furniture, not a speaker whose words follow the colon, as a name's label in a
transcript is ("Mayor Ann Rollo: We will ..."). Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Fact check: no, the bridge is not closing\n\n"
    "CLAIM: The Harbour Bridge will close for good in June.\n\n"
    "VERDICT: False. The bridge will close for two weeks of repairs, not for good.\n\n"
    "Mayor Ann Rollo: We will reopen it as soon as the work is done.\n"
)


def test_a_verdict_label_is_no_speaker() -> None:
    found = speaker_names({"a": _TEXT})
    assert not any(q.startswith("False.") for q in found), found
    assert "VERDICT" not in found.values()


def test_a_name_label_still_speaks() -> None:
    found = speaker_names({"a": _TEXT})
    assert found.get("We will reopen it as soon as the work is done") == "Ann Rollo"
