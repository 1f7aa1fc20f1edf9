"""Claim analysis, the records: :class:`Claim`, :class:`Pole`, frames, stance kinds and
the role weights of a claim's terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    pass


StanceKind = Literal["supports", "disputes", "neutral"]


Frame = Literal["cause", "figure", "claim"]


#: Role weights of a term inside a claim: the cause of a causal or blame construction
#: weighs most, the effect least (corpus-wide grouping reads them as thresholds too).
W_CAUSE = 3.0


W_SUBJECT = 2.0


W_OBJECT = 1.5


W_OTHER = 1.0


W_EFFECT = 0.2


#: A term that only sets the scene (see :func:`_background`) weighs this share of its role.
BACKGROUND_WEIGHT = 0.3


@dataclass(frozen=True)
class Pole:
    """One side of a pair of opposite predicates (:data:`kg.lexicon.OPPOSITE_PREDICATES`)
    that a statement asserts or denies of a thing: "the coach is still in charge" reads
    the side "in charge" of the pair "sacked" / "in charge", said of ("coach",).

    Attributes
    ----------
    pair, side : int
        The pair's index in ``OPPOSITE_PREDICATES`` and the side read (0 or 1).
    word : str
        The predicate as read ("in charge", "sack", "alive").
    things : tuple of str
        The terms of what it is said of: the subject, or the object of a transitive verb
        ("the board sacked the coach" -> coach).
    negated : bool
        The predicate carries a negation of its own ("is no longer in charge", "was
        never sacked").
    """

    pair: int
    side: int
    word: str
    things: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class Claim:
    """What the parse tells about one quote: key terms, frame and polarity cues.

    Attributes
    ----------
    doc, start, end : str, int, int
        The quote this claim reads (see :attr:`key`).
    terms : tuple of (str, float)
        Normalised key terms with their weight (role in the sentence).
    surface : tuple of str
        The words as written (lowercased), for matching questions later.
    phrases : tuple of str
        Noun phrases of the claim, for labels and aliases.
    frame : {'cause', 'figure', 'claim'}
    effect : tuple of str
        Terms of what a cause is said to have caused.
    negated, dispute, dismissive, rival, hedge : str or None
        The word that marks each polarity cue, if any.
    refers : str or None
        A claim noun ("version", "statement") that points at someone else's claim.
    referent : str or None
        Whose claim it points at, when named ("X's statement").
    ref_terms : tuple of str
        Terms that modify the claim noun ("the tax story" -> tax).
    rejected : tuple of str
        Terms set aside in contrast ("X rather than Y", "X, not Y, ..." -> Y).
    asks : bool
        The statement asks rather than asserts ("Did X cause it?", "whether X ...").
    hypothesis : bool
        Its only negation is in the outcome of a hypothesis ("if X, no Y is safe") or in
        a rule of thumb ("you can't tell X from a photo"): it argues, but denies nothing.
    endorses : str or None
        The word that approves of another's claim ("X's account is correct", "this
        explanation makes sense", "agreed with X", "backed the account").
    denied : tuple of str
        The terms of the predicates a negation of their own denies ("it doesn't leak and
        doesn't crack" -> leak, crack; "we never found the plan useful" -> plan), and a
        verb of knowing the speaker denies ("we have never heard of her" -> hear).
    patients : tuple of (str, str)
        Each action term with the term of what it acts on ("freed the prisoners", "the
        prisoners were freed", "the release of the prisoners" -> (release, prisoner)).
    poles : tuple of Pole
        The main predicates that have an opposite ("is still in charge", "was acquitted").
    predicated : tuple of str
        What a copula says its subject is ("the vase is a fake", "tests showed the vase
        was glass" -> fake, glass): the terms of the noun complement, which name what is
        claimed of the thing rather than the thing.
    said_of : tuple of (str, str)
        Each main predicate's subject term with the term of what is said of it: the
        complement of a copula ("the bank is insolvent" -> (bank, insolvent)), the verb of
        a passive ("the data were mishandled" -> (data, mishandle)), the object of a verb
        ("the club rejected the bid" -> (club, bid)), else the verb ("the bank collapsed"
        -> (bank, collapse)). When the subject is what every statement is about, what is
        said of it is the claim (:mod:`kg.assemble.positions.anchors`).
    trusts : tuple of str
        The terms of whom or what the statement voices confidence in ("full confidence
        in the laboratory" -> laboratory; not "no confidence in", nor "confidence in the
        police to find them", a hope).
    names : tuple of str
        The terms written as proper nouns ("Ann Lee's painting" -> ann, lee): a name is
        whole, never a compound of some shorter word.
    """

    doc: str
    start: int
    end: int
    terms: tuple[tuple[str, float], ...] = ()
    surface: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    frame: Frame = "claim"
    effect: tuple[str, ...] = ()
    negated: str | None = None
    dispute: str | None = None
    dismissive: str | None = None
    refers: str | None = None
    referent: str | None = None
    rival: str | None = None
    hedge: str | None = None
    ref_terms: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    asks: bool = False
    hypothesis: bool = False
    endorses: str | None = None
    denied: tuple[str, ...] = ()
    patients: tuple[tuple[str, str], ...] = ()
    poles: tuple[Pole, ...] = ()
    predicated: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    said_of: tuple[tuple[str, str], ...] = ()
    trusts: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int, int]:
        """The key of the quote this claim reads."""
        return (self.doc, self.start, self.end)

    def weights(self) -> dict[str, float]:
        """Term -> weight."""
        return dict(self.terms)
