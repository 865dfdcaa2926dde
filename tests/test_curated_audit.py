"""Audit of data/gazetteer/curated.csv against the reference data in data/reference/.

Every OCHA P-code (``C1234``), GeoNames id (``GeoNames 170063``) or curated id (``cur:…``)
that a curated row's ``source`` cites must exist, and the point must follow from the cited
records as the source says:

* taken from a record (``derived: OCHA C2841 …``, ``centred on OCHA C2889``,
  ``derived: GeoNames 170063 …``): the record lies within the row's ``uncertainty_km``;
* ``N km <direction> of OCHA C…`` / ``N km at bearing B° from OCHA C…`` (optionally
  ``of the midpoint of OCHA A and B``): the anchor moved by that offset is the point, and the
  anchor lies within ``N + uncertainty_km``;
* ``centroid of OCHA A, B, …``, ``between A and B``, ``P% of the way from A to B``: the
  computed point is the curated point, and each record lies within ``uncertainty_km`` (the
  end points of a ``P% of the way`` line within their distance + ``uncertainty_km``);
* ``same point as`` / ``centred on cur:…``: the point is that curated row's point;
* representative points of polygon parts cut along lines between OCHA points: existence only.

Real files, no mocks; the whole module runs in about a second.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from geo_tracker.geo import haversine_km, offset_point

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "data" / "gazetteer" / "curated.csv"
REFERENCE = REPO / "data" / "reference"

#: How far (km) a recomputed point may be from the curated one (coordinates have 4 decimals).
ROUNDING_KM = 0.3

COMPASS = {
    "north": 0.0, "north-north-east": 22.5, "north-east": 45.0, "east-north-east": 67.5,
    "east": 90.0, "east-south-east": 112.5, "south-east": 135.0, "south-south-east": 157.5,
    "south": 180.0, "south-south-west": 202.5, "south-west": 225.0, "west-south-west": 247.5,
    "west": 270.0, "west-north-west": 292.5, "north-west": 315.0, "north-north-west": 337.5,
}
_DIR = "|".join(sorted(COMPASS, key=len, reverse=True))
_OCHA = r"OCHA (?:COD communities )?(C\d{4})"

OCHA_ID_RE = re.compile(r"\b(C\d{4})\b")
GEONAMES_ID_RE = re.compile(r"\bGeoNames (\d+)\b")
CURATED_ID_RE = re.compile(r"\b(cur:[a-z0-9-]+)")
OFFSET_RE = re.compile(
    rf"(\d+(?:\.\d+)?) km (?:at bearing (\d+(?:\.\d+)?)°(?: \([a-z-]+\))? from|({_DIR}) of) "
    rf"(?:the midpoint of OCHA (C\d{{4}})\b[^;]*? and (C\d{{4}})|{_OCHA}|(cur:[a-z0-9-]+))")
FRACTION_RE = re.compile(rf"(\d+)% of the way from {_OCHA}[^;]*? to (C\d{{4}})")
BETWEEN_RE = re.compile(rf"between {_OCHA}[^;]*? and (C\d{{4}})")
CENTROID_RE = re.compile(r"centroid of ([^;]*)")
RECORD_RE = re.compile(rf"^derived: (?:centred on )?(?:{_OCHA}|GeoNames (\d+))")
CURATED_POINT_RE = re.compile(r"^derived: (?:same point as|centred on) (cur:[a-z0-9-]+)")
POLYGON_RE = re.compile(r"^derived: (?:the )?(?:representative point|\w+most vertex)")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = _read(CURATED)
BY_ID = {r["id"]: r for r in ROWS}
OCHA = {r["PCODE"]: (float(r["LATITUDE"]), float(r["LONGITUDE"]), r["NAME_ARA"])
        for r in _read(REFERENCE / "ocha_syr_admin4_communities.csv")}
GEONAMES = {r["geonameid"]: (float(r["latitude"]), float(r["longitude"]), r["name"])
            for r in _read(REFERENCE / "geonames_sy_cities500.csv")}
CITING = [r for r in ROWS
          if OCHA_ID_RE.search(r["source"]) or GEONAMES_ID_RE.search(r["source"])
          or OFFSET_RE.search(r["source"])]


def _pt(row: dict[str, str]) -> tuple[float, float]:
    return float(row["lat"]), float(row["lon"])


def _ocha(code: str) -> tuple[float, float]:
    lat, lon, _ = OCHA[code]
    return lat, lon


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _checks(row: dict[str, str]) -> list[str]:
    """What is wrong with the derivation that ``row['source']`` states (empty: nothing)."""
    src, point, radius = row["source"], _pt(row), float(row["uncertainty_km"])
    problems: list[str] = []

    def near(expected: tuple[float, float], what: str) -> None:
        d = _km(expected, point)
        if d > ROUNDING_KM:
            problems.append(f"{what} gives ({expected[0]:.4f}, {expected[1]:.4f}), {d:.2f} km "
                            f"from the curated point")

    def within(code_pt: tuple[float, float], limit: float, what: str) -> None:
        d = _km(code_pt, point)
        if d > limit + ROUNDING_KM:
            problems.append(f"{what} is {d:.1f} km from the point (limit {limit:g} km)")

    if m := OFFSET_RE.search(src):
        km = float(m.group(1))
        bearing = float(m.group(2)) if m.group(2) else COMPASS[m.group(3)]
        anchor = (_mean([_ocha(m.group(4)), _ocha(m.group(5))]) if m.group(4)
                  else _ocha(m.group(6)) if m.group(6) else _pt(BY_ID[m.group(7)]))
        near(offset_point(anchor[0], anchor[1], bearing, km), f"{km:g} km at {bearing:g}°")
        within(anchor, km + radius, "the anchor")
    elif m := FRACTION_RE.search(src):
        a, b, f = _ocha(m.group(2)), _ocha(m.group(3)), float(m.group(1)) / 100
        near((a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])), f"{m.group(1)}% of the way")
        within(a, f * _km(a, b) + radius, m.group(2))
        within(b, (1 - f) * _km(a, b) + radius, m.group(3))
    elif m := BETWEEN_RE.search(src):
        pts = [_ocha(m.group(1)), _ocha(m.group(2))]
        near(_mean(pts), "the midpoint")
        for code in m.groups():
            within(_ocha(code), radius, code)
    elif m := CENTROID_RE.search(src):
        codes = OCHA_ID_RE.findall(m.group(1))
        assert len(codes) >= 2, row["id"]
        near(_mean([_ocha(c) for c in codes]), "the centroid")
        for code in codes:
            within(_ocha(code), radius, code)
    elif m := RECORD_RE.search(src):
        rec = _ocha(m.group(1)) if m.group(1) else GEONAMES[m.group(2)][:2]
        within(rec, radius, m.group(1) or f"GeoNames {m.group(2)}")
    elif POLYGON_RE.search(src):
        pass  # polygon parts: the cited points only name the cutting lines
    else:
        problems.append("cites a reference record but states no derivation this test knows")
    return problems


def test_curated_file_is_audited() -> None:
    assert len(ROWS) >= 118  # rows are never removed
    assert len(CITING) >= 50  # most rows are derived from the reference data
    assert len(OCHA) == 5251 and len(GEONAMES) == 308


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_cited_records_exist(row: dict[str, str]) -> None:
    src = row["source"]
    missing = [c for c in OCHA_ID_RE.findall(src) if c not in OCHA]
    missing += [f"GeoNames {g}" for g in GEONAMES_ID_RE.findall(src) if g not in GEONAMES]
    missing += [c for c in CURATED_ID_RE.findall(src) if c not in BY_ID]
    assert not missing, f"{row['id']} cites records that do not exist: {missing}"


@pytest.mark.parametrize("row", CITING, ids=[r["id"] for r in CITING])
def test_point_follows_from_cited_records(row: dict[str, str]) -> None:
    assert not _checks(row), f"{row['id']}: {_checks(row)}"


@pytest.mark.parametrize("row", [r for r in ROWS if CURATED_POINT_RE.search(r["source"])],
                         ids=lambda r: r["id"])
def test_points_copied_from_curated_rows(row: dict[str, str]) -> None:
    other = BY_ID[CURATED_POINT_RE.search(row["source"]).group(1)]
    assert _km(_pt(other), _pt(row)) <= ROUNDING_KM, row["id"]


def test_cited_names_match_the_records() -> None:
    """``OCHA C2841 (الحصن)``: the Arabic name in brackets is the record's (or part of it)."""
    bad = []
    for row in ROWS:
        for code, name in re.findall(r"\b(C\d{4}) \(([\u0600-\u06ff][^,;)]*)", row["source"]):
            if code in OCHA and name.strip() not in OCHA[code][2]:
                bad.append(f"{row['id']}: {code} is {OCHA[code][2]!r}, not {name!r}")
    assert not bad


@pytest.mark.parametrize("row", [r for r in ROWS if not r["source"].startswith("derived:")],
                         ids=lambda r: r["id"])
def test_unsourced_points_say_approximate(row: dict[str, str]) -> None:
    """Rows whose point comes from no reference record say so, with a radius >= 1 km."""
    assert "approximate" in row["notes"], row["id"]
    assert float(row["uncertainty_km"]) >= 1


def test_checker_catches_a_wrong_point() -> None:
    """The derivation check fails when the point does not follow from the source."""
    row = dict(BY_ID["cur:jabal-qasioun"])
    assert not _checks(row)
    row["lat"] = str(float(row["lat"]) + 0.05)   # 5.5 km north
    assert _checks(row)
    row = {"id": "x", "lat": "34.0", "lon": "38.0", "uncertainty_km": "3",
           "source": "derived: OCHA C2889 (تدمر); radius 3 km"}
    assert _checks(row) and "limit 3 km" in _checks(row)[0]
