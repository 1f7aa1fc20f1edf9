"""The records a question's answer is made of: one :class:`Answer` per speaker, one
:class:`QueryResult` per question (its ``--json`` shape is :meth:`QueryResult.to_dict`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.outputs.attrs import attr_list

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Answer", "Profile", "QueryResult", "answer_for"]


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
class Profile:
    """Who a speaker is, as the graph knows them ("who is NAME").

    ``names`` are every name and alias they go by across the articles, the label first;
    ``role`` and ``affiliation`` those the build kept; ``described`` the descriptions
    their aliases put before their name ("Water board chair Ann Lee": "water board
    chair"); ``statements`` how many statements kg attributed to them, in ``articles``.
    """

    speaker: str
    type: str
    names: tuple[str, ...]
    role: str
    affiliation: str
    described: tuple[str, ...]
    statements: int
    articles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The ``profile`` of the ``--json`` shape."""
        return {
            "speaker": self.speaker,
            "type": self.type,
            "names": list(self.names),
            "role": self.role,
            "affiliation": self.affiliation,
            "described_as": list(self.described),
            "statements": self.statements,
            "articles": list(self.articles),
        }


@dataclass(frozen=True)
class QueryResult:
    """The interpretation of a question and its answers.

    ``ranking`` is filled for "which positions are disputed most": one dict per
    position (label, disputes, supports), most disputed first. ``note`` says in plain
    words what kg did when the question did not fit the graph well (no position
    matched, the closest ones, a speaker read from a description). ``profile`` is filled
    for "who is NAME": the answers are then the stances the speaker takes.
    """

    question: str
    relation: str
    position: str | None
    speaker: str | None
    answers: tuple[Answer, ...] = field(default_factory=tuple)
    ranking: tuple[dict[str, Any], ...] = ()
    note: str = ""
    profile: Profile | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` shape (``ranking``, ``profile`` and ``note`` only when there is one)."""
        out: dict[str, Any] = {
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
        if self.ranking:
            out["ranking"] = list(self.ranking)
        if self.profile is not None:
            out["profile"] = self.profile.to_dict()
        if self.note:
            out["note"] = self.note
        return out


def answer_for(
    g: nx.MultiDiGraph,
    speaker: str,
    stance: str | None,
    position: str | None,
    confidence: float,
    evidence: Iterable[dict[str, Any]],
) -> Answer:
    """An :class:`Answer` for a speaker node, its evidence cut to the public fields."""
    d = g.nodes[speaker]
    label = g.nodes[position].get("label") if position else None
    return Answer(
        str(d.get("label", speaker)),
        tuple(str(a) for a in attr_list(d, "aliases")),
        str(d.get("type", "")),
        stance,
        str(label) if label is not None else None,
        round(confidence, 3),
        tuple(
            {"doc": e["doc"], "text": e["text"], "start": e["start"], "end": e["end"]}
            | ({"position": e["position"]} if e.get("position") else {})
            for e in evidence
        ),
    )
