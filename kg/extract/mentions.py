"""Per article: every person, organisation and group a text names or describes.

:func:`collect_mentions` reads the parse once and keeps every named or described
source as a plain :class:`EntityMention` record, with the role and affiliation its
pre-modifiers and appositions give ("White House spokeswoman Ann Lee", "Ann Lee, a
senior fellow at the Institute"). Corpus-wide work on these records is
:mod:`kg.assemble.speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.boilerplate import boilerplate_of
from kg.extract.names import (
    institution_named,
    is_person_noun,
)
from kg.lexicon import (
    COUNTRY_FORMS,
    FUNCTION_WORDS,
    GROUP_HEADS,
    INSTITUTION_NAME_HEADS,
    ORG_HEADS,
    PERSON_ONLY_TITLES,
    REPORTING_NOUNS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["EntityMention", "ampersand_partner", "collect_mentions", "name_start"]


@dataclass(frozen=True)
class EntityMention:
    """A person, organisation or group named in an article, with what the text says of it.

    Attributes
    ----------
    doc : str
        The article id.
    start, end : int
        Character offsets of ``text`` in the article.
    text : str
        The name as written (a person's name without the words before it).
    label : str
        ``PERSON``, ``ORG``, ``GPE``, ``NORP`` (from the entity recogniser) or
        ``NOUN`` (a phrase headed by an organisation, group or role noun).
    premod : str
        Words before the name in the same phrase ("White House spokesman").
    role, affiliation : str or None
        From an apposition: "..., a senior fellow at the Institute".
    age : int or None
        A person's age given right after the name: "Ann Lee, 59, said".
    """

    doc: str
    start: int
    end: int
    text: str
    label: str
    premod: str = ""
    role: str | None = None
    affiliation: str | None = None
    age: int | None = None


#: An age given right after a name: "Ann Lee, 59," or "Ann Lee, aged 59,".
_GIVEN_AGE = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\s*[,;)]")


def given_age(text: str, end: int) -> int | None:
    """The age written right after a name ending at ``end`` ("Ann Lee, 59, said"), if any.

    >>> given_age("Ann Lee, 59, said so.", 7), given_age("Ann Lee, who is 59, said.", 7)
    (59, None)
    """
    found = _GIVEN_AGE.match(text, end)
    return int(found.group(1)) if found else None


# --- per article: mentions from the parse ------------------------------------------------

_PREMOD_DEPS = frozenset(["compound", "amod", "nmod", "poss", "case", "det", "nummod", "punct"])
_SOURCE_HEADS = ORG_HEADS | GROUP_HEADS | REPORTING_NOUNS


def _premod(ent: SpacySpan) -> str:
    """The words of the same noun phrase just before an entity ("White House spokesman")."""
    doc = ent.doc
    root = ent.root
    i = ent.start - 1
    while i >= 0:
        tok = doc[i]
        inside = (tok.head.i >= ent.start and tok.head.i < ent.end) or tok.head.i > i
        if (
            "\n" in tok.text_with_ws
            or tok.text in (",", ";", ":", '"', "“", "”", "(", ")", "—", "–", "―", "--", "-")
            or tok.dep_ not in _PREMOD_DEPS
            or not inside
            or tok.i < root.left_edge.i
        ):
            break
        i -= 1
    start = i + 1
    if start >= ent.start or _AGE_CUT.search(doc[max(0, start - 4) : start].text):
        return ""  # "the 78-year-old Ann Lee": an age, not the role "old"
    return doc[start : ent.start].text.strip()


#: The hyphenated age a premodifier run stops inside ("78-year-" before "old Ann Lee").
_AGE_CUT = re.compile(r"\d+\s*-\s*(?:years?|months?)\s*-$")


def _phrase_text(tok: Token) -> str:
    """A noun's phrase up to the noun: its left dependents and itself, no determiner."""
    words = [t for t in tok.lefts if t.dep_ not in ("det", "punct", "predet")]
    start = min([t.left_edge.i for t in words] + [tok.i])
    span = tok.doc[start : tok.i + 1]
    return span.text.strip(" ,")


def ampersand_partner(head: Token) -> Token | None:
    """The second name of "Barrow & Finch", "Smith & Sons": names joined by an ampersand
    name one firm, not two sources."""
    amp = next((c for c in head.rights if c.dep_ == "cc" and c.text == "&"), None)
    if amp is None or head.pos_ != "PROPN":
        return None
    return next(
        (c for c in head.rights if c.dep_ == "conj" and c.i == amp.i + 1 and c.pos_ == "PROPN"),
        None,
    )


def _ampersand_names(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """ "Dunn & Norris": two capitalised names side by side, joined by an ampersand, one
    firm (the tagger misses some); the first and last word."""
    for left in doc:
        right = ampersand_partner(left)
        capitals = right is not None and left.text[:1].isupper() and right.text[:1].isupper()
        if right is not None and capitals and right.i == left.i + 2:
            yield left, right


def _institution_names(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """ "Kite Airways said": capitalised names ending in an institution head the entity
    tagger left untagged (first and last word); tagged ones are relabelled where read."""
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in INSTITUTION_NAME_HEADS:
            continue
        first = tok.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
            first -= 1
        if first < tok.i and institution_named(doc[first : tok.i + 1].text):
            yield doc[first], tok


def _apposition(root: Token) -> tuple[str | None, str | None]:
    """Role and affiliation from "Name, a fellow at the Institute" (either order)."""
    appos = [c for c in root.children if c.dep_ == "appos"]
    if not appos and root.dep_ == "appos" and root.head.i < root.i:
        appos = [root.head]
    if not appos:
        return None, None
    if appos[0].ent_type_ == "PERSON":
        return None, None
    head = _one_of(appos[0])
    if head is None:
        return None, None
    role = _phrase_text(head) if head is appos[0] else head.lemma_  # "one of the advisers"
    partner = ampersand_partner(head)
    if partner is not None:
        role = f"{role} & {partner.text}"  # "Barrow & Finch, the law firm": one name
    if not any(c.isalpha() for c in role):
        role = ""  # an age: "Ann Lee, 59, said"
    affiliation = None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with", "in"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and any(t.text[:1].isupper() for t in objs[0].subtree):
                span = prep.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
                text = re.split(r",|\s(?:who|which|that|where)\s|\s--\s", span.text)[0]
                affiliation = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
                break
    return role or None, affiliation


def _one_of(head: Token) -> Token | None:
    """The noun an apposition's number or quantifier picks from ("Ann Lee, one of the
    firm's advisers": "advisers"; "two of the longest-serving pilots"); the head itself
    when it is no number; None for a number alone ("one", "both")."""
    if head.pos_ != "NUM" and head.lower_ not in _QUANTIFIER_HEADS:
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


#: Quantifiers an apposition may open with ("some of", "each of", "both of").
_QUANTIFIER_HEADS = frozenset(["one", "some", "each", "both", "all", "many", "several", "few"])


def _bare_word(text: str) -> str:
    return text.replace(".", "").lower()


def _titled_names(doc: Doc) -> Iterator[SpacySpan]:
    """Runs of proper nouns right after a title or role word ("spokesperson Ann Lee", "Gen. Lee").

    The small English model often misses these people or calls them organisations.
    """
    i, n = 0, len(doc)
    while i < n:
        j = i
        while (
            j < n
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and _bare_word(doc[j].text) not in TITLE_WORDS
            and (j == i or "\n" not in doc[j - 1].text_with_ws)
        ):
            j += 1
        if j == i:
            i += 1
            continue
        before = doc[i - 1] if i > 0 else None
        titled = before is not None and "\n" not in before.text_with_ws
        word = _bare_word(before.text) if before is not None else ""
        noun = before is not None and before.pos_ == "NOUN" and is_person_noun(word)
        titled = titled and (word in TITLE_WORDS or noun)
        # ... unless the title word is part of another kind of name ("General Motors").
        titled = titled and (
            before.ent_type_ in ("", "PERSON")  # type: ignore[union-attr]
            or word in PERSON_ONLY_TITLES  # "Dr Lee" tagged an organisation
        )
        last = _bare_word(doc[j - 1].text)
        if titled and j - i <= 4 and last not in ORG_HEADS and last not in COUNTRY_FORMS:
            yield doc[i:j]
        i = j


def _relabel_places(found: dict[tuple[int, int], EntityMention]) -> None:
    """A one-word "person" the article elsewhere tags as a place or organisation is one."""
    votes: Counter[tuple[str, str]] = Counter((m.text, m.label) for m in found.values())
    for key, m in list(found.items()):
        if m.label != "PERSON" or " " in m.text:
            continue
        other = max(("GPE", "ORG"), key=lambda label: votes[(m.text, label)])
        if votes[(m.text, other)] > votes[(m.text, "PERSON")]:
            found[key] = EntityMention(
                m.doc, m.start, m.end, m.text, other, "", m.role, m.affiliation
            )


def _relabel_surnames(found: dict[tuple[int, int], EntityMention]) -> None:
    """A one-word "organisation" that is the surname of a person the article names in full
    is that person ("Senator Ann Sykes ... Sykes said", the tagger's ORG): a capitalised
    word ending in -s would otherwise read as a group."""
    surnames = {
        m.text.split()[-1]
        for m in found.values()
        if m.label == "PERSON" and len(m.text.split()) >= 2 and m.text.split()[-1][:1].isupper()
    }
    for key, m in list(found.items()):
        if m.label == "ORG" and " " not in m.text and m.text in surnames:
            found[key] = replace(m, label="PERSON")


def name_start(doc: Doc, i: int) -> int:
    """Where a person's name starting at token ``i`` really starts: a capitalised function word
    right before it, in mid-sentence, is a name of its own ("but So Min-ho said", "An Ji-won"):
    written capitalised where no sentence starts, it can only be a name.
    """
    while i > 0:
        prev = doc[i - 1]
        if not (
            prev.lower_ in FUNCTION_WORDS and prev.text[:1].isupper() and prev.text[1:].islower()
        ):
            break
        before = doc[prev.i - 1] if prev.i > 0 else None
        if (
            prev.is_sent_start
            or before is None
            or (
                before.text not in (",", ";")
                and (not before.is_alpha or "\n" in before.text_with_ws)
            )
        ):
            break  # a sentence, quotation or line opens with it: an ordinary word
        i -= 1
    return i


def _after_owner(ent: SpacySpan) -> SpacySpan:
    """ "Morrow Hale's Quill": the tagger may take a firm and its employee for one name; the
    person is the part after the possessive."""
    marks = [t.i for t in ent[:-1] if t.dep_ == "case" and t.lower_ in ("'s", "’s")]
    return ent.doc[marks[-1] + 1 : ent.end] if marks else ent


def collect_mentions(doc: Doc, doc_id: str) -> list[EntityMention]:
    """Every person, organisation and group named or described in ``doc``.

    Returns
    -------
    list of EntityMention
        In text order: named entities (people, organisations, places used as
        sources) and noun phrases headed by an organisation, group or role noun.
    """
    found = _entity_mentions(doc, doc_id)
    _add_titled_names(found, doc, doc_id)
    _relabel_places(found)
    _relabel_surnames(found)
    _add_compound_names(found, doc, doc_id)
    _add_described(found, doc, doc_id)
    # Names in page furniture ("[Image credit - Acme]", "Reporting by ...") name no source.
    furniture = boilerplate_of(doc)
    kept = [m for m in found.values() if not any(a <= m.start < b for a, b in furniture)]
    return sorted(kept, key=lambda m: (m.start, m.end))


_Found = dict[tuple[int, int], EntityMention]


def _entity_mentions(doc: Doc, doc_id: str) -> _Found:
    """The recogniser's people, organisations and places, by their character span."""
    found: _Found = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if all(_bare_word(t.text) in TITLE_WORDS for t in ent):
            continue  # a title the recogniser took for a name ("Lt.")
        label, root = ent.label_, ent.root
        if label == "PERSON" and institution_named(ent.text):
            label = "ORG"  # "Sallowby Airport", "Kite Airways": no person, whatever the tagger says
        if label == "PERSON":  # a word taken in before the name may hang elsewhere
            ent = _after_owner(doc[name_start(doc, ent.start) : ent.end])
        premod = _premod(ent) if label == "PERSON" else ""
        role, affiliation = _apposition(root)
        # "Ann Lee, 59," -- an age marks a person even where the recogniser saw a firm
        age = given_age(doc.text, ent.end_char) if label in ("PERSON", "ORG") else None
        found[(ent.start_char, ent.end_char)] = EntityMention(
            doc_id, ent.start_char, ent.end_char, ent.text, label, premod, role, affiliation, age
        )
    return found


def _add_titled_names(found: _Found, doc: Doc, doc_id: str) -> None:
    """Names after a title the recogniser missed, replacing what they overlap."""
    for span in _titled_names(doc):
        if any(t.ent_type_ == "PERSON" for t in span):
            continue
        role, affiliation = _apposition(span.root)
        for key in [k for k in found if k[0] < span.end_char and span.start_char < k[1]]:
            del found[key]
        found[(span.start_char, span.end_char)] = EntityMention(
            doc_id,
            span.start_char,
            span.end_char,
            span.text,
            "PERSON",
            _premod(span),
            role,
            affiliation,
            given_age(doc.text, span.end_char),
        )


def _add_compound_names(found: _Found, doc: Doc, doc_id: str) -> None:
    """Firms named "A & B" and institutions the recogniser missed, where nothing else is."""
    for first, last in _ampersand_names(doc):
        key = (first.idx, last.idx + len(last))
        if not any(a < key[1] and key[0] < b for a, b in found if found[(a, b)].label != "GPE"):
            role, affiliation = _apposition(first)
            text = doc.text[key[0] : key[1]]
            found[key] = EntityMention(doc_id, *key, text, "ORG", "", role, affiliation)
    for first, last in _institution_names(doc):
        key = (first.idx, last.idx + len(last))
        if not any(a < key[1] and key[0] < b for a, b in found):
            role, affiliation = _apposition(last)
            text = doc.text[key[0] : key[1]]
            found[key] = EntityMention(doc_id, *key, text, "ORG", "", role, affiliation)


def _add_described(found: _Found, doc: Doc, doc_id: str) -> None:
    """Noun phrases headed by a source or person noun ("the ministry", "a spokesman")."""
    for chunk in doc.noun_chunks:
        root = chunk.root
        source = root.lower_ in _SOURCE_HEADS or is_person_noun(root.lower_)
        if not source or root.ent_type_ == "PERSON":
            continue
        key = (chunk.start_char, chunk.end_char)
        if key in found:
            continue
        role, affiliation = _apposition(root)
        found[key] = EntityMention(
            doc_id, chunk.start_char, chunk.end_char, chunk.text, "NOUN", "", role, affiliation
        )
