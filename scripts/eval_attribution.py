"""Score kg's quote extraction and attribution against annotated data.

Two gold formats are understood:

* **PolNeAR** (brat standoff): a folder with ``text/*.txt`` and ``attributions/*.ann``.
  Each ``E`` line links a Content, a Cue and a Source. Where several annotators
  annotated one article (``<stem>_<annotator>.ann``) the first file in sorted
  order is used. Attributions without a source ("Attribution-no-source") are
  not counted as gold; a prediction that matches one counts as a false positive.
* **seeds-gold.json** (``--seeds-gold``): the hand-made answer for ``seeds/``.
  Optional gold quotes are dropped from recall, and a prediction matched to one
  is not a false positive.

Definitions (the same for both):

* content match: Dice overlap of the word tokens (by position) of the predicted
  and the gold content spans >= 0.5, in the same article; matching is one-to-one,
  greedy by Dice;
* speaker right: the predicted speaker mention overlaps the gold source span, or
  the canonical speaker name shares a word (not a stop word) with the gold
  source text (for the seeds: with the gold speaker's name, aliases or generic
  mentions);
* an attribution is correct when its content matches and its speaker is right;
  P = correct / predicted, R = correct / gold;
* direct = the content starts and ends with quotation marks, reported speech =
  everything else (indirect and mixed); predictions are split by the same rule.

The predictions are made by the real pipeline (``extract_article`` then
``assemble`` then ``quote_rows``; ``--learned`` adds the learned attributions of
:mod:`kg.extract.quotes.learned`, off in kg by default) or read from a ``kg quotes --format jsonl``
file with ``--quotes``. ``--cache DIR`` keeps the parsed docs as a spaCy DocBin
so repeated runs skip parsing (a development convenience; the cache is keyed by
the texts and the model).

Usage::

    python scripts/eval_attribution.py ../shared/data/polnear/dev
    python scripts/eval_attribution.py ../shared/data/polnear/train --cache /tmp/kg-cache
    python scripts/eval_attribution.py --seeds-gold ../shared/eval/seeds-gold.json seeds
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_LEADING = re.compile(r"^(?:''|[\"“”„«»])")
_TRAILING = re.compile(r"(?:''|[\"“”„«»])$")
_WORD = re.compile(r"\w+", re.UNICODE)
STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "with",
        "from",
        "'s",
        "s",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


# --- records ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldAttribution:
    doc: str
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    source_words: frozenset[str]
    direct: bool
    optional: bool = False


@dataclass(frozen=True)
class Prediction:
    doc: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    direct: bool
    row: dict[str, Any] = field(default_factory=dict, compare=False)
    #: Further content spans joined to this one (continuations of a split quote).
    more: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end), *self.more)


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    correct_pred: int = 0
    correct_gold: int = 0
    content_pred: int = 0
    content_gold: int = 0

    def prf(self, content_only: bool = False) -> tuple[float, float, float]:
        tp_p = self.content_pred if content_only else self.correct_pred
        tp_g = self.content_gold if content_only else self.correct_gold
        p = tp_p / self.predicted if self.predicted else 0.0
        r = tp_g / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# --- helpers ------------------------------------------------------------------------------
def is_direct(text: str) -> bool:
    """Content that starts and ends with a (double) quotation mark (``''`` counts as one)."""
    t = text.strip().rstrip(".,;:").strip()
    return len(t) >= 3 and bool(_LEADING.match(t)) and bool(_TRAILING.search(t[1:]))


def word_positions(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Start offsets of the word tokens inside ``spans``."""
    out: set[int] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            out.add(m.start())
    return frozenset(out)


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def content_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in STOP_WORDS}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def speaker_right(pred: Prediction, gold: GoldAttribution) -> bool:
    if pred.speaker_start is not None and pred.speaker_end is not None:
        mention = (pred.speaker_start, pred.speaker_end)
        if any(_overlaps(mention, s) for s in gold.source):
            return True
    return bool(pred.speaker and content_words(pred.speaker) & gold.source_words)


# --- gold readers -------------------------------------------------------------------------
def _spans(field_text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path, doc: str, text: str) -> list[GoldAttribution]:
    """The sourced attributions of one brat file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where))
        elif line.startswith("E"):
            parts = line.split("\t")
            roles: dict[str, list[str]] = defaultdict(list)
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[re.sub(r"\d+$", "", role)].append(ref)
            events.append(roles)
    out = []
    for roles in events:
        if "Attribution" not in roles or not roles.get("Source") or not roles.get("Content"):
            continue
        content = tuple(s for ref in roles["Content"] if ref in spans for s in spans[ref][1])
        source = tuple(s for ref in roles["Source"] if ref in spans for s in spans[ref][1])
        if not content or not source:
            continue
        content_text = text[min(a for a, _ in content) : max(b for _, b in content)]
        words: set[str] = set()
        for a, b in source:
            words |= content_words(text[a:b])
        out.append(GoldAttribution(doc, content, source, frozenset(words), is_direct(content_text)))
    return out


def read_polnear(folder: Path) -> tuple[dict[str, str], dict[str, list[GoldAttribution]]]:
    """Texts and gold attributions of a PolNeAR split folder."""
    texts: dict[str, str] = {}
    gold: dict[str, list[GoldAttribution]] = {}
    anns = sorted((folder / "attributions").glob("*.ann"))
    for txt in sorted((folder / "text").glob("*.txt")):
        stem = txt.stem
        text = txt.read_text(encoding="utf-8")
        mine = [a for a in anns if a.stem == stem or a.stem.rsplit("_", 1)[0] == stem]
        if not mine:
            continue
        texts[stem] = text
        gold[stem] = read_ann(mine[0], stem, text)
    return texts, gold


def read_seeds_gold(path: Path, texts: dict[str, str]) -> dict[str, list[GoldAttribution]]:
    """The quotes of seeds-gold.json as gold attributions."""
    data = json.loads(path.read_text(encoding="utf-8"))
    speakers = {s["id"]: s for s in data["speakers"]}
    gold: dict[str, list[GoldAttribution]] = defaultdict(list)
    for q in data["quotes"]:
        if q["doc"] not in texts:
            continue
        sp = speakers.get(q["speaker"], {})
        words: set[str] = set()
        names = [sp.get("name", ""), *sp.get("aliases", []), *sp.get("generic_mentions", [])]
        for co in q.get("co_speakers", []):
            cs = speakers.get(co, {})
            names += [cs.get("name", ""), *cs.get("aliases", [])]
        for n in names:
            words |= content_words(n)
        source: tuple[tuple[int, int], ...] = ()
        if q.get("mention_start") is not None:
            source = ((q["mention_start"], q["mention_end"]),)
        gold[q["doc"]].append(
            GoldAttribution(
                q["doc"],
                ((q["start"], q["end"]),),
                source,
                frozenset(words),
                q.get("kind") == "direct",
                bool(q.get("optional")),
            )
        )
    return gold


# --- predictions --------------------------------------------------------------------------
def parse_cached(texts: Sequence[str], cache: Path | None) -> list[Any]:
    """Parse ``texts`` with kg's model, through kg's parse cache when ``cache`` is given."""
    from kg.extract.nlp import PARSE_BATCH_SIZE, load_model, model_fingerprint
    from kg.run.parses import ParseCache, parse_with_cache

    nlp = load_model()
    parses = ParseCache(cache, model_fingerprint()) if cache is not None else None
    return list(parse_with_cache(texts, nlp, parses, PARSE_BATCH_SIZE))


def parse_texts(texts: dict[str, str], cache: Path | None) -> list[Any]:
    """The parses of ``texts`` read as kg reads an article, in order (:func:`predict`'s)."""
    from kg.read.articles import article_from_text

    return parse_cached([article_from_text(t, i).text for i, t in texts.items()], cache)


def predict(
    texts: dict[str, str],
    cache: Path | None,
    assemble_corpus: bool = True,
    learned: bool = False,
    docs: Sequence[Any] | None = None,
) -> list[dict[str, Any]]:
    """Run kg's per-article extraction and corpus assembly; return quote rows.

    Without ``assemble_corpus`` only the quotes stage runs and a quote's speaker
    name is its antecedent or mention text (faster, for development). With ``learned``
    the learned attributions are added (:mod:`kg.extract.quotes.learned`). ``docs``: the
    texts' parses from :func:`parse_texts`, when a caller predicts more than once.
    """
    from kg.extract.quotes import extract_quotes
    from kg.extract.records import extract_article
    from kg.outputs.rows import quote_row, quote_rows
    from kg.read.articles import article_from_text
    from kg.run.pipeline import assemble

    articles = [article_from_text(t, i) for i, t in texts.items()]
    if docs is None:
        docs = parse_texts(texts, cache)
    if assemble_corpus:
        records = [extract_article(d, a, learned) for d, a in zip(docs, articles, strict=True)]
        result = assemble(records, name="eval")
        return quote_rows(result.quotes, result.speakers)
    rows = []
    for d, a in zip(docs, articles, strict=True):
        for q in extract_quotes(d, a.id, learned=learned):
            name = q.antecedent or q.mention
            rows.append(quote_row(q, name.text if name else None))
    return rows


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def to_predictions(rows: Iterable[dict[str, Any]], join: bool = False) -> list[Prediction]:
    """Rows as predictions; with ``join``, the rows of one cue become one attribution.

    ``kg quotes`` writes '"X," he said, "Y."' as two rows with the same cue offsets
    (and a quoted passage that carries on without a cue of its own with the cue of
    the quote it continues). Joined by ``(doc, cue_start, cue_end)``, such rows are
    scored as one attribution with discontinuous content, the unit PolNeAR
    annotates. Only the fixed quotes.jsonl fields are used, so a ``--quotes`` file
    scores exactly as the pipeline's own rows do.
    """
    rows = list(rows)
    preds = [
        Prediction(
            r["doc"],
            r["start"],
            r["end"],
            r.get("speaker"),
            r.get("speaker_start"),
            r.get("speaker_end"),
            is_direct(r["text"]),
            r,
        )
        for r in rows
    ]
    if not join:
        return preds
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(preds):
        cue = (p.row.get("cue_start"), p.row.get("cue_end"))
        groups[(p.doc, *cue) if cue[0] is not None else (p.doc, "row", i)].append(i)
    out = []
    for members in groups.values():
        h = preds[members[0]]
        more = tuple((preds[i].start, preds[i].end) for i in members[1:])
        direct = all(preds[i].direct for i in members)
        out.append(
            Prediction(
                h.doc,
                h.start,
                h.end,
                h.speaker,
                h.speaker_start,
                h.speaker_end,
                direct,
                h.row,
                more,
            )
        )
    return out


# --- scoring ------------------------------------------------------------------------------
@dataclass
class Scores:
    all: Counts = field(default_factory=Counts)
    direct: Counts = field(default_factory=Counts)
    reported: Counts = field(default_factory=Counts)
    misses: list[tuple[GoldAttribution, Prediction | None]] = field(default_factory=list)
    false_pos: list[Prediction] = field(default_factory=list)


def score(
    texts: dict[str, str], gold: dict[str, list[GoldAttribution]], preds: list[Prediction]
) -> Scores:
    """One-to-one greedy matching by Dice, per article; see the module docstring."""
    by_doc: dict[str, list[Prediction]] = defaultdict(list)
    for p in preds:
        if p.doc in texts:
            by_doc[p.doc].append(p)
    s = Scores()
    for doc, text in texts.items():
        golds = gold.get(doc, [])
        ps = by_doc.get(doc, [])
        gw = [word_positions(text, g.content) for g in golds]
        pw = [word_positions(text, p.spans) for p in ps]
        pairs = []
        for i, a in enumerate(pw):
            for j, b in enumerate(gw):
                d = dice(a, b)
                if d >= 0.5:
                    pairs.append((d, i, j))
        pairs.sort(reverse=True)
        match_p: dict[int, int] = {}
        match_g: dict[int, int] = {}
        for _, i, j in pairs:
            if i not in match_p and j not in match_g:
                match_p[i] = j
                match_g[j] = i
        for i, p in enumerate(ps):
            j = match_p.get(i)
            if j is not None and golds[j].optional:
                continue
            bucket = s.direct if p.direct else s.reported
            for c in (s.all, bucket):
                c.predicted += 1
                if j is not None:
                    c.content_pred += 1
                    if speaker_right(p, golds[j]):
                        c.correct_pred += 1
            if j is None or not speaker_right(p, golds[j]):
                s.false_pos.append(p)
        for j, g in enumerate(golds):
            if g.optional:
                continue
            i = match_g.get(j)
            bucket = s.direct if g.direct else s.reported
            ok = i is not None and speaker_right(ps[i], g)
            for c in (s.all, bucket):
                c.gold += 1
                if i is not None:
                    c.content_gold += 1
                    if ok:
                        c.correct_gold += 1
            if not ok:
                s.misses.append((g, ps[i] if i is not None else None))
    return s


def report(s: Scores, title: str) -> str:
    lines = [title, f"{'':10}{'P':>7}{'R':>7}{'F1':>7}   {'pred':>6}{'gold':>6}   content P/R/F1"]
    for name, c in (("all", s.all), ("direct", s.direct), ("reported", s.reported)):
        p, r, f = c.prf()
        cp, cr, cf = c.prf(content_only=True)
        lines.append(
            f"{name:10}{p:7.3f}{r:7.3f}{f:7.3f}   {c.predicted:6d}{c.gold:6d}"
            f"   {cp:.3f}/{cr:.3f}/{cf:.3f}"
        )
    return "\n".join(lines)


def _show(text: str, spans: Iterable[tuple[int, int]]) -> str:
    return " | ".join(text[a:b].replace("\n", " ")[:160] for a, b in spans)


def dump_errors(s: Scores, texts: dict[str, str], n: int) -> str:
    out = ["", f"--- {min(n, len(s.misses))} of {len(s.misses)} missed gold attributions"]
    for g, p in s.misses[:n]:
        t = texts[g.doc]
        got = f"  [content ok, speaker {p.speaker!r}]" if p is not None else ""
        out.append(f"{g.doc[:30]} SRC={_show(t, g.source)!r} :: {_show(t, g.content)!r}{got}")
    out.append(f"--- {min(n, len(s.false_pos))} of {len(s.false_pos)} false positives")
    for p in s.false_pos[:n]:
        out.append(
            f"{p.doc[:30]} SPK={p.speaker!r} CUE={p.row.get('cue')!r} :: "
            f"{texts[p.doc][p.start : p.end][:160]!r}"
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="PolNeAR split folder, or the seeds folder")
    ap.add_argument("--seeds-gold", type=Path, help="score against this seeds-gold.json")
    ap.add_argument("--quotes", type=Path, help="score this quotes.jsonl instead of running kg")
    ap.add_argument("--cache", type=Path, help="folder for a DocBin cache of the parses")
    ap.add_argument(
        "--quotes-only",
        action="store_true",
        help="run only the quotes stage (speaker = antecedent or mention); for development",
    )
    ap.add_argument(
        "--split-quotes",
        action="store_true",
        help="score every row on its own instead of joining the rows of one cue (PolNeAR)",
    )
    ap.add_argument(
        "--learned",
        action="store_true",
        help="add the learned attributions (views, demands, intentions; off in kg by default)",
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--errors", type=int, default=0, help="print N misses and false positives")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    if args.seeds_gold:
        texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.data.glob("*.txt"))}
        gold = read_seeds_gold(args.seeds_gold, texts)
        texts = {k: v for k, v in texts.items() if k in gold}
    else:
        texts, gold = read_polnear(args.data)
    if args.limit:
        texts = dict(list(texts.items())[: args.limit])
    rows = (
        read_rows(args.quotes)
        if args.quotes
        else predict(texts, args.cache, not args.quotes_only, args.learned)
    )
    join = not args.seeds_gold and not args.split_quotes
    s = score(texts, gold, to_predictions(rows, join=join))
    if args.json:
        figures = {}
        for name, c in (("all", s.all), ("direct", s.direct), ("reported", s.reported)):
            p, r, f = c.prf()
            figures[name] = {"p": p, "r": r, "f1": f, "pred": c.predicted, "gold": c.gold}
        print(json.dumps(figures, indent=1))
    else:
        print(report(s, f"{args.data} ({len(texts)} articles)"))
    if args.errors:
        print(dump_errors(s, texts, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
