"""A person told by an age adjective ("The 58-year-old, who has led the council since 2019,
said ...", which the tagger may read as a date) or by family standing with a count ("The
grandmother of four said ...") is the person in focus, not a dropped quote or a speaker
named by the description. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_of

_STORY = (
    "Shop owner fights rent rise\n\n"
    "Cllr Ann Lee denied that she had broken any rule. 'I have done nothing wrong,' Ms Lee "
    "said.\n\n"
    "The 58-year-old, who has led the parish council since 2019, said the shop would stay "
    "open.\n\n"
    "Among those who signed the petition is Rose Dunn, 71, a retired cook. 'We need this "
    "shop,' Mrs Dunn said.\n\n"
    "The grandmother of four said she had shopped there every week since 1980.\n"
)


def test_an_age_adjective_subject_is_the_person_in_focus() -> None:
    assert speaker_of(_STORY, "the shop would stay open") == "Ann Lee"


def test_a_family_standing_with_a_count_is_the_person_in_focus() -> None:
    assert speaker_of(_STORY, "she had shopped there") == "Rose Dunn"
