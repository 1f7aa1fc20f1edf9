"""Shared fixtures: the real spaCy model and the seed corpus, each loaded once per session."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: ../shared exists only on the development machines and in CI.
SHARED = ROOT.parent / "shared"


def load_script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` (scripts are not a package) as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def _kg_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """`kg build` and `kg quotes` cache into a session folder, not .kg-cache/ in the repo."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("kg-cache")))
        yield


@pytest.fixture(scope="session")
def nlp() -> Any:
    from kg.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_result() -> Any:
    """The build of seeds/ (made once; tests must not modify it)."""
    from kg.run.pipeline import build

    return build([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph_dir(seeds_result: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding every output of the seeds build."""
    from kg.run.pipeline import write_outputs

    out = tmp_path_factory.mktemp("seeds-out")
    write_outputs(seeds_result, out)
    return out


@pytest.fixture(scope="session")
def seeds_gold() -> dict[str, Any]:
    path = SHARED / "eval" / "seeds-gold.json"
    if not path.exists():
        pytest.skip("../shared/eval/seeds-gold.json is not present (only in development and CI)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    path = SHARED / "data" / "polnear"
    if not path.is_dir():
        pytest.skip("../shared/data/polnear is not present (only in development and CI)")
    return path


def corpus_graph(nlp: Any, corpus: dict[str, str]) -> Any:
    """The kg graph of a small corpus of our own ({article id: text}), built with the
    library: real parse, extraction and assembly, no files."""
    from kg.extract.records import extract_article
    from kg.read.articles import article_from_text
    from kg.run.pipeline import assemble

    records = [extract_article(nlp(t), article_from_text(t, k)) for k, t in corpus.items()]
    return assemble(records).graph


def file_stances(
    g: Any, corpus: dict[str, str], filed: dict[str, tuple[str, str]], position: str
) -> None:
    """File each speaker's statement (``filed``: speaker node -> (doc, text)) as support of
    ``position`` by hand, as a larger corpus files statements about a topic."""
    for speaker, (doc, text) in filed.items():
        assert speaker in g, speaker
        start = corpus[doc].index(text)
        evidence = [{"doc": doc, "text": text, "start": start, "end": start + len(text)}]
        g.add_edge(
            speaker,
            position,
            relation="stance",
            stance="supports",
            weight=1,
            confidence=0.65,
            evidence=json.dumps(evidence),
        )


def speaker_of(text: str, content: str) -> str | None:
    """The speaker name kg gives the quote of one article of our own whose content starts
    with ``content`` (the whole build: parse, extraction, assembly); an error if no quote."""
    from kg.run.pipeline import build_from_texts

    result = build_from_texts({"a": text})
    for q in result.quotes:
        if q.text.startswith(content):
            s = result.speakers.speaker_of(q)
            return s.name if s is not None else None
    raise AssertionError(f"no quote {content!r}: {[q.text for q in result.quotes]}")


def speaker_names(texts: dict[str, str]) -> dict[str, str]:
    """Quote text -> the speaker name kg gives it, over a whole build of our own articles
    (empty for a quote with no speaker)."""
    from kg.run.pipeline import build_from_texts

    result = build_from_texts(texts)
    out = {}
    for q in result.quotes:
        s = result.speakers.speaker_of(q)
        out[q.text] = s.name if s is not None else ""
    return out


def speaker_stances(g: Any, speaker: str) -> set[tuple[str, str]]:
    """The (stance, position id) pairs of one speaker node of a built graph."""
    return {
        (str(d.get("stance")), v)
        for _, v, d in g.out_edges(speaker, data=True)
        if d.get("relation") == "stance"
    }


def stances_about(g: Any, speaker: str) -> list[list[str]]:
    """For each piece of evidence of one speaker's stances, the people it is about."""
    return [
        e.get("about", "").split()
        for _, _, d in g.out_edges(speaker, data=True)
        if d.get("relation") == "stance"
        for e in json.loads(d["evidence"])
    ]


def corpus_speakers(nlp: Any, corpus: dict[str, str]) -> Any:
    """The speaker index of a small corpus of our own ({article id: text}): real parse,
    quote and mention extraction, then speaker resolution."""
    from kg.assemble.speakers import resolve_speakers
    from kg.extract.mentions import collect_mentions
    from kg.extract.quotes import extract_quotes

    quotes, mentions = [], []
    for doc_id, text in corpus.items():
        doc = nlp(text)
        quotes.extend(extract_quotes(doc, doc_id))
        mentions.extend(collect_mentions(doc, doc_id))
    return resolve_speakers(quotes, mentions)


def _hand_graph(text: str = "the dam gave way", name: str = "hand-made") -> Any:
    """A small kg graph built by hand: three speakers, two positions, one article.

    ``text`` is put in every quote, label and title, so tests can pass hostile
    text (markup, control characters) through every place the graph shows text.
    """
    import networkx as nx

    from kg.outputs.graph import (
        SCHEMA_VERSION,
        article_node,
        position_node,
        speaker_node,
        to_json_attr,
    )

    def ev(start: int, cue: str = "said") -> str:
        return to_json_attr(
            [
                {
                    "doc": "a1",
                    "text": f"{text} #{start}",
                    "start": start,
                    "end": start + 9,
                    "cue": cue,
                }
            ]
        )

    g = nx.MultiDiGraph(name=f"{name} {text}", schema_version=SCHEMA_VERSION)
    a, p, q = article_node("a1"), position_node("dam"), position_node("rain")
    ann, agency, res = speaker_node("ann-lee"), speaker_node("agency"), speaker_node("residents")
    g.add_node(a, kind="article", label=f"Article {text}", doc="a1", path="a1.txt", n_quotes=5)
    speakers = [
        (ann, "Ann Lee", "person", 3),
        (agency, "the water agency", "organization", 1),
        (res, "local residents", "group", 1),
    ]
    for node, label, typ, n in speakers:
        g.add_node(
            node,
            kind="speaker",
            label=label,
            type=typ,
            aliases=to_json_attr([label, f"alias {text}"]),
            role="",
            affiliation="",
            docs=to_json_attr(["a1"]),
            n_quotes=n,
            merges=to_json_attr([]),
        )
        g.add_edge(node, a, key="quoted_in", relation="quoted_in", weight=n, evidence=ev(n))
    g.add_node(
        p,
        kind="position",
        label=f"the dam failed {text}",
        type="position",
        terms=to_json_attr(["dam"]),
        n_supports=3,
        n_disputes=1,
        n_neutral=0,
    )
    g.add_node(
        q,
        kind="position",
        label="rain",
        type="position",
        terms=to_json_attr(["rain"]),
        n_supports=0,
        n_disputes=0,
        n_neutral=1,
    )
    for u, v, stance, w in [
        (ann, p, "supports", 2),
        (res, p, "supports", 1),
        (agency, p, "disputes", 1),
        (agency, q, "neutral", 1),
    ]:
        g.add_edge(
            u,
            v,
            key=stance,
            relation="stance",
            stance=stance,
            weight=w,
            confidence=0.8,
            evidence=ev(10 * w, cue="insisted"),
        )
    g.add_edge(ann, res, key="agrees", relation="agrees", weight=1, positions=to_json_attr(["dam"]))
    g.add_edge(
        agency,
        ann,
        key="conflicts",
        relation="conflicts",
        weight=1,
        positions=to_json_attr(["dam"]),
    )
    return g


@pytest.fixture(scope="session")
def hand_graph() -> Any:
    """Factory: ``hand_graph(text)`` -> a small hand-made kg graph holding ``text`` everywhere."""
    return _hand_graph
