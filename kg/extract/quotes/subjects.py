"""Quote extraction, step 2 (a cue), its speaker: who a reporting verb's speaker is.

The subject of a cue as the parse gives it and the repairs when the parse hangs it
elsewhere: participles, reduced relatives, inverted speakers ("said Ann Lee"), subjects
shared with an earlier verb, trailing descriptions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.names import is_person_noun
from kg.extract.quotes.marks import _MARK
from kg.lexicon import (
    ANONYMOUS_HEADS,
    ATTITUDE_LEMMAS,
    CAUSATIVE_LEMMAS,
    CLAIM_NOUNS,
    COGNITION_LEMMAS,
    GENERIC_HEADS,
    GROUP_HEADS,
    OBJECT_CUE_LEMMAS,
    OBJECT_PARTICIPLE_LEMMAS,
    ORG_HEADS,
    PERSON_NOUNS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    SOURCE_NOUNS,
    SPEECH_LEMMAS,
    THAT_ONLY_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Every verb lemma that can report speech or thought.
CUE_LEMMAS = (
    REPORTING_LEMMAS | SPEECH_LEMMAS | COGNITION_LEMMAS | ATTITUDE_LEMMAS | THAT_ONLY_LEMMAS
)


#: Verbs of communication (not of thought): the innermost of nested reports that speaks.
_SPOKEN = REPORTING_LEMMAS - OBJECT_CUE_LEMMAS - COGNITION_LEMMAS


#: Gatherings one speaks to ("told the crowd").
_AUDIENCES = frozenset(["crowd", "audience", "rally", "gathering", "meeting", "conference"])


_OBJECTS = ("dobj", "dative", "prep", "oprd", "attr", "acomp", "pcomp", "obj")


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


_RELATIVE = frozenset(["who", "which", "that", "whom"])


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("rule out"), or the bare lemma. A particle may be
    parsed as a preposition with no object of its own ("played down the risk")."""
    particle = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1 and not list(c.children))
        ),
        None,
    )
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _negated(verb: Token) -> bool:
    """A "not" on the cue, not one the parser hung on it from inside a quotation before it
    ('"Absolutely not," she said': she said it, she did not fail to say something)."""
    return any(c.dep_ == "neg" and not _quoted_before(c, verb) for c in verb.children)


def _quoted_before(word: Token, verb: Token) -> bool:
    """Whether ``word`` stands inside a quotation that closes before ``verb``."""
    return word.i < verb.i and any(t.is_quote for t in word.doc[word.i + 1 : verb.i])


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker of a cue verb: its subject, agent, or the subject of the verb it hangs on."""
    doer = _participle_doer(verb) if depth == 0 and verb.tag_ == "VBG" else None
    if doer is not None:
        return doer
    found = _hung_subject(verb, depth)
    found = _sentence_subject(verb) if found is None and depth == 0 else found
    return _intensified(found) if found is not None else None


def _intensified(subject: Token) -> Token:
    """ "Lee himself wrote": the name an intensive reflexive stands after, not the reflexive
    (which the parser may make the subject, and which would resolve like a pronoun)."""
    if subject.lower_ not in _REFLEXIVES or subject.i == 0:
        return subject
    before = subject.doc[subject.i - 1]
    return before if before.pos_ in ("PROPN", "NOUN") else subject


def _reduced_relative(subject: Token) -> Token:
    """ "Staff arriving for the shift said": the parser may make the participle the clausal
    subject and the noun its subject; the noun, which the participle describes, is who spoke."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return subject
    nouns = [c for c in subject.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns and nouns[-1].i == subject.i - 1 else subject


def _participle_doer(verb: Token) -> Token | None:
    """The noun phrase right before a participle that does it: "with" (or "without") and a
    noun ("The talk ended with Lee asking ...") or the object of a verb of leaving or
    perceiving ("the closures left most teachers saying ..."), whatever the parser hung the
    participle on."""
    if _with_absolute(verb) and _someone(verb.head):
        return verb.head  # the parser hung the participle on its doer
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod":
        k -= 1
    if k < 0:
        return None
    edge = verb.doc[k]
    ending = [t for t in (edge, *edge.ancestors) if t.right_edge.i == k]
    noun = next((t for t in reversed(ending) if t.dep_ in ("pobj", "dobj")), None)
    if noun is None or not _someone(noun):
        return None
    if noun.dep_ == "pobj":
        return noun if noun.head.lower_ in ("with", "without") else None
    if not any(_can_be_left_saying(t) for t in noun.subtree):
        return None  # "Lee left the meeting saying ...": a meeting is left, Lee says
    return noun if noun.head.lemma_.lower() in OBJECT_PARTICIPLE_LEMMAS else None


def _can_be_left_saying(tok: Token) -> bool:
    """A word of an object that can do a participle of speech: a pronoun, a name or a word
    for people ("70 percent of nurses"), not a thing or an event ("the meeting")."""
    personal = _someone_personal(tok) or tok.pos_ == "PROPN"
    return personal or _can_speak(tok) or is_person_noun(tok.lemma_.lower())


def _hung_subject(verb: Token, depth: int) -> Token | None:
    """:func:`_subject`, from the verb and the verbs it hangs on.

    A verb walked up to that is a passive gives its grammatical subject, not its agent nor
    a subject further up: "Lee was joined on stage by Ann Kay and joked ...", "voters are
    united in supporting ..." (Lee joked, the voters support)."""
    found = _nearest_subject(verb, depth)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if depth == 0 or found is None or passive is None or passive.lower_ in _RELATIVE:
        return found
    named = passive.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in passive.children
    )  # "the singer Mara Quell was joined ..."
    if not (named or _someone_personal(passive) or _is_source(passive)):
        return found  # "Her attacks were echoed by aides, who ...": a thing says nothing
    return found if found.dep_ in ("nsubj", "csubj") and found.head is verb else passive


def _nearest_subject(verb: Token, depth: int) -> Token | None:
    """:func:`_hung_subject` before a passive's subject is preferred."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    misread = _misread_subject(verb) if verb.dep_ == "advcl" else None
    if misread is not None:
        return misread  # "Lee, who looks after players, denied that X": not "players denied"
    if subjects:
        return _among_subjects(verb, subjects)
    found = _agent_or_hung(verb)
    if found is not None:
        return found
    outer = _misplaced_conj_cue(verb)
    if depth < 3 and outer is not None:
        return _subject(outer, depth + 1)
    found = _subject_by_construction(verb, depth)
    return found if found is not None else _subject_above(verb, depth)


def _among_subjects(verb: Token, subjects: list[Token]) -> Token:
    """The speaker among the subjects the parser gave ``verb``."""
    # '"That, sadly," he said, "is life"': the parser may give "said" two subjects; the
    # speaker is the one next to the verb, not a word of the quotation before it.
    before = [c for c in subjects if c.i < verb.i]
    doc = verb.doc
    if len(before) > 1 and any(_MARK.fullmatch(t.text) for t in doc[before[0].i : verb.i]):
        return before[-1]
    # "an aide whom the mayor claimed ran the campaign": the parser may give "claimed" both
    # "whom" and "the mayor"; the relative pronoun is the subject of what was claimed
    named = [c for c in subjects if c.lower_ not in _RELATIVE]
    if len(named) == 2 and _apposed_name(named[0], named[1]):
        return named[1]
    return _reduced_relative(named[0] if len(subjects) > 1 and named else subjects[0])


def _agent_or_hung(verb: Token) -> Token | None:
    """A subjectless verb's speaker in its own clause: a passive's agent, a subject the
    parser misread or hung on an opener, a participle or an auxiliary, or the subject of
    a second cue of the same speaker."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    misread = _misread_subject(verb) or _age_before(verb)
    if misread is not None:
        return misread
    hung = _subject_hung_on_opener(verb)
    if hung is not None:  # "In a statement to the Bugle, a spokesperson said": appos of Bugle
        return hung
    hung = _subject_before_participle(verb)
    if hung is not None:  # "Lee, reached by phone, said": "Lee reached" read as a report
        return hung
    for child in verb.lefts:
        if child.dep_ == "aux":  # "X has, in a video, ruled out ...": hung on the auxiliary
            found = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    head = verb.head
    if verb.dep_ == "parataxis" and head.i > verb.i and head.lemma_.lower() in CUE_LEMMAS:
        # '"...," said Ann Lee, the chair, told the agency': one speaker, two cues
        found = next((c for c in head.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if found is not None and found.i < head.i:
            return found
    return None


def _subject_by_construction(verb: Token, depth: int) -> Token | None:
    """A subjectless verb's speaker read from the construction it sits in: "was quoted as
    saying", "led X to declare", a reporting participle, a noun "whose" describes, a
    passive's subject shared with a conjoined verb."""
    quoted = _quoted_one(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    if quoted is not None:  # "X was quoted as saying A, adding that B": X adds B
        return quoted
    caused = _caused_to(verb) if depth == 0 else None
    if caused is not None:  # "the loss led the chair to declare ...": the chair declares
        return caused  # (not a verb hung below: "persuade X to switch by arguing ...")
    reporter = _reporter_of_participle(verb) if depth == 0 else None
    if reporter is not None:  # "He denied that X had failed, saying Y": he says Y
        return reporter
    described = _whose_noun(verb)
    if described is not None:
        return described
    shared = _passive_subject_shared(verb)
    if shared is not None:  # "X was asked about it and joked that ...": X joked
        return shared
    return None


def _subject_above(verb: Token, depth: int) -> Token | None:
    """The subject of the verb a subjectless verb hangs on (a conjoined or complement verb,
    "responded by saying that"), up to three levels."""
    walks_up = ("conj", "advcl", "xcomp", "ccomp", "acomp")  # "acomp": "was eager to reply"
    if depth < 3 and verb.dep_ in walks_up and verb.head is not verb:
        if verb.dep_ == "ccomp" and verb.head.lemma_ not in ("be", "go", "continue", "begin"):
            return None
        return _subject(verb.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        outer = verb.head.head
        if verb.head.lower_ == "as" and _quoted_one(outer) is not None:
            # "the source was quoted as saying": the one quoted is the speaker
            return _quoted_one(outer)
        return _subject(outer, depth + 1)  # "responded by saying that ..."
    return None


def _whose_noun(verb: Token) -> Token | None:
    """ "A teacher whose video has been viewed a million times insisted that X": the parser
    may take the relative clause's verb ("viewed") for the main one and hang the finite cue
    on it; the noun "whose" describes, its subject, is the cue's subject. None otherwise."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if head.i > verb.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for subject in head.children:
        opens = subject.i + 1 < head.i and doc[subject.i + 1].lower_ == "whose"
        if subject.dep_ in ("nsubj", "nsubjpass") and opens:
            return subject
    return None


def _passive_subject_shared(verb: Token) -> Token | None:
    """The subject of a passive verb that ``verb`` is joined to ("X was asked about the
    film and joked that ..."), which the joined verb shares."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or any(c.dep_ == "nsubj" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _subject_hung_on_opener(verb: Token) -> Token | None:
    """The subject the parser set in apposition to the last word of an opening phrase ("In
    a statement to the Bugle, a spokesperson said": "spokesperson" hung on "Bugle"), when
    the verb has no subject and that noun phrase ends right before it."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    opener = next((c for c in verb.lefts if c.dep_ == "prep"), None)
    if opener is None:
        return None
    for tok in opener.subtree:
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i + 1 == verb.i:
            comma = verb.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
            if comma is not None and comma.text == ",":
                return tok
    return None


def _subject_before_participle(verb: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas between it and the cue
    ("Lee, reached by phone, said ...", "The mayor, asked about the cuts, said ..."): the
    parser reads "Lee reached by phone" as a clause the cue reports, and leaves the cue with
    no subject. None unless the commas close in the participle with nothing quoted."""
    if verb.i < 2 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.lefts:
        if (
            c.dep_ not in ("ccomp", "advcl")
            or c.tag_ not in ("VBN", "VBD")
            or doc[verb.i - 1].text != ","
        ):
            continue
        subject = next((t for t in c.lefts if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.right_edge.i not in (c.i - 2, c.i - 1):
            continue
        if doc[c.i - 1].text != ",":
            continue
        if c.right_edge.i + 2 == verb.i and not any(_MARK.match(t.text) for t in c.subtree):
            return subject
    return None


def _misread_main_verb(verb: Token) -> bool:
    """Whether the parser read a main reporting verb as a participle: see _misread_subject."""
    return _misread_subject(verb) is not None


def _finite_on_root_noun(verb: Token) -> bool:
    """ "The statement called on both sides to talk": a past-tense verb the parser hung on the
    noun before it, which is left as the sentence's root with no verb of its own."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" for t in head.children)
    )


def _misread_subject(verb: Token) -> Token | None:
    """ "The Bugle, which first broke the story, reported that X": after a relative clause the
    parser may read the main verb as a participle on its subject, which is then left as the
    sentence's root with no verb of its own; a "that" clause shows the verb reports. The
    participle may hang on the last noun of the relative clause instead ("Lee, who runs a
    channel, posted that X": "a channel posted"); the subject is still the root noun the
    clause describes. The parser may also hang the verb as an adverbial clause on the relative
    clause, with a noun of that clause for its subject ("Lee, who looks after several players,
    denied that X": "players denied"). None when the verb is no such misread."""
    doc = verb.doc
    if _finite_on_root_noun(verb):
        return verb.head  # "The statement called on X to Y": no verb but this one
    past = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "xcomp" and past and verb.head.dep_ == "relcl":
        # "The firm whose pipes run where the flood began denied that X": a past tense is no
        # complement of "began"; the main verb was read into the relative clause
        return _root_described(verb) if _that_clause_after(verb, verb.i) else None
    if verb.dep_ not in ("acl", "advcl") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ == "acl" and _aged_root(verb.head) and _says_something(verb):
        return verb.head  # "The 58-year-old, who ..., called X 'Y'": the age read as the root
    if verb.dep_ == "advcl" and verb.head.dep_ != "relcl":
        return None
    if not _that_clause_after(verb, verb.i):
        return None
    return _root_described(verb)


def _root_described(verb: Token) -> Token | None:
    """The noun left as the sentence's root, described by a relative clause before ``verb``
    that runs on up to it (see :func:`_misread_subject`)."""
    for tok in (verb.head, *verb.head.ancestors):
        if tok.dep_ == "ROOT":
            described = tok.pos_ in ("NOUN", "PROPN") and tok.i < verb.i
            clauses = [c for c in tok.children if c.dep_ == "relcl" and c.i < verb.i]
            return tok if described and clauses else None
        if tok.dep_ == "relcl" and tok.right_edge.i < verb.i - 2:
            return None  # the relative clause ended well before the verb: no misread
    return None


def _apposed_name(role: Token, name: Token) -> bool:
    """Whether ``name`` is a person's name set off by a comma right after the common noun
    ``role``: "The club's treasurer, Owen Pratley, who resigned, said ..." -- a relative clause
    after the name can make the parser give the verb both as subjects; the name speaks."""
    edge = name.left_edge.i
    return (
        role.pos_ == "NOUN"
        and name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and edge == role.right_edge.i + 2
        and role.doc[edge - 1].text == ","
    )


def _reporter_of_participle(verb: Token) -> Token | None:
    """The subject of the cue whose reported clause a speaking participle hangs on."""
    clause = verb.head
    if verb.dep_ != "advcl" or not _speaking_participle(verb) or clause.dep_ != "ccomp":
        return None
    outer = clause.head
    if outer.lemma_.lower() not in CUE_LEMMAS or outer.i > clause.i:
        return None  # '..., saying the bread is "stale, you know that."': no cue of that clause
    return next((c for c in outer.children if c.dep_ == "nsubj"), None)


def _caused_to(verb: Token) -> Token | None:
    """The object a causative verb makes do ``verb`` ("prompted Lee to accuse ...": Lee)."""
    head = verb.head
    causative = head.lemma_.lower() in CAUSATIVE_LEMMAS
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or not causative:
        return None  # "persuade X, arguing ...": a participle is the persuader's own act
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
    if not objs or not _someone(objs[0]):
        return None
    return objs[0]


def _someone(tok: Token) -> bool:
    """A noun or a personal pronoun: not a thing ("it leaves it to ...") nor a bare quantifier
    ("leaving many to wonder ...": nobody the text names)."""
    return _someone_personal(tok) or tok.pos_ in ("NOUN", "PROPN")


def _someone_personal(tok: Token) -> bool:
    """A personal pronoun other than "it"."""
    return tok.tag_ == "PRP" and tok.lower_ not in ("it", "itself")


def _quoted_one(verb: Token) -> Token | None:
    """Who "was quoted" or "was cited" by ``verb``, if it is such a passive; or whom an
    active one quotes ("the paper quoted a source as saying ...": the source speaks)."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    # not "quoted him as saying": an object pronoun names no one a speaker can be resolved to
    objs = (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN"))
    return next(objs, None)


def _sentence_subject(verb: Token) -> Token | None:
    """ "She dashed hopes that a merger might be agreed, saying, ...": a participle of saying
    after a comma that the parser hung inside a subordinate clause speaks for the subject of
    the sentence's main verb."""
    doc = verb.doc
    if _then_verb(verb):
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.i >= verb.i or root.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _then_verb(verb: Token) -> bool:
    """ "Lee scored twice, then insisted he was happy": a past verb after ", then" that the
    parser left hanging on the main verb (no "and") is the main verb's subject's next act."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.i >= 2 and doc[verb.i - 1].lower_ == "then" and doc[verb.i - 2].text == ","


def _misplaced_conj_cue(verb: Token) -> Token | None:
    """The cue a second cue really coordinates with: "He said prices rose and said wages fell".

    The parser hangs "and said" on "rose", the verb of the first report, so the second cue
    would take "prices" for its speaker and become a report inside the first. When a
    subjectless conjunct repeats the outer cue's verb (or is "added"), both are the outer
    speaker's; so is a participle of saying hung there ("told X that Y, adding, ...") and a
    participle coordinated with a participle cue ("telling X that Y and questioning Z"), and
    an object cue in the outer cue's tense ("says she likes the plan and calls it bold").
    Returns the outer cue, or None.
    """
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if not (verb.dep_ == "conj" or participle):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ == "advcl" and clause.head.i < clause.i and not participle:
        # "said the family had been hounded since the story went viral and denied that X":
        # hung on the verb of a clause inside the report, the cue walks up to the report
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or not (outer.i < clause.i < verb.i):
        return None
    lemma = verb.lemma_.lower()
    if not participle and lemma in CUE_LEMMAS and _tense(verb) == _tense(outer) != _tense(clause):
        # "said he earns little and questioned how ...": a cue in the outer cue's tense (or
        # form), not the reported clause's, is the speaker's next report (PolNeAR: 8 of 8)
        return outer
    if not participle and _plain_past_act(verb) and _marked_clause(clause):
        # "said the school board had lost the records and accused the bursar of X", "said
        # the timetable would stay and pinned the blame on the crews": a plain past act
        # beside a clause its auxiliary marks as reported is the speaker's next act (the
        # parser may tag the verb a participle of the passive it follows)
        return outer
    if outer.lemma_.lower() not in _SPOKEN:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children) and _object_then_clause(verb) is None:
        # "said the economy grew and added jobs": no second report; but "says she likes
        # the plan and calls it bold": an object cue in the outer cue's tense is its act
        acts = not participle and lemma in OBJECT_CUE_LEMMAS and verb.tag_ == outer.tag_
        return (
            outer if acts and any(c.dep_ in (*_OBJECTS, "xcomp") for c in verb.children) else None
        )
    if participle or (verb.tag_ == outer.tag_ == "VBG"):
        # "told X that Y, adding, ...", "telling X that Y and questioning why ..."
        return outer if lemma in CUE_LEMMAS else None
    if lemma not in _SPOKEN and lemma not in OBJECT_CUE_LEMMAS:
        return None  # "and denied that Y", "and warned that Y": with a clause, a report
    return outer


#: Auxiliaries that mark a clause as reported ("had been", "would stay"): backshifted
#: tenses a speaker's own next act in the plain past does not share.
_BACKSHIFT_AUX = frozenset(["have", "would", "could", "might", "should", "will", "can"])


def _marked_clause(clause: Token) -> bool:
    """Whether a reported clause's verb carries a perfect or modal auxiliary, and a subject
    that is no pronoun ("told us he had downloaded it and found X": his own acts)."""
    if any(c.dep_ in _SUBJECTS and c.pos_ == "PRON" for c in clause.children):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _BACKSHIFT_AUX for c in clause.lefts
    )


def _plain_past_act(verb: Token) -> bool:
    """A verb in the plain past with an object and no auxiliary of its own that is a report
    ("accused the bursar of X") or a blaming ("pinned the blame on X")."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.lefts):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    lemma = verb.lemma_.lower()
    blames = lemma in _BLAMING_VERBS and any(o.lemma_.lower() == "blame" for o in objects)
    return blames or lemma in (_SPOKEN | OBJECT_CUE_LEMMAS) - COGNITION_LEMMAS


#: Verbs that take "the blame" as object in an act of blaming ("put the blame on X").
_BLAMING_VERBS = frozenset(["lay", "put", "place", "pin", "lump"])


def _object_then_clause(verb: Token) -> Token | None:
    """ "and insisted the rest of the bone was older": the parser may make "the rest" the
    cue's object and hang "was" on an earlier verb. A finite verb with no subject right
    after the cue's object is that object's clause; returns its verb, or None."""
    if verb.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.right_edge.i + 1 >= len(obj.doc):
            continue
        nxt = obj.doc[obj.right_edge.i + 1]
        finite = nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.dep_ in ("conj", "ccomp")
        if finite and nxt.head.i != verb.i and not any(c.dep_ in _SUBJECTS for c in nxt.children):
            return nxt
    return None


def _reported_conjunct(verb: Token, last: Token) -> Token | None:
    """ "He said the server was open, and he had full access to it": the parser hung the
    second clause on the cue, beside the reported one. A clause joined by "but" or "nor", or
    by "and" (or a comma) with a pronoun for its subject, carries on what was said (measured on
    PolNeAR); one with a cue verb is a report of its own, one without a subject ("said X and
    left") is the speaker's next act. Returns the second clause's verb, or None."""
    for c in verb.rights:
        if c.dep_ != "conj" or c.i <= last.right_edge.i:
            continue
        subject = next((s for s in c.children if s.dep_ in _SUBJECTS), None)
        if subject is None or c.lemma_.lower() in CUE_LEMMAS or c.pos_ not in ("VERB", "AUX"):
            return None
        if _the_report_itself(subject):
            return None  # "insists X, but that assertion was later withdrawn": the writer's
        tense = _tense(c)
        if tense is None or tense != _tense(last):
            return None  # "said she would go, but there is no sign of it": the writer's now
        joins = [t.lower_ for t in verb.children if t.dep_ == "cc" and last.i < t.i < c.i]
        joins += [t.lower_ for t in c.children if t.dep_ == "cc" and t.i < subject.i]
        if any(j in ("but", "nor") for j in joins):
            return c
        return c if set(joins) <= {"and"} and subject.pos_ == "PRON" else None
    return None


def _the_report_itself(subject: Token) -> bool:
    """A subject that points back at what was just reported ("that claim", "this argument",
    "such assertions"): the clause comments on the report, it does not carry it on."""
    pointed = any(c.dep_ == "det" and c.lower_ in ("that", "this", "such") for c in subject.lefts)
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in CLAIM_NOUNS and pointed


#: Modals of the past (reported speech shifts "will" to "would").
_PAST_MODALS = frozenset(["would", "could", "might", "should", "'d"])


def _tense(verb: Token) -> str | None:
    """ "past" or "present" for a finite verb by its first auxiliary or its own tag (None for
    an infinitive or a participle without one)."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    tok = auxes[0] if auxes else verb
    if tok.tag_ == "MD":
        return "past" if tok.lower_ in _PAST_MODALS else "present"
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(tok.tag_)


def _speaking_participle(verb: Token) -> bool:
    """ "denied that X, saying Y": a participle after a comma, the same speaker's second
    report (the parser may hang it on the reported clause)."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _absorbed_subject(verb: Token) -> Token | None:
    """A subject the parser hung on an opening phrase ("At an event hosted by X, Gen. Ann Lee,
    commandant of Y, told ...": "Lee" parsed as an apposition inside the phrase)."""
    if verb.dep_ != "ROOT":
        return None
    found = None
    for child in verb.lefts:
        if child.dep_ != "prep":
            continue
        for tok in child.subtree:
            first = tok.left_edge.i
            if (
                tok.dep_ in ("appos", "conj")
                and tok.ent_type_ == "PERSON"
                and tok.head.ent_type_ != "PERSON"
                and tok.head.dep_ == "pobj"
                and first > 0
                and tok.doc[first - 1].text == ","
            ):
                found = tok
    return found


#: Verbs of saying written after their quotation and before their speaker ('"...," added
#: Ann Lee'); not "tell", whose object is the hearer.
_INVERTING = frozenset(["say", "add", "ask", "write", "reply", "answer", "continue"])


def _inverted_speaker(verb: Token) -> Token | None:
    """'"We lost," added another council member.', '"...," said Wembly, explaining ...':
    a verb of saying right after the quotation it closes is followed by its speaker. The
    parser may read that noun phrase as the verb's object, or tag a surname it does not
    know as an adverb; either way no subject was found. Returns the phrase's head."""
    doc = verb.doc
    if verb.lemma_.lower() not in _INVERTING or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    if not doc[verb.i - 1].is_quote or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    first = doc[verb.i + 1]
    chunk = next((c for c in doc.noun_chunks if c.start == first.i), None)
    if chunk is not None:
        head = chunk.root
        return head if head.pos_ == "PROPN" or _can_speak(head) else None
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    lone = first.is_title and first.pos_ in ("ADV", "PROPN", "NOUN") and not first.is_sent_start
    return first if lone and (after is None or after.is_punct) else None


def _trailing_description(verb: Token, speaker: Token | None) -> Token | None:
    """ "Ann Lee may run the firm, a recent report from a think tank, Acme Institute, revealed":
    the parser hung the description of the source after the last comma inside the reported
    clause (an apposition of "firm") and gave the cue only the name that ends the phrase.
    (With no subject at all, :func:`_cue_after_apposed_source` reads the sentence.)

    Returns the head of that description: a noun after a comma of the clause before the
    cue, whose words run up to the comma before the subject.
    """
    if verb.dep_ != "ROOT" or speaker is None:
        return None
    comps = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not comps or (speaker is not None and speaker.i < comps[-1].i):
        return None
    doc, comp = verb.doc, comps[-1]
    stop = speaker.left_edge.i - 2
    if stop < 0 or doc[stop + 1].text != ",":
        return None
    for tok in comp.subtree:
        first = tok.left_edge.i
        if (
            tok.dep_ in ("appos", "npadvmod")
            and tok.pos_ == "NOUN"
            and tok.right_edge.i == stop
            and comp.left_edge.i < first - 1 < comp.right_edge.i
            and doc[first - 1].text == ","
            and doc[first].lower_ in ("a", "an", "the")
        ):
            return tok
    return None


def _owner(noun: Token) -> Token | None:
    """For a reporting noun ("X's statement", "a statement from X") its owner."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.ent_type_ or obj.pos_ == "PROPN" or child.lower_ == "from":
                    return obj
    return None


_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves", "myself", "ourselves"])


def _addressee(noun: Token) -> bool:
    """A noun that names who is spoken to (a person, group or body), not what is said."""
    return (
        noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.pos_ in ("PROPN", "PRON")
        or noun.lemma_.lower() in PERSON_NOUNS
        or noun.lemma_.lower() in GROUP_HEADS
        or noun.lemma_.lower() in ORG_HEADS
        or noun.lemma_.lower() in _AUDIENCES
    )


def _is_source(noun: Token) -> bool:
    """A noun naming a source of information: a person, body, document or anonymous source."""
    lemma = noun.lemma_.lower()
    return (
        _addressee(noun)
        or lemma in ANONYMOUS_HEADS
        or lemma in GENERIC_HEADS
        or lemma in REPORTING_NOUNS
        or lemma in SOURCE_NOUNS
    )


def _with_absolute(verb: Token) -> bool:
    """ "..., with its chief engineer saying the pier was unsafe": a participle with its own
    doer after "with" is a report of that doer (the parser hangs it on the noun as a clause),
    when it has a clause of its own for content."""
    noun = verb.head
    return (
        verb.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("with", "without")
        and noun.i < verb.i
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _can_speak(tok: Token) -> bool:
    """A word that can name a source: a person, body or group, by name or by noun."""
    word = tok.lower_
    named = tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return named or is_person_noun(word) or word in ORG_HEADS or word in GROUP_HEADS


def _aged_root(tok: Token) -> bool:
    """ "The 58-year-old, who ..., called": a definite age phrase the parser made the root of
    the sentence, with a relative clause on it (the person just named, see _age_alone)."""
    year = any(c.lower_ in ("year", "years") for c in tok.children)
    definite = any(t.lower_ == "the" and t.dep_ == "det" for t in tok.subtree if t.i < tok.i)
    clause = any(c.dep_ == "relcl" for c in tok.children)
    return tok.dep_ == "ROOT" and tok.lower_ == "old" and year and definite and clause


def _age_before(verb: Token) -> Token | None:
    """ "The 61-year-old, a baker, said that X": a definite age phrase before a verb with no
    subject, which the parser hung on it as a modifier ("old" an adverbial clause), is its
    subject -- the person the age stands for."""
    for c in verb.lefts:
        if c.lower_ != "old" or c.dep_ not in ("advcl", "npadvmod", "dep", "amod"):
            continue
        year = any(k.lower_ in ("year", "years") for k in c.children)
        if year and any(t.lower_ == "the" and t.dep_ == "det" for t in c.subtree if t.i < c.i):
            return c
    return None


def _says_something(verb: Token) -> bool:
    """Whether a verb has an object or a clause (what a verb of saying would report)."""
    return any(c.dep_ in ("dobj", "obj", "ccomp", "oprd") for c in verb.children)


def _that_clause_after(head: Token, after: int) -> bool:
    """Whether ``head`` has a "that" clause after the token at ``after``."""
    return any(
        c.dep_ == "ccomp" and c.i > after and c.left_edge.lower_ == "that" for c in head.children
    )
