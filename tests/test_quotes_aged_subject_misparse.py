""" "The 58-year-old, who has flown model aircraft for decades, called the remarks 'unfair'":
the parser reads the age as the sentence's root and the verb of saying as a participle on
it; the verb is the main one and the age phrase its subject, the person just named. Texts
are our own; the parse is the real model."""

from __future__ import annotations

from .conftest import speaker_names


def test_the_aged_subject_after_a_relative_clause_calls_x_y() -> None:
    text = (
        "Stu Keel, the chairman of the Orbury Model Club, said members had been abused since "
        "the arrests. The 58-year-old, who has flown model aircraft for four decades, called "
        "the mayor's remarks 'grossly unfair to people who have done nothing wrong'."
    )
    names = speaker_names({"a": text})
    found = [q for q in names if "grossly unfair" in q]
    assert found and names[found[0]] == "Stu Keel", names
