"""Stage 4: speaker mentions become one :class:`Speaker` identity per source across a corpus.

Per article, :func:`kg.extract.mentions.collect_mentions` reads the parse once and
keeps every named or described source as a plain :class:`EntityMention`
record, with the role and affiliation its pre-modifiers and appositions give
("White House spokeswoman Ann Lee", "Ann Lee, a senior fellow at the Institute").
Corpus-wide, :func:`resolve_speakers` works on records only:

1. each quote's speaker phrase is chosen (the name in the sentence, or what a
   pronoun, "the ministry" or "the statement" refers back to in the article);
2. within an article, a surname alone is linked to the full name it abbreviates;
3. across articles, names are merged on full name, on surname plus a
   compatible first name or initial, on transliteration variants (fuzzy
   match of spelling skeletons), and organisations and groups on their
   normalised words and country. Candidates are blocked by surname or head
   word, so the work grows with the number of names, not its square;
4. the user's alias file (:mod:`kg.assemble.aliases`) forces, forbids or renames.

Every merge records its rule and score in :attr:`Speaker.merges`.

A joint source ("A and B said", :attr:`kg.extract.quotes.Quote.co_mentions`) gives the
quote to its first-named member in :attr:`SpeakerIndex.by_quote` and to the
others in :attr:`SpeakerIndex.co_speakers`; each member is a speaker of its own.
"""

from __future__ import annotations

from kg.assemble.speakers.build import ArticleSpeakers, read_article_speakers, resolve_speakers
from kg.assemble.speakers.records import Speaker, SpeakerIndex, canonical_name, slug
from kg.extract.mentions import EntityMention, collect_mentions
from kg.extract.names import SpeakerType

__all__ = [
    "ArticleSpeakers",
    "EntityMention",
    "Speaker",
    "SpeakerIndex",
    "SpeakerType",
    "canonical_name",
    "collect_mentions",
    "read_article_speakers",
    "resolve_speakers",
    "slug",
]
