"""Speakers read per article ahead of the corpus-wide merge give the same speakers."""

from __future__ import annotations

from typing import Any

import pytest

from kg.assemble.aliases import parse_aliases
from kg.assemble.speakers import build as speakers_module
from kg.assemble.speakers import read_article_speakers, resolve_speakers
from kg.extract.records import ArticleRecords, extract_article
from kg.outputs.export import json_text
from kg.read.articles import article_from_text
from kg.run.pipeline import SpeakersAhead, analyze, assemble

CORPUS = {
    "first": (
        "Mayor Dana Whitlow said the bridge would reopen in May. "
        '"We have checked every bolt," Whitlow told reporters on Monday. '
        "Council member Oren Baptiste disagreed. "
        '"The inspection was rushed," he said.'
    ),
    "second": (
        "The bridge stays shut, according to Baptiste. "
        '"Nobody should drive on it yet," Oren Baptiste said on Tuesday. '
        "Officials said the report would come out next week."
    ),
    "third": "The river rose two metres overnight and the ferry ran late.",
}


@pytest.fixture(scope="module")
def records(nlp: Any) -> list[ArticleRecords]:
    return [extract_article(nlp(t), article_from_text(t, k)) for k, t in CORPUS.items()]


def _flat(records: list[ArticleRecords]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    quotes = tuple(q for r in records for q in r.quotes)
    mentions = tuple(m for r in records for m in r.mentions)
    return quotes, mentions


def _ahead(records: list[ArticleRecords], aliases: Any = None) -> SpeakersAhead:
    ahead = SpeakersAhead(aliases)
    for r in records:
        ahead.read(r)
    return ahead


def test_only_articles_with_quotes_are_read(records: list[ArticleRecords]) -> None:
    ahead = _ahead(records)
    assert sorted(ahead.articles) == ["first", "second"]
    first = ahead.articles["first"]
    assert first.quotes == records[0].quotes
    assert {it.quote for it in first.items} <= set(records[0].quotes)
    assert first.generic == ()
    assert [it.unnamed for it in ahead.articles["second"].generic] == [True]


def test_read_ahead_gives_the_same_speakers(
    records: list[ArticleRecords], monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes, mentions = _flat(records)
    plain = resolve_speakers(quotes, mentions)
    assert any(s.name == "Oren Baptiste" and len(s.docs) == 2 for s in plain.speakers)
    ahead = _ahead(records)
    read_again: list[Any] = []
    real = speakers_module.read_article_speakers
    monkeypatch.setattr(
        speakers_module,
        "read_article_speakers",
        lambda *a: read_again.append(a) or real(*a),
    )
    assert resolve_speakers(quotes, mentions, None, ahead.articles) == plain
    assert read_again == []  # every article was taken from what was read ahead


def test_an_article_read_from_other_records_is_read_again(
    records: list[ArticleRecords], monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes, mentions = _flat(records)
    plain = resolve_speakers(quotes, mentions)
    first, second = records[0], records[1]
    stale = {
        # fewer quotes than the corpus has for the article
        "first": read_article_speakers(first.quotes[:1], first.mentions),
        # equal quotes, but other objects than the corpus's
        "second": read_article_speakers(
            tuple(type(q)(**q.__dict__) for q in second.quotes), second.mentions
        ),
    }
    read_again: list[str] = []
    real = speakers_module.read_article_speakers
    monkeypatch.setattr(
        speakers_module,
        "read_article_speakers",
        lambda q, m, a: read_again.append(q[0].doc) or real(q, m, a),
    )
    assert resolve_speakers(quotes, mentions, None, stale) == plain
    assert read_again == ["first", "second"]


def test_read_with_other_aliases_is_read_again(records: list[ArticleRecords]) -> None:
    quotes, mentions = _flat(records)
    rules = parse_aliases('[[forbid]]\nnames = ["Oren Baptiste", "Baptiste"]\n')
    entry = read_article_speakers(records[1].quotes, records[1].mentions)
    assert entry.fits(records[1].quotes, records[1].mentions, None)
    assert not entry.fits(records[1].quotes, records[1].mentions, rules)
    with_rules = resolve_speakers(quotes, mentions, rules)
    assert resolve_speakers(quotes, mentions, rules, _ahead(records).articles) == with_rules
    assert resolve_speakers(quotes, mentions, rules, _ahead(records, rules).articles) == with_rules


def test_analyze_hands_each_extracted_article_over(nlp: Any) -> None:
    articles = [article_from_text(t, k) for k, t in CORPUS.items()]
    seen: list[str] = []
    records = analyze(articles, nlp, each=lambda r: seen.append(r.article.id))
    assert seen == list(CORPUS)
    ahead = _ahead(records)
    with_ahead, plain = assemble(records, ahead=ahead.articles), assemble(records)
    assert with_ahead.speakers == plain.speakers
    assert (with_ahead.positions, with_ahead.stances) == (plain.positions, plain.stances)
    assert json_text(with_ahead.graph) == json_text(plain.graph)
