"""Per article: the things it names and the common nouns it describes them by.

A report introduces a thing once by name with an appositive ("kelmite, a cheap
mineral used in paint") and later speakers call it by the noun ("the mineral is
safe"). Each such pair is a :class:`Naming`; corpus-wide, the noun's
term folds onto the name's (:func:`kg.assemble.positions.corpus.build_corpus`), so that
statements about "the mineral" and about "kelmite" meet in one position.

Only an indefinite description ("a ..." / "an ...") of a thing counts: people,
organisations and places are named and described in many ways and are the speakers'
business (:mod:`kg.assemble.speakers`), and a role noun ("a spokesman") describes a
person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.terms import norm_term
from kg.lexicon import PERSON_NOUNS, PLURAL_TERMS, SYNONYM_OF, TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Naming", "find_namings"]

#: Entity types of names that are no things: people, organisations, places, groups.
_NOT_THINGS = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])


@dataclass(frozen=True)
class Naming:
    """A thing an article names, and the common noun it describes it by.

    Attributes
    ----------
    doc : str
    name, noun : str
        The terms of the name and of the noun ("kelmite", "mineral").
    start, end : int
        Character offsets of the description in the article.
    """

    doc: str
    name: str
    noun: str
    start: int
    end: int


def _thing_term(tok: Token) -> str:
    """The term of a noun or name as claims read it (lemma or text, synonyms folded)."""
    t = norm_term(tok.text if tok.pos_ == "PROPN" or tok.lower_ in PLURAL_TERMS else tok.lemma_)
    return SYNONYM_OF.get(t, t)


#: Nouns that describe a name, not the thing it names ("Redline, a name for the scheme").
_WORDS_FOR_WORDS = frozenset(["name", "nickname", "term", "word", "label", "brand"])


def _bare_name(tok: Token) -> bool:
    """Whether ``tok`` is a name on its own ("kelmite"): a proper noun of no person,
    organisation or place, with no determiner or owner ("the City Clinic") and no
    name before it ("Ann Vale", "Costa Rica"), or a bare singular noun."""
    if tok.ent_type_ in _NOT_THINGS or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    if tok.pos_ == "PROPN":
        return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    # a singular common noun with no determiner and nothing before it: a name the tagger
    # does not know ("people who use norvane, a food dye")
    return tok.tag_ == "NN" and not any(c.i < tok.i for c in tok.children)


def find_namings(doc: Doc, doc_id: str) -> list[Naming]:
    """The namings of one article: "X, a/an ... Y" where X is a bare name of a thing and
    Y a common noun (not a role noun, a title or a word for names)."""
    out: list[Naming] = []
    for tok in doc:
        head = tok.head
        if (
            tok.dep_ != "appos"
            or tok.pos_ != "NOUN"
            or not _bare_name(head)
            or tok.lemma_.lower() in _WORDS_FOR_WORDS
            or tok.lower_ in PERSON_NOUNS
            or tok.lower_ in TITLE_WORDS
            or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)
        ):
            continue
        name, noun = _thing_term(head), _thing_term(tok)
        if name != noun and len(name) > 2 and len(noun) > 2:
            out.append(Naming(doc_id, name, noun, tok.left_edge.idx, tok.idx + len(tok)))
    return out
