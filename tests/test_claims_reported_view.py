"""A view told as someone else's takes no side (h20c): "Being new, the theory goes, the
minister would keep quiet" reports a theory its speaker does not hold; "the story goes on"
is no report. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        '"Being new, the theory goes, the minister would keep quiet for a while," Tom Reed said.',
        '"The mill, so the story goes, was sold for a pound," Ann Lee said.',
    ],
)
def test_a_view_told_as_someone_elses_takes_no_side(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).asks


def test_a_story_that_goes_on_is_no_report(nlp: Any) -> None:
    assert not only_claim(nlp, '"The mill was sold and the story goes on," Ann Lee said.').asks
