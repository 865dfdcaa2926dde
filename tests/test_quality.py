"""Quality floors on the evaluation corpus: the real pipeline scored against hand-made gold.

Each floor sits a few points under the score measured when it was set, so a change that makes
extraction worse on text it used to handle fails here. The held-out sets are scored too (that is
measuring, not tuning: their articles are never read while developing). Figures and targets are
in the README; ``geo-tracker evaluate --details`` shows what a failure lost.
"""
from __future__ import annotations

import pytest

from geo_tracker.evaluate import evaluate

# set: (toponym F1, share of resolved toponyms within tolerance, event F1, event actor accuracy)
FLOORS = {
    "seeds": (0.96, 0.78, 0.53, 0.88),
    "dev": (0.95, 0.93, 0.73, 0.92),
    "dev2": (0.94, 0.88, 0.78, 0.91),
    "dev3": (0.94, 0.84, 0.72, 0.88),
    "dev4": (0.93, 0.92, 0.79, 0.93),
    "dev5": (0.89, 0.90, 0.76, 0.88),
    "dev6": (0.91, 0.83, 0.65, 0.84),
    "dev7": (0.93, 0.91, 0.72, 0.89),
    "dev8": (0.94, 0.91, 0.75, 0.93),
    "dev9": (0.93, 0.92, 0.58, 0.88),
    "dev10": (0.94, 0.93, 0.60, 0.80),
    "dev11": (0.92, 0.94, 0.60, 0.86),
    "dev12": (0.94, 0.90, 0.57, 0.83),
    "dev13": (0.94, 0.90, 0.68, 0.83),
    "dev14": (0.93, 0.92, 0.66, 0.90),
    "dev15": (0.93, 0.89, 0.58, 0.82),
    "dev16": (0.95, 0.88, 0.55, 0.78),
    "dev17": (0.94, 0.94, 0.60, 0.84),
    "dev18": (0.93, 0.92, 0.58, 0.78),
    "dev19": (0.96, 0.94, 0.60, 0.77),
    "dev20": (0.94, 0.93, 0.56, 0.78),
    "dev21": (0.95, 0.91, 0.57, 0.74),
    "dev22": (0.92, 0.90, 0.57, 0.87),
    "dev23": (0.92, 0.92, 0.58, 0.78),
    "dev24": (0.94, 0.90, 0.55, 0.79),
    "dev25": (0.96, 0.94, 0.61, 0.84),
    "dev26": (0.94, 0.91, 0.63, 0.78),
    "dev27": (0.94, 0.91, 0.64, 0.81),
    "dev28": (0.93, 0.92, 0.62, 0.80),
    "dev29": (0.95, 0.91, 0.67, 0.84),
    "dev30": (0.94, 0.85, 0.50, 0.76),
    "dev31": (0.95, 0.89, 0.66, 0.84),
    "dev32": (0.94, 0.92, 0.66, 0.90),
    "dev33": (0.90, 0.96, 0.70, 0.89),
    "dev34": (0.93, 0.90, 0.74, 0.89),
    "dev35": (0.94, 0.89, 0.70, 0.88),
    "dev36": (0.93, 0.92, 0.64, 0.80),
    "dev37": (0.92, 0.92, 0.73, 0.86),
    "dev38": (0.96, 0.93, 0.64, 0.80),
    "dev39": (0.95, 0.90, 0.67, 0.83),
    "dev40": (0.95, 0.90, 0.72, 0.91),
    "dev41": (0.94, 0.89, 0.66, 0.87),
    "dev42": (0.93, 0.93, 0.62, 0.82),
    "heldout": (0.94, 0.94, 0.55, 0.81),
    "heldout2": (0.90, 0.90, 0.47, 0.73),
    "heldout3": (0.87, 0.91, 0.61, 0.86),
    "heldout4": (0.93, 0.91, 0.53, 0.74),
    "heldout5": (0.89, 0.92, 0.47, 0.71),
    "heldout6": (0.90, 0.94, 0.49, 0.76),
    "heldout7": (0.91, 0.90, 0.59, 0.82),
    "heldout8": (0.93, 0.91, 0.51, 0.87),
    "heldout9": (0.92, 0.93, 0.67, 0.82),
    "heldout10": (0.95, 0.90, 0.59, 0.81),
    "heldout11": (0.93, 0.93, 0.72, 0.92),
    "heldout12": (0.93, 0.92, 0.44, 0.68),
    "heldout13": (0.93, 0.93, 0.49, 0.80),
    "heldout14": (0.93, 0.91, 0.63, 0.82),
    "heldout15": (0.90, 0.92, 0.67, 0.90),
    "heldout16": (0.91, 0.88, 0.60, 0.83),
    "heldout17": (0.93, 0.94, 0.58, 0.81),
    "heldout18": (0.93, 0.91, 0.57, 0.72),
    "heldout19": (0.93, 0.89, 0.60, 0.87),
    "heldout20": (0.96, 0.92, 0.75, 0.89),
    "heldout21": (0.92, 0.87, 0.58, 0.83),
    "heldout22": (0.92, 0.92, 0.64, 0.85),
    "heldout23": (0.94, 0.93, 0.59, 0.77),
    "heldout24": (0.92, 0.93, 0.57, 0.77),
    "heldout25": (0.94, 0.93, 0.56, 0.88),
    "heldout26": (0.93, 0.91, 0.55, 0.88),
    "heldout27": (0.95, 0.89, 0.59, 0.81),
    "heldout28": (0.91, 0.90, 0.53, 0.91),
    "heldout29": (0.95, 0.92, 0.62, 0.80),
    "heldout30": (0.95, 0.90, 0.58, 0.75),
    "heldout31": (0.92, 0.87, 0.55, 0.70),
    "heldout32": (0.93, 0.93, 0.48, 0.80),
    "heldout33": (0.95, 0.89, 0.66, 0.86),
    "heldout34": (0.92, 0.91, 0.58, 0.92),
    "heldout35": (0.94, 0.93, 0.76, 0.91),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(name, repo, gaz):
    path = repo / "seeds" if name == "seeds" else repo / "tests" / "data" / "articles" / name
    rep = evaluate(repo / "tests" / "data" / "gold" / f"{name}.jsonl", [path], gazetteer=gaz)
    topo_f1, within, ev_f1, actor = FLOORS[name]
    got = (rep.toponyms.f1, rep.toponyms.within_tolerance_share, rep.events.f1, rep.events.actor_accuracy)
    assert rep.toponyms.f1 >= topo_f1, got
    assert rep.toponyms.within_tolerance_share >= within, got
    assert rep.events.f1 >= ev_f1, got
    assert rep.events.actor_accuracy >= actor, got


@pytest.fixture(scope="module")
def gaz():
    from geo_tracker.gazetteer import load_default

    return load_default()
