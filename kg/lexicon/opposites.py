"""Opposite predicates: pairs of word groups where asserting one of a thing denies the other.

"The manager was sacked" and "the manager is still in charge" cannot both hold of
the same manager; neither can "the bridge is safe" and "the bridge is dangerous". A
statement that asserts one side of a pair of a thing disputes a position that asserts
the other side of it. Words are written as the claims stage reads them: verb and
adjective lemmas, nouns naming the event ("a coup"), a verb with its particle joined by
a hyphen ("force-out"), and phrases of a preposition and a noun after a copula ("is in
charge", "remains at the helm").

Only general English lives here. Words that also mean something else in common use
are left out: "fire" (and so "ceasefire"), "dismiss" (of claims), "remove", "run".
Amounts going up or down ("rose" / "fell") are left out too: two reports of a figure
at two times, or in two polls, both hold, and the verbs are idioms as often ("grew
out of", "dropped the charges"); on 200 articles of political news both such pairs read
was wrong.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_ONLY_POLES",
    "BECOMING_VERBS",
    "COPULAS",
    "EVALUATIVE_SYNONYMS",
    "OPPOSITE_PREDICATES",
    "POLE_OF",
]

#: Each pair: (words of one side, words of the other side).
OPPOSITE_PREDICATES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    # out of power or office / still holding it
    (
        frozenset(
            [
                "oust",
                "ouster",
                "topple",
                "depose",
                "overthrow",
                "unseat",
                "dethrone",
                "usurp",
                "sideline",
                "coup",
                "sack",
                "resign",
                "force-out",
                "push-aside",
                "push-out",
                "step-down",
            ]
        ),
        frozenset(
            [
                "in control",
                "in charge",
                "in power",
                "in command",
                "in office",
                "at the helm",
            ]
        ),
    ),
    # dead / alive (the claims stage reads "dead", "die" and "death" as "kill")
    (frozenset(["kill", "die", "dead"]), frozenset(["alive"])),
    # ill / healthy
    (frozenset(["ill", "sick", "unwell"]), frozenset(["healthy", "well"])),
    # safe / dangerous
    (
        frozenset(["safe", "harmless"]),
        frozenset(["dangerous", "unsafe", "harmful", "hazardous"]),
    ),
    # freed / still held (the claims stage reads "free" and "liberate" as "release")
    (frozenset(["release"]), frozenset(["in captivity", "in custody", "captive"])),
    # guilty / innocent
    (frozenset(["guilty", "convict"]), frozenset(["innocent", "acquit"])),
    # lawful / unlawful
    (frozenset(["legal", "lawful"]), frozenset(["illegal", "unlawful"])),
    # able to pay its debts / not
    (frozenset(["solvent"]), frozenset(["insolvent", "bankrupt"])),
    # done on purpose / by accident
    (frozenset(["deliberate"]), frozenset(["accidental"])),
    # fair / unfair
    (frozenset(["fair"]), frozenset(["unfair"])),
    # works / does not work
    (frozenset(["effective"]), frozenset(["ineffective"])),
)

#: Adjectives of one meaning, as a dictionary gives them; each is read as the group's
#: first word (the one :data:`OPPOSITE_PREDICATES` lists), so that "the dam is hazardous"
#: and "the dam is perilous" meet on one position and "the dam is harmless" is its other
#: side. Only the adjective is folded (:data:`ADJECTIVE_ONLY_POLES` are no side as verbs).
#: Words of another sense in common use are left out: "sound" (a noise), "secure" (to
#: obtain), "partial" (incomplete), "fit", "well", "right", "wrong", "just"; and so are
#: the evaluations that dismiss a claim ("false", "baseless": ``DISMISSIVE_WORDS``), which
#: are read as a dispute, not as a thing's property.
EVALUATIVE_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("safe", "harmless", "innocuous", "benign", "riskless", "nontoxic", "non-toxic"),
    ("dangerous", "unsafe", "hazardous", "perilous", "harmful", "risky", "injurious"),
    ("ill", "sick", "unwell", "ailing", "infirm"),
    ("guilty", "culpable", "blameworthy"),
    ("innocent", "blameless", "guiltless"),
    ("legal", "lawful", "legitimate", "permissible", "licit"),
    ("illegal", "unlawful", "illicit", "illegitimate", "impermissible"),
    ("solvent", "creditworthy"),
    ("insolvent", "bankrupt"),
    ("deliberate", "intentional", "premeditated", "wilful", "willful", "purposeful"),
    ("accidental", "unintentional", "inadvertent", "unintended"),
    ("fair", "equitable", "impartial", "even-handed", "unbiased", "unprejudiced"),
    ("unfair", "inequitable", "biased", "prejudiced", "discriminatory"),
    ("effective", "efficacious"),
    ("ineffective", "ineffectual", "futile", "useless"),
)

#: Words of :data:`EVALUATIVE_SYNONYMS` that are adjectives of a side only: as verbs they
#: mean something else ("the jury will deliberate" says nothing done on purpose).
ADJECTIVE_ONLY_POLES = frozenset(["deliberate"])

#: Each word -> (the index of its pair in OPPOSITE_PREDICATES, its side: 0 or 1); the
#: synonyms of a word (:data:`EVALUATIVE_SYNONYMS`) stand on its side.
POLE_OF: dict[str, tuple[int, int]] = {
    same: (k, side)
    for k, pair in enumerate(OPPOSITE_PREDICATES)
    for side, words in enumerate(pair)
    for word in words
    for group in ([g for g in EVALUATIVE_SYNONYMS if g[0] == word] or [(word,)])
    for same in group
}

#: Verbs that link a thing to a state ("is in charge", "remains alive", "stays safe").
COPULAS = frozenset(["be", "remain", "stay", "seem", "appear", "look", "feel"])
#: Verbs of coming into a state ("fell ill", "went missing", "got well"): their complement
#: is the state asserted.
BECOMING_VERBS = frozenset(["become", "fall", "get", "go", "grow", "turn"])
