"""Words of stealing are one term (h19h): "the files were stolen", "no files were
exfiltrated" and "there was no theft of files" speak of one theft, so the claims meet in
one position. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe club's files were stolen last week,\u201d Ann Lee said.",
        "\u201cNo files were exfiltrated from the club,\u201d Tom Gale said.",
        "\u201cThere was no theft of the club's files,\u201d Tom Gale said.",
    ],
)
def test_stealing_is_one_term(nlp: Any, text: str) -> None:
    weights = only_claim(nlp, text).weights()
    assert "theft" in weights
    assert "steal" not in weights and "exfiltrate" not in weights
