"""Stance constructions that a word list misses: an ironic requirement ("it would have to
be a very clever thief indeed"), a judgement that points back at what was said just
before ("X is rumoured, but she said that is incorrect"), and a dispute verb over someone
else's claim ("rejected government claims X": the government supports X). Texts of our own."""

from __future__ import annotations

from typing import Any

from tests.test_positions import build_texts, claims_of, only_claim


def test_an_ironic_requirement_dismisses_what_it_names(nlp: Any) -> None:
    claim = only_claim(
        nlp, '"It would have to be a very clever thief indeed not to leave any prints," Lee said.'
    )
    assert claim.dismissive == "would have to be"
    assert "thief" in claim.weights()


def test_a_plain_requirement_dismisses_nothing(nlp: Any) -> None:
    claim = only_claim(nlp, "The engineer said it would have to be a suspension bridge.")
    assert claim.dismissive is None


def test_that_is_incorrect_takes_the_terms_of_the_clause_before(nlp: Any) -> None:
    text = (
        "It has been rumoured the mayor might have sold the harbour land, "
        "but the spokesman said that is incorrect."
    )
    claim = only_claim(nlp, text)
    assert claim.dismissive == "incorrect"
    assert {"land", "sell", "mayor"} <= set(claim.weights())
    assert "rumour" not in claim.weights()  # the claim noun is not what was said


def test_a_denial_at_the_start_of_a_sentence_takes_the_sentence_before(nlp: Any) -> None:
    pairs = claims_of(
        nlp, 'Reports say the plant will close. "That is not true," the manager said.'
    )
    denial = next(c for q, c in pairs if "true" in q.text)
    assert denial.negated == "not"
    assert {"plant", "close"} <= set(denial.weights())
    assert "report" not in denial.weights()


def test_a_statement_with_its_own_topic_borrows_nothing(nlp: Any) -> None:
    text = "The harbour was sold last year. The manager said that is the plan."
    assert set(only_claim_of(nlp, text, "plan").weights()) == {"plan"}
    own = "The harbour was sold. The manager said it is not true that the plant will close."
    assert "harbour" not in only_claim_of(nlp, own, "plant").weights()


def only_claim_of(nlp: Any, text: str, word: str) -> Any:
    return next(c for q, c in claims_of(nlp, text) if word in q.text)


def test_an_anaphoric_dismissal_disputes_the_rumoured_position(nlp: Any) -> None:
    result = build_texts(
        nlp,
        {
            "a": "Councillor Ann Ross said the mayor sold the harbour land to a developer. "
            "Reporter Joe Tate said the mayor sold the harbour land in secret.",
            "b": "Activist Liam Shaw said the mayor had sold the harbour land.",
            "c": "It has been rumoured the mayor sold the harbour land, but spokesman "
            "Paul Ames said that is incorrect.",
        },
    )
    names = {sp.id: sp.name for sp in result.speakers.speakers}
    stances = {(names.get(st.speaker, st.speaker), st.stance) for st in result.stances}
    assert ("Paul Ames", "disputes") in stances
    assert ("Joe Tate", "supports") in stances


def test_a_claim_disputed_by_others_is_its_claimants_support(nlp: Any) -> None:
    pairs = claims_of(nlp, "Residents have rejected government claims the water is safe.")
    claimed = next(c for q, c in pairs if q.text == "the water is safe")
    assert claimed.dispute is None and claimed.negated is None
    rejected = next(c for q, c in pairs if q.text.startswith("government claims"))
    assert rejected.dispute == "reject"


def test_a_dispute_verb_over_the_speakers_own_saying_still_disputes(nlp: Any) -> None:
    pairs = claims_of(nlp, "The mayor denied the report, insisting the bridge was safe.")
    assert next(c for q, c in pairs if "bridge" in q.text).dispute == "deny"


def test_a_negation_with_a_curly_apostrophe_negates(nlp: Any) -> None:
    claim = only_claim(nlp, "\u201cThe dam doesn\u2019t leak,\u201d the manager said.")
    assert claim.negated == "n\u2019t"


def test_a_negated_outcome_of_a_negated_condition_affirms(nlp: Any) -> None:
    said = (
        '"They called the mayor, and if he {} the plan, he wouldn\u2019t have signed it," Lee said.'
    )
    assert only_claim(nlp, said.format("hadn\u2019t read")).negated is None
    assert only_claim(nlp, said.format("had read")).negated == "n\u2019t"


def test_a_claim_noun_in_its_person_sense_points_at_no_claim(nlp: Any) -> None:
    people = only_claim(nlp, '"The mayor consulted other senior figures," Lee said.')
    assert people.refers is None
    numbers = only_claim(nlp, '"These figures are exaggerated," Lee said.')
    assert numbers.refers == "figure"


def test_negated_alternatives_deny_nothing(nlp: Any) -> None:
    offered = (
        '"The crew either didn\u2019t see the warning or didn\u2019t understand it," Lee said.'
    )
    assert only_claim(nlp, offered).negated is None
    assert only_claim(nlp, '"The crew didn\u2019t see the warning," Lee said.').negated
    either_who = "Lee said either the crew or the pilot did not see the warning."
    assert only_claim(nlp, either_who).negated == "not"
