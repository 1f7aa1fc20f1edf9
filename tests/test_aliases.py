"""User alias files: reading them, and what merge, forbid and rename do to the speakers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.assemble.aliases import AliasRules, MergeRule, load_aliases, normalize_name, parse_aliases
from kg.assemble.speakers import SpeakerIndex, resolve_speakers
from kg.errors import ConfigError
from kg.extract.quotes import Quote, Span

EXAMPLE = """
# Every speaker named one of these is one speaker.
[[merge]]
names = ["Ann Lee", "the Lee campaign"]
name = "Ann Lee"

[[forbid]]
names = ["John Baker", "J. Baker", "Baker"]

[rename]
"The Polish Defense Ministry" = "Ministry of National Defence (Poland)"
"""


def test_parse_example() -> None:
    rules = parse_aliases(EXAMPLE, "aliases.toml")
    assert rules.merges == (MergeRule(("ann lee", "lee campaign"), "Ann Lee"),)
    assert rules.forbids == (
        ("john baker", "j. baker"),
        ("john baker", "baker"),
        ("j. baker", "baker"),
    )
    assert rules.renames == (("polish defense ministry", "Ministry of National Defence (Poland)"),)
    assert rules.source == "aliases.toml"
    assert rules.forbidden("Baker", "John  Baker")
    assert not rules.forbidden("Baker", "Mary Baker")
    assert rules.rename("the polish defense ministry") == "Ministry of National Defence (Poland)"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[merge]\nnames = 1", "not valid TOML"),
        ('[[merges]]\nnames = ["a", "b"]', "unknown section 'merges'"),
        ("[[merge]]\nnames = 'a'", "`names` must be a list"),
        ('[[merge]]\nnames = ["a"]', "at least two names"),
        ('[[merge]]\nnames = ["a", ""]', "`names` must be a list of non-empty strings"),
        ('[[merge]]\nnames = ["a", "b"]\nlabel = "x"', "unknown key 'label'"),
        ('[[forbid]]\nnames = ["a", "b"]\nname = "x"', "unknown key 'name'"),
        ('merge = "a"', "must be written as [[merge]]"),
        ("[rename]\na = 3", "[rename] must map names to non-empty strings"),
        (
            '[[merge]]\nnames = ["a", "b"]\n[[forbid]]\nnames = ["B", "A"]',
            "both merged and forbidden",
        ),
    ],
)
def test_malformed_files_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_aliases(text, "mine.toml")
    assert str(err.value).startswith("mine.toml: ")
    assert problem in str(err.value)


def test_load_reads_a_file_and_reports_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert load_aliases(path).merges[0].name == "Ann Lee"
    with pytest.raises(ConfigError, match="no such alias file"):
        load_aliases(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("a", "b"),
    [("The White House", "white house"), ("Ann’s office", "ann's office"), (" A  B ", "a b")],
)
def test_normalize_name(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def said(doc: str, mention: str, kind: str = "name") -> Quote:
    """A quote in ``doc`` whose speaker is written ``mention``."""
    text = f"{mention} said something"
    return Quote(
        doc,
        len(mention) + 6,
        len(text),
        "something",
        "indirect",
        mention=Span(0, len(mention), mention),
        mention_kind=kind,  # type: ignore[arg-type]
    )


def speakers(quotes: list[Quote], rules: AliasRules | None) -> dict[str, int]:
    index: SpeakerIndex = resolve_speakers(quotes, (), rules)
    return {s.name: s.n_quotes for s in index.speakers}


def test_merge_forces_one_speaker_and_says_why() -> None:
    quotes = [said("a", "Ann Lee"), said("b", "the Lee campaign", "nominal")]
    assert speakers(quotes, None) == {"Ann Lee": 1, "Lee campaign": 1}
    rules = parse_aliases('[[merge]]\nnames = ["Ann Lee", "The Lee campaign"]')
    index = resolve_speakers(quotes, (), rules)
    assert [(s.name, s.n_quotes) for s in index.speakers] == [("Ann Lee", 2)]
    assert any(m.startswith("alias file 1.00: ") for m in index.speakers[0].merges)


def test_merge_with_a_name_renames_the_result() -> None:
    quotes = [said("a", "Ann Lee"), said("b", "the Lee campaign", "nominal")]
    rules = parse_aliases('[[merge]]\nnames = ["Ann Lee", "Lee campaign"]\nname = "Lee (team)"')
    assert speakers(quotes, rules) == {"Lee (team)": 2}


def test_forbid_keeps_automatic_merges_apart() -> None:
    quotes = [said("a", "John Baker"), said("b", "J. Baker"), said("c", "Baker")]
    assert speakers(quotes, None) == {"John Baker": 3}
    rules = parse_aliases('[[forbid]]\nnames = ["John Baker", "J. Baker"]')
    # "Baker" alone could now be either of two people, so it joins neither.
    assert speakers(quotes, rules) == {"John Baker": 1, "J. Baker": 1, "Baker": 1}
    index = resolve_speakers(quotes, (), rules)
    owner = {q.doc: index.speaker_of(q) for q in quotes}
    assert owner["a"] is not None and owner["b"] is not None
    assert owner["a"].id != owner["b"].id


def test_forbid_blocks_a_surname_link_within_an_article() -> None:
    text = "Ann Lee said yes. Lee said no."
    q1 = Quote("a", 13, 16, "yes", "indirect", mention=Span(0, 7, "Ann Lee"), mention_kind="name")
    q2 = Quote("a", 27, 29, "no", "indirect", mention=Span(18, 21, "Lee"), mention_kind="name")
    assert text[18:21] == "Lee"
    assert speakers([q1, q2], None) == {"Ann Lee": 2}
    rules = parse_aliases('[[forbid]]\nnames = ["Ann Lee", "Lee"]')
    assert speakers([q1, q2], rules) == {"Ann Lee": 1, "Lee": 1}


def test_rename_changes_name_and_id() -> None:
    quotes = [said("a", "The Polish Defense Ministry", "nominal")]
    rules = parse_aliases('[rename]\n"Polish Defense Ministry" = "MON (Poland)"')
    index = resolve_speakers(quotes, (), rules)
    s = index.speakers[0]
    assert (s.name, s.id) == ("MON (Poland)", "mon-poland")
    assert "alias file rename: Polish Defense Ministry -> MON (Poland)" in s.merges
    assert index.by_quote[quotes[0].key] == "mon-poland"


def test_cli_build_with_aliases_then_show(tmp_path: Path) -> None:
    from kg.cli import app

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "John Baker, a senior analyst at the Atlantic Institute, said the talks "
        "had stalled. Baker said a deal was still possible.\n",
        encoding="utf-8",
    )
    (articles / "b.txt").write_text(
        "The Baker campaign said on Monday that a deal was near.\n", encoding="utf-8"
    )
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(
        '[[merge]]\nnames = ["John Baker", "The Baker campaign"]\nname = "John Baker (team)"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["build", str(articles), "--out", str(out), "--aliases", str(aliases), "--no-cache"]
    built = runner.invoke(app, args)
    assert built.exit_code == 0, built.output
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    labels = {n.get("label") for n in graph["nodes"] if n.get("kind") == "speaker"}
    assert "John Baker (team)" in labels
    shown = runner.invoke(app, ["show", "Baker campaign", "--graph", str(out / "graph.json")])
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith("John Baker (team) (person)")
    assert "alias file 1.00:" in shown.output
    assert "senior analyst" in shown.output


def test_cli_bad_alias_file_is_one_line_error(tmp_path: Path) -> None:
    from kg.cli import app

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Ann Lee said yes.\n", encoding="utf-8")
    aliases = tmp_path / "aliases.toml"
    aliases.write_text("[[merge]]\nnames = ['only one']\n", encoding="utf-8")
    result: Any = CliRunner().invoke(
        app, ["build", str(articles), "--out", str(tmp_path / "o"), "--aliases", str(aliases)]
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"kg: error: {aliases}: merge #1: `names` needs at least two names"]
    assert not (tmp_path / "o").exists()
