"""Who speaks when a story refers back by kind, not by name (h15c): "the airline" or "the
company" is the business named before, whatever its name (not a place, not an outlet it
told, not a body of another kind); "the report says" is whoever made the report named
before ("a report released by X"); "the former chief" is not whoever holds the role now;
"the paper quoted X as saying" gives X the words; "said A, and denied that B" is two
reports of one speaker; "an engineer at the depot" is named by the workplace; "..., the
website X reported" and "renewed its call for X to Y" are reports. Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes

from .conftest import speaker_of


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text), "t")


def _quote(nlp: Any, text: str, content: str) -> Quote:
    found = [q for q in _quotes(nlp, text) if q.text.startswith(content)]
    assert found, [q.text for q in _quotes(nlp, text)]
    return found[0]


def test_the_airline_is_the_business_named_before_not_a_place_or_a_board() -> None:
    text = (
        "A Skyra passenger jet returned to Delford Airport on Monday after a cabin "
        "pressure warning, and the Air Safety Board sent two inspectors.\n\n"
        "The airline said the warning had been caused by a faulty sensor."
    )
    name = speaker_of(text, "the warning had been caused")
    assert name is not None and "Skyra" in name, name


def test_the_company_is_not_a_person_whose_words_mention_companies(nlp: Any) -> None:
    text = (
        "Brill Foods recalled 40,000 cereal bars on Tuesday. Ana Ruiz, a lawyer who advises "
        "companies on recalls, said the recall was the right call.\n\n"
        "The company said it was cooperating fully with inspectors."
    )
    q = _quote(nlp, text, "it was cooperating fully")
    assert q.antecedent is not None and q.antecedent.text == "Brill Foods", q.antecedent


def test_the_airline_is_not_the_outlet_it_told(nlp: Any) -> None:
    text = (
        "A Brill Air engineer told the Morning Ledger that a repair had been put off. "
        "A passenger told the Ledger the cabin filled with smoke.\n\n"
        "The airline said the crew had followed every procedure."
    )
    q = _quote(nlp, text, "the crew had followed")
    assert q.antecedent is not None and "Brill Air" in q.antecedent.text, q.antecedent


def test_the_report_says_is_the_body_that_released_it() -> None:
    text = (
        "A cracked fuel pipe probably started the fire, according to a preliminary report "
        "released on Friday by the Marine Accident Office.\n\n"
        "The ferry's owner, Norland Lines, said it had replaced the pipe on every ship. "
        "The report says the crew raised the alarm within two minutes."
    )
    name = speaker_of(text, "the crew raised the alarm")
    assert name is not None and "Marine Accident Office" in name, name


def test_the_former_investigator_is_not_the_chief_investigator(nlp: Any) -> None:
    text = (
        "The board's chief investigator, Ann Lee, said it was too early to name a cause.\n\n"
        "Tom Reyes, who led crash inquiries for the board for a decade, was blunter. The "
        "former investigator said the pilots had been flying tired for months."
    )
    q = _quote(nlp, text, "the pilots had been flying tired")
    assert q.antecedent is not None and q.antecedent.text == "Tom Reyes", q.antecedent


def test_the_paper_quoting_someone_as_saying_gives_them_the_words(nlp: Any) -> None:
    text = "The Evening Courier quoted a hospital manager as saying the ward would close in May."
    q = _quote(nlp, text, "the ward would close")
    assert q.mention is not None and q.mention.text == "a hospital manager", q.mention


def test_said_one_thing_and_denied_another_is_two_reports(nlp: Any) -> None:
    text = "She said the plan was sound, and denied that it would cost any jobs."
    assert [q.text for q in _quotes(nlp, text)] == [
        "the plan was sound",
        "it would cost any jobs",
    ]


def test_an_unnamed_worker_is_named_by_the_workplace() -> None:
    text = (
        "An engineer at the city's bus depot, who asked not to be named, said the brakes "
        "had been reported twice before the crash."
    )
    name = speaker_of(text, "the brakes had been reported")
    assert name is not None and "bus depot" in name, name


def test_the_website_named_after_its_description_speaks(nlp: Any) -> None:
    text = "Shares in Brill Foods fell 9 percent on Friday, the trade site FoodWatch reported."
    q = _quote(nlp, text, "Shares in Brill Foods fell")
    assert q.mention is not None and q.mention.text == "FoodWatch", q.mention


def test_a_repeated_call_for_something_is_a_report_of_it(nlp: Any) -> None:
    text = "The union renewed its call for the depot to be closed until the brakes are checked."
    q = _quote(nlp, text, "the depot to be closed")
    assert q.text == "the depot to be closed until the brakes are checked"
    assert q.mention is not None and q.mention.text == "The union", q.mention


def test_a_cue_after_a_semicolon_reports_its_object_not_the_clause_before(nlp: Any) -> None:
    text = "Bus crashes on ring road; council blames worn brakes\n\nThe bus hit a wall on Monday."
    assert [q.text for q in _quotes(nlp, text)] == ["worn brakes"]


def test_telling_a_magazine_by_name_still_reports_the_clause(nlp: Any) -> None:
    text = (
        "A spokesperson for the singer told People magazine the reports were 'completely untrue'."
    )
    q = _quote(nlp, text, "the reports were")
    assert q.text == "the reports were 'completely untrue'"
    assert q.mention is not None and q.mention.text == "A spokesperson", q.mention


def test_the_company_is_not_a_public_service_named_after_it(nlp: Any) -> None:
    # "service" ends a news agency's name ("Acme News Service") but alone heads a public body
    text = (
        "Pellmoor Water Ltd said its pumps were working normally, chief executive Ann Lee "
        "said on Monday.\n\n"
        "The Quenford County Ambulance Service said it had taken six people to hospital.\n\n"
        "Pellmoor shares fell 4 percent. The company said it would pay for the clean-up."
    )
    q = _quote(nlp, text, "it would pay for the clean-up")
    assert q.antecedent is not None and "Pellmoor Water" in q.antecedent.text, q.antecedent


def test_the_filing_says_is_who_spoke_in_the_filing(nlp: Any) -> None:
    text = (
        "Lee told the Evening Star that the pumps had been working.\n\n"
        "In a filing to the regulator on Monday, Pellmoor Water said its meters logged no "
        'fault. "Our records show the pump ran all night," the filing said.'
    )
    q = _quote(nlp, text, '"Our records show')
    assert q.antecedent is not None and "Pellmoor Water" in q.antecedent.text, q.antecedent


def test_a_lawsuit_accusing_someone_is_the_accusation_of_those_who_filed_it(nlp: Any) -> None:
    text = (
        "Forty shop owners have filed a lawsuit accusing the water board of neglect over "
        "the burst main."
    )
    q = _quote(nlp, text, "the water board of neglect")
    assert q.mention is not None and q.mention.text == "Forty shop owners", q.mention
