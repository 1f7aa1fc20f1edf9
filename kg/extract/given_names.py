"""Per article: given names that are also ordinary words, mended in the parse.

Some given names are English words too ("Per", "Will", "Can"). Right before a surname
that is the subject of a verb, the model may take such a name for a preposition or an
auxiliary and keep only the surname as the name ("Per Axelsen said": "Per" a
preposition), or even make the surname the object of that "preposition" and leave the
verb with no subject ("Per Axelsen, a professor, said ..."). A capitalised word before
a name in such a place can only be part of the name; :func:`mend_given_names` makes it so,
in place, before any stage reads the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["mend_given_names"]

#: Parts of speech a given name is mistaken for where a subject cannot take it: "For Lee
#: said" and "Will Lee said" are no English, so "Per" and "Will" there are names. Adverbs
#: are left alone: "Now Lee says" and "Later Lee said" are English.
_MISTAKEN_FOR = frozenset(["ADP", "AUX"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: What may hang on a mistaken preposition beside the name: the name's apposition.
_APPOSED = frozenset(["punct", "pobj", "appos"])
#: Verb forms no modal takes: "Will Lee said" can only be a name.
_FINITE = frozenset(["VBD", "VBZ", "VBP"])
#: Entity labels of a place or a time: "From Moscow, ..." keeps its preposition.
_NOT_PEOPLE = frozenset(["GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT"])


def _title_word(tok: Token) -> bool:
    text = tok.text
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _mistaken_given_name(word: Token) -> Token | None:
    """The surname that ``word``, a given name the parser took for a function word, opens.

    Either the surname is the subject and ``word`` an object-less preposition or auxiliary
    of the same verb ("Per Axelsen said"), or the surname is the object of ``word`` and
    the verb has no subject at all ("Per Axelsen, a professor, said").
    """
    if word.i + 1 >= len(word.doc) or word.pos_ not in _MISTAKEN_FOR or not _title_word(word):
        return None
    name = word.nbor()
    if name.pos_ != "PROPN" or not _title_word(name) or name.ent_type_ in _NOT_PEOPLE:
        return None
    verb = word.head
    if verb.pos_ not in ("VERB", "AUX") or not verb.text[:1].islower():
        return None  # "Judge Rules Against Lee": a headline in title case
    if word.pos_ == "AUX" and (word.tag_ != "MD" or verb.tag_ not in _FINITE):
        return None  # "Will Lee run?", "Has Lee said?": a question, the auxiliary is one
    kids = list(word.children)
    if not kids and name.dep_ in _SUBJECTS and name.head.i == verb.i:
        return name
    # "Per Axelsen, a professor, said": the apposition may hang on "Per" as a second object.
    others = [k for k in kids if k.i != name.i]
    named_object = name in kids and name.dep_ == "pobj" and word.dep_ == "prep"
    named_object = named_object and all(k.dep_ in _APPOSED and k.i > name.i for k in others)
    if named_object and not _has_subject(verb):
        return name
    return None


def _mend(word: Token, name: Token) -> None:
    """``word`` becomes the first part of the name ``name``, which becomes the verb's subject."""
    from spacy.tokens import Span  # here: a build from the records cache loads no spaCy

    verb = word.head
    word.pos_, word.tag_ = "PROPN", "NNP"
    word.dep_, word.head = "compound", name
    if name.dep_ == "pobj":
        for kid in [k for k in word.children if k.i != name.i]:
            kid.head = name
            if kid.dep_ != "punct":
                kid.dep_ = "appos"
        name.dep_, name.head = "nsubj", verb
    doc = word.doc
    person = Span(doc, word.i, name.i + 1, label="PERSON")
    kept = []
    for ent in doc.ents:
        if ent.end <= word.i or ent.start > name.i:
            kept.append(ent)
        elif ent.end > name.i + 1:
            # "Axelsen of Tarn College" read as one body: the body is what follows "of".
            tail = next((t.i for t in doc[name.i + 1 : ent.end] if t.pos_ == "PROPN"), None)
            if tail is not None:
                kept.append(Span(doc, tail, ent.end, label=ent.label_))
    doc.ents = sorted([*kept, person], key=lambda s: s.start)


def mend_given_names(doc: Doc) -> None:
    """Mend, in place, every given name the parser took for a preposition or auxiliary.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed article; "Per Axelsen said" gets "Per" as a proper noun compounded with
        "Axelsen", and "Per Axelsen" as one PERSON entity. Running it twice changes
        nothing more.
    """
    for word in doc:
        name = _mistaken_given_name(word)
        if name is not None:
            _mend(word, name)
