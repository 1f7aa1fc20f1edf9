"""Questions in plain English answered from a built graph (no NLP model is loaded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.errors import QueryError
from kg.graph import attr_list

__all__ = ["Answer", "QueryResult", "answer_question"]


@dataclass(frozen=True)
class Answer:
    """One speaker in an answer, with the evidence."""

    speaker: str
    aliases: tuple[str, ...]
    type: str
    stance: str | None
    position: str | None
    confidence: float
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class QueryResult:
    """The interpretation of a question and its answers."""

    question: str
    relation: str
    position: str | None
    speaker: str | None
    answers: tuple[Answer, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` shape."""
        return {
            "question": self.question,
            "interpretation": {
                "relation": self.relation,
                "position": self.position,
                "speaker": self.speaker,
            },
            "answers": [
                {
                    "speaker": a.speaker,
                    "aliases": list(a.aliases),
                    "type": a.type,
                    "stance": a.stance,
                    "position": a.position,
                    "confidence": a.confidence,
                    "evidence": list(a.evidence),
                }
                for a in self.answers
            ],
        }


def answer_question(g: nx.MultiDiGraph, question: str) -> QueryResult:
    """Answer ``question`` from ``g``."""
    q = question.lower()
    stance = "disputes" if "disput" in q else "supports" if "support" in q else None
    if stance is None:
        raise QueryError(
            f"cannot understand {question!r}; try e.g. 'who disputes the X explanation'"
        )
    words = {w for w in q.split() if len(w) > 3}
    answers = []
    for u, v, data in g.edges(data=True):
        if data.get("relation") != "stance" or data.get("stance") != stance:
            continue
        pos = g.nodes[v]
        if not words & set(attr_list(pos, "terms")):
            continue
        sp = g.nodes[u]
        answers.append(
            Answer(
                sp["label"],
                tuple(attr_list(sp, "aliases")),
                sp.get("type", ""),
                stance,
                pos.get("label"),
                float(data.get("confidence", 0.0)),
                tuple(attr_list(data, "evidence")),
            )
        )
    return QueryResult(question, stance, None, None, tuple(answers))
