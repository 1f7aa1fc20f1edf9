"""The outputs of one build, published as one set, by one build at a time.

A build's files (graph.json, .graphml, .gexf, .html, quotes.jsonl, stances.jsonl)
must never sit beside files of another build: a reader would pair a graph with
another build's page. So :func:`publish`

1. writes every file into a staging folder next to the output folder
   (``.<out>.kg-new-<pid>``), flushed to disk, with a manifest ``kg-build.json``
   (the build's id and each file's SHA-256) written last;
2. switches the staging folder and the output folder in one step (Linux
   ``renameat2(RENAME_EXCHANGE)``; a first build is one ``rename``), then deletes
   the old set. Other files the user keeps in the folder are linked into the new set
   first, so they stay.

``kill -9`` at any moment leaves the previous complete set or the new one; a
staging folder it leaves behind is removed by the next build. Where the exchange
is not available (another OS, a file system without it, a folder holding
sub-folders), each file is renamed into place and the manifest goes last: a
reader (:func:`kg.outputs.graph.load_graph`) then refuses a graph.json that the
manifest does not list.

:class:`OutputLock` keeps a second build out of the same folder: it fails at
once with one line instead of interleaving its files with the first build's.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import stat
import time
from collections.abc import Mapping
from pathlib import Path

from kg.errors import KgError, printable
from kg.outputs.manifest import MANIFEST_NAME
from kg.read.rawfile import file_kind

__all__ = ["MANIFEST_NAME", "OUTPUT_NAMES", "OutputLock", "check_out_dir", "publish"]

#: Every file a build writes into its output folder.
OUTPUT_NAMES = (
    "graph.json",
    "graph.graphml",
    "graph.gexf",
    "graph.html",
    "quotes.jsonl",
    "stances.jsonl",
)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_HELD: dict[Path, int] = {}  # lock files this process holds, for re-entry


class OutputLock:
    """An exclusive lock on an output folder, held for a whole build.

    The lock file is ``.<out>.kg-lock`` beside the folder (the folder itself is
    switched). Re-entrant within one process.

    Raises
    ------
    KgError
        Another process holds the lock (another build is writing there).
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        out = Path(out).resolve() if Path(out).is_symlink() else Path(out).absolute()
        self.path = out.parent / f".{out.name}.kg-lock"
        self.out = out
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        if self.path in _HELD:
            return self
        self.out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise KgError(
                f"{printable(self.out)}: another kg build is writing into this folder; "
                "wait for it to finish or choose another --out"
            ) from None
        _HELD[self.path] = fd
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            del _HELD[self.path]
            os.close(self._fd)  # closing releases the lock; the file stays (harmless)
            self._fd = None


def check_out_dir(out: str | os.PathLike[str]) -> None:
    """Refuse, before any work, an output folder the build could not write its set into.

    Raises
    ------
    KgError
        ``out`` is not a folder, or one of the output names in it is not a regular file.
    """
    p = Path(out)
    with contextlib.suppress(FileNotFoundError):
        mode = os.stat(p).st_mode
        if not stat.S_ISDIR(mode):
            raise KgError(f"{printable(p)}: --out must be a folder, and this is {_kind(mode)}")
        for name in (*OUTPUT_NAMES, MANIFEST_NAME):
            with contextlib.suppress(FileNotFoundError):
                mode = os.lstat(p / name).st_mode
                if not stat.S_ISREG(mode):
                    raise KgError(
                        f"{printable(p / name)}: is {_kind(mode)}, not a regular file; "
                        "move it away so the build can write there"
                    )


def _kind(mode: int) -> str:
    return "a symbolic link" if stat.S_ISLNK(mode) else file_kind(mode) or "a file"


def publish(out: str | os.PathLike[str], files: Mapping[str, bytes]) -> list[Path]:
    """Write ``files`` (name -> bytes) as the one complete set in the folder ``out``.

    Takes the :class:`OutputLock` (re-entrant if the caller holds it).
    Returns the paths written, in the order of ``files``.
    """
    target = Path(out)
    if target.is_symlink():  # swap the folder it points to, never the link itself
        target = target.resolve()
    with OutputLock(target):
        check_out_dir(target)
        _remove_stale_staging(target)
        staging = target.parent / f".{target.name}.kg-new-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            _write_set(staging, files)
            _switch(staging, target, files)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return [Path(out) / name for name in files]  # in the order given, as the caller named it


def _write_set(staging: Path, files: Mapping[str, bytes]) -> None:
    """Every file, flushed, then the manifest naming them all (written last)."""
    for name, data in files.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        _write_synced(staging / name, data)
    manifest = {
        "build": f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}",
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    _write_synced(staging / MANIFEST_NAME, json.dumps(manifest, indent=1).encode("utf-8"))
    _sync_dir(staging)


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _switch(staging: Path, target: Path, files: Mapping[str, bytes]) -> None:
    """Make the staging folder's set the target's, in one step when the system allows."""
    if not target.exists():
        os.rename(staging, target)
        return
    if _carry_user_files(target, staging, files) and _exchange(staging, target):
        return  # the old set is now in `staging`, removed by the caller
    for name in files:  # fallback: file by file, the manifest last
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, target / name)
    for folder in {name.split("/")[0] for name in files if "/" in name}:
        for old in (target / folder).iterdir():  # files of an earlier set in our folders
            if f"{folder}/{old.name}" not in files and old.is_file():
                old.unlink()
    os.replace(staging / MANIFEST_NAME, target / MANIFEST_NAME)
    _sync_dir(target)


def _carry_user_files(target: Path, staging: Path, files: Mapping[str, bytes]) -> bool:
    """Link the user's own files of ``target`` into the new set (False: it holds folders)."""
    ours = {name.split("/")[0] for name in files} | {MANIFEST_NAME}
    for entry in os.scandir(target):
        if entry.name in ours or entry.name.startswith(".graph."):
            continue
        if entry.is_dir(follow_symlinks=False):
            return False
        try:
            os.link(entry.path, staging / entry.name, follow_symlinks=False)
        except OSError:
            return False
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False where it is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), os.fsdecode(b))


def _remove_stale_staging(target: Path) -> None:
    """Staging folders that killed builds left beside ``target`` (never a published set)."""
    for stale in target.parent.glob(f".{target.name}.kg-new-*"):
        shutil.rmtree(stale, ignore_errors=True)
