"""Tests for geo_tracker.io: real files in every format, written and read back."""
from __future__ import annotations

import csv
import json
import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from geo_tracker.errors import InputError, OutputError
from geo_tracker.io import (
    ACLED_COLUMNS,
    atomic_write,
    events_to_gdf,
    read_events,
    write_events,
    write_jsonl,
)
from geo_tracker.models import EVENT_FIELDS, Event


def ev(i: int = 1, **kw) -> Event:
    d = dict(event_id=f"ev-{i:04d}", article_id="art1", sources=("art1", "art2"),
             event_type="airstrike", actor="russia", target="isis_hideouts",
             date_start="2024-03-01", date_end="2024-03-03", time_precision=2,
             place_id="sy-sukhnah", place_name_ar="السخنة", place_name_en="Al-Sukhnah",
             admin1="Homs", geo_precision=2, uncertainty_km=10.0, killed=None, injured=3,
             quote='شنت الطائرات "الروسية" غارات;\nعلى بادية السخنة, شرق حمص', background=False,
             lat=34.881234567, lon=38.871234567, place_kind="town", urls=("https://x.sy/a?b=1",))
    d.update(kw)
    return Event(**d)


EVENTS = [
    ev(1),
    ev(2, event_type="attack", actor="isis", target=None, admin1=None, killed=0, injured=None,
       background=True, sources=("only",), urls=(), date_end=None, time_precision=1,
       lat=35.0, lon=40.1, uncertainty_km=2.5, place_kind=""),
    ev(3, event_type="clash", actor="sdf", target="isis", killed=12, date_start=None,
       date_end=None, time_precision=3, lat=-0.5, lon=-1e-7, quote=""),
]
FORMATS = ["geojson", "json", "gpkg", "csv", "parquet"]


def assert_same(got: gpd.GeoDataFrame, want: gpd.GeoDataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")),
                                  pd.DataFrame(want.drop(columns="geometry")))
    assert got.crs.to_epsg() == 4326
    assert list(got.geometry.x) == list(want.geometry.x)
    assert list(got.geometry.y) == list(want.geometry.y)


def run_as_nobody(fn) -> str:
    """Run ``fn()`` in a forked child that dropped root (root writes anywhere whatever the
    mode). Returns the OutputError/InputError message, or 'OK'."""
    if os.geteuid() != 0:
        try:
            fn()
            return "OK"
        except (OutputError, InputError) as e:
            return str(e)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            try:
                fn()
                msg = "OK"
            except (OutputError, InputError) as e:
                msg = str(e)
        except BaseException as e:  # noqa: BLE001 - report anything to the parent
            msg = f"child failed: {e!r}"
        os.write(w, msg.encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return out


# ------------------------------------------------------------------------------------------
# GeoDataFrame


def test_events_to_gdf_columns_and_types():
    gdf = events_to_gdf(EVENTS)
    assert list(gdf.columns) == list(EVENT_FIELDS) + ["geometry"]
    assert gdf.crs.to_epsg() == 4326
    assert (gdf.geometry.x[0], gdf.geometry.y[0]) == (38.871234567, 34.881234567)
    assert gdf.loc[0, "sources"] == ["art1", "art2"] and gdf.loc[1, "urls"] == []
    assert gdf["killed"].dtype == "Int64" and pd.isna(gdf.loc[0, "killed"])
    assert gdf.loc[1, "killed"] == 0 and gdf.loc[2, "killed"] == 12
    assert gdf.loc[1, "target"] is None and gdf.loc[1, "admin1"] is None
    assert gdf["background"].tolist() == [False, True, False]
    assert gdf["time_precision"].tolist() == [2, 1, 3]


def test_events_to_gdf_empty():
    gdf = events_to_gdf([])
    assert len(gdf) == 0 and list(gdf.columns) == list(EVENT_FIELDS) + ["geometry"]


# ------------------------------------------------------------------------------------------
# round trips


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip(tmp_path, suffix):
    out = tmp_path / f"events.{suffix}"
    write_events(EVENTS, out)
    assert_same(read_events(out), events_to_gdf(EVENTS))
    assert sorted(os.listdir(tmp_path)) == [out.name]        # no temp file left behind


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip_empty(tmp_path, suffix):
    out = tmp_path / f"none.{suffix}"
    write_events([], out)
    got = read_events(out)
    assert len(got) == 0 and list(got.columns) == list(EVENT_FIELDS) + ["geometry"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_write_from_geodataframe(tmp_path, suffix):
    first = tmp_path / f"a.{suffix}"
    write_events(EVENTS, first)
    gdf = read_events(first)
    second = tmp_path / f"b.{suffix}"
    write_events(gdf, second)
    assert_same(read_events(second), events_to_gdf(EVENTS))


def test_gpkg_is_a_real_geopackage(tmp_path):
    out = tmp_path / "events.gpkg"
    write_events(EVENTS, out)
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    layers = pyogrio.list_layers(out)
    assert [list(x) for x in layers] == [["events", "Point"]]
    info = pyogrio.read_info(out, layer="events")
    assert info["crs"] == "EPSG:4326" and info["features"] == 3
    assert set(EVENT_FIELDS) <= set(info["fields"])
    df = pyogrio.read_dataframe(out, layer="events")
    assert df.loc[0, "sources"] == "art1;art2" and df.loc[0, "place_name_ar"] == "السخنة"
    assert df.geometry[0].x == 38.871234567


def test_geojson_layout(tmp_path):
    out = tmp_path / "e.geojson"
    write_events(EVENTS, out)
    raw = out.read_bytes()
    assert "السخنة".encode() in raw                     # ensure_ascii=False
    doc = json.loads(raw)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 3
    f0 = doc["features"][0]
    assert f0["geometry"] == {"type": "Point", "coordinates": [38.871234567, 34.881234567]}
    assert list(f0["properties"]) == list(EVENT_FIELDS)
    assert f0["properties"]["sources"] == ["art1", "art2"] and f0["properties"]["killed"] is None
    write_events(EVENTS, tmp_path / "again.geojson")
    assert (tmp_path / "again.geojson").read_bytes() == raw        # deterministic
    assert raw.count(b"\n") == 5                                   # one feature per line


def test_csv_layout(tmp_path):
    out = tmp_path / "e.csv"
    write_events(EVENTS, out)
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(EVENT_FIELDS) + ["lat", "lon"]
    row = dict(zip(rows[0], rows[1]))
    assert row["sources"] == "art1;art2" and row["killed"] == "" and row["background"] == "false"
    assert row["quote"] == EVENTS[0].quote and float(row["lat"]) == 34.881234567
    assert dict(zip(rows[0], rows[2]))["killed"] == "0"


def test_parquet_is_geoparquet(tmp_path):
    out = tmp_path / "e.parquet"
    write_events(EVENTS, out)
    import pyarrow.parquet as pq

    meta = pq.read_schema(out).metadata
    assert b"geo" in meta
    assert gpd.read_parquet(out).crs.to_epsg() == 4326


# ------------------------------------------------------------------------------------------
# stdout / stdin / jsonl


def test_write_geojson_to_stdout(capsys):
    write_events(EVENTS[:2], "-")
    doc = json.loads(capsys.readouterr().out)
    assert [f["properties"]["event_id"] for f in doc["features"]] == ["ev-0001", "ev-0002"]


def test_write_csv_format_to_stdout(capsys):
    write_events(EVENTS[:1], "-", fmt="csv")
    assert capsys.readouterr().out.splitlines()[0].startswith("event_id,article_id,")


def test_read_events_from_stdin(tmp_path):
    out = tmp_path / "e.geojson"
    write_events(EVENTS, out)
    code = ("import sys; from geo_tracker.io import read_events; g = read_events('-'); "
            "print(len(g), g.loc[0, 'place_name_ar'], list(g.columns)[-1])")
    res = subprocess.run([sys.executable, "-c", code], input=out.read_bytes(),
                         capture_output=True, check=True)
    assert res.stdout.decode().split() == ["3", "السخنة", "geometry"]


def test_write_jsonl_file_and_stdout(tmp_path, capsys):
    from geo_tracker.models import Mention

    m = Mention(article_id="a", surface="السخنة", start=3, end=9, place_id=None,
                name_ar="السخنة", name_en="Al-Sukhnah", kind="town", lat=None, lon=None,
                uncertainty_km=float("nan"), admin1=None, score=0.5)
    out = tmp_path / "m.jsonl"
    write_jsonl([{"x": "حمص", "n": 1}, m], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"x": "حمص", "n": 1}'
    assert json.loads(lines[1])["uncertainty_km"] is None and json.loads(lines[1])["start"] == 3
    write_jsonl(iter([{"a": 1}, {"b": [1, 2]}]), "-")
    assert capsys.readouterr().out == '{"a": 1}\n{"b": [1, 2]}\n'


# ------------------------------------------------------------------------------------------
# atomic writing


class Boom:
    """A value whose serialisation fails (not JSON-serialisable, not a CSV cell)."""


@pytest.mark.parametrize("suffix, fmt", [("geojson", None), ("csv", None), ("csv", "acled"),
                                         ("gpkg", None)])
def test_failed_write_leaves_previous_file(tmp_path, suffix, fmt):
    out = tmp_path / f"events.{suffix}"
    write_events(EVENTS[:1], out, fmt=fmt)
    before = out.read_bytes()
    bad = [ev(1), ev(2), ev(3, quote=Boom())]           # fails after two events were written
    with pytest.raises((TypeError, ValueError)):
        write_events(bad, out, fmt=fmt)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [out.name]


def test_non_finite_coordinates_rejected_before_writing(tmp_path):
    out = tmp_path / "e.geojson"
    write_events(EVENTS, out)
    before = out.read_bytes()
    with pytest.raises(ValueError, match="not finite"):
        write_events([ev(1, lat=math.nan)], out)
    assert out.read_bytes() == before


def test_atomic_write_success_failure_and_mode(tmp_path):
    p = tmp_path / "f.txt"
    p.write_text("old\n")
    p.chmod(0o640)
    with pytest.raises(RuntimeError):
        with atomic_write(p) as f:
            f.write("new partial")
            f.flush()
            raise RuntimeError("mid-way")
    assert p.read_text() == "old\n" and os.listdir(tmp_path) == ["f.txt"]
    with atomic_write(p) as f:
        f.write("نص جديد\n")
    assert p.read_text(encoding="utf-8") == "نص جديد\n"
    assert (p.stat().st_mode & 0o777) == 0o640                  # permissions kept
    with atomic_write(tmp_path / "b.bin", "wb") as f:
        f.write(b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"


# ------------------------------------------------------------------------------------------
# output errors


@pytest.mark.parametrize("name, fragment", [
    ("events.shp", "unknown output format .shp"),
    ("events", "unknown output format (no suffix)"),
    ("missing_dir/e.geojson", "does not exist"),
])
def test_output_errors(tmp_path, name, fragment):
    with pytest.raises(OutputError) as ei:
        write_events(EVENTS, tmp_path / name)
    assert fragment in str(ei.value) and "\n" not in str(ei.value)
    if "unknown" in fragment:
        assert ".geojson" in str(ei.value) and ".gpkg" in str(ei.value)


def test_output_is_directory_or_under_a_file(tmp_path):
    (tmp_path / "d.geojson").mkdir()
    with pytest.raises(OutputError, match="is a directory"):
        write_events(EVENTS, tmp_path / "d.geojson")
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        write_events(EVENTS, tmp_path / "file" / "e.csv")
    with pytest.raises(OutputError, match="stdout"):
        write_events(EVENTS, "-", fmt="gpkg")
    with pytest.raises(OutputError, match="unknown output format 'kml'"):
        write_events(EVENTS, tmp_path / "e.csv", fmt="kml")


@pytest.mark.parametrize("suffix", ["geojson", "gpkg", "parquet"])
def test_read_only_location(suffix):
    d = Path(tempfile.mkdtemp(prefix="gt-ro-"))
    try:
        d.chmod(0o755)                         # others may enter and read, not create files
        out = d / f"e.{suffix}"
        msg = run_as_nobody(lambda: write_events(EVENTS, out))
        assert msg.startswith(f"cannot write {out}") and "ermission denied" in msg, msg
        assert os.listdir(d) == []
    finally:
        shutil.rmtree(d)


# ------------------------------------------------------------------------------------------
# reading bad events files


def fc(features) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features})


def feat(geom, **props):
    p = {"event_id": "e", "event_type": "airstrike", "actor": "russia"}
    p.update(props)
    return {"type": "Feature", "geometry": geom, "properties": p}


@pytest.mark.parametrize("name, content, fragment", [
    ("missing.geojson", None, "no such file"),
    ("empty.geojson", "", "empty file"),
    ("bad.geojson", "{\"type\": ", "not valid JSON"),
    ("list.json", "[1, 2]", "not an events file"),
    ("poly.geojson", fc([feat({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]})]),
     "found Polygon"),
    ("nogeom.geojson", fc([feat(None)]), "valid Point geometry"),
    ("nocols.geojson", fc([{"type": "Feature", "geometry": {"type": "Point", "coordinates": [36, 34]},
                            "properties": {"name": "x"}}]), "missing columns: event_type, actor"),
    ("nolatlon.csv", "event_type,actor\nairstrike,russia\n", "no lat/lon columns"),
    ("text.gpkg", "just some text, not sqlite", "not a GeoPackage"),
    ("junk.parquet", "not parquet at all", "not a Parquet file"),
    ("events.kml", "<kml/>", "unknown events file format .kml"),
    ("latin.csv", None, "not UTF-8"),
])
def test_read_events_errors(tmp_path, name, content, fragment):
    p = tmp_path / name
    if name == "latin.csv":
        p.write_bytes("event_type,actor,lat,lon\nCafé,r,1,2\n".encode("latin-1"))
    elif content is not None:
        p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as ei:
        read_events(p)
    assert fragment in str(ei.value) and str(p) in str(ei.value) and "\n" not in str(ei.value)


def test_read_events_is_a_directory(tmp_path):
    (tmp_path / "d.geojson").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_events(tmp_path / "d.geojson")


def test_broken_geometries_dropped_with_warning(tmp_path, caplog):
    p = tmp_path / "mixed.geojson"
    p.write_text(fc([
        feat({"type": "Point", "coordinates": [38.8, 34.9]}, event_id="ok1"),
        feat(None, event_id="null"),
        feat({"type": "Point", "coordinates": ["a", "b"]}, event_id="text"),
        feat({"type": "Point", "coordinates": [500, 34]}, event_id="range"),
        feat({"type": "Point"}, event_id="nocoords"),
        feat({"type": "Point", "coordinates": [36.7, 33.5]}, event_id="ok2"),
    ]))
    with caplog.at_level(logging.WARNING, logger="geo_tracker.io"):
        g = read_events(p)
    assert g["event_id"].tolist() == ["ok1", "ok2"]
    assert "dropped 4 features" in caplog.text and "#2" in caplog.text


def test_missing_optional_columns_filled(tmp_path):
    p = tmp_path / "min.geojson"
    p.write_text(fc([feat({"type": "Point", "coordinates": [38.8, 34.9]}, extra="keep me")]))
    g = read_events(p)
    assert list(g.columns) == list(EVENT_FIELDS) + ["extra", "geometry"]
    row = g.iloc[0]
    assert row["target"] is None and pd.isna(row["killed"]) and row["sources"] == []
    assert row["background"] is False or row["background"] == False  # noqa: E712
    assert row["extra"] == "keep me"


def test_csv_bad_rows_dropped_and_latitude_names(tmp_path, caplog):
    p = tmp_path / "e.csv"
    p.write_text("event_id,event_type,actor,latitude,longitude,killed\n"
                 "a,airstrike,russia,34.9,38.8,3\n"
                 "b,airstrike,russia,,38.8,\n"
                 "c,shelling,syrian_gov,35.1,oops,1\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="geo_tracker.io"):
        g = read_events(p)
    assert g["event_id"].tolist() == ["a"] and g.loc[0, "killed"] == 3
    assert "dropped 2 features" in caplog.text


def test_gpkg_with_other_layers(tmp_path):
    p = tmp_path / "multi.gpkg"
    g = events_to_gdf(EVENTS)
    flat = g.assign(sources=g["sources"].str.join(";"), urls=g["urls"].str.join(";"))
    pyogrio.write_dataframe(flat, p, layer="a", driver="GPKG")
    pyogrio.write_dataframe(flat, p, layer="b", driver="GPKG", append=False)
    with pytest.raises(InputError, match=r"no 'events' layer \(layers: a, b\)"):
        read_events(p)


# ------------------------------------------------------------------------------------------
# ACLED export


def acled_rows(tmp_path, events) -> list[dict]:
    out = tmp_path / "acled.csv"
    write_events(events, out, fmt="acled")
    with open(out, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        assert tuple(r.fieldnames) == ACLED_COLUMNS
        return list(r)


def test_acled_columns_and_constants(tmp_path):
    [row] = acled_rows(tmp_path, [ev(1, admin1="Deir-ez-Zor")])
    assert tuple(row) == ACLED_COLUMNS
    assert (row["iso"], row["country"], row["region"]) == ("760", "Syria", "Middle East")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-03-01", "2024", "2")
    assert row["admin1"] == "Deir ez Zor" and row["location"] == "Al-Sukhnah"
    assert (row["latitude"], row["longitude"]) == ("34.8812", "38.8712")
    assert row["event_id_cnty"] == "SYR_ev-0001" and row["source"] == "art1; art2"
    assert "2024-03-01 and 2024-03-03" in row["notes"]
    assert row["fatalities"] == "0" and "fatalities not reported" in row["tags"]
    assert "not reported" in row["notes"] and "السخنة" in row["notes"]


@pytest.mark.parametrize("kw, expect", [
    (dict(event_type="airstrike", actor="russia", target="isis_hideouts"),
     ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)",
      "External/Other forces", "Islamic State (Syria)", "Rebel group")),
    (dict(event_type="shelling", actor="syrian_gov", target=None, date_start="2024-06-01"),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack",
      "Military Forces of Syria (2000-2024)", "State forces", "", "")),
    (dict(event_type="shelling", actor="syrian_gov", target=None, date_start="2025-01-10"),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack",
      "Military Forces of Syria (2024-)", "State forces", "", "")),
    (dict(event_type="explosion", actor="unknown", target=None),
     ("Explosions/Remote violence", "Remote explosive/landmine/IED",
      "Unidentified Armed Group (Syria)", "Political militia", "", "")),
    (dict(event_type="clash", actor="sdf", target="isis"),
     ("Battles", "Armed clash", "SDF: Syrian Democratic Forces", "Rebel group",
      "Islamic State (Syria)", "Rebel group")),
    (dict(event_type="attack", actor="isis", target="syrian_gov_positions"),
     ("Battles", "Armed clash", "Islamic State (Syria)", "Rebel group",
      "Military Forces of Syria (2000-2024)", "State forces")),
    (dict(event_type="attack", actor="isis", target="civilians"),
     ("Violence against civilians", "Attack", "Islamic State (Syria)", "Rebel group",
      "Civilians (Syria)", "Civilians")),
    (dict(event_type="raid", actor="coalition", target=None, date_start="2025-06-01"),
     ("Battles", "Armed clash", "Military Forces of the United States (2025-)",
      "External/Other forces", "", "")),
    (dict(event_type="airstrike", actor="coalition", target="isis", date_start="2019-10-27"),
     ("Explosions/Remote violence", "Air/drone strike",
      "Military Forces of the United States (2017-2021)", "External/Other forces",
      "Islamic State (Syria)", "Rebel group")),
    (dict(event_type="other", actor="turkey", target=None),
     ("Strategic developments", "Other", "Military Forces of Turkey (2002-)",
      "External/Other forces", "", "")),
])
def test_acled_mapping(tmp_path, kw, expect):
    [row] = acled_rows(tmp_path, [ev(1, **kw)])
    got = (row["event_type"], row["sub_event_type"], row["actor1"], row["inter1"],
           row["actor2"], row["inter2"])
    assert got == expect
    if row["inter2"]:
        assert row["interaction"].count("-") >= 1
    else:
        assert row["interaction"] == f"{row['inter1']} only"
    assert row["civilian_targeting"] == ("Civilian targeting" if row["inter2"] == "Civilians" else "")


def test_acled_fatalities_known_zero_vs_unknown(tmp_path):
    rows = acled_rows(tmp_path, [ev(1, killed=0), ev(2, killed=None), ev(3, killed=7)])
    assert [r["fatalities"] for r in rows] == ["0", "0", "7"]
    assert ["fatalities not reported" in r["tags"] for r in rows] == [False, True, False]
    assert "Killed: 0." in rows[0]["notes"] and "Killed: 7." in rows[2]["notes"]


# ------------------------------------------------------------------------------------------
# check_output (called by the CLI before a long run)


def test_check_output(tmp_path):
    from geo_tracker.io import check_output

    assert check_output(tmp_path / "e.gpkg") == "gpkg"
    assert check_output(tmp_path / "e.txt", "acled") == "acled"
    assert check_output(tmp_path / "m.anything", "jsonl") == "jsonl"
    assert check_output("-") == "geojson"
    assert os.listdir(tmp_path) == []                       # the probe leaves nothing
    for out, fmt, fragment in [(tmp_path / "x.shp", None, "unknown output format"),
                               (tmp_path / "no" / "e.csv", None, "does not exist"),
                               ("-", "parquet", "stdout")]:
        with pytest.raises(OutputError, match=fragment):
            check_output(out, fmt)
    d = Path(tempfile.mkdtemp(prefix="gt-ro-"))
    try:
        d.chmod(0o755)
        msg = run_as_nobody(lambda: check_output(d / "m.jsonl", "jsonl"))
        assert msg == f"cannot write {d / 'm.jsonl'}: Permission denied"
    finally:
        shutil.rmtree(d)


def test_acled_neutralises_spreadsheet_formulas(tmp_path):
    [row] = acled_rows(tmp_path, [ev(1, sources=("=HYPERLINK(\"http://evil\")",), lon=-0.5)])
    assert row["source"].startswith("'=") and row["longitude"] == "-0.5"


def test_write_geodataframe_extras_and_bad_geometry(tmp_path):
    from shapely.geometry import Polygon

    gdf = events_to_gdf(EVENTS).assign(cluster_id=[0, 0, -1], lat=[1.0, 2.0, 3.0])
    out = tmp_path / "labelled.csv"
    write_events(gdf, out)
    with open(out, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == list(EVENT_FIELDS) + ["cluster_id", "lat", "lon"]     # geometry wins
    back = read_events(out)
    assert back["cluster_id"].tolist() == ["0", "0", "-1"]                   # CSV: text
    assert back.geometry.y.tolist() == [e.lat for e in EVENTS]
    poly = gdf.set_geometry([Polygon([(0, 0), (1, 0), (1, 1)])] * 3, crs=4326)
    with pytest.raises(OutputError, match="Point geometry each .found Polygon"):
        write_events(poly, tmp_path / "p.geojson")
