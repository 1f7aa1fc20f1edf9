"""A body named bare before any countried body of that name in its article ("OSLO, Norway --
The Foreign Ministry said ...", then "The Chilean Foreign Ministry said ...") does not take
the later body's country when the article first names another country: no wrong merge.
Texts are our own; the build is the real one."""

from __future__ import annotations

from .conftest import speaker_names

_WIRE = (
    "Norway expels Chilean diplomat\n\nBy Ann Vale\n\n"
    "OSLO, Norway (Wire) -- Norway on Tuesday ordered a Chilean diplomat to leave the country."
    '\n\nThe Foreign Ministry said in a statement that the diplomat had "broken the rules."'
    "\n\nThe Chilean Foreign Ministry said the claims were baseless."
)
_OTHER = (
    "Chile protests\n\nBy Tom Heel\n\n"
    "The Chilean Foreign Ministry said on Wednesday that it would respond in kind.\n\n"
    "The Norwegian Foreign Ministry said the talks would go ahead."
)


def test_a_bare_ministry_is_not_the_later_foreign_one() -> None:
    names = speaker_names({"a": _WIRE, "b": _OTHER})
    assert names['the diplomat had "broken the rules."'] != "Chilean Foreign Ministry"
    assert names["the claims were baseless"] == "Chilean Foreign Ministry"
