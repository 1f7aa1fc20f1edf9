"""Statements about a source are stances on what the source says.

A study, a report or a survey is often quoted as a source ("..., according to a large
study") and then argued about by name: "the study proves nothing", "the study should
be repeated, but it deserves attention", "the report is flawed".
Grouped by their key term, such statements would make a position of their own ("the
study") beside the claim the study makes, so that those who attack the evidence never
meet those who state the claim. Here a position keyed on the word that names a source
of the corpus (the head of a speaker's name that is a common noun, "study" of "a large
study") joins the position that source supports most: attacking the study disputes what
it found, vouching for it supports it.

A speaker with a proper name ("Acme", "Dr. Vale") is no such source: positions about
it are about the company or the person, not about a finding.

An accusation is a statement about its target as well: when someone rejects "the
accusation", the statement reported with "accused" before it is what they reject, and
the two meet in one position (:func:`accusations_answered`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from kg.assemble.positions.corpus import Corpus
from kg.assemble.positions.groups import argues
from kg.assemble.speakers import SpeakerIndex, slug
from kg.extract.claims import Frame
from kg.extract.terms import norm_term
from kg.lexicon import ACCUSATION_NOUNS, ACCUSING_CUES, CLAIM_NOUNS, LIGHT_NOUNS, SYNONYM_OF


def _source_heads(speakers: SpeakerIndex, fold: Mapping[str, str]) -> dict[str, set[str]]:
    """The head term of each speaker named by a common noun ("a large study" -> study),
    with the speakers it names."""
    heads: dict[str, set[str]] = defaultdict(set)
    for sp in speakers.speakers:
        names = [_without_article(n) for n in (sp.name, *sp.alias_names)]
        if any(n != n.lower() for n in names) or not names[0]:
            continue  # a proper name somewhere: a company or a person, not a finding
        head = norm_term(names[0].split()[-1])
        head = SYNONYM_OF.get(head, head)
        heads[fold.get(head, head)].add(sp.id)
    return heads


def _without_article(name: str) -> str:
    """A name without a leading article ("The researchers" -> "researchers"), which is
    capitalised only because it opens a sentence."""
    words = name.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _asserted(corpus: Corpus, assigned: Sequence[str | None]) -> dict[str, Counter[str]]:
    """Speaker -> how many of their statements assert each position (no cue against it)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for said, pid in zip(corpus.items, assigned, strict=True):
        if pid is not None and not argues(said.claim) and not said.claim.asks:
            out[said.speaker][pid] += 1
    return out


def sources_as_claims(
    corpus: Corpus,
    assigned: Sequence[str | None],
    anchors: Mapping[str, tuple[str, Frame]],
    speakers: SpeakerIndex,
) -> dict[str, str]:
    """Positions keyed on a source's name that join the position the source supports most.

    Returns
    -------
    dict
        Position id -> the position it joins (for :func:`kg.assemble.positions.groups.relabel`).
    """
    heads = _source_heads(speakers, corpus.fold)
    live = {p for p in assigned if p is not None}
    asserted = _asserted(corpus, assigned)
    size = Counter(p for p in assigned if p is not None)
    moved: dict[str, str] = {}
    for pid in sorted(live):
        anchor, frame = anchors.get(pid, ("", "claim"))
        if frame != "claim" or anchor not in heads:
            continue
        found: Counter[str] = Counter()
        for sid in heads[anchor]:
            found.update({p: k for p, k in asserted.get(sid, Counter()).items() if p != pid})
        if found:  # most asserted by the source; on a tie, the larger position
            moved[pid] = max(sorted(found), key=lambda p: (found[p], size[p]))
    return moved


def accused_of(corpus: Corpus, i: int) -> int | None:
    """For a statement that rejects "the accusation" (or "the allegations"), the statement
    of the accusation it answers: the last one before it in its article, by someone else,
    reported with "accused" or "alleged"; None for any other statement."""
    said = corpus.items[i]
    c = said.claim
    if c.refers not in ACCUSATION_NOUNS or not (c.dispute or c.negated or c.dismissive):
        return None
    found = None
    for j in corpus.by_doc[c.doc]:
        other = corpus.items[j]
        if other.claim.start >= c.start:
            break
        if other.speaker != said.speaker and cue_word(corpus, j) in ACCUSING_CUES:
            found = j
    return found


def cue_word(corpus: Corpus, i: int) -> str:
    """The first word of the cue of statement ``i``'s quote, lower-cased ("accused" of
    "accused the board of ..."); empty when the quote has no cue."""
    cue = corpus.qby[corpus.items[i].claim.key].cue
    return cue.text.lower().split()[0] if cue is not None else ""


def accusations_answered(
    corpus: Corpus, assigned: Sequence[str | None], anchors: dict[str, tuple[str, Frame]]
) -> list[str | None]:
    """``assigned`` with each accusation that someone rejects made a position of its own
    when no position took it ("X accused the council of favouring rich streets. The
    council rejected the accusation."): the accusation and its rejection meet.
    The new positions' anchors are added to ``anchors``."""
    out = list(assigned)
    skip = LIGHT_NOUNS | CLAIM_NOUNS | corpus.speaker_words
    for i in range(len(corpus.items)):
        j = accused_of(corpus, i)
        if j is None or out[j] is not None:
            continue
        terms = [(x, t) for t, x in corpus.weights[j].items() if t not in skip]
        if not terms:
            continue
        anchor = max(terms)[1]
        pid = slug(f"{anchor}-accusation")
        out[j] = pid
        anchors.setdefault(pid, (anchor, "claim"))
    return out
