"""Codebooks: reading, writing, and naming / merging / splitting / adding positions."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from kg.assemble.codebook import (
    Codebook,
    CodebookEntry,
    codebook_toml,
    load_codebook,
    parse_codebook,
)
from kg.errors import ConfigError
from kg.extract.records import extract_article
from kg.extract.terms import norm_term, term_words
from kg.query import positions_codebook
from kg.read.articles import article_from_text
from kg.run.pipeline import BuildResult, assemble

TEXTS = {
    "a": (
        "Fire Chief Anna Berg said faulty wiring caused the blaze at the factory. "
        "Inspector Carl Moss said faulty wiring was the main reason for the fire."
    ),
    "b": (
        "Fire expert Lena Ruiz said arson caused the fire at the factory. "
        "Police captain Omar Diaz said arson was to blame for the fire."
    ),
    "c": (
        "Union leader Tom Hale said the owners ignored safety rules for years. "
        "Worker Ada Finch said the owners ignored safety rules."
    ),
    "d": (
        "Mayor Ida Park said old wiring in the north hall caused the fire. "
        "Engineer Bo Lind said old wiring in the south hall caused the fire."
    ),
}


@pytest.fixture(scope="module")
def records(nlp: Any) -> list[Any]:
    return [extract_article(nlp(t), article_from_text(t, doc_id)) for doc_id, t in TEXTS.items()]


def surname_positions(result: BuildResult) -> dict[str, set[str]]:
    names = {s.id: s.name.split()[-1] for s in result.speakers.speakers}
    out: dict[str, set[str]] = {}
    for st in result.stances:
        out.setdefault(names[st.speaker], set()).add(st.position)
    return out


def book(text: str) -> Codebook:
    return parse_codebook(tomllib.loads(text))


@pytest.mark.parametrize(
    ("word", "norm"),
    [("Phones", "phone"), ("policies", "policy"), ("taxes", "tax"), ("status", "status")],
)
def test_norm_term(word: str, norm: str) -> None:
    assert norm_term(word) == norm


def test_term_words_split_hyphens_and_spaces() -> None:
    assert term_words("Safety-rule breaches") == ("safety", "rule", "breach")


def test_round_trip() -> None:
    entries = [
        CodebookEntry("w", 'The "wiring" story', ("wiring", "faulty wiring"), "cause", ("x",)),
        CodebookEntry("a", "Arson", ("arson",)),
    ]
    text = codebook_toml(entries, ["first\nsecond line", ""], auto=False)
    back = book(text)
    assert back.entries == tuple(entries)
    assert back.auto is False
    assert "# second line" in text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[[positions]]\nlabel = "x"\nterms = ["a"]', "no 'id'"),
        ('[[positions]]\nid = "x"', "no 'terms'"),
        ('[[positions]]\nid = "x"\nterms = "a"\nframe = "why"', "frame"),
        ('[[positions]]\nid = "x"\nterms = ["a"]\n[[positions]]\nid = "x"\nterms = ["b"]', "twice"),
        ('auto = "yes"', "'auto'"),
        ('[[positions]]\nid = "x"\nterms = [1]', "list of strings"),
    ],
)
def test_invalid_codebooks(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        book(text)


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such codebook"):
        load_codebook(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[positions]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml: not valid TOML"):
        load_codebook(bad)


def test_found_positions_without_a_codebook(records: list[Any]) -> None:
    by = surname_positions(assemble(records))
    assert by["Berg"] == by["Moss"]
    assert by["Ruiz"] == by["Diaz"]
    assert by["Berg"] != by["Ruiz"]


def test_name_a_position(records: list[Any]) -> None:
    cb = book('[[positions]]\nid = "wiring"\nlabel = "Bad wiring"\nterms = ["wiring"]')
    result = assemble(records, codebook=cb)
    labels = {p.id: p.label for p in result.positions}
    assert labels["wiring"] == "Bad wiring"
    assert surname_positions(result)["Berg"] == {"wiring"}


def test_merge_two_positions(records: list[Any]) -> None:
    cb = book('[[positions]]\nid = "cause"\nterms = ["wiring", "arson"]\nframe = "cause"')
    by = surname_positions(assemble(records, codebook=cb))
    assert by["Berg"] == by["Moss"] == by["Ruiz"] == by["Diaz"] == {"cause"}


def test_split_a_position(records: list[Any]) -> None:
    auto = surname_positions(assemble(records))
    assert auto["Park"] == auto["Lind"] == auto["Berg"]
    cb = book(
        '[[positions]]\nid = "north"\nterms = ["north hall"]\nframe = "cause"\n'
        '[[positions]]\nid = "south"\nterms = ["south hall"]\nframe = "cause"'
    )
    by = surname_positions(assemble(records, codebook=cb))
    assert by["Park"] == {"north"}
    assert by["Lind"] == {"south"}
    assert by["Berg"] == auto["Berg"]


def test_add_a_position(records: list[Any]) -> None:
    auto = surname_positions(assemble(records))
    assert "Hale" not in auto  # one claim each by two people: not found by itself
    cb = book('[[positions]]\nid = "safety"\nlabel = "Safety ignored"\nterms = ["safety rule"]')
    by = surname_positions(assemble(records, codebook=cb))
    assert by["Hale"] == by["Finch"] == {"safety"}
    assert by["Berg"] == auto["Berg"]  # found positions are kept (auto = true)


def test_only_the_codebook(records: list[Any]) -> None:
    cb = book('auto = false\n[[positions]]\nid = "arson"\nterms = ["arson"]')
    result = assemble(records, codebook=cb)
    assert {p.id for p in result.positions} == {"arson"}
    assert set(surname_positions(result)) == {"Ruiz", "Diaz"}


def test_printed_positions_build_the_same(records: list[Any]) -> None:
    first = assemble(records)
    cb = book(positions_codebook(first.graph))
    again = assemble(records, codebook=cb)
    assert surname_positions(again) == surname_positions(first)
    assert {p.label for p in again.positions} == {p.label for p in first.positions}


@pytest.mark.slow
def test_build_cli_reads_the_codebook(tmp_path: Path) -> None:
    import subprocess
    import sys

    for doc_id, text in TEXTS.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    cb = tmp_path / "book.toml"
    cb.write_text('[[positions]]\nid = "arson"\nlabel = "Arson"\nterms = ["arson"]\n', "utf-8")
    out = tmp_path / "out"
    kg = [sys.executable, "-m", "kg"]
    run = subprocess.run(
        [*kg, "build", str(tmp_path), "-o", str(out), "--codebook", str(cb), "--no-cache"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    printed = subprocess.run(
        [*kg, "positions", "-g", str(out / "graph.json")], capture_output=True, text=True
    )
    assert printed.returncode == 0
    assert 'id = "arson"' in printed.stdout and 'label = "Arson"' in printed.stdout
    bad = subprocess.run(
        [*kg, "build", str(tmp_path), "-o", str(out), "--codebook", str(tmp_path / "no.toml")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "no such codebook" in bad.stderr
