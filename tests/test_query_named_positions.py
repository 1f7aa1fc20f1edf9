"""A question is read as the position it names (h17d): of the positions its words fit,
one whose key terms or label the claim uses, and of those the one named in what a
copular claim says its subject is ("the painting is a forgery": the forgery, not the
painting every speaker mentions). A position the claim does not name at all, found only
through the words its speakers used, is no reading of the claim: the statements that say
it answer. A claim that denies itself ("the tape was faked") said by a topic's
supporters in those words asks for its supporters, not its disputers."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.outputs.graph import (
    SCHEMA_VERSION,
    article_node,
    position_node,
    speaker_node,
    to_json_attr,
)
from kg.query import answer_question

#: (speaker, position, stance, statement)
Row = tuple[str, str, str, str]


def _graph(
    positions: dict[str, list[str]],
    rows: list[Row],
    figures: tuple[str, ...] = (),
    aliases: dict[str, list[str]] | None = None,
) -> nx.MultiDiGraph:
    """A kg graph built by hand: one article holding every statement in order, each
    position labelled by its first term (of the frame ``figure`` when in ``figures``),
    its aliases that term (or those ``aliases`` gives it), each statement a quote and a
    stance edge."""
    g = nx.MultiDiGraph(name="hand-made", schema_version=SCHEMA_VERSION)
    text = " ".join(r[3] + "." for r in rows)
    art = article_node("a1")
    g.add_node(art, kind="article", label="A", doc="a1", path="a1.txt", n_quotes=len(rows))
    for key, terms in positions.items():
        g.add_node(
            position_node(key),
            kind="position",
            label=terms[0],
            type="position",
            terms=to_json_attr(terms),
            aliases=to_json_attr((aliases or {}).get(key, [terms[0]])),
            frame="figure" if key in figures else "claim",
            n_supports=1,
            n_disputes=1,
            n_neutral=0,
            contested=True,
        )
    quotes: dict[str, list[dict[str, Any]]] = {}
    at = 0
    for name, key, stance, said in rows:
        start = text.index(said, at)
        at = start + len(said)
        ev = {"doc": "a1", "text": said, "start": start, "end": at, "cue": "said"}
        node = speaker_node(name.lower().replace(" ", "-"))
        if node not in g:
            g.add_node(
                node,
                kind="speaker",
                label=name,
                type="person",
                aliases=to_json_attr([name]),
                role="",
                affiliation="",
                docs=to_json_attr(["a1"]),
                n_quotes=0,
                merges=to_json_attr([]),
            )
        quotes.setdefault(node, []).append(ev)
        g.add_edge(
            node,
            position_node(key),
            key=stance,
            relation="stance",
            stance=stance,
            weight=1,
            confidence=0.8,
            evidence=to_json_attr([ev]),
        )
    for node, evs in quotes.items():
        g.nodes[node]["n_quotes"] = len(evs)
        g.add_edge(
            node,
            art,
            key="quoted_in",
            relation="quoted_in",
            weight=len(evs),
            evidence=to_json_attr(evs),
        )
    return g


def _who(g: nx.MultiDiGraph, question: str) -> set[str]:
    return {a.speaker for a in answer_question(g, question).answers}


PAINTING = _graph(
    {"painting": ["painting"], "forgery": ["forgery"]},
    [
        ("Ann Lee", "painting", "supports", "the painting hangs in the wrong room"),
        ("Ann Lee", "forgery", "supports", "it is a forgery made last year"),
        ("Tom Reed", "painting", "supports", "the painting is a fine painting of the coast"),
        ("Tom Reed", "painting", "supports", "the painting is a treasure and no forgery"),
        ("Tom Reed", "forgery", "disputes", "it is no forgery"),
        ("Mia Chen", "painting", "supports", "the painting draws crowds to the painting room"),
        ("Mia Chen", "painting", "supports", "the painting is a forgery of a painting"),
        ("Sam Ortiz", "painting", "disputes", "the painting was never in the museum"),
        ("Sam Ortiz", "forgery", "supports", "the forgery fooled the museum"),
    ],
)


def test_the_position_named_by_what_the_subject_is_said_to_be() -> None:
    assert answer_question(PAINTING, "who says the painting is a forgery").position == "forgery"
    assert "Tom Reed" not in _who(PAINTING, "who says the painting is a forgery")


def test_a_claim_about_the_subject_alone_still_reads_its_topic() -> None:
    assert answer_question(PAINTING, "who says the painting was stolen").position == "painting"


HARBOUR = _graph(
    {"harbour": ["harbour"], "storm": ["storm"]},
    [
        ("Ann Lee", "harbour", "supports", "the ferry sank outside the harbour"),
        ("Tom Reed", "harbour", "supports", "the ferry sank at the harbour wall"),
        ("Pat Moss", "harbour", "supports", "the harbour is too small for big boats"),
        ("Pat Moss", "storm", "supports", "the storm was the worst in years"),
        ("Sam Ortiz", "harbour", "disputes", "the harbour is not too small"),
        ("Sam Ortiz", "storm", "disputes", "the storm was mild"),
    ],
)


def test_a_position_the_claim_does_not_name_answers_only_through_its_statements() -> None:
    # "harbour" fits "the ferry sank" only by what its speakers said with it: the
    # speakers who say the ferry sank answer, not all who speak of the harbour.
    assert _who(HARBOUR, "who says the ferry sank") == {"Ann Lee", "Tom Reed"}


TAPE = _graph(
    {"tape": ["tape"], "mayor": ["mayor"]},
    [
        ("Ann Lee", "tape", "supports", "the tape was faked by a rival"),
        ("Tom Reed", "tape", "supports", "the tape was faked and cut"),
        ("Pat Moss", "tape", "disputes", "the tape is real and uncut"),
        ("Pat Moss", "mayor", "supports", "the mayor spoke at noon"),
        ("Sam Ortiz", "mayor", "disputes", "the mayor was away"),
    ],
)


def test_a_denying_claim_said_by_a_topics_supporters_asks_for_them() -> None:
    assert _who(TAPE, "who says the tape was faked") == {"Ann Lee", "Tom Reed"}
    assert _who(TAPE, "who denies that the tape was faked") == {"Pat Moss"}


CLIP = _graph(
    {"video": ["video"], "mayor": ["mayor"]},
    [
        ("Ann Lee", "video", "supports", "the video shows the mayor at the door"),
        ("Pat Moss", "video", "disputes", "the video is from last year"),
        ("Pat Moss", "mayor", "supports", "the mayor spoke at noon"),
        ("Sam Ortiz", "mayor", "disputes", "the mayor was away"),
    ],
)


def test_a_clip_and_footage_are_the_video() -> None:
    # near-synonyms of one group name the same position ("clip", "footage": the video)
    assert answer_question(CLIP, "who says the footage shows the mayor").position == "video"
    assert _who(CLIP, "who says the clip shows the mayor") == {"Ann Lee"}


VASE = _graph(
    {"vase": ["vase"], "pot": ["pot"]},
    [
        ("Ann Lee", "vase", "supports", "the vase sold for 300 pounds at the fair"),
        ("Tom Reed", "vase", "disputes", "the vase sold for 30 pounds"),
        ("Pat Moss", "pot", "supports", "the pot is a fake made last year"),
        ("Sam Ortiz", "pot", "disputes", "the pot is an old one and no fake"),
    ],
    figures=("vase",),
)


def test_a_figure_position_names_no_claim_that_asks_no_number() -> None:
    # the figure's position holds the word "vase", but "is a fake" asks about no number:
    # those who gave a price do not answer it
    result = answer_question(VASE, "who says the vase is a fake")
    assert result.position != "vase"
    assert not {"Ann Lee", "Tom Reed"} & {a.speaker for a in result.answers}
    assert answer_question(VASE, "who says the vase sold for 300 pounds").position == "vase"


MILL = _graph(
    {"mill": ["mill"], "closure": ["closure"], "jobs": ["jobs"]},
    [
        ("Ann Lee", "mill", "supports", "the mill will shut in spring and the mill staff know"),
        ("Tom Reed", "mill", "supports", "the mill makes a loss and the mill owners want out"),
        ("Pat Moss", "mill", "supports", "the mill is old and the mill roof leaks"),
        ("Kim Ruiz", "closure", "supports", "the closure was agreed by the board last week"),
        ("Sam Ortiz", "closure", "disputes", "there will be no closure"),
        ("Sam Ortiz", "jobs", "supports", "the jobs are safe"),
    ],
)


def test_a_verbal_claim_reads_the_position_its_verb_names_too() -> None:
    # "the mill will close" names the mill (its subject) and the closure (its verb): the
    # closure's supporters say it too, though they never name the mill
    found = _who(MILL, "who says the mill will close")
    assert "Kim Ruiz" in found
    assert "Sam Ortiz" not in found


EXAM = _graph(
    {"marks": ["marks"], "retake": ["retake"], "board": ["board"]},
    [
        ("Ann Lee", "marks", "supports", "the maths marks should be raised for the pupils"),
        ("Tom Reed", "marks", "supports", "maths pupils deserve fair marks"),
        ("Pat Moss", "marks", "disputes", "the marks are fair for every pupil"),
        ("Kim Ruiz", "retake", "supports", "a retake is the only fair way"),
        ("Sam Ortiz", "retake", "disputes", "a retake would punish the many"),
        ("Sam Ortiz", "board", "supports", "the board acted fast"),
    ],
    aliases={"marks": ["maths marks", "marks"]},
)


def test_a_key_term_names_a_position_more_than_an_alias_word() -> None:
    # "retake" is the retake's key term; "maths" only a word of an alias of the marks:
    # the question is about the retake, and the marks' supporters do not answer it
    result = answer_question(EXAM, "who wants pupils to retake the maths exam")
    assert result.position == "retake"
    assert "Ann Lee" not in {a.speaker for a in result.answers}
