"""The articles people have: saved web pages, corpus files, a folder's metadata sidecar.

Every input is a file the test writes; reading needs no language model.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.read.articles import discover_files, read_article
from kg.read.corpus import CorpusColumns, read_corpus
from kg.read.load import load_articles

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour council delays ferry vote | The Coastal Ledger</title>
<meta property="og:title" content="Harbour council delays ferry vote">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:url" content="https://ledger.example.org/news/ferry-vote">
<meta property="article:published_time" content="2023-03-14T08:30:00Z">
<script>function track() { console.log("the tracker said hello"); }</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport pages</a></li></ul></nav>
<article>
<h1>Harbour council delays ferry vote</h1>
<p>The harbour council postponed its vote on the new ferry route on Tuesday, after
residents packed the town hall to object.</p>
<p>"We need more time to study the costs," said council chair Ellen Parks, who added
that a decision would come in April.</p>
<p>The operator, Bayline, said it remained committed to the plan and expected approval.</p>
</article>
<footer><p>Copyright The Coastal Ledger. All rights reserved.</p></footer>
<script>track();</script>
</body></html>
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --- saved web pages -------------------------------------------------------------------


def test_a_saved_page_gives_its_article_text_and_metadata(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "ferry.html", PAGE))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Harbour council delays ferry vote"
    assert paragraphs[2].startswith('"We need more time to study the costs," said')
    for furniture in ("Home", "Sport pages", "tracker", "console", "All rights reserved"):
        assert furniture not in article.text
    assert (article.id, article.title) == ("ferry", "Harbour council delays ferry vote")
    assert (article.date, article.outlet) == ("2023-03-14", "The Coastal Ledger")
    assert article.url == "https://ledger.example.org/news/ferry-vote"


def test_a_txt_file_that_is_a_page_is_read_as_one(tmp_path: Path) -> None:
    saved = "<!-- saved from url=(0032)https://news.example.com/ferry -->\n" + PAGE.replace(
        '<meta property="og:url" content="https://ledger.example.org/news/ferry-vote">', ""
    )
    article = read_article(write(tmp_path / "ferry.txt", saved))
    assert "<" not in article.text and "council chair Ellen Parks" in article.text
    assert article.url == "https://news.example.com/ferry"


def test_a_page_without_metadata_takes_the_dateline_it_shows(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Bridge to reopen</title></head><body><div class='story'>"
        "<h2>Bridge to reopen</h2><p>Published: 4 January 2023</p>"
        "<p>The mayor said the bridge would reopen on Friday after repairs to its deck.</p>"
        "</div></body></html>"
    )
    article = read_article(write(tmp_path / "bridge.htm", page))
    assert article.date == "2023-01-04" and article.title == "Bridge to reopen"
    assert article.outlet is None


def test_a_page_without_article_text_is_one_line_naming_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_folder_gives_its_pages_but_not_a_saved_pages_asset_folder(tmp_path: Path) -> None:
    write(tmp_path / "ferry.html", PAGE)
    write(tmp_path / "ferry_files" / "ad-frame.html", "<html><body>Buy now</body></html>")
    write(tmp_path / "notes.txt", "Notes\n\nThe clerk said the minutes were ready.")
    write(tmp_path / "archive.csv", "text\nThe clerk said so.\n")
    assert [p.name for p in discover_files([tmp_path])] == ["ferry.html", "notes.txt"]


def test_kgs_own_outputs_are_never_read_back_as_articles(tmp_path: Path, hand_graph: Any) -> None:
    from kg.outputs.render import render_html

    write(tmp_path / "story.txt", "Story\n\nThe clerk said the minutes were ready.")
    out = tmp_path / "output"
    for name in ("graph.json", "quotes.jsonl", "stances.jsonl"):
        write(out / name, "{}")
    write(out / "texts" / "story.txt", "Story\n\nThe clerk said the minutes were ready.")
    page = write(out / "graph.html", render_html(hand_graph("Story")))
    assert discover_files([tmp_path]) == [tmp_path / "story.txt"]
    with pytest.raises(InputError, match="a graph page kg wrote"):
        read_article(page)


def test_commands_that_read_a_graph_never_import_trafilatura() -> None:
    code = "import sys, kg.cli, kg.read.load; sys.exit('trafilatura' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- corpus files ----------------------------------------------------------------------

CSV = (
    "id,headline,body,published,source,link\n"
    'a1,Ferry vote delayed,"The council said on Tuesday it would wait.\n'
    "\n"
    '""We need time,"" said the chair.",2023-03-14,The Coastal Ledger,https://x.example/a1\n'
    "a2,Nothing here,,2023-03-15,The Coastal Ledger,\n"
    'a3,Broken,"Text",2023-03-16,X,https://x.example/a3,surplus\n'
    'a4,Bridge safe,"The mayor said the bridge is safe.",last week,Town Crier,\n'
)


def test_a_csv_corpus_gives_one_article_per_row_with_quoted_newlines(tmp_path: Path) -> None:
    read = read_corpus(write(tmp_path / "archive.csv", CSV))
    first, last = read.articles
    assert (
        first.text
        == 'The council said on Tuesday it would wait.\n\n"We need time," said the chair.'
    )
    assert (first.id, first.title, first.date, first.row) == (
        "a1",
        "Ferry vote delayed",
        "2023-03-14",
        1,
    )
    assert (first.outlet, first.url, first.path) == (
        "The Coastal Ledger",
        "https://x.example/a1",
        str(tmp_path / "archive.csv"),
    )
    assert (last.id, last.date) == ("a4", None)
    assert [str(e) for e in read.bad_rows] == [
        f"{tmp_path / 'archive.csv'}: row 2 (line 5): no text in the 'body' column",
        f"{tmp_path / 'archive.csv'}: row 3 (line 6): 7 fields, the header has 6",
    ]
    assert read.warnings == (
        f"{tmp_path / 'archive.csv'}: row 4 (line 7): cannot read the date 'last week'"
        "; using the text's dateline",
    )


def test_named_columns_win_and_a_missing_one_names_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "export.csv", "story;lede;when\nThe mayor said yes.;Lede;2023-01-04\n")
    columns = CorpusColumns(text="lede", title="story", date="WHEN")
    (article,) = read_corpus(path, columns).articles
    assert (article.text, article.title, article.date) == (
        "Lede",
        "The mayor said yes.",
        "2023-01-04",
    )
    assert article.id == "export-1"
    with pytest.raises(InputError, match=r"no column 'body' \(columns: story, lede, when\)"):
        read_corpus(path, CorpusColumns(text="body"))
    with pytest.raises(InputError, match="--text-column"):
        read_corpus(path)


def test_a_quote_never_closed_is_named_by_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "cut.csv", 'id,text\n1,"fine"\n2,"never closed\n3,more\n')
    with pytest.raises(InputError, match=r"cut\.csv: line 3: a quoted field is never closed"):
        read_corpus(path)


def test_a_jsonl_corpus_names_its_bad_lines(tmp_path: Path) -> None:
    rows = [
        {
            "id": "j1",
            "text": "The minister said the plan\u2028works.",
            "date": 1672790400,
            "source": {"id": "ledger", "name": "The Coastal Ledger"},
        },
        "{oops",
        [1, 2],
        {"articleBody": "", "headline": "Empty"},
    ]
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n\n")
    read = read_corpus(path)
    (article,) = read.articles
    assert article.text == "The minister said the plan\u2028works."
    assert (article.date, article.outlet, article.row) == ("2023-01-04", "The Coastal Ledger", 1)
    problems = [e.problem for e in read.bad_rows]
    assert problems[0].startswith("line 2: not valid JSON")
    assert problems[1:] == ["line 3: not a JSON object", "line 4: no text in the 'text' column"]


def test_a_jsonl_file_with_no_good_line_names_its_first_problem(tmp_path: Path) -> None:
    # Not "no text column (columns: )": no line could be read at all.
    with pytest.raises(InputError, match=r"line 1: not valid JSON"):
        read_corpus(write(tmp_path / "cut.jsonl", '{"text": "The mayor said no."\n'))
    with pytest.raises(InputError, match=r"item 1: not a JSON object"):
        read_corpus(write(tmp_path / "numbers.json", "[1, 2]"))
    with pytest.raises(InputError, match=r"no text column \(columns: body_html\)"):
        read_corpus(write(tmp_path / "other.jsonl", '{"body_html": "x"}\n'))


def test_a_json_corpus_is_a_list_or_an_object_holding_one(tmp_path: Path) -> None:
    items = [{"content": "The clerk said the minutes were ready.", "title": "Minutes"}]
    as_list = read_corpus(write(tmp_path / "a.json", json.dumps(items)))
    held = read_corpus(write(tmp_path / "b.json", json.dumps({"count": 1, "articles": items})))
    assert [a.title for a in as_list.articles] == [a.title for a in held.articles] == ["Minutes"]
    with pytest.raises(InputError, match="expected a list of articles"):
        read_corpus(write(tmp_path / "c.json", '{"count": 1}'))
    with pytest.raises(InputError, match=r"line 2: not valid JSON"):
        read_corpus(write(tmp_path / "d.json", '[\n{"text": }]'))


def test_rows_with_the_same_id_are_renamed_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "dup.csv", "id,text\nx,The mayor said yes.\nx,The mayor said no.\n")
    loaded = load_articles([path])
    assert [a.id for a in loaded.articles] == ["x", "x-2"]
    assert loaded.warnings == (f"{path}: row 2: another article is named 'x', using -2",)


def test_a_csv_in_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "old.csv", "text\nThe caf\u00e9 owner said it was fine.\n", "cp1252")
    loaded = load_articles([path])
    assert loaded.articles[0].text == "The caf\u00e9 owner said it was fine."
    assert loaded.warnings == (f"{path}: not valid UTF-8, read as cp1252",)


# --- the metadata sidecar --------------------------------------------------------------


def test_a_sidecar_gives_txt_files_their_metadata_before_the_dateline(tmp_path: Path) -> None:
    write(
        tmp_path / "ferry.txt",
        "Ferry vote delayed\nBy Ann Lee | 1 March 2023\n\nThe mayor said no.",
    )
    write(tmp_path / "bridge.txt", "Bridge safe\nBy Sam Roe | 2 March 2023\n\nThe clerk said yes.")
    write(tmp_path / "plain.txt", "Plain\n\nThe clerk said nothing new.")
    write(
        tmp_path / "metadata.csv",
        "id,date,outlet,url,title\n"
        "ferry,2023-03-14,The Coastal Ledger,https://x.example/ferry,Ferry vote put off\n"
        "bridge.txt,,Town Crier,,\n"
        "ghost,2023-01-01,Nobody,,\n",
    )
    loaded = load_articles([tmp_path])
    by_id = {a.id: a for a in loaded.articles}
    ferry, bridge, plain = by_id["ferry"], by_id["bridge"], by_id["plain"]
    assert (ferry.date, ferry.outlet, ferry.title) == (
        "2023-03-14",
        "The Coastal Ledger",
        "Ferry vote put off",
    )
    assert ferry.url == "https://x.example/ferry"
    assert (bridge.date, bridge.outlet, bridge.title) == ("2023-03-02", "Town Crier", "Bridge safe")
    assert (plain.date, plain.outlet) == (None, None)
    assert loaded.warnings == (
        f"{tmp_path / 'metadata.csv'}: no article file for row 3 (line 4) 'ghost'",
    )


def test_a_jsonl_sidecar_names_files_and_a_bad_sidecar_is_only_a_warning(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write(one / "ferry.txt", "Ferry\n\nThe mayor said no.")
    write(one / "metadata.jsonl", json.dumps({"file": "ferry.txt", "published": "4 Jan 2023"}))
    write(two / "bridge.txt", "Bridge\n\nThe clerk said yes.")
    write(two / "metadata.csv", "headline,when\nBridge,2023-01-05\n")
    loaded = load_articles([one, two])
    assert [(a.id, a.date) for a in loaded.articles] == [("ferry", "2023-01-04"), ("bridge", None)]
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith(f"{two / 'metadata.csv'}: no id or file column")


def test_a_corpus_file_inside_a_folder_is_skipped_with_a_warning_unless_named(
    tmp_path: Path,
) -> None:
    write(tmp_path / "ferry.txt", "Ferry\n\nThe mayor said no.")
    write(tmp_path / "metadata.csv", "id,outlet\nferry,The Coastal Ledger\n")
    write(tmp_path / "notes" / "archive.csv", "text\nThe clerk said yes.\n")
    loaded = load_articles([tmp_path])
    assert [a.id for a in loaded.articles] == ["ferry"]
    assert [(e.path, e.problem) for e in loaded.skipped] == [
        (
            str(tmp_path / "notes" / "archive.csv"),
            "a corpus file inside a folder is not read: name the file itself",
        )
    ]
    both = load_articles([tmp_path, tmp_path / "notes" / "archive.csv"])
    assert len(both.articles) == 2 and not both.skipped


def test_texts_are_written_exactly_and_old_ones_removed(tmp_path: Path) -> None:
    from kg.outputs.texts import write_texts
    from kg.read.articles import article_from_text

    write(tmp_path / "texts" / "gone.txt", "from an earlier build")
    odd = "\ufeffHeadline\n\nThe clerk said\u2028it was\r fine."
    articles = [article_from_text(odd, "a/b"), article_from_text("Plain.", "A:B")]
    folder = write_texts(articles, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["A_B-2.txt", "a_b.txt"]
    assert (folder / "a_b.txt").read_bytes().decode("utf-8") == articles[0].text
    assert (folder / "A_B-2.txt").read_text(encoding="utf-8") == "Plain."


# --- the whole build -------------------------------------------------------------------


def _kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kg", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.slow
def test_build_reads_every_kind_and_offsets_index_the_written_texts(tmp_path: Path) -> None:
    page = write(tmp_path / "ferry.html", PAGE)
    archive = write(tmp_path / "archive.csv", CSV)
    feed = write(
        tmp_path / "feed.jsonl",
        json.dumps(
            {"id": "j1", "text": 'The minister said "the plan works."', "date": "2023-01-04"}
        )
        + "\n{oops\n",
    )
    folder = tmp_path / "plain"
    write(folder / "bridge.txt", "Bridge safe\n\nThe mayor said the bridge is safe.")
    write(folder / "metadata.csv", "id,date,outlet\nbridge,2023-03-20,Town Crier\n")
    out = tmp_path / "out"
    proc = _kg("build", page, archive, feed, folder, "--out", out, "--no-cache")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stdout.startswith("5 articles,")
    warnings = proc.stderr.splitlines()
    assert (
        f"kg: warning: skipped {archive}: row 2 (line 5): no text in the 'body' column" in warnings
    )
    assert any(
        w.startswith(f"kg: warning: skipped {feed}: line 2: not valid JSON") for w in warnings
    )
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    articles = {n["doc"]: n for n in graph["nodes"] if n["kind"] == "article"}
    assert {d: a["date"] for d, a in articles.items()} == {
        "ferry": "2023-03-14",
        "a1": "2023-03-14",
        "a4": "",
        "j1": "2023-01-04",
        "bridge": "2023-03-20",
    }
    assert articles["bridge"]["outlet"] == "Town Crier" and articles["a1"]["row"] == 1
    rows = [
        json.loads(line)
        for name in ("quotes", "stances")
        for line in (out / f"{name}.jsonl").open()
    ]
    assert {r["doc"] for r in rows} >= {"ferry", "a1", "j1", "bridge"}
    for r in rows:
        text = (out / articles[r["doc"]]["text_file"]).read_text(encoding="utf-8")
        assert text[r["start"] : r["end"]] == r["text"]
    shown = _kg("show", "Ellen Parks", "--graph", out / "graph.json")
    assert (
        "2023-03-14  ferry (The Coastal Ledger): Harbour council delays ferry vote" in shown.stdout
    )
    assert "[2023-03-14 ferry " in shown.stdout


@pytest.mark.slow
def test_a_text_column_that_is_not_there_is_one_line_and_exit_1(tmp_path: Path) -> None:
    archive = write(tmp_path / "archive.csv", CSV)
    proc = _kg("build", archive, "--text-column", "story", "--out", tmp_path / "out")
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    assert line.startswith("kg: error: ") and f"{archive}: no column 'story'" in line
