"""End to end on our own health/science story (tests/data/stories/sweetener-heart: three
invented wire articles about a sweetener study): build it with the library API and check
the answers to some of its gold questions (gold.json beside the texts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg

STORY = Path(__file__).parent / "data" / "stories" / "sweetener-heart" / "texts"


@pytest.fixture(scope="module")
def story_graph() -> Any:
    return kg.build([STORY]).graph


def _answered(graph: Any, question: str) -> list[str]:
    data = kg.answer_question(graph, question).to_dict()
    return [str(a.get("speaker", "")).lower() for a in data["answers"]]


def _has(names: list[str], key: str) -> bool:
    return any(key in n for n in names)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        (
            "Who wants warning labels on products containing veltrose?",
            ["fenwick", "heart patients alliance"],
            ["sweeteners association", "lcsa", "whitcombe"],
        ),
        (
            "Who denies having financial ties to the sweetener industry?",
            ["lindqvist"],
            ["castellane"],
        ),
        (
            # kg still misses Dr. Quist here (her statements fall under other positions).
            "Who says veltrose raises the risk of heart attacks?",
            ["castellane"],
            ["sweeteners association", "lcsa", "whitcombe", "lindqvist"],
        ),
    ],
)
def test_story_questions(
    story_graph: Any, question: str, must: list[str], must_not: list[str]
) -> None:
    names = _answered(story_graph, question)
    assert all(_has(names, m) for m in must), names
    assert not any(_has(names, m) for m in must_not), names


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True, reason="stances: the critics' rival explanation is not its own position yet"
)
def test_story_rival_explanation(story_graph: Any) -> None:
    names = _answered(story_graph, "Who rejects reverse causation as the explanation?")
    assert _has(names, "castellane") and not _has(names, "lindqvist"), names
