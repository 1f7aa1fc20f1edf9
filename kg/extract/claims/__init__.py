"""Per article: what each statement argues (:class:`Claim`), and statements narration attributes.

Per article, :func:`analyze_claims` reads each quote with the parse and
records what it argues (a :class:`Claim`): its key terms weighted by their
role (the cause in a causal or blame construction weighs most, the effect
least), whether it is an explanation (``frame="cause"``), a figure
(``"figure"``) or another claim, and its polarity cues: negation of the main
predicate, a dispute predicate over it ("question this account", "brushed
off the suggestion that ..."), a dismissive evaluation ("looks ridiculous",
"not convincing"), a reference to someone else's claim ("this version",
"X's statement") and a rival explanation ("other factors contributed").
:func:`stance_statements` adds the statements that narration attributes
with an attitude verb ("many voters seemed to disagree with reports that
...") or an estimate verb ("officials and aid groups put the death toll at
400") which are not reported speech. A size inside an infinitive ("the
plan to hire thousands of nurses") says what to do: it makes no figure.

The package's modules, each importing only the ones before it:
:mod:`~kg.extract.claims.records` (the records), :mod:`~kg.extract.claims.roles` (terms
and their causal roles), :mod:`~kg.extract.claims.references` (references to other
claims, disputes, endorsements), :mod:`~kg.extract.claims.weights` (term weights),
:mod:`~kg.extract.claims.negation` (negation and poles),
:mod:`~kg.extract.claims.judgements` (dismissals), :mod:`~kg.extract.claims.disputes`
(dispute cues, claims left open), :mod:`~kg.extract.claims.analysis`
(:func:`analyze_claims`) and :mod:`~kg.extract.claims.statements`
(:func:`stance_statements`).
"""

from __future__ import annotations

from kg.extract.claims.analysis import analyze_claims
from kg.extract.claims.records import (
    W_CAUSE,
    W_EFFECT,
    W_OBJECT,
    W_OTHER,
    W_SUBJECT,
    Claim,
    Frame,
    Pole,
    StanceKind,
)
from kg.extract.claims.statements import stance_statements

__all__ = [
    "W_CAUSE",
    "W_EFFECT",
    "W_OBJECT",
    "W_OTHER",
    "W_SUBJECT",
    "Claim",
    "Frame",
    "Pole",
    "StanceKind",
    "analyze_claims",
    "stance_statements",
]
