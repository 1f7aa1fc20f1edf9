""" "Cllr" is the British short form of "councillor", a title: "Cllr Ann Lee" in one paper
and "Ann Lee" in another are one speaker. Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names


def test_cllr_is_a_title_not_part_of_the_name() -> None:
    names = speaker_names(
        {
            "a": "Library to close\n\nThe council leader, Cllr Ann Lee, denied that the library "
            "would close.\n\n"
            '"We will find the money," Ms Lee said.\n',
            "b": "Library row\n\nCouncil leader Ann Lee said the building was unsafe.\n",
        }
    )
    assert names["the library would close"] == names["the building was unsafe"], names
