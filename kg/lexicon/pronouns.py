"""Pronouns: what each refers to (person, number, gender) and which can be a speaker."""

from __future__ import annotations

__all__ = [
    "PRONOUNS",
    "SPEAKER_PRONOUNS",
]

PRONOUNS = {
    "he": ("person", "male", "singular"),
    "him": ("person", "male", "singular"),
    "his": ("person", "male", "singular"),
    "she": ("person", "female", "singular"),
    "her": ("person", "female", "singular"),
    "it": ("organization", None, "singular"),
    "its": ("organization", None, "singular"),
    "they": (None, None, "plural"),
    "them": (None, None, "plural"),
    "their": (None, None, "plural"),
}

#: Pronouns that stand for a speaker, with (type, gender, number); relative pronouns
#: ("who") point back to the noun they modify.
SPEAKER_PRONOUNS = {
    "he": ("person", "male", "singular"),
    "she": ("person", "female", "singular"),
    "it": ("organization", None, "singular"),
    "they": (None, None, "plural"),
    "i": ("person", None, "singular"),
    "we": (None, None, "plural"),
    "you": (None, None, None),
    "who": (None, None, None),
    "which": ("organization", None, None),
    "that": (None, None, None),
}
