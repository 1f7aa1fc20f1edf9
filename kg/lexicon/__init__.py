"""General English word lists, kept as data in one place, grouped by concern.

Nothing here names a person, place or topic of any corpus: these are the
words English uses to report speech, to name sources and roles, to argue and
to ask. Each module holds one concern; this package re-exports every list, so
``from kg.lexicon import REPORTING_LEMMAS`` works wherever the list lives.

- :mod:`kg.lexicon.reporting`: cue verbs and nouns of reported speech, page furniture
- :mod:`kg.lexicon.people`: titles, roles, organisation and group heads
- :mod:`kg.lexicon.pronouns`: pronouns
- :mod:`kg.lexicon.places`: countries and demonyms
- :mod:`kg.lexicon.argument`: negation, hedges, dispute, causes, claims, figures
- :mod:`kg.lexicon.questions`: the words of questions
- :mod:`kg.lexicon.sources`: corpus column names, the words of dates and datelines
- :mod:`kg.lexicon.spelling`: British and American word endings a search forgives
"""

from __future__ import annotations

from kg.lexicon.argument import (
    APPROVAL_WORDS,
    CAUSE_MARKERS,
    CAUSE_NOUNS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    DISMISSIVE_WORDS,
    DISPUTE_LEMMAS,
    ENDORSE_LEMMAS,
    ESTIMATE_VERBS,
    FIGURE_NOUNS,
    HEDGE_WORDS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MAGNITUDE_WORDS,
    NEGATION_WORDS,
    POSITIVE_EVALUATIONS,
    RIVAL_MARKERS,
    SYNONYM_GROUPS,
)
from kg.lexicon.people import (
    AGENT_SUFFIXES,
    FEMALE_TITLES,
    GENDERED_NOUNS,
    GENDERED_ROLES,
    GROUP_HEADS,
    HONORIFICS,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMED_BODY_HEADS,
    NOT_AGENT_NOUNS,
    ORG_HEADS,
    ORG_SPELLINGS,
    ORG_SYNONYMS,
    PERSON_NOUNS,
    ROLE_QUALIFIERS,
    SPEAKER_DETERMINERS,
    TITLE_WORDS,
)
from kg.lexicon.places import (
    COUNTRY_FORMS,
)
from kg.lexicon.pronouns import (
    PRONOUNS,
    SPEAKER_PRONOUNS,
)
from kg.lexicon.questions import (
    QUERY_CAUSE_WORDS,
    QUERY_RELATIONS,
    QUERY_STOPWORDS,
)
from kg.lexicon.reporting import (
    ATTITUDE_LEMMAS,
    BOILERPLATE_PATTERNS,
    COGNITION_LEMMAS,
    OBJECT_CUE_LEMMAS,
    QUOTE_ONLY_LEMMAS,
    REPORTING_LEMMAS,
    REPORTING_NOUNS,
    SOURCE_NOUNS,
    SPEECH_LEMMAS,
)
from kg.lexicon.sources import (
    DATELINE_FURNITURE,
    DEFAULT_COLUMNS,
    MONTHS,
    PUBLISHED_LABELS,
    SIDECAR_NAMES,
    UPDATED_LABELS,
)
from kg.lexicon.spelling import SPELLING_ENDINGS

__all__ = [
    "AGENT_SUFFIXES",
    "APPROVAL_WORDS",
    "ATTITUDE_LEMMAS",
    "BOILERPLATE_PATTERNS",
    "CAUSE_MARKERS",
    "CAUSE_NOUNS",
    "CAUSE_VERBS",
    "CLAIM_NOUNS",
    "COGNITION_LEMMAS",
    "COUNTRY_FORMS",
    "DATELINE_FURNITURE",
    "DEFAULT_COLUMNS",
    "DISMISSIVE_WORDS",
    "DISPUTE_LEMMAS",
    "ENDORSE_LEMMAS",
    "ESTIMATE_VERBS",
    "FEMALE_TITLES",
    "FIGURE_NOUNS",
    "GENDERED_NOUNS",
    "GENDERED_ROLES",
    "GROUP_HEADS",
    "HEDGE_WORDS",
    "HONORIFICS",
    "LIGHT_NOUNS",
    "LIGHT_VERBS",
    "MAGNITUDE_WORDS",
    "MALE_TITLES",
    "MONTHS",
    "NAMED_BODY_HEADS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NEGATION_WORDS",
    "NOT_AGENT_NOUNS",
    "OBJECT_CUE_LEMMAS",
    "ORG_HEADS",
    "ORG_SPELLINGS",
    "ORG_SYNONYMS",
    "PERSON_NOUNS",
    "POSITIVE_EVALUATIONS",
    "PRONOUNS",
    "PUBLISHED_LABELS",
    "QUERY_CAUSE_WORDS",
    "QUERY_RELATIONS",
    "QUERY_STOPWORDS",
    "QUOTE_ONLY_LEMMAS",
    "REPORTING_LEMMAS",
    "REPORTING_NOUNS",
    "RIVAL_MARKERS",
    "ROLE_QUALIFIERS",
    "SIDECAR_NAMES",
    "SOURCE_NOUNS",
    "SPEAKER_DETERMINERS",
    "SPEAKER_PRONOUNS",
    "SPEECH_LEMMAS",
    "SPELLING_ENDINGS",
    "SYNONYM_GROUPS",
    "TITLE_WORDS",
    "UPDATED_LABELS",
]
