"""A query word's match to a graph word does not depend on the run's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from kg.query.words import word_match

_PROBE = (
    "from kg.query.words import word_match; print(word_match('investigation', 'investigators'))"
)


def test_the_best_pair_of_forms_is_taken() -> None:
    # "investigat" is a prefix of "investigation": 0.8, whatever near spelling comes first
    assert word_match("investigation", "investigators") == 0.8


def test_the_same_match_under_every_hash_seed() -> None:
    seen = set()
    for seed in ("0", "3", "5", "6", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
        )
        seen.add(out.stdout.strip())
    assert seen == {"0.8"}
