"""Shared fixtures: the real spaCy model and the seed corpus, each loaded once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: ../shared exists only on the development machines and in CI.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_result() -> Any:
    """The build of seeds/ (made once; tests must not modify it)."""
    from kg.pipeline import build

    return build([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph_dir(seeds_result: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding every output of the seeds build."""
    from kg.pipeline import write_outputs

    out = tmp_path_factory.mktemp("seeds-out")
    write_outputs(seeds_result, out)
    return out


@pytest.fixture(scope="session")
def seeds_gold() -> dict[str, Any]:
    path = SHARED / "eval" / "seeds-gold.json"
    if not path.exists():
        pytest.skip("../shared/eval/seeds-gold.json is not present (only in development and CI)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    path = SHARED / "data" / "polnear"
    if not path.is_dir():
        pytest.skip("../shared/data/polnear is not present (only in development and CI)")
    return path
