#!/usr/bin/env python3
"""Screenshot a kg page in headless chromium once it has drawn.

Usage:  .venv/bin/python scripts/screenshot.py output/graph.html docs/graph.png
        [--tab board|graph|timeline] [--width 1600] [--height 1000] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chromium import ARGS, CHROMIUM  # scripts/ is on sys.path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--tab", choices=("board", "graph", "timeline"), default="board")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args(argv)
    if not args.html.is_file():
        print(f"screenshot: no such file: {args.html}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(
            viewport={"width": args.width, "height": args.height}, device_scale_factor=1
        )
        page.goto(f"{args.html.resolve().as_uri()}#{args.tab}")
        ready = "data-graph-ready" if args.tab == "graph" else "data-ready"
        page.wait_for_selector(f"body[{ready}='1']", state="attached", timeout=60_000)
        page.wait_for_timeout(300)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))
        browser.close()
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
