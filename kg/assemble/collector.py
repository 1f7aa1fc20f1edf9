"""When the build collects cyclic garbage: less often while articles are extracted, not
at all while the graph and the files are made.

Python collects its youngest objects every 700 allocations and, now and then, walks
every object in the process. A build holds the records of the whole corpus (a
million objects on a thousand articles), none of them garbage: each walk over them
costs time and frees nothing. On 924 PolNeAR articles the collector took a third
of the assembly's CPU time and half of the page's.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = [
    "EXTRACT_GC_THRESHOLD",
    "collect_less_from_now",
    "collecting_less",
    "collector_paused",
]


#: Allocations between two collections of the youngest generation while articles are
#: extracted (Python's default is 700): the records pile up (a million objects on a
#: thousand articles), none of them garbage, and each collection of the oldest
#: generation walks them all again. Cycles are still collected, less often.
EXTRACT_GC_THRESHOLD = 100_000


@contextlib.contextmanager
def collecting_less(threshold: int = EXTRACT_GC_THRESHOLD) -> Iterator[None]:
    """Collect cycles less often in the block (every ``threshold`` allocations of the
    youngest generation), then as before."""
    thresholds = gc.get_threshold()
    gc.set_threshold(threshold, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (if it was on), then resume it.

    For the corpus-wide stages and the writing: they make the graph and the files from
    records that hold no cycles, and every pass of the collector walks the records of
    the whole corpus again, for no memory back (the peak is the same without it).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def collect_less_from_now() -> None:
    """:func:`collecting_less` for the rest of this process (a worker process's start)."""
    gc.set_threshold(EXTRACT_GC_THRESHOLD, *gc.get_threshold()[1:])
