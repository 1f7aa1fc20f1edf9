"""Every attributed claim's stances on the positions, with its evidence and cue."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from kg.assemble.positions.anchors import Def
from kg.assemble.positions.corpus import Corpus, folded
from kg.assemble.positions.groups import Groups, argues, is_reference, live_positions
from kg.assemble.positions.records import ANCHOR_MIN, W_OTHER, Stance
from kg.assemble.positions.sources import accused_of, cue_word
from kg.assemble.speakers import SpeakerIndex, slug
from kg.extract.claims import Frame, StanceKind
from kg.lexicon import (
    ACCUSING_CUES,
    AILMENT_WORDS,
    ATTACKING_CUES,
    CAUSE_NOUNS,
    CLAIM_NOUNS,
    FIGURE_NOUNS,
    HEALTH_WORDS,
    NEGATION_WORDS,
    POLE_OF,
    SCANDAL_SUFFIXES,
)


def _frame_of(
    pid: str | None, anchors: Mapping[str, tuple[str, Frame]], defs: Sequence[Def]
) -> Frame | None:
    """The frame of a position (None for no position)."""
    if pid is None:
        return None
    if pid in anchors:
        return anchors[pid][1]
    return next((d.frame for d in defs if d.id == pid), None)


@dataclass(frozen=True)
class Resolved:
    """Each claim's final position and what each speaker asserts: the input of stances."""

    corpus: Corpus
    groups: Groups
    assigned: list[str | None]
    defs: list[Def]
    names: dict[str, set[str]]  # speaker -> lower-cased names
    supported: defaultdict[str, Counter[str]]  # speaker -> position counts
    cause_support: Counter[str]

    def frame_of(self, pid: str | None) -> Frame | None:
        """The frame of a position (None for no position)."""
        return _frame_of(pid, self.groups.anchors, self.defs)

    @cached_property
    def live(self) -> set[str]:
        """The positions some claim is assigned to (worked out once: ``assigned`` is final)."""
        return {p for p in self.assigned if p is not None}

    @cached_property
    def by_anchor(self) -> dict[str, str]:
        """Key term -> the live position keyed on it (the last one, as a dict keeps it)."""
        return {a: pid for pid, (a, _) in self.groups.anchors.items() if pid in self.live}

    @cached_property
    def named(self) -> dict[str, list[str]]:
        """A lower-cased name, or a word of one, -> the speakers it names, in speaker order."""
        out: dict[str, list[str]] = defaultdict(list)
        for sid, aliases in self.names.items():
            for key in {w for a in aliases for w in (a, *a.split())}:
                out[key].append(sid)
        return out

    @cached_property
    def poles(self) -> dict[str, tuple[int, int]]:
        """Position -> the side of a pair of opposite predicates it asserts, if any."""
        return _position_poles(self)

    @cached_property
    def pole_things(self) -> dict[str, set[str]]:
        """Position -> the things its side is said of (:func:`_pole_things`)."""
        return _pole_things(self)

    @cached_property
    def kinds(self) -> set[str]:
        """The positions that say what a thing is: two speakers of theirs say their key
        term of a subject ("the vase is a fake", "it is no fake")."""
        fold, anchors = self.corpus.fold, self.groups.anchors
        who: defaultdict[str, set[str]] = defaultdict(set)
        for said, pid in zip(self.corpus.items, self.assigned, strict=True):
            if pid in anchors and anchors[pid][0] in {
                fold.get(t, t) for t in said.claim.predicated
            }:
                who[pid].add(said.speaker)
        return {pid for pid, speakers in who.items() if len(speakers) >= 2}

    def predicated(self, i: int) -> set[str]:
        """What claim ``i`` says its subject is (folded terms)."""
        fold = self.corpus.fold
        return {fold.get(t, t) for t in self.corpus.items[i].claim.predicated}

    def referenced(self, i: int) -> str | None:
        """The position claim ``i``'s claim noun points at."""
        return _referenced(self, i)

    def stance(self, i: int, pid: str, kind: StanceKind, conf: float, basis: str) -> Stance:
        """Claim ``i``'s stance on ``pid`` (a hedge lowers the confidence)."""
        said = self.corpus.items[i]
        c, sid = said.claim, said.speaker
        q = self.corpus.qby[c.key]
        cue = q.cue.text if q.cue else None
        if c.hedge:
            conf *= 0.85
        return Stance(sid, pid, kind, round(conf, 3), c.doc, q.text, q.start, q.end, cue, basis)


def resolve(
    corpus: Corpus,
    groups: Groups,
    assigned: list[str | None],
    defs: list[Def],
    speakers: SpeakerIndex,
) -> Resolved:
    """Count what each speaker asserts (for "X's statement") and which explanations."""
    names = {s.id: {s.name.lower(), *(a.lower() for a in s.alias_names)} for s in speakers.speakers}
    supported: defaultdict[str, Counter[str]] = defaultdict(Counter)
    cause_support: Counter[str] = Counter()
    for i, asserted in enumerate(assigned):
        said = corpus.items[i]
        c, sid = said.claim, said.speaker
        if asserted is None or is_reference(c) or c.dispute or c.negated:
            continue
        supported[sid][asserted] += 1
        if _frame_of(asserted, groups.anchors, defs) == "cause":
            cause_support[asserted] += 1
    return Resolved(corpus, groups, assigned, defs, names, supported, cause_support)


def _prefer_cause(pid: str, anchors: Mapping[str, tuple[str, Frame]], live: set[str]) -> str:
    """The explanation built on the same anchor as ``pid``, when there is one."""
    anchor = anchors.get(pid, ("", "claim"))[0]
    cause_id = slug(f"{anchor}-cause")
    return cause_id if cause_id in live else pid


def _referenced(r: Resolved, i: int) -> str | None:
    """The position claim ``i``'s claim noun points at.

    In order: the position its modifiers name ("the tax story"), the one the
    named speaker supports ("X's statement"), the last one stated before it in
    the same article by someone else. Explanations are preferred, except by a
    figure noun ("these estimates"), which points at the last figure.
    """
    claim = r.corpus.items[i].claim
    anchors, fold, live = r.groups.anchors, r.corpus.fold, r.live
    for t in claim.ref_terms:
        pid = r.by_anchor.get(fold.get(t, t))
        if pid is not None:
            return _prefer_cause(pid, anchors, live)
    return _named_referent(r, i) or _stated_before(r, i, live)


def _named_referent(r: Resolved, i: int) -> str | None:
    """For "X's statement": the position X supports most (an explanation first)."""
    said = r.corpus.items[i]
    if not said.claim.referent:
        return None
    who = said.claim.referent.lower()
    counts: Counter[str] = Counter()
    for other in r.named.get(who, ()):  # each speaker with a name or a name's word ``who``
        if other != said.speaker:
            counts.update(r.supported.get(other, Counter()))
    if not counts:
        return None
    anchors = r.groups.anchors
    named = [p for p, _ in counts.most_common() if anchors.get(p, ("", ""))[1] == "cause"]
    return named[0] if named else counts.most_common(1)[0][0]


def _stated_before(r: Resolved, i: int, live: set[str]) -> str | None:
    """The last position someone else stated before claim ``i`` in its article (for "the
    accusation", the one of the accusation it answers)."""
    accused = accused_of(r.corpus, i)
    if accused is not None and r.assigned[accused] is not None:
        return r.assigned[accused]
    said = r.corpus.items[i]
    anchors = r.groups.anchors
    before = [  # (where, is an explanation, position): the latest explanation wins
        (c.start, anchors.get(pid, ("", "claim"))[1] == "cause", pid)
        for j in r.corpus.by_doc[said.claim.doc]
        if (pid := r.assigned[j]) is not None
        and r.corpus.items[j].speaker != said.speaker
        and (c := r.corpus.items[j].claim).start < said.claim.start
        and not (c.negated or c.dispute or c.dismissive or is_reference(c))
    ]
    if said.claim.refers in FIGURE_NOUNS:  # "these estimates": the figures given before
        figures = [b for b in before if anchors.get(b[2], ("", "claim"))[1] == "figure"]
        if figures:
            return max(figures)[2]
    explanations = [b for b in before if b[1]]
    if explanations or before:
        return _prefer_cause(max(explanations or before)[2], anchors, live)
    return None


def _reference_stances(r: Resolved, i: int) -> list[Stance]:
    """A claim that dismisses another by naming it: it disputes the claim referred to."""
    # "this version looks ridiculous", "X's statement was a smear": the claim referred to.
    c = r.corpus.items[i].claim
    own = r.assigned[i]
    out: list[Stance] = []
    target = r.referenced(i)
    if c.negated and own is not None and not c.ref_terms and not c.referent:
        # "X was not to blame, and he called the claim ridiculous": the claim is X.
        target = own
    if target is None:
        target = r.cause_support.most_common(1)[0][0] if r.cause_support else None
    if target is not None:
        out.append(_rejection_of(r, i, target))
    ref_anchors = {r.corpus.fold.get(t, t) for t in c.ref_terms}
    if (
        own is not None
        and own != target
        and r.groups.anchors.get(own, ("", ""))[0] not in ref_anchors
    ):
        # "X's statement is an attempt to Y": the dismissal is of X, Y is asserted.
        if c.negated:
            out.append(r.stance(i, own, "disputes", 0.6, "negation"))
        else:
            out.append(r.stance(i, own, "supports", 0.5, "assertion"))
    return out


def _rejection_of(r: Resolved, i: int, target: str) -> Stance:
    """Claim ``i`` rejecting the claim of ``target`` disputes it; but rejecting an
    accusation of what ``target`` is anchored on ("X accused the laboratory of ...";
    "the laboratory rejected the allegations") defends the accused: it supports it."""
    j = accused_of(r.corpus, i)
    if j is not None and _accuses_anchor(r, j, target):
        return r.stance(i, target, "supports", 0.6, "rejected-accusation")
    c = r.corpus.items[i].claim
    return r.stance(i, target, "disputes", 0.7, "dispute-predicate" if c.dispute else "dismissive")


def _claim_stances(r: Resolved, i: int) -> list[Stance]:
    """A claim's stance on the claim it endorses and on its own position."""
    c = r.corpus.items[i].claim
    own = r.assigned[i]
    out: list[Stance] = []
    if c.endorses and c.refers is not None:
        # "X's account is correct", "agreed with X": the claim referred to is supported.
        target = _endorsed(r, i)
        if target is not None and target != own:
            out.append(r.stance(i, target, "supports", 0.6, "endorsement"))
    if own is not None:
        out.append(_stance_on(r, i, own))
    return out


def _stance_on(r: Resolved, i: int, pid: str) -> Stance:
    """Claim ``i``'s stance on a position it states: its polarity cues decide, unless its
    predicate of a pair of opposites tells otherwise (:func:`_pole_stance`)."""
    c = r.corpus.items[i].claim
    if c.asks and (c.hypothesis or not (c.dispute or c.negated or c.dismissive)):
        return r.stance(i, pid, "neutral", 0.5, "question")
    read = _cued_stance(r, i, pid)
    if read.stance == "supports" and _accuses_anchor(r, i, pid):
        return r.stance(i, pid, "disputes", 0.6, "accusation")
    if read.stance == "supports" and _defends_against(r, i, pid):
        return r.stance(i, pid, "disputes", 0.6, "confidence")
    by_pole = _pole_stance(r, i, pid)
    if by_pole is not None and by_pole != read.stance:  # "is safe" on "X is dangerous"
        return r.stance(i, pid, by_pole, 0.7, "opposite")
    if read.stance == "supports" and _rival_kind(r, i, pid):
        return r.stance(i, pid, "disputes", 0.6, "rival")
    return read


def _rival_kind(r: Resolved, i: int, pid: str) -> bool:
    """Claim ``i`` says what a thing is, and its position is that ("the vase is a copy,
    despite claims it is a fake"), while ``pid`` says the thing is something else (two of
    its speakers say so of a subject): saying what a thing is denies the rival kinds."""
    said, own = r.predicated(i), r.assigned[i]
    anchors = r.groups.anchors
    if not said or own is None or own not in anchors or anchors[own][0] not in said:
        return False
    return pid in r.kinds and anchors[pid][0] not in said


#: "the union of holding the city to ransom": the accused, then "of" and what they did.
_ACCUSED_OF = re.compile(r"^(?P<accused>.*?)\s+of\s+[\"'\u2018\u201c]?\w+ing\b")
#: "the council over its budget": the one attacked, then what for.
_ATTACKED_FOR = re.compile(r"^(?P<accused>.*?)(?:\s+(?:as|over|for|after|on)\b|$)")


def _accuses_anchor(r: Resolved, i: int, pid: str) -> bool:
    """Claim ``i`` accuses or attacks what ``pid`` is anchored on ("X accused the
    laboratory of breaking its rules", "X attacks laboratory as ..." on the position
    "laboratory"): the one named as accused is criticised, not supported."""
    q = r.corpus.qby[r.corpus.items[i].claim.key]
    cue = cue_word(r.corpus, i)
    if cue in ACCUSING_CUES:
        m = _ACCUSED_OF.match(q.text)
    elif cue in ATTACKING_CUES:
        m = _ATTACKED_FOR.match(q.text)
    else:
        return False
    if m is None or len(m["accused"].split()) > 4:
        return False
    anchor = r.groups.anchors[pid][0]
    if pid == slug(f"{anchor}-accusation"):  # the accusation's own position
        return False
    words = {re.sub(r"['\u2019]s?$", "", w.lower()) for w in m["accused"].split()}
    return anchor in words or anchor + "s" in words


def _defends_against(r: Resolved, i: int, pid: str) -> bool:
    """Claim ``i`` voices confidence in someone ("full confidence in the laboratory") and
    ``pid`` is a position about something else (what is said of them): confidence in the
    one under fire defends it, it disputes what is said of it. On the position of the one
    trusted itself it supports it, as rejecting the allegations does."""
    trusted = {r.corpus.fold.get(t, t) for t in r.corpus.items[i].claim.trusts}
    return bool(trusted) and r.groups.anchors.get(pid, ("", ""))[0] not in trusted


def _cued_stance(r: Resolved, i: int, pid: str) -> Stance:
    """Claim ``i``'s stance on ``pid`` by its polarity cues alone."""
    c = r.corpus.items[i].claim
    if c.dispute:
        return r.stance(i, pid, "disputes", 0.85, "dispute-predicate")
    if c.negated:
        return r.stance(i, pid, "disputes", 0.75, "negation")
    if c.dismissive and c.dismissive.split()[0] not in NEGATION_WORDS:
        return r.stance(i, pid, "disputes", 0.6, "dismissive")
    return r.stance(i, pid, "supports", 0.8 if c.frame == "cause" else 0.65, "assertion")


def with_denied(
    corpus: Corpus,
    anchors: Mapping[str, tuple[str, Frame]],
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
) -> dict[int, tuple[str, ...]]:
    """``also`` with, for each claim, the further positions whose key term one of its
    predicates denies with a negation of its own ("it doesn't leak and doesn't crack"
    denies leaking and cracking, wherever the claim was filed)."""
    live = {p for p in assigned if p is not None}
    by_term: defaultdict[str, list[str]] = defaultdict(list)
    for pid, (term, frame) in anchors.items():
        if pid in live and frame != "figure":
            by_term[term].append(pid)
    out = dict(also)
    for i, said in enumerate(corpus.items):
        denied = [corpus.fold.get(t, t) for t in said.claim.denied]
        more = [p for t in denied for p in by_term.get(t, ())]
        more = [p for p in more if p != assigned[i] and p not in out.get(i, ())]
        if more and assigned[i] is not None:
            out[i] = tuple(dict.fromkeys([*out.get(i, ()), *more]))
    return out


def with_strays(
    corpus: Corpus,
    anchors: Mapping[str, tuple[str, Frame]],
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
) -> dict[int, tuple[str, ...]]:
    """``also`` with a stance for each claim that takes a side but reached no position,
    on the live position whose key term it weighs most.

    A statement that argues or hedges ("the plant may have closed over a budget row")
    can name a position's key term only in a minor role (a compound, an adjective), too
    weak to anchor it. It takes a stance there of its own frame or on a plain claim, but
    does not shape the position's label. A term for who argues, or one the claim sets
    aside ("X rather than Y"), joins nothing.
    """
    live = {p for p in assigned if p is not None}
    by_term: defaultdict[str, list[str]] = defaultdict(list)
    for pid, (term, frame) in anchors.items():
        if pid in live and frame != "figure" and term not in corpus.speaker_words:
            by_term[term].append(pid)
    out = dict(also)
    users: dict[str, Counter[str]] | None = None  # worked out for the first stray only
    for i, said in enumerate(corpus.items):
        c = said.claim
        if assigned[i] is not None or i in out or c.asks:
            continue
        if not (argues(c) or c.hedge or c.endorses):
            continue
        set_aside = {corpus.fold.get(t, t) for t in c.rejected}  # "X rather than Y": not Y
        fits = [
            (x, pid)
            for t, x in corpus.weights[i].items()
            for pid in by_term.get(t, ()) or by_term.get(scandal_topic(t), ())
            if anchors[pid][1] in (c.frame, "claim") and t not in set_aside
        ]
        if fits:
            out[i] = (max(fits)[1],)
        elif c.negated or c.dismissive or c.dispute:  # a rival is read on its own
            users = users if users is not None else _term_users(corpus, assigned)
            near = _only_user(corpus, users, live, i, set_aside | set(c.effect))
            if near is not None:
                out[i] = (near,)
    return out


def with_ailments(
    corpus: Corpus,
    anchors: Mapping[str, tuple[str, Frame]],
    assigned: Sequence[str | None],
    also: Mapping[int, tuple[str, ...]],
) -> dict[int, tuple[str, ...]]:
    """``also`` with, for each claim that says someone is in bad health ("she is
    suffering from flu", "needs treatment", "was never sick") and takes no stance on a
    health matter yet, a stance on the live health position most claims were filed
    under, whatever else the claim is about (a clause on who the patient is can file
    it elsewhere: "the mayor, who took office in May, is ill").

    Its polarity is the claim's own ("no sign she was sick" disputes). A story with no
    position keyed on a health word is left as it is.
    """
    live = Counter(p for p in assigned if p is not None)
    health = {
        pid
        for pid, (term, frame) in anchors.items()
        if pid in live and frame != "figure" and term in HEALTH_WORDS
    }
    if not health:
        return dict(also)
    target = min(health, key=lambda pid: (-live[pid], pid))
    out = dict(also)
    for i, said in enumerate(corpus.items):
        taken = {assigned[i], *out.get(i, ())}
        if taken & health or is_reference(said.claim):
            continue
        if any(t in AILMENT_WORDS for t in corpus.weights[i]):
            out[i] = (*out.get(i, ()), target)
    return out


def _term_users(corpus: Corpus, assigned: Sequence[str | None]) -> dict[str, Counter[str]]:
    """Term -> how many claims of each position use it (at any weight)."""
    users: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for k, pid in enumerate(assigned):
        if pid is not None:
            for t in corpus.weights[k]:
                users[t][pid] += 1
    return users


def _only_user(
    corpus: Corpus, users: Mapping[str, Counter[str]], live: set[str], i: int, skip: set[str]
) -> str | None:
    """The one live position whose claims alone use a term in focus of claim ``i`` (not
    filed: none of the counted claims), two of them at least ("the gap by the spout does
    not exist", where only claims that "steam leaks by the spout" speak of the spout), if
    there is one only. The ``skip`` terms (set aside, or what is explained) join nothing."""
    found = set()
    for t, x in corpus.weights[i].items():
        by = users.get(t) if t not in skip else None
        if x >= ANCHOR_MIN and by is not None and len(by) == 1 and max(by.values()) >= 2:
            found.add(next(iter(by)))
    found &= live
    return found.pop() if len(found) == 1 else None


def scandal_topic(term: str) -> str:
    """What a scandal name is about ("leakgate" -> leak, after the news habit of naming a
    scandal X-gate), else ``""``.

    >>> scandal_topic("leakgate"), scandal_topic("gate"), scandal_topic("leak")
    ('leak', '', '')
    """
    for suffix in SCANDAL_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= 3:
            return term[: -len(suffix)].rstrip("-")
    return ""


def further_stances(r: Resolved, also: Mapping[int, Sequence[str]]) -> list[Stance]:
    """The stances of claims on the further positions they state ("X, but Y")."""
    return [_stance_on(r, i, pid) for i, pids in also.items() for pid in pids]


def _rejected_stances(r: Resolved) -> list[Stance]:
    """ "X rather than Y", "X, not Y, was to blame": the claim disputes the position on Y,
    or, when no position is keyed on Y, the one position whose claims alone say Y
    ("we are not pawns. We are workers." against the claims that call them pawns)."""
    live_set = {p for p in r.assigned if p is not None}
    anchors, fold = r.groups.anchors, r.corpus.fold
    by_key = {a: pid for pid, (a, f) in anchors.items() if f != "cause" and pid in live_set}
    by_key |= {a: pid for pid, (a, f) in anchors.items() if f == "cause" and pid in live_set}
    users: dict[str, Counter[str]] | None = None  # worked out for the first unkeyed term only
    out: list[Stance] = []
    for i, said in enumerate(r.corpus.items):
        c = said.claim
        for term in c.rejected:
            target = by_key.get(fold.get(term, term))
            if target is None:
                users = users if users is not None else _term_users(r.corpus, r.assigned)
                target = _sole_user(users.get(fold.get(term, term)), r.assigned[i])
            if target is not None and target != r.assigned[i]:
                out.append(r.stance(i, target, "disputes", 0.75, "rival"))
    return out


def _sole_user(by: Counter[str] | None, own: str | None) -> str | None:
    """The one position (not ``own``) whose claims use a term, two of them at least."""
    others = {pid: n for pid, n in (by or {}).items() if pid != own}
    if len(others) != 1:
        return None
    pid, n = next(iter(others.items()))
    return pid if n >= 2 else None


def _own_run_before(r: Resolved, i: int, most: int = 2) -> list[int]:
    """The statements of claim ``i``'s speaker right before it in its article (up to
    ``most``, none once another speaker's statement comes between)."""
    said = r.corpus.items[i]
    order = r.corpus.by_doc[said.claim.doc]
    k = order.index(i)
    out: list[int] = []
    for j in reversed(order[max(0, k - most) : k]):
        if r.corpus.items[j].speaker != said.speaker:
            break
        out.append(j)
    return out


def _endorsed(r: Resolved, i: int) -> str | None:
    """The position claim ``i`` endorses by its claim noun (:meth:`Resolved.referenced`);
    but a pointing subject that names the speaker's own words as a claim ("He went to
    help. That's the whole story.") endorses no one else's claim, unless it names an
    explanation stated before ("That is the most likely explanation")."""
    target = r.referenced(i)
    c = r.corpus.items[i].claim
    if target is None or c.endorses in CAUSE_NOUNS or r.frame_of(target) == "cause":
        return target  # an explanation named: the one stated before
    if c.endorses != c.refers or c.endorses not in CLAIM_NOUNS:
        return target  # "agreed with X", "X's account is correct"
    said_first = re.match(r"\W*(that|this)\b", r.corpus.qby[c.key].text, re.IGNORECASE) is None
    return None if said_first or _own_run_before(r, i) else target


def _pointed_at_stances(r: Resolved) -> list[Stance]:
    """ "X. That is the likeliest explanation": what the speaker has just said is the
    explanation named, so those statements support the position the name points at (or,
    when it points at none, the one the first of them states)."""
    out: list[Stance] = []
    for i, said in enumerate(r.corpus.items):
        c = said.claim
        if c.endorses is None or c.endorses != c.refers or c.endorses not in CLAIM_NOUNS:
            continue  # only a pointing subject named as a claim ("that is the reason")
        before = _own_run_before(r, i)
        target = _endorsed(r, i) or next((r.assigned[j] for j in before if r.assigned[j]), None)
        if target is None:
            continue
        out += [
            r.stance(j, target, "supports", 0.5, "endorsement")
            for j in before
            if r.assigned[j] != target and not argues(r.corpus.items[j].claim)
        ]
    return out


def _rejection_seconded(r: Resolved) -> list[Stance]:
    """ "X rejected the accusation. An aide said it had nothing to do with Y": the
    denial right after a rejected accusation, by someone other than the accuser, disputes
    the accusation too."""
    out: list[Stance] = []
    for i, said in enumerate(r.corpus.items):
        j = accused_of(r.corpus, i)
        target = r.assigned[j] if j is not None else None
        if j is None or target is None:
            continue
        order = r.corpus.by_doc[said.claim.doc]
        k = order.index(i) + 1
        if k >= len(order):
            continue
        nxt = r.corpus.items[order[k]]
        c = nxt.claim
        if (
            nxt.speaker != r.corpus.items[j].speaker
            and (c.negated or c.dispute)
            and r.assigned[order[k]] != target
        ):
            out.append(r.stance(order[k], target, "disputes", 0.5, "negation"))
    return out


def _figure_rival_stances(r: Resolved) -> list[Stance]:
    """Contradicting figures: a size given for the same thing disputes the other sizes (a
    thing the statement names in a main role: "40 trucks carried goods for firms that laid
    off staff" counts no lay-offs)."""
    figures = [p for p in live_positions(r.assigned) if r.frame_of(p) == "figure"]
    out: list[Stance] = []
    for i, said in enumerate(r.corpus.items):
        c, sid = said.claim, said.speaker
        own = r.assigned[i]
        if own not in figures or c.negated or c.dispute or c.asks:
            continue  # a figure denied, asked about or supposed contradicts no other
        mine = {t for t, x in r.corpus.weights[i].items() if x >= W_OTHER}
        for other in figures:
            if (
                other != own
                and not r.supported[sid][other]
                and mine & r.groups.agreed_figure(other)
            ):
                out.append(r.stance(i, other, "disputes", 0.35, "rival"))
    return out


def _explanation_rival_stances(r: Resolved, done: set[tuple[str, str, str, int]]) -> list[Stance]:
    """Another cause given for what an explanation explains disputes it (unless ``done``)."""
    # Rival explanations: "other factors contributed", "X rather than Y": another cause
    # given for what an explanation explains disputes it.
    items, fold, assigned = r.corpus.items, r.corpus.fold, r.assigned
    explained: dict[str, Counter[str]] = defaultdict(Counter)
    in_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for i, explaining in enumerate(assigned):
        if explaining is not None and r.frame_of(explaining) == "cause":
            explained[explaining].update({fold.get(t, t) for t in items[i].claim.effect})
            in_doc[items[i].claim.doc][explaining] += 1
    out: list[Stance] = []
    for i, said in enumerate(items):
        c, sid = said.claim, said.speaker
        if c.frame != "cause":
            continue
        effect = Counter({fold.get(t, t) for t in c.effect})
        rivals = Counter(
            {p: sum((e & effect).values()) for p, e in explained.items() if p != assigned[i]}
        )
        rivals = +rivals
        target = rivals.most_common(1)[0][0] if rivals else None
        if target is None and c.rival:
            local = Counter({p: k for p, k in in_doc[c.doc].items() if p != assigned[i]})
            target = local.most_common(1)[0][0] if local else None
        if target is None or r.supported[sid][target] or (sid, target, c.doc, c.start) in done:
            continue
        if r.groups.anchors.get(target, ("", ""))[0] in folded(c, fold):
            continue
        if c.rival:
            out.append(r.stance(i, target, "disputes", 0.6, "rival"))
        elif r.frame_of(assigned[i]) == "cause" and r.cause_support[target] > max(
            1, r.cause_support[assigned[i] or ""]
        ):
            # a less supported explanation of the same thing disputes the dominant one
            out.append(r.stance(i, target, "disputes", 0.35, "rival"))
    return out


def _position_poles(r: Resolved) -> dict[str, tuple[int, int]]:
    """Each live position that asserts a side of a pair of opposite predicates -> (pair,
    side): one keyed on a word of that side ("sacked"), or one whose own statements say
    that side mostly ("the bridge is dangerous", "is not safe"): two at least and twice
    as many as say the other side (one, when its phrase ends in the key term: "in
    charge" for a position keyed on "charge"); for a topic's position whose statements say
    only the two sides of one pair, as many as say the other side. Figures have none."""
    said: defaultdict[str, Counter[tuple[int, int]]] = defaultdict(Counter)
    keyed: defaultdict[str, set[tuple[int, int]]] = defaultdict(set)
    anchors = r.groups.anchors
    for i, own in enumerate(r.assigned):
        if own is None:
            continue
        sides = {(p.pair, p.side ^ p.negated): p.word for p in r.corpus.items[i].claim.poles}
        said[own].update(sides.keys())
        key = anchors.get(own, ("", "claim"))[0]
        keyed[own] |= {side for side, word in sides.items() if word.split()[-1] == key}
    out: dict[str, tuple[int, int]] = {}
    for pid, (term, frame) in anchors.items():
        if pid not in r.live or frame == "figure":
            continue
        if term in POLE_OF:
            out[pid] = POLE_OF[term]
        elif said[pid]:
            (pair, side), n = said[pid].most_common(1)[0]
            rest = sum(said[pid].values()) - n
            # a topic's position holds both sides of what all argue about ("the dam is
            # safe" / "is dangerous"): the side said more (or first) is its claim
            share = 1 if term in r.corpus.topics and _one_pair(said[pid]) else 2
            if n >= (1 if (pair, side) in keyed[pid] else 2) and n >= share * rest:
                out[pid] = (pair, side)
    return out


def _one_pair(sides: Counter[tuple[int, int]]) -> bool:
    """Whether the sides a position's statements say are of one pair of opposites."""
    return len({pair for pair, _ in sides}) == 1


def _pole_stance(r: Resolved, i: int, pid: str) -> StanceKind | None:
    """Claim ``i``'s stance on a position asserting one side of a pair of opposite
    predicates, read from its own predicates of that pair: the same side supports
    ("is unsafe" on "the bridge is dangerous"), the other disputes ("is safe"), a
    negation turns the side round ("is not safe" supports), and so does a dispute of
    the statement's content. Only a predicate of a thing the position's side is said of
    counts ("the board is at the helm" is no stance on "the board sacked the coach").
    None when it has no such predicate, or both sides."""
    pole = r.poles.get(pid)
    c = r.corpus.items[i].claim
    if pole is None:
        return None
    things = r.pole_things.get(pid, set())
    fold = r.corpus.fold
    mine = {
        p.side ^ p.negated
        for p in c.poles
        if p.pair == pole[0] and things & {fold.get(t, t) for t in p.things}
    }
    if len(mine) != 1:
        return None
    agrees = mine.pop() == pole[1]
    if c.dispute or (c.dismissive and c.dismissive.split()[0] not in NEGATION_WORDS):
        agrees = not agrees
    return "supports" if agrees else "disputes"


def _pole_things(r: Resolved) -> dict[str, set[str]]:
    """Position -> the things its statements say its side of (its side, not the other:
    "the board sacked Dunn" -> dunn), and what its key term acts on when that term is a
    side itself ("the overthrow of the king" -> king)."""
    fold, anchors = r.corpus.fold, r.groups.anchors
    out: defaultdict[str, set[str]] = defaultdict(set)
    for k, own in enumerate(r.assigned):
        if own is None or own not in r.poles:
            continue
        c = r.corpus.items[k].claim
        key = anchors.get(own, ("", "claim"))[0]
        out[own].update(
            t for p in c.poles if (p.pair, p.side ^ p.negated) == r.poles[own] for t in p.things
        )
        if key in POLE_OF:  # "the overthrow of the king"; not "support for the plan"
            out[own].update(p for t, p in c.patients if fold.get(t, t) == key)
    return {pid: {fold.get(t, t) for t in ts} for pid, ts in out.items()}


def _opposite_stances(r: Resolved, done: set[tuple[str, str, str, int]]) -> list[Stance]:
    """A statement that asserts one side of a pair of opposite predicates of a thing ("the
    coach is still in charge") disputes a position that asserts the other side ("the
    coach was sacked") of that thing (see :func:`_pole_things`); one that denies it ("is
    no longer in charge") supports that position (see :func:`_pole_stance`).

    A speaker who plainly asserts the position elsewhere, a question and a reference to
    another claim are left to other rules.
    """
    by_side: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
    for pid, side in r.poles.items():
        by_side[side].append(pid)
    if not by_side:
        return []
    items = r.corpus.items
    backers = {  # (speaker, position) asserted without a cue
        (items[k].speaker, own)
        for k, own in enumerate(r.assigned)
        if own is not None and not (argues(items[k].claim) or items[k].claim.asks)
    }
    out: list[Stance] = []
    for i, said in enumerate(items):
        c, sid = said.claim, said.speaker
        if c.asks or is_reference(c):
            continue
        for pole in c.poles:
            for pid in by_side.get((pole.pair, 1 - pole.side), ()):
                key = (sid, pid, c.doc, c.start)
                if pid == r.assigned[i] or (sid, pid) in backers or key in done:
                    continue
                kind = _pole_stance(r, i, pid)
                if kind is not None:
                    out.append(r.stance(i, pid, kind, 0.6, "opposite"))
                    done.add(key)
    return out


def all_stances(r: Resolved) -> list[Stance]:
    """Every attributed claim's stances, in the order the phases give them."""
    stances: list[Stance] = []
    for i, said in enumerate(r.corpus.items):
        c = said.claim
        if is_reference(c):
            stances += _reference_stances(r, i)
        else:
            stances += _claim_stances(r, i)
    stances += _rejected_stances(r)
    stances += _pointed_at_stances(r)
    stances += _rejection_seconded(r)
    stances += _figure_rival_stances(r)
    done = {(st.speaker, st.position, st.doc, st.start) for st in stances}
    stances += _opposite_stances(r, done)
    done = {(st.speaker, st.position, st.doc, st.start) for st in stances}
    stances += _explanation_rival_stances(r, done)
    return stances


def with_same_patient(
    stances: Sequence[Stance], corpus: Corpus, anchors: Mapping[str, tuple[str, Frame]]
) -> list[Stance]:
    """The stances less those on a position keyed on an action from a statement about
    that action on another thing than the position's statements usually are ("he will
    not release the report" is no stance on whether the captives will be released).

    The usual thing is the one two statements or more act on, more than any other.
    """
    claims = {said.claim.key: said.claim for said in corpus.items}
    fold = corpus.fold

    def patients(st: Stance) -> set[str]:
        c = claims.get((st.doc, st.start, st.end))
        key = anchors.get(st.position, ("", "claim"))[0]
        if c is None:
            return set()
        return {fold.get(p, p) for t, p in c.patients if fold.get(t, t) == key}

    said: defaultdict[str, defaultdict[str, set[tuple[str, int]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for st in stances:
        for p in patients(st):
            said[st.position][p].add((st.doc, st.start))
    usual: dict[str, str] = {}
    for pid, by in said.items():
        ranked = sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked[0][1]) >= 2 and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])):
            usual[pid] = ranked[0][0]
    return [
        st
        for st in stances
        if st.position not in usual or not (found := patients(st)) or usual[st.position] in found
    ]


def with_co_speakers(
    stances: Sequence[Stance], co_speakers: Mapping[tuple[str, int, int], Sequence[str]]
) -> list[Stance]:
    """Every member of a joint source ("A and B say ...") takes each stance of the statement.

    >>> st = Stance("a", "p", "supports", 0.8, "d", "x", 0, 1)
    >>> [s.speaker for s in with_co_speakers([st], {("d", 0, 1): ("b", "a")})]
    ['a', 'b']
    """
    out = list(stances)
    seen = {(st.speaker, st.position, st.stance, st.doc, st.start) for st in stances}
    for st in stances:
        for other in co_speakers.get((st.doc, st.start, st.end), ()):
            key = (other, st.position, st.stance, st.doc, st.start)
            if key not in seen:
                seen.add(key)
                out.append(replace(st, speaker=other))
    return out
