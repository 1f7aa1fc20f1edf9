"""Verbs that report speech in one frame only: a lemma with the complement it takes.

"She implied that X", "he balked at X", "they congratulated X" are reports; "imply",
"balk" and "congratulate" are no cue words of their own in every use, and the bare lemmas
of the long tail of such verbs ("see", "make", "back", "vote", "offer") are attributions
only about half the time. In one frame, with a person or body for a subject, some are
attributions nearly always.

A frame is what :func:`kg.extract.quotes.cue_frame` reads off the parse: ``that`` (a
that-clause), ``wh`` (a clause opened by whether/if/what/how/why/...), ``clause`` (a clause
without "that"), ``inf`` (an infinitive), ``obj`` (a direct object), or a preposition
with its object (``at``, ``about``, ``on``, ...), followed by ``as`` when an "as" phrase comes
after it ("referred to X as Y": ``to as``). A framed cue is taken only when its subject
is a speaker (a name, a personal pronoun, a person or organisation noun) and it is neither
negated nor passive.

How the table was derived: every verb of the first 300 articles of PolNeAR train (sorted
file order) whose lemma is no cue of :mod:`kg.lexicon.reporting` was keyed by (lemma, frame)
with such a subject, and counted against the gold cues (a token inside the cue of an
attribution with a source). Pairs at precision .85 or more were run through the extractor
and kept when the quotes they gave were right (content and speaker) at .85 or more, and
when the verb is a general English verb of saying, thinking, stance or announcing. The
figures after each entry are: gold cues / uses in that frame with a speaker subject, then
the quotes the extractor gave for it that were right (train articles 0-300); a pair was
kept with three right quotes or more. Articles 300-600 were kept apart to check the table:
there the table added 16 right quotes and 9 wrong ones (a pair's precision on 3-8 uses is
optimistic), and on PolNeAR dev 12 right and none wrong.
"""

from __future__ import annotations

__all__ = ["FRAMED_CUES", "SELDOM_WORDS"]

FRAMED_CUES = frozenset(
    [
        # saying, with a that-clause
        "imply that",  # 5 / 5; right 5 of 5
        # saying or judging, with a direct object
        "bemoan obj",  # 3 / 3; right 3 of 3 ("bemoaned the climate")
        "congratulate obj",  # 6 / 7; right 6 of 6 ("congratulated her for X")
        "note obj",  # 7 / 7; right 6 of 7 ("noted the risks")
        "portray obj",  # 3 / 4; right 3 of 3 ("portrayed X as Y")
        "talk obj",  # 3 / 5; right 3 of 3 ("talked trade")
        # speech about a topic, with a preposition
        "apologize for",  # 3 / 3; right 3 of 3
        "apologise for",  # the British spelling of the above
        "comment on",  # 3 / 3; right 3 of 3
        "refer to as",  # 8 / 10; right 8 of 8 ("referred to him as a friend"; bare: 19 of 30)
        # stance
        "agree inf",  # 5 / 9; right 5 of 5 ("agreed to testify")
        "balk at",  # 4 / 4; right 4 of 4
        "prefer obj",  # 6 / 11; right 5 of 5
    ]
)

#: Adverbs by which a verb tells what someone seldom or never does ("who seldom speaks about
#: budgets"): a habit, not a report of something said.
SELDOM_WORDS = frozenset(["rarely", "seldom", "never", "hardly", "barely", "scarcely"])
