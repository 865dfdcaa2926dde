"""Interactive Leaflet maps of events: one compact client-side layer, folium around it.

A plain folium map makes one Python object (and one JS block) per marker, which is slow and
heavy past a few thousand events. Here the events become one columnar payload (coordinates
rounded to 4 decimals, small-int codes for actor / type / period, deduplicated string tables for
places, quotes, sources and URLs), embedded once in the page and rendered in the browser by
``static/geo_tracker.js`` with Leaflet.markercluster. Large payloads are gzip+base64 encoded and
decompressed by the browser (``DecompressionStream``).

All JS and CSS (Leaflet, markercluster, leaflet.heat and ours) is inlined, so an ``offline`` map
(no tiles; Syria's governorate and district polygons drawn instead) opens with no network at all.
Article text is untrusted: the payload is JSON with ``<``, ``>``, ``&``, U+2028/2029 escaped, and
the browser code builds popups with ``textContent`` only.

Example:
    >>> from geo_tracker.maps import make_map, write_map
    >>> m = make_map("events.geojson", by="actor", period="month", offline=True)  # doctest: +SKIP
    >>> write_map(m, "maps/events.html")                                          # doctest: +SKIP
"""
from __future__ import annotations

import base64
import functools
import gzip
import html
import io
import json
import logging
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

import numpy as np
import pandas as pd

from geo_tracker.errors import GeoTrackerError, InputError

if TYPE_CHECKING:  # pragma: no cover
    import folium
    import geopandas as gpd

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
BY_CHOICES = ("actor", "event_type")
PERIOD_CHOICES = ("week", "month", "quarter")
#: Above this many events quotes are cut to QUOTE_CHARS in the payload (the popup says so).
QUOTE_TRUNCATE_OVER = 20_000
QUOTE_CHARS = 160
#: Above this many events the payload is gzip+base64 encoded.
COMPRESS_OVER = 2_000
#: zlib level: 5 is about twice as fast as 6 on 100k events for ~9 % more bytes.
COMPRESS_LEVEL = 5
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_PANDAS_FREQ = {"week": "W-SUN", "month": "M", "quarter": "Q"}


# --------------------------------------------------------------------------- static assets

@functools.lru_cache(maxsize=None)
def styles() -> dict[str, Any]:
    """Colours and Arabic/English labels for actors, event types and popup fields."""
    with open(STATIC_DIR / "styles.json", encoding="utf-8") as f:
        data = json.load(f)
    for table in ("actor", "event_type"):
        for code, entry in data[table].items():
            if not _COLOR_RE.match(entry["color"]):
                raise GeoTrackerError(f"styles.json: bad colour for {table} {code!r}")
    return data


@functools.lru_cache(maxsize=None)
def _asset(rel: str) -> str:
    text = (STATIC_DIR / rel).read_text(encoding="utf-8")
    # A map must not ask for anything: drop source-map hints.
    return re.sub(r"^\s*//# sourceMappingURL=.*$", "", text, flags=re.M)


def _data_uri(rel: str, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode((STATIC_DIR / rel).read_bytes()).decode("ascii")


@functools.lru_cache(maxsize=None)
def assets_html(heatmap: bool = False) -> str:
    """The inline ``<style>``/``<script>`` block every map carries (no external URL)."""
    leaflet_css = _asset("leaflet/leaflet.css")
    leaflet_css = leaflet_css.replace("url(images/layers.png)",
                                      "url(" + _data_uri("leaflet/images/layers.png", "image/png") + ")")
    leaflet_css = leaflet_css.replace("url(images/layers-2x.png)",
                                      "url(" + _data_uri("leaflet/images/layers-2x.png", "image/png") + ")")
    # the default marker icon is never used (events are vector layers); no file reference left
    leaflet_css = leaflet_css.replace("url(images/marker-icon.png)", "none")
    css = [leaflet_css, _asset("markercluster/MarkerCluster.css"),
           _asset("markercluster/MarkerCluster.Default.css"), _asset("geo_tracker.css")]
    js = [_asset("leaflet/leaflet.js"), _asset("markercluster/leaflet.markercluster.js")]
    if heatmap:
        js.append(_asset("heat/leaflet-heat.js"))
    js.append(_asset("geo_tracker.js"))
    for chunk in js:
        if "</script" in chunk.lower():
            raise GeoTrackerError("vendored script contains '</script' and cannot be inlined")
    return ("\n".join(f"<style>\n{c}\n</style>" for c in css) + "\n"
            + "\n".join(f"<script>\n{c}\n</script>" for c in js))


# --------------------------------------------------------------------------- input

def load_events(events: "gpd.GeoDataFrame | str | os.PathLike[str]") -> "gpd.GeoDataFrame":
    """Return events as a GeoDataFrame in EPSG:4326 with point geometries.

    ``events`` is a GeoDataFrame or a path (``.geojson``, ``.gpkg``, ``.csv``, ``.parquet``;
    ``-`` reads GeoJSON from stdin). Rows without a geometry are dropped with a warning; other
    geometry types are reduced to a representative point.

    Example:
        >>> gdf = load_events("events.geojson")  # doctest: +SKIP
    """
    import geopandas as gpd

    if isinstance(events, gpd.GeoDataFrame):
        gdf = events
    elif isinstance(events, (str, os.PathLike)):
        gdf = _read_path(str(events))
    else:
        raise GeoTrackerError(f"events must be a GeoDataFrame or a path, not {type(events).__name__}")
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    geom = gdf.geometry
    bad = geom.isna() | geom.is_empty
    if bad.any():
        log.warning("skipping %d event(s) without a location", int(bad.sum()))
        gdf = gdf.loc[~bad]
    if len(gdf) and not (gdf.geom_type == "Point").all():
        gdf = gdf.copy()
        gdf.geometry = gdf.geometry.representative_point()
    return gdf


def _read_path(path: str) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    if path == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise InputError("no events on stdin")
        try:
            return gpd.read_file(io.BytesIO(data))
        except (OSError, ValueError, RuntimeError) as e:
            raise InputError(f"cannot read events from stdin: {_one_line(e)}") from None
    if not Path(path).exists():
        raise InputError(f"events file not found: {path}")
    try:
        from geo_tracker.io import read_events  # the project's reader (all formats)
    except ImportError:
        read_events = None
    try:
        if read_events is not None:
            return read_events(path)
        gdf = gpd.read_file(path)
    except GeoTrackerError:
        raise
    except (OSError, ValueError, RuntimeError, KeyError) as e:
        raise InputError(f"cannot read events from {path}: {_one_line(e)}") from None
    if "geometry" not in gdf or gdf.geometry.isna().all():
        if {"lat", "lon"} <= set(gdf.columns):
            lat = pd.to_numeric(gdf["lat"], errors="coerce")
            lon = pd.to_numeric(gdf["lon"], errors="coerce")
            gdf = gpd.GeoDataFrame(gdf.drop(columns=[c for c in ("geometry",) if c in gdf]),
                                   geometry=gpd.points_from_xy(lon, lat), crs=4326)
        else:
            raise InputError(f"{path}: no geometry and no lat/lon columns")
    return gdf


def load_clusters(clusters: "gpd.GeoDataFrame | str | os.PathLike[str]") -> "gpd.GeoDataFrame":
    """Read the polygons written by ``geo-tracker clusters`` (EPSG:4326)."""
    import geopandas as gpd

    if isinstance(clusters, gpd.GeoDataFrame):
        gdf = clusters
    else:
        path = str(clusters)
        if not Path(path).exists():
            raise InputError(f"clusters file not found: {path}")
        try:
            gdf = gpd.read_file(path)
        except (OSError, ValueError, RuntimeError) as e:
            raise InputError(f"cannot read clusters from {path}: {_one_line(e)}") from None
    if "cluster_id" not in gdf.columns:
        raise InputError("not a clusters file (no cluster_id column): make one with 'geo-tracker clusters'")
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    return gdf


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


# --------------------------------------------------------------------------- column helpers

def _col(gdf: "gpd.GeoDataFrame", name: str) -> pd.Series:
    if name in gdf.columns:
        return gdf[name]
    return pd.Series([None] * len(gdf), index=gdf.index, dtype=object)


def text_column(s: pd.Series) -> pd.Series:
    """Object Series of str, ``''`` for missing values."""
    s = s.astype(object)
    s = s.where(s.notna(), "")
    if pd.api.types.infer_dtype(s, skipna=False) in ("string", "empty"):
        return s  # already all str: skip the per-value conversion (100k rows matter)
    return s.map(lambda v: v if isinstance(v, str) else str(v))


def date_column(s: pd.Series) -> pd.Series:
    """ISO ``YYYY-MM-DD`` strings (``''`` when missing) from strings, dates or datetimes."""
    if pd.api.types.is_datetime64_any_dtype(s):
        return s.dt.strftime("%Y-%m-%d").fillna("").astype(object)
    out = text_column(s)
    if len(out) and out.str.len().max() > 10:
        out = out.str.slice(0, 10).astype(object)
    return out


def list_value(v: Any) -> tuple[str, ...]:
    """A list-ish cell (list, array, JSON text, ``a;b`` text) as a tuple of non-empty strings."""
    if isinstance(v, list):
        return tuple(str(x) for x in v if x is not None and str(x) != "")
    if v is None:
        return ()
    if isinstance(v, float) and np.isnan(v):
        return ()
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return ()
        if s.startswith("["):
            try:
                parsed = json.loads(s)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return tuple(str(x) for x in parsed if x is not None and str(x) != "")
        if ";" in s:
            return tuple(p.strip() for p in s.split(";") if p.strip())
        return (s,)
    if isinstance(v, (list, tuple, np.ndarray)):
        return tuple(str(x) for x in v if x is not None and str(x) != "")
    return (str(v),)


def int_or_none(s: pd.Series) -> list[int | None]:
    arr = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
    return [None if np.isnan(x) else int(x) for x in arr]


def _factorize(values: pd.Series | np.ndarray) -> tuple[np.ndarray, list[Any]]:
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), sort=False)
    return codes, list(uniques)


def category_table(codes: pd.Series, kind: str) -> tuple[np.ndarray, list[dict[str, Any]]]:
    """Factorize actor / event_type codes in the vocabulary's order, with labels and colours."""
    st = styles()
    vocab = st[kind]
    values = text_column(codes).map(lambda v: v.strip() or ("unknown" if kind == "actor" else "other"))
    present = set(values.unique())
    order = [c for c in vocab if c in present] + sorted(present - set(vocab))
    idx = {c: i for i, c in enumerate(order)}
    arr = values.map(idx).to_numpy(dtype=np.int64)
    counts = np.bincount(arr, minlength=len(order)) if len(arr) else np.zeros(len(order), dtype=int)
    table, extra = [], 0
    for i, c in enumerate(order):
        if c in vocab:
            e = vocab[c]
            table.append({"code": c, "en": e["en"], "ar": e["ar"], "color": e["color"], "count": int(counts[i])})
        else:
            fb = st["fallback_colors"]
            table.append({"code": c, "en": c, "ar": "", "color": fb[extra % len(fb)], "count": int(counts[i])})
            extra += 1
    return arr, table


def target_label(code: str) -> dict[str, str]:
    """English/Arabic labels of a target: an actor code, an object (``civilians``), an actor and
    an object (``isis_hideouts`` → "ISIS hideouts" / "مخابئ تنظيم داعش"), or free text as is.

    Example:
        >>> target_label("isis_hideouts")["en"]
        'ISIS hideouts'
    """
    st = styles()
    actors, objects = st["actor"], st["target_object"]
    if code in actors:
        return {"en": actors[code]["en"], "ar": actors[code]["ar"]}
    if code in objects:
        return dict(objects[code])
    for a in sorted(actors, key=len, reverse=True):
        rest = code[len(a) + 1:]
        if code.startswith(a + "_") and rest in objects:
            return {"en": f"{actors[a]['en']} {objects[rest]['en']}",
                    "ar": f"{objects[rest]['ar']} {actors[a]['ar']}"}
    label = code.replace("_", " ") if re.fullmatch(r"[a-z_]+", code) else code
    return {"en": label, "ar": label}


def period_index(dates: pd.Series, period: str) -> tuple[np.ndarray, list[dict[str, str]]]:
    """Map each date to a period index; undated rows get the last index (an "undated" period).

    Returns ``(codes, periods)`` with ``periods[i] = {"key": "2025-03", "start": ..., "end": ...}``
    (keys: ``2025-W09``, ``2025-03``, ``2025-Q1``), sorted in time.

    Example:
        >>> codes, periods = period_index(pd.Series(["2025-03-02", None]), "month")
        >>> [p["key"] for p in periods], codes.tolist()
        (['2025-03', 'undated'], [0, 1])
    """
    if period not in PERIOD_CHOICES:
        raise GeoTrackerError(f"period must be one of {', '.join(PERIOD_CHOICES)}, not {period!r}")
    iso = date_column(dates)
    dt = pd.to_datetime(iso.where(iso != "", None), errors="coerce", format="ISO8601")
    per = dt.dt.to_period(_PANDAS_FREQ[period])
    codes, uniques = pd.factorize(per, sort=True)
    periods: list[dict[str, str]] = []
    for p in uniques:
        start, end = p.start_time.date(), p.end_time.date()
        if period == "week":
            y, w, _ = start.isocalendar()
            key = f"{y}-W{w:02d}"
        elif period == "month":
            key = f"{start.year}-{start.month:02d}"
        else:
            key = f"{start.year}-Q{p.quarter}"
        periods.append({"key": key, "start": start.isoformat(), "end": end.isoformat()})
    codes = np.asarray(codes, dtype=np.int64)
    if (codes < 0).any():
        codes = np.where(codes < 0, len(periods), codes)
        periods.append({"key": "undated", "start": "", "end": ""})
    return codes, periods


# --------------------------------------------------------------------------- payload

def _flat_rings(geom: Any, ndigits: int) -> list[list[list[float]]]:
    """Polygon/MultiPolygon → [[outer, hole...], ...] with rings as flat [lat, lon, ...] lists."""
    polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    out = []
    for p in polys:
        if p.is_empty or p.geom_type != "Polygon":
            continue
        rings = [p.exterior, *p.interiors]
        part = []
        for r in rings:
            xy = np.round(np.asarray(r.coords)[:, :2], ndigits)
            part.append(xy[:, ::-1].ravel().tolist())
        out.append(part)
    return out


def admin_paths() -> tuple[Path, Path]:
    """Governorate and district polygons: ``data/gazetteer`` or, until built, ``data/reference``."""
    from geo_tracker import paths

    gaz = paths.gazetteer_dir()
    a1, a2 = gaz / "admin1.geojson", gaz / "admin2.geojson"
    if a1.exists() and a2.exists():
        return a1, a2
    ref = paths.reference_dir()
    return (ref / "ocha_syr_admin1_governorates_simplified.geojson",
            ref / "ocha_syr_admin2_districts_simplified.geojson")


@functools.lru_cache(maxsize=4)
def _boundaries_cached(a1: str, a2: str, mtimes: tuple[float, float]) -> dict[str, Any]:
    import geopandas as gpd

    out: dict[str, Any] = {}
    for key, path, tol in (("admin1", a1, 0.002), ("admin2", a2, 0.003)):
        gdf = gpd.read_file(path)
        if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
            gdf = gdf.to_crs(4326)
        feats = []
        for _, row in gdf.iterrows():
            geom = row.geometry
            if geom is None or geom.is_empty:
                continue
            simple = geom.simplify(tol, preserve_topology=True)
            feat: dict[str, Any] = {"name_en": str(row.get("NAME_EN") or ""),
                                    "name_ar": str(row.get("NAME_ARA") or ""),
                                    "pcode": str(row.get("PCODE") or ""),
                                    "rings": _flat_rings(simple, 3)}
            if key == "admin1":
                rp = geom.representative_point()
                feat["label"] = [round(rp.y, 3), round(rp.x, 3)]
            feats.append(feat)
        out[key] = feats
        out[key + "_bounds"] = [float(v) for v in gdf.total_bounds]
    return out


def boundaries() -> dict[str, Any]:
    """Admin1/admin2 polygons for the offline basemap (simplified, 3 decimals; cached)."""
    a1, a2 = admin_paths()
    for p in (a1, a2):
        if not p.exists():
            raise GeoTrackerError(f"boundary file missing: {p}")
    return _boundaries_cached(str(a1), str(a2), (a1.stat().st_mtime, a2.stat().st_mtime))


def _hulls(clusters: "gpd.GeoDataFrame") -> list[dict[str, Any]]:
    act = styles()["actor"]
    hulls = []
    for _, row in clusters.iterrows():
        geom = row.geometry
        if geom is None or geom.is_empty:
            continue
        cid = row.get("cluster_id")
        cid = "" if cid is None or (isinstance(cid, float) and np.isnan(cid)) else str(cid)
        actors = [p.strip() for a in list_value(row.get("actors")) for p in a.split(";") if p.strip()]
        n = row.get("n_events")
        n = None if n is None or (isinstance(n, float) and np.isnan(n)) else int(n)
        r = pd.to_numeric(pd.Series([row.get("radius_km")]), errors="coerce").iloc[0]
        d0 = date_column(pd.Series([row.get("date_start")])).iloc[0]
        d1 = date_column(pd.Series([row.get("date_end")])).iloc[0]
        label = f"Cluster {cid}" + (f" · {n} events" if n is not None else "")
        h: dict[str, Any] = {
            "id": cid, "n": n, "label": label,
            "actors": ", ".join(act[a]["en"] if a in act else a for a in actors),
            "dates": d0 if d0 == d1 else f"{d0} – {d1}".strip(" –"),
            "radius_km": None if np.isnan(r) else round(float(r), 1),
        }
        c = geom.centroid
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            h["rings"] = _flat_rings(geom, 4)
            top = geom.bounds[3]
        else:
            h["center"] = [round(c.y, 4), round(c.x, 4)]
            if h["radius_km"] is None:
                h["radius_km"] = 1.0
            top = c.y + h["radius_km"] / 110.57
        h["label_at"] = [round(top, 4), round(c.x, 4)]  # label above the hull, off the markers
        hulls.append(h)
    return hulls


def build_payload(gdf: "gpd.GeoDataFrame", by: str = "actor", period: str | None = None,
                  clusters: "gpd.GeoDataFrame | None" = None, heatmap: bool = False,
                  title: str | None = None, offline: bool = False) -> dict[str, Any]:
    """The columnar JSON-able payload the browser code renders (see module docstring)."""
    n = len(gdf)
    st = styles()
    lat = np.round(gdf.geometry.y.to_numpy(dtype=float), 4)
    lon = np.round(gdf.geometry.x.to_numpy(dtype=float), 4)
    ok = np.isfinite(lat) & np.isfinite(lon)
    if not ok.all():
        log.warning("skipping %d event(s) with invalid coordinates", int((~ok).sum()))
        gdf, lat, lon = gdf.loc[ok], lat[ok], lon[ok]
        n = len(gdf)

    act, actors = category_table(_col(gdf, "actor"), "actor")
    typ, types = category_table(_col(gdf, "event_type"), "event_type")

    d0 = date_column(_col(gdf, "date_start"))
    d1 = date_column(_col(gdf, "date_end"))
    d0 = d0.where(d0 != "", d1)
    d1 = d1.where(d1 != "", d0)
    dcodes, dates = _factorize(np.concatenate([d0.to_numpy(dtype=object), d1.to_numpy(dtype=object)]))
    dates = [d or None for d in dates]

    prec = pd.to_numeric(_col(gdf, "geo_precision"), errors="coerce").fillna(1).clip(1, 3).astype(int)
    unc = pd.to_numeric(_col(gdf, "uncertainty_km"), errors="coerce").fillna(0).clip(lower=0).round(1)
    tp = pd.to_numeric(_col(gdf, "time_precision"), errors="coerce").fillna(1).clip(1, 3).astype(int)

    name_ar, name_en, adm1 = (text_column(_col(gdf, c)) for c in ("place_name_ar", "place_name_en", "admin1"))
    pcodes, pkeys = _factorize(name_ar + "\x1f" + name_en + "\x1f" + adm1)
    places = [k.split("\x1f") for k in pkeys]

    quotes = text_column(_col(gdf, "quote")).str.strip()
    truncated = n > QUOTE_TRUNCATE_OVER
    qtrunc = None
    if truncated:
        long_ = quotes.str.len() > QUOTE_CHARS
        quotes = quotes.where(~long_, quotes.str.slice(0, QUOTE_CHARS).str.rstrip() + "…")
        qtrunc = long_
    qcodes, qtable = _factorize(quotes)
    qt = None
    if qtrunc is not None:
        flags = np.zeros(len(qtable), dtype=np.int8)
        flags[qcodes[qtrunc.to_numpy()]] = 1
        qt = flags.tolist()

    art = text_column(_col(gdf, "article_id"))
    srcs = [list_value(v) or ((a,) if a else ()) for v, a in zip(_col(gdf, "sources").to_numpy(dtype=object), art)]
    scodes, stable = _factorize(pd.Series(["\x1f".join(s) for s in srcs], dtype=object))
    urls = [list_value(v) for v in _col(gdf, "urls").to_numpy(dtype=object)]
    ucodes, utable = _factorize(pd.Series(["\x1f".join(u) for u in urls], dtype=object))

    targets_raw = text_column(_col(gdf, "target")).str.strip()
    tcodes, tkeys = _factorize(targets_raw)
    targets = [target_label(t) if t else None for t in tkeys]

    payload: dict[str, Any] = {
        "version": 1, "n": n, "by": by, "offline": offline,
        "by_label": st["ui"][by],
        "lat": lat.tolist(), "lon": lon.tolist(),
        "act": act.tolist(), "typ": typ.tolist(), "actors": actors, "types": types,
        "d0": dcodes[:n].tolist(), "d1": dcodes[n:].tolist(), "dates": dates,
        "prec": prec.tolist(), "unc": unc.tolist(), "tp": tp.tolist(),
        "place": pcodes.tolist(), "places": places,
        "q": qcodes.tolist(), "quotes": qtable,
        "src": scodes.tolist(), "sources": [s.split("\x1f") if s else [] for s in stable],
        "url": ucodes.tolist(), "urls": [u.split("\x1f") if u else [] for u in utable],
        "tgt": tcodes.tolist(), "targets": targets,
        "k": int_or_none(_col(gdf, "killed")), "inj": int_or_none(_col(gdf, "injured")),
        "ids": text_column(_col(gdf, "event_id")).tolist(),
        "ui": st["ui"], "heat": bool(heatmap), "title": title or summary_title(n, dates),
    }
    if qt is not None:
        payload["qt"] = qt
    bg = _col(gdf, "background")
    bgv = bg.map(lambda v: 1 if v is True or str(v).lower() in ("true", "1") else 0).to_numpy(dtype=np.int8)
    if bgv.any():
        payload["bg"] = bgv.tolist()
    if period:
        # d0 already falls back to date_end where date_start is missing
        pcodes_, periods = period_index(d0, period)
        payload["per"] = pcodes_.tolist()
        payload["periods"] = periods
        payload["period_unit"] = period
    if offline:
        b = boundaries()
        payload["boundaries"] = {"admin1": b["admin1"], "admin2": b["admin2"]}
    if clusters is not None and len(clusters):
        payload["hulls"] = _hulls(clusters)
    if n:
        # include the uncertainty circles, so an area event is not cut at the edge
        dlat = unc.to_numpy(dtype=float) * (prec.to_numpy() >= 2) / 110.57
        dlon = dlat * 110.57 / (111.32 * np.maximum(np.cos(np.radians(lat)), 0.1))
        payload["bounds"] = [float((lat - dlat).min()), float((lon - dlon).min()),
                             float((lat + dlat).max()), float((lon + dlon).max())]
    else:
        try:
            x0, y0, x1, y1 = boundaries()["admin1_bounds"]
            payload["bounds"] = [y0, x0, y1, x1]
        except GeoTrackerError:
            payload["bounds"] = None
    return payload


def script_json(obj: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>``, ``&`` (so no ``</script>`` or ``<!--``) and U+2028/U+2029 are written as
    ``\\uXXXX`` escapes, which only ever occur inside JSON strings.

    Example:
        >>> script_json({"q": "</script><!--\\u2028"})
        '{"q":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def encode_payload(payload: dict[str, Any], compress: bool | None = None) -> tuple[list[str], str]:
    """Return ``(chunks, encoding)``: one escaped JSON chunk, or ``gzip+base64`` chunks.

    Compressed payloads of many events are split (the quotes table in two slices) so the chunks
    compress in parallel threads; the browser code joins ``quotes`` back together.
    """
    if compress is None:
        compress = payload.get("n", 0) > COMPRESS_OVER
    if not compress:
        return [script_json(payload)], "json"
    parts: list[Any] = [payload]
    quotes = payload.get("quotes", [])
    if len(quotes) > QUOTE_TRUNCATE_OVER // 4:
        half = len(quotes) // 2
        parts = [{**payload, "quotes": [], "quote_chunks": 2}, quotes[:half], quotes[half:]]
    raws = [json.dumps(p, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
            for p in parts]

    def pack(raw: bytes) -> str:  # zlib releases the GIL: chunks compress on several cores
        return base64.b64encode(gzip.compress(raw, compresslevel=COMPRESS_LEVEL, mtime=0)).decode("ascii")

    if len(raws) == 1:
        return [pack(raws[0])], "gzip+base64"
    with ThreadPoolExecutor(max_workers=min(len(raws), os.cpu_count() or 1)) as ex:
        return list(ex.map(pack, raws)), "gzip+base64"


# --------------------------------------------------------------------------- folium glue

def _event_layer_class():  # defined lazily so importing this module does not import folium
    from branca.element import Element, MacroElement
    from jinja2 import Template

    class RawHTML(Element):
        """HTML inserted verbatim. branca renders an Element's text as a Jinja template, which
        would evaluate ``{{ … }}`` inside article text (template injection), so data and
        vendored code never go through a template."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def render(self, **kwargs: Any) -> str:
            return self.text

    class EventLayer(MacroElement):
        """The events payload, the inline assets and the ``GeoTracker.init`` call."""

        _template = Template(
            "{% macro script(this, kwargs) %}"
            "GeoTracker.init({{ this._parent.get_name() }}, {{ this.data_id|tojson }});"
            "{% endmacro %}")

        def __init__(self, chunks: list[str], encoding: str, heatmap: bool) -> None:
            super().__init__()
            self._name = "GeoTrackerEvents"
            mime = "application/json" if encoding == "json" else "application/octet-stream"
            self.data_id = f"gt-data-{self.get_name()}"
            self.heatmap = heatmap
            self.data_html = "".join(
                f'<script type="{mime}" id="{self.data_id}{"-" + str(k) if k else ""}" '
                f'data-encoding="{encoding}">{chunk}</script>' for k, chunk in enumerate(chunks))

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            figure.header.add_child(RawHTML(assets_html(self.heatmap)), name="geo_tracker_assets")
            figure.html.add_child(RawHTML(self.data_html), name=self.data_id)
            super().render(**kwargs)

    return EventLayer


def make_map(events: "gpd.GeoDataFrame | str | os.PathLike[str]", by: str = "actor",
             period: str | None = None, offline: bool = False,
             clusters: "gpd.GeoDataFrame | str | os.PathLike[str] | None" = None,
             heatmap: bool = False, title: str | None = None, *,
             compress: bool | None = None) -> "folium.Map":
    """Build an interactive map of events.

    Parameters
    ----------
    events : GeoDataFrame or path of an events file (contract fields).
    by : ``"actor"`` or ``"event_type"``: one layer (and colour) per value, in the layer control
        and the legend.
    period : ``"week"``, ``"month"``, ``"quarter"`` or None: adds a period slider.
    offline : no tile layer; Syria's governorates and districts are drawn instead. Every map
        inlines its JS/CSS, so an offline map needs no network at all.
    clusters : polygons from ``geo-tracker clusters`` (GeoDataFrame or path), drawn with labels.
    heatmap : add a density heatmap overlay.
    title : shown on the map and as the page title (default: a summary).
    compress : gzip+base64 the payload (default: above 2,000 events).

    Returns
    -------
    folium.Map — ``write_map`` it, or show it in a notebook (``_repr_html_``).

    Example:
        >>> m = make_map("events.geojson", by="actor", period="month", offline=True)  # doctest: +SKIP
    """
    import folium

    if by not in BY_CHOICES:
        raise GeoTrackerError(f"--by must be one of {', '.join(BY_CHOICES)}, not {by!r}")
    if period is not None and period not in PERIOD_CHOICES:
        raise GeoTrackerError(f"--period must be one of {', '.join(PERIOD_CHOICES)}, not {period!r}")
    gdf = load_events(events)
    cgdf = load_clusters(clusters) if clusters is not None else None
    payload = build_payload(gdf, by=by, period=period, clusters=cgdf, heatmap=heatmap,
                            title=title, offline=offline)
    title = payload["title"]
    chunks, encoding = encode_payload(payload, compress)

    b = payload.get("bounds")  # the browser fits these; the centre only matters before that
    center = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] if b else None
    m = folium.Map(location=center, zoom_start=7, tiles=None if offline else "OpenStreetMap",
                   control_scale=True, width="100%", height="100%")
    # folium links Leaflet, jQuery, Bootstrap… from CDNs; everything we need is inlined instead.
    m.default_js = []
    m.default_css = []
    m.get_root().title = html.escape(title)
    _event_layer_class()(chunks, encoding, heatmap).add_to(m)
    return m


def summary_title(n: int, dates: Iterable[str | None]) -> str:
    """``"geo-tracker: 123 events, 2025-01-03 – 2025-06-30"``."""
    d = sorted(x for x in dates if x)
    span = f", {d[0]} – {d[-1]}" if d else ""
    return f"geo-tracker: {n:,} event{'s' if n != 1 else ''}{span}"


def map_html(m: "folium.Map") -> str:
    """The complete HTML page of a map."""
    return m.get_root().render()


def write_map(m: "folium.Map", path: str | os.PathLike[str]) -> None:
    """Write the map's HTML atomically (temp file + ``os.replace``); ``"-"`` writes to stdout.

    Example:
        >>> write_map(make_map(gdf), "maps/events.html")  # doctest: +SKIP
    """
    write_text_atomic(map_html(m), path)


def write_text_atomic(text: str, path: str | os.PathLike[str]) -> None:
    """Write UTF-8 text to ``path`` atomically, or to stdout for ``"-"`` (``io.atomic_write``)."""
    from geo_tracker.io import atomic_write

    with atomic_write(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
