"""When the build collects garbage (kg.assemble.collector): paused while the graph and the
files are made, less often while articles are extracted, and as before afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.assemble.collector import EXTRACT_GC_THRESHOLD, collecting_less, collector_paused
from kg.run import pipeline


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on, thresholds = gc.isenabled(), gc.get_threshold()
    gc.enable()
    yield
    gc.set_threshold(*thresholds)
    if not was_on:
        gc.disable()


def test_paused_in_the_block_and_resumed_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner pause does not resume the outer one's
    assert gc.isenabled()


def test_resumed_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_less_often_in_the_block_then_as_before(collector_on: None) -> None:
    gc.set_threshold(700, 10, 10)
    with collecting_less():
        assert gc.get_threshold() == (EXTRACT_GC_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_assembly_and_writing_run_without_the_collector(
    collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build's corpus-wide stages and its writing see the collector off; it is on again
    after each."""
    seen: dict[str, bool] = {}
    real_graph, real_tables = pipeline.build_graph, pipeline._tables

    def graph(*args: object, **kwargs: object) -> object:
        seen["assemble"] = gc.isenabled()
        return real_graph(*args, **kwargs)  # type: ignore[arg-type]

    def tables(*args: object, **kwargs: object) -> object:
        seen["write"] = gc.isenabled()
        return real_tables(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_graph", graph)
    monkeypatch.setattr(pipeline, "_tables", tables)
    result = pipeline.assemble([])
    assert gc.isenabled()
    pipeline.write_outputs(result, tmp_path / "out")
    assert gc.isenabled()
    assert seen == {"assemble": False, "write": False}
