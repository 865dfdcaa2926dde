"""The README's quality table: ``geo-tracker evaluate`` on every gold set, as Markdown.

    python bench/quality.py            # all sets in tests/data/gold/
    python bench/quality.py dev4 heldout2

One row per set: toponym P/R/F1, share of resolved toponyms within the gold tolerance, median km
error, event P/R/F1 and the per-field accuracies of events paired by place. It runs the real
pipeline (ingest → geoparse → events) exactly as ``geo-tracker evaluate`` does.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo_tracker.evaluate import evaluate  # noqa: E402
from geo_tracker.gazetteer import load_default  # noqa: E402

ORDER = ("seeds", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35")


def _p(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def row(name: str, gaz) -> str:
    """One Markdown table row for gold set ``name``."""
    path = REPO / "seeds" if name == "seeds" else REPO / "tests" / "data" / "articles" / name
    r = evaluate(REPO / "tests" / "data" / "gold" / f"{name}.jsonl", [path], gazetteer=gaz)
    t, e = r.toponyms, r.events
    med = "—" if t.median_km is None else f"{t.median_km:.1f}"
    return (f"| {name} | {r.articles} | {_p(t.precision)} / {_p(t.recall)} / {_p(t.f1)} | "
            f"{_p(t.within_tolerance_share)}% | {med} | {_p(e.precision)} / {_p(e.recall)} / {_p(e.f1)} | "
            f"{_p(e.actor_accuracy)}% | {_p(e.type_accuracy)}% | {_p(e.date_accuracy)}% / {_p(e.date_exact)}% | "
            f"{_p(e.killed_accuracy)}% | {_p(e.background_accuracy)}% |")


def main(argv: list[str]) -> None:
    names = argv or [n for n in ORDER if (REPO / "tests" / "data" / "gold" / f"{n}.jsonl").exists()]
    gaz = load_default()
    print("| set | articles | toponyms P / R / F1 | resolved within tolerance | median km | "
          "events P / R / F1 | actor | type | date overlap / exact | killed exact | background |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name in names:
        print(row(name, gaz), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
