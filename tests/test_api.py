"""The Python API: the same operations as the CLI, returning records and graphs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import kg

TEXT = (
    "City plans new bridge\n\n"
    "Mayor Ann Lee said on Monday that the old bridge was unsafe. "
    '"We cannot wait another year," she told reporters.\n'
)


def test_extract_quotes_from_text_returns_rows_with_offsets() -> None:
    rows = kg.extract_quotes_from_text(TEXT, "city")
    assert rows
    for row in rows:
        assert TEXT[row["start"] : row["end"]] == row["text"]
        assert row["doc"] == "city"
    said = next(r for r in rows if "unsafe" in r["text"])
    assert said["speaker"] is not None and "Lee" in said["speaker"]


def test_build_from_texts_returns_a_graph() -> None:
    result = kg.build_from_texts({"city": TEXT})
    assert isinstance(result.graph, nx.MultiDiGraph)
    kinds = {d["kind"] for _, d in result.graph.nodes(data=True)}
    assert {"article", "speaker"} <= kinds


def test_build_and_query_a_saved_graph(seeds_graph_dir: Path) -> None:
    g = kg.load_graph(seeds_graph_dir / "graph.json")
    result = kg.answer_question(g, "who disputes the cellphone explanation")
    data: dict[str, Any] = result.to_dict()
    assert set(data) == {"question", "interpretation", "answers"}
    assert data["answers"]
    rows = kg.board_rows(g)
    assert rows and any(row.disputers for row in rows)


def test_build_raises_on_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(kg.InputError, match="no such file"):
        kg.build([tmp_path / "missing"])


def test_build_raises_when_nothing_is_readable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(kg.NoArticlesError):
        kg.build([tmp_path])


def test_load_graph_raises_graph_file_error(tmp_path: Path) -> None:
    with pytest.raises(kg.GraphFileError):
        kg.load_graph(tmp_path / "nope.json")
