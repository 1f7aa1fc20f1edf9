"""Per article: everything extracted from one parse, the unit that is cached and parallelised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.claims import Claim, analyze_claims, stance_statements
from kg.extract.mentions import EntityMention, collect_mentions
from kg.extract.namings import Naming, find_namings
from kg.extract.nlp import Unparsed
from kg.extract.quotes import Quote, extract_quotes
from kg.read.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ArticleRecords", "extract_article"]


@dataclass(frozen=True)
class ArticleRecords:
    """Everything extracted from one article: the unit that is cached and parallelised."""

    article: Article
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    #: People, organisations and groups named in the article (for speaker profiles).
    mentions: tuple[EntityMention, ...] = ()
    #: Why the article was not parsed (:class:`kg.extract.nlp.Unparsed`); None when it was.
    skipped: str | None = None
    #: Things the article names and the nouns it describes them by (:mod:`kg.extract.namings`).
    namings: tuple[Naming, ...] = ()


def extract_article(doc: Doc | Unparsed, article: Article, learned: bool = False) -> ArticleRecords:
    """Per-article extraction: quotes (with the stances narration attributes) and their claims.

    An article that was not parsed has no records, only the reason. With ``learned`` the
    quotes include the learned attributions (:mod:`kg.extract.quotes.learned`), which make
    no claim and leave the narrated stances as they were.
    """
    if isinstance(doc, Unparsed):
        return ArticleRecords(article, (), (), (), skipped=doc.reason)
    found = extract_quotes(doc, article.id, learned=learned)
    attitudes = stance_statements(doc, article.id, [q for q in found if not q.learned])
    quotes = tuple(sorted([*found, *attitudes], key=lambda q: (q.start, q.end)))
    claims = tuple(analyze_claims(doc, quotes))
    mentions = tuple(collect_mentions(doc, article.id))
    namings = tuple(find_namings(doc, article.id))
    return ArticleRecords(article, quotes, claims, mentions, namings=namings)
