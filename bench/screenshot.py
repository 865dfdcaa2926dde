"""Screenshot a geo-tracker map with headless Debian chromium (for the README).

Usage:
    .venv/bin/python bench/screenshot.py MAP.html OUT.png [--width 1200] [--height 850] [--popup N]

Waits until the map's events are drawn (``window.__geoTracker.ready``); ``--popup N`` opens
event N's popup first. Online maps load their tiles from the network if it is reachable.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import browser  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description="Screenshot a geo-tracker HTML map.")
    ap.add_argument("html", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=850)
    ap.add_argument("--popup", type=int, default=None, help="open this event's popup")
    args = ap.parse_args()
    if not args.html.exists():
        sys.exit(f"screenshot: no such file: {args.html}")
    with browser.launch() as b:
        w = browser.open_page(b, args.html, width=args.width, height=args.height, block_network=False)
        w.page.wait_for_function("window.__geoTracker && window.__geoTracker.ready === true",
                                 timeout=120_000)
        if args.popup is not None:
            w.page.evaluate(f"window.__geoTracker.openPopup({int(args.popup)})")
        w.page.wait_for_timeout(1000)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        w.page.screenshot(path=str(args.out))
    for e in w.errors:
        print(f"screenshot: page reported: {e}", file=sys.stderr)
    print(args.out)


if __name__ == "__main__":
    main()
