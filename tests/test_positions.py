"""Claims read from the parse, and positions found across articles (small texts of our own)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.assemble.positions import fold_terms
from kg.extract.claims import Claim, analyze_claims, stance_statements
from kg.extract.quotes import Quote, extract_quotes
from kg.extract.records import extract_article
from kg.read.articles import article_from_text
from kg.run.pipeline import BuildResult, assemble


def claims_of(nlp: Any, text: str) -> list[tuple[Quote, Claim]]:
    doc = nlp(text)
    found = extract_quotes(doc, "t")
    quotes = sorted([*found, *stance_statements(doc, "t", found)], key=lambda q: q.start)
    claims = {c.key: c for c in analyze_claims(doc, quotes)}
    return [(q, claims[q.key]) for q in quotes if q.key in claims]


def only_claim(nlp: Any, text: str) -> Claim:
    pairs = claims_of(nlp, text)
    assert len(pairs) == 1, [q.text for q, _ in pairs]
    return pairs[0][1]


def build_texts(nlp: Any, texts: dict[str, str]) -> BuildResult:
    return assemble(
        [extract_article(nlp(t), article_from_text(t, doc_id)) for doc_id, t in texts.items()]
    )


def stances_of(nlp: Any, texts: dict[str, str], name: str) -> set[tuple[str, str]]:
    """The (key term, stance) pairs of the speaker whose name ends with ``name``."""
    result = build_texts(nlp, texts)
    names = {sp.id: sp.name for sp in result.speakers.speakers}
    terms = {p.id: p.terms[0] for p in result.positions}
    return {
        (terms[st.position], st.stance)
        for st in result.stances
        if names.get(st.speaker, "").endswith(name)
    }


@pytest.mark.parametrize(
    ("text", "cause_term"),
    [
        ("The mayor said faulty wiring caused the fire.", "wiring"),
        ("The mayor said the main reason for the fire was faulty wiring.", "wiring"),
        ("The mayor said faulty wiring was the main reason for the fire.", "wiring"),
        ("The mayor blamed faulty wiring for the fire.", "wiring"),
        ("The mayor blamed the fire on faulty wiring.", "wiring"),
        ("The mayor on Monday blamed faulty wiring for the fire.", "wiring"),
        ("The mayor said the fire was caused by faulty wiring.", "wiring"),
        ("The mayor said faulty wiring was to blame for the fire.", "wiring"),
        ("The mayor said faulty wiring led to the fire.", "wiring"),
        ("The mayor said the fire started because the wiring was faulty.", "wiring"),
    ],
)
def test_causal_constructions_weigh_the_cause_most(nlp: Any, text: str, cause_term: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.frame == "cause"
    weights = claim.weights()
    assert cause_term in weights
    assert weights[cause_term] == max(weights.values())
    assert weights.get("fire", 0.0) < weights[cause_term]


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("Officials said 400 homes were destroyed.", "hundreds"),
        ("Officials said hundreds of homes were destroyed.", "hundreds"),
        ("Officials said 63 homes were destroyed.", "dozens"),
        ("Officials said 12,000 homes were destroyed.", "tens-of-thousands"),
        ("Officials said 5,000 homes were destroyed.", "thousands"),
    ],
)
def test_figures_are_read_as_magnitudes(nlp: Any, text: str, magnitude: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.frame == "figure"
    assert magnitude in claim.weights()


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours said the dog had dialled 999 with its paw.",
        "Neighbours said a 911 call came from the house next door.",
    ],
)
def test_a_telephone_line_is_not_a_figure(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.frame != "figure"
    assert "hundreds" not in claim.weights()


def test_a_count_of_calls_is_still_a_figure(nlp: Any) -> None:
    claim = only_claim(nlp, "Officials said 900 calls were made that night.")
    assert "hundreds" in claim.weights()


def test_a_year_is_not_a_figure(nlp: Any) -> None:
    claim = only_claim(nlp, "Officials said the homes were built in 1990.")
    assert claim.frame == "claim"
    assert "thousands" not in claim.weights()


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("The union said the wiring was not faulty.", "negated", "not"),
        ("The union said the wiring wasn't to blame.", "negated", "n't"),
        ("The union said this version looks ridiculous.", "dismissive", "ridiculous"),
        ("The union said the story is not convincing.", "dismissive", "not convincing"),
        ("The union said this version looks ridiculous.", "refers", "version"),
        ("The union said Smith's statement was wrong.", "referent", "Smith"),
        ("The union said the wiring might be faulty.", "hedge", "might"),
        ("The union said other factors caused the fire.", "rival", "other"),
        ("The union said the real cause was understaffing.", "rival", "real"),
        ("The union said it rejects the claim that the wiring was faulty.", "dispute", "reject"),
        ("The union said there is no sign that the wiring was faulty.", "negated", "no"),
        ("The union said the wiring had nothing to do with the fire.", "negated", "nothing"),
        ("The union said there was no truth to reports that the wiring failed.", "negated", "no"),
        ("The union said the inspectors were making it up.", "dismissive", "made up"),
        ("The union said the inspectors made up the story.", "dismissive", "made up"),
        ("The union said the inspection report was incorrect.", "dismissive", "incorrect"),
        ("The union said the safety drill was a sham.", "dismissive", "sham"),
        # one's own never having heard of someone denies them
        ("The union said it had never heard of such an inspector.", "negated", "never"),
        ('The mayor said: "We did not know about any fire."', "negated", "not"),
        # a subject that says the predicate holds for no one denies it
        ("The aide said nobody has signed the letter for the union.", "negated", "nobody"),
        ("The aide said no one has seen the envoy in the capital.", "negated", "no one"),
        ("The clerk said nobody's pension had been cut.", "negated", "nobody"),
        ("The clerk said no one's pension had been cut.", "negated", "no one"),
        ("Police said nothing links the fire to the protest.", "negated", "nothing"),
        # "nothing" as an object with what it is said of: the relative clause is denied
        (
            "The owner said he has found nothing that ties the fire to the wiring.",
            "negated",
            "nothing",
        ),
        ("The union said the wiring plan would be premature.", "dismissive", "premature"),
        # condemning a measure opposes it
        ("The union said the new rota was a disgrace.", "dismissive", "disgrace"),
        (
            "The union said a ten-year fine would be disproportionate.",
            "dismissive",
            "disproportionate",
        ),
        ("The union said the ban would be a miscarriage of justice.", "dismissive", "miscarriage"),
        ("The union said neither theory explains the fire.", "negated", "no"),
        ("The union said no official could explain the fire.", "negated", None),
    ],
)
def test_polarity_cues(nlp: Any, text: str, field: str, value: str) -> None:
    assert getattr(only_claim(nlp, text), field) == value


@pytest.mark.parametrize(
    "text",
    [
        "The union said there is no need for the wiring to be replaced.",
        "The union said the only remedy is not to house workers in old buildings.",
        # "not just X" says more than X, it does not deny X
        "The union said the strike did not just happen overnight.",
        "The union said the wiring was not simply faulty.",
        # a third party not knowing or hearing of something tells of their ignorance
        "The mayor said the arsonists may not have heard about the curfew.",
        "The mayor said residents did not know about the new rules.",
        # "nobody knows whether" leaves the matter open, it denies nothing
        "The aide said nobody knows whether the envoy is alive.",
    ],
)
def test_negation_inside_a_complement_is_not_a_denial(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).negated is None


def test_make_up_as_constitute_dismisses_nothing(nlp: Any) -> None:
    assert only_claim(nlp, "The union said women make up half of the workforce.").dismissive is None


def test_a_plain_claim_has_no_cue(nlp: Any) -> None:
    claim = only_claim(nlp, "The union said the wiring was faulty.")
    assert (claim.negated, claim.dispute, claim.dismissive, claim.refers) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Union officials shrugged off the assertion that the wiring caused the fire.",
            "Union officials",
            "shrugged off",
        ),
        (
            "Many residents seemed to disagree with the claim that the wiring caused the fire.",
            "Many residents",
            "disagree",
        ),
        ("Several engineers questioned this explanation.", "Several engineers", "questioned"),
        (
            "Several engineers were sceptical that the wiring failed.",
            "Several engineers",
            "sceptical",
        ),
        ("The inspector expressed doubts that the wiring failed.", "The inspector", "expressed"),
    ],
)
def test_attitude_statements_become_quotes(nlp: Any, text: str, speaker: str, cue: str) -> None:
    doc = nlp(text)
    reported = extract_quotes(doc, "t")
    found = [*reported, *stance_statements(doc, "t", reported)]
    assert len(found) == 1  # either reported speech or an attitude statement, never both
    q = found[0]
    assert q.mention is not None and q.mention.text == speaker
    assert q.cue is not None and q.cue.text == cue
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Several engineers were sceptical that the wiring failed.", "sceptical"),
        ("The inspector expressed doubts that the wiring failed.", "doubt"),
    ],
)
def test_doubt_that_x_disputes_x(nlp: Any, text: str, cue: str) -> None:
    claim = only_claim(nlp, text)
    assert claim.dispute == cue
    assert "wiring" in claim.weights()


def test_attitude_statement_yields_a_dispute_cue(nlp: Any) -> None:
    text = "Union officials shrugged off the assertion that the wiring caused the fire."
    claim = only_claim(nlp, text)
    assert claim.dispute == "shrug"
    assert claim.frame == "cause"


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The union said arson rather than faulty wiring caused the fire.", "wiring"),
        ("The union said arson, not wiring, caused the fire.", "wiring"),
        ("The union said arson instead of wiring caused the fire.", "wiring"),
        ("The union said the smoke pointed to arson rather than to the wiring.", "wiring"),
    ],
)
def test_rejected_alternatives(nlp: Any, text: str, rejected: str) -> None:
    claim = only_claim(nlp, text)
    assert rejected in claim.rejected
    assert claim.weights()[rejected] < claim.weights()["arson"]


def test_fold_terms_maps_compounds_onto_their_head() -> None:
    assert fold_terms(["wildfire", "fire", "bushfire"]) == {"wildfire": "fire", "bushfire": "fire"}
    assert fold_terms(["wildfire"]) == {}
    assert fold_terms(["airport", "port"]) == {"airport": "port"}


def test_the_same_explanation_in_other_words_is_one_position(nlp: Any) -> None:
    result = build_texts(
        nlp,
        {
            "a": "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory.",
            "b": "Inspector Carl Moss said the main reason for the fire was the old wiring.",
            "c": "Union leader Tom Hale said the electrical wiring was not to blame for the fire.",
        },
    )
    by_speaker = {st.speaker: st for st in result.stances}
    assert len({st.position for st in result.stances}) == 1
    assert len(by_speaker) == 3
    position = result.positions[0]
    assert position.frame == "cause"
    assert "wiring" in position.terms[:3]


def test_different_explanations_are_different_positions(nlp: Any) -> None:
    result = build_texts(
        nlp,
        {
            "a": "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory. "
            "Inspector Carl Moss said faulty wiring was the main reason for the fire.",
            "b": "Fire expert Lena Ruiz said arson caused the fire at the factory. "
            "Police captain Omar Diaz said arson was to blame for the fire.",
        },
    )
    names = {s.id: s.name.split()[-1] for s in result.speakers.speakers}
    positions = {names[st.speaker]: st.position for st in result.stances if st.stance == "supports"}
    assert len(set(positions.values())) == 2
    assert positions["Berg"] == positions["Moss"]
    assert positions["Ruiz"] == positions["Diaz"]


def test_positions_have_labels_terms_and_ids(nlp: Any) -> None:
    result = build_texts(
        nlp,
        {
            "a": "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory.",
            "b": "Inspector Carl Moss said faulty wiring led to the fire.",
        },
    )
    assert len(result.positions) == 1
    p = result.positions[0]
    assert p.label and p.terms and p.id
    assert "wiring" in p.label
    assert all(st.position == p.id for st in result.stances)


def test_unrelated_statements_make_no_position(nlp: Any) -> None:
    result = build_texts(
        nlp,
        {
            "a": "The mayor said the new bridge will open in spring.",
            "b": "A teacher said the school needs more books.",
        },
    )
    assert result.positions == ()
    assert result.stances == ()


@pytest.mark.parametrize(
    "text",
    [
        "Critics blamed the decision to send hundreds of workers into the old hall.",
        "The union said the only remedy is to house 500 workers in smaller halls.",
    ],
)
def test_a_size_in_an_infinitive_is_not_a_figure(nlp: Any, text: str) -> None:
    assert only_claim(nlp, text).frame != "figure"


def test_a_measurement_is_not_a_figure(nlp: Any) -> None:
    text = "The lab said the new kettle weighs 450 grams, a little more than the old one."
    assert only_claim(nlp, text).frame != "figure"


@pytest.mark.parametrize(
    ("text", "speaker", "co_speaker", "content", "size"),
    [
        (
            "Local officials and several aid groups put the death toll at 400.",
            "Local officials",
            "several aid groups",
            "the death toll at 400",
            "hundreds",
        ),
        (
            "The insurers estimated the cost of the damage in the millions.",
            "The insurers",
            None,
            "the cost of the damage in the millions",
            "millions",
        ),
    ],
)
def test_estimates_become_figure_statements(
    nlp: Any, text: str, speaker: str, co_speaker: str | None, content: str, size: str
) -> None:
    pairs = claims_of(nlp, text)
    assert len(pairs) == 1
    q, claim = pairs[0]
    assert q.mention is not None and q.mention.text == speaker
    assert [m.text for m in q.co_mentions] == ([co_speaker] if co_speaker else [])
    assert q.text == content
    assert claim.frame == "figure" and size in claim.weights()


def test_estimate_verb_without_a_size_is_no_statement(nlp: Any) -> None:
    assert claims_of(nlp, "The council put the death toll on its website.") == []


def test_one_another_is_no_rival_explanation(nlp: Any) -> None:
    text = "The union said the fire spread because the crates stood close to one another."
    assert only_claim(nlp, text).rival is None


def test_claims_that_share_their_words_in_one_article_form_a_position(nlp: Any) -> None:
    text = (
        "Union leader Tom Hale blamed the decision to house hundreds of workers in one hall. "
        "Engineer Sara Lind said managers had housed hundreds of workers in one hall "
        "rather than spreading them out."
    )
    result = build_texts(nlp, {"a": text})
    names = {s.id: s.name for s in result.speakers.speakers}
    by_position: dict[str, set[str]] = {}
    for st in result.stances:
        by_position.setdefault(st.position, set()).add(names[st.speaker])
    assert any({"Tom Hale", "Sara Lind"} <= who for who in by_position.values()), by_position


def test_facts_around_a_claim_noun_are_no_position(nlp: Any) -> None:
    # "the front line" names a place, not someone's line of argument: nothing is argued
    result = build_texts(
        nlp,
        {
            "a": "Officer Ann Lee said the depot was ten miles from the front line. "
            "Mayor Tom Hale said the depot had been empty for weeks.",
            "b": "Officer Ann Lee said the depot stood near the front line.",
        },
    )
    assert [p.terms[0] for p in result.positions] == []


def test_the_event_explained_is_no_claim_position(nlp: Any) -> None:
    text = (
        "Fire Chief Anna Berg said faulty wiring caused the fire. "
        '"Faulty wiring was the main reason for the fire," Berg told reporters. '
        "Mayor Jo Park said the fire spread quickly. "
        "Officer Ann Lee said the fire burned for six hours. "
        "Resident Tim Cole said the fire woke the whole street. "
        "Teacher Mia Ross said the fire closed the school."
    )
    result = build_texts(nlp, {"a": text})
    frames = {(p.frame, p.terms[0]) for p in result.positions}
    assert ("cause", "wiring") in frames
    assert not any(frame == "claim" and term == "fire" for frame, term in frames), frames


@pytest.mark.parametrize(
    ("last", "argued"),
    [
        ("Teacher Mia Ross said the sirens were tall.", False),
        ("Teacher Mia Ross said the sirens were not loud.", True),
    ],
)
def test_a_widely_mentioned_topic_is_a_position_only_when_argued(
    nlp: Any, last: str, argued: bool
) -> None:
    text = (
        "Mayor Jo Park said the sirens were loud. "
        "Officer Ann Lee said the sirens were new. "
        "Resident Tim Cole said the sirens were red. " + last
    )
    result = build_texts(nlp, {"a": text})
    assert any(p.terms[0] == "siren" for p in result.positions) == argued


@pytest.mark.parametrize(
    "text",
    [
        "The union said police questioned the driver.",  # an event, not a dispute
        "The union said there is no doubt that the wiring was faulty.",  # affirms
        "The union said the crates stood close to one another.",
    ],
)
def test_no_false_polarity_cue(nlp: Any, text: str) -> None:
    claim = only_claim(nlp, text)
    assert (claim.dispute, claim.negated, claim.rival) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Readers backed a story idea by email.", False),  # no one's claim
        ("The mayor backed the chief's account.", True),
        ("The mayor backed this explanation.", True),
    ],
)
def test_an_endorsed_claim_noun_must_be_someones(nlp: Any, text: str, found: bool) -> None:
    assert bool(stance_statements(nlp(text), "t", [])) == found


def test_a_number_glued_to_a_unit_is_a_specification_not_a_figure(nlp: Any) -> None:
    # "a 128GB phone" names a model; "128 soldiers" is a count
    text = (
        "Critic Ann Lee said the 128GB phone felt heavier. Officer Tom Hale said 128 soldiers left."
    )
    records = extract_article(nlp(text), article_from_text(text, "a"))
    terms = [dict(c.terms) for c in records.claims]
    assert "hundreds" not in terms[0]
    assert "hundreds" in terms[1]


def test_a_phrasal_verb_is_its_own_term(nlp: Any) -> None:
    # "pushed aside" (ousted) and "pushing ahead" (going on) are different words
    aside = only_claim(nlp, "The union said the chairman was pushed aside by the board.")
    ahead = only_claim(nlp, "The union said the chairman was pushing ahead with the plan.")
    assert "push-aside" in aside.weights()
    assert "push-ahead" in ahead.weights()
    assert "push" not in aside.weights()


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            'The farmer said: "They shut the gate at noon. If that isn\'t a lockout, what is?"',
            False,
        ),
        ('The farmer asked: "Is the gate shut? What is a lockout?"', True),
        ('The farmer said: "If the gate is shut, we will climb it."', True),
    ],
)
def test_if_that_is_not_x_what_is_says_it_is_x(nlp: Any, text: str, asks: bool) -> None:
    claim = only_claim(nlp, text)
    assert claim.asks is asks
    assert claim.negated is None
