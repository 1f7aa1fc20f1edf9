"""Words that report speech: cue verbs and nouns, and page furniture around a story."""

from __future__ import annotations

__all__ = [
    "ABUZZ_WORDS",
    "ASSERTING_ADJECTIVES",
    "ATTITUDE_LEMMAS",
    "BOILERPLATE_PATTERNS",
    "CALLING_LEMMAS",
    "CALLING_MODALS",
    "CAUSATIVE_LEMMAS",
    "COGNITION_LEMMAS",
    "DEMAND_NOUNS",
    "DESK_LABELS",
    "DESK_NOTE_PATTERNS",
    "EVIDENCE_LEMMAS",
    "EVIDENCE_NOUNS",
    "ISSUED_PAPERS",
    "LEAVE_WORDS",
    "MAKING_LEMMAS",
    "MISLEMMATISED",
    "NAME_CALLING_LEMMAS",
    "NAMING_VERBS",
    "OBJECT_CUE_LEMMAS",
    "OBJECT_PARTICIPLE_LEMMAS",
    "OPINION_NOUNS",
    "QUOTE_ONLY_LEMMAS",
    "REJECTING_PHRASALS",
    "REPORTING_LEMMAS",
    "REPORTING_NOUNS",
    "RESULT_NOUNS",
    "SOURCE_NOUNS",
    "SOURCE_RELAY_VERBS",
    "SPEECH_LEMMAS",
    "STANCE_ONLY_LEMMAS",
    "STATED_NOUNS",
    "STATING_LEMMAS",
    "TALK_NOUNS",
    "THAT_ONLY_LEMMAS",
    "TITLED_PIECES",
    "TOLD_NOUNS",
    "TOPIC_LEMMAS",
    "TOPIC_PREPOSITIONS",
]

REPORTING_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "write",
        "claim",
        "warn",
        "blame",
        "accuse",
        "deny",
        "insist",
        "acknowledge",
        "add",
        "announce",
        "argue",
        "assert",
        "admit",
        "allege",
        "answer",
        "confirm",
        "contend",
        "declare",
        "describe",
        "disclose",
        "explain",
        "estimate",
        "note",
        "observe",
        "point",
        "predict",
        "promise",
        "reply",
        "report",
        "respond",
        "reveal",
        "state",
        "stress",
        "suggest",
        "testify",
        "tweet",
        "post",
        "urge",
        "vow",
        "maintain",
        "mention",
        "recall",
        "remark",
        "reiterate",
        "repeat",
        "caution",
        "complain",
        "concede",
        "conclude",
        "comment",
        "counter",
        "dismiss",
        "emphasize",
        "emphasise",
        "indicate",
        "inform",
        "insist",
        "joke",
        "lament",
        "question",
        "reject",
        "dispute",
        "refute",
        "reckon",
        "speculate",
        "charge",
        "criticize",
        "criticise",
        "demand",
        "acknowledge",
        "brief",
        "believe",
        "think",
    ]
)

REPORTING_NOUNS = frozenset(
    [
        "statement",
        "remarks",
        "remark",
        "comments",
        "comment",
        "interview",
        "briefing",
        "post",
        "message",
        "tweet",
        "update",
        "report",
        "announcement",
        "address",
        "speech",
        "testimony",
        "letter",
        "filing",
        "release",
    ]
)

#: Verbs of thought and attitude that news attributes like speech ("she believes ...");
#: taken as cues only with a clausal complement.
COGNITION_LEMMAS = frozenset(
    [
        "believe",
        "think",
        "feel",
        "hope",
        "fear",
        "expect",
        "worry",
        "doubt",
        "know",
        "suspect",
        "wonder",
        "conclude",
        "find",
        "show",
        "agree",
        "recognize",
        "recognise",
        "understand",
        "realize",
        "realise",
    ]
)

#: A news outlet's idiom for its own reporting ("The Times understands that X", "Acme News
#: has learned that X"): with a named non-person subject, no source is quoted.
OWN_REPORTING_LEMMAS = frozenset(["understand", "learn"])

#: Verbs of criticism and praise of someone, reported like "blamed X for Y" / "praised
#: X": speech cues whose object is the content.
JUDGING_LEMMAS = frozenset(
    [
        "lambaste",
        "lambast",
        "chide",
        "scold",
        "rebuke",
        "berate",
        "castigate",
        "denounce",
        "hail",
        "laud",
        "commend",
        "thank",
    ]
)

#: Verbs of calling something a name, reported like "called X Y": "branded the claims
#: 'rubbish'", "dubbed the plan 'a disgrace'", "labelled him a liar"; the object is the content.
NAME_CALLING_LEMMAS = frozenset(["brand", "dub", "label"])

#: Extra speech verbs (lemmas) that report content, with a clause or an object.
SPEECH_LEMMAS = (
    frozenset(
        [
            "ask",
            "call",
            "pledge",
            "propose",
            "recommend",
            "order",
            "advise",
            "signal",
            "shout",
            "write",
            "scream",
            "whisper",
            "hint",
            "boast",
            "brag",
            "quip",
            "muse",
            "assure",
            "notify",
            "guarantee",
            "proclaim",
            "decry",
            "rule",
            "instruct",
            "rail",
            "plead",
            "attest",
            "retort",
            "continue",
            "praise",
            "defend",
            "endorse",
            "condemn",
            "threaten",
            "swear",
            "cite",
            "yell",
            "exclaim",
        ]
    )
    | JUDGING_LEMMAS
    | NAME_CALLING_LEMMAS
)

#: Cues whose object (not a clause) is the content: "blamed X for Y", "praised X".
OBJECT_CUE_LEMMAS = (
    frozenset(
        [
            "blame",
            "accuse",
            "urge",
            "praise",
            "criticize",
            "criticise",
            "condemn",
            "defend",
            "endorse",
            "call",
            "deny",
            "reject",
            "dispute",
            "refute",
            "dismiss",
            "demand",
            "pledge",
            "promise",
            "vow",
            "threaten",
            "propose",
            "warn",
            "question",
            "cite",
            "decry",
            "describe",
            "confirm",
            "announce",
        ]
    )
    | JUDGING_LEMMAS
    | NAME_CALLING_LEMMAS
)

#: Phrasal verbs (lemma and particle) by which a source rejects what their object names:
#: "ruled out talks", "brushed aside concerns" report a denial of the object, like "rejected X";
#: the object is the content.
REJECTING_PHRASALS = frozenset(["rule out", "brush aside", "wave away"])

#: Verbs by which a source speaks of, or voices, what their object names ("discussed the
#: budget", "mentioned her record", "echoed the call", "expressed support for the plan"):
#: reported like speech, the object is the content (PolNeAR train: 8 in 10 of them with a
#: subject are annotated attributions).
TOPIC_LEMMAS = frozenset(
    [
        "discuss",
        "mention",
        "echo",
        "express",
        "reiterate",
        "acknowledge",
        "emphasize",
        "emphasise",
        "stress",
        "highlight",
    ]
)

#: Verbs with the preposition that introduces the topic spoken of ("spoke about the war",
#: "spoke of her faith"): the preposition's object is the content. Not "refer to": what a
#: source refers to is mostly a gloss of their words by the writer ("..., referring to X").
TOPIC_PREPOSITIONS = frozenset(["speak about", "speak of"])

#: Words of leave to speak: "not authorized to discuss the finding", "on condition of
#: anonymity to discuss it" -- why a source is unnamed, not something they said.
LEAVE_WORDS = frozenset(["authorize", "allow", "permit", "free", "anonymity", "condition"])

#: Verbs of being named in print: "asked not to be named / identified / quoted" -- why a
#: source is unnamed, not a request the article reports.
NAMING_VERBS = frozenset(["name", "identify", "quote"])

#: Verbs whose object does the participle right after it ("left most voters saying ...",
#: "heard the chair telling ...", "found aides arguing ..."): the object is who speaks.
OBJECT_PARTICIPLE_LEMMAS = frozenset(["leave", "see", "hear", "find", "keep", "catch", "watch"])

#: Verbs that make their object do what follows ("the loss led the chair to declare ...",
#: "prompted Lee to accuse ...", "left the party to wonder ..."): the object is who speaks.
CAUSATIVE_LEMMAS = frozenset(
    [
        "lead",
        "leave",
        "prompt",
        "force",
        "cause",
        "compel",
        "spur",
        "drive",
        "inspire",
        "persuade",
        "convince",
    ]
)

#: What one tells (the object of "tell" that is content, not the one told): "told the truth",
#: "tells a different story", "told a joke".
TOLD_NOUNS = frozenset(
    ["story", "truth", "lie", "joke", "tale", "version", "account", "anecdote", "secret", "news"]
)

#: Verb forms the model lemmatises wrongly, with their true lemma: "hoped", "hoping",
#: "hopes" come out as "hop", so the cue "hope" would be missed.
MISLEMMATISED = {"hoped": ("hop", "hope"), "hoping": ("hop", "hope"), "hopes": ("hop", "hope")}

#: Nouns of something stated or voiced whose that-clause is its content ("expressed doubts that
#: X", "spread rumours that X", "voiced concern that X").
STATED_NOUNS = frozenset(
    [
        "doubt",
        "concern",
        "fear",
        "rumour",
        "rumor",
        "claim",
        "allegation",
        "suspicion",
        "warning",
        "assurance",
        "belief",
        "hope",
    ]
)

#: Verb-and-preposition pairs by which a source keeps to what it said ("has stuck to her
#: account that X", "stood by its claim that X"): X is the source's, as if said again.
ADHERING_PHRASES = frozenset(["stick to", "stand by", "hold to", "cling to", "keep to"])
#: What one keeps to: the stated nouns and the nouns of one's own telling.
HELD_NOUNS = STATED_NOUNS | frozenset(["account", "story", "version", "view", "position"])

#: Nouns of an opinion the subject holds and states ("restated his view that X", "expressed
#: the opinion that X"): with a verb of stating, the that-clause is the content, as with
#: :data:`STATED_NOUNS` (not someone else's words, so not among them).
OPINION_NOUNS = frozenset(["view", "opinion"])

#: Verbs by which a source states such a noun: the source is their subject.
STATING_LEMMAS = frozenset(
    ["express", "voice", "spread", "air", "repeat", "make", "issue", "renew", "reiterate"]
)

#: Nouns of a demand whose "for" phrase is its content ("repeated her call for the fleet to
#: be grounded", "renewed demands for an inquiry"), stated by the subject of such a verb.
DEMAND_NOUNS = frozenset(["call", "demand", "appeal", "plea"])

#: Cue verbs by which a speaker calls for a measure ("urged the board to hold a vote",
#: "called on the firm to recall the kettles"): the infinitive after them is the measure.
CALLING_LEMMAS = frozenset(["call", "urge", "ask", "demand", "press", "appeal", "implore"])
#: Modals that make a clause a call for a measure ("the shops should post a notice"); not
#: "must", as often a wish or an inference ("they must fail", "it must be true").
CALLING_MODALS = frozenset(["should", "ought"])

#: Verbs of thought that report a clause only when "that" opens it ("critics have guessed
#: that X"): without it they are mostly the writer's hedge ("I guess", "you'd imagine");
#: and "repeat", a report only with "that" ("repeated that X"; "repeated the test" is none).
THAT_ONLY_LEMMAS = frozenset(["guess", "imagine", "assume", "surmise", "repeat"])

#: Cue verbs that report only a quotation next to them ('"...," she asked'), never a clause
#: or an object ("asked whether ...", "continued to ...").
QUOTE_ONLY_LEMMAS = frozenset(["ask", "continue", "begin", "start", "interject", "chime"])

#: Verbs by which someone makes a document, count or study a clause is credited to ("a
#: count released by the board", "a poll conducted by the institute", "the letter, signed by
#: 30 residents, says", "a study led by Ann Lee"): the agent is its source. Not verbs of
#: getting or seeing ("a memo obtained by / seen by reporters").
MAKING_LEMMAS = frozenset(
    [
        "release",
        "publish",
        "compile",
        "issue",
        "conduct",
        "produce",
        "prepare",
        "commission",
        "write",
        "sign",
        "draft",
        "author",
        "post",
        "send",
        "lead",
        # a claim brought at law ("filed a lawsuit accusing X of Y", "brought a complaint")
        "file",
        "bring",
    ]
)

#: Papers a body issues or sends that can "say" something in a participle after them ("issued
#: a statement saying X", "sent residents a notice warning that X"): the reporting nouns and a
#: few more.
ISSUED_PAPERS = REPORTING_NOUNS | frozenset(
    ["note", "notice", "memo", "circular", "bulletin", "lawsuit", "suit", "complaint", "petition"]
)

#: Nouns for a source whose findings a clause reports: "in a poll, X leads".
SOURCE_NOUNS = frozenset(["poll", "survey", "study"])

#: Words by which a place of talk (a forum, a social network) fills with claims: "the
#: network went wild / was abuzz / buzzed with rumours that X" reports X as its users'.
#: Adjectives that, after "be", report what is asserted ("was adamant that X" says X, as
#: "insisted that X" does); belief adjectives ("was confident that") are not among them.
ASSERTING_ADJECTIVES = frozenset(["adamant", "insistent", "emphatic", "categorical", "unequivocal"])
ABUZZ_WORDS = frozenset(
    ["abuzz", "awash", "rife", "alive", "crazy", "wild", "buzz", "explode", "swirl", "flood"]
)
#: What such a place fills with.
TALK_NOUNS = frozenset(["report", "rumour", "rumor", "claim", "speculation", "talk", "post"])

#: Opinion pieces whose quoted title is their publisher's words ("the paper ran an
#: editorial titled "..."").
TITLED_PIECES = frozenset(["commentary", "editorial", "column", "op-ed", "opinion", "leader"])

#: Verb forms by which a reporter passes on what an unnamed source said ("the paper reported,
#: citing an unnamed source"; "a source told the agency"): the unnamed source is the relay's.
SOURCE_RELAY_VERBS = frozenset(["citing", "quoting", "told", "tells", "telling"])

#: Things a reporter shows as evidence, not sources that speak: "the video shows", "an
#: analysis of bank records shows", "interviews show", "a brief look at the files reveals".
EVIDENCE_NOUNS = frozenset(
    [
        "video",
        "photo",
        "photograph",
        "image",
        "picture",
        "footage",
        "clip",
        "screenshot",
        "interview",
        "analysis",
        "data",
        "record",
        "log",
        "scan",
        "map",
        "chart",
        "graph",
        "timeline",
        "sign",
        "evidence",
        # documents a reporter has seen ("internal emails seen by the paper show ...")
        "email",
        "document",
        "spreadsheet",
    ]
)

#: Findings of a laboratory that "confirm" or "show" something: the reporter's evidence,
#: not a source speaking ("her second sample confirmed ...", "tests showed ..."). Not media one
#: speaks in, as the nouns above are ("said in a video").
RESULT_NOUNS = frozenset(["sample", "test", "result"])

#: Verbs by which evidence (not a source) makes its point ("the footage shows ...").
EVIDENCE_LEMMAS = frozenset(["show", "reveal", "indicate", "suggest", "demonstrate", "confirm"])

#: Verbs of stance news attributes like speech ("she opposes the plan", "he wants to run");
#: their object or infinitive is the content. Not "seek" or "plan": what one seeks or plans
#: is an aim, rarely a statement (PolNeAR train: under half of them are attributions).
ATTITUDE_LEMMAS = frozenset(
    [
        "want",
        "support",
        "oppose",
        "hope",
        "decline",
        "refuse",
        "favor",
        "favour",
        "welcome",
        "applaud",
        "attack",
        "blast",
        "slam",
        "mock",
        "tout",
        "predict",
        "vow",
        "intend",
    ]
)

#: Stance verbs that are no act of speech ("voters favour X", "she wants Y"): a source
#: phrase on their clause ("..., according to a poll") is who reports the stance.
STANCE_ONLY_LEMMAS = frozenset(
    [
        "want",
        "support",
        "oppose",
        "favor",
        "favour",
        "hope",
        "intend",
        "welcome",
        "decline",
        "refuse",
    ]
)

#: Regular expressions (case-insensitive) for lines of page furniture: sign-ups,
#: subscriptions, comment rules, credits, bylines, links to other stories. Most are
#: anchored at the start of a line: the same words inside a story sentence are news.
BOILERPLATE_PATTERNS = (
    r"^sign(?:ing)? up\b|\bsign up (?:for|to) (?:our|the|a|free)\b",
    r"\b(?:free|daily|weekly|our|email) newsletters?\b|^newsletters?\b|^subscribe\b",
    r"\bunsubscribe\b|\bto your inbox\b",
    r"^(?:read|see) (?:more|also)\b|^related(?: stories| articles| coverage)?:?$",
    r"\bclick here\b|\bjump to comments\b|^skip to (?:content|main)\b",
    r"\bcomments? (?:policy|guidelines)\b|\bcommunity (?:guidelines|standards)\b",
    r"\ball rights reserved\b|©\s*\d{4}|^copyright\b",
    r"^(?:reporting|writing|editing|additional reporting|compiled) by\b",
    r"\bcontributed (?:to )?(?:this|the) (?:article|report)\b",
    r"^(?:photo|image|video)(?: credit)?:|\bgetty images\b|\(file photo\)",
    r"^by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
    r"(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})*(?:,[^.]{0,60})?$",
    r"\bhas worked as a (?:staff )?(?:writer|reporter|editor)\b|^[A-Z][\w'’-]+ [A-Z][\w'’-]+ is a"
    r" (?:senior |staff |global |national )?[\w ]{0,30}(?:correspondent|reporter|writer|editor)\b",
    r"^follow (?:us|the|our)\b|^share (?:this|on)\b",
    r"^(?:terms of (?:use|service)|privacy policy)\b",
    r"^our standards\b|\btrust principles\b",
    r"^advertisement$|^sponsored\b",
)

#: Regular expressions (case-insensitive) for a note the desk appends to a story, of any
#: length: a standing editor's note or disclaimer, a correction. Not the story's reporting.
DESK_NOTE_PATTERNS = (r"^editor['’]?s['’]? note\b", r"^corrections?:")

#: Words that label a part of a fact check or an explainer at the head of a line ("CLAIM:",
#: "VERDICT: False.", "Our rating:", "Background:"): the outlet's own furniture, not a speaker.
DESK_LABELS = frozenset(
    [
        "claim",
        "claims",
        "verdict",
        "rating",
        "ruling",
        "update",
        "correction",
        "clarification",
        "background",
        "context",
        "conclusion",
        "summary",
        "analysis",
        "fact",
        "facts",
        "explainer",
    ]
)


#: Words that never follow a plural possessive ("the drivers' union"), so a single mark after a
#: plural and before one of them closes a quotation ("blamed 'reckless drivers' for the chaos"):
#: prepositions and forms of "be" and "have" ("and" and "or" may: "the drivers' and the
#: riders' unions").
NOT_AFTER_POSSESSIVE = frozenset(
    [
        "for",
        "to",
        "in",
        "on",
        "at",
        "of",
        "from",
        "with",
        "by",
        "as",
        "after",
        "before",
        "since",
        "because",
        "than",
        "that",
        "which",
        "who",
        "was",
        "were",
        "is",
        "are",
        "had",
        "have",
        "has",
    ]
)
