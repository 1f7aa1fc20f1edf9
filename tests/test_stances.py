"""Each stance construction, pinned on small texts written for these tests.

Every case starts from the same two statements of a fire chief that faulty
wiring caused a factory fire (so the explanation exists as a position), adds
one sentence, and checks the stance its speaker gets towards that explanation.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from kg.extract.records import extract_article
from kg.read.articles import article_from_text
from kg.run.pipeline import BuildResult, assemble, write_outputs

BASE = (
    "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory. "
    '"Faulty wiring was the main reason for the fire," Berg told reporters. '
)


def build_text(nlp: Any, text: str, doc_id: str = "a") -> BuildResult:
    """The corpus-wide result for one article held in memory."""
    return assemble([extract_article(nlp(text), article_from_text(text, doc_id))])


def stances_of(result: BuildResult, surname: str) -> set[tuple[str, str]]:
    """(position frame, stance) of every stance by the speaker whose name holds ``surname``."""
    frames = {p.id: p.frame for p in result.positions}
    names = {s.id: s.name for s in result.speakers.speakers}
    return {
        (frames[st.position], st.stance)
        for st in result.stances
        if surname.lower() in names.get(st.speaker, "").lower()
    }


def wiring_position(result: BuildResult) -> str:
    """The id of the explanation the fire chief gives."""
    names = {s.id: s.name for s in result.speakers.speakers}
    ids = {st.position for st in result.stances if "Berg" in names.get(st.speaker, "")}
    assert len(ids) == 1, ids
    return ids.pop()


@pytest.mark.parametrize(
    ("sentence", "speaker", "stance"),
    [
        # plain assertion of the same explanation
        ("Union leader Tom Hale said faulty wiring caused the fire.", "Hale", "supports"),
        # negation of the statement
        (
            "Union leader Tom Hale said faulty wiring was not the main reason for the fire.",
            "Hale",
            "disputes",
        ),
        # dispute predicate over the claim (narrated, not reported speech)
        (
            "Union leader Tom Hale rejected the claim that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # dismissive evaluation of another's claim
        ("Union leader Tom Hale said this explanation looks ridiculous.", "Hale", "disputes"),
        # a positive evaluation, negated
        ("Union leader Tom Hale said the explanation was not convincing.", "Hale", "disputes"),
        # dismissing a named speaker's statement
        (
            "Union leader Tom Hale said Berg's statement was a blatant attempt to shift blame.",
            "Hale",
            "disputes",
        ),
        # a dispute verb governing the report ("question this narrative, saying ...")
        (
            "Union leader Tom Hale questioned this explanation, saying the owners wanted "
            "to avoid paying.",
            "Hale",
            "disputes",
        ),
        # a rival explanation offered in contrast
        ("Union leader Tom Hale said other factors caused the fire.", "Hale", "disputes"),
        # a rival explanation set against this one
        (
            "Union leader Tom Hale said arson rather than faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # a claim called an excuse
        ("Union leader Tom Hale said the wiring story is a convenient excuse.", "Hale", "disputes"),
        # a denial that goes on to dismiss "the claim"
        (
            "Union leader Tom Hale said faulty wiring was not to blame and called the claim "
            "absurd.",
            "Hale",
            "disputes",
        ),
        # narration that attributes a stance to a group
        (
            "Many residents seemed to disagree with the claim that faulty wiring caused the fire.",
            "residents",
            "disputes",
        ),
        # a dispute verb the speaker says of themselves, inside the report
        (
            "Union leader Tom Hale said he doubts that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # no evidence for the claim
        (
            "Union leader Tom Hale said there is no evidence that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # "found nothing that ...": the object's clause is denied
        (
            "Union leader Tom Hale said he had seen nothing that links faulty wiring to the fire.",
            "Hale",
            "disputes",
        ),
        # "had nothing to do with"
        ("Union leader Tom Hale said wiring had nothing to do with the fire.", "Hale", "disputes"),
        # "the real cause was": a rival explanation offered in contrast
        ("Union leader Tom Hale said the real cause was understaffing.", "Hale", "disputes"),
        # "it is unlikely that X"
        (
            "Union leader Tom Hale said it was unlikely that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # a person said to be wrong: their claim is disputed
        ("Union leader Tom Hale said the chief is wrong.", "Hale", "disputes"),
        # approval of another's claim: an evaluation, "makes sense", an endorsing verb
        ("Union leader Tom Hale said Berg's explanation is correct.", "Hale", "supports"),
        ("Union leader Tom Hale said the explanation makes sense.", "Hale", "supports"),
        ("Union leader Tom Hale said he agrees with Berg.", "Hale", "supports"),
        ("Union leader Tom Hale backed the chief's account.", "Hale", "supports"),
        # "no doubt that" affirms
        (
            "Union leader Tom Hale said there is no doubt that faulty wiring caused the fire.",
            "Hale",
            "supports",
        ),
        # "unlikely that ... related to": a hedged denial
        (
            "Union leader Tom Hale said it seems unlikely that the fire was related to the wiring.",
            "Hale",
            "disputes",
        ),
        # doubt as an adjective, as a noun cast on a claim, and "questions whether"
        (
            "Union leader Tom Hale said he was sceptical that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        (
            "Union leader Tom Hale cast doubt on the claim that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        (
            "Union leader Tom Hale questions whether faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # a link called hard to make, a thing called rare
        (
            "Union leader Tom Hale said it is hard to link the fire to the wiring.",
            "Hale",
            "disputes",
        ),
        (
            "Union leader Tom Hale said fires caused by faulty wiring were extremely rare.",
            "Hale",
            "disputes",
        ),
        # "rubbish" of the claim named by its terms
        ("Union leader Tom Hale said the wiring story was rubbish.", "Hale", "disputes"),
        # a confirmation withheld takes no side; a refusal to accept disputes
        (
            "Union leader Tom Hale refused to confirm that faulty wiring caused the fire.",
            "Hale",
            "neutral",
        ),
        (
            "Union leader Tom Hale refused to accept that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # a phrasal verb of rejection with the claim as its object
        (
            "Union leader Tom Hale ruled out faulty wiring as the cause of the fire.",
            "Hale",
            "disputes",
        ),
        # a hope voiced takes no side; doubts voiced dispute
        (
            "Union leader Tom Hale expressed hope that faulty wiring caused the fire.",
            "Hale",
            "neutral",
        ),
        (
            "Union leader Tom Hale expressed doubts that faulty wiring caused the fire.",
            "Hale",
            "disputes",
        ),
        # rumours and speculation stand for someone's claim
        ("Union leader Tom Hale described the rumours as wishful thinking.", "Hale", "disputes"),
        ("Union leader Tom Hale said the speculation was rubbish.", "Hale", "disputes"),
        # a hedged "one of the most likely causes" still supports
        (
            "Union leader Tom Hale said faulty wiring was one of the most likely causes "
            "of the fire.",
            "Hale",
            "supports",
        ),
        # a conditional takes no side
        (
            "Union leader Tom Hale said that if faulty wiring caused the fire, "
            "the owners must pay.",
            "Hale",
            "neutral",
        ),
    ],
)
def test_stance_construction(nlp: Any, sentence: str, speaker: str, stance: str) -> None:
    result = build_text(nlp, BASE + sentence)
    target = wiring_position(result)
    names = {s.id: s.name for s in result.speakers.speakers}
    got = {
        st.stance
        for st in result.stances
        if st.position == target and speaker.lower() in names.get(st.speaker, "").lower()
    }
    assert got == {stance}


def test_a_question_is_neutral(nlp: Any) -> None:
    result = build_text(
        nlp, BASE + '"Did faulty wiring cause the fire?" union leader Tom Hale asked.'
    )
    target = wiring_position(result)
    names = {s.id: s.name for s in result.speakers.speakers}
    got = {st.stance for st in result.stances if "Hale" in names.get(st.speaker, "")}
    assert got == {"neutral"}
    assert all(st.position == target for st in result.stances)


def test_supporter_is_never_a_disputer(nlp: Any) -> None:
    result = build_text(nlp, BASE + "Union leader Tom Hale said this explanation looks absurd.")
    assert stances_of(result, "Berg") == {("cause", "supports")}


def test_stance_carries_evidence_offsets(nlp: Any) -> None:
    text = BASE + "Union leader Tom Hale said faulty wiring was not the main reason for the fire."
    result = build_text(nlp, text)
    assert result.stances
    for st in result.stances:
        assert text[st.start : st.end] == st.text
        assert 0.0 < st.confidence <= 1.0
        assert st.cue


def test_stance_rows_schema(nlp: Any, tmp_path: Any) -> None:
    text = BASE + "Union leader Tom Hale said faulty wiring was not the main reason for the fire."
    result = build_text(nlp, text)
    write_outputs(result, tmp_path)
    lines = (tmp_path / "stances.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    # Checked against the build's stances and the text, not the function that wrote them.
    assert sorted((r["doc"], r["start"], r["end"], r["stance"]) for r in rows) == sorted(
        (st.doc, st.start, st.end, st.stance) for st in result.stances
    )
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["position"] in {p.id for p in result.positions}
    keys = {
        "speaker",
        "aliases",
        "type",
        "position",
        "position_label",
        "stance",
        "confidence",
        "doc",
        "text",
        "start",
        "end",
    }
    assert rows and all(set(r) == keys for r in rows)
    assert {r["stance"] for r in rows} == {"supports", "disputes"}
    assert all(r["type"] in ("person", "organization", "group") for r in rows)
    assert all(isinstance(r["aliases"], list) for r in rows)


def test_agree_and_conflict_edges(nlp: Any) -> None:
    text = (
        BASE
        + "Inspector Carl Moss said faulty wiring caused the fire. "
        + "Union leader Tom Hale said faulty wiring was not the main reason for the fire."
    )
    g = build_text(nlp, text).graph
    labels = {n: d.get("label") for n, d in g.nodes(data=True)}
    pairs = {
        (data["relation"], frozenset((labels[u], labels[v])))
        for u, v, data in g.edges(data=True)
        if data.get("relation") in ("agrees", "conflicts")
    }
    assert ("agrees", frozenset(("Anna Berg", "Carl Moss"))) in pairs
    assert ("conflicts", frozenset(("Anna Berg", "Tom Hale"))) in pairs
    assert ("conflicts", frozenset(("Carl Moss", "Tom Hale"))) in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Union leader Tom Hale and inspector Carl Moss said faulty wiring was not the main "
        "reason for the fire.",
        "Both union leader Tom Hale and inspector Carl Moss rejected the claim that faulty "
        "wiring caused the fire.",
    ],
)
def test_every_member_of_a_joint_source_takes_the_stance(nlp: Any, sentence: str) -> None:
    result = build_text(nlp, BASE + sentence)
    assert stances_of(result, "Hale") == {("cause", "disputes")}
    assert stances_of(result, "Moss") == {("cause", "disputes")}


def test_these_estimates_dispute_the_figures_not_the_explanation(nlp: Any) -> None:
    text = (
        BASE + "City officials said 400 homes were destroyed by the fire. "
        "The mayor said hundreds of homes were destroyed. "
        "Some residents say these estimates are exaggerated."
    )
    result = build_text(nlp, text)
    assert stances_of(result, "residents") == {("figure", "disputes")}


def test_a_hedge_lowers_the_confidence_of_support(nlp: Any) -> None:
    plain = build_text(nlp, BASE + "Union leader Tom Hale said faulty wiring caused the fire.")
    hedged = build_text(
        nlp,
        BASE + "Union leader Tom Hale said faulty wiring was one of the most likely causes "
        "of the fire.",
    )

    def confidence(result: BuildResult) -> float:
        names = {s.id: s.name for s in result.speakers.speakers}
        return max(st.confidence for st in result.stances if "Hale" in names[st.speaker])

    assert confidence(hedged) < confidence(plain)


def test_not_knowing_until_today_denies_nothing(nlp: Any) -> None:
    # "did not know X until today": X is now known, the negation tells of a change
    text = BASE + (
        "Union leader Tom Hale said he did not know that faulty wiring caused fires until today."
    )
    assert stances_of(build_text(nlp, text), "Hale") == {("cause", "supports")}


def test_a_bad_state_said_with_not_is_no_denial(nlp: Any) -> None:
    # "was not fine" asserts a bad state; it does not dispute the wiring explanation
    text = BASE + "Union leader Tom Hale said the wiring in the factory was not fine."
    assert ("cause", "disputes") not in stances_of(build_text(nlp, text), "Hale")
