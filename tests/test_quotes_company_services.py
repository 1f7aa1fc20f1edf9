"""Which business "the company" is (h22d): a name ending in the plural "Services" is a
business unless a public-service word heads it ("Harlan Hull Services", not "Social
Services"); an investigators' "Branch" or "Unit" is no business; and when the paragraph
names no business, the latest one that was a subject comes before one only written to
or read by ("a letter to the board seen by Dockside Weekly"). Texts are our own; the
parse is the real model."""

from __future__ import annotations

from typing import Any

from kg.extract.quotes import Quote, extract_quotes


def _quote(nlp: Any, text: str, content: str) -> Quote:
    found = [q for q in extract_quotes(nlp(text), "t") if q.text.startswith(content)]
    assert found, [q.text for q in extract_quotes(nlp(text), "t")]
    return found[0]


def test_a_firm_named_services_is_the_company_not_the_investigators(nlp: Any) -> None:
    text = (
        "A preliminary report by the Marine Safety Investigation Branch said the hull had "
        "split along an old weld.\n\n"
        "The findings are a setback for Harlan Hull Services, which repairs the ferries. The "
        "company has insisted that its welders found nothing wrong during a check in May."
    )
    q = _quote(nlp, text, "its welders found nothing wrong")
    assert q.antecedent is not None and q.antecedent.text == "Harlan Hull Services", q.antecedent


def test_social_services_is_no_company(nlp: Any) -> None:
    text = (
        "Brill Foods closed its canteen on Monday after Harbury Social Services raised a "
        "complaint.\n\n"
        "The company said the canteen would reopen next week."
    )
    q = _quote(nlp, text, "the canteen would reopen")
    assert q.antecedent is not None and q.antecedent.text == "Brill Foods", q.antecedent


def test_the_company_is_the_earlier_subject_not_the_board_it_wrote_to(nlp: Any) -> None:
    text = (
        "Harlan Hull Services, meanwhile, has gone on the offensive. In a letter to the "
        "MSIB seen by Dockside Weekly, the firm's director Al Penn wrote that the split "
        '"is consistent with impact damage".\n\n'
        "Penn's letter also claimed that Harlan's own survey of the hull in May \"showed no "
        'defect". The company said it would publish the survey this week.'
    )
    q = _quote(nlp, text, "it would publish the survey")
    assert q.antecedent is not None and q.antecedent.text == "Harlan Hull Services", q.antecedent
