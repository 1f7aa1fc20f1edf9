"""Which business "the company" is (h22d): a name ending in the plural "Services" is a
business unless a public-service word heads it ("Vossley Flour Services", not "Social
Services"); an investigators' "Branch" or "Unit" is no business; and when the paragraph
names no business, the latest one that was a subject comes before one only written to
or read by ("a note to the inspectors read by Baking Trade News"). Texts are our own; the
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
        "An interim note from the Food Standards Inspection Branch said the flour had been "
        "kept in a damp room.\n\n"
        "Vossley Flour Services, which supplies the bakeries, was named in the note. "
        "The company maintains that its storerooms passed every test last year."
    )
    q = _quote(nlp, text, "its storerooms passed")
    assert q.antecedent is not None and q.antecedent.text == "Vossley Flour Services", q.antecedent


def test_social_services_is_no_company(nlp: Any) -> None:
    text = (
        "Pella Dairies shut its farm shop on Friday after Tarrow Social Services reported a "
        "fall there.\n\n"
        "The company said the shop would open again in June."
    )
    q = _quote(nlp, text, "the shop would open again")
    assert q.antecedent is not None and q.antecedent.text == "Pella Dairies", q.antecedent


def test_the_company_is_the_earlier_subject_not_the_board_it_wrote_to(nlp: Any) -> None:
    text = (
        "Vossley Flour Services has hit back. In a note to the FSIB read by Baking Trade "
        "News, the firm's head cook Ann Lee wrote that the damp "
        '"came from a burst pipe next door".\n\n'
        "Lee's note added that Vossley's own tests of the flour in April \"found it quite "
        'dry". The company said it would send the tests to the council.'
    )
    q = _quote(nlp, text, "it would send the tests")
    assert q.antecedent is not None and q.antecedent.text == "Vossley Flour Services", q.antecedent
