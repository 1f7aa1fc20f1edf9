"""Two ways a person's name is read: "Councillor" before a name is a title, so
"Councillor Ann Lee" and "Ann Lee" are one speaker; a name the entity tagger took for an
organisation is a person's when a role noun is set beside it ("Ann Lee, a consultant who
..."), so "Lee says" later is the same person. Texts are our own; the parse is the real
model."""

from __future__ import annotations

from kg.run.pipeline import build_from_texts


def _speaker_names(texts: dict[str, str]) -> dict[str, str]:
    """Quote text -> the speaker name kg gives it, over a whole build."""
    result = build_from_texts(texts)
    out = {}
    for q in result.quotes:
        s = result.speakers.speaker_of(q)
        out[q.text] = s.name if s is not None else ""
    return out


def test_councillor_is_a_title() -> None:
    texts = {
        "a": "City councillor Petra Lund said the ferry timetable was a disgrace.",
        "b": "Councillor Petra Lund has told residents that the ferry company must apologise.",
    }
    names = _speaker_names(texts)
    assert names["the ferry timetable was a disgrace"] == "Petra Lund", names
    assert names["the ferry company must apologise"] == "Petra Lund", names


def test_a_role_beside_a_name_makes_it_a_person() -> None:
    text = (
        "Margot Feeney, a consultant who advises ferry operators on staffing, says operators "
        'have been slow to adapt. "You lose the argument before you start," Feeney says.'
    )
    names = _speaker_names({"a": text})
    assert names["operators have been slow to adapt"] == "Margot Feeney", names
    assert names['"You lose the argument before you start,"'] == "Margot Feeney", names
