"""Per-article pipeline throughput (``pipeline.process_article``: geoparse + events) on a corpus.

    python bench/bench_pipeline.py /tmp/c1k.jsonl [--repeat 2] [--profile out.prof]

Generate a corpus with ``python bench/corpus.py -n 1000 -o /tmp/c1k.jsonl``. Articles are read
once; one warm-up pass (per-token caches fill as early in a long run), then ``--repeat`` timed
passes; the best pass counts (CPU time of this process: other load on a shared machine skews it
least). Baseline in the same run: ``text.normalize`` of the same articles. One process, one
core. With ``--profile`` the timed passes run under cProfile and the top functions are printed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo_tracker.gazetteer import load_default  # noqa: E402
from geo_tracker.ingest import iter_articles  # noqa: E402
from geo_tracker.pipeline import process_article  # noqa: E402
from geo_tracker.text import normalize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", metavar="OUT")
    args = ap.parse_args()
    gaz = load_default()
    arts = list(iter_articles(args.paths))
    for a in arts:
        process_article(a, gaz)
    n = len(arts)

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    base = best(lambda: [normalize(a.text) for a in arts])

    def run() -> None:
        for a in arts:
            process_article(a, gaz)

    if args.profile:
        import cProfile
        import pstats
        pr = cProfile.Profile()
        secs = best(lambda: pr.runcall(run))
        pr.dump_stats(args.profile)
        pstats.Stats(pr).sort_stats("tottime").print_stats(40)
    else:
        secs = best(run)
    print(f"corpus: {n} articles, best of {args.repeat} passes")
    print(f"normalize         {n / base:9.0f} articles/s")
    print(f"process_article   {n / secs:9.0f} articles/s  {secs / base:6.1f}x normalize")


if __name__ == "__main__":
    main()
