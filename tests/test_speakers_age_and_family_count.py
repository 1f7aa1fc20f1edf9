"""A person told by an age adjective ("The 61-year-old, who has chaired the parish council
since 2015, said ...", which the tagger may read as a date) or by family standing with a
count ("The father of two said ...") is the person just named, not a dropped quote or a
speaker named by the description. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_STORY = (
    "Shop owner fights rent rise\n\n"
    "Cllr Ann Lee rejected claims that she had broken planning rules. 'I followed every "
    "step,' Ms Lee said.\n\n"
    "The 61-year-old, who has chaired the parish council since 2015, said the shop would "
    "stay open.\n\n"
    "Among those who signed the petition is Rob Dunn, 44, a bus driver. 'This shop keeps the "
    "village going,' Mr Dunn said.\n\n"
    "The father of two said he had shopped there every week since 1990.\n"
)


def test_an_age_adjective_subject_is_the_person_in_focus() -> None:
    assert speaker_of(_STORY, "the shop would stay open") == "Ann Lee"


def test_a_family_standing_with_a_count_is_the_person_in_focus() -> None:
    assert speaker_of(_STORY, "he had shopped there") == "Rob Dunn"
