"""The attribution scorer in scripts/eval_attribution.py, on small brat files written here."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import load_script


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    return load_script("eval_attribution")


TEXT = (
    '"We will win," Ann Lee said. "The polls are wrong."\n\n'
    "The council said the budget was cut.\n\n"
    "Prices rose, reportedly."
)


def _offsets(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _brat(tmp_path: Path) -> Path:
    """A PolNeAR-style split: one article, two annotators' files (the first sorted is used)."""
    folder = tmp_path / "split"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    q1, q2 = _offsets('"We will win,"'), _offsets('"The polls are wrong."')
    src = _offsets("Ann Lee")
    cue = _offsets("said")
    c2 = _offsets("the budget was cut")
    s2 = _offsets("The council")
    cue2 = (TEXT.index("said", c2[0] - 6), TEXT.index("said", c2[0] - 6) + 4)
    c3 = _offsets("Prices rose")
    cue3 = _offsets("reportedly")
    lines = [
        f"T1\tSource {src[0]} {src[1]}\tAnn Lee",
        f"T2\tCue {cue[0]} {cue[1]}\tsaid",
        f"T3\tContent {q1[0]} {q1[1]};{q2[0]} {q2[1]}\tx",
        f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tSource {s2[0]} {s2[1]}\tThe council",
        f"T6\tCue {cue2[0]} {cue2[1]}\tsaid",
        f"T7\tContent {c2[0]} {c2[1]}\tthe budget was cut",
        f"T8\tAttribution {cue2[0]} {cue2[1]}\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        f"T9\tCue {cue3[0]} {cue3[1]}\treportedly",
        f"T10\tContent {c3[0]} {c3[1]}\tPrices rose",
        f"T11\tAttribution-no-source {cue3[0]} {cue3[1]}\treportedly",
        "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
    ]
    (folder / "attributions" / "a1_aaaa.ann").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "attributions" / "a1_bbbb.ann").write_text("", encoding="utf-8")
    return folder


def _row(
    sub: str, speaker: str | None, mention: str | None, cue: str = "said", **extra: Any
) -> dict[str, Any]:
    """A quotes.jsonl row for ``sub``; its cue is the first ``cue`` before it."""
    start, end = _offsets(sub)
    m = _offsets(mention) if mention else (None, None)
    cue_start = TEXT.rindex(cue, 0, start) if cue in TEXT[:start] else TEXT.index(cue, end)
    return {
        "doc": "a1",
        "text": sub,
        "start": start,
        "end": end,
        "speaker": speaker,
        "speaker_start": m[0],
        "speaker_end": m[1],
        "cue": cue,
        "cue_start": cue_start,
        "cue_end": cue_start + len(cue),
        **extra,
    }


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [({1, 2, 3}, {1, 2, 3}, 1.0), ({1, 2}, {3, 4}, 0.0), ({1, 2, 3, 4}, {1, 2}, 2 / 3)],
)
def test_dice(ev: ModuleType, a: set[int], b: set[int], expected: float) -> None:
    assert ev.dice(frozenset(a), frozenset(b)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ('"We will win,"', True),
        ("''Yes, we will,''", True),
        ("“The end.”.", True),
        ('the vote was "a mistake"', False),
        ("the budget was cut", False),
    ],
)
def test_direct_means_enclosed_in_quotation_marks(
    ev: ModuleType, content: str, direct: bool
) -> None:
    assert ev.is_direct(content) is direct


def test_read_polnear_uses_first_annotator_and_sourced_attributions(
    ev: ModuleType, tmp_path: Path
) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    assert list(texts) == ["a1"]
    attrs = gold["a1"]
    assert len(attrs) == 2  # the source-less "reportedly" is not gold
    split = attrs[0]
    assert len(split.content) == 2 and split.direct
    assert split.source_words == frozenset({"ann", "lee"})
    assert not attrs[1].direct


def test_perfect_predictions_score_one(ev: ModuleType, tmp_path: Path) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    first = _row('"We will win,"', "Ann Lee", "Ann Lee")
    rows = [
        first,
        _row('"The polls are wrong."', "Ann Lee", "Ann Lee"),
        _row("the budget was cut", "The council", "The council"),
    ]
    s = ev.score(texts, gold, ev.to_predictions(rows, join=True))
    assert s.all.prf() == (1.0, 1.0, 1.0)
    assert (s.direct.predicted, s.direct.gold, s.reported.gold) == (1, 1, 1)


def test_split_quote_counts_twice_unless_joined(ev: ModuleType, tmp_path: Path) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    first = _row('"We will win,"', "Ann Lee", "Ann Lee")
    second = _row('"The polls are wrong."', "Ann Lee", "Ann Lee")
    apart = ev.score(texts, gold, ev.to_predictions([first, second], join=False))
    joined = ev.score(texts, gold, ev.to_predictions([first, second], join=True))
    assert (apart.all.predicted, apart.all.correct_pred) == (2, 1)
    assert (joined.all.predicted, joined.all.correct_pred) == (1, 1)
    assert first["cue_start"] == second["cue_start"]  # joined by the cue they share


def test_rows_of_different_cues_are_not_joined(ev: ModuleType) -> None:
    rows = [_row('"We will win,"', "Ann Lee", "Ann Lee"), _row("the budget was cut", "x", None)]
    assert len(ev.to_predictions(rows, join=True)) == 2


def test_wrong_speaker_matches_content_but_is_not_correct(ev: ModuleType, tmp_path: Path) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    rows = [_row("the budget was cut", "Ann Lee", "Ann Lee")]
    s = ev.score(texts, gold, ev.to_predictions(rows))
    assert (s.all.content_pred, s.all.correct_pred) == (1, 0)
    assert len(s.false_pos) == 1


def test_speaker_right_by_shared_word_of_canonical_name(ev: ModuleType, tmp_path: Path) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    # The mention points elsewhere, but the canonical name shares "council" with the source.
    rows = [_row("the budget was cut", "City Council", "Ann Lee")]
    s = ev.score(texts, gold, ev.to_predictions(rows))
    assert s.all.correct_pred == 1


def test_matching_is_one_to_one(ev: ModuleType, tmp_path: Path) -> None:
    texts, gold = ev.read_polnear(_brat(tmp_path))
    rows = [
        _row("the budget was cut", "The council", "The council"),
        _row("The council said the budget was cut", "The council", "The council"),
    ]
    s = ev.score(texts, gold, ev.to_predictions(rows))
    assert (s.all.predicted, s.all.correct_pred, s.all.correct_gold) == (2, 1, 1)


def test_seeds_gold_optional_quotes_are_neither_rewarded_nor_penalised(
    ev: ModuleType, tmp_path: Path
) -> None:
    gold_file = tmp_path / "gold.json"
    s2 = _offsets("The council")
    c2 = _offsets("the budget was cut")
    q1 = _offsets('"We will win,"')
    gold_file.write_text(
        json.dumps(
            {
                "speakers": [
                    {"id": "lee", "name": "Ann Lee", "aliases": ["Lee"]},
                    {"id": "council", "name": "City Council", "aliases": []},
                ],
                "quotes": [
                    {"doc": "a1", "speaker": "lee", "start": q1[0], "end": q1[1], "kind": "direct"},
                    {
                        "doc": "a1",
                        "speaker": "council",
                        "start": c2[0],
                        "end": c2[1],
                        "kind": "indirect",
                        "mention_start": s2[0],
                        "mention_end": s2[1],
                        "optional": True,
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    gold = ev.read_seeds_gold(gold_file, {"a1": TEXT})
    rows = [
        _row('"We will win,"', "Lee", None),
        _row("the budget was cut", "The council", "The council"),
    ]
    s = ev.score({"a1": TEXT}, gold, ev.to_predictions(rows))
    assert (s.all.predicted, s.all.gold, s.all.correct_pred) == (1, 1, 1)


def test_polnear_dev_split_reads_when_present(ev: ModuleType, polnear_dir: Path) -> None:
    texts, gold = ev.read_polnear(polnear_dir / "dev")
    assert texts and set(gold) == set(texts)
    for doc, attrs in list(gold.items())[:5]:
        for a in attrs:
            assert a.source and a.content
            assert all(0 <= s < e <= len(texts[doc]) for s, e in a.content)
