"""Event files: build a GeoDataFrame, write every format atomically, read them back.

Formats (chosen from the output's suffix, or ``fmt``):

==============  ====================================================================================
``.geojson``    RFC 7946 FeatureCollection, UTF-8 (Arabic as is), properties in contract order,
``.json``       Point geometry ``[lon, lat]``, one feature per line. ``-`` writes it to stdout.
``.gpkg``       a GeoPackage with one layer ``events`` (the whole file is replaced); lists joined
                with ``;``.
``.csv``        every contract field plus ``lat``/``lon`` columns; lists joined with ``;``; booleans
                ``true``/``false``; null is an empty cell.
``.parquet``    GeoParquet (geopandas); lists stay lists.
``fmt="acled"`` an ACLED-style CSV (ACLED's column names and vocabularies; mappings in
                ``data/lexicon/acled.yaml``).
==============  ====================================================================================

Every file is written to a temporary file in the destination's directory (same suffix), flushed
and fsynced, then moved over the destination with :func:`os.replace`: a reader never sees half a
file, and a failure leaves the previous file untouched.

:func:`read_events` returns the canonical GeoDataFrame of :func:`events_to_gdf` (columns
``EVENT_FIELDS`` + ``geometry``, EPSG:4326) from any of these formats, so
``read_events(write_events(evs, p))`` gives back the same values.

Example
-------
>>> write_events(events, "out/events.gpkg")                  # doctest: +SKIP
>>> gdf = read_events("out/events.gpkg")                     # doctest: +SKIP
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import glob
import io
import json
import logging
import math
import os
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from geo_tracker.errors import InputError, OutputError
from geo_tracker.models import EVENT_FIELDS, Event

if TYPE_CHECKING:
    import geopandas

log = logging.getLogger(__name__)

#: suffix → format name
SUFFIX_FORMATS = {".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".csv": "csv",
                  ".parquet": "parquet", ".geoparquet": "parquet"}
FORMATS = ("geojson", "gpkg", "csv", "parquet", "acled")
_FMT_ALIASES = {"json": "geojson", "geoparquet": "parquet", "geopackage": "gpkg"}
#: GeoPackage layer name
GPKG_LAYER = "events"

LIST_FIELDS = ("sources", "urls")
INT_FIELDS = ("time_precision", "geo_precision")
NULLABLE_INT_FIELDS = ("killed", "injured")
FLOAT_FIELDS = ("uncertainty_km",)
BOOL_FIELDS = ("background",)
NULLABLE_STR_FIELDS = ("target", "date_start", "date_end", "admin1")
STR_FIELDS = tuple(f for f in EVENT_FIELDS if f not in LIST_FIELDS + INT_FIELDS
                   + NULLABLE_INT_FIELDS + FLOAT_FIELDS + BOOL_FIELDS)
#: Columns an events file must have (besides a Point geometry); the others are filled with null.
REQUIRED_FIELDS = ("event_type", "actor")

_LAT_NAMES = ("lat", "latitude", "y")
_LON_NAMES = ("lon", "lng", "long", "longitude", "x")


def _supported() -> str:
    return ", ".join(SUFFIX_FORMATS) + ", '-' (GeoJSON on stdout), fmt='acled'"


# --------------------------------------------------------------------------------------------
# atomic writing


def _check_destination(path: str) -> None:
    """Raise OutputError with one line when ``path`` cannot be a file we create."""
    parent = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a directory")
    if not os.path.isdir(parent):
        if os.path.exists(parent):
            raise OutputError(f"cannot write {path}: {os.path.dirname(path) or parent} is not a directory")
        raise OutputError(f"cannot write {path}: directory {os.path.dirname(path) or parent} "
                          "does not exist")


def _tmp_name(path: str) -> str:
    parent, base = os.path.split(os.path.abspath(path))
    suffix = os.path.splitext(base)[1]
    # the writer's pid is in the name so a later run can clear what a killed run left behind
    return os.path.join(parent, f".{base}.{os.getpid()}-{secrets.token_hex(4)}.tmp{suffix}")


def _clear_stale_temps(path: str) -> None:
    """Remove temp files of ``path`` left by writers that were killed (their pid is gone)."""
    parent, base = os.path.split(os.path.abspath(path))
    prefix = f".{base}."
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        if not name.startswith(prefix) or ".tmp" not in name:
            continue
        pid = name[len(prefix):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue            # that writer is still running
        except ProcessLookupError:
            pass
        except OSError:
            continue            # alive but not ours to signal
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(parent, name))


def _probe(tmp: str, path: str) -> None:
    """Create and remove ``tmp``: OutputError with the OS's reason when that is refused."""
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        os.unlink(tmp)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None


def _cleanup(tmp: str) -> None:
    # GDAL may leave sidecars (-journal, -wal, -shm) next to a GeoPackage.
    for p in [tmp, *glob.glob(glob.escape(tmp) + "-*")]:
        with contextlib.suppress(OSError):
            os.unlink(p)


def _fsync_file(p: str) -> None:
    fd = os.open(p, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _commit(tmp: str, path: str) -> None:
    """Give ``tmp`` the destination's permissions, fsync it and move it over ``path``."""
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        _fsync_file(tmp)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    _clear_stale_temps(path)
    with contextlib.suppress(OSError):   # make the rename itself durable (best effort)
        dfd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temporary path (same directory, same suffix, not yet created) for a writer that
    wants a file name (GDAL, Arrow); on success it replaces ``path``, on error it is removed."""
    p = os.fspath(path)
    _check_destination(p)
    tmp = _tmp_name(p)
    _probe(tmp, p)      # a clear "permission denied" rather than a driver's message
    try:
        yield tmp
        if not os.path.exists(tmp):
            raise OutputError(f"cannot write {p}: the writer produced no file")
        _commit(tmp, p)
    except BaseException:
        _cleanup(tmp)
        raise


@contextmanager
def _stdout(mode: str) -> Iterator[IO]:
    """stdout for text (always UTF-8) or bytes; never closed."""
    out = sys.stdout
    if "b" in mode:
        buf = getattr(out, "buffer", None)
        if buf is None:
            raise OutputError("cannot write binary data to this stdout")
        out.flush()
        yield buf
        buf.flush()
        return
    enc = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if enc == "utf8" or getattr(out, "buffer", None) is None:
        yield out
        out.flush()
        return
    out.flush()
    w = io.TextIOWrapper(out.buffer, encoding="utf-8", newline="")
    try:
        yield w
        w.flush()
    finally:
        w.detach()


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open ``path`` for writing through a temporary file that replaces it only on success.

    The temporary file lives in the same directory (so :func:`os.replace` is atomic) and is
    fsynced first. If the block raises, the temporary file is removed, the previous ``path`` is
    left intact, and the exception propagates. ``path`` ``"-"`` writes to stdout (not atomic).
    A missing directory or an unwritable location raises :class:`OutputError`.

    >>> with atomic_write("out.txt") as f:                       # doctest: +SKIP
    ...     f.write("done\\n")
    """
    p = os.fspath(path)
    if "w" not in mode or "+" in mode or "a" in mode:
        raise ValueError(f"atomic_write: mode must be 'w' or 'wb', not {mode!r}")
    if p == "-":
        with _stdout(mode) as out:
            yield out
        return
    _check_destination(p)
    tmp = _tmp_name(p)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as e:
        raise OutputError(f"cannot write {p}: {e.strerror or e}") from None
    try:
        if "b" in mode:
            f = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        _cleanup(tmp)
        raise
    try:
        with f:
            yield f
            try:
                f.flush()
            except OSError as e:
                raise OutputError(f"cannot write {p}: {e.strerror or e}") from None
        _commit(tmp, p)
    except BaseException:
        _cleanup(tmp)
        raise


# --------------------------------------------------------------------------------------------
# values


def _is_null(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    try:
        import pandas as pd

        return v is pd.NA or v is pd.NaT or (not hasattr(v, "__len__") and bool(pd.isna(v)))
    except (TypeError, ValueError):
        return False


def _py(v: Any) -> Any:
    """A pandas/numpy cell → plain Python (None for any null)."""
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)):
        v = v.tolist()          # numpy scalars and arrays
    if isinstance(v, (list, tuple)):
        return [_py(x) for x in v]
    if _is_null(v):
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10] if not isinstance(v, dt.datetime) else v.isoformat()
    return v


def _as_list(v: Any) -> list[str]:
    if hasattr(v, "tolist") and not isinstance(v, str):
        v = v.tolist()
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    if isinstance(v, str):
        return [s for s in v.split(";") if s] if v else []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if not _is_null(x)]
    if _is_null(v):
        return []
    return [str(v)]


_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}


def _as_bool(v: Any) -> bool:
    v = _py(v)
    if v is None:
        return False
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return bool(v)
    s = str(v).strip().lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise ValueError(f"not a boolean: {v!r}")


def _records(events: Sequence[Event] | geopandas.GeoDataFrame) -> tuple[list[dict], list[str]]:
    """Events or a GeoDataFrame → (plain dicts with EVENT_FIELDS + extras + lat/lon, extras)."""
    try:
        import geopandas as gpd
    except ImportError:  # pragma: no cover - geopandas is a dependency
        gpd = None
    if gpd is not None and isinstance(events, gpd.GeoDataFrame):
        gdf = _normalize(events, "<GeoDataFrame>", strict=False)
        kinds = set(gdf.geometry.geom_type.dropna()) if len(gdf) else set()
        if kinds - {"Point"} or gdf.geometry.isna().any() or gdf.geometry.is_empty.any():
            found = ", ".join(sorted(kinds - {"Point"})) or "missing geometry"
            raise OutputError(f"events need a Point geometry each (found {found})")
        extras = [c for c in gdf.columns if c not in EVENT_FIELDS and c != gdf.geometry.name]
        cols = list(EVENT_FIELDS) + extras
        recs = []
        xs = gdf.geometry.x.tolist()
        ys = gdf.geometry.y.tolist()
        for i, row in enumerate(gdf[cols].itertuples(index=False, name=None)):
            r = {c: _py(v) for c, v in zip(cols, row)}
            for f in LIST_FIELDS:
                r[f] = r[f] or []
            r["lat"], r["lon"] = ys[i], xs[i]
            recs.append(r)
    else:
        extras = []
        recs = []
        for e in events:
            r = e.properties()
            r["lat"], r["lon"] = e.lat, e.lon
            recs.append(r)
    for r in recs:
        lat, lon = r["lat"], r["lon"]
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
                and math.isfinite(lat) and math.isfinite(lon)):
            raise ValueError(f"event {r.get('event_id')!r}: coordinates are not finite numbers "
                             f"(lat={lat!r}, lon={lon!r})")
    return recs, extras


# --------------------------------------------------------------------------------------------
# GeoDataFrame


def _empty_series(n: int, field: str):
    import pandas as pd

    if field in LIST_FIELDS:
        return pd.Series([[] for _ in range(n)], dtype=object)
    if field in INT_FIELDS + NULLABLE_INT_FIELDS:
        return pd.Series([pd.NA] * n, dtype="Int64")
    if field in FLOAT_FIELDS:
        return pd.Series([math.nan] * n, dtype="float64")
    if field in BOOL_FIELDS:
        return pd.Series([False] * n, dtype=bool)
    return pd.Series([None] * n, dtype=object)


def _column(values: list, field: str):
    """Canonical pandas Series for one contract field from plain values."""
    import pandas as pd

    if field in LIST_FIELDS:
        return pd.Series([_as_list(v) for v in values], dtype=object)
    if field in INT_FIELDS or field in NULLABLE_INT_FIELDS:
        out = []
        for v in values:
            v = _py(v)
            if v is None or (isinstance(v, str) and not v.strip()):
                out.append(pd.NA)
            else:
                try:
                    f = float(v)
                except (TypeError, ValueError):
                    raise ValueError(f"{field}: not a number: {v!r}") from None
                if not f.is_integer():
                    raise ValueError(f"{field}: not an integer: {v!r}")
                if abs(f) >= 2 ** 63:
                    raise ValueError(f"{field}: out of range: {v!r}")
                out.append(int(f))
        s = pd.Series(out, dtype="Int64")
        if field in INT_FIELDS and not s.isna().any():
            s = s.astype("int64")
        return s
    if field in FLOAT_FIELDS:
        out = []
        for v in values:
            v = _py(v)
            if v is None or (isinstance(v, str) and not v.strip()):
                out.append(math.nan)
            else:
                try:
                    out.append(float(v))
                except (TypeError, ValueError):
                    raise ValueError(f"{field}: not a number: {v!r}") from None
        return pd.Series(out, dtype="float64")
    if field in BOOL_FIELDS:
        return pd.Series([_as_bool(v) for v in values], dtype=bool)
    out = []
    for v in values:
        v = _py(v)
        if v is None:
            out.append(None)
        elif isinstance(v, str):
            out.append(None if (v == "" and field in NULLABLE_STR_FIELDS) else v)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))          # e.g. numeric ids read from a CSV or GeoPackage
        else:
            raise TypeError(f"{field}: expected text, got {type(v).__name__}")
    return pd.Series(out, dtype=object)


def events_to_gdf(events: Sequence[Event]) -> geopandas.GeoDataFrame:
    """Events → GeoDataFrame with the contract's columns (``EVENT_FIELDS``) + Point geometry.

    Dtypes: lists (``sources``, ``urls``) as Python lists, ``killed``/``injured`` nullable
    ``Int64``, ``time_precision``/``geo_precision`` int64, ``background`` bool, strings as
    objects with None for null. CRS EPSG:4326.

    >>> gdf = events_to_gdf(events)                              # doctest: +SKIP
    >>> gdf.crs.to_epsg()                                        # doctest: +SKIP
    4326
    """
    import geopandas as gpd

    events = list(events)
    data = {f: _column([getattr(e, f) for e in events], f) for f in EVENT_FIELDS}
    geom = gpd.points_from_xy([e.lon for e in events], [e.lat for e in events], crs="EPSG:4326")
    return gpd.GeoDataFrame(data, geometry=geom, crs="EPSG:4326")


def _normalize(df: Any, name: str, strict: bool = True) -> geopandas.GeoDataFrame:
    """Any events GeoDataFrame → canonical columns/dtypes (extras kept, before geometry)."""
    import geopandas as gpd

    n = len(df)
    missing = [f for f in REQUIRED_FIELDS if f not in df.columns]
    if strict and missing and n:
        raise InputError(f"{name}: not an events file (missing column"
                         f"{'s' if len(missing) > 1 else ''}: {', '.join(missing)})")
    geom_name = df.geometry.name
    data = {}
    for f in EVENT_FIELDS:
        if f in df.columns:
            try:
                data[f] = _column(df[f].tolist(), f)
            except (TypeError, ValueError) as e:
                raise InputError(f"{name}: bad value in column {e}") from None
        elif f == "event_id":
            data[f] = _column([f"row{i + 1}" for i in range(n)], f)
        else:
            data[f] = _empty_series(n, f)
    for c in df.columns:
        # lat/lon columns would only repeat (or contradict) the geometry
        if c not in EVENT_FIELDS and c != geom_name and str(c).lower() not in _LAT_NAMES + _LON_NAMES:
            data[c] = df[c].reset_index(drop=True)
    crs = df.crs if df.crs is not None else "EPSG:4326"
    out = gpd.GeoDataFrame(data, geometry=df.geometry.reset_index(drop=True).values, crs=crs)
    if out.crs is not None and out.crs.to_epsg() != 4326:
        out = out.to_crs("EPSG:4326")
    return out


# --------------------------------------------------------------------------------------------
# writers


def _resolve_format(out: str, fmt: str | None) -> str:
    if fmt is not None:
        f = _FMT_ALIASES.get(fmt.lower(), fmt.lower())
        if f not in FORMATS:
            raise OutputError(f"unknown output format {fmt!r}; supported: {', '.join(FORMATS)}")
        return f
    if out == "-":
        return "geojson"
    suffix = os.path.splitext(out)[1].lower()
    if os.path.isdir(out):
        raise OutputError(f"cannot write {out}: it is a directory (give a file name such as {out.rstrip('/')}/events.geojson)")
    if suffix not in SUFFIX_FORMATS:
        raise OutputError(f"cannot write {out}: unknown output format "
                          f"{suffix or '(no suffix)'}; supported: {_supported()}")
    return SUFFIX_FORMATS[suffix]


def check_output(out: str | os.PathLike, fmt: str | None = None) -> str:
    """Check before a long run that ``out`` can be written; return the format name.

    ``fmt`` is an events format (see :data:`FORMATS`), None (from the suffix) or ``"jsonl"``
    (any suffix). Raises :class:`OutputError` for an unknown format, a format that cannot go to
    stdout, a missing directory, a directory as output, or a location we may not write to.

    >>> check_output("out/events.gpkg")                          # doctest: +SKIP
    'gpkg'
    """
    o = os.fspath(out)
    f = "jsonl" if fmt == "jsonl" else _resolve_format(o, fmt)
    if o == "-":
        if f in ("gpkg", "parquet"):
            raise OutputError(f"cannot write {f} to stdout; use -o FILE.{f} or a text format")
        return f
    _check_destination(o)
    _probe(_tmp_name(o), o)
    return f


def _feature_json(r: dict, fields: list[str]) -> str:
    props = {f: r[f] for f in fields}
    feat = {"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
            "properties": props}
    return json.dumps(feat, ensure_ascii=False, allow_nan=False)


def _write_geojson(recs: list[dict], extras: list[str], f: IO[str]) -> None:
    fields = list(EVENT_FIELDS) + extras
    f.write('{"type": "FeatureCollection", "features": [')
    for i, r in enumerate(recs):
        f.write(("\n" if i == 0 else ",\n") + _feature_json(r, fields))
    f.write("\n]}\n" if recs else "]}\n")


def _csv_cell(v: Any, field: str) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return ""
        return repr(v)
    if isinstance(v, (list, tuple)):
        return ";".join(_csv_cell(x, field) for x in v)
    raise TypeError(f"cannot write a {type(v).__name__} value in column {field!r}")


def _write_csv(recs: list[dict], extras: list[str], f: IO[str]) -> None:
    fields = list(EVENT_FIELDS) + extras + ["lat", "lon"]
    w = csv.writer(f, lineterminator="\n")
    w.writerow(fields)
    for r in recs:
        w.writerow([_csv_cell(r[c], c) for c in fields])


def _flat_gdf(recs: list[dict], extras: list[str], join_lists: bool):
    """Records → GeoDataFrame for GDAL/Arrow writers (lists joined with ';' if asked)."""
    import geopandas as gpd
    import pandas as pd

    data = {}
    for f in list(EVENT_FIELDS) + extras:
        vals = [r[f] for r in recs]
        if f in LIST_FIELDS and join_lists:
            data[f] = pd.Series([";".join(v) for v in _column(vals, f)], dtype=object)
        elif f in EVENT_FIELDS:
            data[f] = _column(vals, f)
        else:
            data[f] = pd.Series(vals, dtype=object)
    geom = gpd.points_from_xy([r["lon"] for r in recs], [r["lat"] for r in recs])
    return gpd.GeoDataFrame(data, geometry=geom, crs="EPSG:4326")


def _write_gpkg(recs: list[dict], extras: list[str], out: str) -> None:
    import pyogrio

    gdf = _flat_gdf(recs, extras, join_lists=True)
    with atomic_path(out) as tmp:
        try:
            pyogrio.write_dataframe(gdf, tmp, layer=GPKG_LAYER, driver="GPKG",
                                    geometry_type="Point")
        except pyogrio.errors.DataSourceError as e:
            raise OutputError(f"cannot write {out}: {str(e).splitlines()[0]}") from None


def _write_parquet(recs: list[dict], extras: list[str], out: str) -> None:
    gdf = _flat_gdf(recs, extras, join_lists=False)
    with atomic_path(out) as tmp:
        gdf.to_parquet(tmp, index=False)


def write_events(events: Sequence[Event] | geopandas.GeoDataFrame, out: str | os.PathLike,
                 fmt: str | None = None) -> None:
    """Write events (Event objects or an events GeoDataFrame) to ``out`` atomically.

    The format comes from ``fmt`` (``geojson``, ``gpkg``, ``csv``, ``parquet``, ``acled``) or
    ``out``'s suffix; ``out="-"`` writes GeoJSON (or CSV/ACLED text) to stdout. Unknown
    formats, a missing directory and unwritable locations raise :class:`OutputError`.

    >>> write_events(events, "events.geojson")                   # doctest: +SKIP
    >>> write_events(events, "events_acled.csv", fmt="acled")    # doctest: +SKIP
    """
    o = os.fspath(out)
    f = _resolve_format(o, fmt)
    if o == "-" and f in ("gpkg", "parquet"):
        raise OutputError(f"cannot write {f} to stdout; use -o FILE.{f} or a text format")
    if o != "-":
        _check_destination(o)
    recs, extras = _records(events)
    try:
        if f == "geojson":
            with atomic_write(o, newline="\n") as fh:
                _write_geojson(recs, extras, fh)
        elif f == "csv":
            with atomic_write(o, newline="") as fh:
                _write_csv(recs, extras, fh)
        elif f == "acled":
            with atomic_write(o, newline="") as fh:
                _write_acled(recs, fh)
        elif f == "gpkg":
            _write_gpkg(recs, extras, o)
        else:
            _write_parquet(recs, extras, o)
    except OSError as e:
        raise OutputError(f"cannot write {o}: {e.strerror or e}") from None


def _jsonable(o: Any) -> Any:
    if hasattr(o, "to_dict"):
        return o.to_dict()
    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    if hasattr(o, "tolist"):
        return o.tolist()
    raise TypeError(f"cannot write a {type(o).__name__} value as JSON")


def _clean_nan(o: Any) -> Any:
    if isinstance(o, float) and not math.isfinite(o):
        return None
    if isinstance(o, dict):
        return {k: _clean_nan(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_clean_nan(v) for v in o]
    return o


def write_jsonl(records: Iterable[dict], out: str | os.PathLike) -> None:
    """Write one JSON object per line (UTF-8, Arabic as is) to ``out`` (``"-"`` = stdout).

    Objects with ``to_dict`` (Mention, Place) are accepted; dates become ISO strings and NaN
    becomes null. Files are written atomically.

    >>> write_jsonl([{"a": 1}], "-")
    {"a": 1}
    """
    o = os.fspath(out)

    def dump(fh: IO[str]) -> None:
        for r in records:
            if hasattr(r, "to_dict"):
                r = r.to_dict()
            fh.write(json.dumps(_clean_nan(r), ensure_ascii=False, default=_jsonable,
                                allow_nan=False) + "\n")

    try:
        with atomic_write(o, newline="\n") as fh:
            dump(fh)
    except OSError as e:
        raise OutputError(f"cannot write {o}: {e.strerror or e}") from None


# --------------------------------------------------------------------------------------------
# ACLED


@functools.lru_cache(maxsize=1)
def acled_config() -> dict:
    """The ACLED mappings (``data/lexicon/acled.yaml``), loaded once."""
    import yaml

    from geo_tracker.paths import lexicon_dir

    with open(lexicon_dir() / "acled.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


#: ACLED's column order.
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                 "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                 "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
                 "timestamp")


def _acled_actor(code: str, date: str | None, cfg: dict) -> tuple[str, str]:
    """Our actor code → (ACLED-style name for the event's date, inter label)."""
    spec = cfg["actors"].get(code) or cfg["actors"]["unknown"]
    name = spec.get("name", "")
    for period in spec.get("periods", ()):
        lo = str(period.get("from", "0000-01-01"))
        hi = str(period.get("until", "9999-12-31"))
        if date and lo <= date <= hi:
            name = period["name"]
            break
    return name, spec.get("inter", "")


def _classify_target(target: str | None, cfg: dict) -> tuple[str, str | None]:
    """→ (class "armed" / "civilian" / "unknown", our actor code of the target or None)."""
    if not target:
        return "unknown", None
    t = target.strip().lower()
    actors = cfg["actors"]
    if t in actors and t != "unknown":
        return ("civilian" if t == "civilians" else "armed"), t
    tokens = [x for x in t.replace("-", "_").replace(" ", "_").split("_") if x]
    words = cfg["targets"]
    for i in range(len(tokens), 0, -1):   # longest actor-code prefix: "syrian_gov_positions"
        head = "_".join(tokens[:i])
        if head in actors and head not in ("unknown", "civilians"):
            return "armed", head
    if any(tok in words["civilian"] for tok in tokens):
        return "civilian", "civilians"
    if any(tok in words["armed"] for tok in tokens):
        return "armed", None
    return "unknown", None


def _interaction(inter1: str, inter2: str, cfg: dict) -> str:
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1} only"
    order = cfg["inter_codes"]
    a, b = sorted((inter1, inter2), key=lambda s: order.get(s, 99))
    return f"{a}-{b}"


def acled_row(r: dict, cfg: dict | None = None) -> dict[str, Any]:
    """One event record (``Event.properties()`` + lat/lon) → one ACLED-style row."""
    cfg = cfg or acled_config()
    date = r.get("date_start")
    tclass, tcode = _classify_target(r.get("target"), cfg)
    et = cfg["event_types"].get(r.get("event_type") or "other") or cfg["event_types"]["other"]
    if "event_type" not in et:          # depends on the target
        et = et[tclass]
    actor1, inter1 = _acled_actor(r.get("actor") or "unknown", date, cfg)
    actor2, inter2 = ("", "")
    if tcode is not None:
        actor2, inter2 = _acled_actor(tcode, date, cfg)
    if et["event_type"] == "Violence against civilians" and not actor2:
        actor2, inter2 = _acled_actor("civilians", date, cfg)
    killed = r.get("killed")
    country = cfg["country"]
    admin1 = r.get("admin1") or ""
    notes = _acled_notes(r, actor1)
    tags = []
    if r.get("background"):
        tags.append("background event (reported as context)")
    if killed is None:
        tags.append("fatalities not reported")
    return {
        "event_id_cnty": f"{country['iso3']}_{r.get('event_id', '')}",
        "event_date": date or "",
        "year": date[:4] if date else "",
        "time_precision": r.get("time_precision", ""),
        "disorder_type": et["disorder_type"],
        "event_type": et["event_type"],
        "sub_event_type": et["sub_event_type"],
        "actor1": actor1,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2, cfg),
        "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "",
        "iso": country["iso"],
        "region": country["region"],
        "country": country["country"],
        "admin1": cfg.get("admin1", {}).get(admin1, admin1),
        "admin2": "",
        "admin3": "",
        "location": r.get("place_name_en") or r.get("place_name_ar") or "",
        "latitude": round(r["lat"], 4),
        "longitude": round(r["lon"], 4),
        "geo_precision": r.get("geo_precision", ""),
        "source": "; ".join(r.get("sources") or ()),
        "source_scale": "",
        "notes": notes,
        "fatalities": killed if killed is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": "",
    }


def _acled_notes(r: dict, actor1: str) -> str:
    start, end = r.get("date_start"), r.get("date_end")
    if start and end and end != start:
        when = f"Between {start} and {end}"
    elif start:
        when = f"On {start}"
    else:
        when = "On an unknown date"
    place = r.get("place_name_en") or r.get("place_name_ar") or "an unknown place"
    if r.get("admin1"):
        place += f" ({r['admin1']})"
    parts = [f"{when}, {actor1 or 'an unidentified actor'}: {r.get('event_type')} at {place}."]
    parts.append(f"Target: {r['target']}." if r.get("target") else "Target: not stated.")
    killed, injured = r.get("killed"), r.get("injured")
    parts.append(f"Killed: {killed}." if killed is not None
                 else "Killed: not reported (fatalities 0 stands for unknown).")
    if injured is not None:
        parts.append(f"Injured: {injured}.")
    if r.get("quote"):
        parts.append(f"Quote: {_csv_cell(r['quote'], 'quote')}")
    parts.append(f"[geo-tracker {r.get('event_id')}; actor={r.get('actor')}; "
                 f"place_id={r.get('place_id')}]")
    return " ".join(parts)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(cell: str) -> str:
    """Neutralise a text cell a spreadsheet would run as a formula (article text is untrusted).

    Only the ACLED export, made for spreadsheets, does this; our own CSV keeps values exact.
    """
    if cell.startswith(_FORMULA_START):
        try:
            float(cell)
            return cell              # a plain negative number
        except ValueError:
            return "'" + cell
    return cell


def _write_acled(recs: list[dict], f: IO[str]) -> None:
    cfg = acled_config()
    w = csv.writer(f, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    for r in recs:
        row = acled_row(r, cfg)
        w.writerow([_spreadsheet_safe(_csv_cell(row[c], c)) for c in ACLED_COLUMNS])


# --------------------------------------------------------------------------------------------
# readers


def _point_ok(x: Any, y: Any) -> bool:
    return (isinstance(x, (int, float)) and isinstance(y, (int, float))
            and not isinstance(x, bool) and not isinstance(y, bool)
            and math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90)


def _warn_dropped(name: str, bad: list[int], why: str) -> None:
    shown = ", ".join(f"#{i}" for i in bad[:10]) + (" …" if len(bad) > 10 else "")
    log.warning("%s: dropped %d feature%s with %s (%s)", name, len(bad),
                "s" if len(bad) > 1 else "", why, shown)


def _read_geojson_bytes(data: bytes, name: str):
    import geopandas as gpd
    import pandas as pd

    if not data.strip():
        raise InputError(f"{name}: empty file")
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{name}: not an events file (not UTF-8 text)") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except RecursionError:
        raise InputError(f"{name}: not valid JSON (nested too deeply)") from None
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        feats = [obj]
    elif isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        feats = obj.get("features")
        if not isinstance(feats, list):
            raise InputError(f"{name}: not an events file (FeatureCollection without a "
                             "'features' list)")
    else:
        raise InputError(f"{name}: not an events file (expected a GeoJSON FeatureCollection)")
    props, xs, ys, bad, kinds = [], [], [], [], set()
    for i, ft in enumerate(feats, 1):
        g = ft.get("geometry") if isinstance(ft, dict) else None
        coords = g.get("coordinates") if isinstance(g, dict) else None
        if isinstance(g, dict) and g.get("type") not in ("Point", None):
            kinds.add(str(g.get("type")))
        if (isinstance(g, dict) and g.get("type") == "Point" and isinstance(coords, list)
                and len(coords) >= 2 and _point_ok(coords[0], coords[1])):
            p = ft.get("properties")
            props.append(p if isinstance(p, dict) else {})
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
        else:
            bad.append(i)
    if feats and not props:
        extra = f" (found {', '.join(sorted(kinds))})" if kinds else ""
        raise InputError(f"{name}: not an events file (no feature has a valid Point geometry{extra})")
    if bad:
        _warn_dropped(name, bad, "a missing or invalid Point geometry")
    df = pd.DataFrame.from_records(props) if props else pd.DataFrame()
    df = df.astype(object) if len(df.columns) else df
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(xs, ys), crs="EPSG:4326")


def _drop_bad_geometry(gdf, name: str):
    import numpy as np

    geom = gdf.geometry
    ok = np.zeros(len(gdf), dtype=bool)
    kinds = set()
    for i, g in enumerate(geom):
        if g is None or g.is_empty:
            continue
        if g.geom_type != "Point":
            kinds.add(g.geom_type)
            continue
        ok[i] = _point_ok(g.x, g.y)
    if len(gdf) and not ok.any():
        extra = f" (found {', '.join(sorted(kinds))})" if kinds else ""
        raise InputError(f"{name}: not an events file (no feature has a valid Point geometry{extra})")
    if not ok.all():
        _warn_dropped(name, [i + 1 for i in np.flatnonzero(~ok)], "a missing or invalid Point geometry")
        gdf = gdf[ok].reset_index(drop=True)
    return gdf


def _read_csv(path: str, name: str):
    import geopandas as gpd
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype=object, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not an events file (not UTF-8 CSV text)") from None
    except pd.errors.EmptyDataError:
        raise InputError(f"{name}: empty file") from None
    except (pd.errors.ParserError, ValueError) as e:
        raise InputError(f"{name}: not a readable CSV file ({str(e).splitlines()[0]})") from None
    cols = {c.lower(): c for c in df.columns}
    lat = next((cols[c] for c in _LAT_NAMES if c in cols), None)
    lon = next((cols[c] for c in _LON_NAMES if c in cols), None)
    if lat is None or lon is None:
        raise InputError(f"{name}: not an events file (no lat/lon columns)")
    ys = pd.to_numeric(df[lat].replace("", None), errors="coerce").astype(float)
    xs = pd.to_numeric(df[lon].replace("", None), errors="coerce").astype(float)
    ok = [_point_ok(x, y) for x, y in zip(xs.tolist(), ys.tolist())]
    if len(df) and not any(ok):
        raise InputError(f"{name}: not an events file (no row has valid lat/lon)")
    if not all(ok):
        _warn_dropped(name, [i + 2 for i, k in enumerate(ok) if not k],
                      "missing or invalid lat/lon (CSV line numbers)")
    import numpy as np

    keep = np.asarray(ok, dtype=bool)
    df = df.loc[keep].drop(columns=[lat, lon]).reset_index(drop=True)
    geom = gpd.points_from_xy(xs[keep].tolist(), ys[keep].tolist())
    return gpd.GeoDataFrame(df, geometry=geom, crs="EPSG:4326")


def _read_gpkg(path: str, name: str):
    import pyogrio

    try:
        layers = [str(x[0]) for x in pyogrio.list_layers(path)]
    except pyogrio.errors.DataSourceError:
        raise InputError(f"{name}: not a GeoPackage") from None
    if GPKG_LAYER in layers:
        layer = GPKG_LAYER
    elif len(layers) == 1:
        layer = layers[0]
    else:
        raise InputError(f"{name}: no '{GPKG_LAYER}' layer"
                         + (f" (layers: {', '.join(layers)})" if layers else " (no layer)"))
    try:
        gdf = pyogrio.read_dataframe(path, layer=layer)
    except pyogrio.errors.DataSourceError as e:
        raise InputError(f"{name}: cannot read layer {layer!r} ({str(e).splitlines()[0]})") from None
    if "geometry" not in gdf.columns and getattr(gdf, "geometry", None) is None:
        raise InputError(f"{name}: not an events file (layer {layer!r} has no geometry)")
    return _drop_bad_geometry(gdf, name)


def _read_parquet(path: str, name: str):
    import geopandas as gpd
    import pandas as pd

    try:
        return _drop_bad_geometry(gpd.read_parquet(path), name)
    except ValueError as e:
        msg = str(e)
        if "geo" not in msg.lower():       # not a GeoParquet: a plain table with lat/lon?
            raise InputError(f"{name}: not a Parquet file ({msg.splitlines()[0]})") from None
    except Exception as e:  # pyarrow's ArrowInvalid and friends
        if type(e).__module__.startswith("pyarrow"):
            raise InputError(f"{name}: not a Parquet file ({str(e).splitlines()[0]})") from None
        raise
    df = pd.read_parquet(path)
    cols = {c.lower(): c for c in df.columns}
    lat = next((cols[c] for c in _LAT_NAMES if c in cols), None)
    lon = next((cols[c] for c in _LON_NAMES if c in cols), None)
    if lat is None or lon is None:
        raise InputError(f"{name}: not an events file (no geometry and no lat/lon columns)")
    gdf = gpd.GeoDataFrame(df.drop(columns=[lat, lon]),
                           geometry=gpd.points_from_xy(df[lon], df[lat]), crs="EPSG:4326")
    return _drop_bad_geometry(gdf, name)


def read_events(path: str | os.PathLike) -> geopandas.GeoDataFrame:
    """Read an events file (.geojson/.json/.gpkg/.csv/.parquet, ``"-"`` = GeoJSON on stdin).

    Returns the canonical GeoDataFrame of :func:`events_to_gdf` (extra columns kept).
    Features without a valid Point geometry are dropped with a warning on stderr when others
    are fine; missing optional columns are filled with null. A missing file, a file that is not
    an events file, no valid geometry at all or missing ``event_type``/``actor`` columns raise
    :class:`InputError` with one line.

    >>> gdf = read_events("events.geojson")                      # doctest: +SKIP
    """
    p = os.fspath(path)
    if p == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        return _normalize(_read_geojson_bytes(data, "<stdin>"), "<stdin>")
    suffix = os.path.splitext(p)[1].lower()
    if suffix not in SUFFIX_FORMATS:
        raise InputError(f"{p}: unknown events file format {suffix or '(no suffix)'}; "
                         f"supported: {', '.join(SUFFIX_FORMATS)}, '-' (GeoJSON on stdin)")
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as e:
        raise InputError(f"{p}: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{p}: is a directory, not an events file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{p}: not a regular file")
    if st.st_size == 0:
        raise InputError(f"{p}: empty file")
    fmt = SUFFIX_FORMATS[suffix]
    try:
        if fmt == "geojson":
            with open(p, "rb") as f:
                gdf = _read_geojson_bytes(f.read(), p)
        elif fmt == "csv":
            gdf = _read_csv(p, p)
        elif fmt == "gpkg":
            gdf = _read_gpkg(p, p)
        else:
            gdf = _read_parquet(p, p)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not an events file") from None
    return _normalize(gdf, p)
