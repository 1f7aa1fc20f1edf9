"""Quote extraction, step 2 (a cue), its content: what a reporting verb reports.

The bounds of a cue's content: its complement clause, its object ("told the board the
plan"), clauseless reports, asides around the speaker and quoting tails, cut before
the clause's own reports, results and media.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kg.extract.names import is_person_noun
from kg.extract.quotes.frames import _REFUSALS, _WH_WORDS, _framed_cue, _topic_of
from kg.extract.quotes.marks import _MARK, _OPENERS, _words
from kg.extract.quotes.subjects import (
    _AUDIENCES,
    _OBJECTS,
    _REFLEXIVES,
    _RELATIVE,
    _SPOKEN,
    _SUBJECTS,
    CUE_LEMMAS,
    _addressee,
    _can_speak,
    _is_source,
    _misplaced_conj_cue,
    _misread_main_verb,
    _object_then_clause,
    _phrasal,
    _reported_conjunct,
    _speaking_participle,
)
from kg.lexicon import (
    ATTITUDE_LEMMAS,
    CLAIM_NOUNS,
    COLLECTIVE_PEOPLE,
    DISPUTE_LEMMAS,
    EVIDENCE_NOUNS,
    OBJECT_CUE_LEMMAS,
    REJECTING_PHRASALS,
    REPORTING_NOUNS,
    STATED_NOUNS,
    TOLD_NOUNS,
    TOPIC_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CLOSERS = "”»"


_COMPLEMENTS = ("ccomp", "xcomp")


#: What one declines or refuses to do when refusing to speak ("declined to answer questions").
_SPEAKING = frozenset(
    ["comment", "elaborate", "speak", "discuss", "talk", "speculate", "answer", "respond", "reply"]
)


#: Objects that make a report say nothing ("said nothing", "said little").
_NOTHING = frozenset(["nothing", "little"])


#: What one declines to do when declining to inform ("declined to give the sum", "to be
#: interviewed", "to specify a date"): a refusal to speak, no statement.
_INFORMING = frozenset(["give", "interview", "specify", "identify", "name", "disclose", "reveal"])


#: Verbs of telling whose refused question says nothing ("declined to say whether X",
#: "refused to confirm how much"): the wh-clause is what was not answered.
_ANSWERING = frozenset(["say", "confirm", "disclose", "reveal", "explain", "tell", "state"])


#: Speech verbs whose object is content only when it is a direct object ("said nothing").
_SAY = frozenset(["say", "tell", "write", "add"])


#: One-word answers a verb of answering reports ("Asked if he would run, Lee said no").
ANSWER_WORDS = frozenset(["yes", "no", "so"])

#: Verbs whose one-word answer is a report ("said yes", "answered no", "replied so").
_ANSWER_VERBS = frozenset(["say", "answer", "reply"])


#: Subordinators of adverbial clauses: a clause they open is not a report's content.
_ADVERBIAL_MARKS = frozenset(
    ["as", "while", "when", "because", "after", "before", "since", "although", "though", "until"]
)


#: Entity labels of a name that can stand in apposition for a described speaker.
_NAMED_LABELS = frozenset(["PERSON", "ORG"])


#: Subordinators of a reason or condition that goes with what was said ("said X because Y").
_REASON_MARKS = frozenset(["because", "if", "unless", "since", "so"])


def _reason_after(verb: Token, last: Token) -> Token | None:
    """ "said it left the meetings out because they were official duties": the parser hung the
    reason (or condition) on the cue; after the reported clause it is part of what was said
    (PolNeAR: 23 of 23). Not "while ..." or a participle, the writer's more often. Returns the
    clause's verb, or None."""
    for c in verb.rights:
        if c.dep_ == "advcl" and c.i > last.right_edge.i:
            marks = [m.lower_ for m in c.children if m.dep_ == "mark" and m.i < c.i]
            return c if marks and marks[0] in _REASON_MARKS else None
    return None


def _before_conj_cue(clause: Token, end: int) -> int:
    """Where a reported clause ends when the parser hung the speaker's next cue on it."""
    doc = clause.doc
    # "... since the story went viral and denied that X": or hung on a clause inside it
    inner = [a for a in clause.rights if a.dep_ == "advcl"]
    for c in [*clause.rights, *(r for a in inner for r in a.rights)]:
        if _misplaced_conj_cue(c) is None:
            continue
        k = c.left_edge.i
        while k > clause.i and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
            k -= 1
        if k > clause.i:
            return min(end, doc[k - 1].idx + len(doc[k - 1]))
    return end


def _before_dangling_cc(clause: Token, end: int) -> int:
    """ "said the plan was sound, and denied that ...": the parser may hang the "and" that
    joins the speaker's next act on the reported clause; no clause ends in a conjunction."""
    doc = clause.doc
    k = clause.right_edge.i
    if doc[k].dep_ != "cc" or doc[k].idx + len(doc[k]) != end:
        return end
    while k > clause.i and (doc[k].dep_ == "cc" or doc[k].is_punct):
        k -= 1
    return doc[k].idx + len(doc[k])


def _before_own_report(clause: Token, end: int) -> int:
    """Where a reported clause ends when an adverbial clause in it is a report of its own
    ("said the road was safe, although she conceded that the bridge may need repairs"):
    the concession is the second report's, not part of the first."""
    doc = clause.doc
    for c in clause.rights:
        if (
            c.dep_ == "advcl"
            and (any(s.dep_ in _SUBJECTS for s in c.children) or _speaking_participle(c))
            and any(_reports_clause(v) for v in (c, *_went_on_to(c)))
        ):
            k = c.left_edge.i
            while k > clause.i and doc[k - 1].is_punct and doc[k - 1].text not in _CLOSERS + "'":
                k -= 1
            if k > clause.i:
                return min(end, doc[k - 1].idx + len(doc[k - 1]))
    return end


def _before_joined_reporter(clause: Token, end: int) -> int:
    """Where a reported clause ends when a second source and its own report are joined to
    it ("reported that they had found cracks and more than 200 residents called for the
    bridge to be closed", "... and a group of 40 families has written"): the report is the
    second source's, whether the parser joins its verb to the clause or makes the source a
    conjunct of the object and its verb, in the past like a main verb, a modifier of it. A
    conjunct that reports nothing stays in."""
    for verb in clause.rights:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ != "conj" or subject is None or not _people_named(subject):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            continue  # "said X but that the family had told Y": a second clause of the report
        if verb.lemma_.lower() in CUE_LEMMAS and (
            verb.tag_ in ("VBD", "VBZ", "VBP") or _perfect(verb)
        ):
            return _end_before(clause, verb.left_edge, end)
    for noun in clause.subtree:
        if noun.dep_ != "conj" or noun.i <= clause.i or not _someone_by_lemma(noun):
            continue
        if _someone_by_lemma(noun.head):
            continue  # "the mayor and two residents called ...": one list of people
        acl = next((c for c in noun.rights if c.dep_ == "acl"), None)
        if acl is None or acl.lemma_.lower() not in CUE_LEMMAS or acl.tag_ not in ("VBD", "VBN"):
            continue
        if not any(c.dep_ == "agent" for c in acl.children):  # not "called by the defence"
            return _end_before(clause, noun.left_edge, end)
    return end


def _before_disputed_claim(comp: Token, end: int) -> int:
    """Where a reported clause ends when an apposition after it tells another source's
    answer to it ("said the caretaker left a window open, a claim the union rejected as
    ...", "..., an allegation the company denies"): the answer is the other source's report."""
    doc = comp.doc
    for t in comp.sent:
        if t.lemma_.lower() not in CLAIM_NOUNS or t.i <= comp.left_edge.i or t.idx >= end:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts):
            continue
        k = t.left_edge.i
        if doc[k - 1].text != ",":
            continue
        for r in t.rights:
            answer = r.dep_ == "relcl" and r.lemma_.lower() in DISPUTE_LEMMAS | CUE_LEMMAS
            subjects = [c for c in r.children if c.dep_ == "nsubj"]
            if answer and any(_answering(c) for c in subjects):
                return min(end, doc[k - 2].idx + len(doc[k - 2]))
    return end


def _answering(subject: Token) -> bool:
    """Whether a relative clause's subject is a source of its own ("the union", "he"), not
    the relative pronoun ("a claim that angered ...")."""
    own = subject.pos_ in ("NOUN", "PROPN") or subject.pos_ == "PRON"
    return own and subject.lower_ not in _RELATIVE_PRONOUNS


#: Pronouns that open a relative clause and stand for the noun it describes.
_RELATIVE_PRONOUNS = frozenset(["that", "which", "who", "whom", "whose"])


def _perfect(verb: Token) -> bool:
    """ "has written", "had told": a past participle made a main verb by "have"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _end_before(clause: Token, first: Token, end: int) -> int:
    """The end of ``clause`` cut before ``first`` and the conjunction and commas before it."""
    doc = clause.doc
    k = first.i
    while k > clause.i and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
        k -= 1
    return min(end, doc[k - 1].idx + len(doc[k - 1])) if k > clause.i else end


def _people_named(tok: Token) -> bool:
    """A source in any number, or a body of them named by its members ("a group of 40
    families", "a coalition of residents")."""
    if _someone_by_lemma(tok):
        return True
    of = [o for p in tok.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(_someone_by_lemma(o) or o.lemma_.lower() in COLLECTIVE_PEOPLE for o in of)


def _someone_by_lemma(tok: Token) -> bool:
    """A word that names a source in any number ("residents", "scientists")."""
    return _can_speak(tok) or is_person_noun(tok.lemma_.lower())


def _reports_clause(verb: Token) -> bool:
    """A verb of saying with a clause after it ("insisted that X", "says X")."""
    return verb.lemma_.lower() in CUE_LEMMAS and any(
        s.dep_ == "ccomp" and s.i > verb.i for s in verb.children
    )


def _went_on_to(verb: Token) -> list[Token]:
    """ "went on to say X", "kept insisting X": the verb of saying an aspect verb takes."""
    return [x for x in verb.children if x.dep_ == "xcomp"]


def _before_misread_main_verb(clause: Token, end: int) -> int:
    """Where a reported clause ends when the sentence's main verb, misread as a participle,
    hangs inside it ("Lee, who had said the photos came from his notebook, posted that X":
    "his notebook, posted ..."): the relative clause's report stops at the comma."""
    doc = clause.doc
    for tok in clause.subtree:
        if tok.i > clause.i and _misread_main_verb(tok):
            return min(end, doc[tok.i - 2].idx + len(doc[tok.i - 2]))
    return end


def _subtree_sizes(doc: Doc) -> list[int]:
    """The number of tokens in each token's subtree, in one pass over the heads."""
    sizes = [1] * len(doc)
    heads = [t.head.i for t in doc]
    depth = [0] * len(doc)
    for t in doc:  # depth by walking up once per token, memoised through `depth`
        path = []
        i = t.i
        while depth[i] == 0 and heads[i] != i:
            path.append(i)
            i = heads[i]
        d = depth[i]
        for j in reversed(path):
            d += 1
            depth[j] = d
    for i in sorted(range(len(doc)), key=lambda j: -depth[j]):
        if heads[i] != i:
            sizes[heads[i]] += sizes[i]
    return sizes


def _span_of(tokens: Iterable[Token]) -> tuple[int, int] | None:
    toks = list(tokens)
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _content_of(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The words a cue verb reports: its clause, or what follows an object-taking cue."""
    lemma = verb.lemma_.lower()
    # "told People magazine the reports were untrue": the parser may take the hearer's
    # common noun for a complement; a bare noun beside a clause is no report
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    if any(c.pos_ in ("VERB", "AUX") for c in comps):
        # "told the British tabloid the Daily Star he was ...": a noun read as a complement
        # is part of whom it was told; the clause is the verb's
        comps = [c for c in comps if c.pos_ not in ("NOUN", "PROPN")]
    if any(c.dep_ == "ccomp" for c in comps):
        comps = [c for c in comps if not (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))]
    if not comps and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("seem", "appear"):
        # "X, one reader appears to suggest": the clause hangs on "appears"
        comps = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    if _clause_says_nothing(lemma, comps):
        return None
    # "Ferry runs aground; operator blames fog": a semicolon ends what a clause before it
    # says; the cue after it reports its own object, not the clause
    comps = [c for c in comps if c.i > verb.i or not _semicolon_between(c, verb)]
    if not comps and lemma in _SAY:
        comps = _clause_on_adverbial(verb)
    if not comps:
        comps = _that_clause_read_as_adverbial(verb)
    if not comps:
        comps = _claim_clause_past_aside(verb)
    if comps:
        return _clause_content(verb, speaker, comps)
    clause = _object_then_clause(verb)
    if clause is not None:  # "insisted [the rest of it] [was older]": one clause
        obj = next(c for c in verb.children if c.dep_ in ("dobj", "obj"))
        last = clause.right_edge
        return obj.left_edge.idx, last.idx + len(last)
    return _clauseless_content(verb, speaker)


def _clause_on_adverbial(verb: Token) -> list[Token]:
    """ "said before the meeting began that he would vote against it": the parser hangs the
    "that" clause on the verb of the adverbial clause between it and the cue ("began"),
    which reports nothing; the clause is the cue's. Empty for any other shape."""
    for adv in (c for c in verb.rights if c.dep_ == "advcl"):
        if adv.lemma_.lower() in CUE_LEMMAS or not any(m.dep_ == "mark" for m in adv.children):
            continue
        if any(c.dep_ in ("dobj", "obj") for c in adv.children):
            continue
        hung = [c for c in adv.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"]
        if hung:
            return hung[-1:]
    return []


#: Words before "that" that make it no complementizer ("so that", "now that", "given that").
_NOT_COMPLEMENT_BEFORE = frozenset(["so", "such", "now", "given", "except", "provided", "in"])


def _that_clause_read_as_adverbial(verb: Token) -> list[Token]:
    """ "reported on Sunday, citing internal emails, that two depots had closed": the parser
    made the "that" clause an adverbial clause of the cue (the participle between them
    misled it); a clause after the cue opened by a bare "that" is what the cue reports."""
    for adv in (c for c in verb.rights if c.dep_ == "advcl"):
        marks = [m for m in adv.children if m.dep_ == "mark"]
        if len(marks) != 1 or marks[0].lower_ != "that" or marks[0].i == 0:
            continue
        if marks[0].nbor(-1).lower_ in _NOT_COMPLEMENT_BEFORE:
            continue
        if any(c.dep_ in _SUBJECTS for c in adv.children):
            return [adv]
    return []


def _claim_clause_past_aside(verb: Token) -> list[Token]:
    """ "rejected the suggestion, first made by X, that Y": the parser hangs the "that" clause
    of the object (a noun of what was said) on the participle set off between them; the
    clause is the object's, and what the cue reports. Empty for any other shape."""
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in _CLAIMS or obj.right_edge.i + 1 >= len(obj.doc):
        return []
    comma = obj.doc[obj.right_edge.i + 1]
    aside = next(
        (
            t
            for t in (*obj.rights, *verb.rights)
            if t.i == comma.i + 1 or (t.i > comma.i and t.left_edge.i == comma.i + 1)
        ),
        None,
    )
    if comma.text != "," or aside is None or aside.tag_ != "VBN":
        return []
    for clause in (c for c in aside.rights if c.dep_ == "ccomp"):
        mark = clause.left_edge
        if mark.lower_ == "that" and mark.dep_ == "mark" and mark.nbor(-1).text == ",":
            return [clause]
    return []


def _cites_before_that(verb: Token) -> bool:
    """Whether a "citing X" participle stands inside a reported clause before its "that"
    ("reported, citing internal emails, that ..."): the outlet's source, not a statement."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i > verb.i for m in verb.head.children)


def _semicolon_between(comp: Token, verb: Token) -> bool:
    """Whether a semicolon stands between a clause and the later cue the parser hung it on."""
    return any(t.text == ";" for t in comp.doc[comp.right_edge.i + 1 : verb.i])


def _clause_content(
    verb: Token, speaker: Token | None, comps: list[Token]
) -> tuple[int, int] | None:
    """The span of the clause a cue verb reports ("said [that] the plan failed")."""
    lemma = verb.lemma_.lower()
    comp = comps[-1] if verb.i > comps[0].i else comps[0]
    first = comp.left_edge
    that = _that_after_adverbial(comp) if comp.i > verb.i else None
    if comp.i > verb.i and first.lower_ != "that" and that is None:
        # "said as the crowd cheered" ("as" on the clause or on "said"): not what was said
        after = [t for t in verb.doc[verb.i + 1 : first.i + 1] if not t.is_punct]
        if after and after[0].lower_ in _ADVERBIAL_MARKS:
            return None
    subjectless = not any(c.dep_ in _SUBJECTS for c in comp.children)
    clause = None
    if lemma in _SAY and comp.tag_ == "VBG" and subjectless and first.i == comp.i:
        clause = _gerund_subject(verb, comp)
        if clause is None:
            return None  # "said, answering a question": what the speaker was doing
    last = _run_on_complement(comp, comps) if comp.i > verb.i else comp
    if clause is not None and clause.right_edge.i > last.right_edge.i:
        last = clause
    start, end = comp.left_edge.idx, last.right_edge.idx + len(last.right_edge)
    # the parser may run a trailing clause on as a second complement: the first one's
    # result participle still ends the report ("said X, putting Y at odds as Z widens")
    end = _before_medium(last, _before_result(last, _before_result(comp, end)))
    end = _before_relay(last, end)
    end = _before_own_report(last, _before_conj_cue(last, _before_dangling_cc(last, end)))
    end = _before_misread_main_verb(comp, end)
    end = _before_joined_reporter(last, end)
    end = _before_disputed_claim(comp, end)
    more = _reported_conjunct(verb, last) or _reason_after(verb, last) if comp.i > verb.i else None
    if more is not None:
        end = max(end, more.right_edge.idx + len(more.right_edge))
    if comp.i < verb.i:
        end = min(end, _before_apposed_report(comp, verb, speaker))
    lead = comp.left_edge
    before = comp.i < verb.i and lead.dep_ == "advmod" and lead.i + 1 < comp.i
    if before and lead.nbor().text == ",":  # "However, the plan failed, he said"
        start = lead.nbor(2).idx
    if comp.i > verb.i:
        # "told reporters that ..." / "said Monday that ...": the clause starts at its edge.
        first = comp.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            start = first.nbor().idx if first.i + 1 < len(first.doc) else start
        if that is not None and that.i + 1 < len(that.doc):
            start = that.nbor().idx  # "said after the vote that ...": after "that"
        claim = _claim_before(verb, comp) or _asked_of(verb, comp)
        if claim is not None:
            start = claim.left_edge.idx
        subject = _that_subject(verb, comp) if subjectless else None
        if subject is not None:
            start = subject.left_edge.nbor().idx
        elif subjectless:
            read = _object_read_as_subject(verb, comp)
            start = read.left_edge.idx if read is not None else start
        relative = _relative_subject(verb, comp)
        if relative is not None:
            start = relative
    return start, end


#: Dependents that may stand between a cue and the "that" of its clause: an adverbial.
_ADVERBIAL_DEPS = frozenset(["advcl", "prep", "npadvmod", "advmod", "punct"])


def _that_after_adverbial(comp: Token) -> Token | None:
    """ "said after the report was published that she would study it": the parser hangs
    the adverbial clause between the cue and "that" on the reported clause, whose own
    words begin after "that" (returned); None unless only adverbial clauses a conjunction
    opens stand before the "that" ("reported, citing two aides, that" is a relay)."""
    that = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or comp.left_edge.i == that.i:
        return None
    lead = [c for c in comp.children if c.i < that.i]
    clauses = [c for c in lead if c.dep_ == "advcl"]
    if not clauses or any(c.dep_ not in _ADVERBIAL_DEPS for c in lead):
        return None
    # a clause a conjunction opens ("after ...", "before ..."), not a participle ("citing ...")
    if not all(any(m.dep_ == "mark" for m in c.children) for c in clauses):
        return None
    return that


def relative_report(verb: Token) -> bool:
    """Whether a cue verb reports a clause whose subject is the relative pronoun before it
    ("the fee, which critics said was unfair"): its content ("was unfair") has no subject
    of its own, which stands outside the quote."""
    return any(
        _relative_subject(verb, c) is not None
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > verb.i
    )


def _relative_subject(verb: Token, comp: Token) -> int | None:
    """ "the fee, which critics said was unfair": a report in a relative clause whose
    pronoun is the subject of what was said. The relative pronoun and the speaker stand
    before the cue, so the content is the reported clause after it ("was unfair"), the
    start offset returned; None for any other clause."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > verb.i or subjects[0].lower_ not in _RELATIVE:
        return None  # one subject, the pronoun: not a garbled "which X says it has ..."
    after = [t for t in comp.subtree if t.i > verb.i and not t.is_punct]
    if not after:
        return None
    first = after[0]
    if first.lower_ == "that" and first.dep_ == "mark" and len(after) > 1:
        first = after[1]
    return first.idx


def _clauseless_content(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """What a cue verb with no clause reports: an aside's clause, a demand, a topic, an object."""
    lemma = verb.lemma_.lower()
    aside = _as_aside(verb) or _trailing_conj(verb) or _stranded_that_clause(verb)
    if aside is not None:
        return aside
    answer = _answer(verb)
    if answer is not None:
        return answer
    subject_after = any(c.dep_ in _SUBJECTS and c.i > verb.i for c in verb.head.children)
    if verb.dep_ == "parataxis" and verb.head.i > verb.right_edge.i and subject_after:
        # "Under the new rules, Ann Lee said, the shops will shut": the clause after the aside.
        doc = verb.doc
        k = verb.right_edge.i + 1
        while k < verb.head.i and doc[k].is_punct:
            k += 1
        last = verb.head.right_edge
        return doc[k].idx, last.idx + len(last)
    around = _around_aside(verb)
    if around is not None:
        part = verb.doc.char_span(*around[0], alignment_mode="expand")  # not all of Doc.text
        return around[0] if part is not None and _words(part.text) >= 2 else around[1]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "The plan will fail, he said." parsed with "said" under the main clause.
        head = verb.head
        left = head.left_edge
        return left.idx, verb.left_edge.idx
    demand = _called_for(verb) if lemma == "call" else None
    if demand is not None:
        return demand
    spelt_out = _spelt_out_object(verb)
    if spelt_out is not None:
        return spelt_out
    topic = _topic_of(verb)
    if topic is not None:  # "spoke of the plan as a failure": what it was called goes too
        last = max((c for c in verb.rights if c.lower_ == "as"), default=topic, key=lambda t: t.i)
        last = max(last, topic, key=lambda t: t.i).right_edge
        return topic.left_edge.idx, last.idx + len(last)
    return _object_content(verb, speaker)


def _answer(verb: Token) -> tuple[int, int] | None:
    """ "Asked if he would run, Lee said no", "half of them said yes": an answer word right
    after a verb of saying is what it reports, with what a "no" turns down ("said no to the
    tax"). Only where the answer ends its clause: "said so many times" says no answer."""
    doc = verb.doc
    if verb.lemma_.lower() not in _ANSWER_VERBS or verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    if word.lower_ not in ANSWER_WORDS or word.head != verb:
        return None
    last = word
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "to" and word.lower_ == "no":
        last = after.right_edge  # "said no to the new tax"
    elif after is not None and not (after.is_punct or after.lower_ in ("and", "but", "while")):
        return None
    return word.idx, last.idx + len(last)


def _clause_says_nothing(lemma: str, comps: Sequence[Token]) -> bool:
    """ "declined to comment": a refusal to speak; "found himself embroiled in ...": a
    situation the subject is in, not a finding."""
    if lemma in _REFUSALS and any(c.lemma_.lower() in _SPEAKING for c in comps):
        return True
    if lemma in _REFUSALS and any(_informing(c) for c in comps):
        return True
    return lemma == "find" and any(s.lower_ in _REFLEXIVES for c in comps for s in c.children)


def _informing(comp: Token) -> bool:
    """ "to give the sum", "to be interviewed", "to say whether X", "to be drawn on it" (the
    no-comment formula): to inform (not "to give up the fight")."""
    if comp.lemma_.lower() == "draw" and any(c.dep_ == "auxpass" for c in comp.children):
        return True
    if comp.lemma_.lower() in _ANSWERING:
        return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS for c in comp.children)
    if comp.lemma_.lower() not in _INFORMING:
        return False
    return not any(c.dep_ == "prt" for c in comp.children)


def _object_content(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """What follows an object-taking cue ("praised the plan", "blamed X for Y"), or the
    quotation object of a verb of saying; None when the object is no statement."""
    lemma = verb.lemma_.lower()
    takes_object = lemma in OBJECT_CUE_LEMMAS or lemma in ATTITUDE_LEMMAS or lemma in TOPIC_LEMMAS
    takes_object = takes_object or _phrasal(verb) in REJECTING_PHRASALS or _framed_cue(verb)
    if takes_object:
        passive = _passive_object(verb)
        if passive is not None:
            return passive
    if not (takes_object or lemma in _SAY):
        return None
    objs = [
        c
        for c in verb.rights
        if c.dep_ in _OBJECTS
        and c is not speaker
        and not c.is_punct
        and c.lower_ != "by"
        and (c.dep_ != "prep" or any(True for _ in c.children))  # not a particle
    ]
    if _says_nothing(lemma, objs) or _reason_for_silence(verb):
        return None
    objs = _past_setting(objs)
    if objs:
        last = _purpose_after(verb, objs[-1]) or objs[-1].right_edge
        reason = _reason_after(verb, last) if takes_object else None
        if reason is not None:  # "accused X of Y because Z": the charge's reason is in it
            last = reason.right_edge
        return objs[0].left_edge.idx, last.idx + len(last)
    return None


def _spelt_out_object(verb: Token) -> tuple[int, int] | None:
    """ "argued the opposite: that X", "said one thing: that X": the object the clause after
    the colon spells out, with that clause."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.i + 2 >= len(obj.doc):
            continue
        colon, that = obj.nbor(1), obj.nbor(2)  # the object's own next words
        clause = that.head
        spells = colon.text == ":" and that.lower_ == "that" and that.dep_ == "mark"
        if spells and clause.head.i == obj.i and clause.dep_ in ("acl", "ccomp", "appos"):
            last = obj.right_edge
            return obj.left_edge.idx, last.idx + len(last)
    return None


def _reason_for_silence(verb: Token) -> bool:
    """ "declined to comment, citing the rules": the reason given for saying nothing."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.lemma_.lower() == "cite" and head.lemma_ in _REFUSALS


def _purpose_after(verb: Token, obj: Token) -> Token | None:
    """ "defended her call to raise the wage": the parser hung the infinitive that completes
    the object noun on the cue; right after the object (no comma), it belongs to the object.
    Returns the infinitive's last token, or None."""
    if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in verb.rights:
        to = c.left_edge
        if c.dep_ == "advcl" and to.i == obj.right_edge.i + 1 and to.lower_ == "to":
            return c.right_edge if to.dep_ == "aux" else None
    return None


def _says_nothing(lemma: str, objs: Sequence[Token]) -> bool:
    """The cue's objects are no statement: who was spoken to, a thing made, a source."""
    nouns = [c for c in objs if c.dep_ in ("dobj", "obj")]
    if lemma in _SAY and not nouns:
        return True
    if _circumstance_only(lemma, objs, nouns):
        return True
    if lemma in ("write", "add") and not any(_MARK.match(c.left_edge.text) for c in objs):
        # "wrote new songs", "added jobs": a thing made or added, not words said; but
        # "adds support to the view that ...": a claim is backed
        return not (
            lemma == "add"
            and any(t.dep_ == "mark" and t.lower_ == "that" for c in objs for t in c.subtree)
        )
    if lemma in _REFUSALS and not nouns:
        return True  # "fees declined to $2 million", "declined at first": a fall, no refusal
    if lemma == "tell" and not any(_told_thing(c) for c in nouns):
        return True  # "told the crowd", "told a Senate panel": the object is who was spoken to
    if lemma == "cite" and any(_is_source(c) for c in nouns):
        return True  # "citing an unnamed source": the object is a source, not content
    if lemma == "cite" and nouns and _cites_before_that(nouns[0].head):
        return True  # "reported, citing internal emails, that X": what backs the report
    if lemma in _SAY and any(c.lower_ in _NOTHING for c in nouns):
        return True  # "said nothing about it": a negated report
    if lemma == "confirm" and any(is_person_noun(c.lemma_.lower()) for c in nouns):
        return True  # "the Senate confirmed two judges": an appointment, not a statement
    # "called their wives": a phone call, not a statement
    return lemma == "call" and bool(objs) and all(c in nouns and _addressee(c) for c in objs)


def _told_thing(noun: Token) -> bool:
    """What one tells, not whom: "told the truth", "tells a different story", a quotation.
    Not one's own story ("the family told their story in good faith", "told her side of the
    story"): the act of telling it, with nothing told in the report."""
    if _MARK.match(noun.left_edge.text):
        return True
    owned = any(c.dep_ == "poss" for c in noun.lefts)
    return noun.lemma_.lower() in TOLD_NOUNS and not owned


def _circumstance_only(lemma: str, objs: Sequence[Token], nouns: Sequence[Token]) -> bool:
    """The cue's objects say where, when or to whom it happened, not what was said: only
    setting phrases ("cited on Wednesday", "warned in its report", "called over her
    shoulder"), "each other" ("they mocked each other"), "called to mind" (recalled), or
    "found himself" (in a situation)."""
    if lemma == "call" and any(c.lower_ == "to" and _pobj_lemma(c) == "mind" for c in objs):
        return True
    if lemma == "find" and any(c.lower_ in _REFLEXIVES for c in nouns):
        return True  # "found himself embroiled in ...": a situation, not a finding
    if nouns:  # "attacked each other for ...": a charge follows
        return len(nouns) == len(objs) and all(_reciprocal(c) for c in nouns)
    return bool(objs) and all(_setting_phrase(c) for c in objs)


def _setting_phrase(c: Token) -> bool:
    """ "at a rally", not "at the debate that taxes will rise" (a claim hung on the phrase)."""
    setting = c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPS
    return setting and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)


def _pobj_lemma(prep: Token) -> str:
    return next((c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"), "")


def _reciprocal(noun: Token) -> bool:
    """ "each other", "one another" """
    return noun.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in noun.lefts
    )


#: Prepositions that open only a setting when nothing else follows a cue ("spoke at a rally",
#: "cited on Wednesday", "during the campaign"); not "about", "of", "for", "with", "against".
_CIRCUMSTANCE_PREPS = frozenset(["in", "at", "during", "on", "under", "over", "since", "through"])


#: Prepositions of where, when and how a cue happened ("at a rally", "on Monday", "in a
#: tweet"); not "before"/"after", which often bound what is reported ("ruled out strikes
#: before the holidays").
_OCCASION_PREPS = frozenset(["in", "at", "during", "on", "with", "from"])


def _past_setting(objs: list[Token]) -> list[Token]:
    """ "endorsed the mayor at a rally on Monday": where and when the cue happened (a setting
    preposition after its object) is no part of what it reports. "blamed X on Y" keeps Y."""
    for k, c in enumerate(objs):
        grounds = c.lower_ == "on" and c.head.lemma_.lower() == "blame"
        setting = k and c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS and not grounds
        setting = setting and _an_occasion(c)
        if setting and any(o.dep_ in ("dobj", "obj") for o in objs[:k]):
            return objs[:k]
    return objs


#: Events a cue happens at ("on the show", "at a hearing"), besides media and gatherings.
_EVENTS = frozenset(
    [
        "show",
        "program",
        "programme",
        "appearance",
        "event",
        "hearing",
        "page",
        "website",
        "site",
        "debate",
        "forum",
        "summit",
        "session",
        "visit",
        "tour",
        "trip",
        "stop",
        "ruling",
    ]
)


def _an_occasion(prep: Token) -> bool:
    """The phrase is a time, a place, a medium, a gathering or the people spoken with ("on
    Monday", "in Ohio", "in a speech", "at a rally", "with reporters"); not a matter ("in
    support of X", "in the aftermath of the storm", "in supporting the war"), which PolNeAR
    keeps in what the cue reports."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    if prep.lower_ == "during":
        return True  # "during his time on the show": always when
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PRON" or is_person_noun(lemma) or lemma in _MEDIA | _AUDIENCES | _EVENTS:
        return True  # "discussed it with reporters", "in a speech", "at a rally"
    return noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC")


def _claim_before(verb: Token, comp: Token) -> Token | None:
    """ "denied claims by the board that it agreed to a sale": the parser hung the
    claim's that-clause on the cue; what was denied is the claim, the object before it. A
    name is no claim ("told The Evening Post that ...": the paper spoken to)."""
    for c in verb.rights:
        if c.dep_ in ("dobj", "obj") and c.i < comp.i and c.lemma_.lower() in _CLAIMS:
            return None if c.tag_ in ("NNP", "NNPS") else c
    return None


def _that_subject(verb: Token, comp: Token) -> Token | None:
    """ "ruled that notes from the meeting can be read": the parser read "that" as a
    determiner and made the clause's subject the cue's object, leaving the clause without
    one. The object opened by "that" right after the cue, with only its own words and a
    phrase hung on the cue before the subjectless clause, is that clause's subject."""
    for c in verb.rights:
        if c.dep_ not in ("dobj", "obj") or c.i > comp.i:
            continue
        first = c.left_edge
        if first.lower_ != "that" or first.dep_ != "det" or first.i != verb.i + 1:
            return None
        between = verb.doc[c.right_edge.i + 1 : comp.left_edge.i]
        if all(
            (t.head.i == verb.i and t.dep_ == "prep") or t.head.i > c.right_edge.i for t in between
        ):
            return c
        return None
    return None


def _object_read_as_subject(verb: Token, comp: Token) -> Token | None:
    """ "said the closure, which left 600 stranded, had been the only choice": the parser made
    the reported clause's long subject the object of "said" (which takes no object but what
    is said), leaving a finite clause without a subject right after it. That object, right
    after the cue with only a comma before the clause, is the clause's subject; else None."""
    if verb.lemma_.lower() not in ("say", "write", "add") or comp.i < verb.i:
        return None
    finite = comp.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in comp.children
    )
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "obj") and c.i < comp.i), None)
    if not finite or obj is None or obj.left_edge.i != verb.i + 1:
        return None
    between = verb.doc[obj.right_edge.i + 1 : comp.left_edge.i]
    return obj if all(t.text == "," for t in between) else None


#: Tags of a finite verb: a clause with one has a subject of its own to find.
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _asked_of(verb: Token, comp: Token) -> Token | None:
    """ "urged the industry to do more": who is asked to act is part of the request; the
    object right before the infinitive complement, or None."""
    if comp.dep_ != "xcomp" or comp.left_edge.lower_ != "to":
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == comp.left_edge.i:
            return c
    return None


def _around_aside(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The industry, she said, is doing better": the cue interrupts the clause it reports.

    Returns the clause's part before the aside and its part after it, or None.
    """
    head = verb.head
    if verb.dep_ != "parataxis":
        return _joined_quoting_tail(verb)
    if head.i < verb.i:
        return _aside_before_tail(verb)
    if head.i <= verb.right_edge.i or head.left_edge.i >= verb.left_edge.i:
        return None
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k > head.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    j = verb.right_edge.i + 1
    while j < head.i and doc[j].is_punct and doc[j].text not in _OPENERS + "'":
        j += 1
    last = head.right_edge
    before = (head.left_edge.idx, doc[k].idx + len(doc[k]))
    return before, (doc[j].idx, last.idx + len(last))


#: Conjunctions whose clause, after "X, she said,", goes on with her point ("..., yet Y").
_CONTRASTIVE = frozenset(["but", "yet"])


def _aside_before_tail(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The water is safe, she said, because the plant is upstream": the cue interrupts
    its clause after the clause's verb; what follows the aside (a subordinate clause, or
    one joined by "but" or "yet") is the clause's second part. None when nothing of the
    clause follows the aside, or what follows is joined by "and" (it may be another's)."""
    head, doc = verb.head, verb.doc
    rest = [c for c in head.children if c.i > verb.right_edge.i and not c.is_punct]
    if not rest or head.left_edge.i >= verb.left_edge.i:
        return None
    k = verb.left_edge.i - 1
    while k > head.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    j = verb.right_edge.i + 1
    while j < rest[0].left_edge.i and doc[j].is_punct:
        j += 1
    last = head.right_edge
    if _quoting_and_tail(doc, j, last):
        j += 1  # "X, she said, and Y would only 'add fuel to the flames'"
    elif not (doc[j].dep_ == "mark" or doc[j].lower_ in _CONTRASTIVE):
        return None  # "X, analysts say, and Y": the joined clause may be another's report
    while last.i > j and last.is_punct and last.text not in _CLOSERS + "'":
        last = doc[last.i - 1]
    return (head.left_edge.idx, doc[k].idx + len(doc[k])), (doc[j].idx, last.idx + len(last))


def _joined_quoting_tail(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "No one was hurt, he insisted, and the line would be 'open by Monday'": the parser
    makes the cue the root, the clause before it its complement and the "and" clause its
    conjunct; a conjunct that quotes words of its own and reports no one else's goes on with
    the speaker's point. Returns the clause before the cue and the conjunct, or None."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    if len(comps) != 1 or len(joined) != 1:
        return None
    conj = joined[0]
    ands = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
    if len(ands) != 1 or not any(c.dep_ in _SUBJECTS for c in conj.children):
        return None
    j, last = ands[0].i, conj.right_edge
    if not _quoting_and_tail(doc, j, last):
        return None
    comp = comps[0]
    k = comp.right_edge.i
    while k > comp.left_edge.i and doc[k].is_punct and doc[k].text not in _CLOSERS + "'":
        k -= 1
    while last.i > j and last.is_punct and last.text not in _CLOSERS + "'" + '"':
        last = doc[last.i - 1]
    before = (comp.left_edge.idx, doc[k].idx + len(doc[k]))
    return before, (doc[j + 1].idx, last.idx + len(last))


def _quoting_and_tail(doc: Doc, j: int, last: Token) -> bool:
    """Whether the clause joined by "and" at ``j`` (up to ``last``) goes on with the point
    of the speaker of the aside before it: it quotes words of its own and reports no one
    else's ("..., she said, and the ban would only 'add fuel to the flames'")."""
    if doc[j].lower_ != "and" or j + 1 >= last.i:
        return False
    tail = doc[j + 1 : last.i + 1]
    quoted = any(t.is_quote and t.text not in ("'s", "’s") for t in tail)
    cued = any(
        t.lemma_.lower() in CUE_LEMMAS
        and any(c.dep_ in _SUBJECTS for c in t.children)
        and not any(c.dep_ == "dobj" for c in t.children)  # "add fuel": no report
        for t in tail
    )
    return quoted and not cued


def _trailing_conj(verb: Token) -> tuple[int, int] | None:
    """ "Sales fell, the Acme Herald reported on Tuesday, citing a source": the parser joined
    the cue to the clause it reports as a conjunct; the content is that clause.

    Only a cue with its own subject set off by a comma (no "and"), and nothing reported
    after it.
    """
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    if subject is None or any(c.dep_ in said for c in verb.children):
        return None
    doc, edge = verb.doc, subject.left_edge.i
    if edge == 0 or doc[edge - 1].text != ",":
        return None
    first = verb.head.left_edge
    return first.idx, doc[edge - 1].idx


#: Prepositions of the grounds of praise or blame ("criticised for Y", "hailed as Y").
_GROUNDS = frozenset(["for", "as", "over"])


#: Nouns of what someone else said, whose that-clause the parser may hang on the cue.
_CLAIMS = STATED_NOUNS | REPORTING_NOUNS | {"report", "suggestion", "speculation"}


def _passive_object(verb: Token) -> tuple[int, int] | None:
    """ "The plan was rejected by the council": the subject of an object-taking cue in the
    passive, with its agent named, is what the agent rejected (as in "rejected the plan")."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.i > verb.i and c.lower_ in _GROUNDS for c in verb.children):
        return None  # "was criticised by X for Y": "for Y" is what the cue's object path gives
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _RELATIVE:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)


def _gerund_subject(verb: Token, comp: Token) -> Token | None:
    """ "He said taxing it would raise money": the parser took the gerund that is the subject
    of the reported clause for a complement of "said", and hung the clause on the gerund or
    beside it on "said". A gerund right after the cue (no comma between) followed by a clause
    with a subject of its own: returns that clause, or None."""
    if comp.i <= verb.i or any(t.is_punct for t in verb.doc[verb.i + 1 : comp.i]):
        return None
    after = [c for c in comp.children if c.dep_ == "ccomp"]
    after += [
        c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == comp.right_edge.i + 1
    ]
    for clause in after:
        if clause.i > comp.i and any(g.dep_ in _SUBJECTS for g in clause.children):
            return clause
    return None


#: Prepositions of a cue's setting ("said in a letter", "told reporters at a rally"): a
#: "that"-clause after their noun is not about the noun. Not "to" or "about" ("pointed to the
#: news that ...", "spoke about claims that ...": the clause is the noun's content).
_SETTING_PREPS = frozenset(["in", "at", "during", "on", "before", "after", "with", "from"])


def _adjunct_nouns(verb: Token) -> list[Token]:
    """The nouns of the setting phrases after a cue, nested ones included ("in a letter to
    the board"), by way of prepositions and their objects only."""
    found: list[Token] = []
    heads = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS]
    while heads:
        prep = heads.pop()
        for noun in prep.children:
            if noun.dep_ == "pobj":
                found.append(noun)
                heads += [c for c in noun.children if c.dep_ == "prep"]
    return found


def _stranded_that_clause(verb: Token) -> tuple[int, int] | None:
    """ "She argued in a letter to the board that the fees were unfair": the parser hung the
    reported clause on the last noun of the phrase between cue and "that", as a relative
    clause of it or as its complement. A "that"-clause with its own subject, on a noun of a
    prepositional phrase of the cue, is what was reported (a relative "that" is the clause's
    subject or object, not its marker)."""
    if verb.lemma_.lower() not in _SPOKEN:
        return None  # "describing the plan as a buzz that voters would reject"
    for noun in _adjunct_nouns(verb):
        for clause in noun.rights:
            first = clause.left_edge
            # "said in a statement that the rules 'were met'": also as the noun's complement
            if (
                clause.dep_ not in ("relcl", "acl")
                or first.lower_ != "that"
                or first.dep_ != "mark"
            ):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue
            if first.i + 1 >= len(verb.doc):
                continue
            return first.nbor().idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def _called_for(verb: Token) -> tuple[int, int] | None:
    """ "called for the United States to take a stronger role": what was called for (the
    parser reads "for" as opening a clause)."""
    for c in verb.rights:
        first = c.left_edge
        if c.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark":
            return first.nbor().idx, c.right_edge.idx + len(c.right_edge)
    return None


#: Participles that tell what a reported event led to, in the reporter's voice
#: ("the dam had burst, prompting fears of floods"): not part of what was said.
_RESULTS = frozenset(
    [
        "lead",
        "prompt",
        "spark",
        "trigger",
        "fuel",
        "raise",
        "cause",
        "cast",  # "casting a shadow over ..."
        "deepen",
        "reignite",
        "intensify",
        "stoke",
        # "said X, putting the board in a difficult spot": where the report leaves someone
        "put",
        "place",
        "pit",
    ]
)


def _before_relay(clause: Token, end: int) -> int:
    """Where a reported clause ends when "according to Y" trails it ("told Z that X "looks
    bad," according to Y"): Y only relays the report (:func:`kg.extract.quotes.cues._relays`)."""
    doc = clause.doc
    for c in clause.rights:
        if c.lower_ == "according" and c.dep_ == "prep" and c.i > clause.i:
            k = c.i
            while k > clause.i and doc[k - 1].is_punct and doc[k - 1].text not in _CLOSERS + "'\"":
                k -= 1
            if k > clause.i:
                return min(end, doc[k - 1].idx + len(doc[k - 1]))
    return end


def _before_result(clause: Token, end: int) -> int:
    """Where a reported clause ends when a result participle trails it after a comma."""
    doc = clause.doc
    for c in clause.rights:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _RESULTS:
            k = c.left_edge.i
            if k > 0 and doc[k - 1].text == ",":
                return min(end, doc[k - 1].idx)
    return end


#: Where a statement was made ("in an article", "in a video"): the cue's, not the content's.
_MEDIA = REPORTING_NOUNS | EVIDENCE_NOUNS | {"article", "column", "op-ed", "blog", "book"}


def _before_medium(clause: Token, end: int) -> int:
    """Where a reported clause ends when "in an article ..." trails it as its last phrase."""
    rights = [c for c in clause.rights if not c.is_punct]
    last = rights[-1] if rights else None
    if last is None or last.dep_ != "prep" or last.lower_ not in ("in", "on"):
        return end
    objs = [o for o in last.children if o.dep_ == "pobj"]
    if objs and objs[0].lemma_.lower() in _MEDIA and last.i > clause.i:
        k = last.i
        while k > clause.i and clause.doc[k - 1].is_space:
            k -= 1
        return min(end, clause.doc[k - 1].idx + len(clause.doc[k - 1]))
    return end


def _as_aside(verb: Token) -> tuple[int, int] | None:
    """ "As the company said, sales fell": the main clause after the aside.

    The cue hangs on the clause it reports as an adverbial clause opened by "as". After
    the clause ("sales fell, as the company said") it is left alone: there it more often
    compares than reports (measured on PolNeAR).
    """
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.lefts):
        return None
    head, doc = verb.head, verb.doc
    if verb.i > head.i:
        return None
    k = verb.right_edge.i + 1
    while k < head.i and doc[k].is_punct:
        k += 1
    last = head.right_edge
    return doc[k].idx, last.idx + len(last)


def _run_on_complement(comp: Token, comps: Sequence[Token]) -> Token:
    """The last of the clauses that continue ``comp`` word for word, or ``comp`` itself.

    "said the bridge closed by floods was 3 miles from the town" is sometimes
    parsed as two complements of "said", "closed" (holding "the bridge") and a
    subjectless "was"; the second is the rest of the first clause, not a new one.
    """
    last = comp
    for nxt in comps:
        if nxt.i <= last.i or nxt.left_edge.i != last.right_edge.i + 1:
            continue
        if any(c.dep_ in _SUBJECTS for c in nxt.children):
            break
        last = nxt
    return last


#: Verbs that, followed by "to be" / "to have", report hearsay about their subject.
_HEARSAY = frozenset(["say", "report", "rumor", "rumour", "believe", "think", "know", "allege"])


def _to_be_or_have(comp: Token) -> bool:
    """An infinitive "to be ..." or "to have (been) ..." ("said to have been approved")."""
    lefts = [t.lower_ for t in comp.lefts]
    return "to" in lefts and (comp.lemma_ == "be" or "have" in lefts or "be" in lefts)


def _before_apposed_report(comp: Token, verb: Token, speaker: Token | None) -> int:
    """Where a clause before its cue ends when the parser took the head of the source phrase
    for its last apposition ("X leads, a report from a consultancy, Acme, revealed")."""
    doc = verb.doc
    k = speaker.left_edge.i if speaker is not None and speaker.i < verb.i else verb.i
    k -= 1
    while k > comp.left_edge.i and doc[k].is_punct:
        k -= 1
    report = _source_apposition(doc[k], comp.left_edge.i, comp.i)
    if report is None or report.lemma_.lower() not in _MEDIA:
        return doc[-1].idx + len(doc[-1].text_with_ws)  # the end (doc.text would join it all)
    return doc[report.left_edge.i - 1].idx


def _source_apposition(tok: Token, floor: int, stop: int) -> Token | None:
    """The outermost apposition set off by a comma, from ``tok`` up to (not past) token
    ``stop``, that names a report or a source and starts after token ``floor``."""
    doc = tok.doc
    found = None
    while tok.i != stop and tok.head.i != tok.i:
        edge = tok.left_edge.i
        set_off = tok.dep_ == "appos" and edge > floor and doc[edge - 1].text == ","
        names = _is_source(tok) or tok.lemma_.lower() in _MEDIA or tok.ent_type_ in _NAMED_LABELS
        if set_off and names:
            found = tok
        tok = tok.head
    return found
