"""Tests for geo_tracker.clusters and ``geo-tracker clusters`` on synthetic events with known
clusters (made here: points drawn around chosen centres, or uniform inside Syria)."""
from __future__ import annotations

import json
import subprocess

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from pyproj import Transformer
from sklearn.metrics import adjusted_rand_score

from geo_tracker import clusters as C
from geo_tracker.cli import cli, main
from geo_tracker.errors import GeoTrackerError

# Well-separated places in Syria (lat, lon): Aleppo, Deir ez-Zor, Damascus, Homs desert, Raqqa.
CENTRES = [(36.20, 37.15), (35.33, 40.14), (33.51, 36.29), (34.55, 38.28), (35.95, 39.02)]
_FWD = Transformer.from_crs("EPSG:4326", C.SYRIA_AEQD, always_xy=True)
_INV = Transformer.from_crs(C.SYRIA_AEQD, "EPSG:4326", always_xy=True)


def blob(lat: float, lon: float, n: int, sigma_km: float, rng: np.random.Generator):
    """n points around (lat, lon), Gaussian with sigma_km, drawn in metres then unprojected."""
    x0, y0 = _FWD.transform(lon, lat)
    xy = np.column_stack([x0, y0]) + rng.normal(size=(n, 2)) * sigma_km * 1000
    lo, la = _INV.transform(xy[:, 0], xy[:, 1])
    return np.asarray(la), np.asarray(lo)


def uniform_in_syria(n: int, rng: np.random.Generator):
    """n points uniform (by area) inside Syria's outline."""
    window = C._project_geom(C.syria_outline())
    xy = C.random_points_in(window, n, rng)
    lo, la = _INV.transform(xy[:, 0], xy[:, 1])
    return np.asarray(la), np.asarray(lo)


def make_events(lat, lon, truth=None, **cols) -> gpd.GeoDataFrame:
    n = len(lat)
    base = {"event_id": [f"e{i}" for i in range(n)], "actor": "russia",
            "event_type": "airstrike", "date_start": "2024-03-01", "date_end": "2024-03-01",
            "geo_precision": 1, "uncertainty_km": 2.0, "killed": None,
            "place_name_en": "Somewhere", "admin1": "Homs"}
    base.update(cols)
    df = pd.DataFrame({k: (v if np.ndim(v) else [v] * n) for k, v in base.items()})
    if truth is not None:
        df["truth"] = truth
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


@pytest.fixture(scope="module")
def separated() -> gpd.GeoDataFrame:
    """Five tight clusters of 30 events (sigma 3 km) far apart, plus 15 scattered events."""
    rng = np.random.default_rng(42)
    lats, lons, truth = [], [], []
    for k, (la, lo) in enumerate(CENTRES):
        a, b = blob(la, lo, 30, 3.0, rng)
        lats.append(a)
        lons.append(b)
        truth += [k] * 30
    a, b = uniform_in_syria(15, rng)
    lats.append(a)
    lons.append(b)
    truth += [-1] * 15
    lat, lon = np.concatenate(lats), np.concatenate(lons)
    killed = [int(i % 4) if i % 5 else None for i in range(len(lat))]
    return make_events(lat, lon, truth=truth, killed=killed)


def _ari(gdf, res) -> float:
    return adjusted_rand_score(gdf["truth"], res.labels.fillna(-1).astype(int))


@pytest.mark.parametrize("method, kwargs", [
    ("dbscan", {"eps_km": 10, "min_events": 5}),
    ("dbscan", {"eps_km": 10, "min_events": 5, "engine": "haversine"}),
    ("hdbscan", {"min_events": 10}),
    ("hdbscan", {"min_events": 10, "engine": "haversine"}),
    ("st-dbscan", {"eps_km": 10, "days": 3, "min_events": 5}),
    ("st-dbscan", {"eps_km": 10, "days": 3, "min_events": 5, "engine": "haversine"}),
])
def test_well_separated_clusters_recovered(separated, method, kwargs):
    res = C.cluster_events(separated, method=method, **kwargs)
    assert _ari(separated, res) >= 0.9
    assert res.n_clusters == len(CENTRES)
    assert list(res.table["cluster_id"]) == list(range(len(CENTRES)))  # largest first
    assert res.labels.index.equals(separated.index)


@pytest.mark.parametrize("max_pairs", [C.MAX_PAIRS_IN_MEMORY, 0])  # in memory / chunk by chunk
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("method", ["dbscan", "st-dbscan"])
def test_sphere_engine_matches_sklearn_haversine(monkeypatch, max_pairs, weighted, method):
    rng = np.random.default_rng(7)
    lats, lons = [], []
    for la, lo in CENTRES:  # touching blobs so border points and merges happen
        for dk in range(4):
            a, b = blob(la + dk * 0.08, lo, 60, 4.0, rng)
            lats.append(a)
            lons.append(b)
    a, b = uniform_in_syria(300, rng)
    lats.append(a)
    lons.append(b)
    g = make_events(np.concatenate(lats), np.concatenate(lons))
    mode = "include"
    if weighted:
        g["geo_precision"] = np.where(np.arange(len(g)) % 3 == 0, 3, 1)
        mode = "downweight"
    monkeypatch.setattr(C, "MAX_PAIRS_IN_MEMORY", max_pairs)
    kw = {"eps_km": 4, "min_events": 6, "precision3": mode, "method": method}
    if method == "st-dbscan":
        day = pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(len(g)) % 40, unit="D")
        g["date_start"] = g["date_end"] = day.strftime("%Y-%m-%d")
        kw.update(days=12, min_events=4)
    mine = C.cluster_events(g, engine="sphere", **kw).labels.astype(int)
    ref = C.cluster_events(g, engine="haversine", **kw).labels.astype(int)
    assert ((mine == -1) == (ref == -1)).all()  # same noise, hence same core points
    assert adjusted_rand_score(ref, mine) > 0.98  # border points may pick another cluster
    assert mine.max() == ref.max() >= 3  # the same number of clusters, and several


def test_st_dbscan_separates_same_place_different_times():
    rng = np.random.default_rng(3)
    la, lo = CENTRES[3]
    a1, b1 = blob(la, lo, 25, 3.0, rng)
    a2, b2 = blob(la, lo, 25, 3.0, rng)
    a3, b3 = blob(*CENTRES[0], 25, 3.0, rng)
    d1 = pd.Timestamp("2024-01-10") + pd.to_timedelta(rng.integers(0, 5, 25), unit="D")
    d2 = pd.Timestamp("2024-06-10") + pd.to_timedelta(rng.integers(0, 5, 25), unit="D")
    d3 = pd.Timestamp("2024-03-01") + pd.to_timedelta(rng.integers(0, 5, 25), unit="D")
    dates = [d.date().isoformat() for d in [*d1, *d2, *d3]]
    g = make_events(np.r_[a1, a2, a3], np.r_[b1, b2, b3], truth=[0] * 25 + [1] * 25 + [2] * 25,
                    date_start=dates, date_end=dates)
    st = C.cluster_events(g, method="st-dbscan", eps_km=10, days=7, min_events=5)
    assert _ari(g, st) >= 0.9
    lab = st.labels.astype(int)
    assert lab[:25].nunique() == 1 and lab[25:50].nunique() == 1
    assert lab.iloc[0] != lab.iloc[25] and (lab >= 0).all()
    # the same events without time merge the two periods: the time window does the work
    sp = C.cluster_events(g, method="dbscan", eps_km=10, min_events=5).labels.astype(int)
    assert sp.iloc[0] == sp.iloc[25]
    spans = st.table.set_index("n_events")[["date_start", "date_end"]]
    assert {"2024-01-10", "2024-06-10"} <= set(st.table["date_start"])
    assert len(spans) == 3


def test_st_dbscan_excludes_and_counts_undated(separated):
    g = separated.copy()
    g.loc[g.index[:7], ["date_start", "date_end"]] = None
    g.loc[g.index[7], "date_start"] = None  # date_end alone still dates it
    res = C.cluster_events(g, method="st-dbscan", eps_km=10, days=3, min_events=5)
    assert res.excluded_reasons["no_date"] == 7
    assert res.excluded == 7
    assert res.labels.iloc[:7].isna().all() and res.labels.iloc[7:].notna().all()
    assert "excluded 7" in res.summary() and "no_date: 7" in res.summary()


def test_event_midpoint_is_middle_of_range():
    g = make_events([35.0, 35.0, 35.0], [38.0, 38.0, 38.0],
                    date_start=["2024-03-01", None, "bad"], date_end=["2024-03-05", "2024-04-02", None])
    mid = C.event_midpoints(g)
    assert mid.iloc[0] == pd.Timestamp("2024-03-03")
    assert mid.iloc[1] == pd.Timestamp("2024-04-02")
    assert pd.isna(mid.iloc[2])


def _p3_group():
    """A cluster of 6 precise events and, far away, a group of 8 geo_precision-3 events."""
    rng = np.random.default_rng(5)
    a1, b1 = blob(*CENTRES[0], 6, 2.0, rng)
    a2, b2 = blob(*CENTRES[1], 8, 2.0, rng)
    return make_events(np.r_[a1, a2], np.r_[b1, b2], geo_precision=[1] * 6 + [3] * 8,
                       uncertainty_km=[2.0] * 6 + [40.0] * 8)


@pytest.mark.parametrize("mode, n_clusters, excluded, p3_labels", [
    ("exclude", 1, 8, "na"),
    ("downweight", 1, 0, "noise"),       # 8 × 0.25 = 2 < min_events: cannot make a cluster
    ("include", 2, 0, "cluster"),
])
def test_precision3_modes(mode, n_clusters, excluded, p3_labels):
    g = _p3_group()
    res = C.cluster_events(g, eps_km=15, min_events=5, precision3=mode)
    assert res.n_clusters == n_clusters
    assert res.excluded == excluded
    p3 = res.labels.iloc[6:]
    if p3_labels == "na":
        assert p3.isna().all()
        assert res.excluded_reasons["geo_precision_3"] == 8
        assert "excluded 8 of 14 events (geo_precision_3: 8)" in res.summary()
    elif p3_labels == "noise":
        assert (p3 == -1).all()
        assert "8 geo_precision-3 events down-weighted" in res.summary()
    else:
        assert (p3 >= 0).all()
        assert res.table.loc[res.table["n_events"] == 8, "n_precision3"].item() == 8


def test_downweighted_precision3_can_join_but_not_make_hdbscan_cluster():
    rng = np.random.default_rng(11)
    a1, b1 = blob(*CENTRES[0], 30, 2.0, rng)
    a2, b2 = blob(*CENTRES[0], 3, 2.0, rng)     # vague events inside the cluster
    a3, b3 = blob(*CENTRES[2], 12, 2.0, rng)    # vague events alone
    a4, b4 = blob(*CENTRES[3], 30, 2.0, rng)
    g = make_events(np.r_[a1, a2, a3, a4], np.r_[b1, b2, b3, b4],
                    geo_precision=[1] * 30 + [3] * 15 + [1] * 30, uncertainty_km=10.0)
    res = C.cluster_events(g, method="hdbscan", min_events=10, precision3="downweight")
    lab = res.labels.astype(int)
    assert res.n_clusters == 2
    assert (lab.iloc[30:33] == lab.iloc[0]).all()
    assert (lab.iloc[33:45] == -1).all()


def test_by_actor_separates_actors_at_same_place():
    rng = np.random.default_rng(9)
    a, b = blob(*CENTRES[2], 40, 2.0, rng)
    actors = ["russia", "israel"] * 20
    g = make_events(a, b, actor=actors)
    together = C.cluster_events(g, eps_km=10, min_events=5)
    assert together.n_clusters == 1 and together.table["actors"].item() == "israel;russia"
    apart = C.cluster_events(g, eps_km=10, min_events=5, by_actor=True)
    assert apart.n_clusters == 2
    assert sorted(apart.table["actors"]) == ["israel", "russia"]
    lab = apart.labels.astype(int)
    assert lab[g["actor"] == "russia"].nunique() == 1
    assert lab[g["actor"] == "russia"].iloc[0] != lab[g["actor"] == "israel"].iloc[0]


def test_hull_table_properties(separated):
    res = C.cluster_events(separated, eps_km=10, min_events=5)
    hulls = res.hulls
    assert hulls.crs.to_epsg() == 4326
    for col in ("cluster_id", "actors", "n_events", "date_start", "date_end", "radius_km",
                "centroid_lat", "centroid_lon", "killed_total", "method", "params"):
        assert col in hulls.columns
    lab = res.labels.astype(int)
    for row in hulls.itertuples():
        members = separated[lab == row.cluster_id]
        assert row.n_events == len(members)
        assert row.geometry.is_valid and row.geometry.geom_type == "Polygon"
        assert row.geometry.contains(shapely.union_all(members.geometry.values))
        k = members["killed"].dropna()
        assert row.killed_total == int(k.sum()) and row.killed_reported == len(k)
        # sigma 3 km blobs: the farthest event lies within ~15 km of the centroid
        assert 3 < row.radius_km < 16
        truth_centre = CENTRES[members["truth"].mode().item()]
        assert abs(row.centroid_lat - truth_centre[0]) < 0.05
        assert abs(row.centroid_lon - truth_centre[1]) < 0.05
        assert json.loads(row.params)["eps_km"] == 10
    assert set(hulls["date_start"]) == {"2024-03-01"}


def test_hull_buffer_grows_with_uncertainty(separated):
    areas = []
    for u in (1.0, 5.0, 20.0):
        g = separated.assign(uncertainty_km=u)
        res = C.cluster_events(g, eps_km=10, min_events=5)
        areas.append(res.hulls.sort_values("cluster_id")["area_km2"].to_numpy())
    assert (areas[0] < areas[1]).all() and (areas[1] < areas[2]).all()
    # a 20 km buffer adds at least the disc area around the cluster
    assert (areas[2] > np.pi * 20 ** 2).all()
    # one very uncertain event inside the cluster pushes the polygon out
    g = separated.copy()
    g["uncertainty_km"] = 1.0
    base = C.cluster_events(g, eps_km=10, min_events=5).hulls.sort_values("cluster_id")
    g.loc[g.index[0], "uncertainty_km"] = 30.0
    wide = C.cluster_events(g, eps_km=10, min_events=5).hulls.sort_values("cluster_id")
    cid = C.cluster_events(g, eps_km=10, min_events=5).labels.iloc[0]
    assert wide["area_km2"].iloc[cid] > base["area_km2"].iloc[cid] + 1000


def test_concave_hull_is_smaller_and_valid(separated):
    convex = C.cluster_events(separated, eps_km=10, min_events=5).hulls
    concave = C.cluster_events(separated, eps_km=10, min_events=5, hull="concave").hulls
    assert concave.geometry.is_valid.all()
    assert (concave["area_km2"].to_numpy() <= convex["area_km2"].to_numpy() + 1e-6).all()


def test_cluster_polygon_exact_for_interior_big_circle():
    # a wide circle deep inside the points' hull still reaches out: it must be drawn
    x = np.array([0.0, 10_000, 0, 10_000, 5_000])
    y = np.array([0.0, 0, 10_000, 10_000, 5_000])
    r = np.array([100.0, 100, 100, 100, 9_000])
    poly = C.cluster_polygon(x, y, r)
    assert poly.contains(shapely.Point(5_000, 5_000).buffer(8_900))
    assert poly.contains(shapely.Point(0, 0).buffer(90))


def test_suggest_eps_finds_knee_between_scales(separated):
    s = C.suggest_eps(separated, k=4)
    kd = s.curve["k_dist_km"].to_numpy()
    assert (np.diff(kd) >= 0).all() and len(kd) == len(separated)
    # within-cluster 4-NN distances are a few km, between clusters >100 km
    assert 2 < s.eps_km < 40
    assert s.k == 4 and "suggested --eps-km" in s.summary()
    assert set(s.percentiles) >= {"50", "90"}
    # and the suggestion recovers the clusters
    res = C.cluster_events(separated, eps_km=s.eps_km, min_events=5)
    assert _ari(separated, res) >= 0.9


def test_significance_uniform_not_clustered():
    rng = np.random.default_rng(2024)
    la, lo = uniform_in_syria(250, rng)
    sig = C.significance(make_events(la, lo), area="syria", n_sim=39, seed=1)
    ce = sig.clark_evans
    assert ce["p_sim"] > 0.05
    assert 0.9 < ce["R"] < 1.15
    assert sig.ripley["above"].sum() <= 2   # an envelope test: a stray distance at most
    assert "not more clustered than chance" in sig.summary()
    # ~5 % of 355 cells pass p ≤ 0.05 by chance; none survives the false discovery rate
    assert sig.to_dict()["gi_star"]["hot_fdr"] == 0


def test_significance_clustered_detected(separated):
    sig = C.significance(separated, area="syria", n_sim=99, seed=1, cell_km=25)
    ce = sig.clark_evans
    assert ce["p_sim"] <= 0.05 and ce["R"] < 0.5 and ce["p_analytic"] < 0.001
    assert sig.ripley["above"].any()
    hot = sig.hot_spots[sig.hot_spots["kind"] == "hot"]
    assert sig.n_hot == len(hot) >= len(CENTRES)
    # every cluster centre lies in or next to a hot cell
    hot_m = hot.to_crs(C.SYRIA_AEQD)
    for la, lo in CENTRES:
        assert hot_m.distance(shapely.Point(*_FWD.transform(lo, la))).min() < 30_000
    d = sig.to_dict()
    assert d["gi_star"]["hot_fdr"] >= 1
    assert d["gi_star"]["hot"] == sig.n_hot and d["clark_evans"]["R"] == ce["R"]
    assert "clustered at 5%" in sig.summary()


def test_significance_hull_area_and_precision3_count():
    rng = np.random.default_rng(8)
    a, b = blob(*CENTRES[3], 40, 20.0, rng)
    g = make_events(a, b, geo_precision=[1] * 35 + [3] * 5)
    sig = C.significance(g, area="hull", n_sim=19, seed=0)
    assert sig.params["area"] == "hull" and sig.params["excluded"] == 5
    assert sig.params["n_points"] == 35
    assert sig.params["area_km2"] < 30_000  # the hull, not Syria's 185,000 km²
    assert "excluded 5 (geo_precision 3)" in sig.summary()


def test_significance_reports_shared_locations():
    rng = np.random.default_rng(12)
    la, lo = uniform_in_syria(12, rng)
    g = make_events(np.repeat(la, 15), np.repeat(lo, 15))  # 12 places, 15 events at each
    every = C.significance(g, n_sim=19, seed=0)
    assert every.params["n_shared_locations"] == 12 * 14
    assert every.clark_evans["mean_nnd_km"] == 0 and every.clark_evans["p_sim"] <= 0.05
    assert "168 events share their exact location" in every.summary()
    places = C.significance(g, n_sim=19, seed=0, distinct_places=True)
    assert places.params["n_points"] == 12 and places.clark_evans["p_sim"] > 0.05


@pytest.mark.parametrize("kwargs, message", [
    ({"method": "kmeans"}, "unknown clustering method"),
    ({"method": "dbscan", "days": 3}, "needs method st-dbscan"),
    ({"eps_km": -1}, "eps_km must be a positive"),
    ({"precision3": "maybe"}, "unknown precision3 mode"),
    ({"min_events": 0}, "at least 1"),
])
def test_bad_arguments_raise_one_line(separated, kwargs, message):
    with pytest.raises(GeoTrackerError, match=message):
        C.cluster_events(separated, **kwargs)


def test_accepts_event_objects():
    from geo_tracker.models import Event

    rng = np.random.default_rng(4)
    la, lo = blob(*CENTRES[1], 8, 2.0, rng)
    events = [Event(event_id=f"e{i}", article_id="a", sources=("a",), event_type="airstrike",
                    actor="coalition", target=None, date_start="2024-05-01",
                    date_end="2024-05-02", time_precision=1, place_id="p", place_name_ar="",
                    place_name_en="Deir ez-Zor", admin1="Deir-ez-Zor", geo_precision=1,
                    uncertainty_km=3.0, killed=2, injured=None, quote="", background=False,
                    lat=float(a), lon=float(b)) for i, (a, b) in enumerate(zip(la, lo))]
    res = C.cluster_events(events, eps_km=10, min_events=5)
    row = res.table.iloc[0]
    assert res.n_clusters == 1 and row["n_events"] == 8 and row["killed_total"] == 16
    assert (row["date_start"], row["date_end"]) == ("2024-05-01", "2024-05-02")
    assert row["places"] == "Deir ez-Zor" and row["admin1"] == "Deir-ez-Zor"


def test_tiny_and_empty_inputs():
    g = make_events([35.0, 35.01], [38.0, 38.0])
    for method in ("dbscan", "hdbscan", "st-dbscan"):
        res = C.cluster_events(g, method=method, min_events=5)
        assert res.n_clusters == 0 and (res.labels == -1).all()
        assert len(res.hulls) == 0 and "cluster_id" in res.hulls.columns
    empty = make_events(np.array([]), np.array([]))
    assert C.cluster_events(empty).n_clusters == 0


# ----------------------------------------------------------------------------------- CLI

@pytest.fixture()
def events_file(tmp_path, separated):
    p = tmp_path / "events.geojson"
    separated.drop(columns="truth").to_file(p, driver="GeoJSON")
    return p


def test_cli_geojson_table_labels_gpkg(tmp_path, events_file, separated):
    out = tmp_path / "clusters.geojson"
    table = tmp_path / "clusters.csv"
    labels = tmp_path / "labelled.gpkg"
    r = CliRunner().invoke(cli, ["clusters", str(events_file), "-o", str(out), "--eps-km", "10",
                                 "--table", str(table), "--labels", str(labels)])
    assert r.exit_code == 0, r.output
    assert "5 clusters" in r.output and "excluded 0 of 165 events" in r.output
    hulls = json.loads(out.read_text(encoding="utf-8"))
    props = hulls["features"][0]["properties"]
    for key in ("cluster_id", "actors", "n_events", "date_start", "date_end", "radius_km"):
        assert key in props
    assert hulls["features"][0]["geometry"]["type"] == "Polygon"
    assert len(hulls["features"]) == 5
    t = pd.read_csv(table)
    assert list(t["n_events"]) == sorted(t["n_events"], reverse=True)
    assert t["n_events"].sum() >= 150
    back = pyogrio.read_dataframe(labels)
    assert len(back) == len(separated) and "cluster_id" in back.columns
    assert adjusted_rand_score(separated["truth"], back["cluster_id"]) >= 0.9
    assert not list(tmp_path.glob(".*"))  # no temp files left behind


def test_cli_gpkg_output_st_dbscan_suggest_significance(tmp_path, events_file):
    out = tmp_path / "clusters.gpkg"
    r = CliRunner().invoke(cli, ["clusters", str(events_file), "-o", str(out),
                                 "--method", "st-dbscan", "--eps-km", "10", "--days", "5",
                                 "--by-actor", "--suggest", "--significance", "--n-sim", "19"])
    assert r.exit_code == 0, r.output
    back = pyogrio.read_dataframe(out)
    assert len(back) == 5 and back.crs.to_epsg() == 4326
    assert set(back["actors"]) == {"russia"} and (back.geom_type == "Polygon").all()
    assert "suggested --eps-km" in r.output
    assert "Clark–Evans R" in r.output and "Ripley L" in r.output and "Gi* hot spots" in r.output


def test_cli_geojson_to_stdout(events_file):
    r = CliRunner().invoke(cli, ["clusters", str(events_file), "-o", "-", "--eps-km", "10"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert len(doc["features"]) == 5 and "5 clusters" in r.stderr


def test_cli_json_output(tmp_path, events_file):
    r = CliRunner().invoke(cli, ["clusters", str(events_file), "-o", str(tmp_path / "c.geojson"),
                                 "--method", "hdbscan", "--min-events", "10", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["params"]["method"] == "hdbscan" and len(doc["clusters"]) == 5


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/c.txt"], "unknown output format"),
    (["-o", "{tmp}/c.geojson", "--days", "3"], "--days needs --method st-dbscan"),
    (["-o", "{tmp}/missing_dir/c.geojson"], "does not exist"),
    (["-o", "{tmp}/c.geojson", "--method", "kmeans"], "kmeans"),
    (["-o", "{tmp}/c.geojson", "--labels", "{tmp}/l.shp"], "unknown"),
])
def test_cli_errors_exit_1_one_line(capsys, tmp_path, events_file, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    with pytest.raises(SystemExit) as exc:
        main(["clusters", str(events_file), *args])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "c.geojson").exists()  # checked before any work or writing


def test_console_script_runs(console_script, tmp_path, events_file):
    out = tmp_path / "c.geojson"
    p = subprocess.run([console_script, "clusters", str(events_file), "-o", str(out),
                        "--eps-km", "10"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "5 clusters" in p.stdout
    assert len(gpd.read_file(out)) == 5


def test_missing_input_exit_1(console_script, tmp_path):
    p = subprocess.run([console_script, "clusters", str(tmp_path / "nope.geojson"), "-o",
                        str(tmp_path / "c.geojson")], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "nope.geojson" in p.stderr and "Traceback" not in p.stderr
