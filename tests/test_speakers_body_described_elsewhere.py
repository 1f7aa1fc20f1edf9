"""A body one article names with a description beside it ("Pell & Norris, the Leeds
engineering firm that designed the bridge") is the body another article gives only that
description ("The Leeds engineering firm that designed the bridge has rejected ...", "the
engineering firm's own statement"), when no other body is so described; and the body's
proper name, not the description, names the speaker. Texts are our own; the whole build
runs on the real model."""

from __future__ import annotations

from kg.run.pipeline import build_from_texts

_WIRE = (
    "Bridge row\n\n"
    "Pell & Norris, the Leeds engineering firm that designed the bridge, said the design met "
    "every standard.\n"
)
_TRADE = (
    "Bridge row deepens\n\n"
    "The Leeds engineering firm that designed the bridge has rejected the council's account, "
    "saying the steel was sound.\n\n"
    "The row grew after the engineering firm's own statement, which said that the welds "
    "had been tested.\n"
)


def _speakers(texts: dict[str, str]) -> dict[str, str | None]:
    result = build_from_texts(texts)
    out = {}
    for q in result.quotes:
        s = result.speakers.speaker_of(q)
        out[q.text] = s.name if s is not None else None
    return out


def test_a_description_given_elsewhere_is_the_named_body() -> None:
    said = _speakers({"wire": _WIRE, "trade": _TRADE})
    assert said["the steel was sound"] == "Pell & Norris", said
    assert said["the welds had been tested"] == "Pell & Norris", said


def test_two_bodies_so_described_leave_it_apart() -> None:
    other = _WIRE.replace("Pell & Norris", "Kell & Rowe").replace("the design", "the cost")
    said = _speakers({"wire": _WIRE, "wire2": other, "trade": _TRADE})
    assert said["the steel was sound"] not in ("Pell & Norris", "Kell & Rowe"), said
