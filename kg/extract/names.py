"""Speaker names as text: titles, countries, surnames and organisation keys.

Pure string functions used by :mod:`kg.assemble.speakers` to decide whether two ways
of naming a source name the same one. Nothing here knows any corpus: the word
lists are general English (see the speakers section of :mod:`kg.lexicon`).

>>> p = parse_person("Ivan Petrov", "Polish Lt. Gen.")
>>> (p.name, p.surname, p.given, p.role, p.country)
('Ivan Petrov', 'Petrov', ('Ivan',), 'Lt. Gen.', 'Poland')
>>> o = parse_phrase("Britain's Ministry of Defence")
>>> (o.kind, o.country, o.key)
('organization', 'United Kingdom', 'defense ministry')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from kg.lexicon import (
    AGENT_SUFFIXES,
    ANONYMOUS_HEADS,
    ANONYMOUS_THINGS,
    BODY_NAME_HEADS,
    CAPITALS,
    COUNTRY_FORMS,
    GENDERED_NOUNS,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_NAME_HEADS,
    LIFE_STAGE_NOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_AGENT_NOUNS,
    OFFICE_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_SPELLINGS,
    ORG_SUFFIXES,
    ORG_SYNONYMS,
    OUTLET_KEYS,
    PERSON_NOUNS,
    ROLE_QUALIFIERS,
    SHORT_GIVEN_NAMES,
    SOURCE_POSTMODIFIERS,
    SPEAKER_DETERMINERS,
    TITLE_WORDS,
    UNNAMED_PERSON_HEADS,
)

__all__ = [
    "NameParts",
    "SpeakerType",
    "clean_surface",
    "country_of",
    "given_compatible",
    "institution_named",
    "is_person_noun",
    "name_ratio",
    "one_vowel_apart",
    "parse_person",
    "parse_phrase",
    "skeleton",
    "surname_key",
]

SpeakerType = Literal["person", "organization", "group"]

_QUOTE_CHARS = "\"'“”‘’«»„"
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_COLLECTIVE = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?:group|number|couple|handful|team|pair|series|host|chorus)"
    r"\s+of\s+",
    re.IGNORECASE,
)
#: Anonymous sources: "a Ukrainian official" is one of "Ukrainian officials".
_ANONYMOUS = frozenset(["official"])
#: Spelling differences between romanisations of the same sound (order matters).
_TRANSLITERATIONS = (
    ("tch", "ch"),
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("dh", "d"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("j", "y"),
)


@dataclass(frozen=True)
class NameParts:
    """What a speaker's name says about them.

    Attributes
    ----------
    kind : {'person', 'organization', 'group'}
    name : str
        The name to show: titles, determiners and line breaks removed.
    key : str
        What must match for two names to be one source: for a person the
        skeleton of the surname, for an organisation or group the lowercase
        words without country, determiners or spelling variants.
    country : str or None
        The country the name places the source in ("Russian", "U.K.", "Britain's").
    given : tuple of str
        A person's given names and initials.
    surname : str or None
        A person's surname.
    role, affiliation : str or None
        Titles and descriptions found in the name itself.
    head : str
        The lowercase head noun ("ministry", "officials"; a person's surname).
    definite : bool
        The phrase starts with "the", "this" or a possessive (refers back).
    gender : {'male', 'female'} or None
        From a courtesy title ("Mrs. Lee"); courtesy titles are not a role.
    """

    kind: SpeakerType
    name: str
    key: str
    country: str | None = None
    given: tuple[str, ...] = ()
    surname: str | None = None
    role: str | None = None
    affiliation: str | None = None
    head: str = ""
    definite: bool = False
    gender: str | None = None


@lru_cache(maxsize=1 << 16)
def clean_surface(text: str) -> str:
    """A mention as a one-line name: last paragraph only, no quotes or edge punctuation.

    >>> clean_surface('HEADLINE\\n\\nGen. Ann  Smith,')
    'Gen. Ann Smith'
    """
    parts = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    last = parts[-1] if parts else text
    last = _SPACES.sub(" ", last).strip(" ,;:-" + _QUOTE_CHARS)
    return last


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """A word as a key: no possessive, dots, quotes, edge punctuation or handle's "@".

    Remembered: a corpus reads the same few thousand words hundreds of thousands of times.
    """
    return _POSSESSIVE.sub("", word).replace(".", "").strip(_QUOTE_CHARS + ",;:()@").lower()


def country_of(words: list[str], i: int) -> tuple[str | None, int]:
    """The country named by ``words[i]`` (or ``words[i:i+2]``) and how many words it takes.

    Country words must be capitalised, so the pronoun "us" is not the U.S.

    >>> country_of(["the", "U.K.", "Transport", "Ministry"], 1)
    ('United Kingdom', 1)
    >>> country_of(["tell", "us"], 1)
    (None, 0)
    """
    if not words[i][:1].isupper():
        return None, 0
    if i + 1 < len(words):
        pair = f"{_bare(words[i])} {_bare(words[i + 1])}"
        if pair in COUNTRY_FORMS:
            return COUNTRY_FORMS[pair], 2
    single = _bare(words[i])
    if single in COUNTRY_FORMS:
        return COUNTRY_FORMS[single], 1
    return None, 0


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-insensitive form of a name for fuzzy matching.

    Accents are dropped, common transliteration variants are folded and
    doubled letters collapsed.

    >>> skeleton("Ivanenkyy") == skeleton("Ivanenkiy") == skeleton("Ivanenky")
    True
    >>> skeleton("Dmitriy") == skeleton("Dmitry") == skeleton("Dmitri")
    True
    >>> skeleton("Tymoshenko") == skeleton("Timoshenko")
    True

    Digits are kept: "Unit7" and "Unit9" are two names, not one.

    >>> skeleton("Surname10") == skeleton("Surname1")
    False
    """
    text = unicodedata.normalize("NFKD", word)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]", "", text)
    for old, new in _TRANSLITERATIONS:
        text = text.replace(old, new)
    text = re.sub(r"(?:iy|yi|ii|yy|ij)$", "y", text).replace("y", "i")
    text = re.sub(r"([a-z])\1+", r"\1", text)
    return text


def surname_key(word: str) -> str:
    """A surname's :func:`skeleton`, its last syllable's "-ey" and "-ie" read as one ending:
    one surname spelt two ways in two reports ("Mira Dunley" / "Mira Dunlie"); a person's key.
    Given names keep their skeleton ("Marie" is not "Mary"). A possessive is no part of it.

    >>> surname_key("Dunley") == surname_key("Dunlie") == surname_key("Dunly")
    True
    >>> surname_key("Dunlie’s") == surname_key("Dunlie")
    True
    """
    word = re.sub(r"['’]s?$", "", word)
    return re.sub(r"(?<=[^aeiou])(?:ei|ie)$", "i", skeleton(word))


_DIGITS = re.compile(r"\d+")


def name_ratio(a: str, b: str) -> float:
    """``fuzz.ratio`` of two name keys, 0 when their numbers differ ("Unit7", "Unit11").

    >>> name_ratio("unit7", "unit11"), name_ratio("ivanenko", "ivanenko")
    (0.0, 100.0)
    """
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0
    return float(fuzz.ratio(a, b))


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two lists of given names can belong to one person.

    An initial matches a name with that initial; names match when their
    skeletons are close (Dmitri / Dmitry). No given name matches anything.

    >>> given_compatible(("David", "H."), ("David",))
    True
    >>> given_compatible(("J.",), ("John",))
    True
    >>> given_compatible(("John",), ("Jane",))
    False
    """
    if not a or not b:
        return True
    if _short_form(a[0], b[0]) or _short_form(b[0], a[0]):  # "Joe" / "Joseph"
        return True
    x, y = skeleton(a[0]), skeleton(b[0])
    if not x or not y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if any(c.isdigit() for c in x + y):  # "Unit1" and "Unit19" are no spelling variants
        return x == y
    return x == y or (x[0] == y[0] and fuzz.ratio(x, y) >= 80) or _vowel_variant(x, y)


def _short_form(short: str, full: str) -> bool:
    """Whether ``short`` is a common short form of the given name ``full`` ("Joe", "Joseph").

    >>> _short_form("Joe", "Joseph"), _short_form("Bill", "William"), _short_form("Joe", "John")
    (True, True, False)
    """
    return full.lower() in SHORT_GIVEN_NAMES.get(short.lower().rstrip("."), frozenset()) or (
        _clipped(short, full) or _end_clipped(short, full)
    )


#: The fewest letters of a given name cut from the front ("Tina" of "Christina").
_END_CLIPPED_LETTERS = 4


def _end_clipped(short: str, full: str) -> bool:
    """Whether ``short`` is the given name ``full`` cut before its last syllables, as English
    also shortens names ("Tina" / "Christina", "Drew" / "Andrew", "Bella" / "Isabella"): four
    letters or more, and at least two fewer than the full name.

    >>> _end_clipped("Tina", "Christina"), _end_clipped("Ena", "Helena")
    (True, False)
    """
    a, b = short.lower(), full.lower()
    if not (a.isalpha() and b.isalpha()) or len(a) < _END_CLIPPED_LETTERS:
        return False
    return len(b) >= len(a) + 2 and b.endswith(a)


#: The fewest letters of a clipped given name ("Alf"): "Al" or "Ed" may be many names.
_CLIPPED_LETTERS = 3


def _clipped(short: str, full: str) -> bool:
    """Whether ``short`` is the given name ``full`` cut after its first syllables, as
    English shortens names ("Alf" / "Alfred", "Bea" / "Beatrice", "Chris" / "Christopher"):
    three letters or more, and at least two fewer than the full name ("Dan" is not "Dana").

    >>> _clipped("Alf", "Alfred"), _clipped("Bea", "Beatrice"), _clipped("Dan", "Dana")
    (True, True, False)
    """
    a, b = short.lower(), full.lower()
    if not (a.isalpha() and b.isalpha()) or len(a) < _CLIPPED_LETTERS:
        return False
    return len(b) >= len(a) + 2 and b.startswith(a)


def one_vowel_apart(x: str, y: str) -> bool:
    """Two name keys of six letters or more that differ in one vowel only ("madaran" /
    "madaren"): a surname misspelt in one report, when the given names agree.

    >>> one_vowel_apart("madaran", "madaren"), one_vowel_apart("lee", "lea")
    (True, False)
    """
    return len(x) >= 6 and _vowel_variant(x, y)


def _vowel_variant(x: str, y: str) -> bool:
    """Two given names of four letters or more that differ in one vowel only: spellings
    of one name in two reports ("Luka" / "Luke"); "Tony" / "Toby" differ in a consonant.

    >>> _vowel_variant("doru", "doro"), _vowel_variant("tony", "toby"), _vowel_variant("ana", "ani")
    (True, False, False)
    """
    if len(x) != len(y) or len(x) < 4:
        return False
    diff = [(a, b) for a, b in zip(x, y, strict=True) if a != b]
    return len(diff) == 1 and all(c in "aeiou" for c in diff[0])


def _strip_titles(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """Leading countries and titles off a list of words: (rest, titles, country)."""
    titles: list[str] = []
    country = None
    while len(words) > 1:
        found, n = country_of(words, 0)
        if found and n < len(words):  # "United States" alone stays a name
            country = country or found
            words = words[n:]
            continue
        if _bare(words[0]) in TITLE_WORDS and words[1][:1].isupper():
            titles.append(words.pop(0))
            continue
        if len(words) > 2 and is_person_noun(_bare(words[0])) and words[1][:1].isupper():
            if _given_like_agent_noun(words):
                break  # "Hunter J. Quarle", "Jennifer Ann Lee": a given name, not a role
            titles.append(words.pop(0))  # "Screenwriter Ann Lee": a role, not a given name
            continue
        run = _capital_title_run(words)
        if run:
            titles.extend(words[:run])  # "Fire Officer Ann Lee": a title of two words
            words = words[run:]
            continue
        break
    return words, titles, country


#: Full given names the short forms stand for ("Oliver", "Jennifer", "Christopher").
_FULL_GIVEN_NAMES = frozenset(n for names in SHORT_GIVEN_NAMES.values() for n in names)
_INITIAL = re.compile(r"[A-Z]\.?")


def _given_like_agent_noun(words: list[str]) -> bool:
    """A first word that looks like a role noun only by its ending ("-er", "-ist") but is a
    given name: a known full given name, or one followed by a middle initial -- "Hunter J.
    Quarle" (a role would stand before a given name: "Screenwriter Ann Lee").

    >>> [_given_like_agent_noun(w.split()) for w in ("Hunter J. Quarle", "Jennifer Ann Lee")]
    [True, True]
    >>> _given_like_agent_noun(["Screenwriter", "Ann", "Lee"])
    False
    """
    first = _bare(words[0])
    if first in PERSON_NOUNS:
        return False
    return first in _FULL_GIVEN_NAMES or _INITIAL.fullmatch(words[1]) is not None


def _capital_title_run(words: list[str]) -> int:
    """How many leading capitalised words form a title that ends in a title word and leaves a
    name of two words or more ("Fire Officer Ann Lee" -> 2, "Detective Chief Inspector Ann
    Lee" -> 3); 0 when there is none ("Ann Lee", "Hunter Lee")."""
    for j in range(1, min(3, len(words) - 2)):
        if not all(w[:1].isupper() for w in words[: j + 2]):
            return 0
        if _bare(words[j]) in TITLE_WORDS:
            return j + 1
    return 0


def _role_and_affiliation(premod: str) -> tuple[str | None, str | None, str | None]:
    """Split the words before a name: (role, affiliation, country).

    Capitalised words that are not titles form the affiliation ("Senate",
    "Armed Forces"); titles and lowercase words form the role.
    """
    words = [w for w in premod.split() if w.lower() not in SPEAKER_DETERMINERS]
    role: list[str] = []
    affiliation: list[str] = []
    country = None
    i = 0
    while i < len(words):
        found, n = country_of(words, i)
        if found:
            country = country or found
            affiliation.extend(words[i : i + n])
            i += n
            continue
        word = words[i]
        bare = _bare(word)
        if bare in HONORIFICS or (word.isupper() and len(bare) >= 5):
            pass  # courtesy titles and datelines ("WASHINGTON") are neither
        elif word[:1].isupper() and bare not in TITLE_WORDS and bare not in ROLE_QUALIFIERS:
            affiliation.append(word)
        else:
            role.append(word)
        i += 1
    only_country = affiliation and all(country_of([w], 0)[0] for w in affiliation)
    aff = " ".join(affiliation) or None
    if only_country:
        aff = country
    return " ".join(role) or None, aff, country


def _split_premodifier(words: list[str]) -> tuple[list[str], list[str]]:
    """Cut a description off the front of a name: (name words, description words).

    "Armed Forces spokesperson Ann Lee" -> (["Ann", "Lee"], ["Armed", "Forces", "spokesperson"]):
    everything up to the last lowercase word that is not a name particle, when
    capitalised words follow it.

    >>> _split_premodifier("harbour pilot Ann Lee".split())
    (['Ann', 'Lee'], ['harbour', 'pilot'])
    >>> _split_premodifier("Ursula von der Leyen".split())
    (['Ursula', 'von', 'der', 'Leyen'], [])
    """
    last = -1
    for i, word in enumerate(words):
        if word[:1].islower() and word.lower() not in NAME_PARTICLES:
            last = i
    rest = words[last + 1 :]
    if last < 0 or not rest or not all(w[:1].isupper() for w in rest):
        return words, []
    return rest, words[: last + 1]


def is_person_noun(word: str) -> bool:
    """A common noun that names one person by what they do.

    A listed role noun ("spokesman", "analyst"), or an agent noun by its ending
    ("farmer", "investor", "columnist") that does not name a thing or a firm.

    >>> [is_person_noun(w) for w in ("analyst", "columnist", "farmer", "paper", "publisher")]
    [True, True, True, False, False]
    """
    w = word.lower()
    if w in PERSON_NOUNS:
        return True
    return (
        len(w) >= 6
        and w.isalpha()
        and w.endswith(AGENT_SUFFIXES)
        and w not in NOT_AGENT_NOUNS
        and w not in BODY_NAME_HEADS
    )


def institution_named(name: str) -> bool:
    """Whether a name of two words or more ends in a capitalised institution head that is
    no surname ("Sallowby Airport", "Quenby Constabulary"; not "Ann Court").

    >>> institution_named("Sallowby Airport"), institution_named("Ann Court")
    (True, False)
    """
    words = clean_surface(name).split()
    last = words[-1] if len(words) >= 2 else ""
    return last[:1].isupper() and _bare(last) in INSTITUTION_NAME_HEADS


#: Last words of a name that make it a body's even after a title word ("the General
#: Medical Council", "the General Bakers' Union"); not those that are also surnames
#: ("Sergeant Ann Bank", "Judge Tom Court", "Ms House").
_BODY_NAME_ENDS = (
    (ORG_HEADS - {"house", "court"})
    | INSTITUTION_NAME_HEADS
    | {"union", "association", "federation", "society", "foundation"}
)


def is_described_name(text: str) -> bool:
    """A description followed by a person's name: "Armed Forces spokesperson Ann Lee".

    >>> is_described_name("Armed Forces spokesperson Ann Lee"), is_described_name("the ministry")
    (True, False)
    >>> is_described_name("Foreign Minister Ann Lee"), is_described_name("the Defense Ministry")
    (True, False)
    """
    words = clean_surface(text).split()
    name, described = _split_premodifier(words)
    role = _bare(described[-1]) if described else ""
    if len(name) >= 2 and (role in TITLE_WORDS or is_person_noun(role)):
        return True
    rest, titles, _ = _strip_titles(list(words))
    if rest and _bare(rest[-1]) in _BODY_NAME_ENDS:
        return False  # "the General Medical Council": a body's name, not General Medical
    return (
        bool(titles)
        and len(rest) >= 2
        and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in rest)
    )


@lru_cache(maxsize=1 << 16)
def parse_person(name: str, premod: str = "") -> NameParts:
    """The parts of a person's name, with the words before it (``premod``).

    >>> p = parse_person("Gen. Mary J. Carter")
    >>> (p.name, p.given, p.surname, p.role)
    ('Mary J. Carter', ('Mary', 'J.'), 'Carter', 'Gen.')
    >>> parse_person("Ann Lee", "Senate spokeswoman").affiliation
    'Senate'
    """
    words = [w for w in clean_surface(name).split() if w.lower() not in ("the", "a", "an")]
    if len(words) == 1 and _bare(words[0]) in LIFE_STAGE_NOUNS:
        return parse_phrase(words[0])  # "Gran says ...": a headline's capital names no one
    trailing: list[str] = []
    while len(words) > 2 and words[-1][:1].islower() and is_person_noun(_bare(words[-1])):
        trailing.insert(0, words.pop())  # "Ann Lee advisor": a role after the name
    words, moved = _split_premodifier(words)
    moved += trailing
    premod = " ".join([*moved, premod]).strip()
    words, titles, country = _strip_titles(words or [name])
    words = [_POSSESSIVE.sub("", w) for w in words]
    core = [w for w in words if _bare(w) not in NAME_SUFFIXES] or words
    role, affiliation, pre_country = _role_and_affiliation(premod)
    genders = {HONORIFICS[_bare(t)] for t in [*titles, *premod.split()] if _bare(t) in HONORIFICS}
    genders |= {GENDERED_NOUNS[_bare(t)] for t in premod.split() if _bare(t) in GENDERED_NOUNS}
    genders.discard(None)
    titles = [t for t in titles if _bare(t) not in HONORIFICS]
    role = " ".join([*(role.split() if role else []), *titles]) or None
    country = country or pre_country
    if affiliation is None and country:
        affiliation = country
    surname = core[-1]
    return NameParts(
        kind="person",
        name=" ".join(words),
        key=surname_key(surname),
        country=country,
        given=tuple(core[:-1]),
        surname=surname,
        role=role,
        affiliation=affiliation,
        head=surname.lower(),
        gender=genders.pop() if len(genders) == 1 else None,
    )


def _org_words(words: list[str]) -> list[str]:
    """Lowercase key words: spellings unified, "ministry of defense" -> "defense ministry"."""
    out: list[str] = []
    for w in words:
        bare = _bare(w)
        if bare in ORG_DESCRIPTORS:
            continue
        if (bare and bare not in ("the", "of", "and", "for")) or bare == "of":
            out.extend(ORG_SPELLINGS.get(bare, bare).split())
    if "of" in out:
        i = out.index("of")
        head, rest = out[:i], [w for w in out[i + 1 :] if w != "of"]
        if head and head[-1] in ORG_HEADS and rest:
            out = [*rest, *head]
        else:
            out = [w for w in out if w != "of"]
    return out


#: Determiners a shown name drops ("the ministry" -> "ministry").
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "these", "those"])


#: "The editors of X", "X's account": a body's unnamed staff or channel speaking for it.
_STAFF_OF = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?:editors|staff|scientists|researchers|account|accounts|"
    r"website|feed)\s+of\s+(?:the\s+)?(?P<body>.+)$",
    re.IGNORECASE,
)
_BODY_S = re.compile(
    r"^(?:the\s+)?(?P<body>.+?)['’]s?\s+(?:\w+\s+)?(?:editors|staff|scientists|researchers|"
    r"account|accounts|website|feed)$",
    re.IGNORECASE,
)


def _body_of_staff(text: str) -> str | None:
    """The named body whose staff or account a phrase names, or None.

    >>> _body_of_staff("the Twitter account of the Acme Film Festival")
    'Acme Film Festival'
    >>> _body_of_staff("Acme's scientists"), _body_of_staff("the editors")
    ('Acme', None)
    >>> _body_of_staff("the agency's scientists"), _body_of_staff("some scientists")
    ('the agency', None)
    """
    m = _STAFF_OF.match(text) or _BODY_S.match(text)
    if m is None:
        return None
    body = m.group("body")
    words = body.split()
    named = [i for i, w in enumerate(words) if w[:1].isupper() and not country_of(words, i)[0]]
    if named:
        return body
    # "the news site's editors": the body a definite description refers back to.
    noun = _bare(words[-1]) if words else ""
    body_noun = noun in BODY_NAME_HEADS or noun in _BODY_WORDS
    definite = text.lower().startswith("the ") and words[0].lower() != "the"
    return f"the {body}" if body_noun and definite else None


def _described_body(text: str) -> str | None:
    """The name after a lowercase description of it ("the risk consultancy Acme",
    "razor company Acme Co."), or None.

    >>> _described_body("the risk consultancy Acme Group"), _described_body("the Acme Group")
    ('Acme Group', None)
    """
    words = text.split()
    last = max((i for i, w in enumerate(words) if w[:1].islower()), default=-1)
    if last < 1 or last == len(words) - 1 or words[last].lower() in NAME_PARTICLES:
        return None
    if "of" in (w.lower() for w in words[:last]):
        return None  # "the leader of the militant group Acme": the leader, not the group
    noun = _bare(words[last])
    if noun not in BODY_NAME_HEADS and noun not in _BODY_WORDS:
        return None
    return " ".join(words[last + 1 :])


#: Lowercase nouns that describe a body before its name ("the news site Acme").
_BODY_WORDS = frozenset(
    ["site", "website", "consultancy", "firm", "company", "outlet", "newspaper", "paper", "group"]
)


def _without_suffix(words: list[str]) -> list[str]:
    """Lowercase name words without a legal or agency suffix ("acme co" -> "acme")."""
    bare = [_bare(w) for w in words]
    for suffix in ORG_SUFFIXES:
        n = len(suffix)
        if len(bare) > n and tuple(bare[-n:]) == suffix:
            return bare[:-n]
    return bare


def _outlet_key(words: list[str]) -> str | None:
    """The key of a well-known outlet, however it is written ("Agence France-Presse", "AFP",
    "the AFP news agency"); None for any other name.

    >>> _outlet_key("the AFP news agency".split()), _outlet_key(["Agence", "France-Presse"])
    ('afp', 'afp')
    """
    bare = _without_suffix([w for w in words if w.lower() != "the"])
    return OUTLET_KEYS.get(" ".join(bare)) if bare else None


#: A capitalised role noun before a user name written in lowercase or with "@".
_HANDLE_WITH_ROLE = re.compile(r"^(?P<role>[A-Z][A-Za-z]+)\s+(?P<name>@?[a-z][\w.-]*\w)$")


def _capital_of(words: list[str]) -> str | None:
    """The country whose capital a capitalised name is ("Moscow" -> "Russia"), or None.

    >>> _capital_of(["Moscow"]), _capital_of(["the", "Moscow", "office"])
    ('Russia', None)
    """
    bare = [_bare(w) for w in words if w.lower() != "the"]
    if not bare or not all(w[:1].isupper() for w in words if w.lower() != "the"):
        return None
    return CAPITALS.get(" ".join(bare))


def _first_conjunct(text: str) -> str:
    """The first of joint sources ("analysts and economists" -> "analysts").

    Only split when the first part is itself a phrase naming people.
    """
    lower = text.lower()
    cut = lower.find(" and ")
    if cut <= 0:
        return text
    last = _bare(text[:cut].split()[-1])
    if last in GROUP_HEADS or is_person_noun(last) or is_person_noun(last[:-1]):
        return text[:cut]
    return text


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: Words that open a post-modifier of a common noun ("officials in the region").
_POST_MODIFIERS = frozenset(
    ["in", "at", "on", "from", "with", "near", "inside", "outside", "who", "which", "that"]
)


def _without_post_modifier(text: str) -> str:
    """A group or body phrase without what follows its head noun.

    "officials in the region" -> "officials"; "a group helping the farmers" -> "a group".
    A capitalised name keeps its words ("Council on Inland Waterways").

    >>> _without_post_modifier("some officials with knowledge of the talks")
    'some officials'
    >>> _without_post_modifier("Council on Inland Waterways")
    'Council on Inland Waterways'
    """
    words = text.split()
    for i in range(1, len(words)):
        prev, word = _bare(words[i - 1]), words[i].lower()
        if not words[i - 1][:1].islower():
            continue
        noun = prev in GROUP_HEADS or prev in ORG_HEADS or is_person_noun(prev)
        noun = noun or prev in ("group", "team", "coalition", "alliance") or _plural(prev)
        if noun and (word in _POST_MODIFIERS or (word.endswith("ing") and len(word) > 5)):
            return " ".join(words[:i])
    return text


def _people_plural(word: str) -> bool:
    """A plural noun for people, however capitalised ("Workers", "ANALYSTS", "Residents")."""
    word = _bare(word)
    return word in GROUP_HEADS or (_plural(word) and is_person_noun(word[:-1]))


def _role_noun(word: str, common: bool) -> bool:
    """A listed role noun, or (only when written in lowercase) an agent noun."""
    return word in PERSON_NOUNS or (common and is_person_noun(word))


def _capitalised_inside(text: str) -> bool:
    """A capital past the first word that is not a country ("the Sierra Club", not "Many Poles")."""
    words = text.split()[1:]
    return any(w[:1].isupper() and not country_of([w], 0)[0] for w in words)


def _anonymous_head(text: str) -> str | None:
    """The head of an anonymous source's description ("sources close to the talks": "sources").

    The head must be followed only by its lowercase post-modifier, so "Source Media Ltd"
    or "the source of the river's name" keep their usual reading.

    >>> _anonymous_head("a senior source familiar with the plan"), _anonymous_head("the ministry")
    ('source', None)
    """
    words = text.split()
    for i, word in enumerate(words[:-1]):
        bare = _bare(word)
        if bare in _UNNAMED_PEOPLE and word[:1].islower() and words[i + 1] in SOURCE_POSTMODIFIERS:
            return bare  # "a person familiar with the matter", "people close to the talks"
    for i, word in enumerate(words):
        bare = _bare(word)
        if bare in ANONYMOUS_HEADS or (bare[-1:] == "s" and bare[:-1] in ANONYMOUS_HEADS):
            rest = words[i + 1 :]
            if word[:1].islower() and all(w[:1].islower() for w in rest[:1]):
                return bare
            return None
    return None


#: "person" and "people" (and "individual(s)"): who an anonymous source's description is about.
_UNNAMED_PEOPLE = UNNAMED_PERSON_HEADS | {"people", "individuals"}

#: "a spokesperson for the association": a role, then who it speaks for.
_SPEAKS_FOR = re.compile(r"(?P<role>(?:\S+\s+){0,3}?\S+)\s+for\s+(?P<body>\S.*)")
#: "an engineer at the company's depot": one unnamed person, named by role and workplace.
_WORKS_AT = re.compile(r"(?P<role>(?:an?|one)\s+(?:\S+\s+){0,2}?\S+)\s+at\s+(?P<place>\S.*)", re.I)
#: "opposition members on Tarlow Town Council": people told by the named body they sit on.
_SITS_ON = re.compile(r"(?P<role>(?:\S+\s+){0,2}?\S+s)\s+on\s+(?P<body>(?:[A-Z]\S*\s*)+)")


#: "Workers at Acme Cables", "staff at Orbury Hospital": people told by the named place
#: they work at (a group, never the body itself).
_PEOPLE_AT = re.compile(r"(?:\S+\s+)?(?P<role>\S+)\s+at\s+(?P<place>[A-Z].*)")

#: "the head of the water board", "the director of the Acme Museum": an office in a body.
_OFFICE_OF = re.compile(r"(?P<role>(?:\S+\s+){0,3}?\S+)\s+of\s+(?P<body>(?:the\s+|[A-Z]).*)")


@lru_cache(maxsize=1 << 16)
def parse_phrase(text: str) -> NameParts:
    """The parts of an organisation or group phrase ("the U.K. Transport Ministry").

    >>> g = parse_phrase("a group of Spanish farm workers")
    >>> (g.kind, g.country, g.key, g.name)
    ('group', 'Spain', 'farm workers', 'Spanish farm workers')
    >>> parse_phrase("a Ukrainian official").key
    'officials'
    >>> parse_phrase("the ministry").definite
    True
    """
    text = clean_surface(text)
    handle = _HANDLE_WITH_ROLE.match(text)
    if handle is not None and is_person_noun(handle.group("role")):
        # "Redditor jdoe42", "YouTuber @techguy": the user name is the name, the noun a role.
        return replace(parse_phrase(handle.group("name")), role=handle.group("role"))
    if is_described_name(text):
        return parse_person(text)
    text = re.sub(r"^both\s+", "", text, flags=re.IGNORECASE)
    text = _COLLECTIVE.sub("", text)
    speaks_for = _SPEAKS_FOR.fullmatch(text)
    if speaks_for is not None and is_person_noun(_bare(speaks_for.group("role").split()[-1])):
        # "a spokesperson for the association": a person, named by role and whom they speak for
        role, body = speaks_for.group("role", "body")
        parts = parse_phrase(role)
        return replace(parts, name=f"{parts.name} for {body}", affiliation=body)
    works_at = _WORKS_AT.fullmatch(text)
    if works_at is not None and _role_noun(_bare(works_at.group("role").split()[-1]), True):
        # "an engineer at the depot": a person the place tells apart from other engineers
        role, place = works_at.group("role", "place")
        parts = parse_phrase(role)
        return replace(parts, name=f"{parts.name} at {place}", affiliation=place)
    sits_on = _SITS_ON.fullmatch(text)
    seat = _bare(sits_on.group("body").split()[-1]) if sits_on is not None else ""
    seat_ok = seat in BODY_NAME_HEADS
    if sits_on is not None and seat_ok and _plural(_bare(sits_on.group("role").split()[-1])):
        # "critics on the Harbour Board": a group the body it sits on tells apart
        role, body = sits_on.group("role", "body")
        parts = parse_phrase(role)
        if parts.kind == "group":
            return replace(parts, name=f"{parts.name} on {body.strip()}", affiliation=body.strip())
    body = _body_of_staff(text) or _described_body(text)
    if body is not None:
        return parse_phrase(body)
    described = _first_conjunct(text)
    parts = _phrase_parts(described, _Determined.of(_without_post_modifier(described)))
    office = _OFFICE_OF.fullmatch(text)
    if office is not None and _bare(office.group("role").split()[-1]) in OFFICE_NOUNS:
        # "the head of the water board": one person, who holds an office in the body
        role = _bare(office.group("role").split()[-1])
        return replace(parts, kind="person", head=role, affiliation=office.group("body"))
    people_at = _PEOPLE_AT.fullmatch(text)
    if people_at is not None and _people_plural(people_at.group("role")):
        # "DRIVERS at Brandt Bakeries say": the drivers, not the firm named after "at"
        head = _bare(people_at.group("role"))
        return replace(parts, kind="group", head=head, affiliation=people_at.group("place"))
    return parts


@dataclass(frozen=True)
class _Determined:
    """A phrase's words without their determiners, and what the determiners said."""

    words: list[str]  # without articles, quantifiers and possessives: the key's words
    display: str  # without articles only: "Some iPhone users", as written
    definite: bool
    indefinite: bool

    @classmethod
    def of(cls, text: str) -> _Determined:
        words = text.split()
        definite = bool(words) and (
            words[0].lower() in ("the", "this", "that", "these", "those")
            or bool(_POSSESSIVE.search(words[0]))
        )
        indefinite = bool(words) and words[0].lower() in ("a", "an", "one")
        shown = list(words)
        while len(shown) > 1 and shown[0].lower() in _ARTICLES:
            shown.pop(0)
        while len(words) > 1 and words[0].lower() in SPEAKER_DETERMINERS:
            words.pop(0)
        # The name keeps a quantifier ("Some iPhone users", "many Russians": as written), the
        # key does not, so "some analysts" and "analysts" are one source.
        return cls(words, " ".join(shown), definite, indefinite)


def _phrase_parts(described: str, det: _Determined) -> NameParts:
    """The parts of a group or organisation phrase whose determiners are read."""
    words, display, definite = det.words, det.display, det.definite
    outlet = _outlet_key(words)
    if outlet is not None:
        return NameParts("organization", display, outlet, head=outlet, definite=definite)
    capital = _capital_of(words)
    if capital is not None:
        # "Moscow said": a capital speaks for its country's government, as the country does.
        return NameParts("organization", display, "government", capital, head="government")
    country, kept = _without_countries(words)
    anonymous = _anonymous_head(described)
    if anonymous is not None:
        return _anonymous_parts(described, anonymous, country, definite)
    named = any(w[:1].isupper() for w in kept)  # "Acme Co." loses "Co.", "the company" stays
    key_words = _org_words(_without_suffix(kept) if named else kept)
    key_words = ORG_SYNONYMS.get(" ".join(key_words), " ".join(key_words)).split()
    head = key_words[-1] if key_words else (_bare(words[-1]) if words else "")
    kind: SpeakerType
    if head in _ANONYMOUS and det.indefinite:
        key_words[-1] = head = head + "s"
        display = display[: display.lower().rfind(head[:-1])] + head
        kind = "group"
    else:
        kind = _phrase_kind(head, words)
    if not key_words and country:
        head = "people" if kind == "group" else "government"
        key_words = [head]
    return NameParts(
        kind=kind,
        name=display,
        key=" ".join(key_words),
        country=country,
        head=head,
        definite=definite,
        gender=GENDERED_NOUNS.get(head) if kind == "person" else None,
    )


def _without_countries(words: list[str]) -> tuple[str | None, list[str]]:
    """The first country a phrase names, and its words without any country's."""
    country = None
    kept: list[str] = []
    i = 0
    while i < len(words):
        found, n = country_of(words, i)
        if found:
            country = country or found
            i += n
            continue
        kept.append(words[i])
        i += 1
    return country, kept


def _anonymous_parts(
    described: str, anonymous: str, country: str | None, definite: bool
) -> NameParts:
    """An unnamed source ("a source with access to the talks"): its description is its name."""
    full = described.split()
    while len(full) > 1 and full[0].lower() in ("a", "an", "the"):
        full.pop(0)
    name = " ".join(full)
    one = anonymous in ANONYMOUS_HEADS and anonymous not in ANONYMOUS_THINGS
    one = one or anonymous in UNNAMED_PERSON_HEADS
    many: SpeakerType = "person" if one else "group"
    return NameParts(many, name, name.lower(), country, head=anonymous, definite=definite)


def _phrase_kind(head: str, words: list[str]) -> SpeakerType:
    """Whether a phrase with this head word names a person, a group or an organisation."""
    # A capitalised head is a name even with an agent ending ("Reuters", "the Monitor").
    common = bool(words) and not words[-1][:1].isupper()
    if head in GROUP_HEADS or (head.endswith("s") and _role_noun(head[:-1], common)):
        return "group"
    if _role_noun(head, common):
        return "person"
    if head in BODY_NAME_HEADS:
        return "organization"
    if _plural(head) and not words[-1].isupper() and not _capitalised_inside(" ".join(words)):
        return "group"  # "Regulators said", "many Democrats", "Mexicans"
    return "organization"
