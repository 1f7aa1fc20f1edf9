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

__all__ = ["BECOMING_VERBS", "COPULAS", "OPPOSITE_PREDICATES", "POLE_OF"]

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
)

#: Each word -> (the index of its pair in OPPOSITE_PREDICATES, its side: 0 or 1).
POLE_OF: dict[str, tuple[int, int]] = {
    word: (k, side)
    for k, pair in enumerate(OPPOSITE_PREDICATES)
    for side, words in enumerate(pair)
    for word in words
}

#: Verbs that link a thing to a state ("is in charge", "remains alive", "stays safe").
COPULAS = frozenset(["be", "remain", "stay", "seem", "appear", "look", "feel"])
#: Verbs of coming into a state ("fell ill", "went missing", "got well"): their complement
#: is the state asserted.
BECOMING_VERBS = frozenset(["become", "fall", "get", "go", "grow", "turn"])
