"""Quote extraction, step 4 (the speaker): speaker mentions, their labels and the entity table.

The bounds and kind of a speaker mention, the label it carries (person, organisation,
pronoun) and the table of named entities of an article the resolver draws antecedents from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.mentions import ampersand_partner, name_start
from kg.extract.names import institution_named, is_person_noun
from kg.extract.quotes.cues import _HANDLE, _hyphen_tail, _name_part
from kg.extract.quotes.records import MentionKind, Span
from kg.extract.quotes.subjects import _REFLEXIVES
from kg.lexicon import (
    ANONYMOUS_HEADS,
    BODY_ANAPHORS,
    BODY_NAME_HEADS,
    CAPITALS,
    COLLECTIVE_PEOPLE,
    COUNTRY_FORMS,
    FEMALE_TITLES,
    FIRM_NOUNS,
    FUNCTION_WORDS,
    GROUP_HEADS,
    MALE_TITLES,
    NOT_FIRM_HEADS,
    ORG_HEADS,
    OUTFIT_NOUNS,
    PERSON_ONLY_TITLES,
    SPEAKER_PRONOUNS,
    STATE_HEADS,
    TITLE_QUALIFIERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


_PERSON_LABELS = frozenset(["PERSON"])


_ORG_LABELS = frozenset(["ORG", "GPE", "NORP", "FAC"])


#: Relative pronouns that open an aside after a comma (", who asked not to be named").
_ASIDE_RELATIVES = frozenset(["who", "whom", "whose", "which"])


def _mention_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase of ``head`` without relative clauses, appositions or trailing commas."""
    if head.lower_ in SPEAKER_PRONOUNS:
        return head.idx, head.idx + len(head)
    left = head.left_edge
    right = head
    # "a source with access to the talks", "a source familiar with them": the description
    # is all an anonymous source is named by.
    anonymous = head.pos_ == "NOUN" and head.lemma_.lower() in ANONYMOUS_HEADS
    partner = ampersand_partner(head)
    for child in head.rights:
        if anonymous and child.dep_ in ("prep", "amod"):
            right = child.right_edge
            continue
        if partner is not None and (child.text == "&" or child.i == partner.i):
            right = child  # "Barrow & Finch": one firm's name
            continue
        if child.lower_ in _REFLEXIVES:
            break  # "Lee himself, speaking on Sunday, said": the name is "Lee"
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "prep"):
            if child.dep_ == "prep" and (
                child.lower_ == "of"
                or _spokesman_for(head, child)
                or _placed_at(head, child)
                or _name_goes_on(head, child)
                or _members_on(head, child)
            ):
                right = child.right_edge
                continue
            if _unset_name(right, child):
                right = child.right_edge
                continue
            break
        right = child.right_edge
    tail = _hyphen_tail(head)
    if tail.i > right.i:
        right = tail  # "Her co-author": the parser may leave "author" out of "co"'s phrase
    right = _before_aside_clause(head, right)
    if head.ent_type_ == "PERSON":
        left = left.doc[min(left.i, name_start(left.doc, left.i))]  # "So Min-ho": "So" too
    if _employer_before_surname(head):
        left = head  # "Acme Bank's Lee": the possessor is whom she works for
    # A leading determiner or possessive stays; punctuation at either end goes.
    while left.i < right.i and left.is_punct:
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right)


def _employer_before_surname(head: Token) -> bool:
    """ "Morrow Hale's Quill said": a lone surname after a possessive name is the person, the
    possessor the firm she works for (the tagger may read all of it as one name)."""
    if head.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in head.children):
        return False
    owners = [c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners or not any(c.dep_ == "case" for c in owners[0].children):
        return False
    if head.ent_type_ == "PERSON":
        return True  # a person's name, or the tagger took "Morrow Hale's Quill" for one
    # or the surname of a person the article named before ("Anna Quill ... Morrow Hale's Quill")
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == head.text and e.end <= owners[0].i
        for e in head.doc.ents
    )


def _before_aside_clause(head: Token, right: Token) -> Token:
    """The phrase's last word before a comma and a relative pronoun: "an official close to
    the talks, who asked not to be named" is named by its first part only (the
    parser may hang the clause on a word inside the phrase, not on its head)."""
    doc = head.doc
    for k in range(head.i + 1, right.i):
        if doc[k].text == "," and doc[k + 1].lower_ in _ASIDE_RELATIVES:
            return doc[k - 1]
    return right


def _spokesman_for(head: Token, prep: Token) -> bool:
    """ "a spokesperson for the association", "a lawyer for Acme": who the person speaks for
    is all that names them, so it is part of the mention."""
    if prep.lower_ != "for" or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if head.lemma_.lower() in ANONYMOUS_HEADS or not is_person_noun(head.lemma_):
        return False
    body = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if body is None:
        return False
    lemma = body.lemma_.lower()
    named = body.ent_type_ in ("ORG", "GPE", "NORP") or body.pos_ == "PROPN"
    if named or lemma in BODY_NAME_HEADS or lemma in STATE_HEADS:
        return True
    return lemma in FIRM_NOUNS or lemma in NOT_FIRM_HEADS  # "for the regulator", "the airline"


#: Prepositions inside the name of a body ("Department for Education", "Commission on Pay").
_NAME_PREPOSITIONS = frozenset(["for", "on"])


def _name_goes_on(head: Token, prep: Token) -> bool:
    """ "The Department for Schools", "the Institute for Coastal Studies": a capitalised name
    goes on through "for" or "on" and a capitalised object with no article; the object is
    part of the name (the tagger may see no entity at all), not what the body is for."""
    if prep.text not in _NAME_PREPOSITIONS or head.pos_ != "PROPN" or not head.text.istitle():
        # (a capitalised "On" is a headline's title case: "Union Chief On Mayor Lee: ...")
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN":
        return False
    words = [t for t in objs[0].subtree if not t.is_punct]
    capitalised = all(t.text.istitle() or t.lower_ in ("and", "of") for t in words)
    return capitalised and words[0].text[0].isupper()


def _members_on(head: Token, prep: Token) -> bool:
    """ "Opposition members on Tarlow Town Council", "critics on the Harbour Board": people
    told by the named body they sit on; the body is part of who they are."""
    if prep.lower_ != "on" or head.tag_ != "NNS":
        return False
    if not (is_person_noun(head.lemma_.lower()) or head.lemma_.lower() in GROUP_HEADS):
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN" or not objs[0].text.istitle():
        return False
    seat = objs[0].lemma_.lower()
    return seat in BODY_NAME_HEADS


def _placed_at(head: Token, prep: Token) -> bool:
    """ "an engineer at the company's depot", "a nurse at the city hospital": an unnamed
    person introduced by where they work is named by that place, part of the mention; so
    are people named by the firm they work at ("analysts at Acme Capital")."""
    if prep.lower_ != "at" or head.pos_ != "NOUN":
        return False
    if head.tag_ == "NNS":
        # "analysts at Acme Capital": a group named by the firm it works for
        named = any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)
        return named and is_person_noun(head.lemma_)
    if head.tag_ != "NN":
        return False
    if not is_person_noun(head.lemma_) or head.lemma_.lower() in ANONYMOUS_HEADS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _A for c in head.lefts):
        return False  # "the engineer at the depot": someone already introduced
    return any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in prep.children)


def _unset_name(right: Token, child: Token) -> bool:
    """Whether an "apposition" right after the phrase, with no comma, is the name that
    ends it: "the editors of local news site Harbor Watch" (the parser hung the name on
    "editors"); a true apposition is set off by a comma."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.left_edge.i == right.i + 1
        and right.pos_ == "NOUN"
    )


def _mention_kind(head: Token) -> MentionKind:
    lower = head.lower_
    if lower in SPEAKER_PRONOUNS or _lets(head):
        return "pronoun"
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    if _HANDLE.fullmatch(head.text):
        return "name"
    if (
        head.lower_ in FUNCTION_WORDS
        and head.text[:1].isupper()
        and head.text[1:].islower()
        and head.i > 0
        and not head.is_sent_start
    ):
        return "name"  # "but So said": a function word capitalised mid-sentence is a name
    return "nominal"


def _lets(tok: Token) -> bool:
    """The "'s" of "let's" ("let's hope ..."): the pronoun "us", the writer and reader."""
    return tok.lower_ in ("'s", "’s") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "let"


def _speaker_label(tok: Token) -> str:
    """What kind of source a speaker mention names: person, organization or group."""
    features = SPEAKER_PRONOUNS.get(tok.lower_)
    if features is not None:
        wanted, _gender, number = features
        return wanted or ("group" if number == "plural" else "person")
    if _apposed_person(tok):
        return "person"
    if tok.ent_type_ in _ORG_LABELS or tok.lemma_.lower() in ORG_HEADS:
        return "organization"
    named = [c.text for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if tok.pos_ == "PROPN" and institution_named(" ".join([*named, tok.text])):
        return "organization"  # "Kite Airways said", left untagged by the entity tagger
    if tok.lemma_.lower() in TITLE_QUALIFIERS or tok.lemma_.lower() in COLLECTIVE_PEOPLE:
        return "group"  # "the defence argues": a side in court, no "he" or "she" later
    singular_verb = tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ"  # "X says": one source
    if tok.tag_ in ("NNS", "NNPS") and not singular_verb:
        return "group"
    if any(c.dep_ == "conj" for c in tok.children):
        return "group"
    return "person"


def _apposed_person(tok: Token) -> bool:
    """A name set beside a noun for one person ("Lee, a professor of law, said", "Lee, one
    of the critics", "her neighbour, Lee,"): a person, whatever the entity tagger called
    the name."""
    if tok.pos_ != "PROPN" or tok.lemma_.lower() in BODY_NAME_HEADS:
        return False  # "Acme Group, a sponsor of the race"
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ == "NOUN" and is_person_noun(head.lemma_.lower()):
        return True  # "His neighbour, Ann Lee, said": the name of a person described first
    for child in tok.children:
        if child.dep_ != "appos":
            continue
        if _an_age(child):
            return True  # "Lee, 18, said": only a person is given an age so
        noun = child
        if child.lower_ == "one":  # "one of the critics"
            of = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [o for c in of for o in c.children if o.dep_ == "pobj"]
            noun = objs[0] if objs else child
        if noun.pos_ == "NOUN" and is_person_noun(noun.lemma_):
            return True
    return False


#: The widest age a news apposition gives a person ("Lee, 18,"; "Lee, 102,").
_OLDEST = 120


def _an_age(tok: Token) -> bool:
    """A bare whole number set off by commas after a name: the person's age ("Lee, 18,")."""
    if not tok.text.isdigit() or not 0 < int(tok.text) <= _OLDEST or list(tok.children):
        return False
    doc = tok.doc
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return before == "," and after in (",", ".")


def _pronoun_label(mention: Token, antecedent: Span | None) -> str:
    """The kind of source a pronoun mention stands for. A relative "who" has no number or
    gender of its own: it is what its antecedent is ("scientists, who say" - a group)."""
    features = SPEAKER_PRONOUNS.get(mention.lower_)
    if features is None or features[0] or features[2] or antecedent is None:
        return _speaker_label(mention)
    span = mention.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand")
    return _speaker_label(span.root) if span is not None and len(span) else "person"


@dataclass(frozen=True)
class _Entity:
    start: int
    end: int
    label: str  # "person" | "organization"
    gender: str | None
    subject: bool
    #: A name, not a description ("the spokesman") that a later description cannot bind to.
    named: bool = True


def _handles(doc: Doc, ents: Sequence[_Entity]) -> list[_Entity]:
    """Social-media handles ("@ann_lee") the model left unlabelled: each an account holder a
    later "he" or "she" can refer to ('@ann_lee tweeted a photo. "...," she wrote')."""
    taken = {e.start for e in ents}
    return [
        _Entity(t.idx, t.idx + len(t), "person", None, t.dep_ in ("nsubj", "nsubjpass"))
        for t in doc
        if _HANDLE.fullmatch(t.text) and t.idx not in taken
    ]


def _unlabelled_surnames(doc: Doc, ents: Sequence[_Entity]) -> list[_Entity]:
    """A person's surname the model left unlabelled where it stands alone ("Ahmed gave an
    interview" after "Ali Ahmed"): still that person, whom a later "he" can mean."""
    owners: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in _PERSON_LABELS and len(ent) > 1:
            owners.setdefault(ent[-1].text, set()).add(ent.text)
    # Only the surname of one person in the article, as the subject of a clause.
    surnames = {name for name, fulls in owners.items() if len(fulls) == 1}
    covered = [(e.start, e.end) for e in ents]
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.text not in surnames or t.ent_type_ or t.dep_ != "nsubj":
            continue
        if any(a <= t.idx < b for a, b in covered):
            continue
        out.append(_Entity(t.idx, t.idx + len(t), "person", None, True))
    return out


def _untagged_titled(doc: Doc) -> list[_Entity]:
    """ "Ann Lee has run the trust for six years" ... "Ms. Lee said": a two-word name the
    tagger missed, the subject of its clause, whose surname the article gives a courtesy
    title elsewhere ("Mr.", "Ms."), is a person."""
    titles = MALE_TITLES | FEMALE_TITLES
    titled = {t.nbor().text for t in doc[:-1] if t.lower_ in titles and t.nbor().pos_ == "PROPN"}
    out = []
    for t in doc:
        if t.text not in titled or t.ent_type_ or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        given = [c for c in t.lefts if c.dep_ == "compound"]
        if len(given) != 1 or given[0].i != t.i - 1 or given[0].ent_type_:
            continue
        if given[0].lower_ in titles or given[0].pos_ != "PROPN":
            continue
        if all(w.text[:1].isupper() and w.text[1:].islower() for w in (given[0], t)):
            out.append(_Entity(given[0].idx, t.idx + len(t), "person", None, True))
    return out


def _untagged_of_body(doc: Doc) -> list[_Entity]:
    """ "Nia Ferrant of Colby Capital was more cautious": a two-word name the tagger missed,
    the subject of its clause and placed by "of" at a named body, is a person."""
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        given = [c for c in t.lefts if c.dep_ == "compound"]
        if len(given) != 1 or given[0].i != t.i - 1 or given[0].ent_type_:
            continue
        if not all(w.text[:1].isupper() and w.text[1:].islower() for w in (given[0], t)):
            continue
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        named = body is not None and (body.ent_type_ == "ORG" or body.pos_ == "PROPN")
        if named and body is not None and body.ent_type_ not in ("GPE", "LOC", "FAC"):
            out.append(_Entity(given[0].idx, t.idx + len(t), "person", None, True))
    return out


def _ampersand_firms(doc: Doc, ents: list[_Entity]) -> list[_Entity]:
    """ "Barrow & Finch": capitalised names joined by an ampersand are one firm, which the
    tagger misses in some contexts; "the firm said" later refers back to it."""
    out = []
    for t in doc:
        partner = ampersand_partner(t)
        if partner is None or not t.text[:1].isupper() or not partner.text[:1].isupper():
            continue
        start, end = t.left_edge.idx, partner.idx + len(partner)
        if any(e.start < end and start < e.end and e.label != "organization" for e in ents):
            continue
        if any(e.start <= start and end <= e.end for e in ents):
            continue
        subject = t.dep_ in ("nsubj", "nsubjpass")
        first = t.idx if t.left_edge.pos_ == "DET" else start
        out.append(_Entity(first, end, "organization", None, subject))
    return out


def _apposed_firm(tok: Token) -> bool:
    """ "Acme Brewing, the local brewer, denied ...": a name set beside a noun for a
    business names a firm, whatever the tagger called it -- one a later "the company" means."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in FIRM_NOUNS
        for c in tok.children
    )


def _untagged_firms(doc: Doc) -> list[_Entity]:
    """The subjects the tagger left unnamed that an apposition calls a business ("Kelwick
    Water, the regional supplier, said"): organisations, from their first capitalised word."""
    out = []
    for t in doc:
        if t.ent_type_ or t.dep_ not in ("nsubj", "nsubjpass") or not _apposed_firm(t):
            continue
        if ampersand_partner(t) is not None:
            continue  # "Pell & Norris, a local firm": the whole name is one firm (_ampersand_firms)
        first = t
        while first.i > 0 and (prev := doc[first.i - 1]).dep_ == "compound" and prev.head.i == t.i:
            if prev.pos_ != "PROPN" or not prev.text[:1].isupper():
                break
            first = prev
        out.append(_Entity(first.idx, t.idx + len(t), "organization", None, True))
    return out


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's full personal names ("Lee" of "Ann Lee"), and of
    names the tagger cut in two: "Imra Vosk" with "Imra" left untagged and "Vosk" tagged
    an organisation (a given name is no organisation's first word)."""
    full = {ent[-1].text for ent in doc.ents if ent.label_ in _PERSON_LABELS and len(ent) > 1}
    return frozenset(full | _cut_names(doc))


def _cut_names(doc: Doc) -> frozenset[str]:
    """One-word entities that an untagged given name opens elsewhere in the article ("Imra
    Vosk ... Vosk told the paper", the second "Vosk" tagged an organisation)."""
    named = {t.text for t in doc if t.pos_ == "PROPN" and _given_name_before(t)}
    return frozenset(ent.text for ent in doc.ents if len(ent) == 1 and ent.text in named)


def _given_name_before(tok: Token) -> bool:
    """Whether an untagged capitalised word opens ``tok``'s name as its first part."""
    if tok.i == 0 or tok.ent_type_ in _PERSON_LABELS:
        return False
    first = tok.doc[tok.i - 1]
    return (
        first.dep_ == "compound"
        and first.head.i == tok.i
        and first.pos_ == "PROPN"
        and not first.ent_type_
        and first.is_alpha
        and first.is_title
        and (first.i == 0 or not first.doc[first.i - 1].is_title)
    )


def _mistyped_surname(ent: SpacySpan, surnames: frozenset[str]) -> bool:
    """A bare surname the model tagged as a place or organisation ("Lee" as GPE after "Ann
    Lee" was named): the person, whom a later "he" or "she" can mean. Not a country or capital
    ("Jordan", "Washington"), which a surname may share."""
    if len(ent) != 1 or ent.label_ not in _ORG_LABELS or ent.text not in surnames:
        return False
    word = ent.text.lower()
    return word not in COUNTRY_FORMS and word not in CAPITALS


#: Titles only a person's name takes ("Dr", "Mr", "Ms").
_PERSONAL_TITLES = PERSON_ONLY_TITLES | MALE_TITLES | FEMALE_TITLES


def _titled_name(ent: SpacySpan) -> bool:
    """A personal name the model tagged as an organisation right after a personal title or
    a role set before it ("Dr Ann Lee-Moss said", "Headteacher Ann Lee told parents"): two or three
    capitalised words that no organisation noun heads, each a proper noun -- a person."""
    if ent.label_ not in _ORG_LABELS or not 2 <= len(ent) <= 3 or ent.start == 0:
        return False
    if institution_named(ent.text) or any(t.lemma_.lower() in BODY_NAME_HEADS for t in ent):
        return False
    if not all(_name_part(t) for t in ent):
        return False
    title = ent.doc[ent.start - 1]
    word = title.lower_.rstrip(".")
    if word in _PERSONAL_TITLES:
        return True
    # "Headteacher Ann Lee": a role noun in title case set before the name as its title
    return title.text[:1].isupper() and title.dep_ == "compound" and is_person_noun(word)


def _titled_by_the(ent: SpacySpan) -> bool:
    """A one-word name the tagger took for a person but that "the" opens ("an interview
    with the Gazette", "told the Bugle"): a paper or some other body, not a person, whom
    no later "she" or "the singer" can mean. A one-word personal name takes no article."""
    if ent.label_ not in _PERSON_LABELS or len(ent) != 1 or ent.start == 0:
        return False
    det = ent.doc[ent.start - 1]
    return det.lower_ == "the" and ent[0].tag_ == "NNP"


def _entity_table(doc: Doc, text: str, boiler: Sequence[tuple[int, int]] = ()) -> list[_Entity]:
    """Named people and organisations, in text order, with the gender their titles show;
    none from page furniture (a byline, a line of topic tags), which refers to no one."""
    gender_of_surname: dict[str, str] = {}
    ents: list[_Entity] = []
    surnames = _person_surnames(doc)
    for ent in doc.ents:
        if any(a <= ent.start_char < b for a, b in boiler):
            continue
        if _titled_by_the(ent) or institution_named(ent.text) or _apposed_firm(ent.root):
            label = "organization"  # "told the Bugle", "Sallowby Airport" tagged a person
        elif (
            ent.label_ in _PERSON_LABELS
            or _mistyped_surname(ent, surnames)
            or _apposed_person(ent.root)
            or _titled_name(ent)
        ):
            label = "person"
        elif ent.label_ in _ORG_LABELS:
            label = "organization"
        else:
            continue
        gender = None
        if label == "person":
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in MALE_TITLES:
                gender = "male"
            elif prev in FEMALE_TITLES:
                gender = "female"
            surname = ent[-1].lower_
            if gender:
                gender_of_surname.setdefault(surname, gender)
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") and not _in_relative_clause(ent.root)
        subject = subject or _named_by_copula(ent.root)
        ents.append(_Entity(ent.start_char, ent.end_char, label, gender, subject))
    of_body = _untagged_of_body(doc)
    titled = [e for e in _untagged_titled(doc) if all(e.start != x.start for x in of_body)]
    found = [
        *_handles(doc, ents),
        *_unlabelled_surnames(doc, ents),
        *of_body,
        *titled,
        *_ampersand_firms(doc, ents),
        *_untagged_firms(doc),
    ]
    outfits = _outfit_names(doc, boiler)
    ents = [e for e in ents if not any(o.start <= e.start < o.end for o in outfits)]
    ents = sorted([*ents, *found, *outfits], key=lambda e: e.start)
    if gender_of_surname:
        ents = [
            e
            if e.gender or e.label != "person"
            else _Entity(
                e.start,
                e.end,
                e.label,
                gender_of_surname.get(text[e.start : e.end].split()[-1].lower()),
                e.subject,
            )
            for e in ents
        ]
    return ents


#: Possessive pronouns that open a description ("her client") and the gender they give its owner.
_OWNER_GENDER = {"her": "female", "Her": "female", "his": "male", "His": "male"}


def _outfit_names(doc: Doc, boiler: Sequence[tuple[int, int]] = ()) -> list[_Entity]:
    """The names a story gives a group it then calls "the gang" or "the group": "The Night
    Owl hacking crew has ...", "The group, which calls itself Night Owl, ...", "a gang known
    as Night Owl": organisations, the subject of their sentence when the noun is."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _GROUP_NOUNS or t.tag_ != "NN":
            continue
        if any(a <= t.idx < b for a, b in boiler):
            continue
        given = _self_given_name(t)
        name = _compound_name(t) or ((given.left_edge, given) if given is not None else None)
        if name is not None:
            subject = t.dep_ in ("nsubj", "nsubjpass") and not _in_relative_clause(t)
            start, end = name[0].idx, name[1].idx + len(name[1])
            out.append(_Entity(start, end, "organization", None, subject))
    return out


def _compound_name(head: Token) -> tuple[Token, Token] | None:
    """ "the Night Owl hacking crew": the run of capitalised names right after "the" that
    modifies the noun (not a place or a nation: "the Dover crew", "the Russian group" name no
    one), in a definite phrase ("a neighbourhood chat group" is one group of many)."""
    det = next((c for c in head.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None:
        return None
    run = []
    for t in head.doc[det.i + 1 : head.i]:
        if t.tag_ != "NNP" or not t.text[:1].isupper() or head not in t.ancestors:
            break
        if t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in COUNTRY_FORMS:
            return None
        run.append(t)
    return (run[0], run[-1]) if run else None


def _self_given_name(head: Token) -> Token | None:
    """ "a group which calls itself Night Owl", "a gang calling itself Night Owl", "a crew
    known as Night Owl": the name in the clause that names the noun."""
    for v in head.children:
        if v.dep_ not in ("relcl", "acl"):
            continue
        if v.lemma_ == "call" and any(c.lower_ in _REFLEXIVES for c in v.children):
            names = [c for c in v.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")]
        elif v.lower_ == "known":
            preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]
            names = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        else:
            continue
        name = next((n for n in names if n.pos_ == "PROPN" and n.lower_ not in _REFLEXIVES), None)
        if name is not None:
            return name
    return None


def _in_relative_clause(tok: Token) -> bool:
    """ "... a letter, which the Courier obtained. It said ...": the subject of a relative
    clause is in the background, not the centre of attention a later pronoun returns to."""
    return tok.head.dep_ == "relcl"


def _named_by_copula(tok: Token) -> bool:
    """ "The first witness was Ann Lee": the name a description is equated with is the
    centre of attention, as a subject is ("... he said" next is Lee)."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.head.children)


_A = frozenset(["a", "an", "one"])


#: Nouns a story calls a named group by ("the gang", "the group").
_GROUP_NOUNS = BODY_ANAPHORS | OUTFIT_NOUNS
