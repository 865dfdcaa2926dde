"""Launch Debian's chromium through playwright for browser tests and screenshots.

Never runs ``playwright install``: the browser is the system's ``/usr/bin/chromium``.

Example:
    >>> with launch() as b:                       # doctest: +SKIP
    ...     w = open_page(b, Path("map.html"))
    ...     w.page.wait_for_function("window.__geoTracker && window.__geoTracker.ready")
    ...     assert not w.errors
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

CHROMIUM = os.environ.get("GEO_TRACKER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@contextlib.contextmanager
def launch() -> Iterator["object"]:
    """Yield a playwright Browser running /usr/bin/chromium headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watched:
    """A page plus everything it reported: JS errors, console errors, outside requests."""

    page: "object"
    errors: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)


def open_page(browser: "object", path: Path | str, *, width: int = 1200, height: int = 850,
              block_network: bool = True, wait: str = "load") -> Watched:
    """Open a local HTML file; record page errors, console errors and non-local requests.

    With ``block_network`` every request that is not file:/data:/blob: is aborted and recorded
    in ``.network`` (so a test can assert the page asked for nothing).
    """
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    w = Watched(page=page)
    page.on("pageerror", lambda exc: w.errors.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: w.errors.append(f"console.{msg.type}: {msg.text}")
            if msg.type == "error" else None)

    def route(r: "object") -> None:
        url = r.request.url
        if url.startswith(LOCAL_SCHEMES):
            r.continue_()
        else:
            w.network.append(url)
            if block_network:
                r.abort()
            else:
                r.continue_()

    context.route("**/*", route)
    context.on("request", lambda req: None if req.url.startswith(LOCAL_SCHEMES)
               or req.url in w.network else w.network.append(req.url))
    url = path if isinstance(path, str) and "://" in path else Path(path).resolve().as_uri()
    page.goto(url, wait_until=wait)
    return w


def screenshot(html: Path | str, out: Path | str, *, width: int = 1200, height: int = 850,
               timeout_ms: int = 120_000) -> None:
    """Open a map, wait until its events are drawn, save a PNG."""
    with launch() as b:
        w = open_page(b, html, width=width, height=height, block_network=False)
        w.page.wait_for_function("window.__geoTracker && window.__geoTracker.ready === true",
                                 timeout=timeout_ms)
        w.page.wait_for_timeout(800)  # tiles / cluster animation
        w.page.screenshot(path=str(out))
        w.page.context.close()
