"""How this project drives a browser: Debian's chromium, headless, no network of its own.

One place for the executable and its flags, used by the browser tests and by the
scripts that open kg pages (``bench_render.py``, ``screenshot.py``).
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
#: Headless, no sandbox (CI runs as root), and none of the background requests
#: (updates, sync, safe browsing) that would leave the machine.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
