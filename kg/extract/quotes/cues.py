"""Quote extraction, step 2 (a cue): which words are reporting cues.

Speech and thought verbs that are not negated, withheld or unreal; "according to X" and
other phrase cues; stated nouns ("X's statement said"); adjective, abuzz and title cues.
Each cue found is a ``_Cue`` with its speaker and content from the earlier steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from kg.extract.mentions import name_start
from kg.extract.names import is_person_noun
from kg.extract.quotes.content import (
    _CLOSERS,
    _HEARSAY,
    _MEDIA,
    _NAMED_LABELS,
    _adjunct_nouns,
    _content_of,
    _informing,
    _source_apposition,
    _to_be_or_have,
)
from kg.extract.quotes.frames import _REFUSALS, _WH_WORDS, _framed_cue, _topic_of
from kg.extract.quotes.marks import _MARK, _OPENERS
from kg.extract.quotes.records import _Cue
from kg.extract.quotes.subjects import (
    _REFLEXIVES,
    _SPOKEN,
    _SUBJECTS,
    CUE_LEMMAS,
    _absorbed_subject,
    _can_speak,
    _inverted_speaker,
    _is_source,
    _misread_main_verb,
    _negated,
    _owner,
    _phrasal,
    _subject,
    _that_clause_after,
    _trailing_description,
    _whose_noun,
    _with_absolute,
)
from kg.lexicon import (
    ABUZZ_WORDS,
    ADHERING_PHRASES,
    ASSERTING_ADJECTIVES,
    COGNITION_LEMMAS,
    DEMAND_NOUNS,
    EVIDENCE_LEMMAS,
    EVIDENCE_NOUNS,
    FUNCTION_WORDS,
    HELD_NOUNS,
    ISSUED_PAPERS,
    LEAVE_WORDS,
    MAKING_LEMMAS,
    NAME_CALLING_LEMMAS,
    NAMING_VERBS,
    NEGATIVE_SUBJECTS,
    OPINION_NOUNS,
    OWN_REPORTING_LEMMAS,
    QUOTE_ONLY_LEMMAS,
    REJECTING_PHRASALS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    RESULT_NOUNS,
    SOURCE_NOUNS,
    STANCE_ONLY_LEMMAS,
    STATED_NOUNS,
    STATING_LEMMAS,
    TALK_NOUNS,
    THAT_ONLY_LEMMAS,
    TITLED_PIECES,
    TOPIC_LEMMAS,
    WRITERS_OF_POSTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: A social-media handle ("@ann_lee").
_HANDLE = re.compile(r"@\w{2,}")


#: Quantifiers that float after a joint subject ("A and B both say").
_FLOATING_QUANTIFIERS = frozenset(["both", "all", "each"])


#: Documents that speak for whoever made them ("The letter, signed by 30 residents,
#: says"); not posts, whose account the speakers stage names ("The post, published by an
#: account called @ann, said").
_MADE_DOCUMENTS = REPORTING_NOUNS - WRITERS_OF_POSTS.keys()
#: Nouns of what is stated or held that a "that" clause spells out ("made the claim that
#: X", "restated his view that X").
_STATING_NOUNS = STATED_NOUNS | OPINION_NOUNS


def _is_cue_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "auxpass"):
        return False
    if _said_by_no_one(tok) or _inside_negated_report(tok):
        return False  # "none has said they want the night shift back": a negated report
    if tok.dep_ == "acl" and not (_misread_main_verb(tok) or _with_absolute(tok)):
        return False
    lemma = tok.lemma_.lower()
    if _framed_cue(tok):
        return True
    if lemma in TOPIC_LEMMAS - CUE_LEMMAS or _topic_of(tok) is not None:
        if _negated(tok) or _declined(tok) or _on_leave(tok) or _stated_noun_cue(tok) is not None:
            return False  # "expressed doubts that X": the clause is the content (stated noun)
        return _topic_of(tok) is not None or _has_object(tok)
    if lemma not in CUE_LEMMAS and _phrasal(tok) not in REJECTING_PHRASALS:
        return False
    if lemma in NAME_CALLING_LEMMAS and not _has_object(tok):
        return False  # "the boxes were labelled by hand": no name given to anything
    if lemma == "call" and _names_or_summons(tok):
        return False  # "a crew that calls itself Night Owl", "called in the police"
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    ):
        return False  # "soldiers were told to ...": the subject was spoken to
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return False  # "the heaters were to blame"
    if _requested(tok) or _anonymity_asked(tok):
        return False  # "when asked to condemn X": asked to, not done
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        return False  # "would not say whether the board believed X": a question, no report
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSALS and _informing(tok):
        return False  # "declined to say whether X": the question left unanswered
    if lemma in _HEARSAY and any(_to_be_or_have(c) for c in tok.children if c.dep_ == "xcomp"):
        return False  # "a contract said to have been approved": hearsay about the deal, no source
    # the question's participle is a few heads up at most: a bounded walk keeps a long run
    # of cues (a garbled page) linear
    asked = any(_reduced_question(a) for a in islice(tok.ancestors, _QUESTION_DEPTH))
    if _subjectless_participle(tok) or asked:
        return False  # "Asked about it, she said ...": the cue is "said"
    if lemma in THAT_ONLY_LEMMAS:
        return any(
            c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ == "that" for c in tok.children
        ) and not _negated(tok)
    if _predicted_attitude(tok) or _writers_advice(tok) or _outlets_own_report(tok):
        return False
    if lemma in COGNITION_LEMMAS and lemma not in REPORTING_LEMMAS:
        # "he knows what a fine would mean": an embedded question, no proposition held (but
        # "the slide shows what the car would cost" states it: evidence shows content)
        asked = lemma not in EVIDENCE_LEMMAS
        return any(
            c.dep_ == "ccomp" and not (asked and c.left_edge.lower_ in _WH_WORDS)
            for c in tok.children
        )
    return not _negated(tok)


#: Subjects that say no one did it ("nobody said", "none has claimed", "neither said");
#: not "nothing", whose verb tells a finding ("nothing suggests X").
_NO_ONE = (NEGATIVE_SUBJECTS | {"neither"}) - {"nothing"}


def _said_by_no_one(verb: Token) -> bool:
    """ "None has said ...", "No one claimed ...", "No official has suggested ...", "Neither
    side said ...": the subject denies that anyone said it -- a negated report, no quote."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i):
        if subject.lower_ in _NO_ONE:
            return True
        if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "neither") for c in subject.lefts):
            return True  # "no one", "no official", "neither manager"
    return False


def _inside_negated_report(verb: Token) -> bool:
    """ "Lee did not say she wants the night shift back": a cue inside what a negated
    report did not say reports nothing either (Lee is not reported to want it). Only inside
    its complement, written after it with no quotation mark between: a verb joined to a
    negated one ("would not discuss X and added that Y") keeps its own report, and a
    quotation's "no inspector has found" says nothing of the cue that closes it."""
    t, doc = verb, verb.doc
    for _ in range(4):
        if t.dep_ not in ("ccomp", "conj") or t.head is t:
            return False
        step, t = t.dep_, t.head
        if t.i > verb.i or any(_MARK.fullmatch(w.text) for w in doc[t.i : verb.i]):
            return False
        if step == "ccomp" and t.lemma_.lower() in CUE_LEMMAS:
            return _negated(t) or _said_by_no_one(t)
    return False


def _names_or_summons(verb: Token) -> bool:
    """ "a crew that calls itself Night Owl" gives itself a name, and "called in the police"
    or "called off the search" summons or cancels: neither reports anything said."""
    return any(
        (c.dep_ == "dobj" and c.lower_ in _REFLEXIVES)
        or (c.dep_ == "prt" and c.lower_ in ("in", "off"))
        for c in verb.children
    )


def _outlets_own_report(verb: Token) -> bool:
    """ "The Gazette understands that X": a named outlet's own reporting, no source quoted
    (a person who "understands that X" is still one; a name after "the" is no person's)."""
    if verb.lemma_.lower() not in OWN_REPORTING_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    return subject.ent_type_ != "PERSON" or any(c.lower_ == "the" for c in subject.lefts)


def _declined(verb: Token) -> bool:
    """ "declined to discuss the deal": the no-comment formula reports nothing (but "refuses
    to discuss X" may state a position, and PolNeAR counts it an attribution)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decline"


def _requested(verb: Token) -> bool:
    """ "He was asked to defend it", "when urged to condemn X": what someone was asked to say
    is a request to them, not their words."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _REQUESTS:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    return passive or _subjectless_participle(head) or (head.tag_ == "VBN" and head.dep_ == "pcomp")


#: Verbs of asking someone to do something.
_REQUESTS = frozenset(["ask", "urge", "press", "pressure", "invite", "tell", "call"])


def _subjectless_participle(verb: Token) -> bool:
    """ "Asked about it, she said ...", "Pressed on it, ...": a participle clause before the
    sentence's own cue (the tagger often reads an opening "Asked" as past tense, VBD)."""
    subjectless = not any(c.dep_ in _SUBJECTS for c in verb.children)
    participle = verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and subjectless
    return participle and _whose_noun(verb) is None  # not a cue hung on a misread relative


def _reduced_question(verb: Token) -> bool:
    """ "Asked if she believed it, Lee said ...": the question, and any cue in it
    ("believed"), is the reporter's, not the source's words."""
    return verb.lemma_.lower() == "ask" and _subjectless_participle(verb)


def _asked_before(pronoun: Token) -> tuple[int, int]:
    """Where the reporter's question hung on the pronoun's verb lies ("Asked about Lee's
    letter, she said ..."), or an empty span."""
    verb = pronoun.head
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < pronoun.i and _reduced_question(c):
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    return 0, 0


def _predicted_attitude(verb: Token) -> bool:
    """ "Many will be hoping the weather stays dry": a thought or wish the writer foresees for
    someone is the writer's guess, not something the source said or thought."""
    lemma = verb.lemma_.lower()
    if lemma not in COGNITION_LEMMAS or lemma in REPORTING_LEMMAS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children)


def _writers_advice(verb: Token) -> bool:
    """ "Investors may want to think twice", "she might want to try": advice the writer gives,
    not a wish the subject voiced."""
    if verb.lemma_.lower() not in ("want", "wish"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children)


def _anonymity_asked(verb: Token) -> bool:
    """ "who asked not to be named": why a source is unnamed, not a request to report."""
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in NAMING_VERBS
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in verb.children
    )


def _on_leave(verb: Token) -> bool:
    """ "not authorized to discuss it", "on condition of anonymity to discuss it": leave to
    speak, not speech."""
    if verb.dep_ not in ("xcomp", "acl", "advcl"):
        return False
    head = verb.head  # "requested anonymity to discuss": the leave may be the head's object
    words = [head, *(c for c in head.children if c.dep_ in ("dobj", "prep", "pobj"))]
    words += [g for c in words[1:] for g in c.children if c.dep_ in ("pobj",)]
    return any(w.lemma_.lower() in LEAVE_WORDS for w in words)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _negation_start(verb: Token) -> int:
    """Where a negated cue's content starts: at its auxiliary and negation ("did not feel he
    was ..."), so the content never says the reverse of what was reported."""
    first = min(
        (c for c in verb.lefts if c.dep_ in ("neg", "aux") and c.i > verb.i - 4),
        key=lambda c: c.i,
        default=verb,
    )
    return first.idx


def _past_ticker(tok: Token) -> Token:
    """A stock ticker in brackets after a company ("Acme Co. [ACME.N] said") is not the
    speaker: the name before it is."""
    doc = tok.doc
    k = tok.left_edge.i
    if k >= 2 and doc[k - 1].text == "[" and doc[k - 2].pos_ == "PROPN":
        return doc[k - 2]
    return tok


def _handle_beside(verb: Token) -> Token | None:
    """A social-media handle right before or after a cue the parser left without a subject
    ('"...," tweeted @acme', '"...," @ann_lee wrote'); one spoken to ("told @acme") is not."""
    doc = verb.doc
    if verb.lemma_.lower() in ("tell", "ask", "reply", "respond", "answer"):
        return None
    for i in (verb.i + 1, verb.i - 1):
        if 0 <= i < len(doc) and _HANDLE.fullmatch(doc[i].text):
            return doc[i]
    return None


def _last_word(tok: Token) -> Token:
    """The last word of ``tok``'s phrase, closing punctuation aside ("Acme (AC)" -> "AC")."""
    last = tok.right_edge
    while last.i > tok.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last


def _abbreviated(name: Token) -> bool:
    """A name followed by its organisation's abbreviation in brackets ("Harbour Policy
    Institute (HPI)"), whatever the entity type the model gave the name."""
    return any(
        c.dep_ == "appos"
        and c.ent_type_ == "ORG"
        and c.text.isupper()
        and c.i > 0
        and c.doc[c.i - 1].text == "("
        for c in name.rights
    )


def _named_in_apposition(noun: Token) -> Token:
    """The name a described speaker is given in apposition, or the speaker itself.

    "A senior aide to the president, Ann Lee, said": the speaker is Ann Lee, not the aide
    (nor the president, to whom the parser often hangs the apposition). The name must end
    the subject phrase, set off by commas.
    """
    if (noun.pos_ != "NOUN" or noun.ent_type_) and not _partitive(noun):
        return noun
    tail = _hyphen_tail(noun)
    if tail.i != noun.i:
        # "Her co-author, Ann Lee, said": the parser may hang the name on "author", not "co".
        named = _named_in_apposition(tail)
        return named if named.i != tail.i else noun
    for tok in noun.rights:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i == noun.i + 1:
            return tok  # "the risk consultancy Acme": the name right after its description
        if tok.dep_ == "appos":  # "Its owner, the shipping firm Acme,": its name
            name = next((t for t in tok.rights if t.dep_ == "appos" and t.i == tok.i + 1), None)
            if name is not None and name.ent_type_ in _NAMED_LABELS:
                return name
    last = _last_word(noun)
    for tok in noun.subtree:
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and (tok.ent_type_ in _NAMED_LABELS or _abbreviated(tok))
            and _ends_phrase(_last_word(tok), last)
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
        ):
            return tok
    return noun


def _partitive(noun: Token) -> bool:
    """ "One of the guests, Ann Lee, said": a number heading a partitive phrase, which the
    name set off after it names."""
    return noun.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _ends_phrase(word: Token, last: Token) -> bool:
    """Whether ``word`` ends the phrase that ``last`` ends, but for an age set off after it:
    "Her son, Tom Reed, 24, said" (the parser may hang "24" on "son", past the name)."""
    between = word.doc[word.i + 1 : last.i + 1]
    return all(t.is_punct or (t.like_num and t.dep_ in ("appos", "npadvmod")) for t in between)


def _out_of_quotation(speaker: Token, verb: Token) -> Token | None:
    """The speaker the parser hung on a word of the quotation before the cue.

    '"The plan and the budget add up," Ann Lee, the chair, said': the parser may make
    "plan" the subject of "said" and Ann Lee its apposition. A subject followed by a
    closing quotation mark before the verb is a word of the quotation; the apposition
    after that mark is the speaker. A subject that is the whole quotation ('"Nonsense,"
    wrote a reader') is none: the speaker comes after the verb (None here).
    """
    if speaker.i >= verb.i:
        return speaker
    doc = verb.doc
    marks = [t.i for t in doc[speaker.i : verb.i] if _MARK.fullmatch(t.text)]
    if not marks:
        return speaker
    after = [t for t in speaker.rights if t.dep_ == "appos" and marks[-1] < t.i < verb.i]
    if after:
        return after[0]
    first, last = speaker.left_edge.i, speaker.right_edge.i
    while first < speaker.i and _MARK.fullmatch(doc[first].text):
        first += 1  # the parser may hang the opening mark on the word
    opened = first > 0 and _MARK.fullmatch(doc[first - 1].text) is not None
    closed = last < verb.i and all(t.is_punct for t in doc[last + 1 : verb.i])
    return None if opened and closed else speaker


def _before_floating_quantifier(speaker: Token, verb: Token) -> Token:
    """ "The union and Ann Lee, her teammate, both say ...": the parser may make "both" the
    subject and leave the joint source hanging on the verb; the source is that phrase."""
    if speaker.lower_ not in _FLOATING_QUANTIFIERS or speaker.dep_ != "nsubj":
        return speaker
    hung = [
        c
        for c in verb.lefts
        if c.i < speaker.i and c.dep_ in ("dep", "nsubj") and c.pos_ in ("NOUN", "PROPN")
    ]
    return hung[-1] if hung else speaker


def _hyphen_tail(tok: Token) -> Token:
    """The last part of a hyphenated word the tokenizer split ("co-author" -> "author"; a
    double-barrelled name, "Ann Lee-Moss" -> "Moss")."""
    doc = tok.doc
    i = tok.i
    while (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and (doc[i + 2].pos_ == "NOUN" or (_name_part(doc[i]) and _name_part(doc[i + 2])))
    ):
        i += 2
    return doc[i]


def _name_part(tok: Token) -> bool:
    """A capitalised proper noun: one half of a double-barrelled name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text[1:2].islower()


#: Verbs by which an unnamed speaker gives a name ("a caller claiming to be X", "who called
#: himself X"): the speaker is the name given, as far as the text can tell.
_CLAIMED_NAME_LEMMAS = frozenset(["claim", "purport", "identify", "call", "describe"])


def _claimed_name(noun: Token, verb: Token) -> Token:
    """The name a described speaker gives himself right before the cue ("A woman claiming to be
    festival director Ann Lee said"), or the speaker itself."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.i < verb.i - 2:
        return noun
    last = doc[verb.i - 1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return noun
    between = doc[noun.i + 1 : last.i]
    if any(t.lemma_.lower() in _CLAIMED_NAME_LEMMAS for t in between) and not any(
        t.is_punct for t in between
    ):
        return last
    return noun


def _name_word_before(verb: Token) -> Token | None:
    """A capitalised function word right before a cue that the article uses as a person's
    name ('"...," So said' after "So Min-ho"): the parser took it for an adverb."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    prev = doc[verb.i - 1]
    if not (prev.lower_ in FUNCTION_WORDS and prev.text[:1].isupper() and prev.text[1:].islower()):
        return None
    for ent in doc.ents:
        start = name_start(doc, ent.start)
        if ent.label_ == "PERSON" and start < ent.start and doc[start].text == prev.text:
            return prev
    return None


def _cue_on_a_name(verb: Token) -> _Cue | None:
    """ "Sales fell, the Acme Herald, a daily, reported on Tuesday": the parser hung the cue on
    the name as a clause of it. A finite reporting verb with nothing reported after it, on a
    name set off by a comma after a clause: the name speaks, the clause is what it said."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or head.i > verb.i:
        return None
    after_apposition = doc[verb.i - 1].text == ","  # "Acme, a daily, reported" tagged VBN
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VBN" and after_apposition):
        return None
    if verb.lemma_.lower() not in _SPOKEN or head.pos_ != "PROPN" or head.head is head:
        return None
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    if any(c.dep_ in said for c in verb.children):
        return None
    edge = head.left_edge.i
    first = head.head.left_edge
    if edge == 0 or doc[edge - 1].text != "," or first.i >= edge - 1:
        return None
    # "X, a recent report from a consultancy, Acme, revealed": the report is no part of X
    report = _source_apposition(head.head, first.i, -1)
    if report is not None and report.lemma_.lower() in _MEDIA:
        edge = report.left_edge.i
    return _Cue(verb.idx, verb.idx + len(verb), head, (first.idx, doc[edge - 1].idx), verb)


def _cue_after_described_name(verb: Token) -> _Cue | None:
    """ "Sales fell, the website Acme Markets reported.": the parser hung the cue on the
    description as a relative clause with the name for its subject. A finite reporting verb
    ending the sentence, with nothing reported after it, whose subject is a name right after
    a common noun set off by a comma after a clause: the name speaks, the clause is what it
    said."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "relcl" or head.i > verb.i or head.pos_ != "NOUN":
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in _SPOKEN:
        return None
    name = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != head.i + 1:
        return None
    said = ("ccomp", "xcomp", "dobj", "obj", "dative", "attr", "oprd")
    ends = verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct
    if any(c.dep_ in said for c in verb.children) or not ends:
        return None
    edge = head.left_edge.i
    first = verb.sent[0]
    if edge == 0 or doc[edge - 1].text != "," or first.i >= edge - 1:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), name, (first.idx, doc[edge - 1].idx), verb)


def _cue_tagged_noun(tok: Token) -> _Cue | None:
    """ "Local media claim that the plant is closing": the parser read the verb as a noun with
    the subject as its compound. A reporting word heading the sentence, with a that-clause of
    its own and a noun right before it, is a cue of that noun."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or tok.lemma_.lower() not in _SPOKEN:
        return None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != tok.i:
        return None
    clause = next(
        (c for c in tok.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None
    )
    content = _content_of(tok, before) if clause is not None else None
    if content is None:
        return None
    for c in tok.rights:  # "claim that X is in charge but tired": one clause
        if c.dep_ == "conj" and not any(x.dep_ in _SUBJECTS for x in c.children):
            content = (content[0], c.right_edge.idx + len(c.right_edge))
    return _Cue(tok.idx, tok.idx + len(tok), before, content, tok)


def _stated_noun_cue(verb: Token) -> _Cue | None:
    """ "He expressed doubts that X", "fans spread rumours that X": a verb of stating with
    a noun of something stated as its object; the that-clause (on the noun, or after it on
    the verb) is the content, the verb's subject the speaker."""
    if verb.pos_ != "VERB" or _negated(verb):
        return None
    held = _held_noun(verb)
    if held is not None:
        kept = _that_clause([*held.rights, *(c for c in verb.rights if c.i > held.i)])
        if kept is None:
            return None
        return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), kept, verb)
    if verb.lemma_.lower() not in STATING_LEMMAS:
        return None
    noun = next((c for c in verb.rights if c.dep_ in ("dobj", "obj")), None)
    if noun is not None and noun.lemma_.lower() in DEMAND_NOUNS:
        demanded = _demanded(noun)
        if demanded is None:
            return None
        return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), demanded, verb)
    if noun is None or noun.lemma_.lower() not in _STATING_NOUNS:
        return None
    # the clause may hang on the noun, on the verb, or on a phrase between ("with no proof")
    setting = [c for n in _adjunct_nouns(verb) if n.i > noun.i for c in n.rights]
    content = _that_clause([*noun.rights, *(c for c in verb.rights if c.i > noun.i), *setting])
    if content is None:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), content, verb)


def _held_noun(verb: Token) -> Token | None:
    """ "has stuck to her account that X", "stood by its claim that X": the noun of what
    the subject keeps to, after a verb-and-preposition pair of :data:`ADHERING_PHRASES`."""
    lemma = verb.lemma_.lower()
    for prep in verb.rights:
        if prep.dep_ != "prep" or f"{lemma} {prep.lower_}" not in ADHERING_PHRASES:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in HELD_NOUNS:
            return noun
    return None


def _demanded(noun: Token) -> tuple[int, int] | None:
    """What a demand noun asks for: its "for" phrase ("call for the fleet to be grounded")."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)


def _made_clear_cue(verb: Token) -> _Cue | None:
    """ "Officials have made clear that X", "she made it clear that X": a statement of X."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB" or _negated(verb):
        return None
    clear = next((c for c in verb.rights if c.lower_ == "clear" and c.i <= verb.i + 2), None)
    if clear is None:
        return None
    content = _that_clause([*(c for c in verb.rights if c.i > clear.i), *clear.rights])
    if content is None:
        return None
    return _Cue(verb.idx, verb.idx + len(verb), _subject(verb), content, verb)


def _that_clause(candidates: Iterable[Token]) -> tuple[int, int] | None:
    """The span after "that" of the first of ``candidates`` that is a that-clause with a
    subject of its own (a relative "that" is the clause's subject, not its marker)."""
    for clause in candidates:
        first = clause.left_edge
        while first.is_punct and first.i < clause.i:  # "claims, without proof, that"
            first = first.nbor()
        if clause.dep_ not in ("acl", "ccomp", "advcl") or first.lower_ != "that":
            continue
        if first.dep_ != "mark" or first.i + 1 >= len(clause.doc):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        return first.nbor().idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def _cue_after_apposed_source(verb: Token) -> _Cue | None:
    """ "X might run the firm in place of her father, a recent report from a consultancy
    revealed": the parser took the source for an apposition at the end of the clause and
    left the cue without a subject. The last apposition set off by a comma that ends right
    before the cue and names a report or a source speaks; the clause before it is the content."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPOKEN or _negated(verb):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].text in ")]":
        k -= 1
    if clause is None or k <= clause.left_edge.i:
        return None
    found = _source_apposition(doc[k], clause.left_edge.i, clause.i)
    if found is None:
        return None
    speaker = (_owner(found) or found) if found.lemma_.lower() in _MEDIA else found
    speaker = _named_in_apposition(speaker)  # "a report from a think tank, Acme (AC)"
    comma = doc[found.left_edge.i - 1]
    report = _source_apposition(doc[max(comma.i - 1, 0)], clause.left_edge.i, clause.i)
    if report is not None and report.lemma_.lower() in _MEDIA:  # "..., a report from X, Acme"
        comma = doc[report.left_edge.i - 1]
    return _Cue(verb.idx, verb.idx + len(verb), speaker, (clause.left_edge.idx, comma.idx), verb)


def _document_before(verb: Token, subject: Token | None) -> Token | None:
    """ "Concern grew when an article in the Courier, a weekly, claimed ...": the parser
    joined the cue to the clause before and lent it that clause's subject ("Concern"), which
    is no source; the article (its owner) just before the cue is."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if (
        subject is None
        or subject.ent_type_
        or _is_source(subject)
        or is_person_noun(subject.lemma_)
    ):
        return None
    for tok in reversed(verb.doc[verb.head.i + 1 : verb.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIA and tok.dep_ == "pobj":
            return _owner(tok) or tok
    return None


def _shown_by_evidence(verb: Token, subject: Token | None) -> bool:
    """ "The video shows ...", "interviews showed ...": the reporter's evidence, not a source
    speaking (whoever posted the video or gave the interviews is not the one who says it)."""
    # "the records tell a different story": evidence that tells, as evidence that shows
    if subject is None or verb.lemma_.lower() not in (*EVIDENCE_LEMMAS, "tell"):
        return False
    if subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
        # "divers used sonar mapping, which showed ...": a method or thing that shows
        # something is the reporter's evidence unless it is a body, a person or a report
        thing = subject.head.head
        lemma = thing.lemma_.lower()
        return (
            thing.pos_ == "NOUN"
            and not thing.ent_type_
            and not _can_speak(thing)
            and lemma not in REPORTING_NOUNS
        )
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma in EVIDENCE_NOUNS or lemma in RESULT_NOUNS)


_DASHES = frozenset(["—", "–", "--"])


def _opens_dash_aside(verb: Token, speaker: Token | None) -> bool:
    """ "the saga—think the late trains and the fake tickets—could not get worse": an imperative
    right after a dash that opens an aside is no verb of the subject before the dash (an aside
    set off by two dashes, "the minister—a former general—said", keeps its subject)."""
    if speaker is None or speaker.i >= verb.i - 1 or verb.doc[verb.i - 1].text not in _DASHES:
        return False
    if verb.tag_ != "VB":  # "flipped his choice – saying ...": a participle is the subject's
        return False
    dashes = sum(1 for t in verb.doc[speaker.i + 1 : verb.i] if t.text in _DASHES)
    return dashes % 2 == 1


def _writers_aside(verb: Token, speaker: Token | None) -> bool:
    """ "which we would say is a shame", "like we said, ...", "as I said": a first-person
    formula of the writer's own comment or of going back over it, not a report; and "We asked
    Ann Lee what she made of it": the writer's own question, which the answer follows."""
    if speaker is None or speaker.lower_ not in ("i", "we"):
        return False
    if verb.lemma_.lower() == "ask":
        return True
    if verb.lemma_.lower() != "say":
        return False
    must = any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)
    have_to = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need")
    lead = verb.doc[speaker.i - 1] if speaker.i > 0 else None
    back = lead is not None and lead.lower_ in ("like", "as") and speaker.i + 1 == verb.i
    return must or have_to or back


def _titled_conjunct(noun: Token) -> Token:
    """ "said president and owner Tom Hale", '"...," chairman and owner Ivo Brandt told the bakers':
    two titles joined before one name are one person's; the parser makes the first title the
    subject and the name its conjunct. A bare role noun (no article, no possessive) whose
    conjunct is a person's name, with only role words between, is that person."""
    if noun.pos_ != "NOUN" or not is_person_noun(noun.lemma_.lower()):
        return noun
    if any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return noun  # "the chairman and Ann Lee said": two sources
    doc = noun.doc
    for name in noun.conjuncts:
        if name.i < noun.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        first = next(
            t for t in doc[min(name.left_edge.i, name.i) : name.i + 1] if t.pos_ == "PROPN"
        )
        between = doc[noun.i + 1 : first.i]
        if (
            between
            and between[0].lower_ == "and"
            and all(t.pos_ == "NOUN" and is_person_noun(t.lemma_.lower()) for t in between[1:])
        ):
            return name
    return noun


def _speaking_conjunct(subject: Token) -> Token:
    """ "..., the glassy waste left over from smelting, and its curator has pointed out that
    X": the parser joined the writer's gloss to the true subject. A thing says nothing; the
    later conjunct that names someone speaks."""
    if subject.pos_ != "NOUN" or _can_speak(subject):
        return subject
    if subject.lemma_.lower() in REPORTING_NOUNS:
        return subject  # "the statement and its annex say ..."
    later = [c for c in subject.conjuncts if c.i > subject.i and _can_speak(c)]
    return later[0] if later else subject


def _paper_of_participle(verb: Token) -> Token | None:
    """ "issued a statement saying X", "handed a note declaring him unwelcome": the paper a
    speech participle describes (the parser may hang the participle on the verb instead)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in CUE_LEMMAS or verb.i == 0:
        return None
    if verb.dep_ == "acl":
        paper = verb.head
    elif verb.dep_ == "advcl" and verb.doc[verb.i - 1].dep_ == "dobj":
        paper = verb.doc[verb.i - 1]
    else:
        return None
    return paper if paper.lemma_.lower() in ISSUED_PAPERS and paper.i < verb.i else None


def _paper_cue(verb: Token, paper: Token) -> _Cue | None:
    """The paper speaks for whoever issued or sent it ("the club issued a statement saying
    X": the club); a paper someone was handed or received has no speaker of its own here."""
    issuer = _owner(paper)
    holder = paper.head
    issued = paper.dep_ == "dobj" and holder.lemma_.lower() in MAKING_LEMMAS
    if issuer is None and issued and not any(c.dep_ == "auxpass" for c in holder.children):
        issuer = _subject(holder)  # not "was sent a letter saying X": the sender is unnamed
    if issuer is None:
        return None
    if issuer.lower_ in ("which", "who", "that") and holder.dep_ == "relcl":
        issuer = holder.head  # "the board, which issued a statement saying X": the board
    issuer = _named_in_apposition(issuer)
    content = _content_of(verb, issuer)
    return _Cue(verb.idx, verb.idx + len(verb), issuer, content, verb)


def _verb_cues(doc: Doc) -> Iterator[_Cue]:
    for tok in doc:
        paper = _paper_of_participle(tok)
        if paper is not None:
            cue = _paper_cue(tok, paper)
            if cue is not None and cue.content is not None:
                yield cue
            continue
        on_name = (
            _cue_on_a_name(tok)
            or _cue_after_described_name(tok)
            or _cue_tagged_noun(tok)
            or _stated_noun_cue(tok)
            or _made_clear_cue(tok)
            or _cue_after_apposed_source(tok)
        )
        if on_name is not None:
            yield on_name
            continue
        if not _is_cue_verb(tok):
            continue
        speaker = _name_word_before(tok) or _handle_beside(tok) or _subject(tok)
        speaker = _out_of_quotation(speaker, tok) if speaker is not None else None
        speaker = _before_floating_quantifier(speaker, tok) if speaker is not None else None
        speaker = speaker or _absorbed_subject(tok) or _inverted_speaker(tok)
        speaker = _speaking_conjunct(speaker) if speaker is not None else None
        trailing = _trailing_description(tok, speaker) if tok.lemma_.lower() in _SPOKEN else None
        if _shown_by_evidence(tok, speaker) or _writers_aside(tok, speaker):
            continue
        if _opens_dash_aside(tok, speaker):
            continue
        speaker = _document_before(tok, speaker) or speaker
        if speaker is not None and speaker.lemma_.lower() in _MADE_DOCUMENTS:
            speaker = _owner(speaker) or _maker(speaker) or speaker
        if speaker is not None:
            speaker = _titled_conjunct(_named_in_apposition(_past_ticker(speaker)))
            speaker = _claimed_name(speaker, tok)
        content = _content_of(tok, speaker)
        if content is not None and trailing is not None:
            comma = tok.doc[trailing.left_edge.i - 1]
            content = (content[0], min(content[1], comma.idx))
        if content is not None and _negated(tok):
            content = (_negation_start(tok), content[1])
        yield _Cue(tok.idx, tok.idx + len(tok), speaker, content, tok)


def _clause_side(anchor: Token, phrase_start: int, phrase_end: int) -> tuple[int, int]:
    """The clause a source phrase modifies, on the clause's own side of the phrase."""
    clause = anchor.head
    while clause.dep_ not in ("ROOT", "ccomp", "relcl", "parataxis") and clause.head is not clause:
        clause = clause.head
    sent = anchor.sent
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge)
    if clause.idx < phrase_start:
        # "X happened, according to Y, as ...": the clause's own side of the phrase.
        end = phrase_start
    else:
        start = max(start, phrase_end)
    return max(start, sent.start_char), min(end, sent.end_char)


def _relays(according: Token) -> bool:
    """ "X said, according to Y": Y relays what X said; the cue "said" gives X the quote.

    Not when the verb reports a plain thing and no words ("According to Y, the tenant
    reported the leak to the landlord"): X is quoted saying nothing, so the clause is Y's.

    The phrase may close the reported clause itself ("X told Z that Q "looks bad," according
    to Y"): after that clause's verb, it relays the report of the verb the clause belongs to.
    """
    verb = according.head
    if verb.dep_ == "ccomp" and according.i > verb.i and verb.head.lemma_.lower() in CUE_LEMMAS:
        verb = verb.head
    lemma = verb.lemma_.lower()
    subject = _subject(verb)
    return (
        verb is not according
        and verb.pos_ in ("VERB", "AUX")
        and lemma in CUE_LEMMAS
        and lemma not in QUOTE_ONLY_LEMMAS  # "According to X, the strike will continue"
        and lemma not in COGNITION_LEMMAS  # "Officials believe Y, according to X": X's report
        and lemma not in STANCE_ONLY_LEMMAS  # "Voters favoured Y, according to a poll by X"
        and subject is not None
        and not (_reports_a_thing(verb) and _content_of(verb, subject) is None)
    )


def _reports_a_thing(verb: Token) -> bool:
    """ "reported the leak to the landlord": the verb hands a thing (not words) to someone."""
    thing = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if thing is None:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" for p in (*verb.children, *thing.children))


def _is_a_thing(source: Token) -> bool:
    """A source phrase naming a thing, not a person or a body ("a count", "figures")."""
    return source.pos_ == "NOUN" and not source.ent_type_ and not is_person_noun(source.lemma_)


def _maker(thing: Token) -> Token | None:
    """Who made a thing a clause is credited to: "the board's count", "a count by the
    election board", "figures from the statistics office" give the board, the office."""
    for child in thing.children:
        if child.dep_ == "poss":
            return child
    for child in thing.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    for child in thing.children:
        if child.dep_ != "acl":
            continue
        # "a count released by the board"; not "a memo seen by reporters"; "the letter,
        # posted online and signed by 30 residents": the making verb may be a conjunct
        for verb in (child, *child.conjuncts):
            if verb.lemma_.lower() not in MAKING_LEMMAS:
                continue
            for agent in verb.children:
                if agent.dep_ == "agent":
                    return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def _phrase_cues(doc: Doc) -> Iterator[_Cue]:
    """Source phrases: "according to X" and "in X's statement" / "in a poll" give X the clause."""
    for tok in doc:
        lower = tok.lower_
        if lower == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            source = (
                None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
            )
            if to is None or source is None or _relays(tok):
                continue
            if source.lemma_.lower() in REPORTING_NOUNS:
                source = _owner(source) or _maker(source) or source  # "a report issued by X"
            elif _is_a_thing(source):
                source = _maker(source) or source
            source = _named_in_apposition(source)
            phrase_end = to.right_edge.idx + len(to.right_edge)
            content = _clause_side(tok, tok.left_edge.idx, phrase_end)
            yield _Cue(tok.idx, to.idx + len(to), source, content, None)
        elif lower == "in" and tok.dep_ == "prep":
            source = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if source is None or source.lemma_.lower() not in SOURCE_NOUNS:
                continue
            if source.tag_ in ("NNS", "NNPS"):
                continue  # "slid in the polls": a standing the writer sums up, not one finding
            head = tok.head
            if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CUE_LEMMAS:
                continue  # "said in a statement": the verb is the cue
            if head.pos_ not in ("VERB", "AUX"):
                continue
            owner = _owner(source)
            phrase_end = tok.right_edge.idx + len(tok.right_edge)
            content = _clause_side(tok, tok.idx, phrase_end)
            yield _Cue(tok.idx, source.idx + len(source), owner or source, content, None)


def _abuzz_cues(doc: Doc) -> Iterator[_Cue]:
    """ "The forum went wild / was abuzz with rumours that X": a place of talk filled with
    claims reports them (for its users); who is confronted with claims does not."""
    for tok in doc:
        if tok.lemma_.lower() not in TALK_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "with":
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp")), None)
        mark = clause.left_edge if clause is not None else None
        if clause is None or mark is None or mark.lower_ != "that" or mark.i != tok.i + 1:
            continue
        verb = tok.head.head
        words = {
            verb.lemma_.lower(),
            *(c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"),
        }
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ in ("acomp", "attr"):  # "was abuzz with", parsed either way
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or not words & ABUZZ_WORDS:
            continue
        last = clause.right_edge
        content = (mark.nbor().idx, last.idx + len(last))
        yield _Cue(tok.idx, tok.idx + len(tok), _named_in_apposition(subject), content, None)


def _adjective_cues(doc: Doc) -> Iterator[_Cue]:
    """ "She was adamant that X", "He was emphatic that X": an asserting adjective after
    "be" reports the clause as "insisted that X" would, for the subject of "be"."""
    for adj in doc:
        be = adj.head
        if adj.dep_ != "acomp" or adj.lemma_.lower() not in ASSERTING_ADJECTIVES:
            continue
        if be.lemma_ != "be" or _negated(be):
            continue
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        holder = next((h for h in (adj, be) if _that_clause_after(h, adj.i)), None)
        if subject is None or holder is None:
            continue
        content = _content_of(holder, subject)
        if content is not None:
            speaker = _named_in_apposition(subject)
            yield _Cue(adj.idx, adj.idx + len(adj), speaker, content, None)


def _title_cues(doc: Doc) -> Iterator[_Cue]:
    """ "The Herald ran an editorial titled "X"": an opinion piece speaks in its publisher's
    voice, so its quoted title is the publisher's (who ran it, or whose piece it is)."""
    for tok in doc:
        if tok.lower_ not in ("titled", "entitled", "headlined") or tok.i + 2 >= len(doc):
            continue
        opener = doc[tok.i + 1]
        if opener.text not in _OPENERS and opener.text != '"':
            continue
        head = tok.head
        piece = head if head.pos_ == "NOUN" else None
        if piece is None and head.pos_ == "VERB":
            piece = next((c for c in head.children if c.dep_ == "dobj"), None)
        if piece is None or piece.lemma_.lower() not in TITLED_PIECES:
            continue
        publisher = piece.head if piece.dep_ == "dobj" else None
        speaker = _owner(piece) or next(
            (c for c in (publisher.children if publisher is not None else ()) if c.dep_ == "nsubj"),
            None,
        )
        closer = next((t for t in doc[tok.i + 2 :] if t.text in _CLOSERS or t.text == '"'), None)
        if speaker is None or closer is None or closer.sent != opener.sent:
            continue
        speaker = _named_in_apposition(speaker)
        yield _Cue(tok.idx, tok.idx + len(tok), speaker, (opener.idx, closer.idx + 1), None)


#: How many heads up from a cue a reporter's question ("Asked if X, she said") is looked for.
_QUESTION_DEPTH = 8
