"""A verb done "again" is the verb with "re-" (h19c): "the only fair thing is to count the
votes again" argues for a recount, the term a rival's "a recount would waste a week"
uses. Only with "again", and not for a verb that has its "re-" already. Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import only_claim


def test_a_verb_done_again_is_the_verb_with_re(nlp: Any) -> None:
    claim = only_claim(
        nlp, "\u201cThe only fair thing is to count the votes again,\u201d Ann Lee said."
    )
    assert "recount" in claim.weights()


def test_a_verb_done_once_is_only_the_verb(nlp: Any) -> None:
    claim = only_claim(nlp, "\u201cThe only fair thing is to count the votes,\u201d Ann Lee said.")
    assert "recount" not in claim.weights()
