"""Corpus-wide: claims become :class:`Position` records and :class:`Stance` edges.

Across the corpus, :func:`find_positions` picks each claim's key term (its
*anchor*: a term several speakers put in focus, with compounds folded onto
their head word so "wildfire", "forest fire" and "fire" meet), groups the
claims by anchor and frame into positions, resolves references to earlier
claims ("these estimates" points at the last figure), links the claims no
position took that two speakers make in the same words in one article, and
gives every attributed claim a stance; every member of a joint source ("A and
B say ...", :attr:`kg.assemble.speakers.SpeakerIndex.co_speakers`) takes the stances of
its statement. A :class:`kg.assemble.codebook.Codebook` can name, merge, split or add
positions.

Modules: :mod:`.corpus` (claims with speakers, term counts), :mod:`.anchors` (key
terms), :mod:`.groups` (positions from anchors), :mod:`.sources` (statements about a
source or an accusation), :mod:`.stances`, :mod:`.labels`.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.assemble.codebook import Codebook
from kg.assemble.positions.anchors import assign, codebook_defs
from kg.assemble.positions.communities import join_communities
from kg.assemble.positions.corpus import Corpus, build_corpus, fold_terms
from kg.assemble.positions.entities import (
    about_of,
    with_about,
    with_doubts_about_people,
    with_rebuttals,
)
from kg.assemble.positions.groups import (
    Groups,
    build_groups,
    join_leftovers,
    join_siblings,
    kept_only,
    move_to_kept,
    pair_unkept,
    relabel,
)
from kg.assemble.positions.labels import describe
from kg.assemble.positions.records import Position, Stance
from kg.assemble.positions.sources import accusations_answered, sources_as_claims
from kg.assemble.positions.stances import (
    all_stances,
    further_stances,
    resolve,
    with_ailments,
    with_co_speakers,
    with_denied,
    with_same_patient,
    with_strays,
)
from kg.assemble.speakers import SpeakerIndex
from kg.extract.claims import Claim, Frame
from kg.extract.namings import Naming
from kg.extract.quotes import Quote

__all__ = ["Position", "Stance", "find_positions", "fold_terms"]


def find_positions(
    quotes: Sequence[Quote],
    claims: Sequence[Claim],
    speakers: SpeakerIndex,
    codebook: Codebook | None = None,
    namings: Sequence[Naming] = (),
) -> tuple[list[Position], list[Stance]]:
    """Find the positions of a corpus and every attributed claim's stance on them.

    Parameters
    ----------
    quotes : sequence of kg.extract.quotes.Quote
    claims : sequence of Claim
        From :func:`analyze_claims`, for the same quotes.
    speakers : kg.assemble.speakers.SpeakerIndex
        Who said each quote; unattributed claims are not stances.
    codebook : kg.assemble.codebook.Codebook, optional
        User-defined positions (see :mod:`kg.assemble.codebook`).
    namings : sequence of kg.extract.namings.Naming, optional
        Things the articles name and the nouns they describe them by: the noun's term
        folds onto the name's.

    Returns
    -------
    positions : list of Position
        Most argued about first.
    stances : list of Stance
        In corpus order.
    """
    corpus = build_corpus(quotes, claims, speakers, namings)
    about = about_of(quotes, speakers)
    defs = codebook_defs(codebook)
    auto = codebook is None or codebook.auto
    assigned, anchors = assign(corpus, defs, auto)
    groups = build_groups(corpus, assigned, anchors, defs)
    assigned = relabel(assigned, join_siblings(groups))
    assigned = relabel(assigned, pair_unkept(groups))
    assigned = relabel(assigned, move_to_kept(groups))
    assigned = kept_only(groups, assigned)
    also: dict[int, tuple[str, ...]] = {}
    if auto:
        assigned, also = _found_unaided(corpus, groups, assigned, anchors, quotes, about)
        assigned, also = _about_sources(corpus, assigned, also, anchors, speakers)
    resolved = resolve(corpus, groups, assigned, defs, speakers)
    found = all_stances(resolved) + further_stances(resolved, also)
    found = with_same_patient(found, corpus, groups.anchors)
    stances = with_co_speakers(found, getattr(speakers, "co_speakers", {}))
    stances = with_about(stances, about)
    positions = describe(corpus.items, assigned, stances, anchors, defs, corpus.fold)
    order = {p.id: k for k, p in enumerate(positions)}
    stances = [st for st in stances if st.position in order]
    stances.sort(key=lambda st: (st.doc, st.start, order[st.position]))
    return positions, stances


def _found_unaided(
    corpus: Corpus,
    groups: Groups,
    assigned: list[str | None],
    anchors: dict[str, tuple[str, Frame]],
    quotes: Sequence[Quote],
    about: dict[tuple[str, int, int], tuple[str, ...]],
) -> tuple[list[str | None], dict[int, tuple[str, ...]]]:
    """What kg finds with no codebook after the kept groups: leftovers, communities, extras.

    Returns each claim's position and, per claim, the further positions it also takes a
    side on. The leftovers' anchors are added to ``anchors`` in place: it is the groups' own
    anchor map (``groups.anchors``), which the steps after this one read.
    """
    event = {t for t, k in corpus.effects.items() if k >= 2}  # what is explained is no topic
    leftovers = join_leftovers(corpus.items, corpus.weights, assigned, corpus.speaker_words, event)
    assigned = list(assigned)
    for i, (pid, anchor, frame) in leftovers:
        assigned[i] = pid
        anchors.setdefault(pid, (anchor, frame))
    joined = join_communities(corpus, groups, assigned)
    assigned, also = joined.assigned, joined.also
    also = with_denied(corpus, groups.anchors, assigned, also)
    also = with_strays(corpus, groups.anchors, assigned, also)
    also = with_ailments(corpus, groups.anchors, assigned, also)
    also = with_doubts_about_people(corpus, assigned, also, about)
    also = with_rebuttals(corpus, quotes, assigned, also, about)
    return assigned, also


def _about_sources(
    corpus: Corpus,
    assigned: list[str | None],
    also: dict[int, tuple[str, ...]],
    anchors: dict[str, tuple[str, Frame]],
    speakers: SpeakerIndex,
) -> tuple[list[str | None], dict[int, tuple[str, ...]]]:
    """Statements about what others said meet it (:mod:`.sources`): an accusation someone
    rejects becomes a position, and a position keyed on a source ("the study") joins what
    the source says. New anchors are added to ``anchors`` in place."""
    assigned = accusations_answered(corpus, assigned, anchors)
    moved = sources_as_claims(corpus, assigned, anchors, speakers)
    also = {i: tuple(dict.fromkeys(moved.get(p, p) for p in ps)) for i, ps in also.items()}
    return relabel(assigned, moved), also
