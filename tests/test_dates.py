"""Dates: metadata values and datelines become ISO 8601; a date inside a sentence never does."""

from __future__ import annotations

import pytest

from kg.read.dates import dateline_date, filename_date, iso_date

BODY = "\n\nThe council said on Tuesday that it would wait for the report."


@pytest.mark.parametrize(
    "top",
    [
        "LONDON, Jan. 4, 2023 (Reuters) - The council said it would wait.",
        "WASHINGTON, D.C., January 4, 2023 \u2014 The council said it would wait.",
        "By Ann Lee ROME, 4 January 2023 (AFP) - The council said it would wait.",
        "By Ann Lee and Sam Roe | January 4, 2023",
        "Wednesday 4 January 2023 10.05 GMT",
        "2023-01-04",
        "Published: Wed 4 Jan 2023 10.05 GMT",
        "Posted on January 4th, 2023 at 9:30 a.m. ET",
        "Updated: 6 Jan 2023\nPublished: 4 Jan 2023",
        "Last modified on Wed 4 Jan 2023 10.07 GMT",
    ],
    ids=[
        "wire",
        "wire-two-part-place",
        "byline-then-wire",
        "byline-line",
        "date-line-with-time",
        "iso-line",
        "published-label",
        "posted-label",
        "published-beats-updated",
        "modified-only",
    ],
)
def test_a_dateline_near_the_top_gives_the_iso_date(top: str) -> None:
    assert dateline_date("Ferry vote delayed again\n" + top + BODY) == "2023-01-04"


def test_an_updated_date_is_used_only_when_nothing_else_is_found() -> None:
    text = "Ferry vote delayed\nUpdated: 6 Jan 2023\n\nBy Ann Lee | 4 January 2023" + BODY
    assert dateline_date(text) == "2023-01-04"
    assert dateline_date("Ferry vote delayed\nUpdated: 6 Jan 2023" + BODY) == "2023-01-06"


@pytest.mark.parametrize(
    "text",
    [
        "Ferry vote delayed\n\nThe talks began on January 4, 2023, the council said.",
        "Protests on January 4, 2023 turned violent\n\nThe police said so.",
        "Ferry vote delayed\n\nLONDON, Jan. 4 (Reuters) - The council said it would wait.",
        "Ferry vote delayed\n\nThe mayor said on Jan. 4 that the vote would wait.",
        "Ferry vote delayed\n" + "The council met again.\n" * 12 + "January 4, 2023\n",
    ],
    ids=["in-a-sentence", "in-a-headline", "no-year", "no-year-in-a-sentence", "too-far-down"],
)
def test_no_dateline_no_date(text: str) -> None:
    assert dateline_date(text) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-01-04", "2023-01-04"),
        ("2023-01-04T23:30:00-05:00", "2023-01-04"),
        ("Wed, 04 Jan 2023 10:00:00 GMT", "2023-01-04"),
        ("January 4, 2023", "2023-01-04"),
        ("4 Jan. 2023", "2023-01-04"),
        ("20230104", "2023-01-04"),
        ("1672790400", "2023-01-04"),
        (1672790400000, "2023-01-04"),
        ("14/01/2023", "2023-01-14"),
        ("01/14/2023", "2023-01-14"),
        ("04/01/2023", None),
        ("2023-02-30", None),
        ("yesterday", None),
        ("", None),
        (True, None),
    ],
)
def test_metadata_values_become_iso_dates(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso


def test_a_file_name_may_carry_the_date() -> None:
    assert filename_date("ledger_2023-01-04_ferry-vote") == "2023-01-04"
    assert filename_date("2023_01_04-ferry") == "2023-01-04"
    assert filename_date("000_bde040045e153a13") is None
    assert filename_date("photo-12023-01-045") is None
