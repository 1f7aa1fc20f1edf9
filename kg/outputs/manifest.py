"""The manifest a build writes last into its output folder, and its two readers.

``kg-build.json`` holds the build's id and the SHA-256 of each file of the set
(:mod:`kg.run.publish` writes it). :func:`check_manifest` refuses a file the
manifest lists with other bytes (a set mixed by an interrupted switch);
:func:`note_in_manifest` keeps it true when ``kg export`` or ``kg render``
rewrites one of the files in place.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from kg.errors import GraphFileError
from kg.read.rawfile import read_bounded

__all__ = ["MANIFEST_NAME", "check_manifest", "note_in_manifest"]

#: The manifest's file name in an output folder.
MANIFEST_NAME = "kg-build.json"


def _listed(folder: Path) -> tuple[dict[str, object], dict[str, object]] | None:
    """The manifest of ``folder`` and its files table, or None (absent or unreadable)."""
    try:
        entry = json.loads(read_bounded(folder / MANIFEST_NAME, 1 << 20, GraphFileError))
    except (GraphFileError, ValueError, RecursionError):
        return None
    files = entry.get("files") if isinstance(entry, dict) else None
    return (entry, files) if isinstance(files, dict) else None


def check_manifest(p: Path, raw: bytes) -> None:
    """Refuse a file its folder's build manifest lists with other bytes.

    Raises
    ------
    GraphFileError
        ``p`` is not the file the folder's last complete build wrote.
    """
    found = _listed(p.parent)
    if found is None or p.name not in found[1]:
        return  # no manifest (a graph saved on its own, an older kg): nothing to check
    if found[1][p.name] != hashlib.sha256(raw).hexdigest():
        raise GraphFileError(
            p,
            f"not the {p.name} of the last complete build in its folder (an interrupted or "
            "mixed set of outputs): run `kg build` again",
        )


def note_in_manifest(path: Path, data: bytes, write: Callable[[Path, bytes], None]) -> None:
    """Record the new hash of ``path`` in its folder's manifest, if it lists it."""
    found = _listed(path.parent)
    if found is not None and path.name in found[1]:
        entry, files = found
        files[path.name] = hashlib.sha256(data).hexdigest()
        write(path.parent / MANIFEST_NAME, json.dumps(entry, indent=1).encode("utf-8"))
