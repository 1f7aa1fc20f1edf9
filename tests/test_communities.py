"""Positions grown from the words several speakers share (kg.assemble.positions.communities).

The texts are written for these tests: a harbour whose pier collapsed, with a
contested explanation (storm damage) told in several words by several people.
"""

from __future__ import annotations

from typing import Any

from kg.assemble.positions.communities import find_communities, term_index
from kg.assemble.positions.corpus import Corpus, build_corpus
from kg.extract.records import extract_article
from kg.read.articles import article_from_text
from kg.run.pipeline import BuildResult, assemble

TEXTS = {
    "a": "Harbour master Ola Berg said the storm surge cracked the pilings. "
    "Engineer Mia Ross said the cracked pilings let the pier sag. "
    "Diver Tom Hale said the report was a myth.",
    "b": "Mayor Jo Park said the cracked pilings were the work of the storm surge. "
    "Captain Ann Lee said the storm surge never reached the pilings. "
    "Fisher Tim Cole said the plan was a myth.",
}


def _records(nlp: Any, texts: dict[str, str]) -> list[Any]:
    return [extract_article(nlp(t), article_from_text(t, doc_id)) for doc_id, t in texts.items()]


def _corpus(nlp: Any, texts: dict[str, str]) -> Corpus:
    records = _records(nlp, texts)
    result = assemble(records)
    claims = [c for r in records for c in r.claims]
    return build_corpus(result.quotes, claims, result.speakers)


def _build(nlp: Any, texts: dict[str, str]) -> BuildResult:
    return assemble(_records(nlp, texts))


def test_stance_words_are_never_topics(nlp: Any) -> None:
    # "myth" is said by two speakers in two articles, but it takes a side: no topic
    index = term_index(_corpus(nlp, TEXTS))
    assert any("myth" in terms for terms in index.focus) is False
    assert "myth" not in index.candidates
    assert "surge" in index.candidates


def test_a_community_gathers_the_words_said_together(nlp: Any) -> None:
    corpus = _corpus(nlp, TEXTS)
    communities = find_communities(corpus, term_index(corpus))
    # the storm surge, the storm and the cracks are one proposition said in several words
    storm = [cm for cm in communities if "surge" in cm.terms]
    assert len(storm) == 1
    assert {"storm", "crack"} <= storm[0].terms
    speakers = {corpus.items[i].speaker for i in storm[0].claims}
    assert len(speakers) >= 3


def test_a_dispute_is_marked_contested_and_listed_first(nlp: Any) -> None:
    result = _build(nlp, TEXTS)
    assert result.positions, "the storm explanation is a position"
    first = result.positions[0]
    assert first.contested
    names = {s.id: s.name for s in result.speakers.speakers}
    sides = {
        (names[st.speaker].split()[-1], st.stance)
        for st in result.stances
        if st.position == first.id
    }
    assert ("Lee", "disputes") in sides
    assert any(side == "supports" for _, side in sides)
    # positions nobody disputes come after every contested one
    flags = [p.contested for p in result.positions]
    assert flags == sorted(flags, reverse=True)


def test_a_topic_nobody_argues_about_is_no_community_position(nlp: Any) -> None:
    texts = {
        "a": "Harbour master Ola Berg said the ferry leaves at noon. "
        "Engineer Mia Ross said the ferry carries forty cars.",
    }
    result = _build(nlp, texts)
    assert not any(p.contested for p in result.positions)


def test_a_claim_about_what_will_happen_and_its_denial(nlp: Any) -> None:
    # "will not be starring as" disputes "will star as", across articles
    texts = {
        "a": "Screenwriter Ann Ruiz said Tom Hale will star as the inventor in the new film.",
        "b": "The trade paper Screen Daily reported that Tom Hale will not be starring as the "
        "inventor. Producer Jo Park said the studio had moved the premiere.",
        "c": "Agent Mia Ross said Hale will star as the inventor next spring.",
    }
    result = _build(nlp, texts)
    names = {s.id: s.name for s in result.speakers.speakers}
    sides = {(names[st.speaker].split()[-1], st.stance) for st in result.stances}
    assert {("Ruiz", "supports"), ("Daily", "disputes"), ("Ross", "supports")} <= sides
    assert result.positions[0].contested


def test_a_denial_in_the_first_person_disputes_the_accusation(nlp: Any) -> None:
    # "We never pressured anybody" disputes "officials pressured the board"
    texts = {
        "a": "Teacher Ann Ruiz said city officials pressured the school board to close the "
        "library. Parent Tom Hale said the officials pressured the board for months.",
        "b": '"We never pressured anybody," city spokesman Jo Park said.',
    }
    result = _build(nlp, texts)
    names = {s.id: s.name for s in result.speakers.speakers}
    sides = {(names[st.speaker].split()[-1], st.stance) for st in result.stances}
    assert sides == {("Ruiz", "supports"), ("Hale", "supports"), ("Park", "disputes")}


def test_a_point_granted_then_set_aside_is_disputed(nlp: Any) -> None:
    # "while sabotage cannot be ruled out, ... suggests something else" disputes sabotage
    texts = {
        "a": "Owner Ann Ruiz said sabotage caused the fire at the depot. "
        "Guard Tom Hale said sabotage was behind the fire.",
        "b": "Inspector Jo Park said that while sabotage cannot be ruled out, the lack of any "
        "forced entry suggests something else.",
    }
    result = _build(nlp, texts)
    names = {s.id: s.name for s in result.speakers.speakers}
    sides = {(names[st.speaker].split()[-1], st.stance) for st in result.stances}
    assert sides == {("Ruiz", "supports"), ("Hale", "supports"), ("Park", "disputes")}


def test_a_claim_filed_elsewhere_names_a_community_by_its_key_term() -> None:
    """A claim an anchor filed under another position still takes a stance on the
    community whose key term it names in a main role, more than the key of its own
    position; a term commoner than that key (the story's product) does not count."""
    from kg.assemble.positions.communities import Community, TermIndex, _names

    index = TermIndex(
        focus=[
            {"deal": 2.0, "represent": 1.0},
            {"pact": 2.0, "represent": 1.0},
            {"phone": 1.5, "hinge": 1.0},
        ],
        claims_of={},
        idf={"pact": 2.0, "represent": 2.5, "phone": 1.1, "hinge": 2.0},
        candidates=frozenset(),
    )
    envoy = Community("represent", "represent", frozenset({"represent"}), frozenset(), "claim")
    assert _names(index, 0, envoy, "pact")  # filed under 'pact' without naming it
    assert not _names(index, 1, envoy, "pact")  # says 'pact' more than 'represent'
    product = Community("phone", "phone", frozenset({"phone"}), frozenset(), "claim")
    assert not _names(index, 2, product, "hinge")  # 'phone' is commoner than 'hinge'
