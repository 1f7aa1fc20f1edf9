"""Reading questions into relation + speaker + claim, without a graph or a model."""

from __future__ import annotations

import pytest

from kg.query.reading import content_negated, read_question, verb_forms
from kg.query.words import stems, word_match


@pytest.mark.parametrize(
    ("question", "relation", "target"),
    [
        ("Who casts doubt on the promised refund?", "disputes", "the promised refund"),
        ("who cast doubt on the refund", "disputes", "the refund"),
        ("who is sceptical that the dam leaks", "disputes", "the dam leaks"),
        ("Who was skeptical that the dam leaks?", "disputes", "the dam leaks"),
        ("who pushed back on the reports of leaks", "disputes", "leaks"),
        (
            "who questions whether the envoy speaks for the rebels",
            "disputes",
            "the envoy speaks for the rebels",
        ),
        ("who denies that the mayor resigned", "disputes", "the mayor resigned"),
        ("who takes issue with the survey", "disputes", "the survey"),
        ("who does not believe the survey", "disputes", "the survey"),
        ("who never accepted the official count", "disputes", "the official count"),
        ("who vouches for the middleman", "supports", "the middleman"),
        (
            "who backs the hard line against raising fares",
            "supports",
            "the hard line against raising fares",
        ),
        ("who says the dam leaks", "supports", "the dam leaks"),
        ("who said a deal had been agreed", "supports", "a deal had been agreed"),
        ("who claims the mayor resigned", "supports", "the mayor resigned"),
        (
            "who thinks the king was deposed in a revolt",
            "supports",
            "the king was deposed in a revolt",
        ),
        (
            "who complains that the phone pulls out their hair",
            "supports",
            "the phone pulls out their hair",
        ),
        ("who supports the claim that taxes will rise", "supports", "taxes will rise"),
        ("which experts are convinced that the dam leaks", "supports", "the dam leaks"),
        ("who else still believes the survey", "supports", "the survey"),
        ("who reckons that prices will fall", "supports", "prices will fall"),
        ("which newspapers reported that the dam leaks", "supports", "the dam leaks"),
        ("what kind of experts doubt the survey", "disputes", "the survey"),
        # requests take the side of what they ask for
        ("who asked the board to cancel the tender", "supports", "the board to cancel the tender"),
        ("Who urged the mayor to close the bridge?", "supports", "the mayor to close the bridge"),
        ("who requested a second autopsy", "supports", "a second autopsy"),
    ],
)
def test_who_questions(question: str, relation: str, target: str) -> None:
    q = read_question(question)
    assert q is not None and q.form == "who"
    assert (q.relation, q.target) == (relation, target)


@pytest.mark.parametrize(
    ("question", "side", "target"),
    [
        ("Who agrees with Ann Lee that the dam leaks?", "agrees", "ann lee that the dam leaks"),
        ("who sides with the council", "agrees", "the council"),
        ("who disagrees with Ann Lee about the dam", "conflicts", "ann lee about the dam"),
        (
            "who criticises how the council handled the flood",
            "conflicts",
            "how the council handled the flood",
        ),
        ("who criticized the council", "conflicts", "the council"),
        ("who defends the council's decision", "agrees", "the council's decision"),
    ],
)
def test_questions_that_may_name_a_speaker(question: str, side: str, target: str) -> None:
    """The verb says which side of a speaker is asked for, if its object is a speaker."""
    q = read_question(question)
    assert q is not None and (q.side, q.target) == (side, target)


@pytest.mark.parametrize(
    ("question", "relation", "speaker", "topic"),
    [
        ("What did Ann Lee say?", "said", "ann lee", ""),
        ("what did the Daily Post report about the mayor", "said", "the daily post", "the mayor"),
        (
            "What did the lab find when it weighed the sample?",
            "said",
            "the lab",
            "weighed the sample",
        ),
        (
            "what has the consul in Lyon told reporters",
            "said",
            "the consul in lyon",
            "reporters",
        ),
        ("what was said by the council", "said", "the council", ""),
        ("where does the council stand on the dam", "stands", "the council", "the dam"),
        ("what is Ann Lee's position", "stands", "ann lee", ""),
    ],
)
def test_questions_about_a_speaker(question: str, relation: str, speaker: str, topic: str) -> None:
    q = read_question(question)
    assert q is not None and (q.relation, q.speaker, q.target) == (relation, speaker, topic)


@pytest.mark.parametrize(
    "question",
    [
        "which positions are disputed most",
        "Which claims are the most contested?",
        "what is the most disputed claim",
        "what do people disagree about",
        "which positions are most controversial",
        "which positions are disputed?",
        "What claims are in dispute",
    ],
)
def test_most_disputed(question: str) -> None:
    q = read_question(question)
    assert q is not None and q.form == "most_disputed"


@pytest.mark.parametrize(
    "question", ["", "tell me a joke", "hello there", "what is the official explanation"]
)
def test_no_form(question: str) -> None:
    assert read_question(question) is None


@pytest.mark.parametrize(
    ("claim", "negated"),
    [
        ("the leak is a myth", True),
        ("the dam has not leaked", True),
        ("there was no leak", True),
        ("the council handled the flood badly", True),
        ("the dam leaks", False),
        ("the leak is not a myth", False),  # two negators cancel
        ("closing the school now would be premature", True),
        ("workers who had not been paid left the site", False),  # the relative clause's own
    ],
)
def test_content_negated(claim: str, negated: bool) -> None:
    assert content_negated(claim) is negated


def test_verb_forms() -> None:
    assert {"casts", "cast", "casting"} <= set(verb_forms("cast"))
    assert {"vouches", "vouched"} <= set(verb_forms("vouch"))
    assert {"criticises", "criticised", "criticising"} <= set(verb_forms("criticise"))
    assert {"denies", "denied", "denying"} <= set(verb_forms("deny"))
    assert {"is", "was", "are"} <= set(verb_forms("be"))


@pytest.mark.parametrize(
    ("asked", "said", "matches"),
    [
        ("flooded", "flood", True),
        ("freed", "free", True),
        ("taken", "take", True),
        ("bent", "bending", True),
        ("corrosion", "corroded", True),
        ("defence", "defense", True),
        ("secretly", "secret", True),
        ("roadworks", "road", True),
        ("wildfire", "fire", True),
        ("courtroom", "room", True),
        ("rise", "unauthorized", False),
        ("pact", "treaty", False),
    ],
)
def test_word_forms_meet(asked: str, said: str, matches: bool) -> None:
    assert (word_match(asked, said) > 0) is matches


@pytest.mark.parametrize(
    ("asked", "said"),
    [("recount", "count"), ("retrial", "trial"), ("rebuild", "build"), ("reopen", "open")],
)
def test_a_re_word_is_not_its_stem(asked: str, said: str) -> None:
    # A recount is not the count (one is demanded, the other defended): a two-letter
    # prefix is no first word of a compound, so the pair meets well under "wildfire" and
    # "fire" (a question about a recount prefers the recount when both are there).
    compound = word_match("wildfire", "fire")
    assert 0.0 < word_match(asked, said) < compound / 2
    assert 0.0 < word_match(said, asked) < compound / 2


def test_stems_are_cached_frozensets() -> None:
    assert isinstance(stems("leaks"), frozenset) and "leak" in stems("leaks")


@pytest.mark.parametrize(
    ("question", "relation", "target"),
    [
        # Progressive forms: the -ing verb after "is/are/was" asks, as its simple form would.
        ("who is calling for a ban on night flights", "supports", "a ban on night flights"),
        ("who was questioning the survey", "disputes", "the survey"),
        ("which groups are demanding a recount", "supports", "a recount"),
        ("who is not disputing that the dam leaks", "supports", "the dam leaks"),
        # Asking for a measure ("wants", "calls for") takes its side.
        ("who wants a ban on night flights", "supports", "a ban on night flights"),
        ("who pushed for a recount", "supports", "a recount"),
        # "is against" still reads the preposition, not a progressive.
        ("who is against a recount", "disputes", "a recount"),
    ],
)
def test_progressive_and_request_questions(question: str, relation: str, target: str) -> None:
    q = read_question(question)
    assert q is not None and q.form == "who"
    assert (q.relation, q.target) == (relation, target)
