"""Per-article extraction: a parsed article's quotes, entity mentions and claims."""

import time

#: When this process loaded kg's extraction code (nanoseconds since the epoch). The
#: records cache writes nothing once an extraction source file is newer than this: the
#: code running may then not be the code the key hashes (:meth:`kg.run.cache.RecordCache.put`).
LOADED_NS: int = time.time_ns()
