"""Words that name sources: titles, roles, organisation and group heads, gendered words."""

from __future__ import annotations

from kg.lexicon.places import COUNTRY_FORMS

__all__ = [
    "AGENT_SUFFIXES",
    "ANONYMOUS_HEADS",
    "ANONYMOUS_THINGS",
    "BODY_ANAPHORS",
    "BODY_NAME_HEADS",
    "BODY_OR_PLACE_HEADS",
    "COLLECTIVE_PEOPLE",
    "COURT_SIDES",
    "EPITHET_NOUNS",
    "FEMALE_TITLES",
    "FIELD_POSTS",
    "FIRM_EPITHETS",
    "FIRM_NAME_HEADS",
    "FIRM_NOUNS",
    "FORMER_WORDS",
    "FUNCTION_WORDS",
    "GENDERED_NOUNS",
    "GENDERED_ROLES",
    "GENERIC_HEADS",
    "GROUP_HEADS",
    "HOLDER_HEADS",
    "HONORIFICS",
    "INSTITUTION_KINDS",
    "LAWYER_NOUNS",
    "LIFE_STAGE_NOUNS",
    "MALE_TITLES",
    "NAMED_BODY_HEADS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOT_AGENT_NOUNS",
    "NOT_FIRM_HEADS",
    "OFFICE_NOUNS",
    "ORG_DESCRIPTORS",
    "ORG_HEADS",
    "ORG_SPELLINGS",
    "ORG_SYNONYMS",
    "PARENT_NOUNS",
    "PERSON_NOUNS",
    "PERSON_ONLY_TITLES",
    "PRACTITIONER_ENDINGS",
    "PUBLIC_SERVICE_MODIFIERS",
    "PUBLIC_UNIT_HEADS",
    "ROLE_QUALIFIERS",
    "SHORT_GIVEN_NAMES",
    "SPEAKER_DETERMINERS",
    "SPOKES_ROLE_HEADS",
    "STATE_HEADS",
    "TITLE_QUALIFIERS",
    "TITLE_WORDS",
    "UNNAMED_PERSON_HEADS",
    "UNNAMED_ROLE_HEADS",
    "WRITERS_OF_POSTS",
]

TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "gen",
        "general",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "adm",
        "admiral",
        "sgt",
        "sergeant",
        "cmdr",
        "commander",
        "brig",
        "brigadier",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "councillor",
        "councilor",
        "cllr",  # British short form of "councillor" ("Cllr Ann Lee")
        "councilman",
        "councilwoman",
        "alderman",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "rev",
        "reverend",
        "judge",
        "justice",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "deputy",
        # ranks of police and fire services ("Detective Inspector Ann Lee", "Chief Constable")
        "officer",
        "constable",
        "detective",
        "inspector",
        "superintendent",
        "commissioner",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
    ]
)

ORG_HEADS = frozenset(
    [
        "ministry",
        "department",
        "office",
        "agency",
        "army",
        "military",
        "government",
        "administration",
        "council",
        "committee",
        "commission",
        "parliament",
        "kremlin",
        "police",
        "service",
        "services",
        "directorate",
        "command",
        "institute",
        "university",
        "company",
        "corporation",
        "network",
        "newspaper",
        "channel",
        "party",
        "court",
        "senate",
        "house",
        "congress",
        "embassy",
        "presidency",
        "forces",
    ]
)

_GROUP_NOUNS = frozenset(
    [
        "officials",
        "commentators",
        "analysts",
        "experts",
        "observers",
        "residents",
        "soldiers",
        "troops",
        "critics",
        "sources",
        "people",
        "witnesses",
        "lawmakers",
        "politicians",
        "diplomats",
        "activists",
        "supporters",
        "voters",
        "leaders",
        "reports",
        "others",
    ]
)

#: Nouns heading a phrase for several people: role and kind nouns ("officials",
#: "analysts") and a nation's people ("Russians", "Americans": the plural of a
#: country adjective above).
GROUP_HEADS = _GROUP_NOUNS | frozenset(
    form for form in COUNTRY_FORMS if form.endswith("s") and form[:-1] in COUNTRY_FORMS
)

#: Plural heads for the people who have a product ("iPhone owners", "Kindle users"): of
#: one product, each names the same public.
HOLDER_HEADS = frozenset(["users", "owners", "customers", "buyers"])

#: Spelling variants of words in organisation names -> one spelling.
ORG_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
    "labour": "labor",
    "mod": "defense ministry",
    "dod": "defense department",
    "armed-forces": "armed forces",
    "military": "armed forces",
    "tv": "television",
}

#: Lowercase descriptors before an organisation's name that are not part of it
#: ("the state-run Acme Television" is "Acme Television").
ORG_DESCRIPTORS = frozenset(
    [
        "state-run",
        "state-owned",
        "state-controlled",
        "state-backed",
        "government-run",
        "government-controlled",
        "government-owned",
        "party-run",
    ]
)

#: Organisation names that speak as one source: a country's military speaks through its
#: defence ministry ("the French military said" = "the French Defense Ministry said").
ORG_SYNONYMS = {
    "armed forces": "defense ministry",
    "defense department": "defense ministry",
    "ministry of defense": "defense ministry",
    "foreign affairs ministry": "foreign ministry",
    "state department": "foreign ministry",
}

#: English function words that are also family names written first ("So", "An", "Do", "Ha",
#: "No", "Ho", "Yu"...): capitalised in mid-sentence before a name, they are part of it.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "an",
        "and",
        "as",
        "at",
        "be",
        "but",
        "by",
        "do",
        "down",
        "for",
        "from",
        "go",
        "ha",
        "he",
        "her",
        "his",
        "ho",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "me",
        "my",
        "no",
        "not",
        "of",
        "off",
        "oh",
        "on",
        "or",
        "our",
        "out",
        "over",
        "so",
        "than",
        "that",
        "the",
        "then",
        "to",
        "too",
        "up",
        "us",
        "we",
        "when",
        "with",
        "yet",
        "you",
    ]
)

#: Heads naming a country's government: "the government" with no country named is the
#: government of the country the article is about, not the organisation named last.
STATE_HEADS = frozenset(["government", "administration", "regime", "cabinet", "junta"])

#: Title words that qualify a title ("foreign minister", "defence secretary") but name no
#: one alone: "the defence" is a side in court, not the defence minister quoted nearby.
TITLE_QUALIFIERS = frozenset(
    ["defence", "defense", "finance", "foreign", "interior", "prime", "vice"]
)

#: Singular nouns for several people who speak as one ("the Lee family said", "the jury"):
#: a group, never the "she" or "he" of a later sentence.
COLLECTIVE_PEOPLE = frozenset(["family", "jury", "couple", "household", "crew"])

#: The sides of a court case: "the prosecution says", "the defence argues" name a side,
#: not an organisation named nearby.
COURT_SIDES = frozenset(["prosecution", "defence", "defense"])

#: A lawyer's titles: "the defence" or "her legal team" speaks through the one an article names.
LAWYER_NOUNS = frozenset(["lawyer", "attorney", "solicitor", "barrister", "counsel"])

#: Heads of public bodies' units: "the department" or "the office" is no campaign group or
#: company named just before ("the Acme Coalition"), only a body of the same head.
PUBLIC_UNIT_HEADS = frozenset(
    ["department", "office", "agency", "ministry", "bureau", "directorate", "command", "police"]
)

#: Nouns that name no one by themselves: alone after a determiner ("officials", "the source",
#: "some reports") they are an unnamed source unless the text gives their referent.
GENERIC_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "authorities",
        "people",
        "person",
        "user",
        "users",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "anyone",
        "report",
        "reports",
        "media",
    ]
)

#: Singular heads of a source kept anonymous: "a source close to the talks" is named only by
#: its description, one person per article unless the text links two mentions.
ANONYMOUS_HEADS = frozenset(["source", "insider", "report"])

#: Role heads of those who speak for a body or for someone kept unnamed ("a spokesman", "an
#: official", "an aide", "a source"): one a lede introduces so is never the person the article
#: names with that role further down ("a geologist said" may be "Ann Lee, a geologist").
SPOKES_ROLE_HEADS = frozenset(
    ["official", "spokesman", "spokeswoman", "spokesperson", "aide", "insider", "source"]
)

#: Role heads of people news keeps unnamed ("a senior official said", "an aide said"): a lede
#: that describes its speaker by one of them does not name them in the next paragraph.
UNNAMED_ROLE_HEADS = SPOKES_ROLE_HEADS | frozenset(
    ["adviser", "advisor", "diplomat", "officer", "executive"]
)

#: Offices one person holds in a body: "the head of the water board", "the director of the
#: museum" is that person (affiliated with the body), not the body itself.
OFFICE_NOUNS = frozenset(
    [
        "head",
        "boss",
        "chief",
        "executive",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "president",
        "vice-president",
        "secretary",
        "treasurer",
        "leader",
        "governor",
        "principal",
        "headteacher",
        "headmaster",
        "headmistress",
        "dean",
        "registrar",
        "provost",
        "chancellor",
        "vice-chancellor",
        "founder",
        "co-founder",
        "owner",
        "editor",
        "manager",
        "commissioner",
        "superintendent",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)

#: Bare nouns for someone whom only the phrase that introduced them describes: "the person
#: said" after "a person familiar with the talks" is that person (no "source" by name).
UNNAMED_PERSON_HEADS = frozenset(["person", "individual"])

#: Words after "a person" or "people" that make them an anonymous source ("a person familiar
#: with the matter", "people close to the talks", "a person briefed on the plan", "people with
#: knowledge of the deal"), described as a source with "source" is ("a source close to ...").
SOURCE_POSTMODIFIERS = frozenset(
    ["familiar", "close", "briefed", "knowledgeable", "aware", "involved", "with"]
)

#: Anonymous heads that name a thing, not a person ("a report in the local press").
ANONYMOUS_THINGS = frozenset(["report"])

#: Possessive pronouns: a phrase they open ("his government", "its allies") names no one.

#: Words that open a noun phrase without naming anything ("some analysts", "a group of").
SPEAKER_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "most",
        "several",
        "few",
        "both",
        "all",
        "other",
        "two",
        "three",
        "four",
        "five",
        "dozens",
        "hundreds",
        "numerous",
        "various",
        "certain",
    ]
)

#: Nouns for a person by age or family standing ("the pensioner", "a grandmother"): human-
#: interest copy calls the person it is about so ("Ann Lee, 81, ... The pensioner said"),
#: and a tabloid lede describes them so before naming them ("A GRAN who ... says ...").
#: Academic posts that give a person a field ("professor of physics Ann Lee", "a chemistry
#: lecturer"): a later "the physicist" or "the chemist", one who practises that field, is her.
FIELD_POSTS = frozenset(
    ["professor", "lecturer", "reader", "researcher", "teacher", "department", "chair", "fellow"]
)
#: Endings of a practitioner of a field ("physicist", "historian") after its stem ("physic-",
#: "histor-"), the stem shared with the field's name ("physics", "history").
PRACTITIONER_ENDINGS = ("ist", "ian")

LIFE_STAGE_NOUNS = frozenset(
    [
        "pensioner",
        "retiree",
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "grandad",
        "granddad",
        "gran",
        "granny",
        "widow",
        "widower",
        "schoolboy",
        "schoolgirl",
        "youngster",
        "toddler",
        "centenarian",
        "octogenarian",
        "nonagenarian",
    ]
)

#: Parents told by a count of children ("the father of two", "the mother of three"): with
#: that count, a description of the person in focus, as a life stage is.
PARENT_NOUNS = frozenset(["mother", "father", "mum", "dad", "parent"])

#: Nouns naming a person by what they do ("an analyst", "the spokesman"): singular is a person.
#: Agent nouns ("farmer", "columnist") are people by their ending too: see AGENT_SUFFIXES.
PERSON_NOUNS = LIFE_STAGE_NOUNS | frozenset(
    [
        "academic",
        "official",
        "user",
        "fan",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "analyst",
        "expert",
        "critic",
        "sceptic",
        "skeptic",
        "opponent",
        "proponent",
        "campaigner",
        "observer",
        "commentator",
        "resident",
        "soldier",
        "witness",
        "source",
        "lawmaker",
        "politician",
        "diplomat",
        "activist",
        "supporter",
        "voter",
        "leader",
        "correspondent",
        "journalist",
        "reporter",
        "researcher",
        "fellow",
        "professor",
        "scholar",
        "aide",
        "adviser",
        "advisor",
        "officer",
        "commander",
        "minister",
        "president",
        "candidate",
        "senator",
        "governor",
        "mayor",
        "chief",
        "head",
        "director",
        "economist",
        "strategist",
        "pollster",
        "veteran",
        "member",
        "nominee",
        "businessman",
        "businesswoman",
        "announcer",
        "narrator",
        "attorney",
        "lawyer",
        "prosecutor",
        "partner",
        "executive",
        "founder",
        "owner",
        "investor",
        "donor",
        "lobbyist",
        "consultant",
        "host",
        "anchor",
        "author",
        "writer",
        "editor",
        "historian",
        "scientist",
        "doctor",
        "physician",
        "teacher",
        "student",
        "parent",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "friend",
        "relative",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "sibling",
        "colleague",
        "neighbor",
        "neighbour",
        "man",
        "woman",
        "agent",
        "employee",
        "worker",
        "farmer",
        "congressman",
        "congresswoman",
        "chairman",
        "chairwoman",
        "secretary",
        "spokesman",
        "representative",
        "sheriff",
        "ceo",
        "manager",
        "boss",
        "coach",
        "pundit",
        "negotiator",
        "envoy",
        "ambassador",
        "commissioner",
        "general",
        "admiral",
        "colonel",
        "captain",
        "sergeant",
        "lieutenant",
        # schools, universities, hospitals and trades: a short role noun with no agent
        # ending ("a senior tutor", "a hospital nurse") is a person all the same
        "tutor",
        "pupil",
        "principal",
        "headmistress",
        "dean",
        "registrar",
        "provost",
        "chancellor",
        "vice-chancellor",
        "undergraduate",
        "graduate",
        "applicant",
        "trustee",
        "superintendent",
        "librarian",
        "counsellor",
        "counselor",
        "bursar",
        "warden",
        "nurse",
        "midwife",
        "surgeon",
        "paramedic",
        "pilot",
        "chef",
        "electrician",
        "clerk",
        "tenant",
        "landlord",
    ]
)

#: Nouns a report uses as an epithet for someone it has already named ("Ann Lee, 24, ...
#: the swimmer said"): what they are known for, not an office someone else may hold.
EPITHET_NOUNS = LIFE_STAGE_NOUNS | frozenset(
    [
        "athlete",
        "sprinter",
        "runner",
        "champion",
        "player",
        "striker",
        "swimmer",
        "cyclist",
        "boxer",
        "golfer",
        "gymnast",
        "skater",
        "star",
        "singer",
        "actor",
        "actress",
        "rapper",
        "musician",
        "comedian",
        "presenter",
        "songwriter",
        "frontman",
        "frontwoman",
        "guitarist",
        "drummer",
        "pianist",
        "violinist",
        "dancer",
        "playwright",
        "novelist",
        "billionaire",
        "entrepreneur",
        "teenager",
        "academic",
    ]
)

#: Posts one person writes, and that person: "according to a forum post" credits its
#: poster, whom the text may call "the poster" next.
WRITERS_OF_POSTS = {"post": "poster", "tweet": "tweeter", "blogpost": "blogger"}

#: Endings of agent nouns: a singular common noun with one names a person by what
#: they do ("farmer", "investor", "professor", "columnist"), unless it is listed below.
AGENT_SUFFIXES = ("er", "tor", "sor", "ist")

#: Nouns with those endings that name things, places, times or firms, not people.
NOT_AGENT_NOUNS = frozenset(
    [
        # things, places, times, abstractions
        "answer",
        "banner",
        "barrier",
        "behavior",
        "border",
        "cancer",
        "center",
        "chapter",
        "charter",
        "cluster",
        "computer",
        "container",
        "corridor",
        "counter",
        "disaster",
        "dinner",
        "either",
        "error",
        "exterior",
        "factor",
        "filter",
        "folder",
        "further",
        "however",
        "interior",
        "laser",
        "letter",
        "manner",
        "matter",
        "meter",
        "mirror",
        "monitor",
        "motor",
        "murder",
        "neither",
        "number",
        "offer",
        "paper",
        "newspaper",
        "poster",
        "powder",
        "quarter",
        "rather",
        "reactor",
        "register",
        "sector",
        "shelter",
        "summer",
        "theater",
        "together",
        "tower",
        "tracker",
        "trailer",
        "transfer",
        "trigger",
        "vector",
        "whether",
        "winter",
        "wonder",
        "checklist",
        "playlist",
        "assist",
        "insist",
        "resist",
        "persist",
        "consist",
        # comparatives, adjectives and adverbs
        "another",
        "better",
        "bigger",
        "earlier",
        "former",
        "greater",
        "higher",
        "junior",
        "larger",
        "latter",
        "longer",
        "senior",
        "whatever",
        "whenever",
        "wherever",
        "whoever",
        "younger",
        "cursor",
        "elevator",
        "generator",
        "indicator",
        "processor",
        "sensor",
        # vehicles and weapons
        "bomber",
        "carrier",
        "cruiser",
        "destroyer",
        "freighter",
        "helicopter",
        "launcher",
        "tanker",
        "tractor",
        # firms named by what they do
        "automaker",
        "broadcaster",
        "carmaker",
        "chipmaker",
        "contractor",
        "developer",
        "distributor",
        "drugmaker",
        "exporter",
        "importer",
        "insurer",
        "lender",
        "manufacturer",
        "operator",
        "producer",
        "provider",
        "publisher",
        "regulator",
        "retailer",
        "supplier",
    ]
)

#: Last words that make a capitalised name an organisation, not a person ("The Daily Post").
NAMED_BODY_HEADS = frozenset(
    [
        "times",
        "post",
        "journal",
        "news",
        "press",
        "tribune",
        "herald",
        "gazette",
        "telegraph",
        "guardian",
        "review",
        "magazine",
        "television",
        "radio",
        "bureau",
        "club",
        "foundation",
        "association",
        "union",
        "center",
        "centre",
        "group",
        "bank",
        "fund",
        "board",
        "federation",
        "organization",
        "organisation",
        "institution",
        "society",
        "coalition",
        "alliance",
        "campaign",
        "caucus",
        "league",
        "trust",
        "inc",
        "corp",
        "ltd",
        "llc",
        "co",
        "reuters",
        "staff",
        "team",
        "project",
        "watch",
        "network",
    ]
)

#: Role nouns that tell a person's gender ("the spokeswoman").
GENDERED_NOUNS = {
    **dict.fromkeys(
        [
            "spokeswoman",
            "chairwoman",
            "congresswoman",
            "businesswoman",
            "wife",
            "mother",
            "daughter",
            "sister",
            "widow",
            "queen",
            "princess",
            "actress",
            "woman",
            "girl",
        ],
        "female",
    ),
    **dict.fromkeys(
        [
            "spokesman",
            "chairman",
            "congressman",
            "businessman",
            "husband",
            "father",
            "son",
            "brother",
            "widower",
            "king",
            "prince",
            "actor",
            "man",
            "boy",
        ],
        "male",
    ),
}

#: Name suffixes that are not the surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])

#: Courtesy titles: not a role, but they tell a person's gender ("Mrs. Lee" is not "Mr. Lee").
HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None}

#: Titles that only ever open a person's name ("Dr Lee", "Prof Lee", "Mrs Lee"): the model may
#: tag "Dr Lee" an organisation, but no organisation's name opens with one.
PERSON_ONLY_TITLES = frozenset([*HONORIFICS, "dr", "prof", "professor", "cllr"])

#: Words that qualify a role, capitalised or not ("Former President", "Retired Gen.").
ROLE_QUALIFIERS = frozenset(
    [
        "former",
        "retired",
        "acting",
        "interim",
        "incoming",
        "outgoing",
        "late",
        "then",
        "ex",
        "rival",
        "fellow",
        "current",
        "longtime",
        "veteran",
        "senior",
        "top",
        "deputy",
    ]
)

#: Words before a name that give its gender.
MALE_TITLES = frozenset(["mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"])

FEMALE_TITLES = frozenset(
    ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "queen", "princess", "sister", "dame"]
)

#: Role nouns of people, with gender where English marks it.
GENDERED_ROLES = {
    "spokesman": "male",
    "spokeswoman": "female",
    "chairman": "male",
    "chairwoman": "female",
    "congressman": "male",
    "congresswoman": "female",
    "businessman": "male",
    "businesswoman": "female",
    "husband": "male",
    "wife": "female",
    "father": "male",
    "mother": "female",
    "son": "male",
    "daughter": "female",
    "man": "male",
    "woman": "female",
    "grandmother": "female",
    "grandma": "female",
    "gran": "female",
    "granny": "female",
    "widow": "female",
    "schoolgirl": "female",
    "grandfather": "male",
    "grandpa": "male",
    "grandad": "male",
    "granddad": "male",
    "widower": "male",
    "schoolboy": "male",
}

#: Lowercase words that belong inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "du",
        "dos",
        "das",
    ]
)

#: Common English short forms of given names and the full names they stand for: one
#: report's "Joe Pruett" is another's "Joseph Pruett" (the spelling rules cannot see it).
SHORT_GIVEN_NAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "joe": "joseph",
        "jim": "james",
        "jimmy": "james",
        "bill": "william",
        "billy": "william",
        "will": "william",
        "bob": "robert",
        "bobby": "robert",
        "rob": "robert",
        "dick": "richard",
        "rick": "richard",
        "tom": "thomas",
        "mike": "michael",
        "dave": "david",
        "dan": "daniel",
        "danny": "daniel",
        "chris": "christopher christine christina",
        "liz": "elizabeth",
        "beth": "elizabeth",
        "betty": "elizabeth",
        "kate": "katherine catherine kathleen",
        "kathy": "katherine kathleen",
        "cathy": "catherine",
        "sue": "susan suzanne",
        "pat": "patrick patricia",
        "tony": "anthony antonio",
        "steve": "steven stephen",
        "ed": "edward edwin",
        "ted": "edward theodore",
        "ben": "benjamin",
        "sam": "samuel samantha",
        "alex": "alexander alexandra",
        "nick": "nicholas",
        "matt": "matthew",
        "andy": "andrew",
        "greg": "gregory",
        "jeff": "jeffrey",
        "ken": "kenneth",
        "larry": "lawrence",
        "peggy": "margaret",
        "maggie": "margaret",
        "jenny": "jennifer",
        "becky": "rebecca",
        "vicky": "victoria",
        "pete": "peter",
        "phil": "philip phillip",
        "ron": "ronald",
        "don": "donald",
        "tim": "timothy",
        "jack": "john",
        "harry": "henry harold",
        "fred": "frederick",
        "charlie": "charles",
        "chuck": "charles",
        "nate": "nathan nathaniel",
        "josh": "joshua",
        "sandy": "sandra alexander",
        "mandy": "amanda",
        "gerry": "gerald gerard",
        "mimi": "miriam maria",
        "abby": "abigail",
        "al": "albert alan allan alfred",
        "bert": "albert herbert",
        "doug": "douglas",
        "frank": "francis franklin",
        "hank": "henry",
        "jake": "jacob",
        "jerry": "gerald jerome jeremiah",
        "johnny": "john",
        "lou": "louis louise",
        "mitch": "mitchell",
        "ray": "raymond",
        "rich": "richard",
        "ricky": "richard",
        "stan": "stanley",
        "terry": "terence theresa teresa",
        "walt": "walter",
        "wes": "wesley",
        "zach": "zachary",
        "abe": "abraham",
        "barb": "barbara",
        "deb": "deborah debra",
        "debbie": "deborah debra",
        "jess": "jessica",
        "meg": "margaret megan",
        "molly": "mary",
        "polly": "mary",
        "sally": "sarah",
        "tina": "christina",
        "trish": "patricia",
        "patty": "patricia",
        "ginny": "virginia",
        "katie": "katherine catherine kathleen",
        "bess": "elizabeth",
        "lizzie": "elizabeth",
        "tommy": "thomas",
        "len": "leonard",
        "lenny": "leonard",
        "max": "maxwell maximilian",
        "gabe": "gabriel",
        "fran": "frances francis",
        "gus": "augustus angus",
        "hal": "henry harold",
        "joey": "joseph",
        "nat": "nathan nathaniel natalie",
        "nell": "eleanor helen",
        "bea": "beatrice",
        "cindy": "cynthia lucinda",
        "connie": "constance",
        "dottie": "dorothy",
        "ellie": "eleanor elizabeth ellen",
        "gwen": "gwendolyn",
        "pam": "pamela",
        "penny": "penelope",
        "sadie": "sarah",
        "tess": "theresa teresa",
        "val": "valerie",
        "eddie": "edward",
        "freddie": "frederick",
        "kenny": "kenneth",
        "manny": "manuel",
        "mick": "michael",
        "mickey": "michael",
        "ollie": "oliver",
        "randy": "randall randolph",
        "reggie": "reginald",
        "robbie": "robert",
        "ronnie": "ronald",
        "sammy": "samuel",
        "steph": "stephanie",
        "susie": "susan",
        "teddy": "theodore edward",
        "vince": "vincent",
        "willie": "william",
        "zeke": "ezekiel",
        "toby": "tobias",
        # British short forms
        "pippa": "philippa",
        "jo": "joanna joanne josephine",
        "gill": "gillian",
        "jackie": "jacqueline",
        "nicky": "nicola nicholas",
        "hattie": "harriet",
        "tilly": "matilda",
        "lottie": "charlotte",
        "rosie": "rosemary rosalind",
        "archie": "archibald",
        "alf": "alfred",
        "ned": "edward",
        "kit": "christopher katherine",
        "bertie": "albert herbert bertram",
        "georgie": "georgina",
        "izzy": "isabel isabella",
        "flo": "florence",
    }.items()
}

#: Nouns by which a story refers back to a body it named, whatever its name ("The Coastal
#: Birds Trust ... The group wants ..."): the latest named organisation, never a person.
BODY_ANAPHORS = frozenset(
    ["group", "organisation", "organization", "charity", "nonprofit", "coalition", "alliance"]
)

#: Nouns for an unofficial body that a story names once and then calls by the noun ("the
#: Night Owl hacking crew ... the crew said", "a gang that calls itself Night Owl ... the
#: gang"): they refer back only to a body named with such a noun (or with "group"), never to
#: a firm or an office named nearby.
OUTFIT_NOUNS = frozenset(
    ["gang", "crew", "cartel", "syndicate", "militia", "collective", "faction", "outfit"]
)

#: Last words of a name that make it an institution or a place that speaks as a body
#: ("Sallowby Airport", "Orbury Hospital", "Quenby Constabulary"), whatever the entity
#: tagger called it: none is an English surname ("Court", "Bank", "House" and "Church" are).
_INSTITUTION_HEADS = frozenset(
    [
        "airport",
        "hospital",
        "university",
        "college",
        "academy",
        "school",
        "prison",
        "police",
        "constabulary",
        "council",
        "ministry",
        "directorate",
        "inspectorate",
        "commission",
        "committee",
        "agency",
        "department",
        "airways",
        "airlines",
    ]
)

#: Last words of a firm's name that say its trade in the plural ("Acme Cables", "Kite Motors",
#: "Harlow Chemicals"): the name of a business, whatever the entity tagger called it (none is
#: an English surname; "Mills", "Steel" and "Power" are, and are left out).
FIRM_NAME_HEADS = frozenset(
    [
        "cables",
        "motors",
        "foods",
        "chemicals",
        "industries",
        "holdings",
        "textiles",
        "plastics",
        "metals",
        "pharmaceuticals",
        "technologies",
        "electronics",
        "logistics",
        "fisheries",
        "dairies",
        "bakeries",
        "breweries",
        "steelworks",
        "ironworks",
        "glassworks",
    ]
)

#: Last words of a name that make it an institution or a place that speaks as a body
#: (see _INSTITUTION_HEADS), or a business named by its trade.
INSTITUTION_NAME_HEADS = _INSTITUTION_HEADS | FIRM_NAME_HEADS

#: Nouns by which a story refers back to a body of one kind whose name another word heads:
#: "the force" is the police force named before ("Orbury Police", "the Quenby
#: Constabulary"), not whatever organisation was named last.
DESCRIBED_BODY_HEADS: dict[str, frozenset[str]] = {
    "force": frozenset(["police", "constabulary", "force"]),
}

#: Nouns for a public body by its function ("the regulator", "the watchdog"), whatever heads
#: its name ("the Rail Safety Board ... the watchdog said"): they refer back to the
#: latest named organisation in focus, never to a person.
OVERSIGHT_NOUNS = frozenset(["regulator", "watchdog", "ombudsman", "inspectorate"])

#: Last words of a named public body that may oversee others ("the Harbour Safety
#: Authority", "the Fair Trading Commission"): "the regulator" after one of them and a firm
#: it oversees ("the bank said") means the body, not the firm named last.
OVERSIGHT_BODY_HEADS = frozenset(
    [
        "authority",
        "commission",
        "agency",
        "board",
        "inspectorate",
        "regulator",
        "watchdog",
        "ombudsman",
        "office",
        "bureau",
        "tribunal",
        "council",
    ]
)

#: Kinds of institution a description names by its head ("the union", "the council"): one
#: kind is never another, so "the union" does not refer back to a council named before it.
#: (Business and generic heads -- "company", "group", "organisation" -- are left out: "the
#: company" may refer to any firm, whatever heads its name.)
INSTITUTION_KINDS = frozenset(
    [
        "council",
        "committee",
        "commission",
        "parliament",
        "court",
        "university",
        "college",
        "school",
        "academy",
        "union",
        "association",
        "board",
        "federation",
        "club",
        "foundation",
        "bank",
        "society",
        "league",
        "trust",
        "institute",
        "embassy",
        "senate",
        "party",
        "church",
        "hospital",
        "museum",
        "authority",
    ]
)

#: Nouns a business story calls a firm it named by, after its trade ("the appliance giant",
#: "the chip maker"): with that trade before them, they refer back to the latest firm.
FIRM_EPITHETS = frozenset(["giant", "maker", "conglomerate", "multinational"])

#: Nouns for a kind of business by which a story refers back to the firm it named, whatever
#: its name ("Brightline Foods ... The company said", "Skyra ... the airline said"): the
#: latest named organisation that is a business -- not a place, not an outlet it told, not a
#: body whose name a noun of another kind heads ("the Safety Board", "the Pilots' Union").
FIRM_NOUNS = frozenset(
    [
        "airline",
        "automaker",
        "bank",
        "brewer",
        "broadcaster",
        "carmaker",
        "carrier",
        "chipmaker",
        "company",
        "drugmaker",
        "firm",
        "insurer",
        "lender",
        "manufacturer",
        "miner",
        "operator",
        "railway",
        "railroad",
        "retailer",
        "startup",
        "supermarket",
        "supplier",
        "utility",
    ]
)

#: Words that make a description of someone a past holder of the role ("the former
#: investigator", "the ex-minister"): not whoever holds it now.
FORMER_WORDS = frozenset(["former", "ex", "onetime", "one-time", "erstwhile", "retired"])

#: Last words of names of places and institutions that are no business ("Tarnford Airport",
#: "the City Hospital"), beside the heads of bodies: "the airline" is none of them.
NOT_FIRM_HEADS = frozenset(
    [
        "airport",
        "station",
        "port",
        "harbour",
        "harbor",
        "hospital",
        "school",
        "college",
        "academy",
        "court",
        "prison",
        "guild",
        "authority",
        "inspectorate",
        "regulator",
        "watchdog",
        "branch",
        "unit",
    ]
)

#: Last words of an organisation's name, and heads of a description of one (:data:`ORG_HEADS`,
#: :data:`NAMED_BODY_HEADS`): words no personal name holds ("the Harbour Board", "the Daily Post").
BODY_NAME_HEADS = ORG_HEADS | NAMED_BODY_HEADS

#: Those and the last words of institutions and places that speak as a body
#: (:data:`NOT_FIRM_HEADS`: "Tarnford Airport", "the water authority"): a name ending in one is
#: a body's of a kind, often named after its place, unless it is a firm's.
BODY_OR_PLACE_HEADS = BODY_NAME_HEADS | NOT_FIRM_HEADS

#: Words that make a name ending in the plural "Services" a public service ("Social
#: Services", "the Emergency Services"); any other such name is a business ("Vossley Flour
#: Services": "the company" may be it).
PUBLIC_SERVICE_MODIFIERS = frozenset(
    [
        "social",
        "emergency",
        "security",
        "intelligence",
        "health",
        "human",
        "public",
        "civil",
        "children's",
        "armed",
        "fire",
        "rescue",
        "ambulance",
        "secret",
        "prison",
        "probation",
        "care",
        "community",
        "council",
        "municipal",
        "veterans",
        "family",
        "youth",
        "welfare",
    ]
)
