"""Quote extraction, step 4 (the speaker): resolving a speaker mention to its antecedent.

Pronouns by gender, number, person or organisation, and recency (never to a name inside
the reported words); descriptions ("the ministry", "the spokesman") to the latest fitting
name; relative pronouns to the noun they modify.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions import ampersand_partner
from kg.extract.names import is_person_noun
from kg.extract.quotes.content import _NAMED_LABELS
from kg.extract.quotes.cues import _asked_before, _maker
from kg.extract.quotes.labels import (
    _A,
    _OWNER_GENDER,
    _apposed_firm,
    _cut_names,
    _Entity,
    _entity_table,
    _mention_bounds,
    _outfit_names,
)
from kg.extract.quotes.marks import _Regions
from kg.extract.quotes.records import Span
from kg.extract.quotes.subjects import _owner
from kg.lexicon import (
    ANONYMOUS_HEADS,
    BODY_ANAPHORS,
    BODY_OR_PLACE_HEADS,
    COLLECTIVE_PEOPLE,
    DESCRIBED_BODY_HEADS,
    EPITHET_NOUNS,
    FIELD_POSTS,
    FIRM_EPITHETS,
    FIRM_NAME_HEADS,
    FIRM_NOUNS,
    FORMER_WORDS,
    GENDERED_ROLES,
    GROUP_HEADS,
    INSTITUTION_KINDS,
    LIFE_STAGE_NOUNS,
    NEWSPAPER_NOUNS,
    ORG_HEADS,
    ORG_SUFFIXES,
    OUTFIT_NOUNS,
    OVERSIGHT_BODY_HEADS,
    OVERSIGHT_NOUNS,
    PARENT_NOUNS,
    PERSON_NOUNS,
    PRACTITIONER_ENDINGS,
    PUBLIC_SERVICE_MODIFIERS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    SPEAKER_PRONOUNS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    UNNAMED_PERSON_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Pronoun speakers of the first and second person: kept as mentions, never resolved.
_SELF = frozenset(["i", "we", "you"])


class _Resolver:
    """Resolve pronouns and descriptions to the latest fitting earlier mention."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        regions: _Regions | None = None,
        boiler: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        self.text = text
        self.regions = regions or _Regions([])
        self.entities = _entity_table(doc, text, boiler)
        #: The names given to groups called "the gang", "the group" (see _outfit_names).
        self.outfits = set(_outfit_names(doc, boiler))
        #: Surnames whose given name the tagger left out ("Imra" of "Imra Vosk").
        self.cut_names = _cut_names(doc)
        self.starts = [e.start for e in self.entities]
        #: Speakers of quotes already attributed: (mention start, end, label, gender).
        self.speakers: list[_Entity] = []
        #: What the quotes already attributed report: (start, end) of their content.
        self.contents: list[tuple[int, int]] = []
        #: Genders the text gave people by the pronouns resolved to them, by surname.
        self.genders: dict[str, str] = {}
        #: The given names of the people those genders were learned of, by surname.
        self.gendered_givens: dict[str, set[str]] = defaultdict(set)
        #: Descriptions noted as speakers -> the names they stood for.
        self.referents: dict[tuple[int, int], Span] = {}
        #: Head words of the names the article says were told something (see _hearers).
        self._told: frozenset[str] | None = None

    def note_speaker(
        self,
        start: int,
        end: int,
        label: str,
        gender: str | None,
        named: bool = True,
        referent: Span | None = None,
    ) -> None:
        """A source just quoted, at its mention; ``referent`` is the name a description there
        stood for ("The union says" -> the union's name), what a later "it" resolves to."""
        self.speakers.append(_Entity(start, end, label, gender, True, named))
        if referent is not None:
            self.referents[start, end] = referent

    def _span_of(self, e: _Entity) -> Span:
        """The name an entity stands for: its own text, or the referent of a description."""
        return self.referents.get((e.start, e.end)) or Span(
            e.start, e.end, self.text[e.start : e.end]
        )

    def note_content(self, start: int, end: int) -> None:
        """A quote's content: the names in it are what was said, not who says the next one."""
        self.contents.append((start, end))

    def _reported(self, e: _Entity, mention: Token | None = None) -> bool:
        """The mention lies inside quotation marks or inside the content of an earlier quote."""
        if self.regions.at(e.start) is not None:
            return True
        if any(a <= e.start and e.end <= b for a, b in self.contents[-10:]):
            return True
        # "Lee told jurors that Ross 'chose to run'": a quote whose content the quotation
        # marks cut short still reports its clause's subject
        tok = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        return tok is not None and len(tok) > 0 and _in_reported_clause(tok.root, mention)

    def _candidates(self, before: int, mention: Token | None = None) -> list[_Entity]:
        k = bisect.bisect_left(self.starts, before)
        window = [e for e in self.entities[max(0, k - 40) : k] if not self._reported(e, mention)]
        said = [s for s in self.speakers if s.end <= before][-10:]
        merged = sorted([*window, *said], key=lambda e: e.start)
        return [e for e in merged if e.end <= before]

    def pronoun(self, tok: Token, content: tuple[int, int] = (0, 0)) -> Span | None:
        features = SPEAKER_PRONOUNS.get(tok.lower_)
        if features is None or tok.lower_ in _SELF:
            return None
        wanted, gender, number = features
        if wanted == "person" and gender is not None:
            described = self._described_before(tok, gender)
            if described is not None:
                return described
        cands = self._candidates(tok.idx, tok)
        if tok.lower_ == "it":
            cands = sorted([*cands, *self._body_subjects(tok)], key=lambda e: e.start)
        if number == "plural":
            cands = sorted([*cands, *self._group_subjects(tok)], key=lambda e: e.start)
        # "X did it, they said": a name inside what is reported is not who reports it.
        cands = [e for e in cands if not (content[0] <= e.start and e.end <= content[1])]
        # "Asked about Lee's letter, she said": who the reporter asked about is not who answers
        asked = _asked_before(tok)
        cands = [e for e in cands if not (asked[0] <= e.start and e.end <= asked[1])]
        # Subjects first (the centre of attention), then any mention; nearest first; a
        # mention in the pronoun's own paragraph before any in an earlier one.
        para = self.text.rfind("\n", 0, tok.idx) + 1
        for floor, pass_subject in ((para, True), (para, False), (0, True), (0, False)):
            for e in reversed(cands):
                if e.start < floor or (pass_subject and not e.subject):
                    continue
                if wanted == "person" and e.label != "person":
                    continue
                if wanted == "organization" and e.label != "organization":
                    continue
                if number == "plural" and e.label == "person":
                    continue
                known = e.gender or self._learned_gender(e)
                if gender and known and known != gender:
                    continue
                if gender and _OWNER_GENDER.get(self.text[e.start : e.end].split()[0]) == gender:
                    continue  # "She said her client ...": "she" is the owner, not the client
                if gender and e.label == "person":
                    self._learn_gender(e, gender)
                return self._span_of(e)
        return None

    def _body_subjects(self, tok: Token) -> list[_Entity]:
        """ "The water board, which covers the valley, cut supplies on Monday. Later it
        said": a body told by a description ("the board", "the company") as the subject
        of a main clause earlier in the pronoun's paragraph is one a later "it" can mean;
        it stands for the body the description refers back to, when one was named."""
        para = self.text.rfind("\n", 0, tok.idx) + 1
        out = []
        first = next((t.i for t in self.doc if t.idx >= para), tok.i)
        for t in self.doc[first : tok.i]:
            if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            if t.lemma_.lower() not in _BODY_NOUNS | REPORTING_NOUNS:
                continue
            if self.regions.at(t.idx) is not None:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts):
                continue
            start, end = _mention_bounds(t)
            referent = self.nominal(t) if t.lemma_.lower() in _BODY_NOUNS else self._made_by(t)
            if referent is None and t.lemma_.lower() not in _BODY_NOUNS:
                continue  # "The letter says X. It adds": only a letter whose maker is named
            if referent is not None:
                self.referents[start, end] = referent
            out.append(_Entity(start, end, "organization", None, True, False))
        return out

    def _made_by(self, doc_noun: Token) -> Span | None:
        """Who made a document named as a subject ("The letter, signed by 30 residents,"):
        the maker's mention, what a later "it" stands for."""
        maker = _owner(doc_noun) or _maker(doc_noun)
        if maker is None:
            return None
        a, b = _mention_bounds(maker)
        return _span(self.text, a, b)

    def _described_before(self, tok: Token, gender: str) -> Span | None:
        """ "A guard at the gate, who asked not to be named, gave another account. He said
        ...": a sentence-initial "he" or "she" is the person an indefinite description
        introduced as the subject of the sentence just before, in the same paragraph, even
        when that sentence quoted no one (the last source quoted is someone else)."""
        sent = tok.sent
        if tok.dep_ != "nsubj" or tok.i != sent.start or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in self.text[before.start_char : tok.idx]:
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            return None
        lemma = subject.lemma_.lower()
        who = any(t.lower_ == "who" and t.dep_ == "nsubj" for t in subject.subtree)
        if not (is_person_noun(lemma) or lemma in ANONYMOUS_HEADS or who):
            return None  # "a guard ..., who asked not to be named": a person all the same
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.lefts):
            return None
        if GENDERED_ROLES.get(lemma, gender) != gender or self.regions.at(subject.idx):
            return None
        start, end = _mention_bounds(subject)
        return Span(start, end, self.text[start:end])

    def _learn_gender(self, e: _Entity, gender: str) -> None:
        """Note the gender a "she" or "he" resolved to this person gives their name."""
        words = self.text[e.start : e.end].split()
        if words:
            self.genders[words[-1]] = gender
            given = _given_word(words)
            if given is not None:
                self.gendered_givens[words[-1]].add(given)

    def _learned_gender(self, e: _Entity) -> str | None:
        """The gender an earlier "she" or "he" gave this person ("Ilse Varga ... she said").
        Not one learned of someone else of the family ("Tom Lee ... he said" tells nothing
        of "his daughter Ruth Lee"): a given name must be one the gender was learned of."""
        words = self.text[e.start : e.end].split()
        if not words:
            return None
        given, learned = _given_word(words), self.gendered_givens.get(words[-1])
        if given is not None and learned and given not in learned:
            return None
        return self.genders.get(words[-1])

    def _group_subjects(self, tok: Token) -> list[_Entity]:
        """Plural noun subjects shortly before ``tok`` ("officials said ... They ...")."""
        doc = self.doc
        out = []
        for i in range(tok.i - 1, max(-1, tok.i - 100), -1):
            cand = doc[i]
            joint = any(c.dep_ == "conj" for c in cand.children)  # "A and B said"
            reported = any(v.dep_ == "ccomp" for v in (cand.head, *cand.head.ancestors))
            lemma = cand.lemma_.lower()
            agent = (
                joint
                or cand.ent_type_ in ("NORP", "ORG", "PERSON")
                or lemma in PERSON_NOUNS
                or lemma in GROUP_HEADS
                or lemma in ORG_HEADS
            )
            plural = cand.tag_ in ("NNS", "NNPS") or joint
            if cand.dep_ == "nsubj" and plural and agent and not reported:
                start, end = _mention_bounds(cand)
                out.append(_Entity(start, end, "group", None, True))
        return out

    def nominal(self, head: Token) -> Span | None:
        """ "the ministry" -> the latest organisation naming it; "the spokesman" -> a person.

        An indefinite description ("a spokesman", "one official", "two sources") introduces
        someone new.
        """
        lemma = head.lemma_.lower()
        if any(
            (c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another")) or c.dep_ == "nummod"
            for c in head.lefts
        ):
            return None
        if lemma in REPORTING_NOUNS:
            # "the report says" after "a report released by the board": the board's; else
            # whose is the speakers stage's call (the last source quoted)
            return self._document_maker(head)
        if lemma in ANONYMOUS_HEADS or lemma in UNNAMED_PERSON_HEADS:
            return self._introduced(head)
        if _family_count(head) or _age_alone(head):
            # "The father of two said", "The 61-year-old said": told of the person just
            # named, as "the 61-year-old trader" is
            cands = self._candidates(head.idx)
            return self._of_age(cands, head) or self._latest_person(cands, head.idx)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return None  # "the leader of the Acme group" describes someone in full
        cands = self._candidates(head.idx)
        if lemma in OUTFIT_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            # "the gang": only a group named as one ("the Night Owl gang") -- not a firm
            return self._latest_body([e for e in cands if e in self.outfits])
        if lemma in BODY_ANAPHORS and head.tag_ not in ("NNS", "NNPS"):
            return self._latest_body(cands)
        if lemma in OVERSIGHT_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            # "the regulator said": a body, not a person; not an outlet the article told
            told = self._hearers()
            bodies = [
                e for e in cands if self.text[e.start : e.end].split()[-1].lower() not in told
            ]
            bodies = [e for e in bodies if e.label == "organization"]
            overseers = [e for e in bodies if self._last_word(e) in OVERSIGHT_BODY_HEADS]
            return self._latest_body(overseers or bodies)
        if head.tag_ not in ("NNS", "NNPS") and not is_person_noun(lemma):
            k = bisect.bisect_left(self.starts, head.idx)
            body = self._body_headed_by(self.entities[max(0, k - 40) : k], lemma)
            if body is not None:
                return body  # "the union" after "the Harbour Pilots' Union"
        if lemma in FIRM_EPITHETS and head.tag_ not in ("NNS", "NNPS"):
            trade = any(c.dep_ == "compound" for c in head.lefts)
            if trade and all(c.dep_ in ("det", "compound", "amod") for c in head.lefts):
                return self._latest_firm(cands, head.idx, lemma)  # "the appliance giant"
        if lemma in FIRM_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            if any(c.dep_ != "det" for c in head.lefts):
                return None  # "the parent company", "a rival airline": another firm
            return self._latest_firm(cands, head.idx, lemma)
        if lemma in NEWSPAPER_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            found = self._paper_named(cands, lemma)
            if found is not None:
                return found  # "the paper" after "the Madrid newspaper Acme Diario"
        if lemma in ORG_HEADS:
            for e in reversed(cands):
                if (
                    e.label == "organization"
                    and e.named
                    and lemma in self.text[e.start : e.end].lower()
                ):
                    return Span(e.start, e.end, self.text[e.start : e.end])
            return None
        if lemma in GROUP_HEADS or lemma in TITLE_QUALIFIERS or head.tag_ in ("NNS", "NNPS"):
            return None
        if _aged(head):
            return self._of_age(cands, head) or self._latest_person(cands, head.idx)
        if lemma in TITLE_WORDS or lemma in GENDERED_ROLES or head.ent_type_ == "":
            return self._person_role(head, lemma, cands)
        return None

    def _person_role(self, head: Token, lemma: str, cands: list[_Entity]) -> Span | None:
        """ "the coach", "the pensioner", "the former chief": the person the article gave
        that role (or introduced with it), the one in focus for a stage of life, or the
        one an epithet describes; none for "the other coach" or a group."""
        if any(c.lower_ in _ANOTHER_ONE for c in head.lefts):
            return None  # "the other coach said": not the coach named before
        former = _former(head)
        introduced = self._introduced(head, indefinite=True) if is_person_noun(lemma) else None
        if introduced is not None and former and former not in introduced.text.lower():
            introduced = None  # "the former chief" is not "a chief of police" introduced
        if introduced is not None:
            return introduced  # "the user" after "a user on a forum"
        if lemma in COLLECTIVE_PEOPLE:
            return None  # "the family said": a group, not a person named near "his family"
        gender = GENDERED_ROLES.get(lemma)
        # a thing ("the preprint said") is no role, though its word sits near a name; a
        # bare capitalised word may still be a name read as a noun ("Quill said")
        thing = any(c.dep_ == "det" for c in head.lefts) and not is_person_noun(lemma)
        roles = not thing or lemma in TITLE_WORDS or gender is not None
        for e in reversed(cands) if roles else ():
            if e.label != "person" or not e.named:
                continue
            if gender and e.gender and e.gender != gender:
                continue
            if self._role_given(e, f"{former} {lemma}" if former else lemma, head.idx):
                return self._span_of(e)
        if former and is_person_noun(lemma):
            return self._epithet(head, cands)  # "X, who once led Y ... The former head"
        if lemma in LIFE_STAGE_NOUNS:
            return self._in_focus(head, cands, gender)  # "... The pensioner said"
        return self._epithet(head, cands) if lemma in EPITHET_NOUNS else None

    def _paper_named(self, cands: list[_Entity], lemma: str) -> Span | None:
        """The latest name the article gives a newspaper noun, set before it ("the Madrid
        newspaper Acme Diario"), whatever the tagger called the name."""
        nouns = "|".join(sorted(NEWSPAPER_NOUNS | {lemma}))
        for e in reversed(cands):
            name = self.text[e.start : e.end]
            if e.named and re.search(rf"\b(?:{nouns})\s+{re.escape(name)}\b", self.text):
                return Span(e.start, e.end, name)
        return None

    def _role_given(self, e: _Entity, lemma: str, before: int) -> bool:
        """Whether the role was given to that person nearby ("spokesman X", "X, a ..."),
        within the paragraph of the name (a headline above a byline gives no one a role)."""
        lo, hi = max(0, e.start - 60), min(e.end + 60, before, self._clause_end(e))
        lo = self.text.rfind("\n", lo, e.start) + 1 or lo
        # "Union chief: Lee quits" -- a colon parts a headline's label from its claim
        lo = self.text.rfind(":", lo, e.start) + 1 or lo
        cut = self.text.find("\n", e.end, hi)
        window = self.text[lo : hi if cut < 0 else cut].lower()
        # "the former chief" is given by "a former police chief": up to two words between;
        # "the ex-chief" by "a former chief" (the words for a past holder are one)
        words = [_PAST_HOLDER if w in FORMER_WORDS else re.escape(w) for w in lemma.split()]
        role = r"\W+(?:[\w-]+\W+){0,2}".join(words)
        # "the swimmer's coach" gives the role to no one named there
        if re.search(rf"\b{role}(?:s|es)?\b(?![’']s\b)", window) is not None:
            return True
        ahead = self.text[e.end : max(e.end, hi if cut < 0 else cut)].lower()
        return _field_given(self.text[lo : e.start].lower(), ahead, lemma)

    def _clause_end(self, e: _Entity) -> int:
        """Where what is said of a name ends: at the first verb after it outside its own
        phrase ("spokeswoman Ann Lee said the mayor ...": "mayor" is no role of hers; "Ann
        Lee, who is the mayor, said" keeps the relative clause)."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return len(self.text)
        edge = span.root.right_edge.i
        for tok in self.doc[span.end :]:
            if tok.i > edge and tok.pos_ in ("VERB", "AUX"):
                return tok.idx
        return len(self.text)

    def _epithet(self, head: Token, cands: list[_Entity]) -> Span | None:
        """ "Ann Lee, 24, denied it ... the swimmer said": an epithet for someone already
        named is the nearest named person, a subject first, in its own paragraph, then the
        nearest one named as a subject before it."""
        if not _plain_description(head):
            return None  # "the other swimmer", "the team's swimmer": someone else
        para = self.text.rfind("\n", 0, head.idx) + 1
        people = [e for e in cands if e.label == "person" and e.named]
        for floor, subject_only in ((para, True), (para, False), (0, True)):
            for e in reversed(people):
                if e.start >= floor and (e.subject or not subject_only):
                    return self._span_of(e)
        return None

    def _in_focus(self, head: Token, cands: list[_Entity], gender: str | None) -> Span | None:
        """ "Ann Lee, 81, ... her neighbour Bob Roe said ... The pensioner said": a person
        told by age or family standing is the one the report is about, the named person it
        has mentioned most so far (the latest of them on a tie), not whoever was named last.
        """
        if not _plain_description(head):
            return None  # "his grandmother", "another pensioner": someone else
        people = [e for e in cands if e.label == "person" and e.named]
        people = [e for e in people if not (gender and e.gender and e.gender != gender)]
        seen: dict[str, set[int]] = defaultdict(set)  # each mention once, however often quoted
        latest: dict[str, _Entity] = {}
        for e in people:
            last = self.text[e.start : e.end].split()[-1].lower()
            seen[last].add(e.start)
            latest[last] = e
        if not seen:
            return None
        best = max(seen, key=lambda k: (len(seen[k]), latest[k].start))
        e = latest[best]
        return self._span_of(e)

    def _document_maker(self, head: Token) -> Span | None:
        """Who made the document a bare "the report" or "the statement" refers back to: the
        maker named at the latest earlier mention of that noun outside quotation marks ("a
        report released on Monday by the Safety Board", "the board's report")."""
        if any(c.dep_ != "det" for c in head.lefts) or head.tag_ in ("NNS", "NNPS"):
            return None  # "a new report", "the second statement": another one
        lemma = head.lemma_.lower()
        for tok in reversed(head.doc[max(0, head.i - _LOOKBACK) : head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or self.regions.at(tok.idx):
                continue
            maker = _owner(tok) or _maker(tok) or _issuer(tok)
            if maker is None:
                continue
            if maker.ent_type_ in _NAMED_LABELS:
                a, b = _mention_bounds(maker)
                return _span(self.text, a, b)
            return self.nominal(maker) if maker.pos_ == "NOUN" else None
        return None

    def _latest_firm(self, cands: list[_Entity], before: int, noun: str) -> Span | None:
        """The named business "the airline" or "the company" refers back to: the latest
        one that was a subject in its paragraph, else the latest named in it, else the
        latest subject before, else the latest named before (its name need not hold the
        noun: "Skyra ... the airline"; "a letter to the board" names no speaker)."""
        firms = [e for e in cands if self._a_firm(e, noun)]
        para = self.text.rfind("\n", 0, before) + 1
        for floor, subject_only in ((para, True), (para, False), (0, True), (0, False)):
            for e in reversed(firms):
                if e.start >= floor and (e.subject or not subject_only):
                    return self._span_of(e)
        return None

    def _a_firm(self, e: _Entity, noun: str) -> bool:
        """Whether a named organisation can be the business ``noun`` refers to: tagged an
        organisation (not a place or a building), not an outlet the article told something
        ("told the Daily Post"), and its name headed by no noun of another kind of body
        ("the Road Safety Board", "the Pharmacists' Society", "Tarnford Airport")."""
        if e.label != "organization":
            return False
        if not e.named:
            # "the small bakery company said" noted as a speaker: the firm it stood for
            ref = self.referents.get((e.start, e.end))
            return ref is not None and self._a_firm(
                _Entity(ref.start, ref.end, "organization", None, True), noun
            )
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        trade = root.lower_ in FIRM_NAME_HEADS  # "Acme Cables", tagged a person or not
        if not (root.ent_type_ == "ORG" or trade or ampersand_partner(root) or _apposed_firm(root)):
            return False
        if span.root.lower_ in self._hearers():
            return False
        name = self.text[e.start : e.end].lower().replace("\u2019", "'")
        words = re.findall(r"[\w']+", name.split(" of ")[0])
        last = words[-1].removesuffix("'s").removesuffix("'") if words else ""
        if tuple(words[-2:]) in ORG_SUFFIXES:
            return True  # "Acme News Service": a business, though "service" alone is not
        if last == "services" and len(words) > 1 and words[-2] not in PUBLIC_SERVICE_MODIFIERS:
            return True  # "Vossley Flour Services" is a business; "Social Services" is not
        return last == noun or last not in _OTHER_BODY_HEADS

    def _hearers(self) -> frozenset[str]:
        """Head words of the names the article says were told something ("told the Daily
        Post", "told Acme Radio"): outlets and listeners, not the business in the story."""
        if self._told is None:
            self._told = frozenset(
                ent.root.lower_
                for ent in self.doc.ents
                if ent.root.dep_ in ("dobj", "dative") and ent.root.head.lemma_.lower() == "tell"
            )
        return self._told

    def _last_word(self, e: _Entity) -> str:
        """The last word of an entity's name, lowercased ("authority")."""
        words = self.text[e.start : e.end].split()
        return words[-1].lower().strip(".,'’") if words else ""

    def _latest_body(self, cands: list[_Entity]) -> Span | None:
        """The named organisation "the group" refers back to: the latest one that was a
        subject ("Brightline said", even if tagged a person: a one-word name no full name in
        the article ends with), else the latest one ("quoted in Reuters" is no subject)."""
        bodies = [e for e in cands if e.named and (e.label == "organization" or self._lone(e))]
        body = next((e for e in reversed(bodies) if e.subject), None)
        body = body or next((e for e in reversed(bodies) if e.label == "organization"), None)
        return Span(body.start, body.end, self.text[body.start : body.end]) if body else None

    def kind_of(self, antecedent: Span | None, default: str) -> str:
        """An organisation when ``antecedent`` is a named organisation ("The authority said"
        after "the Fennel Valley Water Authority": a later "It says" is the authority), else
        ``default``."""
        if antecedent is not None:
            k = bisect.bisect_left(self.starts, antecedent.start)
            for e in self.entities[k : k + 1]:
                if (e.start, e.end, e.label) == (antecedent.start, antecedent.end, "organization"):
                    return "organization"
        return default

    def _latest_person(self, cands: list[_Entity], before: int) -> Span | None:
        """The named person in focus before ``before``: the latest subject in its paragraph,
        else the latest named in it, else the same in the text before."""
        para = self.text.rfind("\n", 0, before) + 1
        for floor, pass_subject in ((para, True), (para, False), (0, True), (0, False)):
            for e in reversed(cands):
                fits = e.start >= floor and e.label == "person" and e.named
                if fits and (e.subject or not pass_subject):
                    return self._span_of(e)
        return None

    def _of_age(self, cands: list[_Entity], head: Token) -> Span | None:
        """ "the 52-year-old" after "Ann Lee, 52, ..." and "Tom Ray said ...": the latest named
        person the article gave that very age, not merely the latest one named."""
        words = head.doc[head.left_edge.i : head.i + 1].text
        age = _AGE_WORDS.search(words)
        if age is None:
            return None
        for e in reversed(cands):
            if e.label != "person" or not e.named or e.start >= head.idx:
                continue
            after = _GIVEN_AGE.match(self.text, e.end)
            if after is not None and after.group(1) == age.group(1):
                return self._span_of(e)
        return None

    def _body_headed_by(self, cands: list[_Entity], lemma: str) -> Span | None:
        """The latest named organisation whose name is headed by ``lemma``: "the union" ->
        "the Metro Drivers' Union", "the chamber" -> "the Chamber of Commerce" (the head is
        the last word before any "of"). A person's role that mentions the noun nearby
        ("X, the union's secretary") is no reason to take "the union" for that person.
        Some nouns stand for bodies whose names other words head ("the force": "Orbury
        Police", see DESCRIBED_BODY_HEADS)."""
        heads = DESCRIBED_BODY_HEADS.get(lemma, frozenset([lemma]))
        for e in reversed(cands):
            if e.label != "organization" or not e.named:
                continue
            name = self.text[e.start : e.end].lower().replace("\u2019", "'")
            words = re.findall(r"[\w']+", name.split(" of ")[0])
            if words and words[-1].removesuffix("'s").removesuffix("'") in heads:
                return Span(e.start, e.end, self.text[e.start : e.end])
        return None

    def _lone(self, e: _Entity) -> bool:
        """A one-word "person" that no longer name in the article ends with ("Brightline")."""
        word = self.text[e.start : e.end]
        if e.label != "person" or " " in word or word in self.cut_names:
            return False
        return not any(
            " " in (n := self.text[x.start : x.end]) and n.endswith(" " + word)
            for x in self.entities
        )

    def _introduced(self, head: Token, indefinite: bool = False) -> Span | None:
        """ "the source" -> the phrase that introduced it earlier ("a source close to the talks").

        The latest earlier noun of the same lemma, outside quotation marks, that says more
        than the bare noun; or the name it stands in apposition to ("Ann Lee, a source ...").
        With ``indefinite``, only a phrase opened by "a", "an" or "one" introduces.
        """
        lemma = head.lemma_.lower()
        doc = head.doc
        plural: Span | None = None
        for tok in reversed(doc[max(0, head.i - _LOOKBACK) : head.i]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or self.regions.at(tok.idx):
                continue
            if tok.tag_ != head.tag_:
                # "the source" after "security sources in the region" (and no one source
                # introduced): one of them, who speak as one.
                a, b = _mention_bounds(tok)
                bare = all(c.dep_ == "det" for c in head.lefts)  # not "the second source"
                many = head.tag_ == "NN" and tok.tag_ == "NNS" and lemma in ANONYMOUS_HEADS
                many = many and bare
                if many and plural is None and len(self.text[a:b].split()) > 2:
                    plural = _span(self.text, a, b)
                continue
            if tok.dep_ == "appos" and tok.head.ent_type_ in _NAMED_LABELS:
                a, b = _mention_bounds(tok.head)
                return _span(self.text, a, b)
            described = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
            if indefinite and not described and not any(c.lower_ in _A for c in tok.lefts):
                continue  # only "a user on a forum" or "the narrator of a film" introduce
            if indefinite and tok.dep_ == "poss":
                continue  # "a swimmer's comeback" speaks of swimmers, not of one
            a, b = _mention_bounds(tok)
            if len(doc.char_span(a, b, alignment_mode="expand") or ()) > 2:
                return _span(self.text, a, b)
        return plural


#: Nouns of parenthood that a count makes a description of family standing ("mother of two").
#: Heads of descriptions of a body ("the council", "the company", "the group").
_BODY_NOUNS = ORG_HEADS | INSTITUTION_KINDS | FIRM_NOUNS | BODY_ANAPHORS | OUTFIT_NOUNS


#: Heads of names of bodies and places of another kind than a business ("the airline" is
#: not "the Safety Commission"); the one-word legal suffixes and "group" still name firms
#: (a suffix of two words, "news service", names one only whole: "the Fire Service" is none).
_OTHER_BODY_HEADS = (
    (BODY_OR_PLACE_HEADS | BODY_ANAPHORS)
    - FIRM_NOUNS
    - frozenset([*(s[0] for s in ORG_SUFFIXES if len(s) == 1), "group"])
)


#: How many tokens back a description looks for the phrase that introduced its referent.
_LOOKBACK = 600
#: Any word for a past holder of a role ("former", "ex", "onetime"), as a pattern.
_PAST_HOLDER = "(?:" + "|".join(re.escape(w) for w in sorted(FORMER_WORDS)) + ")"

#: Words that make a definite description someone other than the one named so far.
_ANOTHER_ONE = frozenset(["other", "another", "second", "third"])


def _issuer(doc_noun: Token) -> Token | None:
    """Who speaks in a document a report is given "in": "In its court papers, Acme said
    X" -- the subject of the reporting verb the phrase belongs to."""
    prep = doc_noun.head
    if doc_noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_ not in REPORTING_LEMMAS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def _in_reported_clause(tok: Token, mention: Token | None = None) -> bool:
    """Whether ``tok`` lies in the "that" clause of a verb of saying ("told jurors that Ann
    Lee chose to ..."), one that does not also hold ``mention`` ("that Lee, even as he says
    X, has done Y": "he" is Lee)."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORTING_LEMMAS:
            inside = mention is not None and a.left_edge.i <= mention.i <= a.right_edge.i
            return not inside and any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children)
    return False


def _field_given(before: str, after: str, role: str) -> bool:
    """Whether a post in a field, right before a name or in apposition after it, gives the
    role of one who practises the field: "professor of physics Ann Lee" or "Ann Lee, a
    physics lecturer" makes her "the physicist"; "historian" is given by "history"."""
    stem = next((role[: -len(e)] for e in PRACTITIONER_ENDINGS if role.endswith(e)), "")
    if len(stem) < 5 or " " in role:
        return False
    posts = "|".join(sorted(FIELD_POSTS))
    post = rf"(?:(?:{posts})s?\s+of\s+{re.escape(stem)}\w*|{re.escape(stem)}\w*\s+(?:{posts})s?)"
    return (
        re.search(rf"\b{post}\s*$", before) is not None
        or re.match(rf",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{post}\b", after) is not None
    )


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _given_word(words: Sequence[str]) -> str | None:
    """The given name of a written name ("Ruth" of "Ruth Lee"; none in "Lee", "Mrs Lee")."""
    first = words[0] if len(words) > 1 else ""
    bare = first.lower().rstrip(".")
    return first if first[:1].isupper() and bare not in TITLE_WORDS else None


def _plain_description(head: Token) -> bool:
    """A description with nothing before its head but an article, a word for a past role or
    a noun of the role itself ("the retired lorry driver"): not "the other swimmer", "the
    team's swimmer" or "his grandmother", who are someone else."""
    former = _former(head)
    return all(
        c.dep_ == "det" or c.lower_ == former or (c.dep_ == "compound" and c.text.islower())
        for c in head.lefts
    )


#: The number of an age description: "52" of "the 52-year-old" (any dash).
_AGE_WORDS = re.compile(r"\b(\d{1,3})\s*[-‐–]\s*years?\s*[-‐–]\s*old\b", re.IGNORECASE)
#: An age given after a name: "Ann Lee, 52," or "Ann Lee, aged 52,".
_GIVEN_AGE = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\s*[,;)]")


def _former(head: Token) -> str | None:
    """The word that makes a description a past holder of its role ("the former chief"), if
    any: such a one is not whoever holds the role now."""
    return next((c.lower_ for c in head.lefts if c.lower_ in FORMER_WORDS), None)


def _aged(head: Token) -> bool:
    """ "the 61-year-old trader", "the 61-year-old": a description by age, which newswriting
    gives only to someone already named (the person in focus), never to someone new."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    return definite and any(_age_word(c) for c in (head, *head.lefts))


def _age_word(tok: Token) -> bool:
    """ "old" of "61-year-old": a word that gives someone's age (the tagger often reads the
    whole phrase as a date)."""
    return tok.lower_ in ("old", "olds") and any(
        g.lower_ in ("year", "years") for g in tok.children
    )


def _age_alone(head: Token) -> bool:
    """ "The 61-year-old said": the adjective of an age standing for the person (the tagger
    may read "61-year-old" as a date), in a definite phrase."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    return definite and _age_word(head)


def _family_count(head: Token) -> bool:
    """ "the father of two", "the mother of three": family standing told by a count."""
    return head.lemma_.lower() in LIFE_STAGE_NOUNS | PARENT_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in head.rights
    )
