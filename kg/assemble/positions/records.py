"""Records that leave the positions stage: :class:`Position` and :class:`Stance`.

Also the role weights a claim's terms carry (set per article by
:mod:`kg.extract.claims`) as the thresholds the grouping reads them with.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.claims import W_CAUSE, W_OTHER, Frame, StanceKind

__all__ = ["ANCHOR_MIN", "JOIN_MIN", "W_CAUSE", "W_OTHER", "Position", "Stance"]

#: A term at least this weighty in a claim is in its focus: it can anchor a position.
ANCHOR_MIN = 0.9
#: A small position joins a kept one when its claims use that one's key term at least this
#: much: a compound in a main role ("satellite data") does, a word on the side ("after a
#: satellite link", "relayed by satellite") does not.
JOIN_MIN = 0.7


@dataclass(frozen=True)
class Position:
    """A claim or explanation that statements argue about.

    Attributes
    ----------
    id : str
    label : str
        A short human label, in words of the text ("settled the claims").
    terms : tuple of str
        The key terms it was recognised by (anchor first, then the forms written).
    aliases : tuple of str
        Noun phrases the statements used for it.
    frame : {'cause', 'figure', 'claim'}
    related : tuple of str
        Other terms its statements use most (for matching questions; not key terms).
    contested : bool
        Someone supports it and someone else disputes it: a dispute, not a mere topic.
    key_label : str
        The label as its key words make it ("settle claim"): what questions are matched
        on. Empty when it is the label.
    """

    id: str
    label: str
    terms: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    frame: Frame = "claim"
    related: tuple[str, ...] = ()
    contested: bool = False
    key_label: str = ""

    @property
    def match_label(self) -> str:
        """What questions are matched on: :attr:`key_label`, or the label."""
        return self.key_label or self.label


@dataclass(frozen=True)
class Stance:
    """One speaker's stance towards one position, from one statement.

    ``basis`` names the construction that decided the stance: ``assertion``,
    ``negation``, ``dispute-predicate``, ``dismissive``, ``reference`` or ``rival``.
    ``about`` are the people (speaker ids) the statement is about
    (:mod:`kg.assemble.positions.entities`).
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
    about: tuple[str, ...] = ()
