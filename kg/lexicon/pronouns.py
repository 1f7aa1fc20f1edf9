"""Pronouns: one table of every form, what each refers to, and the views stages read.

Each form appears once in :data:`PRONOUN_TABLE`; the lists the stages use are
derived from it, so they cannot disagree:

>>> PRONOUNS["his"], SPEAKER_PRONOUNS["she"], PRONOUN_GENDER["him"]
(('person', 'male', 'singular'), ('person', 'female', 'singular'), 'male')
>>> sorted(POSSESSIVE_PRONOUNS)
['her', 'his', 'its', 'my', 'our', 'their', 'your']
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "POSSESSIVE_PRONOUNS",
    "PRONOUNS",
    "PRONOUN_GENDER",
    "PRONOUN_TABLE",
    "SPEAKER_PRONOUNS",
    "Pronoun",
]


@dataclass(frozen=True)
class Pronoun:
    """What a pronoun form tells of its referent, and how the stages may use it.

    ``kind`` is the referent's type (``person``, ``organization`` or None for either),
    ``third`` marks the third-person forms that refer back to a mention, ``speaker``
    the forms that can stand for a speaker, ``possessive`` the possessive determiners.
    """

    kind: str | None
    gender: str | None
    number: str | None
    third: bool = False
    speaker: bool = False
    possessive: bool = False


PRONOUN_TABLE = {
    "he": Pronoun("person", "male", "singular", third=True, speaker=True),
    "him": Pronoun("person", "male", "singular", third=True),
    "his": Pronoun("person", "male", "singular", third=True, possessive=True),
    "she": Pronoun("person", "female", "singular", third=True, speaker=True),
    "her": Pronoun("person", "female", "singular", third=True, possessive=True),
    "it": Pronoun("organization", None, "singular", third=True, speaker=True),
    "its": Pronoun("organization", None, "singular", third=True, possessive=True),
    "they": Pronoun(None, None, "plural", third=True, speaker=True),
    "them": Pronoun(None, None, "plural", third=True),
    "their": Pronoun(None, None, "plural", third=True, possessive=True),
    "i": Pronoun("person", None, "singular", speaker=True),
    "my": Pronoun("person", None, "singular", possessive=True),
    "we": Pronoun(None, None, "plural", speaker=True),
    "our": Pronoun(None, None, "plural", possessive=True),
    "you": Pronoun(None, None, None, speaker=True),
    "your": Pronoun(None, None, None, possessive=True),
    # Relative pronouns ("who") point back to the noun they modify.
    "who": Pronoun(None, None, None, speaker=True),
    "which": Pronoun("organization", None, None, speaker=True),
    "that": Pronoun(None, None, None, speaker=True),
}

#: Third-person forms -> (type, gender, number): the pronouns that refer back to a mention.
PRONOUNS = {form: (p.kind, p.gender, p.number) for form, p in PRONOUN_TABLE.items() if p.third}
#: Forms that can stand for a speaker -> (type, gender, number).
SPEAKER_PRONOUNS = {
    form: (p.kind, p.gender, p.number) for form, p in PRONOUN_TABLE.items() if p.speaker
}
#: Possessive determiners ("his government", "their statement").
POSSESSIVE_PRONOUNS = frozenset(form for form, p in PRONOUN_TABLE.items() if p.possessive)
#: Third-person forms with a gender -> the gender.
PRONOUN_GENDER = {
    form: p.gender for form, p in PRONOUN_TABLE.items() if p.third and p.gender is not None
}
