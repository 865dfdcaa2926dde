"""Spatial and space-time clustering of events, with tests of clustering an analyst can cite.

Three methods, all on great-circle distance:

* ``dbscan`` — scikit-learn DBSCAN, ``metric="haversine"``, ``algorithm="ball_tree"`` on
  (lat, lon) in radians; ``eps_km`` is turned into radians with the mean Earth radius.
* ``hdbscan`` — scikit-learn HDBSCAN with the same metric (no ``eps`` needed; ``eps_km`` given
  explicitly becomes ``cluster_selection_epsilon``).
* ``st-dbscan`` — DBSCAN whose neighbourhood is "within ``eps_km`` *and* within ``days``".
  The neighbourhood graph is built sparse: a 4-D box query (unit-sphere x, y, z and scaled time)
  in a KD-tree finds candidates, the exact great-circle and day tests filter them, and DBSCAN runs
  on the sparse precomputed graph. No dense distance matrix, so it scales to 100k events.

Each cluster becomes a polygon: the convex hull of its events' uncertainty circles (or a concave
hull buffered by the median uncertainty), computed in an azimuthal-equidistant projection centred
on Syria and returned in EPSG:4326.

``significance`` asks whether the pattern is more clustered than chance inside the study area
(Syria's outline, or the events' convex hull): Clark–Evans nearest-neighbour index with a Monte
Carlo p-value, Ripley's L with a simulation envelope (pointpats), and Getis–Ord Gi* hot spots on
a square grid (esda + libpysal).

Events whose location is a whole area (``geo_precision`` 3) are excluded by default, or
down-weighted, and the count is always reported.
"""
from __future__ import annotations

import functools
import json
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from geo_tracker.errors import GeoTrackerError, InputError

log = logging.getLogger(__name__)

#: Mean Earth radius (IUGG), km: eps_km / EARTH_RADIUS_KM is the haversine eps in radians.
EARTH_RADIUS_KM = 6371.0088
#: A metric projection centred on Syria: distances from the centre are exact, and across the
#: country the scale error stays under 0.1 %.
SYRIA_AEQD = ("+proj=aeqd +lat_0=35.0 +lon_0=38.5 +x_0=0 +y_0=0 "
              "+datum=WGS84 +units=m +no_defs")
#: Weight of a geo_precision 3 event under ``precision3="downweight"`` (others weigh 1).
PRECISION3_WEIGHT = 0.25
#: Spatial DBSCAN keeps every neighbourhood in memory (about 13 bytes a pair) up to this many
#: neighbour pairs, and goes chunk by chunk above it.
MAX_PAIRS_IN_MEMORY = 50_000_000
#: Events this close outside the study area's outline count as inside it (significance).
INSIDE_TOLERANCE_KM = 2.0
#: Smallest buffer around a cluster's events, km: keeps two-point clusters as polygons.
MIN_BUFFER_KM = 1.0

METHODS = ("dbscan", "hdbscan", "st-dbscan")
PRECISION3_MODES = ("exclude", "downweight", "include")

Method = Literal["dbscan", "hdbscan", "st-dbscan"]
Precision3 = Literal["exclude", "downweight", "include"]

#: Columns of the hull layer and of the summary table, in order. The map draws the hull layer
#: from ``cluster_id, actors, n_events, date_start, date_end, radius_km``.
HULL_COLUMNS = ("cluster_id", "actors", "n_events", "date_start", "date_end", "days_span",
                "centroid_lat", "centroid_lon", "radius_km", "area_km2", "killed_total",
                "killed_reported", "event_types", "admin1", "places", "n_precision3",
                "method", "params")


# --------------------------------------------------------------------------- results

@dataclass
class ClusterResult:
    """What :func:`cluster_events` found.

    ``labels`` is aligned with the input's index: a cluster id (0 = the largest cluster),
    -1 for noise, ``<NA>`` for an event left out (``excluded_reasons`` says why).
    """

    labels: pd.Series
    hulls: Any  # GeoDataFrame, one row per cluster (HULL_COLUMNS + polygon geometry)
    table: pd.DataFrame
    excluded: int
    params: dict[str, Any]
    excluded_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def n_clusters(self) -> int:
        return int(len(self.table))

    def summary(self, max_rows: int = 40) -> str:
        """A few readable lines: what was run, how many clusters, what was left out, and the
        table's first ``max_rows`` clusters (the largest)."""
        p = self.params
        lab = self.labels
        n_clustered = int((lab.fillna(-1) >= 0).sum())
        n_noise = int((lab == -1).sum())
        head = [f"method={p['method']} eps_km={_fmt(p.get('eps_km'))} "
                f"min_events={p['min_events']}"
                + (f" days={_fmt(p.get('days'))}" if p.get("days") is not None else "")
                + (" by_actor" if p.get("by_actor") else "")
                + f" precision3={p['precision3']}",
                f"{self.n_clusters} clusters; {n_clustered} of {p['n_used']} events clustered, "
                f"{n_noise} noise; excluded {self.excluded} of {p['n_input']} events"
                + (" (" + ", ".join(f"{k}: {v}" for k, v in self.excluded_reasons.items() if v)
                   + ")" if self.excluded else "")]
        if p["precision3"] == "downweight":
            head.append(f"{p.get('n_precision3', 0)} geo_precision-3 events down-weighted "
                        f"(weight {PRECISION3_WEIGHT})")
        if self.n_clusters:
            cols = ["cluster_id", "actors", "n_events", "date_start", "date_end",
                    "centroid_lat", "centroid_lon", "radius_km", "killed_total", "admin1", "places"]
            cols = [c for c in cols if c in self.table.columns]
            with pd.option_context("display.width", 200, "display.max_colwidth", 40):
                head.append(self.table[cols].head(max_rows).to_string(index=False))
            if self.n_clusters > max_rows:
                head.append(f"… and {self.n_clusters - max_rows} smaller clusters "
                            "(all of them in the --table CSV and the polygons file)")
        return "\n".join(head)


@dataclass
class EpsSuggestion:
    """The k-distance curve of :func:`suggest_eps` and the eps it suggests (its knee)."""

    curve: pd.DataFrame          # columns rank, k_dist_km (ascending)
    k: int
    eps_km: float
    knee_rank: int
    percentiles: dict[str, float]

    def summary(self) -> str:
        pct = "  ".join(f"p{k}={v:.2f}" for k, v in self.percentiles.items())
        return (f"k-distance curve (k={self.k}, {len(self.curve)} events), km: {pct}\n"
                f"knee at rank {self.knee_rank}: suggested --eps-km {self.eps_km:.1f} "
                f"with --min-events {self.k + 1}")


@dataclass
class SignificanceResult:
    """Tests of "more clustered than chance" inside ``area`` (see :func:`significance`)."""

    clark_evans: dict[str, float]
    ripley: pd.DataFrame         # distance_km, L_km, L_lo_km, L_hi_km, L_mean_km, above
    hot_spots: Any               # GeoDataFrame of grid cells: count, gi_z, gi_p, kind
    params: dict[str, Any]

    @property
    def n_hot(self) -> int:
        return int((self.hot_spots["kind"] == "hot").sum()) if len(self.hot_spots) else 0

    @property
    def n_cold(self) -> int:
        return int((self.hot_spots["kind"] == "cold").sum()) if len(self.hot_spots) else 0

    def to_dict(self) -> dict[str, Any]:
        """Plain numbers for JSON: Clark–Evans, Ripley summary, hot-spot counts, parameters."""
        rip = self.ripley
        above = rip[rip["above"]]
        return {"clark_evans": dict(self.clark_evans),
                "ripley_l": {"distances_above_envelope_km": above["distance_km"].round(1).tolist(),
                             "max_excess_km": float((rip["L_km"] - rip["L_hi_km"]).max())
                             if len(rip) else float("nan")},
                "gi_star": {"cells": int(len(self.hot_spots)), "hot": self.n_hot,
                            "hot_fdr": int(((self.hot_spots["kind"] == "hot")
                                            & self.hot_spots["fdr"]).sum())
                            if len(self.hot_spots) else 0,
                            "cold": self.n_cold},
                "params": dict(self.params)}

    def summary(self) -> str:
        ce = self.clark_evans
        p = self.params
        alpha = p["alpha"]
        verdict = "clustered" if ce["p_sim"] <= alpha else "not more clustered than chance"
        lines = [f"study area: {p['area']} ({p['area_km2']:.0f} km²), {p['n_points']} events"
                 + (f" (sampled from {p['n_available']})" if p["n_points"] < p["n_available"] else "")
                 + (f", {p['n_outside']} outside the area left out" if p["n_outside"] else "")
                 + (f", excluded {p['excluded']} (geo_precision 3"
                    + ("; down-weighted in Gi*)" if p["precision3"] == "downweight" else ")")
                    if p["excluded"] else "")]
        if p.get("n_shared_locations"):
            lines.append(f"{p['n_shared_locations']} events share their exact location with "
                         "another (geocoded to the same place)"
                         + ("; testing distinct locations only" if p.get("distinct_places")
                            else "; this alone looks clustered (try distinct places)"))
        lines.append(f"Clark–Evans R = {ce['R']:.3f} (observed mean NN "
                     f"{ce['mean_nnd_km']:.2f} km, expected {ce['expected_nnd_km']:.2f} km), "
                     f"z = {ce['z']:.2f}, p(analytic) = {ce['p_analytic']:.3g}, "
                     f"p(sim, {p['n_sim']} CSR) = {ce['p_sim']:.3g}: {verdict} at {alpha:.0%}")
        rip = self.ripley
        if len(rip):
            above = rip[rip["above"]]
            if len(above):
                lines.append(f"Ripley L: above the {p['n_sim']}-simulation envelope at "
                             f"{len(above)} of {len(rip)} distances "
                             f"({above['distance_km'].min():.0f}–{above['distance_km'].max():.0f} km); "
                             f"largest excess {float((rip['L_km'] - rip['L_hi_km']).max()):.1f} km")
            else:
                lines.append(f"Ripley L: inside the {p['n_sim']}-simulation envelope at all "
                             f"{len(rip)} distances (no clustering detected)")
        hs = self.hot_spots
        n_hot_fdr = int(((hs["kind"] == "hot") & hs["fdr"]).sum()) if len(hs) else 0
        lines.append(f"Gi* hot spots ({p['cell_km']:.0f} km cells, {p['n_sim']} permutations, "
                     f"p ≤ {alpha}): {self.n_hot} hot cells of {len(hs)} ({n_hot_fdr} after "
                     f"false-discovery-rate control); {self.n_cold} cold (mostly empty country)")
        return "\n".join(lines)


# --------------------------------------------------------------------------- helpers

def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def read_events_any(path: str | Path):
    """Read an events file with ``geo_tracker.io.read_events`` (or geopandas if io is absent).

    Example: ``gdf = read_events_any("events.geojson")``
    """
    try:
        from geo_tracker.io import read_events  # the project's reader; optional here
    except ImportError:
        read_events = None
    if read_events is not None:
        return read_events(path)
    import geopandas as gpd

    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    try:
        return gpd.read_file(path)
    except Exception as e:  # pyogrio raises DataSourceError and friends
        raise InputError(f"{path}: cannot read events: {str(e).splitlines()[0]}") from e


def write_labelled(events, result: "ClusterResult", path: str | Path) -> None:
    """Write the events with their ``cluster_id`` to ``path`` (format by suffix, atomically),
    through ``geo_tracker.io.write_events`` when it is there.

    Example: ``write_labelled(gdf, res, "events_labelled.gpkg")``
    """
    gdf = labelled_events(events, result)
    try:
        from geo_tracker.io import write_events
    except ImportError:
        write_events = None
    if write_events is not None:
        write_events(gdf, path)
    else:
        write_layer(gdf, path, layer="events")


def _to_gdf(events):
    """Accept a GeoDataFrame, a list of Event objects or a DataFrame with lat/lon."""
    import geopandas as gpd

    if isinstance(events, gpd.GeoDataFrame):
        gdf = events
    elif isinstance(events, pd.DataFrame):
        if not {"lat", "lon"} <= set(events.columns):
            raise InputError("events table needs a geometry or lat/lon columns")
        gdf = gpd.GeoDataFrame(events, geometry=gpd.points_from_xy(events["lon"], events["lat"]),
                               crs="EPSG:4326")
    else:
        rows = [e.to_feature() for e in events]
        gdf = gpd.GeoDataFrame.from_features(rows, crs="EPSG:4326") if rows else \
            gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    if gdf.crs is None:
        gdf = gdf.set_crs("EPSG:4326")
    elif not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    return gdf


def _lonlat(gdf) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """lon, lat arrays and a mask of usable point geometries."""
    import shapely

    geom = gdf.geometry.values
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    ok &= np.asarray(shapely.get_type_id(geom) == 0)  # Points only
    lon = np.full(len(gdf), np.nan)
    lat = np.full(len(gdf), np.nan)
    if ok.any():
        lon[ok] = shapely.get_x(geom[ok])
        lat[ok] = shapely.get_y(geom[ok])
    ok &= np.isfinite(lon) & np.isfinite(lat)
    return lon, lat, ok


def _column(gdf, name: str, default: Any = np.nan) -> pd.Series:
    if name in gdf.columns:
        return gdf[name]
    return pd.Series(default, index=gdf.index)


def _precision(gdf) -> np.ndarray:
    return pd.to_numeric(_column(gdf, "geo_precision"), errors="coerce").to_numpy()


def _uncertainty_km(gdf) -> np.ndarray:
    u = pd.to_numeric(_column(gdf, "uncertainty_km"), errors="coerce").to_numpy(dtype=float)
    return np.where(np.isfinite(u) & (u >= 0), u, 0.0)


def event_midpoints(gdf) -> pd.Series:
    """Each event's date as the midpoint of ``date_start``/``date_end`` (either alone if one is
    missing), NaT when neither parses.

    Example: ``event_midpoints(gdf).dt.date``
    """
    s = pd.to_datetime(_column(gdf, "date_start", None), errors="coerce", format="mixed")
    e = pd.to_datetime(_column(gdf, "date_end", None), errors="coerce", format="mixed")
    s = s.fillna(e)
    e = e.fillna(s)
    return s + (e - s) / 2


def _to_radians(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    return np.radians(np.column_stack([lat, lon]))


def _haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


@functools.lru_cache(maxsize=1)
def _transformers():
    from pyproj import Transformer

    fwd = Transformer.from_crs("EPSG:4326", SYRIA_AEQD, always_xy=True)
    inv = Transformer.from_crs(SYRIA_AEQD, "EPSG:4326", always_xy=True)
    return fwd, inv


def _project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    fwd, _ = _transformers()
    return fwd.transform(lon, lat)


def _unproject_geom(geom):
    import shapely

    _, inv = _transformers()
    return shapely.transform(geom, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))


# --------------------------------------------------------------------------- clustering cores

def _unit_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def _chord(eps_km: float) -> float:
    """Straight-line distance on the unit sphere for a great-circle distance of ``eps_km``:
    great-circle ≤ eps ⟺ chord ≤ this, so neighbourhoods are exactly the haversine ones."""
    return 2.0 * math.sin(min(eps_km / EARTH_RADIUS_KM, math.pi) / 2.0)


def _chord_to_km(chord: np.ndarray) -> np.ndarray:
    """Great-circle km for unit-sphere chord lengths (inverse of :func:`_chord`)."""
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.clip(np.asarray(chord) / 2.0, 0.0, 1.0))


def _chunked_dbscan(points: np.ndarray, radius: float, min_events: float,
                    weights: np.ndarray | None, space_time: bool = False,
                    chunk_pairs: int = 4_000_000, max_pairs: int | None = None,
                    n_jobs: int | None = None) -> np.ndarray:
    """DBSCAN whose memory is bounded by one chunk of neighbour pairs, not all of them.

    Spatial DBSCAN first counts neighbours (cheap, nothing stored); when all neighbourhoods
    together hold at most ``max_pairs`` pairs it hands over to scikit-learn's DBSCAN on the
    same points (KD-tree, fastest), otherwise it goes on in chunks as below.

    ``points`` are unit-sphere x, y, z (plus scaled time when ``space_time``); neighbours are
    within ``radius`` in Euclidean distance — for ``space_time`` within ``radius`` in every
    coordinate (a box) *and* within ``radius`` in x, y, z. Core points are those whose
    neighbourhood (themselves included) weighs at least ``min_events``, as in scikit-learn.
    Clusters are the connected components of core points within reach of each other, joined
    chunk by chunk; a border point takes the cluster of its nearest core neighbour. Returns
    labels, -1 for noise.
    """
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree
    from sklearn.neighbors import NearestNeighbors

    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    r = radius * (1 + 1e-12)
    metric = "chebyshev" if space_time else "euclidean"

    def index(sel: np.ndarray):
        return NearestNeighbors(radius=r, algorithm="kd_tree", metric=metric,
                                n_jobs=n_jobs).fit(points[sel])

    def chunks(sel: np.ndarray, per_point: float):
        size = int(max(256, min(len(sel), chunk_pairs / max(per_point, 1.0))))
        return [sel[k:k + size] for k in range(0, len(sel), size)]

    def pairs(nn, targets: np.ndarray, idx: np.ndarray, want_d: bool = False):
        """(i, j, d): i in idx, j in targets within reach; d (if wanted or space-time) is the
        combined distance."""
        ind = nn.radius_neighbors(points[idx], return_distance=False)
        lengths = np.fromiter((len(a) for a in ind), dtype=np.int64, count=len(ind))
        i = np.repeat(idx, lengths)
        j = targets[np.concatenate(ind)] if lengths.sum() else np.zeros(0, dtype=np.int64)
        d = None
        if space_time or want_d:
            diff = points[i, :3] - points[j, :3]
            d = np.sqrt(np.einsum("ij,ij->i", diff, diff))
        if space_time:
            keep = d <= r
            i, j = i[keep], j[keep]
            d = np.maximum(d[keep], np.abs(points[i, 3] - points[j, 3]))
        return i, j, d

    # pass 1: neighbourhood weights → core points
    everyone = np.arange(n)
    # points in spatial order, so each chunk's queries stay local
    order = np.lexsort(np.floor(points[:, :3] / max(radius * 16, 1e-12)).astype(np.int64).T[::-1])
    if not space_time:
        weight_sum = np.zeros(n)
        total_pairs = 0
        for value in np.unique(w):  # one count per weight class: no pairs kept at all
            cls = np.flatnonzero(w == value)
            counts = cKDTree(points[cls]).query_ball_point(points, r, return_length=True,
                                                          workers=-1 if n_jobs is None else n_jobs)
            weight_sum += value * counts
            total_pairs += int(counts.sum())
        in_memory = total_pairs <= (MAX_PAIRS_IN_MEMORY if max_pairs is None else max_pairs)
        log.info("DBSCAN: %d events, %d neighbour pairs: %s", n, total_pairs,
                 "scikit-learn in memory" if in_memory else "chunk by chunk")
        if in_memory:
            from sklearn.cluster import DBSCAN

            model = DBSCAN(eps=r, min_samples=min_events, metric="euclidean",
                           algorithm="kd_tree", n_jobs=n_jobs)
            return model.fit_predict(points, sample_weight=weights).astype(np.int64)
        mean_nb = total_pairs / n
    else:
        nn_all = index(everyone)
        weight_sum = np.zeros(n)
        probe = order[:: max(1, n // 500)]
        mean_nb = float(np.mean([len(a) for a in nn_all.radius_neighbors(points[probe],
                                                                         return_distance=False)]))
        for idx in chunks(order, mean_nb):
            i, j, _ = pairs(nn_all, everyone, idx)
            weight_sum += np.bincount(i, weights=w[j], minlength=n)
    core = weight_sum >= min_events - 1e-9
    if not core.any():
        return np.full(n, -1, dtype=np.int64)

    # pass 2: connected components of core points, chunk by chunk
    cores = order[core[order]]
    nn_core = index(cores)
    comp = np.arange(n)
    for idx in chunks(cores, mean_nb):
        i, j, _ = pairs(nn_core, cores, idx)
        a, b = comp[i], comp[j]
        diff = a != b
        if not diff.any():
            continue
        g = sparse.coo_matrix((np.ones(int(diff.sum()), dtype=np.int8), (a[diff], b[diff])),
                              shape=(n, n))
        _, lab = connected_components(g, directed=False)
        # back to a representative point index, so later chunks keep merging correctly
        rep = np.empty(lab.max() + 1, dtype=np.int64)
        rep[lab[::-1]] = np.arange(n)[::-1]
        comp = rep[lab[comp]]
    labels = np.full(n, -1, dtype=np.int64)
    _, labels[core] = np.unique(comp[core], return_inverse=True)

    # border points: the cluster of the nearest core point within reach
    others = order[~core[order]]
    for idx in chunks(others, mean_nb):
        i, j, d = pairs(nn_core, cores, idx, want_d=True)
        if len(i) == 0:
            continue
        o = np.lexsort((j, d, i))
        i, j = i[o], j[o]
        first = np.r_[True, i[1:] != i[:-1]]
        labels[i[first]] = labels[j[first]]
    return labels


def _dbscan(lat, lon, eps_km, min_events, weights, n_jobs, engine="sphere") -> np.ndarray:
    if engine == "haversine":
        from sklearn.cluster import DBSCAN

        model = DBSCAN(eps=eps_km / EARTH_RADIUS_KM, min_samples=min_events, metric="haversine",
                       algorithm="ball_tree", n_jobs=n_jobs)
        return model.fit_predict(_to_radians(lat, lon), sample_weight=weights)
    return _chunked_dbscan(_unit_xyz(lat, lon), _chord(eps_km), min_events, weights,
                           n_jobs=n_jobs)


def _hdbscan(lat, lon, eps_km, min_events, n_jobs, min_probability,
             engine="sphere") -> np.ndarray:
    from sklearn.cluster import HDBSCAN

    if len(lat) <= min_events:  # HDBSCAN needs more points than min_samples
        return np.full(len(lat), -1)
    if engine == "haversine":
        model = HDBSCAN(min_cluster_size=max(min_events, 2), metric="haversine",
                        algorithm="ball_tree", n_jobs=n_jobs, copy=True,
                        cluster_selection_epsilon=(eps_km or 0.0) / EARTH_RADIUS_KM)
        labels = model.fit_predict(_to_radians(lat, lon))
    else:
        # chord on the unit sphere: same ordering of distances as great-circle, values equal
        # to 1e-6 at these scales, and a KD-tree is several times faster than haversine
        model = HDBSCAN(min_cluster_size=max(min_events, 2), metric="euclidean",
                        algorithm="kd_tree", n_jobs=n_jobs, copy=True,
                        cluster_selection_epsilon=_chord(eps_km) if eps_km else 0.0)
        labels = model.fit_predict(_unit_xyz(lat, lon))
    if min_probability > 0:
        # HDBSCAN keeps stragglers that were still attached when their cluster split off; their
        # membership strength is tiny and they would stretch the hull over empty country.
        labels = np.where(model.probabilities_ < min_probability, -1, labels)
        ids, counts = np.unique(labels[labels >= 0], return_counts=True)
        small = ids[counts < min_events]
        labels = np.where(np.isin(labels, small), -1, labels)
    return labels


def _st_points(lat, lon, t_days, eps_km, days) -> tuple[np.ndarray, float]:
    """4-D points (unit-sphere x, y, z, time scaled so ``days`` ↦ the chord of ``eps_km``): a
    Chebyshev box of that radius is "within eps_km (after the exact spatial check) and within
    days"."""
    radius = _chord(eps_km)
    t = np.asarray(t_days, dtype=float)
    scale = radius / max(float(days), 1e-6)
    pts = np.column_stack([_unit_xyz(lat, lon), (t - (t.min() if len(t) else 0.0)) * scale])
    return pts, radius


def st_neighbourhood(lat: np.ndarray, lon: np.ndarray, t_days: np.ndarray, eps_km: float,
                     days: float):
    """Sparse space-time neighbourhood graph (for inspection and for scikit-learn): entry
    (i, j) is present iff the great-circle distance is ≤ ``eps_km`` and ``|t_i - t_j| ≤ days``;
    its value is ``max(d/eps_km, |Δt|/days)`` (≤ 1), the diagonal is 0.

    Example: ``G = st_neighbourhood(lat, lon, t, 25.0, 7.0)``
    """
    from scipy import sparse
    from scipy.spatial import cKDTree

    pts, radius = _st_points(lat, lon, t_days, eps_km, days)
    n = len(pts)
    m = cKDTree(pts).sparse_distance_matrix(cKDTree(pts), radius * (1 + 1e-12), p=np.inf,
                                            output_type="ndarray")
    i, j, v = m["i"], m["j"], m["v"]
    d = np.linalg.norm(pts[i, :3] - pts[j, :3], axis=1)
    keep = d <= radius * (1 + 1e-12)
    vals = np.maximum(v[keep], d[keep]) / radius if radius > 0 else np.zeros(int(keep.sum()))
    return sparse.csr_matrix((vals, (i[keep], j[keep])), shape=(n, n))


def _st_dbscan(lat, lon, t_days, eps_km, days, min_events, weights,
               engine="sphere") -> np.ndarray:
    if len(lat) == 0:
        return np.zeros(0, dtype=np.int64)
    if engine == "haversine":
        from sklearn.cluster import DBSCAN

        graph = st_neighbourhood(lat, lon, t_days, eps_km, days)
        graph.setdiag(0.0)
        model = DBSCAN(eps=1.0 + 1e-9, min_samples=min_events, metric="precomputed")
        return model.fit_predict(graph, sample_weight=weights)
    pts, radius = _st_points(lat, lon, t_days, eps_km, days)
    return _chunked_dbscan(pts, radius, min_events, weights, space_time=True)


def _attach_to_nearest(lat, lon, labels, attach_mask, radius_km) -> np.ndarray:
    """Give each ``attach_mask`` event the label of its nearest clustered event if that one is
    within the event's own ``radius_km`` (HDBSCAN has no sample weights: a down-weighted event
    may join a cluster but never creates one)."""
    from sklearn.neighbors import BallTree

    out = labels.copy()
    core = (labels >= 0) & ~attach_mask
    if not core.any() or not attach_mask.any():
        return out
    tree = BallTree(_to_radians(lat[core], lon[core]), metric="haversine")
    dist, idx = tree.query(_to_radians(lat[attach_mask], lon[attach_mask]), k=1)
    dist_km = dist[:, 0] * EARTH_RADIUS_KM
    cand = labels[core][idx[:, 0]]
    ok = dist_km <= np.maximum(radius_km[attach_mask], MIN_BUFFER_KM)
    out[np.flatnonzero(attach_mask)] = np.where(ok, cand, -1)
    return out


# --------------------------------------------------------------------------- public API

def cluster_events(events, method: Method = "dbscan", eps_km: float | None = None,
                   min_events: int = 5, days: float | None = None, by_actor: bool = False,
                   precision3: Precision3 = "exclude", hull: Literal["convex", "concave"] = "convex",
                   concave_ratio: float = 0.3, min_probability: float = 0.05,
                   engine: Literal["sphere", "haversine"] = "sphere",
                   n_jobs: int | None = None) -> ClusterResult:
    """Cluster events in space (``dbscan``, ``hdbscan``) or space-time (``st-dbscan``).

    Parameters
    ----------
    events : GeoDataFrame of event Points (EPSG:4326) with the contract's properties, a
        DataFrame with lat/lon, or a list of :class:`~geo_tracker.models.Event`.
    method : ``"dbscan"`` | ``"hdbscan"`` | ``"st-dbscan"``.
    eps_km : neighbourhood radius, km (great-circle). Default 25 for dbscan/st-dbscan; for
        hdbscan only used when given (as ``cluster_selection_epsilon``).
    min_events : events (with weights: total weight) that make a core point; HDBSCAN's
        ``min_cluster_size``.
    days : st-dbscan time window: neighbours are at most ``days`` apart (default 7). Event date
        = midpoint of date_start/date_end; undated events are excluded and counted.
    by_actor : cluster each actor separately (cluster ids stay unique).
    precision3 : ``"exclude"`` (default) leaves out geo_precision 3 events (a whole area);
        ``"downweight"`` gives them weight :data:`PRECISION3_WEIGHT` (DBSCAN sample_weight; for
        HDBSCAN they may join a cluster within their uncertainty but never form one);
        ``"include"`` treats them like the rest.
    hull : ``"convex"`` hull of the events' uncertainty circles, or ``"concave"``
        (shapely.concave_hull with ``concave_ratio``, buffered by the median uncertainty).
    engine : ``"sphere"`` (default): distances as chords of the unit sphere, which give exactly
        the haversine neighbourhoods, with KD-trees; DBSCAN/ST-DBSCAN run in chunks (memory
        bounded by one chunk of neighbour pairs), HDBSCAN is scikit-learn's on a KD-tree.
        ``"haversine"``: scikit-learn with ``metric="haversine"``, ``algorithm="ball_tree"`` (ST:
        DBSCAN on a precomputed sparse graph), which keeps every neighbourhood in memory; the
        reference the default is tested against.
    min_probability : hdbscan only: members whose HDBSCAN membership strength is below this
        become noise (stragglers far from the cluster's dense core); 0 keeps plain HDBSCAN.

    Returns
    -------
    ClusterResult with per-event ``labels``, cluster ``hulls`` (GeoDataFrame), summary ``table``.

    Example
    -------
    >>> res = cluster_events(gdf, method="st-dbscan", eps_km=20, days=10, min_events=4)
    >>> res.hulls.to_file("clusters.geojson")            # doctest: +SKIP
    """
    if method not in METHODS:
        raise GeoTrackerError(f"unknown clustering method {method!r} (use {', '.join(METHODS)})")
    if precision3 not in PRECISION3_MODES:
        raise GeoTrackerError(f"unknown precision3 mode {precision3!r} "
                              f"(use {', '.join(PRECISION3_MODES)})")
    if engine not in ("sphere", "haversine"):
        raise GeoTrackerError(f"unknown engine {engine!r} (use sphere or haversine)")
    if hull not in ("convex", "concave"):
        raise GeoTrackerError(f"unknown hull {hull!r} (use convex or concave)")
    if min_events < 1:
        raise GeoTrackerError(f"min_events must be at least 1, got {min_events}")
    if method == "hdbscan" and min_events < 2:
        raise GeoTrackerError("hdbscan needs min_events of at least 2")
    if eps_km is None and method != "hdbscan":
        eps_km = 25.0
    if eps_km is not None and not (eps_km > 0 and math.isfinite(eps_km)):
        raise GeoTrackerError(f"eps_km must be a positive number, got {eps_km}")
    if days is not None and method != "st-dbscan":
        raise GeoTrackerError("a time window (days) needs method st-dbscan")
    if method == "st-dbscan":
        days = 7.0 if days is None else float(days)
        if not (days >= 0 and math.isfinite(days)):
            raise GeoTrackerError(f"days must be zero or more, got {days}")

    gdf = _to_gdf(events)
    n_input = len(gdf)
    lon, lat, geom_ok = _lonlat(gdf)
    prec = _precision(gdf)
    is_p3 = prec == 3
    unc = _uncertainty_km(gdf)
    mid = event_midpoints(gdf)

    reasons: dict[str, int] = {"no_point_geometry": int((~geom_ok).sum())}
    use = geom_ok.copy()
    if precision3 == "exclude":
        reasons["geo_precision_3"] = int((use & is_p3).sum())
        use &= ~is_p3
    if method == "st-dbscan":
        no_date = mid.isna().to_numpy()
        reasons["no_date"] = int((use & no_date).sum())
        use &= ~no_date
    excluded = int((~use).sum())
    weights_all = np.where(is_p3 & (precision3 == "downweight"), PRECISION3_WEIGHT, 1.0)
    t_days_all = ((mid - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1)).to_numpy(
        dtype=float, na_value=np.nan)
    actors = _column(gdf, "actor", "unknown").fillna("unknown").astype(str).to_numpy()

    labels = np.full(n_input, -1, dtype=np.int64)
    groups = [np.flatnonzero(use)]
    if by_actor:
        groups = [np.flatnonzero(use & (actors == a)) for a in sorted(set(actors[use]))]
    next_id = 0
    for idx in groups:
        if len(idx) == 0:
            continue
        w = weights_all[idx] if precision3 == "downweight" else None
        if method == "dbscan":
            lab = _dbscan(lat[idx], lon[idx], eps_km, min_events, w, n_jobs, engine)
        elif method == "st-dbscan":
            lab = _st_dbscan(lat[idx], lon[idx], t_days_all[idx], eps_km, days, min_events, w,
                             engine)
        else:
            if precision3 == "downweight":
                fit = ~is_p3[idx]
                lab = np.full(len(idx), -1)
                lab[fit] = _hdbscan(lat[idx][fit], lon[idx][fit], eps_km, min_events, n_jobs,
                                    min_probability, engine)
                lab = _attach_to_nearest(lat[idx], lon[idx], lab, ~fit, unc[idx])
            else:
                lab = _hdbscan(lat[idx], lon[idx], eps_km, min_events, n_jobs, min_probability,
                               engine)
        lab = np.asarray(lab, dtype=np.int64)
        clustered = lab >= 0
        lab[clustered] += next_id
        if clustered.any():
            next_id = int(lab.max()) + 1
        labels[idx] = lab

    labels = _relabel_by_size(labels)
    label_series = pd.Series(pd.array(labels, dtype="Int64"), index=gdf.index, name="cluster_id")
    label_series[~use] = pd.NA

    params: dict[str, Any] = {
        "method": method, "eps_km": eps_km, "min_events": int(min_events),
        "days": days, "by_actor": bool(by_actor), "precision3": precision3, "hull": hull,
        "metric": "great-circle", "n_input": n_input, "n_used": int(use.sum()),
        "n_precision3": int((use & is_p3).sum()),
    }
    if hull == "concave":
        params["concave_ratio"] = concave_ratio
    params["engine"] = engine
    if method == "hdbscan":
        params["min_probability"] = min_probability
    hulls = _cluster_hulls(gdf, labels, use, lat, lon, unc, mid, actors, is_p3, weights_all,
                           params, hull, concave_ratio)
    table = pd.DataFrame(hulls.drop(columns="geometry"))
    return ClusterResult(labels=label_series, hulls=hulls, table=table, excluded=excluded,
                         params=params, excluded_reasons=reasons)


def _relabel_by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters 0..k-1, largest first (ties: the one whose first event comes first)."""
    ids, first, counts = np.unique(labels[labels >= 0], return_index=True, return_counts=True)
    if len(ids) == 0:
        return labels
    order = np.lexsort((first, -counts))
    mapping = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    mapping[ids[order]] = np.arange(len(ids))
    out = labels.copy()
    m = labels >= 0
    out[m] = mapping[labels[m]]
    return out


def _top(values: np.ndarray, n: int) -> str:
    """The ``n`` most frequent non-empty values, ";"-joined (ties: first seen first)."""
    from collections import Counter

    c = Counter(str(v) for v in values if v is not None and v == v and str(v) != "")
    return ";".join(k for k, _ in c.most_common(n))


def _str_array(gdf, name: str) -> np.ndarray:
    col = _column(gdf, name, None)
    return col.astype(object).where(col.notna(), None).to_numpy()


def cluster_polygon(x: np.ndarray, y: np.ndarray, radii_m: np.ndarray,
                    hull: str = "convex", concave_ratio: float = 0.3):
    """A cluster's polygon in metric coordinates: the convex hull of the circles of radius
    ``radii_m`` around (x, y), or a concave hull of the points buffered by the median radius.

    For the convex hull only circles that reach outside the points' own hull can matter, so
    only those are drawn: exact, and fast for clusters of tens of thousands of events.

    Example: ``cluster_polygon(np.array([0., 1e4]), np.array([0., 0.]), np.array([2e3, 2e3]))``
    """
    import shapely

    coords = np.column_stack([x, y])
    if hull == "concave" and len(coords) >= 3:
        core = shapely.concave_hull(shapely.multipoints(coords), ratio=concave_ratio)
        return shapely.buffer(core, float(np.median(radii_m)), quad_segs=8)
    base = shapely.convex_hull(shapely.multipoints(coords))
    if base.geom_type == "Polygon":
        reach = shapely.distance(base.exterior, shapely.points(coords))
        sel = reach <= radii_m * (1 + 1e-9)
    else:  # one point or collinear points: every circle may matter
        sel = np.ones(len(coords), dtype=bool)
    circles = shapely.buffer(shapely.points(coords[sel]), radii_m[sel], quad_segs=8)
    ring = shapely.get_coordinates(circles)
    return shapely.convex_hull(shapely.multipoints(np.vstack([ring, coords])))


def _cluster_hulls(gdf, labels, use, lat, lon, unc, mid, actors, is_p3, weights, params, hull,
                   concave_ratio):
    import geopandas as gpd
    import shapely

    member = use & (labels >= 0)
    pos_all = np.flatnonzero(member)
    pos_all = pos_all[np.argsort(labels[pos_all], kind="stable")]
    ids, starts = np.unique(labels[pos_all], return_index=True)
    groups = np.split(pos_all, starts[1:]) if len(ids) else []
    rows = []
    geoms = []
    if len(ids):
        x, y = _project(lon, lat)
        _, inv = _transformers()
    start = pd.to_datetime(_column(gdf, "date_start", None), errors="coerce", format="mixed")
    end = pd.to_datetime(_column(gdf, "date_end", None), errors="coerce", format="mixed")
    start = start.fillna(end).to_numpy(dtype="datetime64[ns]")
    end = pd.Series(end).fillna(pd.Series(start, index=end.index)).to_numpy(dtype="datetime64[ns]")
    killed = pd.to_numeric(_column(gdf, "killed"), errors="coerce").to_numpy(dtype=float,
                                                                             na_value=np.nan)
    etype, admin1, place = (_str_array(gdf, c) for c in ("event_type", "admin1", "place_name_en"))
    params_json = json.dumps({k: v for k, v in params.items()
                              if k not in ("n_input", "n_used", "n_precision3")}, sort_keys=True)
    for cid, pos in zip(ids, groups):
        w = weights[pos]
        cx = float(np.average(x[pos], weights=w))
        cy = float(np.average(y[pos], weights=w))
        clon, clat = inv.transform(cx, cy)
        radius = float(_haversine_km(clat, clon, lat[pos], lon[pos]).max())
        radii_m = np.maximum(unc[pos], MIN_BUFFER_KM) * 1000.0
        poly = cluster_polygon(x[pos], y[pos], radii_m, hull, concave_ratio)
        geoms.append(_unproject_geom(poly))
        s, e = start[pos], end[pos]
        ds = pd.Timestamp(np.nanmin(s)) if (~np.isnat(s)).any() else pd.NaT
        de = pd.Timestamp(np.nanmax(e)) if (~np.isnat(e)).any() else pd.NaT
        k = killed[pos]
        known = ~np.isnan(k)
        rows.append({
            "cluster_id": int(cid),
            "actors": ";".join(sorted(set(actors[pos]))),
            "n_events": int(len(pos)),
            "date_start": ds.date().isoformat() if pd.notna(ds) else None,
            "date_end": de.date().isoformat() if pd.notna(de) else None,
            "days_span": int((de - ds).days) + 1 if pd.notna(ds) and pd.notna(de) else None,
            "centroid_lat": round(float(clat), 5),
            "centroid_lon": round(float(clon), 5),
            "radius_km": round(radius, 2),
            "area_km2": round(float(shapely.area(poly)) / 1e6, 1),
            "killed_total": int(k[known].sum()),
            "killed_reported": int(known.sum()),
            "event_types": _top(etype[pos], 10),
            "admin1": _top(admin1[pos], 3),
            "places": _top(place[pos], 3),
            "n_precision3": int(is_p3[pos].sum()),
            "method": params["method"],
            "params": params_json,
        })
    table = pd.DataFrame(rows, columns=list(HULL_COLUMNS))
    table = table.astype({"cluster_id": "int64", "n_events": "int64"})
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"),
                            crs="EPSG:4326")


def suggest_eps(events, k: int | None = None, min_events: int = 5,
                precision3: Precision3 = "exclude") -> EpsSuggestion:
    """The k-distance curve (each event's distance to its k-th nearest neighbour, km, sorted)
    and the knee of that curve as a suggested ``eps_km`` for DBSCAN with ``min_events = k + 1``.

    The knee is the point of the sorted curve farthest from the chord joining its ends (the
    "kneedle" idea), a standard heuristic: read it as a starting point, not a truth.

    Example
    -------
    >>> s = suggest_eps(gdf, k=4)                      # doctest: +SKIP
    >>> print(s.summary())                             # doctest: +SKIP
    """
    k = int(k) if k is not None else max(int(min_events) - 1, 1)
    if k < 1:
        raise GeoTrackerError(f"k must be at least 1, got {k}")
    gdf = _to_gdf(events)
    lon, lat, ok = _lonlat(gdf)
    if precision3 == "exclude":
        ok &= _precision(gdf) != 3
    n = int(ok.sum())
    if n <= k:
        raise GeoTrackerError(f"need more than {k} located events to suggest eps, have {n}")
    from scipy.spatial import cKDTree

    xyz = _unit_xyz(lat[ok], lon[ok])
    chord, _ = cKDTree(xyz).query(xyz, k=[k + 1], workers=-1)  # the point itself is 1st
    kd = np.sort(_chord_to_km(chord[:, 0]))
    curve = pd.DataFrame({"rank": np.arange(1, n + 1), "k_dist_km": kd})
    knee = _knee(kd)
    pcts = {str(q): float(np.percentile(kd, q)) for q in (10, 25, 50, 75, 90, 95, 99)}
    eps = float(kd[knee])
    if eps <= 0:  # many exact duplicates: fall back to the median of the positive part
        pos = kd[kd > 0]
        eps = float(np.median(pos)) if len(pos) else MIN_BUFFER_KM
    return EpsSuggestion(curve=curve, k=k, eps_km=eps, knee_rank=int(knee) + 1,
                         percentiles=pcts)


def _knee(y: np.ndarray) -> int:
    """Index of the point of an ascending curve farthest below the chord from first to last."""
    n = len(y)
    if n < 3 or y[-1] == y[0]:
        return n // 2
    xs = np.linspace(0.0, 1.0, n)
    ys = (y - y[0]) / (y[-1] - y[0])
    return int(np.argmax(xs - ys))


# --------------------------------------------------------------------------- significance

@functools.lru_cache(maxsize=4)
def _syria_polygon_cached(path: str):
    import geopandas as gpd
    import shapely

    g = gpd.read_file(path)
    g = g.set_crs("EPSG:4326") if g.crs is None else g.to_crs("EPSG:4326")
    poly = shapely.union_all(shapely.make_valid(g.geometry.values))
    return poly


def syria_outline():
    """Syria's outline (EPSG:4326): the gazetteer's admin1 polygons dissolved, or the reference
    OCHA governorates if the gazetteer has none yet.

    Example: ``syria_outline().area``
    """
    from geo_tracker.paths import gazetteer_dir, reference_dir

    for p in (gazetteer_dir() / "admin1.geojson",
              reference_dir() / "ocha_syr_admin1_governorates_simplified.geojson"):
        if p.exists():
            return _syria_polygon_cached(str(p))
    raise InputError("no Syria outline found (data/gazetteer/admin1.geojson or "
                     "data/reference/ocha_syr_admin1_governorates_simplified.geojson)")


def random_points_in(polygon, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` uniform random points inside ``polygon`` (rejection sampling in its bounding box,
    vectorised). Same model as ``pointpats.random.poisson`` but seeded and fast.

    Example: ``random_points_in(syria_outline(), 500, np.random.default_rng(0))``
    """
    import shapely

    minx, miny, maxx, maxy = polygon.bounds
    shapely.prepare(polygon)
    frac = max(polygon.area / max((maxx - minx) * (maxy - miny), 1e-12), 1e-3)
    out = np.empty((0, 2))
    while len(out) < n:
        m = int((n - len(out)) / frac * 1.2) + 16
        cand = np.column_stack([rng.uniform(minx, maxx, m), rng.uniform(miny, maxy, m)])
        cand = cand[shapely.contains_xy(polygon, cand[:, 0], cand[:, 1])]
        out = np.vstack([out, cand])
    return out[:n]


def significance(events, area: Literal["syria", "hull"] = "syria", n_sim: int = 99,
                 seed: int = 0, cell_km: float = 25.0, max_points: int = 2000,
                 precision3: Precision3 = "exclude", alpha: float = 0.05,
                 distances_km: np.ndarray | None = None,
                 distinct_places: bool = False) -> SignificanceResult:
    """Is the events' pattern more clustered than complete spatial randomness (CSR) in ``area``?

    * Clark–Evans: R = observed mean nearest-neighbour distance / its CSR expectation
      0.5·sqrt(A/n) (R < 1 clustered), with the analytic z and a one-sided Monte Carlo p-value
      from ``n_sim`` CSR patterns of the same size in the same area (handles edge effects).
    * Ripley's L with the study area's intensity on the same simulations: the envelope is the
      min/max of the simulated L; ``above`` marks distances where the observed L exceeds it
      (clustering).
    * Getis–Ord Gi* (esda ``G_Local``, star, binary queen weights from libpysal) on counts of
      events in ``cell_km`` squares covering the area; ``kind`` is hot/cold when the permutation
      p-value ≤ ``alpha``; ``fdr`` marks cells that survive false-discovery-rate control (esda
      ``fdr``). Counts use the down-weighting when ``precision3="downweight"``.

    Distances are computed in an azimuthal-equidistant projection centred on Syria. Patterns
    bigger than ``max_points`` are randomly subsampled (seeded) for Clark–Evans and Ripley.
    Events geocoded to the same gazetteer point share coordinates, which alone makes a pattern
    "clustered"; ``distinct_places=True`` tests the distinct locations instead (the count of
    shared locations is always reported).

    Example
    -------
    >>> sig = significance(gdf, area="syria", n_sim=99, seed=0)    # doctest: +SKIP
    >>> sig.clark_evans["p_sim"] < 0.05                            # doctest: +SKIP
    """
    import shapely
    from scipy.stats import norm
    from shapely import affinity

    if area not in ("syria", "hull"):
        raise GeoTrackerError(f"unknown study area {area!r} (use syria or hull)")
    if n_sim < 1:
        raise GeoTrackerError(f"n_sim must be at least 1, got {n_sim}")
    gdf = _to_gdf(events)
    lon, lat, ok = _lonlat(gdf)
    is_p3 = _precision(gdf) == 3
    # point-pattern statistics cannot weigh points: down-weighted events are left out there
    excluded = int((ok & is_p3).sum()) if precision3 != "include" else 0
    use_pp = ok & ~is_p3 if precision3 != "include" else ok.copy()
    use_gi = ok & (~is_p3 if precision3 == "exclude" else True)
    weights = np.where(is_p3 & (precision3 == "downweight"), PRECISION3_WEIGHT, 1.0)

    x, y = _project(lon, lat)
    if area == "syria":
        window = _project_geom(syria_outline())
    else:
        pts = shapely.multipoints(np.column_stack([x[use_gi], y[use_gi]]))
        window = shapely.convex_hull(pts).buffer(1.0)
        if window.area < 1e6:
            raise GeoTrackerError("the events' convex hull has no area: use area='syria'")
    # events on the coast or the border can fall just outside a simplified outline: within
    # INSIDE_TOLERANCE_KM they count as inside (their own uncertainty is larger than that)
    near = window.buffer(INSIDE_TOLERANCE_KM * 1000.0)
    shapely.prepare(near)
    inside = shapely.contains_xy(near, x, y)
    n_outside = int((use_gi & ~inside).sum())
    use_pp &= inside
    use_gi &= inside
    coords = np.column_stack([x[use_pp], y[use_pp]]) / 1000.0  # km
    distinct = np.unique(np.round(coords, 3), axis=0)  # metre precision
    n_shared = len(coords) - len(distinct)
    if distinct_places:
        coords = distinct
    n_available = len(coords)
    if n_available < 3:
        raise GeoTrackerError(f"need at least 3 located events inside the study area, have "
                              f"{n_available}")
    rng = np.random.default_rng(seed)
    if n_available > max_points:
        coords = coords[rng.choice(n_available, max_points, replace=False)]
    n = len(coords)
    window_km = affinity.scale(window, 1e-3, 1e-3, origin=(0, 0))
    area_km2 = float(window_km.area)

    sims = [random_points_in(window_km, n, rng) for _ in range(n_sim)]
    ce = _clark_evans(coords, sims, area_km2, norm)
    ripley = _ripley_l(coords, sims, area_km2, distances_km, window_km)
    hot = _gi_star(x[use_gi], y[use_gi], weights[use_gi], window, cell_km, n_sim, seed, alpha)
    params = {"area": area, "area_km2": area_km2, "n_sim": int(n_sim), "seed": int(seed),
              "cell_km": float(cell_km), "alpha": float(alpha), "n_points": int(n),
              "n_available": int(n_available), "n_outside": n_outside, "excluded": excluded,
              "n_shared_locations": int(n_shared), "distinct_places": bool(distinct_places),
              "precision3": precision3, "crs": SYRIA_AEQD}
    return SignificanceResult(clark_evans=ce, ripley=ripley, hot_spots=hot, params=params)


def _project_geom(geom):
    import shapely

    fwd, _ = _transformers()
    return shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))


def _clark_evans(coords: np.ndarray, sims: list[np.ndarray], area_km2: float, norm) -> dict:
    import warnings

    from pointpats import PointPattern

    n = len(coords)
    with warnings.catch_warnings():  # libpysal's Geometry deprecation, inside pointpats
        warnings.simplefilter("ignore", FutureWarning)
        observed = float(PointPattern(coords).mean_nnd)
        sim_nnd = np.array([PointPattern(s).mean_nnd for s in sims], dtype=float)
    expected = 0.5 * math.sqrt(area_km2 / n)
    se = 0.26136 * math.sqrt(area_km2 / n ** 2)  # Clark & Evans (1954), no edge correction
    z = (observed - expected) / se
    # one-sided: small NN distances mean clustering
    p_sim = (1 + int((sim_nnd <= observed).sum())) / (len(sims) + 1)
    return {"R": observed / expected, "z": float(z), "p_analytic": float(norm.cdf(z)),
            "p_sim": float(p_sim), "mean_nnd_km": observed, "expected_nnd_km": expected,
            "sim_mean_nnd_km": float(sim_nnd.mean()), "n": int(n)}


def _ripley_l(coords, sims, area_km2, distances_km, window_km) -> pd.DataFrame:
    """Ripley's L on the study area's intensity, with the min/max envelope of the simulations.

    K(d) = A · #{ordered pairs i≠j with d_ij ≤ d} / (n(n−1)), L = sqrt(K/π), no edge
    correction: the CSR patterns are simulated in the same window, so edge effects are in the
    envelope too. (pointpats' ``l`` takes the intensity from the points' own convex hull, which
    moves a uniform pattern's L outside its envelope whenever its hull happens to be large.)
    Pair counts come from binned pairwise distances (or a KD-tree's ``count_neighbors`` for
    big patterns, so no n×n matrix is built).
    """
    from scipy.spatial import cKDTree
    from scipy.spatial.distance import pdist

    if distances_km is None:
        # up to a quarter of the window's smaller side, as usual for K/L
        minx, miny, maxx, maxy = window_km.bounds
        dmax = 0.25 * min(maxx - minx, maxy - miny)
        distances_km = np.linspace(dmax / 20, dmax, 20)
    support = np.asarray(distances_km, dtype=float)

    step = np.diff(support)
    uniform = len(support) > 1 and np.allclose(step, step[0])

    def first_ge(d: np.ndarray) -> np.ndarray:
        if uniform:  # arithmetic is much faster than a binary search per distance
            k = np.ceil((d - support[0]) / step[0] - 1e-12)
            return np.clip(k, 0, len(support)).astype(np.int64)
        return np.searchsorted(support, d, side="left")

    def ripley(pts: np.ndarray) -> np.ndarray:
        n = len(pts)
        if n <= 3000:  # n(n-1)/2 distances fit easily: binning them is fastest
            d = pdist(pts)
            bins = first_ge(d)  # index of the first support distance ≥ d_ij
            pairs = 2.0 * np.cumsum(np.bincount(bins, minlength=len(support) + 1)[:-1])
        else:
            tree = cKDTree(pts)
            pairs = tree.count_neighbors(tree, support).astype(float) - n  # drop i == i
        k = area_km2 * pairs / (n * (n - 1))
        return np.sqrt(np.maximum(k, 0.0) / np.pi)

    obs = ripley(coords)
    sim = np.array([ripley(s) for s in sims])
    lo, hi = sim.min(axis=0), sim.max(axis=0)
    return pd.DataFrame({"distance_km": support, "L_km": obs, "L_lo_km": lo, "L_hi_km": hi,
                         "L_mean_km": sim.mean(axis=0), "above": obs > hi, "below": obs < lo})


def _gi_star(x, y, w, window, cell_km, n_sim, seed, alpha):
    import geopandas as gpd
    import shapely
    from esda import G_Local
    from libpysal.weights import Queen

    step = cell_km * 1000.0
    minx, miny, maxx, maxy = window.bounds
    xs = np.arange(minx, maxx, step)
    ys = np.arange(miny, maxy, step)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    cells = shapely.box(gx, gy, gx + step, gy + step)
    keep = shapely.intersects(window, cells)
    cells, gx, gy = cells[keep], gx[keep], gy[keep]
    # full-grid cell index of each event, then the kept cells' share of those counts
    ncol, nrow = len(xs), len(ys)
    col = np.clip(np.floor((x - minx) / step).astype(np.int64), 0, ncol - 1)
    row = np.clip(np.floor((y - miny) / step).astype(np.int64), 0, nrow - 1)
    full = np.bincount(row * ncol + col, weights=w, minlength=ncol * nrow)
    counts = full[np.flatnonzero(keep)]
    grid = gpd.GeoDataFrame({"count": counts}, geometry=list(cells), crs=SYRIA_AEQD)
    grid["gi_z"] = np.nan
    grid["gi_p"] = np.nan
    grid["kind"] = "none"
    grid["fdr"] = False
    if len(grid) >= 3 and counts.std() > 0:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wq = Queen.from_dataframe(grid, use_index=False, silence_warnings=True)
            g = G_Local(counts, wq, transform="B", permutations=n_sim, star=True, seed=seed,
                        keep_simulations=False, n_jobs=1)
        from esda import fdr

        grid["gi_z"] = g.Zs
        grid["gi_p"] = g.p_sim
        sig = g.p_sim <= alpha
        grid.loc[sig & (g.Zs > 0), "kind"] = "hot"
        grid.loc[sig & (g.Zs < 0), "kind"] = "cold"
        # hundreds of cells tested at once: also flag what survives a false discovery rate
        grid["fdr"] = g.p_sim <= fdr(g.p_sim, alpha)
    return grid.to_crs("EPSG:4326")


# --------------------------------------------------------------------------- writing

def labelled_events(events, result: ClusterResult):
    """The events with a ``cluster_id`` column (-1 noise, null for excluded events).

    Example: ``labelled_events(gdf, res).to_file("labelled.gpkg")``
    """
    gdf = _to_gdf(events).copy()
    gdf["cluster_id"] = result.labels.reindex(gdf.index)
    return gdf


LAYER_SUFFIXES = (".geojson", ".json", ".gpkg")


def labels_suffixes() -> tuple[str, ...]:
    """File suffixes the labelled events can be written as (those of geo_tracker.io)."""
    try:
        from geo_tracker.io import SUFFIX_FORMATS
    except ImportError:
        return LAYER_SUFFIXES
    return tuple(SUFFIX_FORMATS)


def check_output_path(path: str | Path, suffixes: tuple[str, ...]) -> None:
    """Raise OutputError (one line) unless ``path`` has one of ``suffixes`` and its directory
    exists. Example: ``check_output_path("out/clusters.gpkg", LAYER_SUFFIXES)``"""
    from geo_tracker.errors import OutputError

    p = Path(path)
    if p.suffix.lower() not in suffixes:
        raise OutputError(f"unknown output format {p.suffix or '(none)'} for {path} "
                          f"(use {', '.join(suffixes)})")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"output directory does not exist: {parent}")


def write_layer(gdf, path: str | Path, layer: str = "clusters") -> Path:
    """Write a GeoDataFrame atomically as GeoJSON (``.geojson``/``.json``) or GeoPackage
    (``.gpkg``), by suffix: to a temp file in the same directory, then ``os.replace``.

    List values (e.g. ``sources``) stay lists in GeoJSON and are ``;``-joined in GeoPackage.

    Example: ``write_layer(res.hulls, "clusters.gpkg")``
    """
    from geo_tracker.io import atomic_path, atomic_write

    p = Path(path)
    suffix = p.suffix.lower()
    check_output_path(p, LAYER_SUFFIXES)
    gdf = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf.set_crs("EPSG:4326")
    if suffix == ".gpkg":
        out = gdf.copy()
        for c in out.columns:
            if c != out.geometry.name and out[c].dtype == object:
                out[c] = out[c].map(lambda v: ";".join(map(str, v))
                                    if isinstance(v, (list, tuple, np.ndarray)) else v)
        with atomic_path(p) as tmp:
            out.to_file(tmp, driver="GPKG", layer=layer, engine="pyogrio")
    else:
        with atomic_write(p, "w", encoding="utf-8") as f:
            f.write(gdf.to_json(drop_id=True, ensure_ascii=False, na="null"))
    return p
