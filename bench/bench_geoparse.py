"""Geoparsing and extraction throughput against reading + normalizing the same text.

    python bench/bench_geoparse.py [--repeat 5] [PATHS ...]

Corpus: every article in seeds/ and tests/data/articles/ (dev, dev2, dev3, heldout), read once,
or the given files/directories (e.g. a generated corpus: ``bench/corpus.py -n 1000 -o c.jsonl``).
Baseline (same run, same text): ``ingest.iter_articles`` + ``text.normalize``. Prints articles/s,
MB/s and the ratio to the baseline for: geoparse alone, geoparse + events (the whole
per-article pipeline). One process, one core.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo_tracker.events import extract_events  # noqa: E402
from geo_tracker.gazetteer import load_default  # noqa: E402
from geo_tracker.geoparse import geoparse, word_frequency  # noqa: E402
from geo_tracker.ingest import iter_articles  # noqa: E402
from geo_tracker.text import normalize  # noqa: E402

PATHS = [str(REPO / "seeds"), str(REPO / "tests" / "data" / "articles")]


def _rate(label: str, n: int, mb: float, secs: float, base: float | None) -> float:
    ratio = f"{secs / base:6.1f}x baseline" if base else "      baseline"
    print(f"{label:<28} {n / secs:9.0f} articles/s {mb / secs:7.2f} MB/s  {ratio}")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("paths", nargs="*", default=PATHS, help="articles (default: seeds + test articles)")
    args = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    gaz = load_default()
    word_frequency("تدمر")  # load the frequency list once, as a long run would
    arts = list(iter_articles(args.paths))
    for a in arts:  # warm-up: per-token caches fill as they would early in a long run
        extract_events(a, geoparse(a, gaz), gazetteer=gaz)
    n = len(arts) * args.repeat
    mb = sum(len(a.text.encode("utf-8")) for a in arts) * args.repeat / 1e6
    print(f"corpus: {len(arts)} articles × {args.repeat} = {n}, {mb:.2f} MB")

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for a in iter_articles(args.paths):
            normalize(a.text)
    base = _rate("read + normalize", n, mb, time.perf_counter() - t0, None)

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for a in arts:
            geoparse(a, gaz)
    _rate("geoparse", n, mb, time.perf_counter() - t0, base)

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for a in iter_articles(args.paths):
            extract_events(a, geoparse(a, gaz), gazetteer=gaz)
    _rate("read + geoparse + events", n, mb, time.perf_counter() - t0, base)


if __name__ == "__main__":
    main()
