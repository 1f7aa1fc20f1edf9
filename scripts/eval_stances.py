"""Score kg's positions, stances and query answers against a gold file.

Stances
    kg's positions are mapped to gold positions by their evidence: a kg stance
    *matches* a gold stance evidence when both are in the same article and
    their word tokens have Dice >= 0.5; each kg position maps to the gold
    position whose evidence most of its supporting stances match (all its
    stances when none supports it) (unmapped positions stay
    unmapped, and their stances count as false positives). kg speakers map to
    gold speakers by name: the canonical name or an alias equal (case and
    punctuation aside, a leading "the" dropped) to a gold name or alias; a
    name that is only a gold *generic mention* ("the ministry", "officials"),
    or whose words all occur in the mention a gold quote gives ("commentators"
    for "some commentators and Russian bloggers"), maps through the offsets, to
    the speaker of the gold quote the stance overlaps (or the co-speaker of a joint
    source whose gold name holds every word of it). Then (speaker, position,
    stance) triples are scored, supports/disputes only: precision over every
    predicted triple; recall over the gold triples of strength ``explicit``
    plus the ``implicit`` ones that were found (an implicit gold triple is never
    counted missing).

Queries
    Every gold query is run through ``kg query --json`` against a graph built
    from the same articles. Answered speakers map to gold speakers as above
    (their evidence gives the offsets). A "speakers" query passes when every
    ``must`` speaker is answered and no ``must_not`` one is; a "quotes" query
    ("what did X say") passes when every ``must`` quote is covered by the
    evidence (Dice >= 0.5, same article) and no ``must_not`` quote is.

Usage::

    .venv/bin/python scripts/eval_stances.py --gold ../shared/eval/seeds-gold.json seeds/
    .venv/bin/python scripts/eval_stances.py --gold GOLD.json --codebook book.toml DIR -v
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
Triple = tuple[str, str, str]


def words(text: str) -> Counter[str]:
    """The bag of lowercase word tokens of ``text``."""
    return Counter(w.lower() for w in _WORD.findall(text))


def dice(a: str, b: str) -> float:
    """Dice coefficient of the word bags of two texts."""
    x, y = words(a), words(b)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def norm_name(name: str) -> str:
    """A name compared case- and punctuation-blind, without a leading article."""
    s = re.sub(r"[’']s\b", "", name.lower())
    s = re.sub(r"[^\w ]+", "", s.replace("-", " "))
    s = re.sub(r"^(the|a|an) ", "", " ".join(s.split()))
    return s


class SpeakerMap:
    """Maps kg speaker names (and the offsets of their statements) to gold speaker ids."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.generic: dict[str, set[str]] = defaultdict(set)
        self.names_of: dict[str, list[set[str]]] = defaultdict(list)
        for s in gold["speakers"]:
            for name in [s["name"], s["id"], *s.get("aliases", [])]:
                self.by_name[norm_name(name)].add(s["id"])
                self.names_of[s["id"]].append(set(norm_name(name).split()))
            for name in s.get("generic_mentions", []):
                self.generic[norm_name(name)].add(s["id"])
        self.quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in gold["quotes"]:
            self.quotes[q["doc"]].append(q)

    def gold_id(self, names: Iterable[str], doc: str | None, start: int, end: int) -> str | None:
        """The gold id of a kg speaker named ``names``, for a statement at ``doc[start:end]``."""
        normed = [norm_name(n) for n in names if n]
        ids: set[str] = set()
        for n in normed[:1]:  # the canonical name decides when it is a gold name
            ids = self.by_name.get(n, set())
        if len(ids) == 1:
            return next(iter(ids))
        votes: Counter[str] = Counter()
        for n in normed:
            for gid in self.by_name.get(n, set()):
                votes[gid] += 1
        if votes and len(votes) == 1:
            return next(iter(votes))
        if doc is None:
            return votes.most_common(1)[0][0] if votes else None
        # Through the offsets: the speaker of the gold quote this statement overlaps, when
        # the name is one of its names or generic mentions, or every word of the name is in
        # the mention the gold quote gives ("commentators" in "some commentators and ...").
        for q in self.quotes.get(doc, []):
            if q["start"] < end and start < q["end"]:
                sid = q["speaker"]
                co = set(q.get("co_speakers", []))
                mention = set(norm_name(q.get("speaker_mention") or "").split())
                for n in normed:
                    if sid in self.by_name.get(n, set()) or sid in self.generic.get(n, set()):
                        return str(sid)
                    for c in co:
                        if c in self.by_name.get(n, set()) or c in self.generic.get(n, set()):
                            return str(c)
                        # part of a co-speaker's name ("Russian pro-war bloggers" for "a
                        # group of Russian pro-war bloggers"), not the joint mention's first
                        if n and any(set(n.split()) <= words for words in self.names_of[c]):
                            return str(c)
                    if n and set(n.split()) <= mention:
                        return str(sid)
        return votes.most_common(1)[0][0] if votes else None


def map_positions(
    stances: list[dict[str, Any]], gold: dict[str, Any]
) -> tuple[dict[str, str], dict[str, Counter[str]]]:
    """kg position id -> gold position id, by the evidence their stances share."""
    evidence: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for st in gold["stances"]:
        for ev in st["evidence"]:
            evidence[st["position"]].append((ev["doc"], ev["text"]))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    supporting = [st for st in stances if st["stance"] == "supports"]
    backed = {st["position"] for st in supporting}
    # A position is what its supporters say: their evidence decides, when it has any.
    for st in supporting + [st for st in stances if st["position"] not in backed]:
        for gpos, evs in evidence.items():
            if any(doc == st["doc"] and dice(text, st["text"]) >= 0.5 for doc, text in evs):
                votes[st["position"]][gpos] += 1
    mapping = {pid: c.most_common(1)[0][0] for pid, c in votes.items() if c}
    return mapping, votes


def score_stances(
    stances: list[dict[str, Any]], gold: dict[str, Any], speakers: SpeakerMap
) -> dict[str, Any]:
    """Precision, recall and F1 of (speaker, position, stance) triples."""
    mapping, votes = map_positions(stances, gold)
    # One gold id per kg speaker: the one most of its statements map to.
    speaker_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for st in stances:
        names = [st["speaker"], *st.get("aliases", [])]
        gid = speakers.gold_id(names, st["doc"], st["start"], st["end"])
        if gid:
            speaker_votes[st["speaker"]][gid] += 1
    predicted: dict[Triple, list[dict[str, Any]]] = defaultdict(list)
    for st in stances:
        if st["stance"] not in ("supports", "disputes"):
            continue
        votes_for = speaker_votes.get(st["speaker"])
        sid = votes_for.most_common(1)[0][0] if votes_for else f"?{st['speaker']}"
        pos = mapping.get(st["position"], f"?{st['position']}")
        predicted[(sid, pos, st["stance"])].append(st)
    explicit: set[Triple] = set()
    implicit: set[Triple] = set()
    for g in gold["stances"]:
        t = (g["speaker"], g["position"], g["stance"])
        (explicit if g.get("strength", "explicit") == "explicit" else implicit).add(t)
    implicit -= explicit
    found = set(predicted)
    tp = found & (explicit | implicit)
    fp = found - explicit - implicit
    fn = explicit - found
    precision = len(tp) / len(found) if found else 0.0
    denominator = len(explicit) + len(found & implicit)
    recall = len(tp) / denominator if denominator else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "tp": sorted(tp),
        "fp": {"|".join(t): [s["text"][:80] for s in predicted[t]] for t in sorted(fp)},
        "fn": sorted(fn),
        "implicit_found": sorted(found & implicit),
        "position_map": mapping,
        "position_votes": {k: dict(v) for k, v in votes.items()},
    }


def run_query(kg: list[str], graph: Path, question: str) -> dict[str, Any] | None:
    """``kg query --json`` on ``graph``; None when it exits non-zero."""
    proc = subprocess.run(
        [*kg, "query", question, "--graph", str(graph), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return None
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def score_query(
    query: dict[str, Any], answer: dict[str, Any] | None, gold: dict[str, Any], speakers: SpeakerMap
) -> dict[str, Any]:
    """Whether one gold query was answered right, with what was missing or wrong."""
    if answer is None:
        return {"q": query["q"], "pass": False, "error": "kg query failed"}
    if query["answer_type"] == "quotes":
        quotes = {q["id"]: q for q in gold["quotes"]}
        evidence = [ev for a in answer["answers"] for ev in a["evidence"]]

        def covered(qid: str) -> bool:
            g = quotes[qid]
            return any(
                ev["doc"] == g["doc"] and dice(ev["text"], g["text"]) >= 0.5 for ev in evidence
            )

        missing = [q for q in query["must"] if not covered(q)]
        wrong = [q for q in query["must_not"] if covered(q)]
        return {
            "q": query["q"],
            "pass": not missing and not wrong,
            "missing": missing,
            "wrong": wrong,
        }
    answered: set[str] = set()
    for a in answer["answers"]:
        names = [a["speaker"], *a.get("aliases", [])]
        evs = a.get("evidence") or [{"doc": None, "start": 0, "end": 0}]
        for ev in evs:
            gid = speakers.gold_id(names, ev.get("doc"), ev.get("start", 0), ev.get("end", 0))
            if gid:
                answered.add(gid)
                break
        else:
            answered.add(f"?{a['speaker']}")
    missing = [s for s in query["must"] if s not in answered]
    wrong = [s for s in query["must_not"] if s in answered]
    allowed = set(query["must"]) | set(query.get("may", []))
    others = sorted(answered - allowed - set(query["must_not"]))
    return {
        "q": query["q"],
        "pass": not missing and not wrong,
        "missing": missing,
        "wrong": wrong,
        "other": others,
    }


def main(argv: list[str] | None = None) -> int:
    """Build, score and print; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="+", help="article files or folders")
    ap.add_argument("--gold", required=True, help="gold JSON (e.g. ../shared/eval/seeds-gold.json)")
    ap.add_argument("--codebook", help="a codebook TOML passed to the build")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)

    from kg.outputs.rows import stance_rows
    from kg.run.pipeline import build, write_outputs

    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    codebook = None
    if args.codebook:
        from kg.assemble.codebook import load_codebook

        codebook = load_codebook(args.codebook)
    result = build(args.paths, codebook=codebook)
    stances = stance_rows(result.stances, result.positions, result.speakers)
    speakers = SpeakerMap(gold)
    report: dict[str, Any] = {"stances": score_stances(stances, gold, speakers)}

    kg = [str(Path(sys.executable).with_name("kg"))]
    if not Path(kg[0]).exists():
        kg = [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory() as tmp:
        write_outputs(result, tmp)
        graph = Path(tmp) / "graph.json"
        report["queries"] = [
            score_query(q, run_query(kg, graph, q["q"]), gold, speakers) for q in gold["queries"]
        ]
    n_pass = sum(q["pass"] for q in report["queries"])
    report["queries_passed"] = f"{n_pass}/{len(report['queries'])}"

    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return 0
    s = report["stances"]
    print(
        f"stances: precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}"
        f"  (tp {len(s['tp'])}, fp {len(s['fp'])}, fn {len(s['fn'])},"
        f" implicit found {len(s['implicit_found'])})"
    )
    print("positions: " + ", ".join(f"{k}->{v}" for k, v in sorted(s["position_map"].items())))
    if args.verbose:
        for t in s["tp"]:
            print("  ok   ", "|".join(t))
        for t, texts in s["fp"].items():
            print("  FP   ", t, texts[:2])
        for t in s["fn"]:
            print("  miss ", "|".join(t))
    for q in report["queries"]:
        mark = "PASS" if q["pass"] else "FAIL"
        extra = {k: v for k, v in q.items() if k not in ("q", "pass") and v}
        print(f"{mark}  {q['q']}  {json.dumps(extra) if extra else ''}")
    print(f"queries: {report['queries_passed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
