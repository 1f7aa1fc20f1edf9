"""Reading a user's file without trusting it: regular files only, never more than a limit.

Every file kg reads on a user's behalf (articles, alias files, codebooks, saved
graphs) goes through :func:`read_bounded`:

- the path is looked at with ``stat`` first, and anything but a regular file (a
  FIFO, a device such as ``/dev/zero``, a socket, a folder) is refused without
  being opened, so a named pipe cannot block a build and a device cannot fill memory;
- the file is opened non-blocking and checked again on the open descriptor (it may
  have been swapped between the two looks);
- at most ``limit + 1`` bytes are read, so a file that grows while it is read (or
  lies about its size) still costs at most the limit.

:func:`display_path` turns any name the OS allows (bytes that are not UTF-8, lone
surrogates) into text that can be printed and written as UTF-8.

>>> display_path("caf\\udce9.txt")
'caf\\\\xe9.txt'
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = ["display_path", "file_kind", "read_bounded", "safe_text"]

Problem = Callable[[Path, str], Exception]

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str | None:
    """What a non-regular file is ("a named pipe (FIFO)"...), or None for a regular file.

    >>> file_kind(stat.S_IFIFO | 0o644)
    'a named pipe (FIFO)'
    >>> file_kind(stat.S_IFREG | 0o644) is None
    True
    """
    if stat.S_ISREG(mode):
        return None
    for test, what in _KINDS:
        if test(mode):
            return what
    return "not a regular file"


def safe_text(text: str) -> str:
    """``text`` with lone surrogates written as escapes, so it always encodes as UTF-8.

    A name decoded by the OS with ``surrogateescape`` shows its raw byte (``\\xe9``).

    >>> safe_text("ok"), safe_text("a\\ud800b")
    ('ok', 'a\\\\ud800b')
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte the file system name held (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as printable UTF-8 text, its undecodable bytes escaped."""
    return safe_text(os.fspath(path))


def read_bounded(path: str | os.PathLike[str], limit: int, problem: Problem) -> bytes:
    """The bytes of the regular file ``path``, refusing anything else or more than ``limit``.

    Parameters
    ----------
    path : path-like
    limit : int
        The largest size accepted, in bytes.
    problem : callable
        ``problem(path, message)`` makes the exception raised (an InputError, a
        ConfigError...), so each caller reports in its own terms.

    Raises
    ------
    Exception
        What ``problem`` makes: no such file, not a regular file, too large, unreadable.
    """
    p = Path(path)
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise problem(p, "no such file (or a broken link)") from None
    except OSError as exc:
        raise problem(p, f"cannot read: {exc.strerror or exc}") from None
    _check_stat(p, info, limit, problem)
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise problem(p, f"cannot read: {exc.strerror or exc}") from None
    try:
        _check_stat(p, os.fstat(fd), limit, problem)  # swapped since the first look?
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise problem(p, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise problem(p, f"file is over the {limit:,}-byte limit")
    return data


def _check_stat(p: Path, info: os.stat_result, limit: int, problem: Problem) -> None:
    kind = file_kind(info.st_mode)
    if kind == "a folder":
        raise problem(p, "is a folder, not a file")
    if kind is not None:
        raise problem(p, f"not a regular file: {kind}; skipped without reading it")
    if info.st_size > limit:
        raise problem(p, f"file is {info.st_size:,} bytes, over the {limit:,}-byte limit")
