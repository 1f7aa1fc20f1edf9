"""Records that leave the positions stage: :class:`Position` and :class:`Stance`.

Also the role weights a claim's terms carry (set per article by
:mod:`kg.extract.claims`) as the thresholds the grouping reads them with.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.claims import Frame, StanceKind

__all__ = ["Position", "Stance"]


W_CAUSE = 3.0


W_SUBJECT = 2.0


W_OBJECT = 1.5


W_OTHER = 1.0


W_EFFECT = 0.2


ANCHOR_MIN = 0.9


JOIN_MIN = 0.7


@dataclass(frozen=True)
class Position:
    """A claim or explanation that statements argue about.

    Attributes
    ----------
    id : str
    label : str
        A short human label.
    terms : tuple of str
        The key terms it was recognised by (anchor first, then the forms written).
    aliases : tuple of str
        Noun phrases the statements used for it.
    frame : {'cause', 'figure', 'claim'}
    related : tuple of str
        Other terms its statements use most (for matching questions; not key terms).
    contested : bool
        Someone supports it and someone else disputes it: a dispute, not a mere topic.
    """

    id: str
    label: str
    terms: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    frame: Frame = "claim"
    related: tuple[str, ...] = ()
    contested: bool = False


@dataclass(frozen=True)
class Stance:
    """One speaker's stance towards one position, from one statement.

    ``basis`` names the construction that decided the stance: ``assertion``,
    ``negation``, ``dispute-predicate``, ``dismissive``, ``reference`` or ``rival``.
    """

    speaker: str
    position: str
    stance: StanceKind
    confidence: float
    doc: str
    text: str
    start: int
    end: int
    cue: str | None = None
    basis: str = "assertion"
