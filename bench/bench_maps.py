"""Benchmark: geo_tracker.maps.make_map vs plain folium MarkerCluster (same run, same data).

Builds and writes maps of 1k, 10k and 100k synthetic events (real Syrian places, several actors,
nine months, Arabic quotes) with ``make_map``, and the folium baseline (one ``folium.Marker`` with
an escaped HTML popup per event inside a ``MarkerCluster``) at 1k and 10k. Prints seconds and
bytes per event, and the ratios. A last row uses quotes of random words from the seed articles
(less compressible than the template quotes) to estimate size on real text.

Budget (issue): 100k events in <= 5 s and <= 250 bytes/event.

Usage:
    .venv/bin/python bench/bench_maps.py [--sizes 1000,10000,100000] [--out bench/out]
"""
from __future__ import annotations

import argparse
import html
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the synthetic-data generator lives with the tests

from test_maps import synthetic_events  # noqa: E402

from geo_tracker.maps import make_map, write_map  # noqa: E402


REPEAT = 1


def bench_ours(gdf, out: Path, **kw) -> tuple[float, float, int]:
    """Best wall and CPU seconds of REPEAT runs (the machine may be shared), and the file size.

    CPU time counts all threads, so on an idle machine the wall time is at most about that.
    """
    best, best_cpu = float("inf"), float("inf")
    for _ in range(REPEAT):
        t, c = time.perf_counter(), time.process_time()
        write_map(make_map(gdf, period="month", **kw), out)
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    return best, best_cpu, out.stat().st_size


def bench_folium(gdf, out: Path) -> tuple[float, float, int]:
    import folium
    from folium.plugins import MarkerCluster

    t, c = time.perf_counter(), time.process_time()
    m = folium.Map(location=[35.0, 38.5], zoom_start=7)
    mc = MarkerCluster().add_to(m)
    for r in gdf.itertuples(index=False):
        text = (f"<b>{html.escape(r.actor)} · {html.escape(r.event_type)}</b><br>{html.escape(r.date_start)}"
                f"<br>{html.escape(r.place_name_en)} / <span dir='rtl'>{html.escape(r.place_name_ar)}</span>"
                f"<br><span dir='rtl'>{html.escape(r.quote)}</span>")
        folium.Marker([r.geometry.y, r.geometry.x], popup=folium.Popup(text, max_width=320)).add_to(mc)
    m.save(str(out))
    return time.perf_counter() - t, time.process_time() - c, out.stat().st_size


def seed_word_quotes(gdf, seed: int = 0):
    """Replace quotes by 25 random words from the seed articles' vocabulary."""
    words = sorted({w for f in sorted((REPO / "seeds").glob("*.txt"))
                    for w in re.findall(r"[\u0600-\u06FF]+", f.read_text(encoding="utf-8"))})
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(words), (len(gdf), 25))
    g = gdf.copy()
    g["quote"] = [" ".join(words[j] for j in row) for row in idx]
    return g, len(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--baseline-max", type=int, default=10000, help="largest size for the folium baseline")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    ap.add_argument("--repeat", type=int, default=3, help="runs of ours per size (best is shown)")
    args = ap.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    if os.getloadavg()[0] > 1.5:
        print(f"note: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; timings are inflated")
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]

    rows = []
    for n in sizes:
        gdf = synthetic_events(n, seed=n % 97)
        ours = bench_ours(gdf, args.out / f"ours_{n}.html")
        off = bench_ours(gdf, args.out / f"ours_offline_{n}.html", offline=True)
        base = bench_folium(gdf, args.out / f"folium_{n}.html") if n <= args.baseline_max else None
        rows.append((n, "template quotes", ours, off, base))
    n = max(sizes)
    g, vocab = seed_word_quotes(synthetic_events(n, seed=5))
    ours = bench_ours(g, args.out / f"ours_words_{n}.html")
    off = bench_ours(g, args.out / f"ours_words_offline_{n}.html", offline=True)
    rows.append((n, f"random seed words ({vocab})", ours, off, None))

    print(f"{'events':>8} {'quotes':<24} {'ours s':>6} {'cpu s':>6} {'B/ev':>5} | {'offline s':>9} {'cpu s':>6} "
          f"{'B/ev':>5} | {'folium s':>8} {'cpu s':>6} {'B/ev':>5} | {'faster':>6} {'smaller':>7}")
    for n, kind, (t, c, b), (ot, oc, ob), base in rows:
        line = f"{n:>8,} {kind:<24} {t:>6.2f} {c:>6.2f} {b / n:>5.0f} | {ot:>9.2f} {oc:>6.2f} {ob / n:>5.0f} |"
        if base:
            bt, bc, bb = base
            line += f" {bt:>8.2f} {bc:>6.2f} {bb / n:>5.0f} | {bt / t:>5.1f}x {bb / b:>6.1f}x"
        else:
            line += f" {'-':>8} {'-':>6} {'-':>5} | {'-':>6} {'-':>7}"
        print(line)
    big = [r for r in rows if r[0] == 100_000]
    if big:
        worst_t = max(max(r[2][0], r[3][0]) for r in big)
        worst_c = max(max(r[2][1], r[3][1]) for r in big)
        worst_b = max(max(r[2][2], r[3][2]) for r in big) / 100_000
        print(f"100k budget: <= 5 s and <= 250 B/event; worst here {worst_t:.2f} s wall, {worst_c:.2f} s CPU, "
              f"{worst_b:.0f} B/event")
    print(f"(ours = make_map + write_map, best of {REPEAT}; folium = MarkerCluster + one Marker/Popup "
          "per event + save, one run; speed ratio on wall time)")


if __name__ == "__main__":
    main()
