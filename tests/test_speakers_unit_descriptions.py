"""Descriptions of bodies and sides that must not bind to the wrong name nearby: "the
department" after a campaign group, "X's office" after a person the tagger read as an
organisation, "Lee's attorney" before a prosecutor of the same title word, and "the defence"
(a side in court) near a headline role. Texts are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_of


def test_department_is_not_the_campaign_group_named_before() -> None:
    text = (
        "The Harbor Tenants League, a housing group, said inspectors had ignored its letters "
        "for a year. Its chairman, Omar Lindell, said the city had failed families.\n\n"
        "In a statement, the department said it had answered every complaint within a week."
    )
    name = speaker_of(text, "it had answered")
    assert name is not None and "League" not in name and "Lindell" not in name


def test_office_is_not_a_person_the_tagger_read_as_an_organisation() -> None:
    # The model tags the bare "Barclay" as an organisation; she is the prosecutor.
    text = (
        "Assistant District Attorney Carla Barclay, who will try the case, told the judge the "
        'ledger shows the money leaving the account. "He knew exactly where it went," Barclay '
        "said.\n\nIn a court filing, the district attorney's office said Haldane had moved the "
        'money "without telling anyone."'
    )
    name = speaker_of(text, "Haldane had moved")
    assert name is not None and "Barclay" not in name


def test_someones_attorney_is_not_a_later_official_with_that_title_word() -> None:
    text = (
        "A county judge on Friday refused to release Tomas Kessler on bail.\n\n"
        "Kessler's attorney had asked the court to delay the hearing until the spring. "
        "Assistant State Attorney Paul Verhoef, who is handling the case, told the judge the "
        'request should be refused. "The delay would only hurt the witnesses," Verhoef said.'
    )
    name = speaker_of(text, "the court to delay")
    assert name is not None and "Verhoef" not in name


def test_the_defence_is_not_the_role_named_in_the_headline() -> None:
    text = (
        "Prosecutor says Marlow lied; defence says the police lost the tapes\n\n"
        "The defence argues that detectives lost two hours of recordings. "
        'Prosecutor Ida Brandt told jurors that Marlow had "lied from the first day."'
    )
    name = speaker_of(text, "detectives lost")
    assert name is None or ("Prosecutor" not in name and "Brandt" not in name)


def test_a_thing_that_tells_a_story_does_not_take_the_report_from_its_side() -> None:
    # The report is the prosecution's: neither the video's nor an organisation's nearby.
    text = (
        "A county judge on Monday refused to dismiss the fraud charge against Lena Moritz, "
        "ruling that a jury must decide whether she knew about the transfers. She had worked "
        "at Northgate Bank for ten years.\n\n"
        "The prosecution says the video tells a different story. Assistant District Attorney "
        "Carla Barclay, who will try the case, told the judge the ledger shows the money "
        "leaving the account before the audit."
    )
    assert speaker_of(text, "the video tells a different story") == "prosecution"


def test_the_agency_is_the_department_named_before() -> None:
    # Public bodies' unit words stand for one another: "the agency" is the Department.
    text = (
        "Hundreds of ducks have died on Lake Orrin since Friday, according to the state "
        "Department of Wildlife Protection.\n\n"
        "The agency said it had asked the Morrow Paper Mill to hand over its discharge records."
    )
    name = speaker_of(text, "it had asked")
    assert name is not None and "Department of Wildlife Protection" in name
