"""Running a build: the pipeline, the extraction engines, the per-article cache."""

from pathlib import Path

#: Where ``kg build`` keeps the cache unless told otherwise (relative to the current folder);
#: here, not in :mod:`kg.run.cache`, so that the command line reads it without importing
#: the cache machinery.
DEFAULT_CACHE_DIR = Path(".kg-cache")
