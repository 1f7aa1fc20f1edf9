"""How long corpus-wide speaker merging takes, on synthetic articles' worth of speaker mentions.

Invents a population of people (syllable names, some with transliteration
variants), organisations (country x head) and groups, then writes N articles
of quotes naming them the way news does (title + full name first, surname
later, pronouns with antecedents, "the ministry", "officials"), with the
entity mentions collect_mentions would give. Times resolve_speakers alone
(no parsing) and prints the figures for several corpus sizes, so the growth
can be read off (blocking keeps it near linear).

With ``--corpus DIR`` the records are real instead: the articles of DIR are
parsed once and their quotes and mentions repeated under new article ids up
to each size (real mention density, about 90 mentions and 18 quotes an article).

Usage::

    .venv/bin/python scripts/bench_speakers.py            # 250, 500, 1000, 2000 articles
    .venv/bin/python scripts/bench_speakers.py --articles 1000 --repeat 3
    .venv/bin/python scripts/bench_speakers.py --corpus seeds/ --articles 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time

from kg.assemble.speakers import resolve_speakers
from kg.extract.mentions import EntityMention
from kg.extract.quotes import Quote, Span

SYLLABLES = ["ka", "lo", "mi", "ren", "sto", "va", "dri", "per", "shen", "tov", "lin", "gor"]
SYLLABLES += ["bar", "ne", "sa", "ko", "vich", "ul", "man", "er", "son", "ber", "ta", "di"]
FIRST = ["Anna", "Ivan", "Maria", "John", "Olena", "Piotr", "Sara", "Dmitri", "Eva", "Omar"]
FIRST += ["Lena", "Tomas", "Nadia", "Karl", "Rita", "Yusuf", "Ines", "Pavel", "Mira", "Luis"]
TITLES = ["Gen.", "Lt. Gen.", "President", "Foreign Minister", "spokesperson", "Col.", "Dr."]
COUNTRIES = ["Russian", "British", "French", "German", "Polish", "Ukrainian", "Turkish", "Iranian"]
ORGS = ["Defense Ministry", "Foreign Ministry", "Interior Ministry", "Army", "General Staff"]
GROUPS = ["officials", "analysts", "bloggers", "diplomats", "lawmakers", "soldiers"]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize() + "y"


def variant(name: str, rng: random.Random) -> str:
    """A transliteration variant: -y / -iy / -yy endings."""
    return name[:-1] + rng.choice(["y", "iy", "yy", "i"])


class Article:
    """Writes one synthetic article's quotes at increasing offsets."""

    def __init__(self, doc: str, quotes: list[Quote]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.pos = 0

    def add(self, mention: str, kind: str, antecedent: Span | None = None) -> None:
        span = Span(self.pos, self.pos + len(mention), mention)
        start = span.end + 6
        self.quotes.append(
            Quote(
                self.doc,
                start,
                start + 20,
                "x" * 20,
                "indirect",
                mention=span,
                mention_kind=kind,  # type: ignore[arg-type]
                antecedent=antecedent,
            )
        )
        self.pos = start + 22


def synthesise(n_articles: int, seed: int = 7) -> tuple[list[Quote], list[EntityMention]]:
    rng = random.Random(seed)
    people = [(rng.choice(FIRST), surname(rng), rng.choice(TITLES)) for _ in range(n_articles * 3)]
    quotes: list[Quote] = []
    mentions: list[EntityMention] = []
    for a in range(n_articles):
        art = Article(f"doc{a:05d}", quotes)
        # A few people per article, seen in full with a title, then by surname or pronoun.
        for first, last, title in rng.sample(people, 6):
            last = variant(last, rng) if rng.random() < 0.2 else last
            full = f"{first} {last}"
            start = art.pos + len(title) + 1
            mentions.append(EntityMention(art.doc, start, start + len(full), full, "PERSON", title))
            art.add(f"{title} {full}", "name")
            intro = Span(start, start + len(full), full)
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.5:
                    art.add(last, "name")
                else:
                    art.add("he", "pronoun", intro)
        # Organisations of two countries, then "the ministry".
        for country in rng.sample(COUNTRIES, 2):
            org = f"The {country} {rng.choice(ORGS)}"
            mentions.append(EntityMention(art.doc, art.pos, art.pos + len(org), org, "ORG"))
            art.add(org, "name")
            art.add("the ministry" if "Ministry" in org else "it", "nominal")
        # Groups.
        for group in rng.sample(GROUPS, 2):
            art.add(f"{rng.choice(COUNTRIES)} {group}", "nominal")
            art.add(group, "nominal")
    return quotes, mentions


def replicate(corpus: str, n_articles: int) -> tuple[list[Quote], list[EntityMention]]:
    """The quotes and mentions of the articles in ``corpus``, repeated to ``n_articles``."""
    from kg.run.pipeline import analyze, load_articles

    articles, _skipped, _warnings = load_articles([corpus])
    records = analyze(articles)
    quotes: list[Quote] = []
    mentions: list[EntityMention] = []
    for n in range(n_articles):
        r = records[n % len(records)]
        doc = f"{r.article.id}#{n}"
        quotes += [dataclasses.replace(q, doc=doc) for q in r.quotes]
        mentions += [dataclasses.replace(m, doc=doc) for m in r.mentions]
    return quotes, mentions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[250, 500, 1000, 2000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (best is printed)")
    parser.add_argument("--corpus", default=None, help="repeat the real records of this folder")
    args = parser.parse_args(argv)
    # CPU time next to wall time: the machine may be shared, and CPU time is what merging costs.
    print("articles  quotes  mentions  speakers  merge seconds (wall)  (cpu)")
    for n in args.articles:
        quotes, mentions = replicate(args.corpus, n) if args.corpus else synthesise(n)
        best = best_cpu = float("inf")
        index = None
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            index = resolve_speakers(quotes, mentions)
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        assert index is not None
        print(
            f"{n:8d}  {len(quotes):6d}  {len(mentions):8d}  {len(index.speakers):8d}"
            f"  {best:20.3f}  {best_cpu:5.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
