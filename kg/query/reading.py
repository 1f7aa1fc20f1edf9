"""Reading a question: its form, the relation it asks about, the speaker and the claim it names.

No graph is needed here: a question is read into a :class:`Question` record; what
its words name in a graph is found by :mod:`kg.query.matching`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon.argument import NO_HASTE_NOUNS
from kg.lexicon.questions import (
    AGREE_PHRASES,
    CONFLICT_PHRASES,
    CONTENT_NEGATORS,
    DISPUTE_PHRASES,
    IRREGULAR_VERBS,
    MOST_DISPUTED_PATTERNS,
    PASSIVE_NEGATORS,
    PROFILE_LEADS,
    PROFILE_WHO_LEADS,
    QUESTION_ADVERBS,
    QUESTION_AUXILIARIES,
    QUESTION_NEGATORS,
    RELATIVE_WORDS,
    SAID_VERBS,
    SUPPORT_PHRASES,
    TOPIC_LEADS,
    WISH_PHRASES,
)

__all__ = [
    "Question",
    "alternatives",
    "clean",
    "content_negated",
    "read_question",
    "verb_forms",
]

#: Forms of question: who takes a stance / what a speaker said / where a speaker stands /
#: who is on a speaker's side / which positions are most disputed / who a speaker is.
FORMS = ("who", "said", "stands", "with", "most_disputed", "profile")


@dataclass(frozen=True)
class Question:
    """A question as read, before its words are looked up in a graph.

    ``relation`` is ``supports`` or ``disputes`` for a "who" question (already flipped
    when the verb is denied: "who does not believe ..."), ``agrees`` or ``conflicts``
    for a "with" question, ``said``, ``stands``, ``most_disputed`` or ``profile``
    ("who is NAME") otherwise.
    ``side`` is what the verb would mean if its object turns out to be a speaker
    ("who backs NAME" -> ``agrees``); ``target`` is the words after the verb; ``wish``
    whether the verb asks who wants something done ("who wants the ferries inspected").
    """

    text: str
    form: str
    relation: str
    target: str = ""
    side: str | None = None
    speaker: str | None = None
    wish: bool = False


def clean(question: str) -> str:
    """Lowercase, one space, curly quotes straightened, end punctuation off."""
    q = question.strip().lower().replace("’", "'").replace("‘", "'")
    q = q.replace("“", '"').replace("”", '"')
    q = re.sub(r"[?!.]+$", "", q).strip()
    q = re.sub(r"\s+", " ", q.strip("\"' "))
    return re.sub(
        r"^(?:(?:please|so|and|ok|okay|tell me|can you tell me|i wonder)\s*,?\s+)+", "", q
    )


def verb_forms(verb: str) -> tuple[str, ...]:
    """The forms of an English verb: base, -s, -ed, -ing and irregular ones.

    >>> verb_forms("vouch")
    ('vouch', 'vouches', 'vouched', 'vouching')
    >>> "criticised" in verb_forms("criticise") and "denies" in verb_forms("deny")
    True
    """
    if verb in IRREGULAR_VERBS and verb in ("be", "have", "do"):
        return (verb, *IRREGULAR_VERBS[verb])
    if verb.endswith("e"):
        forms = [verb + "s", verb + "d", verb[:-1] + "ing"]
    elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        forms = [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif verb.endswith(("s", "x", "z", "ch", "sh")):
        forms = [verb + "es", verb + "ed", verb + "ing"]
    else:
        forms = [verb + "s", verb + "ed", verb + "ing"]
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
            forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]  # "stopped"
    return tuple(dict.fromkeys([verb, *forms, *IRREGULAR_VERBS.get(verb, ())]))


@lru_cache(maxsize=8)
def _phrase_table(kind: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Every surface form of the relation phrases of ``kind``: (regex source, base, the
    forms of its first word), longest first. ``kind`` is ``stance`` (support and dispute
    phrases, base -> relation), ``wish`` or ``side``."""
    if kind == "stance":
        table = [(p, "supports") for p in SUPPORT_PHRASES]
        table += [(p, "disputes") for p in DISPUTE_PHRASES]
    elif kind == "wish":
        table = [(p, "supports") for p in WISH_PHRASES]
    else:
        table = [(p, "agrees") for p in AGREE_PHRASES]
        table += [(p, "conflicts") for p in CONFLICT_PHRASES]
    out = []
    for phrase, relation in table:
        first, _, rest = phrase.partition(" ")
        verbs = verb_forms(first)
        forms = "|".join(re.escape(f) for f in verbs)
        tail = (r"\s+" + r"\s+".join(re.escape(w) for w in rest.split())) if rest else ""
        out.append((rf"(?:{forms}){tail}", relation, verbs))
    out.sort(key=lambda x: -len(x[0]))
    return tuple(out)


def _relation_phrase(rest: str, kind: str) -> tuple[str, str] | None:
    """The relation a question's verb phrase asks (``kind`` table) and the words after it."""
    for source, relation, verbs in _phrase_table(kind):
        if not rest.startswith(verbs):
            continue  # cannot match: the pattern is not even compiled
        m = re.match(rf"^{source}\b\s*(.*)$", rest)
        if m:
            return relation, m.group(1)
    return None


_BE_FORMS = frozenset(["is", "are", "was", "were", "been", "be"])


def _progressive(words: list[str]) -> bool:
    """Whether the first word past negators and adverbs is an -ing verb ("not backing")."""
    for w in words:
        if w in QUESTION_NEGATORS or w in QUESTION_ADVERBS:
            continue
        return len(w) > 4 and w.endswith("ing") and w != "being"
    return False


def _strip_leading(rest: str) -> tuple[str, bool]:
    """Adverbs and auxiliaries off the front of a verb phrase, and whether a negator was one."""
    negated = False
    words = rest.split()
    while words:
        w = words[0]
        if w in QUESTION_NEGATORS:
            negated = not negated if w != "longer" else negated
        elif w in _BE_FORMS and _progressive(words[1:]):
            pass  # "who is backing", "who was not disputing": the -ing verb asks
        elif w not in QUESTION_ADVERBS and w not in QUESTION_AUXILIARIES:
            break
        words.pop(0)
    if words and words[0] in ("n't",):
        words.pop(0)
        negated = not negated
    return " ".join(words), negated


def content_negated(claim: str) -> bool:
    """Whether a described claim denies itself ("X is a myth", "the mayor has not been ousted").

    Only the claim's own clause counts: a negator inside "fighters who had not heard"
    belongs to the relative clause. Two negators cancel.

    >>> content_negated("the leak is a myth"), content_negated("fighters who had not heard")
    (True, False)
    """
    flips, before = 0, ""
    toks = re.findall(r"[\w']+", claim.replace("n't", " n't"))
    for k, w in enumerate(toks):
        if w in RELATIVE_WORDS:
            break
        if w == "no" and toks[k + 1 : k + 2] and toks[k + 1].lower() in NO_HASTE_NOUNS:
            continue  # "no rush": no denial
        if w in CONTENT_NEGATORS or (w in PASSIVE_NEGATORS and before in _BE_FORMS):
            flips += 1  # "the video was staged" denies it, "staged a walkout" does not
        before = w
    return flips % 2 == 1


def alternatives(claim: str) -> tuple[str, ...]:
    """The two claims a claim offers as alternatives ("X is A or B": "X is A", "X is B"),
    or none. The second takes the first's words up to where it starts: up to the last
    word it starts with when the first has it ("on A or on B"), else all but the last.

    >>> alternatives("the bridge is closed or flooded")
    ('the bridge is closed', 'the bridge is flooded')
    >>> alternatives("the fire was set on purpose or on the orders of the owner")
    ('the fire was set on purpose', 'the fire was set on the orders of the owner')
    >>> alternatives("the dam leaked or not"), alternatives("whether or not it leaked")
    ((), ())
    """
    toks = claim.split()
    if toks.count("or") != 1 or toks[-1] == "not" or "whether" in toks or "either" in toks:
        return ()
    i = toks.index("or")
    left, right = toks[:i], toks[i + 1 :]
    if len(left) < 2 or not right or right[0] == "not":
        return ()
    starts = [k for k, w in enumerate(left) if w == right[0]]
    stem = left[: starts[-1]] if starts else left[:-1]
    return " ".join(left), " ".join([*stem, *right])


_CLAIM_LEAD = re.compile(
    r"^(?:the\s+|a\s+)?(?:claims?|idea|view|notion|suggestion|reports?|allegations?|assertion"
    r"|argument|theory|belief|rumou?rs?|story|stories|accounts?)\s+(?:that|of)\s+"
)
_SAID_2 = re.compile(
    r"^(?:what|which\s+\w+)\s+(?:was|were|is|has\s+been|have\s+been)\s+(?:said|reported|claimed"
    r"|written|stated)\s+by\s+(?P<name>.+?)(?:\s+(?:about|on|regarding)\s+(?P<topic>.+))?$"
)
_SAID_3 = re.compile(
    r"^(?:show|list|give)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:quotes|statements|words)\s+"
    r"(?:of|from|by)\s+(?P<name>.+?)(?:\s+(?:about|on|regarding)\s+(?P<topic>.+))?$"
)
_STAND = re.compile(
    r"^(?:where|how)\s+(?:does|do|did)\s+(?P<name>.+?)\s+stand(?:\s+(?:on|about|over|regarding)"
    r"\s+(?P<topic>.+))?$"
)
_STAND_2 = re.compile(
    r"^what\s+(?:is|are|was|were)\s+(?P<name>.+?)'s?\s+(?:position|stance|view|opinion)s?"
    r"(?:\s+(?:on|about|over|regarding)\s+(?P<topic>.+))?$"
)
_WHO = re.compile(r"^(?:who|whom)\s+(?P<rest>.+)$")
#: "which newspapers ...", "what kind of experts ...": up to three words name who is asked for.
_WHICH = re.compile(r"^(?:which|what)\s+(?P<rest>.+)$")


@lru_cache(maxsize=1)
def _said_verbs() -> re.Pattern[str]:
    """Any form of a verb of saying, as a word (compiled when a question first needs it:
    ~14 ms, which a question that is not "what did X say" need not pay)."""
    verbs = "|".join(
        rf"(?:{'|'.join(re.escape(f) for f in verb_forms(v.split()[0]))})"
        + "".join(rf"\s+{re.escape(w)}" for w in v.split()[1:])
        for v in sorted(SAID_VERBS, key=len, reverse=True)
    )
    return re.compile(rf"(?:^|\s)(?:{verbs})(?=\s|$)")


_TOPIC_LEAD = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in TOPIC_LEADS) + r")\s+)+"
    r"(?:(?:it|he|she|they|we|you)\s+)?"
)


_SAID_HEAD = re.compile(
    r"^(?:what|which\s+\w+|how)\s+(?:did|does|has|have|do|had|would|will)\s+(?=\S)"
)
_TOPIC_START = re.compile(r"^(?:" + "|".join(re.escape(w) for w in TOPIC_LEADS) + r")\b")


def _said_verb_question(text: str, q: str) -> Question | None:
    """ "what did NAME VERB [TOPIC]": of the words that can be the verb, the first one
    followed by nothing or by a topic word ("about", "when" ...), else the first one
    ("what did the Daily Post report about X": "post" is not the verb)."""
    head = _SAID_HEAD.match(q)
    if not head:
        return None
    rest = q[head.end() :]
    splits = []
    for m in _said_verbs().finditer(rest):
        if m.start() == 0:
            continue
        name, topic = rest[: m.start()].strip(), rest[m.end() :].strip()
        splits.append((name, topic))
    if not splits:
        return None
    name, topic = next((x for x in splits if not x[1] or _TOPIC_START.match(x[1])), splits[0])
    topic = _TOPIC_LEAD.sub("", topic).strip()
    return Question(text, "said", "said", topic, None, name)


def _said_question(text: str, q: str) -> Question | None:
    found = _said_verb_question(text, q)
    if found is not None:
        return found
    for pattern, relation in (
        (_SAID_2, "said"),
        (_SAID_3, "said"),
        (_STAND, "stands"),
        (_STAND_2, "stands"),
    ):
        m = pattern.match(q)
        if m:
            topic = _TOPIC_LEAD.sub("", m.groupdict().get("topic") or "").strip()
            return Question(text, relation, relation, topic, None, m.group("name"))
    return None


def _who_rest(q: str) -> str | None:
    """The words after "who", or after "which|what" and the (up to three) words naming
    the kind of speaker asked for ("which newspapers", "what kind of experts")."""
    m = _WHO.match(q)
    if m:
        return m.group("rest")
    m = _WHICH.match(q)
    if not m:
        return None
    words = m.group("rest").split()
    for k in range(1, min(3, len(words) - 1) + 1):
        rest, _ = _strip_leading(" ".join(words[k:]))
        if _relation_phrase(rest, "stance") or _relation_phrase(rest, "side"):
            return " ".join(words[k:])
    return None


def _who_question(text: str, q: str) -> Question | None:
    found_rest = _who_rest(q)
    if found_rest is None:
        return None
    rest, denied = _strip_leading(found_rest)
    found = _relation_phrase(rest, "stance")
    side = _relation_phrase(rest, "side")
    if found is None and side is None:
        if " that " not in f" {rest} ":
            return None
        found = ("supports", rest.split("that", 1)[1].strip())  # "who reckons that ..."
    relation, target = found or ("supports" if side and side[0] == "agrees" else "disputes", "")
    if side and (found is None or len(side[1]) < len(target)):
        target = side[1]  # the longer phrase ("agree with") was read
    if side and found is None:
        relation = "supports" if side[0] == "agrees" else "disputes"
    if denied:
        relation = "disputes" if relation == "supports" else "supports"
    target = re.sub(r"^(?:that|whether|if)\s+", "", target).strip()
    target = _CLAIM_LEAD.sub("", target).strip()
    side_rel = side[0] if side else None
    if side_rel and denied:
        side_rel = "conflicts" if side_rel == "agrees" else "agrees"
    wish = found is not None and _relation_phrase(rest, "wish") is not None
    return Question(text, "who", relation, target, side_rel, wish=wish)


_NOT_A_NAME = re.compile(
    r"^(?:to|behind|for|against|with|on|in|at|of|responsible|right|wrong|correct|not)\b"
)


@lru_cache(maxsize=2)
def _profile_lead(kind: str) -> re.Pattern[str]:
    leads = PROFILE_WHO_LEADS if kind == "who" else PROFILE_LEADS
    return re.compile(rf"^(?:{'|'.join(leads)})\s+(?P<name>\S.*)$")


def _profile_question(text: str, q: str, kind: str) -> Question | None:
    """ "who is NAME", "tell me about NAME", "what do we know about NAME" (``kind`` ``who``
    for the first, ``about`` for the others)."""
    m = _profile_lead(kind).match(q)
    if not m:
        return None
    name = re.sub(r"^(?:the\s+speaker\s+)", "", m.group("name")).strip()
    if _NOT_A_NAME.match(name):
        return None  # "who is to blame", "who is behind the fire": asks who, not about whom
    return Question(text, "profile", "profile", "", None, name)


def read_question(question: str) -> Question | None:
    """Read ``question``; ``None`` when it has no form this module knows.

    >>> read_question("Who casts doubt on the promised release?").relation
    'disputes'
    >>> read_question("who agrees with Ann Lee that the dam leaks").side
    'agrees'
    >>> read_question("What did the Daily Post report about the mayor?").speaker
    'the daily post'
    >>> read_question("Who is Ann Lee?").form, read_question("who is backing Ann Lee").form
    ('profile', 'who')
    """
    q = clean(question)
    if not q:
        return None
    if any(re.search(p, q) for p in MOST_DISPUTED_PATTERNS):
        return Question(question, "most_disputed", "most_disputed")
    return (
        _profile_question(question, q, "about")
        or _said_question(question, q)
        or _who_question(question, q)
        or _profile_question(question, q, "who")
    )
