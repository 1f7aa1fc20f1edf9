""" "Ann Lee never signed the letter. Her deputy did.": a deed denied of one doer and granted
to another in the next sentence (the same verb, or "did" standing for it) negates nothing; it
sets the first doer and the deed said of them aside and asserts the second. "This was not
an accident. People chose ..." stays a denial of the mishap: the explanation disputed is its
point. The cases where the deed is granted to another are among the corrected denials
(tests/test_claims_corrected.py); here, what stays a denial. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        '"Ann Lee never signed the letter. She refused," the clerk said.',
        '"This was not an accident. The software crashed," the clerk said.',
        '"This was not an accident. People sat down and chose which files to delete," '
        "the clerk said.",
        '"We did not sell the depot. We kept it," the clerk said.',
    ],
)
def test_a_denial_not_granted_to_another_still_denies(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is not None


def test_what_a_kind_does_not_do_is_no_deed(nlp: Any) -> None:
    # a kind contrasted with one of them: the denial is an argument, not a deed re-assigned
    text = '"Real pearls do not float in water. This one does," the jeweller said.'
    assert only_claim(nlp, text).negated is not None
