"""Score kg's speaker identities against a gold file with B-cubed precision, recall and F1.

Items are the gold quotes (not optional) that kg found: a kg quote in the same
article whose word tokens have Dice >= 0.5 with the gold quote's. The gold
cluster of an item is its gold speaker id; the predicted cluster is the id of
the kg speaker the matched quote was given (a quote kg gave no speaker is a
cluster of its own). Also lists the wrong merges (kg speakers holding quotes of
several gold speakers) and the wrong splits (gold speakers spread over several
kg speakers).

Usage::

    .venv/bin/python scripts/eval_speakers.py --gold ../shared/eval/seeds-gold.json seeds/
    .venv/bin/python scripts/eval_speakers.py --gold GOLD.json --aliases aliases.toml DIR
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    """The bag of lowercase word tokens of ``text``."""
    return Counter(w.lower() for w in _WORD.findall(text))


def dice(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bags of words."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def match_quotes(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, int]:
    """Gold quote id -> index of its best kg quote (Dice >= 0.5, same doc), one to one."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        by_doc[p["doc"]].append(i)
    bags = [words(p["text"]) for p in predicted]
    pairs = []
    for g in gold:
        gb = words(g["text"])
        for i in by_doc.get(g["doc"], []):
            score = dice(gb, bags[i])
            if score >= 0.5:
                pairs.append((score, g["id"], i))
    pairs.sort(reverse=True)
    matched: dict[str, int] = {}
    used: set[int] = set()
    for _score, gid, i in pairs:
        if gid in matched or i in used:
            continue
        matched[gid] = i
        used.add(i)
    return matched


def bcubed(gold_of: dict[str, str], pred_of: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of two clusterings of the same items."""
    items = list(gold_of)
    if not items:
        return 0.0, 0.0, 0.0
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_gold[gold_of[i]].add(i)
        by_pred[pred_of[i]].add(i)
    p = sum(
        len(by_pred[pred_of[i]] & by_gold[gold_of[i]]) / len(by_pred[pred_of[i]]) for i in items
    )
    r = sum(
        len(by_pred[pred_of[i]] & by_gold[gold_of[i]]) / len(by_gold[gold_of[i]]) for i in items
    )
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gold_quote_records(gold: list[dict[str, Any]], docs: set[str]) -> list[Any]:
    """The gold quotes as kg Quote records, with the gold speaker mention and no antecedent."""
    from kg.extract.quotes import Quote, Span
    from kg.lexicon import PRONOUNS

    out = []
    for g in gold:
        if g["doc"] not in docs:
            continue
        mention = None
        kind = "none"
        if g.get("speaker_mention") and g.get("mention_start") is not None:
            text = g["speaker_mention"]
            mention = Span(g["mention_start"], g["mention_end"], text)
            first = text.split()[0].lower() if text.split() else ""
            if text.lower() in PRONOUNS:
                kind = "pronoun"
            elif text[:1].isupper() and first not in ("the", "a", "an", "some", "both"):
                kind = "name"
            else:
                kind = "nominal"
        out.append(Quote(g["doc"], g["start"], g["end"], g["text"], g["kind"], None, mention, kind))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    parser.add_argument("--gold", required=True, type=Path, help="gold JSON (seeds-gold format)")
    parser.add_argument("--aliases", type=Path, default=None, help="a kg alias file (TOML)")
    parser.add_argument("--show", action="store_true", help="print every matched item")
    parser.add_argument(
        "--gold-quotes",
        action="store_true",
        help="resolve the gold quotes and their gold mentions instead of kg's quotes "
        "(scores the speaker stage alone; pronouns get no antecedent from the gold)",
    )
    args = parser.parse_args(argv)

    from kg.assemble.aliases import load_aliases
    from kg.assemble.speakers import resolve_speakers
    from kg.run.pipeline import analyze, load_articles

    gold_data = json.loads(args.gold.read_text(encoding="utf-8"))
    gold = [q for q in gold_data["quotes"] if not q.get("optional")]
    rules = load_aliases(args.aliases) if args.aliases else None
    # Only the stages speakers depend on: parse, quotes and mentions, then speakers.
    articles, _skipped, _warnings = load_articles(args.paths)
    records = analyze(articles)
    quotes = [q for r in records for q in r.quotes]
    if args.gold_quotes:
        quotes = gold_quote_records(gold, {a.id for a in articles})
    index = resolve_speakers(quotes, [m for r in records for m in r.mentions], rules)
    predicted = []
    for q in quotes:
        speaker = index.speaker_of(q)
        predicted.append(
            {
                "doc": q.doc,
                "text": q.text,
                "speaker": speaker.id if speaker else None,
                "mention": q.mention.text if q.mention else None,
            }
        )
    matched = match_quotes(gold, predicted)
    gold_of: dict[str, str] = {}
    pred_of: dict[str, str] = {}
    mention_of: dict[str, str] = {}
    for g in gold:
        if g["id"] not in matched:
            continue
        p = predicted[matched[g["id"]]]
        gold_of[g["id"]] = g["speaker"]
        pred_of[g["id"]] = p["speaker"] or f"<none:{g['id']}>"
        mention_of[g["id"]] = p["mention"] or "-"
    precision, recall, f1 = bcubed(gold_of, pred_of)
    print(f"gold quotes (not optional): {len(gold)}  matched by kg: {len(gold_of)}")
    print(f"kg speakers: {len(index.speakers)}  gold speakers: {len(gold_data['speakers'])}")
    print(f"B3 precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")

    golds_in: dict[str, Counter[str]] = defaultdict(Counter)
    preds_in: dict[str, Counter[str]] = defaultdict(Counter)
    for i, gsid in gold_of.items():
        golds_in[pred_of[i]][gsid] += 1
        preds_in[gsid][pred_of[i]] += 1
    merges = {k: v for k, v in golds_in.items() if len(v) > 1}
    splits = {k: v for k, v in preds_in.items() if len(v) > 1}
    print(f"\nwrong merges ({len(merges)}): kg speaker <- gold speakers (quotes)")
    for k, v in sorted(merges.items()):
        print(f"  {k} <- " + ", ".join(f"{g} ({n})" for g, n in v.most_common()))
    print(f"\nwrong splits ({len(splits)}): gold speaker -> kg speakers (quotes)")
    for k, v in sorted(splits.items()):
        print(f"  {k} -> " + ", ".join(f"{p} ({n})" for p, n in v.most_common()))
    if args.show:
        print("\nitems: gold id, gold speaker, kg speaker, kg mention")
        for i in sorted(gold_of):
            print(f"  {i}  {gold_of[i]:28} {pred_of[i]:40} {mention_of[i]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
