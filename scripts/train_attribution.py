"""Train the learned attribution model (:mod:`kg.extract.quotes.learned`) on PolNeAR.

For each article: kg's rule quotes (``extract_quotes``, learned attributions off), then every
open candidate (:func:`kg.extract.quotes.learned.open_candidates`). A candidate is a
positive example when its content matches a gold attribution the rule quotes do not
match (word Dice >= .5, the measure of ``scripts/eval_attribution.py``) and its source
token lies in that attribution's source. A logistic model (numpy, AdaGrad, L2) is fitted
on the articles from ``--split`` on; the threshold is the lowest score at which the
best candidate of each cue word, ranked on the held-out articles before ``--split``,
keeps a running precision of at least ``--min-precision``; with ``--refit-all`` the
model is then fitted again on every article and keeps that threshold. The weights of
features seen at least three times are written as the Python module ``--out``, but
for those holding a word the corpus writes as a name at least half the time (the
features give names only their kind already; this catches a name the tagger took for
a common word) and for those holding a topic word, one found in fewer than 2% of the
articles (a story's subject, not the English of reporting). ``--rewrite`` fits nothing:
it writes the shipped fit again through those two filters.

``--operating-point FLOOR`` fits nothing either: it keeps the shipped weights and picks the
two thresholds by running kg's real pipeline (``eval_attribution.predict`` with
``--learned``) on the held-out articles before ``--split`` for every pair of a small grid,
and writes the pair that gets the most attributions right (speaker and content, as
``eval_attribution.py`` scores them) while its precision stays at least FLOOR. The label
precision ``--target`` picks by is not the scorer's: this reads the scorer itself.

With ``--gate`` a second model, the gate, is fitted on the rule quotes' cue groups
(right = content matched and speaker right, as the scorer counts), and the two thresholds
are picked together on the held-out articles (replacing the one above): the most right
rows at a precision (by these labels) of at least ``--target``.

Usage (the shipped weights, numpy only, ~3 min with a parse cache; then the shipped
thresholds, ~20 min: the pipeline runs once per pair of the grid)::

    .venv/bin/python scripts/train_attribution.py ../shared/data/polnear/train \\
        --cache /tmp/kg-cache-train --min-precision 0.70 --gate --target 0.88
    .venv/bin/python scripts/train_attribution.py ../shared/data/polnear/train \\
        --cache /tmp/kg-cache-train --rewrite
    .venv/bin/python scripts/train_attribution.py ../shared/data/polnear/train \\
        --cache /tmp/kg-cache-train --operating-point 0.86
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_attribution as ea

from kg.extract.quotes import extract_quotes, learned
from kg.extract.quotes.learned import cue_groups, open_candidates, quote_features
from kg.lexicon import attribution_weights


@dataclass(frozen=True)
class Example:
    article: int
    head: tuple[str, int]
    features: tuple[str, ...]
    positive: bool


@dataclass(frozen=True)
class Examples:
    candidates: list[Example]
    rules: list[Example]


def _source_span(tok: Any) -> tuple[int, int]:
    """A pronoun itself; a noun phrase from its left edge to its head."""
    if tok.pos_ == "PRON":
        return (tok.idx, tok.idx + len(tok))
    return (tok.left_edge.idx, tok.idx + len(tok))


def examples_of(i: int, doc_id: str, doc: Any, text: str, golds: Any) -> Examples:
    """The candidates of one article and its rule quotes' cue groups, labelled."""
    quotes = extract_quotes(doc, doc_id)
    taken = [ea.word_positions(text, [(q.start, q.end)]) for q in quotes]
    gws = [(g, ea.word_positions(text, g.content)) for g in golds]
    open_gold = [(g, w) for g, w in gws if not any(ea.dice(w, t) >= 0.5 for t in taken)]
    found = Examples([], [])
    for c in open_candidates(doc, quotes):
        words = ea.word_positions(text, [(c.start, c.end)])
        src = _source_span(doc[c.subject])
        hit = any(
            ea.dice(words, w) >= 0.5 and any(a < src[1] and src[0] < b for a, b in g.source)
            for g, w in open_gold
        )
        found.candidates.append(Example(i, (doc_id, c.head), c.features, hit))
    for n, group in enumerate(cue_groups(quotes)):
        words = ea.word_positions(text, [(q.start, q.end) for q in group])
        right = any(ea.dice(words, w) >= 0.5 and _speaker_right(group[0], g) for g, w in gws)
        feats = quote_features(doc, group[0], quotes, len(group))
        found.rules.append(Example(i, (doc_id, n), feats, right))
    return found


def _speaker_right(q: Any, gold: Any) -> bool:
    """The eval's test, on a quote: its mention overlaps the source, or the mention or
    what it stands for shares a word with it."""
    for span in (q.mention, q.antecedent):
        if span is None:
            continue
        if any(a < span.end and span.start < b for a, b in gold.source):
            return True
        if ea.content_words(span.text) & gold.source_words:
            return True
    return False


def fit(train: list[Example], l2: float, epochs: int, rate: float) -> dict[str, float]:
    """Logistic regression by AdaGrad over binary features; the bias is the key ''."""
    counts = Counter(f for x in train for f in set(x.features))
    vocab = {f: n for n, f in enumerate(sorted(f for f, c in counts.items() if c >= 3), 1)}
    rows = [np.array(sorted({vocab[f] for f in x.features if f in vocab} | {0})) for x in train]
    y = np.array([1.0 if x.positive else 0.0 for x in train])
    w = np.zeros(len(vocab) + 1)
    g2 = np.full(len(vocab) + 1, 1e-8)
    rng = np.random.default_rng(0)
    order = np.arange(len(rows))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            r = rows[k]
            p = 1.0 / (1.0 + np.exp(-np.clip(w[r].sum(), -30, 30)))
            grad = (p - y[k]) + l2 * w[r]
            g2[r] += grad * grad
            w[r] -= rate * grad / np.sqrt(g2[r])
    names = {n: f for f, n in vocab.items()} | {0: ""}
    return {names[n]: float(v) for n, v in enumerate(w)}


def score(weights: dict[str, float], x: Example) -> float:
    z = weights[""] + sum(weights.get(f, 0.0) for f in set(x.features))
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def _best_per_cue(weights: dict[str, float], held: list[Example]) -> list[tuple[float, bool]]:
    best: dict[tuple[str, int], tuple[float, bool]] = {}
    for x in held:
        s = score(weights, x)
        if s > best.get(x.head, (-1.0, False))[0]:
            best[x.head] = (s, x.positive)
    return sorted(best.values(), reverse=True)


def pick_threshold(weights: dict[str, float], held: list[Example], floor: float) -> float:
    """The lowest score whose running precision (best candidate per cue word) >= floor."""
    ranked = _best_per_cue(weights, held)
    right, threshold = 0, 1.01
    for n, (s, ok) in enumerate(ranked, 1):
        right += ok
        if right / n >= floor:
            threshold = s
    kept = [ok for s, ok in ranked if s >= threshold]
    print(f"held-out: {len(kept)} taken, {sum(kept)} right at threshold {threshold:.3f}")
    return threshold


def pick_gate(
    gate: dict[str, float], rules: list[Example], ranked: list[tuple[float, bool]], target: float
) -> tuple[float, float]:
    """The gate and candidate thresholds that take the most right rows on the held-out
    articles while their precision (by these labels) stays >= ``target``."""
    rule_scores = sorted((score(gate, x), x.positive) for x in rules)
    best = (-1, 0.0, 1.01)
    for gt in [0.0, *(s for s, _ in rule_scores[:400:5])]:
        kept = [ok for s, ok in rule_scores if s >= gt]
        right, rows = sum(kept), len(kept)
        for n, (s, ok) in enumerate(ranked, 1):
            right += ok
            if right / (rows + n) >= target and right > best[0]:
                best = (right, gt, s)
    dropped = sum(1 for s, _ in rule_scores if s < best[1])
    print(f"held-out: gate {best[1]:.3f} drops {dropped} rule rows; candidates from {best[2]:.3f}")
    return best[1], best[2]


TOPIC_SHARE = 0.02
"""A word found in fewer than this share of the training articles is a topic of a few
stories ("vaccine", "pipeline"), not the English of reporting."""


def name_words(docs: list[Any]) -> frozenset[str]:
    """Words the corpus writes as names at least half the time ("Lee", and "lee" in a
    hashtag), and topic words (in fewer than :data:`TOPIC_SHARE` of the articles): a
    feature holding one is not written, so no name and no story's topic enters kg."""
    named: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for doc in docs:
        words: set[str] = set()
        for tok in doc:
            word = tok.lemma_.lower()
            seen[word] += 1
            words.add(word)
            capital = tok.text[:1].isupper() and tok.i != tok.sent.start
            if tok.pos_ == "PROPN" or tok.ent_type_ or capital:
                named[word] += 1
        articles.update(words)
    topics = {w for w, n in articles.items() if n < TOPIC_SHARE * len(docs)}
    return frozenset(topics | {w for w, n in named.items() if n >= 0.5 * seen[w]})


def shipped_models() -> dict[str, tuple[dict[str, float], float]]:
    """The fit in kg's weights module, as :func:`write_module` takes it (``--rewrite``)."""
    w = attribution_weights
    return {
        "ATTRIBUTION": (
            {"": w.ATTRIBUTION_BIAS, **w.ATTRIBUTION_WEIGHTS},
            w.ATTRIBUTION_THRESHOLD,
        ),
        "GATE": ({"": w.GATE_BIAS, **w.GATE_WEIGHTS}, w.GATE_THRESHOLD),
    }


def _has_name(feature: str, names: frozenset[str]) -> bool:
    return any(w in names for w in feature.partition("=")[2].split())


def _lines(
    prefix: str, weights: dict[str, float], threshold: float, names: frozenset[str]
) -> list[str]:
    kept = {
        f: round(v, 3)
        for f, v in sorted(weights.items())
        if f and abs(v) >= 0.005 and not _has_name(f, names)
    }
    return [
        f"{prefix}_BIAS = {round(weights[''], 4)}",
        f"{prefix}_THRESHOLD = {round(threshold, 4)}",
        f"{prefix}_WEIGHTS: dict[str, float] = {{",
        *(f"    {json.dumps(f)}: {v}," for f, v in kept.items()),
        "}",
    ]


def write_module(
    path: Path, models: dict[str, tuple[dict[str, float], float]], names: frozenset[str]
) -> None:
    lines = [
        '"""Weights of the learned attribution model and of its gate on the rule quotes',
        "(:mod:`kg.extract.quotes.learned`).",
        "",
        "Written by ``scripts/train_attribution.py`` from PolNeAR train; general parse",
        "features only (lemmas of common words, entity types, dependency labels). Do not edit.",
        '"""',
        "",
    ]
    for prefix, (weights, threshold) in models.items():
        lines += [*_lines(prefix, weights, threshold, names), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


ATTRIBUTION_GRID = (0.54, 0.55, 0.56, 0.57, 0.58, 0.5982)
GATE_GRID = (0.50, 0.55, 0.58, 0.598, 0.62)
"""The thresholds ``--operating-point`` tries (the shipped pair of session 12 among them)."""


def pipeline_figures(
    texts: dict[str, str], gold: Any, docs: Sequence[Any] | None, pair: tuple[float, float]
) -> tuple[float, int]:
    """Precision and right rows of kg's ``--learned`` pipeline at ``pair`` (attribution
    threshold, gate threshold), scored as ``eval_attribution.py`` scores; the shipped
    thresholds are back in place afterwards."""
    shipped = learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD
    learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD = pair
    try:
        rows = ea.predict(texts, None, learned=True, docs=docs)
    finally:
        learned.ATTRIBUTION_THRESHOLD, learned.GATE_THRESHOLD = shipped
    counts = ea.score(texts, gold, ea.to_predictions(rows, join=True)).all
    p = counts.prf()[0]
    print(f"  thresholds {pair}: P {p:.3f}, {counts.correct_pred} right of {counts.predicted}")
    return p, counts.correct_pred


def best_pair(
    figures: dict[tuple[float, float], tuple[float, int]],
    floor: float,
    fallback: tuple[float, float],
) -> tuple[float, float]:
    """The pair with the most right rows among those whose precision is at least
    ``floor`` (the first such in ``figures``' order on a tie); ``fallback`` when none is.

    >>> best_pair({(0.5, 0.5): (0.84, 90), (0.6, 0.5): (0.87, 80), (0.7, 0.5): (0.9, 70)},
    ...           0.86, (0.6, 0.6))
    (0.6, 0.5)
    """
    best, most = fallback, -1
    for pair, (p, right) in figures.items():
        if p >= floor and right > most:
            best, most = pair, right
    return best


def pick_operating_point(
    texts: dict[str, str], gold: Any, cache: Path | None, floor: float
) -> tuple[float, float]:
    """The grid pair with the most right rows at a pipeline precision of at least ``floor``."""
    grid = [(a, g) for a in ATTRIBUTION_GRID for g in GATE_GRID]
    docs = ea.parse_texts(texts, cache)  # parsed once for the whole grid
    figures = {pair: pipeline_figures(texts, gold, docs, pair) for pair in grid}
    shipped = (attribution_weights.ATTRIBUTION_THRESHOLD, attribution_weights.GATE_THRESHOLD)
    best = best_pair(figures, floor, shipped)
    print(f"picked thresholds {best} ({figures.get(best, (0.0, 0))[1]} right)")
    return best


def _arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="a PolNeAR split folder (train)")
    ap.add_argument("--cache", type=Path, help="parse cache folder")
    ap.add_argument("--split", type=int, default=300, help="held-out articles [0, split)")
    ap.add_argument("--min-precision", type=float, default=0.65)
    ap.add_argument(
        "--gate",
        action="store_true",
        help="also fit the gate on the rule quotes; both thresholds then keep --target",
    )
    ap.add_argument("--target", type=float, default=0.85, help="held-out precision to keep")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument(
        "--refit-all",
        action="store_true",
        help="after picking the threshold, refit on every article (the shipped weights)",
    )
    ap.add_argument("--out", type=Path, default=Path("kg/lexicon/attribution_weights.py"))
    ap.add_argument(
        "--rewrite",
        action="store_true",
        help="fit nothing: write the shipped fit again through the name and topic filters",
    )
    ap.add_argument(
        "--operating-point",
        type=float,
        metavar="FLOOR",
        help="fit nothing: pick the shipped weights' two thresholds with kg's pipeline",
    )
    return ap.parse_args()


def write_operating_point(a: argparse.Namespace, texts: dict[str, str], gold: Any) -> None:
    """``--operating-point``: the shipped weights with the thresholds kg's pipeline picks."""
    held = dict(list(texts.items())[: a.split])
    attribution, gate = pick_operating_point(held, gold, a.cache, a.operating_point)
    models = shipped_models()
    models["ATTRIBUTION"] = (models["ATTRIBUTION"][0], attribution)
    models["GATE"] = (models["GATE"][0], gate)
    docs = ea.parse_cached(list(texts.values()), a.cache)
    write_module(a.out, models, name_words(docs))


def main() -> None:
    a = _arguments()
    texts, gold = ea.read_polnear(a.data)
    if a.operating_point is not None:
        write_operating_point(a, texts, gold)
        return
    docs = ea.parse_cached(list(texts.values()), a.cache)
    if a.rewrite:
        write_module(a.out, shipped_models(), name_words(docs))
        return
    cands: list[Example] = []
    rules: list[Example] = []
    for i, (doc_id, doc) in enumerate(zip(texts, docs, strict=True)):
        found = examples_of(i, doc_id, doc, texts[doc_id], gold[doc_id])
        cands += found.candidates
        rules += found.rules
    print(f"{len(cands)} candidates, {sum(x.positive for x in cands)} positive")
    print(f"{len(rules)} rule cues, {sum(x.positive for x in rules)} right")
    weights = fit([x for x in cands if x.article >= a.split], a.l2, a.epochs, a.rate)
    held = [x for x in cands if x.article < a.split]
    threshold = pick_threshold(weights, held, a.min_precision)
    gate, gate_threshold = {"": 0.0}, 0.0
    if a.gate:
        gate = fit([x for x in rules if x.article >= a.split], a.l2, a.epochs, a.rate)
        held_rules = [x for x in rules if x.article < a.split]
        ranked = _best_per_cue(weights, held)
        gate_threshold, threshold = pick_gate(gate, held_rules, ranked, a.target)
    if a.refit_all:
        weights = fit(cands, a.l2, a.epochs, a.rate)
        if a.gate:
            gate = fit(rules, a.l2, a.epochs, a.rate)
    models = {"ATTRIBUTION": (weights, threshold), "GATE": (gate, gate_threshold)}
    write_module(a.out, models, name_words(docs))


if __name__ == "__main__":
    main()
