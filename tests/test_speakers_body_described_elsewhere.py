"""A body one article names with a description beside it ("Barrow & Finch, the London law
firm that drew up the contract") is the body another article gives only that description
("The London law firm that drew up the contract has cast doubt ...", "the law firm's own
statement"), when no other body is so described; and the body's proper name, not the
description, names the speaker. Texts are our own; the whole build runs on the real
model."""

from __future__ import annotations

from kg.run.pipeline import build_from_texts

_WIRE = (
    "Contract row\n\n"
    "Barrow & Finch, the London law firm that drew up the contract, said in a statement "
    "that its advice had been sound.\n"
)
_TRADE = (
    "Contract row deepens\n\n"
    "The London law firm that drew up the contract has cast doubt on the council's account, "
    "saying the clause was clear.\n\n"
    "The law firm's own statement, which said that the advice was sound, was issued on "
    "Monday.\n"
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
    assert said["the clause was clear"] == "Barrow & Finch", said
    assert said["the advice was sound"] == "Barrow & Finch", said


def test_two_bodies_so_described_leave_it_apart() -> None:
    other = _WIRE.replace("Barrow & Finch", "Kell & Rowe").replace("its advice", "the fee")
    said = _speakers({"wire": _WIRE, "wire2": other, "trade": _TRADE})
    assert said["the clause was clear"] not in ("Barrow & Finch", "Kell & Rowe"), said
