"""The exceptions kg raises.

Every error a user can cause is a :class:`KgError`; the CLI turns each into a
one-line message on stderr and exit status 1. Anything else is a bug.

>>> err = InputError("seeds/a.txt", "file is empty")
>>> str(err)
'seeds/a.txt: file is empty'
>>> isinstance(err, KgError)
True
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "GraphFileError",
    "InputError",
    "KgError",
    "NoArticlesError",
    "OutputError",
    "QueryError",
    "printable",
]


class KgError(Exception):
    """Base class of every error a user can cause."""


def printable(value: object) -> str:
    """``str(value)`` that always encodes as UTF-8 (a file name's undecodable bytes escaped).

    >>> printable("caf\\udce9.txt")
    'caf\\\\udce9.txt'
    """
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")


class InputError(KgError):
    """An article file that cannot be used, with the path and the problem."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = printable(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NoArticlesError(KgError):
    """No usable article was found in the given paths."""


class GraphFileError(KgError):
    """A saved graph that is missing, truncated or of another version."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = printable(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(KgError):
    """A user file (aliases, codebook) that cannot be read or is malformed."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = printable(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class OutputError(KgError):
    """An output target kg refuses to write (a device, a FIFO, a link, a folder)."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = printable(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class QueryError(KgError):
    """A question kg cannot interpret; the message lists example questions."""
