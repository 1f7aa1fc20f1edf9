"""The graph model: node and edge kinds, scalar attributes, derived discourse edges."""

from __future__ import annotations

from kg.assemble.positions import Position, Stance
from kg.assemble.speakers import Speaker, SpeakerIndex
from kg.outputs.graph import DERIVED_SPEAKERS_PER_SIDE, attr_list, build_graph
from kg.read.articles import article_from_text


def _graph(supporters: int, disputers: int) -> object:
    article = article_from_text("Headline of a story\n\nBody.", "a")
    ids = [f"s{i:02d}" for i in range(supporters + disputers)]
    speakers = SpeakerIndex(tuple(Speaker(i, f"Speaker {i}", "person") for i in ids))
    stances = [
        Stance(sid, "p", "supports" if n < supporters else "disputes", 0.9, "a", "x", 0, 1)
        for n, sid in enumerate(ids)
    ]
    # The first supporter speaks three times: the most active is always kept.
    stances += [Stance(ids[0], "p", "supports", 0.9, "a", "x", 2 + i, 3 + i) for i in range(2)]
    return build_graph([article], [], speakers, [Position("p", "the plan", ("plan",))], stances)


def _derived(g: object, relation: str) -> list[tuple[str, str]]:
    return [(u, v) for u, v, d in g.edges(data=True) if d["relation"] == relation]  # type: ignore[attr-defined]


def test_agrees_and_conflicts_pair_every_speaker_of_a_small_position() -> None:
    g = _graph(3, 2)
    assert len(_derived(g, "agrees")) == 3 + 1
    assert len(_derived(g, "conflicts")) == 3 * 2
    for _, _, d in g.edges(data=True):  # type: ignore[attr-defined]
        assert all(isinstance(v, str | int | float | bool) for v in d.values())


def test_derived_edges_are_capped_per_side_but_stance_edges_are_not() -> None:
    many = DERIVED_SPEAKERS_PER_SIDE + 8
    g = _graph(many, many)
    k = DERIVED_SPEAKERS_PER_SIDE
    assert len(_derived(g, "agrees")) == 2 * (k * (k - 1) // 2)
    assert len(_derived(g, "conflicts")) == k * k
    assert len(_derived(g, "stance")) == 2 * many
    assert any("speaker:s00" in pair for pair in _derived(g, "agrees"))
    position = g.nodes["position:p"]  # type: ignore[attr-defined]
    assert position["n_supports"] == many + 2 and attr_list(position, "terms") == ["plan"]


def test_stance_edges_are_dated_by_their_evidence_articles() -> None:
    from dataclasses import replace

    texts = {"late": "2023-01-05", "undated": None, "early": "2023-01-02"}
    articles = [
        replace(article_from_text("Headline\n\nBody.", doc), date=date, outlet="Ledger")
        for doc, date in texts.items()
    ]
    speakers = SpeakerIndex((Speaker("s", "Ann Lee", "person"),))
    stances = [Stance("s", "p", "supports", 0.9, doc, "x", 0, 1) for doc in texts]
    g = build_graph(articles, [], speakers, [Position("p", "the plan", ("plan",))], stances)
    edge = g.edges["speaker:s", "position:p", "supports"]
    assert (edge["first_date"], edge["last_date"]) == ("2023-01-02", "2023-01-05")
    evidence = attr_list(edge, "evidence")
    assert [(ev["doc"], ev.get("date")) for ev in evidence] == [
        ("undated", None),
        ("early", "2023-01-02"),
        ("late", "2023-01-05"),
    ]
    node = g.nodes["article:late"]
    assert (node["date"], node["outlet"], node["row"]) == ("2023-01-05", "Ledger", 0)
    assert node["text_file"] == "texts/late.txt"


def test_the_page_shows_an_articles_outlet_and_each_statements_date() -> None:
    from dataclasses import replace

    from kg.outputs.render import page_data

    article = replace(
        article_from_text("Headline\n\nBody.", "a"),
        date="2023-01-04",
        outlet="The Coastal Ledger",
        url="https://ledger.example.org/a",
        path="archive.csv",
        row=3,
    )
    speakers = SpeakerIndex((Speaker("s", "Ann Lee", "person"),))
    stances = [Stance("s", "p", "supports", 0.9, "a", "x", 0, 1)]
    g = build_graph([article], [], speakers, [Position("p", "the plan", ("plan",))], stances)
    data = page_data(g, layout={})
    (node,) = [n for n in data["nodes"] if n["id"] == "article:a"]
    info = dict(node["info"])
    assert info["date"] == "2023-01-04" and info["outlet"] == "The Coastal Ledger"
    assert info["address"] == "https://ledger.example.org/a"
    assert info["file"] == "archive.csv, row 3" and info["text"] == "texts/a.txt"
    (edge,) = [e for e in data["edges"] if e["relation"] == "stance"]
    assert edge["dates"] == "2023-01-04" and edge["evidence"][0]["date"] == "2023-01-04"
