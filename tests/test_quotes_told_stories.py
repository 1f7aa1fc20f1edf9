""" "Tell" with a story for its object: evidence that "tells a different story" is the
reporter's evidence, as evidence that shows is; and people who "told their story" did the
telling, with nothing told in the report (inside another's report it is no nested source).
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names

_TEXT = (
    "Ferry claim fails\n\n"
    "The operator said the ferry left on time. The logs tell a different story.\n\n"
    'Agent Tom Pryor said he "never discusses money" but that the Rudds had told their story '
    "in good faith.\n"
)


def test_evidence_that_tells_a_story_is_no_source() -> None:
    assert "a different story" not in speaker_names({"a": _TEXT})


def test_telling_ones_own_story_is_no_report_inside_another() -> None:
    found = speaker_names({"a": _TEXT})
    assert "Rudds" not in found.values(), found
    assert any(q.endswith("in good faith") and s == "Tom Pryor" for q, s in found.items()), found
