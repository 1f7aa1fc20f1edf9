"""End to end on our own environment / local-government story (tests/data/stories/
tessel-fish-kill: three invented articles, local paper, wire and British style, about a
river fish kill): build it with the library API and check the answers to some of its gold
questions (gold.json beside the texts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg

STORY = Path(__file__).parent / "data" / "stories" / "tessel-fish-kill" / "texts"


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
            "Who blames the chemical plant for the fish kill?",
            ["tessel river alliance", "dorvall"],
            ["caldrex", "keane", "water authority", "pardee"],
        ),
        (
            "Who denies that the plant caused the die-off?",
            ["caldrex", "keane"],
            ["tessel river alliance", "dorvall", "pruitt"],
        ),
        (
            "Who says the heat wave killed the fish?",
            ["water authority", "pardee", "hesketh"],
            ["tessel river alliance", "dorvall", "lindell"],
        ),
        (
            "Who says suspending the permit would be premature?",
            ["benedetti"],
            ["tessel river alliance", "dorvall"],
        ),
    ],
)
def test_story_questions(
    story_graph: Any, question: str, must: list[str], must_not: list[str]
) -> None:
    names = _answered(story_graph, question)
    assert all(_has(names, m) for m in must), names
    assert not any(_has(names, m) for m in must_not), names
