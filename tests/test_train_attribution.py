"""How scripts/train_attribution.py picks the learned layer's operating point."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.quotes import learned

from .conftest import load_script


@pytest.fixture(scope="module")
def ta() -> ModuleType:
    return load_script("train_attribution")


def test_the_pair_with_most_right_rows_above_the_floor_is_picked(ta: ModuleType) -> None:
    figures = {
        (0.50, 0.55): (0.84, 120),  # most right rows, but under the floor
        (0.56, 0.55): (0.861, 110),
        (0.57, 0.55): (0.863, 108),
        (0.60, 0.60): (0.872, 100),
    }
    assert ta.best_pair(figures, 0.86, (0.6, 0.6)) == (0.56, 0.55)
    assert ta.best_pair(figures, 0.87, (0.6, 0.6)) == (0.60, 0.60)


def test_a_tie_keeps_the_first_pair_and_no_pair_keeps_the_fallback(ta: ModuleType) -> None:
    tied = {(0.55, 0.55): (0.9, 50), (0.56, 0.55): (0.95, 50)}
    assert ta.best_pair(tied, 0.86, (0.6, 0.6)) == (0.55, 0.55)
    assert ta.best_pair({(0.5, 0.5): (0.7, 80)}, 0.86, (0.6, 0.6)) == (0.6, 0.6)


TEXT = 'The pool will reopen in May, the council said.\n\n"We will win," Ann Lee said.\n'


def _split(tmp_path: Path) -> Path:
    """A PolNeAR-style split of one article with two attributions."""
    folder = tmp_path / "split"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")

    def at(sub: str, after: int = 0) -> tuple[int, int]:
        start = TEXT.index(sub, after)
        return start, start + len(sub)

    content1, source1, cue1 = at("The pool will reopen in May"), at("the council"), at("said")
    content2, source2 = at('"We will win,"'), at("Ann Lee")
    cue2 = at("said", content2[1])
    lines = []
    for n, (c, s, k) in enumerate(((content1, source1, cue1), (content2, source2, cue2))):
        t = 4 * n
        lines += [
            f"T{t + 1}\tSource {s[0]} {s[1]}\t{TEXT[s[0] : s[1]]}",
            f"T{t + 2}\tCue {k[0]} {k[1]}\tsaid",
            f"T{t + 3}\tContent {c[0]} {c[1]}\t{TEXT[c[0] : c[1]]}",
            f"T{t + 4}\tAttribution {k[0]} {k[1]}\tsaid",
            f"E{n + 1}\tAttribution:T{t + 4} Content:T{t + 3} Cue:T{t + 2} Source:T{t + 1}",
        ]
    (folder / "attributions" / "a1_aaaa.ann").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


def test_the_pipeline_is_scored_at_the_pair_given_and_the_shipped_pair_comes_back(
    ta: ModuleType, tmp_path: Path
) -> None:
    texts, gold = ta.ea.read_polnear(_split(tmp_path))
    shipped = learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD
    # no learned candidate and a gate that keeps every rule quote: both reports right
    assert ta.pipeline_figures(texts, gold, None, (1.01, 0.0)) == (1.0, 2)
    assert shipped == (learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD)
    # a gate that drops every rule quote: nothing is left to be right
    assert ta.pipeline_figures(texts, gold, None, (1.01, 1.01))[1] == 0
    assert shipped == (learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD)
