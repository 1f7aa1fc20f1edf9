"""Words folded into one term (h19h). A Latin or Greek plural is one term whatever the
lemmatiser makes of it: "data" read now as "data", now as "datum", meets itself; "the
media" stay the press, not a "medium". Words of stealing are one term: "the files were
stolen", "no files were exfiltrated" and "there was no theft of files" speak of one theft,
so the claims meet in one position. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.terms import norm_term
from tests.test_positions import only_claim, stances_of


@pytest.mark.parametrize(
    "text",
    [
        "\u201cTheir data was stolen,\u201d Ann Lee said.",
        "\u201cParents will want to know whether their data is safe,\u201d Ann Lee said.",
        "\u201cBut the data is real and it is recent,\u201d Ann Lee said.",
    ],
)
def test_data_is_one_term(nlp: Any, text: str) -> None:
    weights = only_claim(nlp, text).weights()
    assert "data" in weights
    assert "datum" not in weights


def test_the_media_are_not_a_medium(nlp: Any) -> None:
    weights = only_claim(nlp, "\u201cThe media got the story wrong,\u201d Tom Gale said.").weights()
    assert "media" in weights
    assert "medium" not in weights


def test_what_users_type_meets_the_parse() -> None:
    assert norm_term("Criteria") == norm_term("criterion") == "criterion"
    assert norm_term("datum") == "data"


def test_data_can_be_what_a_position_is_about(nlp: Any) -> None:
    # "data" is the thing argued over, not a word for someone's claim (as "the numbers" is)
    texts = {
        "a": "\u201cThe members\u2019 data is safe on our servers,\u201d the club secretary "
        "Ann Lee said.",
        "b": "\u201cThe members\u2019 data is not safe on those servers,\u201d the auditor Tom "
        "Gale said.",
    }
    assert stances_of(nlp, texts, "Lee") == {("data", "supports")}
    assert stances_of(nlp, texts, "Gale") == {("data", "disputes")}


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
