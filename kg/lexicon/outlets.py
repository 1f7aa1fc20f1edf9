"""Well-known news outlets and organisations: their short names and legal suffixes.

General world knowledge, as the country table is: an outlet written out in one article
("Agence France-Presse", "The Associated Press") and abbreviated in another ("AFP",
"AP") is one source.
"""

from __future__ import annotations

__all__ = [
    "NEWSPAPER_NOUNS",
    "NEWS_KIND_WORDS",
    "NEWS_OUTLET_NOUNS",
    "ORG_SUFFIXES",
    "OUTLET_KEYS",
]

#: Common nouns for a newspaper: "the paper reported" is the newspaper the article named
#: so ("the Madrid newspaper Acme Diario").
NEWSPAPER_NOUNS = frozenset(["paper", "newspaper", "daily", "tabloid", "broadsheet"])

#: An outlet's lowercase name words (without "the") -> one key, its usual short name.
OUTLET_KEYS = {
    form: key
    for key, forms in {
        "afp": ["agence france-presse", "agence france presse", "afp"],
        "ap": ["associated press", "ap"],
        "reuters": ["reuters", "thomson reuters"],
        "bbc": ["british broadcasting corporation", "bbc"],
        "cnn": ["cable news network", "cnn"],
        "nyt": ["new york times", "nyt"],
        "wsj": ["wall street journal", "wsj"],
        "ft": ["financial times", "ft"],
        "thr": ["hollywood reporter", "thr"],
        "lat": ["los angeles times", "la times", "lat"],
        "wapo": ["washington post", "wapo"],
        "dpa": ["deutsche presse-agentur", "deutsche presse agentur", "dpa"],
        "upi": ["united press international", "upi"],
        "abc": ["american broadcasting company", "abc news", "abc"],
        "nbc": ["national broadcasting company", "nbc news", "nbc"],
        "cbs": ["cbs news", "cbs"],
        "npr": ["national public radio", "npr"],
        "voa": ["voice of america", "voa"],
        "rfe/rl": ["radio free europe/radio liberty", "radio free europe", "rfe/rl"],
        "xinhua": ["xinhua", "xinhua news agency"],
        "tass": ["tass", "itar-tass"],
    }.items()
    for form in forms
}

#: Words after an organisation's name that do not change who it is ("Acme Co.",
#: "Kyodo News Agency", "the AFP news agency", "Acme Bank" and "Acme Group" later called
#: "Acme"), lowercase without dots.
ORG_SUFFIXES = (
    ("news", "agency"),
    ("news", "service"),
    ("co",),
    ("company",),
    ("inc",),
    ("corp",),
    ("corporation",),
    ("ltd",),
    ("llc",),
    ("plc",),
    ("ag",),
    ("sa",),
    ("gmbh",),
    ("industries",),
    ("holdings",),
    ("incorporated",),
    ("limited",),
    ("group",),
    ("bank",),
)

#: Nouns a story describes a news outlet by when it does not name it ("a newspaper
#: reported", "a local weekly said").
NEWS_OUTLET_NOUNS = NEWSPAPER_NOUNS | frozenset(
    ["magazine", "weekly", "broadcaster", "website", "outlet", "publication"]
)

#: Words that make a description a news outlet's ("the news agency", "the wire service"):
#: it may be any outlet named before it, whatever that outlet's name.
NEWS_KIND_WORDS = frozenset(["news", "wire", "press", "media"])
