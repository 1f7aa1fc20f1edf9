"""A check under way or a disclosure promised takes no side (h17d): said of the body the
speaker speaks for ("the council is monitoring the situation", "the team would publish
its full data set next month", "inspectors have opened an inquiry"), not only of "it" or
"we". A finding stated beside the check still takes its side; a named person's check is
news about that person, read as before."""

from __future__ import annotations

from typing import Any

import pytest

from .test_positions import claims_of


@pytest.mark.parametrize(
    ("text", "takes_no_side"),
    [
        ("Ann Lee said the council was monitoring the situation.", True),
        ("Ann Lee said the water board would publish its findings by the end of June.", True),
        ("Ann Lee said the team would publish its full data set next month.", True),
        ("Ann Lee said inspectors had opened an inquiry into the collapse.", True),
        ("Ann Lee said the council had reviewed the bridge and found it safe.", False),
        ("Ann Lee said the council would publish the names of the owners.", False),
        ("Ann Lee said Tom Reed was monitoring the bridge.", False),
    ],
)
def test_a_check_by_the_speakers_body_takes_no_side(
    nlp: Any, text: str, takes_no_side: bool
) -> None:
    claims = [c for _, c in claims_of(nlp, text)]
    assert claims[0].asks is takes_no_side
