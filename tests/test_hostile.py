"""Hostile but legal input (issue 18): special files, odd names, odd encodings.

Each test here failed on the code before issue 18.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.articles import looks_like_html, read_article
from kg.read.rawfile import read_bounded

GOOD = 'Mayor Ann Lee said the bridge would reopen in May. "It is safe," she said.\n'


def _limited_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a Python limited to 1 GiB of memory and ``timeout`` seconds."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


def test_a_fifo_is_skipped_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    # Opening a FIFO for reading blocks until a writer comes: the old code never returned.
    code = (
        "from kg.read.articles import read_article\n"
        "from kg.errors import InputError\n"
        f"try:\n    read_article({str(fifo)!r})\nexcept InputError as e:\n    print(e)\n"
    )
    done = _limited_python(code, timeout=30)
    assert "named pipe" in done.stdout, done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_skipped_without_reading_it(tmp_path: Path, device: str) -> None:
    link = tmp_path / "z.txt"
    link.symlink_to(device)
    code = (
        "from kg.read.articles import read_article\n"
        "from kg.errors import InputError\n"
        f"try:\n    read_article({str(link)!r})\nexcept InputError as e:\n    print(e)\n"
    )
    done = _limited_python(code, timeout=30)
    assert "character device" in done.stdout, done.stderr


def test_a_read_never_takes_more_than_the_limit_plus_one(tmp_path: Path) -> None:
    f = tmp_path / "grows.txt"
    f.write_bytes(b"a" * 100)
    with pytest.raises(InputError, match="over the 99-byte limit"):
        read_bounded(f, 99, InputError)
    assert read_bounded(f, 100, InputError) == b"a" * 100


def test_a_nul_byte_after_8_kib_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "late-nul.txt"
    f.write_bytes(GOOD.encode() * 200 + b"\x00\x01binary tail")
    with pytest.raises(InputError, match="NUL bytes"):
        read_article(f)


def test_html_after_the_first_512_bytes_is_a_page(tmp_path: Path) -> None:
    f = tmp_path / "saved.txt"
    f.write_bytes(b"Saved from the web\n" + b"-" * 600 + b"\n<html><body><p>x</p></body></html>")
    with pytest.raises(InputError, match="HTML"):
        read_article(f)
    assert not looks_like_html(b'He said the "<body> of work" was <b>large</b>.')


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    f = tmp_path / "wide.txt"
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    f.write_bytes(bom + GOOD.encode(codec))
    article = read_article(f)
    assert article.text == GOOD
    assert article.encoding == "utf-16"


def test_a_name_that_is_not_utf8_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    odd = os.fsencode(corpus) + b"/caf\xe9 =1+1.txt"
    with open(odd, "wb") as fh:
        fh.write(b"Officials said the plan, which the mayor backed, would cost more.\n")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    graph = (out / "graph.json").read_text(encoding="utf-8")
    assert "caf\\\\xe9 =1+1" in graph or "caf\\\\udce9 =1+1" in graph


def test_lone_surrogates_in_the_python_api_are_written(tmp_path: Path) -> None:
    from kg.run.pipeline import build_from_texts, write_outputs

    result = build_from_texts({"odd\ud800id": "The mayor said \ud83d it was fine.\n"})
    write_outputs(result, tmp_path / "out")
    (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")


# ------------------------------------------------------------ alias files and codebooks


def test_an_alias_file_of_300_merged_and_300_forbidden_names_is_checked_quickly(
    tmp_path: Path,
) -> None:
    import time

    from kg.assemble.aliases import load_aliases

    names = [f'"Person {i} Surname"' for i in range(300)]
    f = tmp_path / "aliases.toml"
    f.write_text(
        f"[[merge]]\nnames = [{', '.join(names)}]\n\n"
        f"[[forbid]]\nnames = [{', '.join(n.replace('Person', 'Other') for n in names)}]\n",
        encoding="utf-8",
    )
    start = time.perf_counter()
    rules = load_aliases(f)
    assert rules.forbidden("Other 1 Surname", "the other 2 surname")
    assert not rules.forbidden("Person 1 Surname", "Person 2 Surname")
    # The old check compared every merged pair with every forbidden pair: n**4, over 180 s.
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("loader", ["aliases", "codebook"])
def test_deeply_nested_toml_is_a_config_error(tmp_path: Path, loader: str) -> None:
    from kg.assemble.aliases import load_aliases
    from kg.assemble.codebook import load_codebook
    from kg.errors import ConfigError

    f = tmp_path / "deep.toml"
    f.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"deep\.toml"):
        (load_aliases if loader == "aliases" else load_codebook)(f)


def test_a_codebook_rejects_unknown_keys_as_an_alias_file_does(tmp_path: Path) -> None:
    from kg.assemble.codebook import load_codebook
    from kg.errors import ConfigError

    f = tmp_path / "codebook.toml"
    f.write_text('[[positions]]\nid = "a"\nterms = ["tax cut"]\ntrems = ["typo"]\n')
    with pytest.raises(ConfigError, match="unknown key 'trems'"):
        load_codebook(f)
    f.write_text('atuo = false\n[[positions]]\nid = "a"\nterms = ["tax cut"]\n')
    with pytest.raises(ConfigError, match="unknown key 'atuo'"):
        load_codebook(f)


def test_an_alias_file_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    from kg.assemble.aliases import load_aliases
    from kg.errors import ConfigError

    fifo = tmp_path / "aliases.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="named pipe"):
        load_aliases(fifo)
