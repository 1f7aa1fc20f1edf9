"""A thing said to have run as it should denies that it failed (h22e): "the pump was
running normally at the time of the flood", "the records show the patch had run
normally". Not when negated, nor said of people. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_positions import only_claim


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the pump was running normally at the time of the flood.",
        "Ann Lee said the records show the patch had run normally on every server.",
        "Ann Lee said the sluice gates had worked properly throughout the storm.",
    ],
)
def test_a_thing_that_ran_as_it_should_did_not_fail(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).dismissive in ("normally", "properly")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the pump was not running normally at the time of the flood.",
        "Ann Lee said the lock keepers had worked normally throughout the storm.",
        "Ann Lee said they had worked properly throughout the storm.",
    ],
)
def test_a_failure_or_people_at_work_is_no_dismissal(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).dismissive is None
