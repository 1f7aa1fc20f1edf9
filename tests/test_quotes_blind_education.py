"""Forms of news copy a blind story of our own (an education rumour, h16c) showed kg
missing, pinned on texts we wrote: a name the entity tagger calls an organisation is a
person when an age is set beside it ("Holt, 17,"), so a later "he said" is that person.
Texts are our own; the parse is the real model."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import speaker_of


def test_a_name_given_an_age_is_a_person_a_pronoun_refers_to() -> None:
    text = (
        "The council closed the market on Friday.\n\n"
        "Shoppers are divided. Peregrine Holt, 17, who works at Castlemere Garden Centre, "
        "said he had queued for an hour. 'It was chaos,' he said.\n"
    )
    assert speaker_of(text, "'It was chaos") == "Peregrine Holt"


def test_a_body_named_with_for_keeps_all_its_name() -> None:
    text = "The Department for Harbours said it was aware of the complaints.\n"
    assert speaker_of(text, "it was aware") == "Department for Harbours"
    text = "The Institute for Coastal Studies said the sea wall was old.\n"
    assert speaker_of(text, "the sea wall") == "Institute for Coastal Studies"


def test_an_unnamed_tutor_is_not_the_tutor_named_later() -> None:
    # "tutor", "nurse", "pupil": short role nouns with no agent ending name a person, so an
    # indefinite one introduces someone new instead of a body the article names later.
    text = (
        "A senior maths tutor at one large college, who asked not to be named because the "
        'talks were private, told the Gazette that "nobody wants to fail honest pupils, but '
        'we will check the marks."\n\n'
        "The tutor Sam Rolle, who runs a revision channel, said the test had been too easy.\n"
    )
    assert speaker_of(text, '"nobody wants') == "senior maths tutor at one large college"


def test_school_and_hospital_roles_are_person_nouns() -> None:
    from kg.extract.names import is_person_noun

    assert all(is_person_noun(w) for w in ("tutor", "pupil", "nurse", "dean", "registrar"))
    assert not any(is_person_noun(w) for w in ("exam", "paper", "college"))


def _texts(text: str) -> list[str]:
    from kg.extract.nlp import load_model
    from kg.extract.quotes import extract_quotes

    return [q.text for q in extract_quotes(load_model()(text), "t")]


def test_a_main_verb_read_as_a_participle_after_a_relative_clause_reports() -> None:
    # "Lee, who runs a channel, posted that X": the parser reads "a channel posted" and
    # leaves the sentence with no verb; the verb is still Lee's report.
    text = (
        "Sam Rolle, who runs a revision channel, posted on Sunday that the test had been "
        '"far too easy".\n'
    )
    assert speaker_of(text, "the test had been") == "Sam Rolle"


def test_a_relative_clause_report_stops_before_the_misread_main_verb() -> None:
    text = (
        "The blogger Corra Mallin, who had said the photos were copied from his old notebook, "
        'posted on Monday that he had "got that one wrong" and apologised to readers.\n'
    )
    texts = _texts(text)
    assert "the photos were copied from his old notebook" in texts, texts
    assert any(t.startswith('he had "got that one wrong"') for t in texts), texts


def test_the_head_of_a_body_is_a_person_not_the_body() -> None:
    from kg.extract.names import parse_phrase

    from .conftest import speaker_names

    parts = parse_phrase("The director of the Hexley Museum")
    assert (parts.kind, parts.head) == ("person", "director"), parts
    names = speaker_names(
        {
            "a": "The Hexley Museum said on Monday that the vase was genuine.\n",
            "b": "The director of the Hexley Museum has admitted that the vase was a copy.\n",
        }
    )
    assert names["the vase was genuine"] != names["the vase was a copy"], names


def test_an_and_clause_that_quotes_goes_on_after_a_closing_cue() -> None:
    # "X, he insisted, and Y would be 'quoted'": the parser makes "insisted" the root and the
    # "and" clause its conjunct; quoting words of its own, it goes on with his point.
    text = (
        "Rail chief Ann Kay spoke on Friday. No passenger was hurt in the crash, she insisted, "
        'and the trains would be "back in service by Monday."\n'
    )
    texts = _texts(text)
    assert "No passenger was hurt in the crash" in texts, texts
    assert any(t.startswith('the trains would be "back in service') for t in texts), texts
    assert speaker_of(text, "the trains would be") == "Ann Kay"


def test_one_kind_of_institution_does_not_refer_back_to_another() -> None:
    text = (
        "The Regional Housing Council said on Monday that rents would rise. The tenants' union "
        "still blames the landlords for the rise.\n"
    )
    assert speaker_of(text, "the landlords") != "Regional Housing Council"


def test_a_british_short_given_name_is_the_full_one() -> None:
    from .conftest import speaker_names

    names = speaker_names(
        {
            "a": "Philippa Crane, the museum's director, said the vase was genuine.\n",
            "b": "Pippa Crane, director of the museum, said the vase had been sold.\n",
        }
    )
    assert names["the vase was genuine"] == names["the vase had been sold"], names


def test_a_short_form_of_an_outlet_is_the_outlet_named_before() -> None:
    text = (
        "It was the Daily Dispatch that first reported the leak, citing a council engineer. "
        "According to the Dispatch, the pipe burst on Monday.\n"
    )
    assert speaker_of(text, "the pipe burst") == "Daily Dispatch"


@pytest.mark.parametrize(
    "kay",
    [
        # 'opposed' (condemn, denounce) takes the other side of its object, as 'rejected' does
        "Union leader Ann Kay opposed a fare rise at the meeting on Friday.\n",
        # a verb of harm under 'would' with a thing for subject argues against the proposal
        "Councillor Ann Kay said a fare rise would punish the poorest riders.\n",
    ],
)
def test_opposing_a_proposal_or_calling_it_harmful_disputes_it(nlp: Any, kay: str) -> None:
    from .conftest import corpus_graph, speaker_stances

    corpus = {
        "a": "Mayor Bo Diaz said a fare rise was needed to keep the buses running.\n",
        "b": kay,
        "c": "Rider Sam Lowe said a fare rise would be fair if the buses ran on time.\n",
    }
    g = corpus_graph(nlp, corpus)
    node = next(n for n, d in g.nodes(data=True) if d.get("label") == "Ann Kay")
    stances = speaker_stances(g, node)
    assert any(s == "disputes" for s, _ in stances), stances
    assert not any(s == "supports" for s, _ in stances), stances


def test_a_lede_office_is_the_holder_named_just_after() -> None:
    text = (
        "The head of the Fenwick Water Authority has admitted that the reservoir was leaking, "
        "two days after the authority insisted it was sound.\n\n"
        "Gareth Poole, the authority's chief executive, told the Herald that a valve had "
        "failed.\n"
    )
    assert speaker_of(text, "the reservoir was leaking") == "Gareth Poole"


def test_a_lede_office_is_not_someone_of_another_body() -> None:
    text = (
        "The head of the Fenwick Water Authority has admitted that the reservoir was leaking.\n\n"
        "Gareth Poole, the council's chief executive, said the town had been warned.\n"
    )
    assert speaker_of(text, "the reservoir was leaking") != "Gareth Poole"
