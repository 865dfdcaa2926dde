"""The Syria gazetteer: places with Arabic and English names, kinds, points and honest radii.

Two CSV files in ``data/gazetteer/`` (columns in :data:`COLUMNS`):

* ``places.csv`` — built reproducibly by :func:`build` from the reference data in
  ``data/reference/`` (OCHA communities and admin polygons, GeoNames cities500 with Arabic
  alternate names, Open-Syria governorate/district aliases) plus the press spellings in
  ``data/gazetteer/press_variants.csv``;
* ``curated.csv`` — hand-curated places that no dataset has (desert areas, mountains, bases,
  oil fields, border crossings, archaeological sites, towns missing from OCHA), each with a
  ``source`` and an ``uncertainty_km`` that honestly covers the feature.

``admin1.geojson`` / ``admin2.geojson`` hold the simplified OCHA polygons used for
:meth:`Gazetteer.admin1_at` and for maps.

Example
-------
>>> gaz = load_default()
>>> place, score = gaz.lookup("وبالسخنة")[0]
>>> place.admin1
'Homs'
>>> [p.id for p in gaz.candidates(normalize_char_string("تدمر"))][:1]
['ocha:C2889']
"""
from __future__ import annotations

import csv
import functools
import io
import json
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from geo_tracker.geo import haversine_km as _haversine_km
from geo_tracker.errors import GeoTrackerError, InputError
from geo_tracker.models import Place
from geo_tracker.paths import gazetteer_dir, reference_dir
from geo_tracker.text import normalize_char_string

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

log = logging.getLogger(__name__)

COLUMNS = ("id", "name_ar", "variants_ar", "name_en", "variants_en", "kind", "lat", "lon",
           "admin1", "admin2", "admin1_ar", "admin2_ar", "pcode", "population",
           "uncertainty_km", "source", "notes")

#: Kinds a row may have (contract: city, town, village, desert_area, mountain, governorate, …).
KINDS = ("city", "town", "village", "governorate", "district", "desert_area", "mountain",
         "region", "salt_flat", "base", "airport", "field", "crossing", "site", "camp", "dam",
         "neighbourhood", "plain")

#: Ranking weight of each kind in :meth:`Gazetteer.lookup` (settlements first, then areas).
_KIND_WEIGHT = {"city": 1.0, "governorate": 0.9, "town": 0.8, "district": 0.6,
                "village": 0.5}
_KIND_WEIGHT_DEFAULT = 0.65

PLACES_FILE = "places.csv"
CURATED_FILE = "curated.csv"
PRESS_VARIANTS_FILE = "press_variants.csv"
ADMIN_FILES = {1: "admin1.geojson", 2: "admin2.geojson"}
REF_ADMIN = {1: "ocha_syr_admin1_governorates_simplified.geojson",
             2: "ocha_syr_admin2_districts_simplified.geojson"}
REF_COMMUNITIES = "ocha_syr_admin4_communities.csv"
REF_GEONAMES = "geonames_sy_cities500.csv"
REF_OS_GOV = "opensyria_governorates.csv"
REF_OS_DIST = "opensyria_districts.csv"

#: Buffer around Syria's polygon inside which :func:`validate` accepts points (border areas).
BORDER_BUFFER_KM = 30.0
#: How far (km) a point may lie outside the polygon of its ``admin1`` (simplified borders).
ADMIN1_TOLERANCE_KM = 5.0

_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_SPACES_RE = re.compile(r"\s+")
_EN_PUNCT_RE = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf'`\u00b4\u2032\"]")
_EN_SEP_RE = re.compile(r"[-_/.,()]+")
_EN_ARTICLE_RE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath|ed|es|er|et|ez)[\s]+")


# ---------------------------------------------------------------- name keys

def name_key(name: str) -> str:
    """Normalized matching key of a name: Arabic normalization, lower case, single spaces.

    >>> name_key("أثريـا") == name_key("اثريا")
    True
    """
    return " ".join(normalize_char_string(name).split())


def fold_en(name: str) -> str:
    """Case- and diacritic-insensitive key of an English name (``"Ḩamāh"`` → ``"hamah"``).

    Apostrophes and ayn/hamza marks are dropped, hyphens become spaces:
    ``"Deir-ez-Zor"`` → ``"deir ez zor"``, ``"Dar'a"`` → ``"dara"``.
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _EN_PUNCT_RE.sub("", s.lower())
    s = _EN_SEP_RE.sub(" ", s)
    return _SPACES_RE.sub(" ", s).strip()


def _en_keys(name: str) -> set[str]:
    """English keys: folded, without a leading article, and with spaces removed."""
    k = fold_en(name)
    if not k:
        return set()
    keys = {k, k.replace(" ", "")}
    bare = _EN_ARTICLE_RE.sub("", k)
    if bare and bare != k:
        keys.update({bare, bare.replace(" ", "")})
    return keys


def _is_arabic(s: str) -> bool:
    return bool(_ARABIC_RE.search(s))


# Bidi marks and a stray stop some GeoNames alternate names carry ("الحولة\u200e\u200e", "مجدل شمس."):
# invisible in a table, they keep the name from ever matching the text.
_BIDI_RE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for v in value.split("|") if (c := _BIDI_RE.sub("", v).strip().rstrip(".\u060c").strip()))) \
        if value else ()


# Proclitics for human look-ups: conjunction (و/ف) then preposition (ب/ل/ك) then article.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


def _clitic_forms(key: str) -> list[tuple[str, float]]:
    """Forms of a normalized Arabic name with proclitics stripped, with a match quality.

    ``"وبالسخنه"`` → ``[("وبالسخنه", 1.0), ("السخنه", 0.95), ("سخنه", 0.9), …]``;
    ``"للرقه"`` (ل + الرقه, alif dropped) → ``"الرقه"``.
    """
    out: dict[str, float] = {key: 1.0}
    for conj in _CONJ:
        for prep in _PREP:
            pre = conj + prep
            if not pre or not key.startswith(pre):
                continue
            rest = key[len(pre):]
            if len(rest) >= 2:
                out.setdefault(rest, 0.95)
        # ل + ال → لل (the alif of the article is dropped in writing).
        if key.startswith(conj + "لل") and len(key) > len(conj) + 3:
            out.setdefault("ال" + key[len(conj) + 2:], 0.95)
    for form, q in list(out.items()):
        if form.startswith("ال") and len(form) > 4:
            out.setdefault(form[2:], q - 0.05)
        elif not form.startswith("ال"):
            out.setdefault("ال" + form, q - 0.05)
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


# ---------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Places loaded from ``places.csv`` and ``curated.csv`` with a name index.

    Use :meth:`load` (or :func:`load_default`, cached). Rows that cannot be read (a lat/lon
    that is not a number, a duplicate id) are skipped and listed in ``problems``.
    """

    def __init__(self, places: Iterable[Place], directory: Path | None = None,
                 problems: Iterable[str] = (), curated_ids: Iterable[str] = ()) -> None:
        self.directory = directory
        self.problems: list[str] = list(problems)
        self.curated_ids: frozenset[str] = frozenset(curated_ids)
        self._places: dict[str, Place] = {}
        for p in places:
            if p.id in self._places:
                self.problems.append(f"{p.id}: duplicate id")
                continue
            self._places[p.id] = p
        index: dict[str, list[str]] = defaultdict(list)
        for p in self._places.values():
            for n in (p.name_ar, *p.variants_ar, p.name_en, *p.variants_en):
                k = name_key(n)
                if k and p.id not in index[k]:
                    index[k].append(p.id)
        self._en_index_cache: dict[str, list[str]] | None = None
        # Candidates best first by kind (city > governorate > town > …) and population, so a
        # caller that takes the first one gets the most prominent place of that name.
        def rank(pid: str) -> tuple[float, int, str]:
            p = self._places[pid]
            return (-_KIND_WEIGHT.get(p.kind, _KIND_WEIGHT_DEFAULT), -p.population, pid)

        for ids in index.values():
            ids.sort(key=rank)
        self._index = dict(index)
        self._cand = {k: tuple(self._places[i] for i in ids) for k, ids in self._index.items()}
        self._admin: dict[int, Any] = {}
        self._admin1_names = frozenset(p.admin1 for p in self._places.values()
                                       if p.kind == "governorate" and p.admin1)

    @property
    def _en_index(self) -> dict[str, list[str]]:
        """Folded English name → ids (built on the first English look-up)."""
        if self._en_index_cache is None:
            en_index: dict[str, list[str]] = defaultdict(list)
            for p in self._places.values():
                for n in (p.name_en, *p.variants_en):
                    for k in _en_keys(n):
                        if p.id not in en_index[k]:
                            en_index[k].append(p.id)
            self._en_index_cache = dict(en_index)
        return self._en_index_cache

    # -- loading

    @classmethod
    def load(cls, directory: str | Path | None = None) -> "Gazetteer":
        """Read ``places.csv`` and ``curated.csv`` from ``directory`` (default data/gazetteer).

        >>> gaz = Gazetteer.load()
        >>> gaz.get("ocha:C2889").name_en
        'Tadmor'
        """
        d = Path(directory) if directory is not None else gazetteer_dir()
        files = [d / PLACES_FILE, d / CURATED_FILE]
        if not any(f.exists() for f in files):
            raise InputError(f"no gazetteer in {d} (run: geo-tracker gazetteer build)")
        places: list[Place] = []
        problems: list[str] = []
        curated: list[str] = []
        for f in files:
            if not f.exists():
                problems.append(f"{f.name}: missing")
                continue
            rows = _read_rows(f)
            for line, row in rows:
                p = _row_to_place(row, f"{f.name}:{line}", problems)
                if p is not None:
                    places.append(p)
                    if f.name == CURATED_FILE:
                        curated.append(p.id)
        return cls(places, directory=d, problems=problems, curated_ids=curated)

    # -- access

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self):
        return iter(self._places.values())

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None. ``gaz.get("ocha:C2893").name_ar == "السخنة"``."""
        return self._places.get(place_id)

    def candidates(self, normalized_name: str) -> list[Place]:
        """Places whose name or a variant normalizes exactly to ``normalized_name``.

        A dict look-up: the geoparser strips clitics itself and calls this often.
        ``gaz.candidates(normalize_char_string("السخنة"))`` → ``[Place(id="ocha:C2893", …)]``.
        """
        return list(self._cand.get(normalized_name, ()))

    def name_index(self) -> dict[str, list[str]]:
        """Normalized name or variant (as written, article kept) → place ids.

        The geoparser tries a token with and without the leading "ال" itself.
        """
        return {k: list(v) for k, v in self._index.items()}

    # -- human look-up

    def lookup(self, name: str, admin1: str | None = None,
               limit: int = 10) -> list[tuple[Place, float]]:
        """Resolve one name (Arabic with clitics, or English) to candidates, best first.

        Ranking: match quality, then the governorate (``admin1``: OCHA spelling or any alias
        such as "Deir ez-Zor", "دير الزور"), then kind (city > town > village), then
        population. Scores are in 0–1.

        >>> [(p.id, s) for p, s in load_default().lookup("لتدمر", limit=1)]
        [('ocha:C2889', ...)]
        """
        name = name.strip()
        if not name:
            return []
        want = self._resolve_admin1(admin1) if admin1 else None
        matches: dict[str, float] = {}
        if _is_arabic(name):
            for form, q in _clitic_forms(name_key(name)):
                for pid in self._index.get(form, ()):
                    matches[pid] = max(matches.get(pid, 0.0), q)
        else:
            key = name_key(name)
            for pid in self._index.get(key, ()):
                matches[pid] = 1.0
            for i, k in enumerate(sorted(_en_keys(name), key=lambda s: (s != fold_en(name), s))):
                for pid in self._en_index.get(k, ()):
                    matches.setdefault(pid, 0.95 if i == 0 else 0.9)
        scored = []
        for pid, q in matches.items():
            p = self._places[pid]
            if want is None:
                adm = 0.5
            else:
                adm = 1.0 if p.admin1 == want else 0.0
            kind = _KIND_WEIGHT.get(p.kind, _KIND_WEIGHT_DEFAULT)
            pop = min(1.0, math.log10(p.population + 1) / 6.5) if p.population else 0.0
            score = q * (0.5 + 0.3 * adm + 0.12 * kind + 0.08 * pop)
            scored.append((p, round(score, 4)))
        scored.sort(key=lambda ps: (-ps[1], ps[0].id))
        return scored[:limit] if limit and limit > 0 else scored

    def governorate(self, name_or_alias: str) -> Place | None:
        """The governorate row for a name or alias ("حمص", "محافظة حمص", "Homs", "ريف دمشق").

        >>> load_default().governorate("Rural Damascus").name_ar
        'ريف دمشق'
        """
        if not name_or_alias or not name_or_alias.strip():
            return None
        s = name_or_alias.strip()
        keys: list[str] = []
        if _is_arabic(s):
            keys = [f for f, _ in _clitic_forms(name_key(s))]
            ids = [pid for k in keys for pid in self._index.get(k, ())]
        else:
            ids = list(self._index.get(name_key(s), ()))
            for k in sorted(_en_keys(s)):
                ids.extend(self._en_index.get(k, ()))
        for pid in ids:
            p = self._places[pid]
            if p.kind == "governorate":
                return p
        return None

    def _resolve_admin1(self, admin1: str) -> str:
        if admin1 in self.admin1_names():
            return admin1
        gov = self.governorate(admin1)
        if gov is None:
            raise GeoTrackerError(f"unknown governorate: {admin1!r} "
                                  f"(one of: {', '.join(sorted(self.admin1_names()))})")
        return gov.admin1 or gov.name_en

    def admin1_names(self) -> frozenset[str]:
        """The governorate names (OCHA English spelling) present in the gazetteer."""
        return self._admin1_names

    # -- polygons

    def _admin_dir(self) -> Path:
        return self.directory if self.directory is not None else gazetteer_dir()

    def _admin_tree(self, level: int) -> tuple[Any, list[dict[str, Any]], list[Any]]:
        if level not in self._admin:
            path = self._admin_dir() / ADMIN_FILES[level]
            if not path.exists():
                raise InputError(f"missing {path} (run: geo-tracker gazetteer build)")
            self._admin[level] = _polygon_tree(path)
        return self._admin[level]

    def admin_at(self, level: int, lat: float, lon: float,
                 max_km: float = 0.0) -> dict[str, Any] | None:
        """Properties (NAME_EN, NAME_ARA, PCODE …) of the level-1/2 polygon holding a point.

        With ``max_km`` > 0 a point just outside every polygon (a border area) gets the
        nearest polygon within that distance.
        """
        from shapely.geometry import Point

        tree, props, geoms = self._admin_tree(level)
        pt = Point(lon, lat)
        hits = sorted(int(i) for i in tree.query(pt, predicate="intersects"))
        if hits:
            return props[hits[0]]
        if max_km > 0:
            i = int(tree.nearest(pt))
            if geoms[i].distance(pt) * 111.0 <= max_km:
                return props[i]
        return None

    def admin1_at(self, lat: float, lon: float) -> str | None:
        """Governorate (OCHA English spelling) at a point, or None outside Syria.

        >>> load_default().admin1_at(34.56, 38.27)
        'Homs'
        """
        p = self.admin_at(1, lat, lon)
        return p["NAME_EN"] if p else None

    def admin2_at(self, lat: float, lon: float) -> str | None:
        """District (OCHA English spelling) at a point, or None outside Syria."""
        p = self.admin_at(2, lat, lon)
        return p["NAME_EN"] if p else None

    def admin_polygons(self, level: int = 1) -> "geopandas.GeoDataFrame":
        """The OCHA admin polygons of ``level`` 1 (governorates) or 2 (districts).

        Columns NAME_EN, NAME_ARA, PCODE (+ ADMIN1_EN, ADMIN1_PCODE for districts), geometry.
        """
        import geopandas as gpd

        if level not in ADMIN_FILES:
            raise GeoTrackerError(f"admin level must be 1 or 2, not {level}")
        path = self._admin_dir() / ADMIN_FILES[level]
        if not path.exists():
            raise InputError(f"missing {path} (run: geo-tracker gazetteer build)")
        return gpd.read_file(path)


@functools.lru_cache(maxsize=1)
def load_default() -> Gazetteer:
    """The gazetteer in ``data/gazetteer`` (loaded once, on first call; never at import)."""
    return Gazetteer.load()


def governorate(name_or_alias: str, gazetteer: Gazetteer | None = None) -> Place | None:
    """Resolve "حمص" / "محافظة حمص" / "Homs" / "ريف دمشق" to the governorate row."""
    return (gazetteer or load_default()).governorate(name_or_alias)


# ---------------------------------------------------------------- reading rows

def _read_rows(path: Path, required: tuple[str, ...] = ("id", "name_ar", "kind", "lat", "lon")
               ) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required
                       if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(f"{path}: missing columns {', '.join(missing)}")
            return [(i + 2, row) for i, row in enumerate(reader)]
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 ({e.reason})") from None


def _float(value: str | None) -> float | None:
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _row_to_place(row: dict[str, str], where: str, problems: list[str]) -> Place | None:
    pid = (row.get("id") or "").strip()
    if not pid:
        problems.append(f"{where}: missing id")
        return None
    lat, lon = _float(row.get("lat")), _float(row.get("lon"))
    if lat is None or lon is None:
        problems.append(f"{pid} ({where}): lat/lon not numbers: {row.get('lat')!r}, {row.get('lon')!r}")
        return None
    unc = _float(row.get("uncertainty_km"))
    if unc is None:
        problems.append(f"{pid} ({where}): uncertainty_km not a number: {row.get('uncertainty_km')!r}")
        unc = 0.0
    pop = _float(row.get("population")) or 0.0
    return Place(
        id=pid, name_ar=row.get("name_ar") or "", name_en=row.get("name_en") or "",
        kind=(row.get("kind") or "").strip(), lat=lat, lon=lon,
        admin1=row.get("admin1") or None, admin2=row.get("admin2") or None,
        admin1_ar=row.get("admin1_ar") or None, admin2_ar=row.get("admin2_ar") or None,
        uncertainty_km=unc, source=(row.get("source") or "").strip(),
        variants_ar=_split(row.get("variants_ar") or ""),
        variants_en=_split(row.get("variants_en") or ""),
        population=int(pop), pcode=row.get("pcode") or None)


def _polygon_tree(path: Path) -> tuple[Any, list[dict[str, Any]], list[Any]]:
    from shapely.geometry import shape
    from shapely.strtree import STRtree

    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    props = [f["properties"] for f in data["features"]]
    geoms = [shape(f["geometry"]) for f in data["features"]]
    return STRtree(geoms), props, geoms


# ---------------------------------------------------------------- validate / stats

def _as_gazetteer(gaz: Gazetteer | str | Path | None) -> Gazetteer:
    if gaz is None:
        return load_default()
    if isinstance(gaz, Gazetteer):
        return gaz
    return Gazetteer.load(gaz)


def validate(gaz: Gazetteer | str | Path | None = None) -> list[str]:
    """Problems in the gazetteer, one line each (empty list: valid).

    Checks: point outside Syria (the admin1 union buffered by 30 km, to allow border
    areas), missing source, duplicate id, uncertainty_km <= 0, unknown kind, lat/lon not
    numbers, missing Arabic name, an unknown admin1 or one that disagrees with the polygon
    under the point (by more than 5 km).

    >>> validate(load_default())
    []
    """
    import numpy as np
    import shapely
    from pyproj import Transformer
    from shapely.geometry import Point
    from shapely.ops import unary_union
    from shapely.prepared import prep

    g = _as_gazetteer(gaz)
    problems = list(g.problems)
    _, _, geoms = g._admin_tree(1)
    # Azimuthal equidistant projection centred on Syria: metres, so the buffer is in km.
    aeqd = "+proj=aeqd +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m"
    fwd = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True).transform
    syria = shapely.transform(unary_union(geoms),
                              lambda xy: np.column_stack(fwd(xy[:, 0], xy[:, 1])))
    area = prep(syria.buffer(BORDER_BUFFER_KM * 1000))
    _, props, _ = g._admin_tree(1)
    by_name = {pr["NAME_EN"]: geoms[i] for i, pr in enumerate(props)}
    for p in g:
        if p.admin1 and p.admin1 not in by_name:
            problems.append(f"{p.id}: unknown admin1 {p.admin1!r}")
        elif p.admin1 and -90 <= p.lat <= 90 and -180 <= p.lon <= 180:
            # admin1 must agree with the polygons, within a few km (simplified borders).
            pt = Point(p.lon, p.lat)
            if by_name[p.admin1].distance(pt) * 111.0 > ADMIN1_TOLERANCE_KM:
                at = g.admin1_at(p.lat, p.lon)
                if at is not None:
                    problems.append(f"{p.id}: admin1 is {p.admin1!r} but the point is in {at!r}")
        if not p.source:
            problems.append(f"{p.id}: missing source")
        if p.kind not in KINDS:
            problems.append(f"{p.id}: unknown kind {p.kind!r}")
        if not p.name_ar:
            problems.append(f"{p.id}: missing name_ar")
        if not (p.uncertainty_km > 0):
            problems.append(f"{p.id}: uncertainty_km must be > 0, not {p.uncertainty_km}")
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            problems.append(f"{p.id}: lat/lon out of range ({p.lat}, {p.lon})")
            continue
        x, y = fwd(p.lon, p.lat)
        if not area.contains(Point(x, y)):
            problems.append(f"{p.id}: point ({p.lat}, {p.lon}) is outside Syria "
                            f"(more than {BORDER_BUFFER_KM:g} km from its border)")
    return problems


def stats(gaz: Gazetteer | str | Path | None = None) -> dict[str, Any]:
    """Counts: total, per kind, per admin1, per source dataset, curated rows.

    >>> stats(load_default())["total"] > 5000
    True
    """
    g = _as_gazetteer(gaz)
    kinds: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for p in g:
        kinds[p.kind] += 1
        admin1[p.admin1 or "(none)"] += 1
        if p.id in g.curated_ids:
            sources["curated"] += 1
            continue
        for ds, marker in (("ocha_communities", "OCHA COD communities"),
                           ("ocha_admin", "OCHA COD admin"), ("geonames", "GeoNames"),
                           ("opensyria", "Open-Syria"), ("press_variants", "press variants")):
            if marker in p.source:
                sources[ds] += 1
    return {"total": len(g), "curated": len(g.curated_ids),
            "kinds": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
            "admin1": dict(sorted(admin1.items(), key=lambda kv: (-kv[1], kv[0]))),
            "sources": dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
            "problems": len(g.problems)}


# ---------------------------------------------------------------- build

#: Radius (km) that honestly covers a settlement of each kind.
_UNCERTAINTY = {"village": 2.0, "town": 5.0, "city": 8.0}
_BIG_CITY_POP = 1_000_000
_CITY_POP = 100_000
_TOWN_POP = 10_000
#: GeoNames ↔ OCHA: same normalized Arabic name within this distance (km) is the same place.
_MERGE_KM = 5.0
_MERGE_KM_CITY = 12.0
_FALLBACK_KM = 1.0
_FALLBACK_RATIO = 0.35


def _similar(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, _merge_key(a), _merge_key(b)).ratio()


def _merge_key(name: str) -> str:
    """Looser key for cross-dataset matching: no article, no spaces."""
    k = name_key(name).replace(" ", "")
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def _is_latin_name(s: str) -> bool:
    """A readable Latin-script name (not GeoNames' lower-case machine transliterations)."""
    if not s or s.lower() == s:
        return False
    return all(c.isspace() or c in "-'’‘`().,ʿʾ" or ("LATIN" in unicodedata.name(c, ""))
               or c.isdigit() for c in s)


def _ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class _Row(dict):
    """A places.csv row under construction (variants kept as ordered lists)."""


def _add_variants(row: _Row, field: str, names: Iterable[str], key=name_key) -> None:
    if field == "variants_en":
        names = [n for n in names if not _is_arabic(n)]
    seen = {key(row["name_ar" if field == "variants_ar" else "name_en"])}
    seen.update(key(v) for v in row[field])
    for n in names:
        n = n.strip()
        if not n:
            continue
        k = key(n)
        if k and k not in seen:
            seen.add(k)
            row[field].append(n)


def _en_variant_key(s: str) -> str:
    return fold_en(s).replace(" ", "")


def _kind_for(capital: str, population: int) -> str:
    if capital == "1" or population >= _CITY_POP:
        return "city"
    if capital in ("0", "2", "3") or population >= _TOWN_POP:
        return "town"
    return "village"


def _uncertainty_for(kind: str, population: int) -> float:
    if kind == "city" and population >= _BIG_CITY_POP:
        return 10.0
    return _UNCERTAINTY[kind]


def _name_parts(name: str, sep: str) -> list[str]:
    return [p.strip() for p in re.split(sep, name) if p.strip()]


def _fmt(x: float, nd: int) -> str:
    s = f"{x:.{nd}f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def build(reference_dir: str | Path | None = None, out_dir: str | Path | None = None,
          press_variants: str | Path | None = None,
          name_rules: str | Path | None = None) -> dict[str, int]:
    """Rebuild ``places.csv``, ``admin1.geojson`` and ``admin2.geojson`` from reference data.

    Reproducible: the same inputs give byte-identical outputs. ``press_variants`` (default
    ``data/gazetteer/press_variants.csv``) adds press spellings to rows by id; ``name_rules``
    (default ``data/gazetteer/name_rules.yaml``) drives derived variants (كفر X ↔ كفرX, the
    base name of split village pairs).

    Returns counts of rows per origin.

    >>> build("data/reference", "/tmp/gaz")  # doctest: +SKIP
    {'governorate': 14, 'district': 61, 'ocha': 5251, 'geonames_merged': ..., 'geonames_only': ...}
    """
    from shapely.geometry import shape

    ref = Path(reference_dir) if reference_dir is not None else reference_dir_default()
    out = Path(out_dir) if out_dir is not None else gazetteer_dir()
    pv_path = Path(press_variants) if press_variants is not None else gazetteer_dir() / PRESS_VARIANTS_FILE
    rules_path = Path(name_rules) if name_rules is not None else gazetteer_dir() / NAME_RULES_FILE
    for f in (REF_ADMIN[1], REF_ADMIN[2], REF_COMMUNITIES, REF_GEONAMES, REF_OS_GOV, REF_OS_DIST):
        if not (ref / f).exists():
            raise InputError(f"reference file missing: {ref / f}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GeoTrackerError(f"cannot create {out}: {e.strerror}") from None

    # 1. admin polygons: copies with the fields we use.
    admin_feats: dict[int, list[dict[str, Any]]] = {}
    for level in (1, 2):
        with (ref / REF_ADMIN[level]).open(encoding="utf-8") as fh:
            data = json.load(fh)
        feats = []
        for f in sorted(data["features"], key=lambda f: f["properties"]["PCODE"]):
            pr = f["properties"]
            props = {"NAME_EN": pr["NAME_EN"], "NAME_ARA": pr["NAME_ARA"], "PCODE": pr["PCODE"]}
            if level == 2:
                props.update({"ADMIN1_EN": pr["ADMIN1_EN"], "ADMIN1_ARA": pr["ADMIN1_ARA"],
                              "ADMIN1_PCODE": pr["ADMIN1_COD"]})
            props["AREA_SQKM"] = pr.get("AREA_SQKM")
            feats.append({"type": "Feature", "properties": props, "geometry": f["geometry"]})
        admin_feats[level] = feats
        fc = {"type": "FeatureCollection",
              "name": f"syria_admin{level}_ocha_simplified",
              "features": feats}
        _write_text(out / ADMIN_FILES[level],
                    json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n")

    rows: list[_Row] = []

    # 2. governorates and districts, with Open-Syria aliases.
    os_gov = {r["ocha_pcode"]: r for r in _read_csv(ref / REF_OS_GOV)}
    os_dist = {r["ocha_pcode"]: r for r in _read_csv(ref / REF_OS_DIST)}
    gov_ar = {f["properties"]["PCODE"]: f["properties"] for f in admin_feats[1]}
    for level, kind, os_rows in ((1, "governorate", os_gov), (2, "district", os_dist)):
        for f in admin_feats[level]:
            pr = f["properties"]
            geom = shape(f["geometry"])
            pt = geom.representative_point()
            area = pr.get("AREA_SQKM") or _area_km2(geom)
            a1 = pr if level == 1 else gov_ar[pr["ADMIN1_PCODE"]]
            row = _Row(id=f"ocha:{pr['PCODE']}", name_ar=pr["NAME_ARA"], variants_ar=[],
                       name_en=pr["NAME_EN"], variants_en=[], kind=kind,
                       lat=pt.y, lon=pt.x, admin1=a1["NAME_EN"],
                       admin2=pr["NAME_EN"] if level == 2 else "",
                       admin1_ar=a1["NAME_ARA"], admin2_ar=pr["NAME_ARA"] if level == 2 else "",
                       pcode=pr["PCODE"], population=0,
                       uncertainty_km=round(math.sqrt(area / math.pi), 1),
                       source=f"OCHA COD admin{level} {pr['PCODE']}", notes="")
            row["notes"] = ("point: representative point of the polygon; radius: "
                            f"equal-area circle of {area:g} km2")
            osr = os_rows.get(pr["PCODE"])
            if osr:
                # (not "مدينة إدلب": Open-Syria lists the city's name among its district's)
                aliases = [a for a in _split(osr["aliases_ar"]) if not a.startswith(("مدينة ", "مدينه "))]
                _add_variants(row, "variants_ar", [osr["name_ar"], *aliases])
                _add_variants(row, "variants_en", [osr["name_en"], *_split(osr["aliases_en"])],
                              key=_en_variant_key)
                row["source"] += f"; Open-Syria {osr['id']}"
            if level == 1:
                prefix = "محافظة "
                if not any(v.startswith(prefix) for v in row["variants_ar"]):
                    _add_variants(row, "variants_ar", [prefix + pr["NAME_ARA"]])
                _add_variants(row, "variants_en", [pr["NAME_EN"] + " Governorate"],
                              key=_en_variant_key)
            rows.append(row)

    # 3. OCHA communities.
    ocha: list[_Row] = []
    for r in _read_csv(ref / REF_COMMUNITIES):
        name_ar = r["NAME_ARA"].replace("\ufffd", "").strip()
        truncated = r.get("name_ar_truncated") == "1"
        row = _Row(id=f"ocha:{r['PCODE']}", name_ar=name_ar, variants_ar=[],
                   name_en=r["NAME_EN"].strip(), variants_en=[], kind="", lat=float(r["LATITUDE"]),
                   lon=float(r["LONGITUDE"]), admin1=r["ADMIN1_EN"], admin2=r["ADMIN2_EN"],
                   admin1_ar=r["ADMIN1_ARA"], admin2_ar=r["ADMIN2_ARA"], pcode=r["PCODE"],
                   population=0, uncertainty_km=0.0,
                   source=f"OCHA COD communities {r['PCODE']}", notes="")
        row["_capital"] = r["CAPIT_LVL"].strip()
        row["_admin3_ar"] = (r.get("ADMIN3_ARA") or "").strip()
        notes = [f"subdistrict {r['ADMIN3_EN']} ({r['ADMIN3_COD']})"]
        # OCHA joins the names of merged localities with "_" (Arabic) and " - " (English).
        parts = _name_parts(name_ar, r"[_\-]")
        # "الدردارة - بانياس": a part that is the subdistrict's or district's name is OCHA's way
        # of telling namesakes apart (see strip_admin_suffix), not a merged locality
        admins = {name_key(x) for x in (r.get("ADMIN3_ARA") or "", r.get("ADMIN2_ARA") or "") if x}
        suffixed = len(parts) > 1 and name_key(parts[-1]) in admins
        if suffixed:
            parts = parts[:-1]
        if truncated:
            parts = parts[:-1]
            notes.append("Arabic name cut off in the source file")
        if len(parts) > 1 or truncated or suffixed:
            _add_variants(row, "variants_ar", parts)
        en_parts = _name_parts(r["NAME_EN"], r"\s+-\s+")
        if suffixed and len(en_parts) == len(parts) + 1:
            en_parts = en_parts[:-1]   # "Abin - Efrin": Efrin is the district
        _add_variants(row, "variants_en",
                      [r["NAM_EN_REF"], *(en_parts if len(en_parts) > 1 or suffixed else [])],
                      key=_en_variant_key)
        if r["CAPIT_LVL"].strip() == "0":
            notes.append("CAPIT_LVL 0 in source (read as a subdistrict centre)")
        row["_notes"] = notes
        ocha.append(row)

    by_key: dict[str, list[_Row]] = defaultdict(list)
    for row in ocha:
        for n in {row["name_ar"], *row["variants_ar"]}:
            k = _merge_key(n)
            if k and row not in by_key[k]:
                by_key[k].append(row)

    # 4. GeoNames: merge into the nearest OCHA row with the same name, else a row of its own.
    gn_only: list[_Row] = []
    merged = 0
    for g in sorted(_read_csv(ref / REF_GEONAMES), key=lambda g: int(g["geonameid"])):
        names_ar = list(_split(g["alt_names_ar"]))
        glat, glon = float(g["latitude"]), float(g["longitude"])
        pop = int(float(g["population"] or 0))
        limit = _MERGE_KM_CITY if pop >= 50_000 else _MERGE_KM
        best, best_d = None, None
        for n in names_ar:
            for row in by_key.get(_merge_key(n), ()):
                d = _haversine_km(glat, glon, row["lat"], row["lon"])
                lim = _MERGE_KM_CITY if row["_capital"] in ("1", "2") else limit
                if d <= lim and (best_d is None or d < best_d or
                                 (d == best_d and row["id"] < best["id"])):
                    best, best_d = row, d
        en_names = [g["name"], _ascii_fold(g["name"]),
                    *[n for n in _split(g["alt_names_other"]) if _is_latin_name(n)]]
        # Drop a GeoNames Arabic name that is only the first word(s) of another of its names
        # ("جديدة" for "جديدة يابوس"): a truncation, and a common word.
        full = [name_key(n) for n in names_ar]
        truncations = [n for n in names_ar
                       if any(o != name_key(n) and o.startswith(name_key(n) + " ") for o in full)]
        names_ar = [n for n in names_ar if n not in truncations]
        # An Arabic variant that is another of its names without the article ("ثورة" for
        # "الثورة", "رقه" for "الرقة") adds nothing (callers try both forms) and is often a
        # common word.
        keys = {name_key(n) for n in names_ar}
        names_ar = [n for n in names_ar if "ال" + name_key(n) not in keys]
        en_names = [n for n in en_names if not (n.isupper() and len(n) <= 4)]
        if best is None and names_ar:
            # Fallback for spelling differences (الحول/الهول, سرين/صرين): the nearest OCHA
            # community within 1 km whose name is similar enough.
            near = min(ocha, key=lambda r: (_haversine_km(glat, glon, r["lat"], r["lon"]), r["id"]))
            if (_haversine_km(glat, glon, near["lat"], near["lon"]) <= _FALLBACK_KM
                    and max(_similar(n, near["name_ar"]) for n in names_ar) >= _FALLBACK_RATIO):
                best = near
        if best is not None:
            merged += 1
            # ... unless it is the name of the subdistrict the place lies in ("شطحة" for "شطحة
            # التحتا" of the subdistrict شطحة): then it is the name the town goes by
            seat = name_key(best["_admin3_ar"])
            names_ar = names_ar + [n for n in truncations if seat and name_key(n) == seat]
            _add_variants(best, "variants_ar", names_ar)
            _add_variants(best, "variants_en", en_names, key=_en_variant_key)
            best["population"] = max(best["population"], pop)
            best["source"] += f"; GeoNames {g['geonameid']}"
            continue
        if not names_ar or names_ar[0].startswith("ناحية"):
            # No Arabic name, or an administrative area (ناحية, a subdistrict), not a place.
            log.info("GeoNames %s skipped (no Arabic name or an admin area)", g["geonameid"])
            continue
        row = _Row(id=f"geonames:{g['geonameid']}", name_ar=names_ar[0], variants_ar=[],
                   name_en=g["name"], variants_en=[], kind="", lat=glat, lon=glon,
                   admin1="", admin2="", admin1_ar="", admin2_ar="", pcode="",
                   population=pop, uncertainty_km=0.0,
                   source=f"GeoNames {g['geonameid']}", notes="")
        row["_capital"] = ""
        row["_notes"] = ["GeoNames cities500 only (no OCHA community with this name nearby)"]
        _add_variants(row, "variants_ar", names_ar[1:])
        _add_variants(row, "variants_en", en_names, key=_en_variant_key)
        gn_only.append(row)

    # Admin names of GeoNames-only rows from the polygons (OCHA spelling).
    tmp = Gazetteer([], directory=out)
    for row in gn_only:
        a2 = tmp.admin_at(2, row["lat"], row["lon"], max_km=15.0)
        a1 = tmp.admin_at(1, row["lat"], row["lon"], max_km=15.0)
        if a1:
            row.update(admin1=a1["NAME_EN"], admin1_ar=a1["NAME_ARA"])
        if a2:
            row.update(admin2=a2["NAME_EN"], admin2_ar=a2["NAME_ARA"])

    for row in ocha + gn_only:
        row["kind"] = _kind_for(row["_capital"], row["population"])
        row["uncertainty_km"] = _uncertainty_for(row["kind"], row["population"])
        row["notes"] = "; ".join(row.pop("_notes"))
        row.pop("_capital")

    _derived_variants(ocha, rows + gn_only, _load_name_rules(rules_path))

    # 5. press spellings the datasets lack (data/gazetteer/press_variants.csv).
    all_rows = {r["id"]: r for r in rows + ocha + gn_only}
    if pv_path.exists():
        for line, pv in _read_rows(pv_path, required=("id", "variants_ar", "variants_en")):
            target = all_rows.get(pv["id"].strip())
            if target is None:
                raise InputError(f"{pv_path.name}:{line}: unknown id {pv['id']!r}")
            _add_variants(target, "variants_ar", _split(pv.get("variants_ar", "")))
            _add_variants(target, "variants_en", _split(pv.get("variants_en", "")),
                          key=_en_variant_key)
            if pv.get("source"):
                target["source"] += f"; press variants: {pv['source'].strip()}"

    _hamza_dropped_variants(rows + ocha + gn_only, _load_name_rules(rules_path))

    final = rows + sorted(ocha, key=_id_sort) + sorted(gn_only, key=_id_sort)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in final:
        w.writerow([r["id"], r["name_ar"], "|".join(r["variants_ar"]), r["name_en"],
                    "|".join(r["variants_en"]), r["kind"], _fmt(r["lat"], 5), _fmt(r["lon"], 5),
                    r["admin1"], r["admin2"], r["admin1_ar"], r["admin2_ar"], r["pcode"],
                    r["population"] or "", _fmt(r["uncertainty_km"], 1), r["source"], r["notes"]])
    _write_text(out / PLACES_FILE, buf.getvalue())
    return {"governorate": sum(r["kind"] == "governorate" for r in rows),
            "district": sum(r["kind"] == "district" for r in rows),
            "ocha": len(ocha), "geonames_merged": merged, "geonames_only": len(gn_only),
            "total": len(final)}


NAME_RULES_FILE = "name_rules.yaml"


def _load_name_rules(path: Path) -> dict[str, Any]:
    import yaml

    if not path.exists():
        return {"qualifiers": [], "generic_bases": [], "join_prefixes": [], "join_pairs": [], "pair_max_km": 0,
                "join_only_prefixes": [], "display_names": {}, "admin_suffix": False,
                "qualifier_forms": {}, "prefix_forms": {}, "drop_final_hamza": False, "hamza_common": frozenset()}
    with path.open(encoding="utf-8") as fh:
        rules = yaml.safe_load(fh) or {}
    return {"qualifiers": {name_key(q) for q in rules.get("qualifiers", [])},
            "generic_bases": {name_key(q) for q in rules.get("generic_bases", [])},
            "join_prefixes": [name_key(q) for q in rules.get("join_prefixes", [])],
            "join_only_prefixes": [name_key(q) for q in rules.get("join_only_prefixes", [])],
            "admin_suffix": bool(rules.get("strip_admin_suffix", False)),
            "join_pairs": [(name_key(a), name_key(b)) for a, b in (rules.get("join_pairs") or {}).items()],
            "pair_max_km": float(rules.get("pair_max_km", 0)),
            "display_names": {str(k): str(v) for k, v in (rules.get("display_names") or {}).items()},
            "qualifier_forms": {name_key(k): [name_key(v) for v in vs]
                                for k, vs in (rules.get("qualifier_forms") or {}).items()},
            "prefix_forms": {name_key(k): [name_key(v) for v in vs]
                             for k, vs in (rules.get("prefix_forms") or {}).items()},
            "article_heads": {name_key(q) for q in rules.get("article_heads", [])},
            "article_drop_heads": {name_key(q) for q in rules.get("article_drop_heads", [])},
            "drop_final_hamza": bool(rules.get("drop_final_hamza", False)),
            "final_ta_alef": bool(rules.get("final_ta_alef", False)),
            "hamza_common": frozenset(name_key(w) for w in rules.get("final_hamza_common_words") or [])}


def _hamza_dropped_variants(rows: list[_Row], rules: dict[str, Any]) -> None:
    """"البيضا" for "البيضاء", "عين الخضرا" for "عين الخضراء" (``drop_final_hamza`` in
    ``name_rules.yaml``), for every name and variant, press spellings included; not when the
    form is another place's exact name or holds a common word ("العليا")."""
    if not rules.get("drop_final_hamza"):
        return
    exact = {name_key(r["name_ar"]) for r in rows}
    for row in rows:
        extra = []
        for n in [row["name_ar"], *row["variants_ar"]]:
            if "اء" not in n:
                continue
            dropped = [w[:-1] if w.endswith("اء") and len(name_key(w)) >= 5 else w for w in n.split()]
            v = " ".join(dropped)
            if v != n and name_key(v) not in exact and not {name_key(w) for w in dropped} & rules["hamza_common"]:
                extra.append(v)
        _add_variants(row, "variants_ar", extra)


_UPPER_LOWER = frozenset({"فوقاني", "تحتاني", "فوقا", "تحتا"})
_DIRECTIONS = frozenset({"غربي", "شرقي", "شمالي", "جنوبي"})


def _derived_variants(ocha: list[_Row], others: list[_Row], rules: dict[str, Any]) -> None:
    """Variants every reader expects (rules in ``name_rules.yaml``): "كفر X" ↔ "كفرX", and
    the base name of OCHA's split village pairs ("بقرص" for "بقرص فوقاني"/"بقرص تحتاني")."""
    exact = {name_key(r["name_ar"]) for r in ocha + others}
    extra: dict[str, list[str]] = defaultdict(list)
    bases: dict[str, list[tuple[_Row, str]]] = defaultdict(list)
    homonyms: dict[str, list[tuple[_Row, str]]] = defaultdict(list)
    for row in ocha:
        for n in [row["name_ar"], *row["variants_ar"]]:
            k = name_key(n)
            for pre in rules["join_prefixes"]:
                if k.startswith(pre + " ") and len(k) > len(pre) + 3:
                    extra[row["id"]].append(pre + k[len(pre) + 1:])
                elif k.startswith(pre) and " " not in k and len(k) >= len(pre) + 3:
                    extra[row["id"]].append(pre + " " + k[len(pre):])
            for pre in rules["join_only_prefixes"]:   # "معر شمشه" → "معرشمشه", never split
                if k.startswith(pre + " ") and len(k) > len(pre) + 3:
                    extra[row["id"]].append(pre + k[len(pre) + 1:])
            for joined, split in rules["join_pairs"]:   # "معرتحرمة" ↔ "معرة حرمة"
                if k.startswith(joined) and " " not in k and len(k) >= len(joined) + 3:
                    extra[row["id"]].append(split + " " + k[len(joined):])
                elif k.startswith(split + " ") and len(k) > len(split) + 3:
                    extra[row["id"]].append(joined + k[len(split) + 1:])
            if rules["admin_suffix"] and n == row["name_ar"]:
                # "كفريا معرتمصرين", "ميسلون عين عيسى": OCHA adds the subdistrict's or district's
                # name to tell a village from its namesakes; the press writes the bare name
                ws = n.replace("/", " ").replace(" - ", " ").replace("- ", " ").split()
                def squash(x: str) -> str:   # "معرتمصرين" is "معرة تمصرين"
                    return name_key(x).replace(" ", "").replace("ه", "ت").replace("تت", "ت")

                adms = [row.get("_admin3_ar") or "", row.get("admin2_ar") or ""]
                if not any(squash(n) == squash(a) for a in adms if a):
                    # (or the admin name's last word, or the name without its article: "باشكوي سمعان"
                    # in جبل سمعان, "باشكوي سفيرة" in السفيرة; not the unit's own town, "عسال الورد")
                    adms += [a.split()[-1] for a in adms if len(a.split()) > 1 and len(name_key(a.split()[-1])) >= 4]
                    adms += [a[2:] for a in adms if name_key(a).startswith("ال") and len(name_key(a)) >= 6]
                for ai, adm in enumerate(adms):
                    if not adm:
                        continue
                    cut = next((j for j in range(len(ws) - 1, 0, -1) if squash(" ".join(ws[j:])) == squash(adm)), None)
                    if cut is not None:
                        base = " ".join(ws[:cut]).strip(" -")
                        bk = name_key(base)
                        # the bare name may be another village's too ("الدردارة تل تمر" and
                        # "الدردارة" in Tartus): context tells them apart, as for any homonym
                        # (not for a unit's name shortened: "الداودية حسكة" would outrank the
                        # "داودية" of Tal Tamr by its article alone; nor a definite "-iyya" name,
                        # "الرشيدية", which villages, camps and quarters in and out of Syria share)
                        toggled = bk[2:] if bk.startswith("ال") else "ال" + bk
                        if len(bk) >= 3 and name_key(base.split()[0]) not in rules["generic_bases"] \
                                and not (ai >= 2 and (bk in exact or toggled in exact
                                                      or " " not in bk and bk.startswith("ال") and bk.endswith("يه"))) \
                                and not _word_like_base(base):
                            extra[row["id"]].append(base)
                        break
            words = n.split()
            if rules.get("final_ta_alef") and n == row["name_ar"] and k.endswith("ته") \
                    and (row.get("name_en") or "").lower().split()[-1:] != [] \
                    and (row.get("name_en") or "").lower().split()[-1].endswith("ta"):
                # "كفرلاته" (OCHA, "Kafrlata") is "كفرلاتا" in the press: the Aramaic "-ta" ending
                v = k[:-1] + "ا"
                if v not in exact:
                    extra[row["id"]].append(v)
            if "_" not in n and len(words) >= 2:
                # "الريحانية غربي" is "الريحانية الغربية" in the press, "الصورة الكبيرة" is
                # "الصورة الكبرى", "جديدة بكارة" is "جديد بكارة" (unless another place has that name)
                kw = k.split()
                for form in rules["qualifier_forms"].get(kw[-1], ()):
                    v = " ".join(kw[:-1] + [form])
                    if v not in exact:
                        extra[row["id"]].append(v)
                    if len(kw) == 2 and form.startswith("ال") and not kw[0].startswith("ال") and len(kw[0]) >= 5 \
                            and kw[0].endswith("يه"):
                        # "صمدانية شرقية" is "الصمدانية الشرقية": a nisba name takes the article with its
                        # definite adjective
                        v = f"ال{kw[0]} {form}"
                        if v not in exact:
                            extra[row["id"]].append(v)
                for form in rules["prefix_forms"].get(kw[0], ()):
                    v = " ".join([form] + kw[1:])
                    if v not in exact:
                        extra[row["id"]].append(v)
                if len(kw) == 2 and len(kw[1]) >= 3:
                    # "تل سلطان" (OCHA) is "تل السلطان" in the press, "أبو الظهور" is "أبو ظهور": the
                    # name after a head noun with or without its article
                    if kw[0] in rules.get("article_heads", ()) and not kw[1].startswith("ال"):
                        v = f"{kw[0]} ال{kw[1]}"
                    elif kw[0] in rules.get("article_drop_heads", ()) and kw[1].startswith("ال") and len(kw[1]) >= 5:
                        v = f"{kw[0]} {kw[1][2:]}"
                    else:
                        v = None
                    if v is not None and v not in exact:
                        extra[row["id"]].append(v)
            if "_" not in n and len(words) >= 2 and name_key(words[-1]) in rules["qualifiers"]:
                base = " ".join(words[:-1])
                bk = name_key(base)
                if bk not in rules["generic_bases"] and bk not in exact and len(bk) >= 3:
                    bases[bk].append((row, base, name_key(words[-1])))
                elif bk in exact and name_key(words[-1]) in _DIRECTIONS and n == row["name_ar"] and " " in bk \
                        and bk not in rules["generic_bases"]:
                    # (two words at least: a one-word namesake, "الريحانية", "جرمز", is too often the other)
                    # "تل الورد غربي" (Hasakah) is the press's "تل الورد", though a Homs village has
                    # that name: a homonym, told apart by context like any other
                    homonyms[bk].append((row, base))
    for bk, members in homonyms.items():
        if len(members) == 1 and bk not in bases:   # (one part only: no sibling to tell it from)
            extra[members[0][0]["id"]].append(members[0][1])
    for members in bases.values():
        rows_ = {r["id"]: r for r, _, _ in members}
        if len(rows_) < 2 and not (members[0][2] in _UPPER_LOWER and not _word_like_base(members[0][1])):
            continue   # (an upper or lower part alone, "العمقية تحتا": the press names the village)
        pts = list(rows_.values())
        if max(_haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
               for a in pts for b in pts) > rules["pair_max_km"]:
            continue
        for r, base, _ in members:
            extra[r["id"]].append(base)
    for row in ocha:
        if row["id"] in extra:
            _add_variants(row, "variants_ar", extra[row["id"]])
        shown = rules["display_names"].get(row["pcode"])
        if shown and shown != row["name_ar"]:   # OCHA's misplaced space: its form stays a variant
            old = row["name_ar"]
            row["name_ar"] = shown
            row["variants_ar"] = [v for v in row["variants_ar"] if v != shown]
            _add_variants(row, "variants_ar", [old])


def _word_like_base(base: str) -> bool:
    """Is a one-word name derived from an OCHA name also an ordinary Arabic word ("القاضي",
    "خفية"), or the tail of one after a clitic ("بيرة" in "كبيرة")? Such a derived name would
    fire on ordinary text; it is not added (wordfreq's general Arabic frequencies)."""
    if " " in base.strip():
        return False
    from wordfreq import zipf_frequency

    bare = base[2:] if base.startswith("ال") and len(base) > 4 else base
    if max(zipf_frequency(base, "ar"), zipf_frequency(bare, "ar"), zipf_frequency("ال" + bare, "ar")) >= 3.0:
        return True
    return max(zipf_frequency(p + bare, "ar") for p in "كبلوف") >= 4.0


def reference_dir_default() -> Path:
    return reference_dir()


def _id_sort(row: dict[str, Any]) -> tuple[str, int, str]:
    prefix, _, rest = row["id"].partition(":")
    digits = re.sub(r"\D", "", rest)
    return prefix, int(digits) if digits else 0, rest


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _area_km2(geom: Any) -> float:
    from pyproj import Geod

    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def _write_text(path: Path, text: str) -> None:
    """Write atomically (temp file + rename) so a failed build leaves the old file."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError as e:
        raise GeoTrackerError(f"cannot write {path}: {e.strerror}") from None
