"""Tests for the Syria gazetteer (geo_tracker.gazetteer) and `geo-tracker gazetteer`."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo_tracker import gazetteer as gz
from geo_tracker.cli import cli
from geo_tracker.errors import GeoTrackerError
from geo_tracker.gazetteer import COLUMNS, KINDS, Gazetteer, fold_en, name_key
from geo_tracker.text import normalize_char_string


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def gaz_dir(repo: Path) -> Path:
    return repo / "data" / "gazetteer"


def _write_gazetteer(directory: Path, gaz_dir: Path, rows: list[dict[str, str]]) -> Path:
    """A gazetteer directory with the real polygons and the given places.csv rows."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("admin1.geojson", "admin2.geojson"):
        shutil.copy(gaz_dir / name, directory / name)
    for fname, body in (("places.csv", rows), ("curated.csv", [])):
        with (directory / fname).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
            w.writeheader()
            for r in body:
                w.writerow({c: r.get(c, "") for c in COLUMNS})
    return directory


def _row(pid: str, lat: str, lon: str, source: str = "test", **kw: str) -> dict[str, str]:
    return {"id": pid, "name_ar": "اختبار", "name_en": "Test", "kind": kw.get("kind", "village"),
            "lat": lat, "lon": lon, "uncertainty_km": kw.get("uncertainty_km", "2"),
            "source": source}


# ---------------------------------------------------------------- build

def test_build_reproduces_committed_files(tmp_path: Path, repo: Path, gaz_dir: Path) -> None:
    counts = gz.build(repo / "data" / "reference", tmp_path)
    for name in ("places.csv", "admin1.geojson", "admin2.geojson"):
        assert (tmp_path / name).read_bytes() == (gaz_dir / name).read_bytes(), name
    assert counts["governorate"] == 14 and counts["district"] == 61
    assert counts["ocha"] == 5251
    assert counts["geonames_merged"] > 250


def test_places_csv_columns_and_sources(gaz_dir: Path) -> None:
    with (gaz_dir / "places.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == COLUMNS
        rows = list(reader)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    by_id = {r["id"]: r for r in rows}
    assert by_id["ocha:C2889"]["source"] == "OCHA COD communities C2889; GeoNames 163808"
    assert "Palmyra" in by_id["ocha:C2889"]["variants_en"].split("|")
    assert all(r["source"] for r in rows)
    admin1 = {r["admin1"] for r in rows}
    assert admin1 == {"Homs", "Deir-ez-Zor", "Ar-Raqqa", "Al-Hasakeh", "Idleb", "Aleppo", "Hama",
                      "Lattakia", "Tartous", "Rural Damascus", "Damascus", "Dar'a", "As-Sweida",
                      "Quneitra"}


@pytest.mark.parametrize("pid, kind, unc", [
    ("ocha:C1007", "city", 10.0),     # Aleppo, > 1 million
    ("ocha:C5710", "city", 8.0),      # Ar-Raqqa
    ("ocha:C2893", "town", 5.0),      # As-Sukhnah, subdistrict centre
    ("ocha:C2896", "village", 2.0),   # At-Taybah (Tadmor district)
    ("ocha:SY04", "governorate", 117.3),
])
def test_kinds_and_radii(gaz: Gazetteer, pid: str, kind: str, unc: float) -> None:
    p = gaz.get(pid)
    assert p is not None and p.kind == kind and p.uncertainty_km == unc


def test_governorate_point_inside_its_polygon(gaz: Gazetteer) -> None:
    for p in gaz:
        if p.kind == "governorate":
            assert gaz.admin1_at(p.lat, p.lon) == p.admin1, p.id


def test_geonames_merged_into_ocha_row(gaz: Gazetteer) -> None:
    tabqa = gaz.get("ocha:C5929")
    assert tabqa.name_ar == "الطبقة" and tabqa.population == 87880   # (display_names: OCHA's الثورة a variant)
    assert "ثورة" not in tabqa.variants_ar          # article-less duplicate dropped
    hol = gaz.get("ocha:C4519")                      # GeoNames الحول merged by proximity
    assert "الحول" in hol.variants_ar and "GeoNames 173797" in hol.source
    assert gaz.get("geonames:173797") is None


def test_a_truncated_geonames_name_is_kept_when_it_names_the_subdistrict(gaz: Gazetteer) -> None:
    # GeoNames gives "شطحة" for OCHA's "شطحة التحتا", in the subdistrict شطحة: the town's name
    assert "شطحة" in gaz.get("ocha:C3180").variants_ar
    assert gaz.lookup("شطحة")[0][0].id == "ocha:C3180"
    # ... but "جديدة" for "جديدة يابوس" stays out (a truncation and a common word)
    assert all(v != "جديدة" for p, _ in gaz.lookup("جديدة يابوس")[:1] for v in p.variants_ar)


def test_truncated_ocha_name_keeps_complete_parts(gaz: Gazetteer) -> None:
    p = gaz.get("ocha:C2931")
    assert "\ufffd" not in p.name_ar
    assert "الاشرفية الغربية" in p.variants_ar
    assert not any(v.endswith("الغ") for v in p.variants_ar)


@pytest.mark.parametrize("variant, pid", [
    ("بقرص", "ocha:C5190"),            # split pair بقرص فوقاني / بقرص تحتاني
    ("بقرص", "ocha:C5191"),
    ("كفرنبل", "ocha:C4068"),          # OCHA writes كفر نبل
    ("كفر نبل", "ocha:C4068"),
    ("كفرزيتا", "ocha:C3463"),
    ("جعبر", "ocha:C5981"),
    ("معرشمشة", "ocha:C3981"),         # OCHA writes معر شمشه; joined one way only
    ("معرة مصرين", "ocha:C3947"),
    ("كفريا", "ocha:C3952"),           # OCHA كفريا معرتمصرين: the subdistrict's name added
    ("رسيون", "ocha:C3676"),            # OCHA رسيون الحفة: the district's name added
    ("الدردارة", "ocha:C4424"),         # OCHA الدردارة تل تمر, although a Tartus village is الدردارة too
    ("الدردارة", "ocha:C5651"),
    ("ابين", "ocha:C1353"),             # OCHA ابين- عفرين
    ("العمقية", "ocha:C3154"),          # OCHA has only the lower part, العمقية تحتا
    ("البيضا", "ocha:C5343"),           # the final hamza dropped, on a press spelling too (OCHA البيضة)
    ("الحمرا", "ocha:C2743"),
    ("عين الخضرا", "ocha:C4864"),
    ("السويدا", "ocha:SY13"),
    ("كفرلاتا", "ocha:C4283"),          # OCHA كفرلاته, English "Kafrlata": the "-ta" ending with alef
    ("يرتا", "ocha:C3853"),
    ("مرشد بينار", "ocha:C1987"),       # OCHA writes the name twice, "مرشد مرشد بينار"
    ("تل الورد", "ocha:C5011"),         # OCHA has only تل الورد غربي; a Homs village is تل الورد too
    ("تل الورد", "ocha:C2916"),
])
def test_derived_variants(gaz: Gazetteer, variant: str, pid: str) -> None:
    assert pid in [p.id for p in gaz.candidates(name_key(variant))]


@pytest.mark.parametrize("pid, admin", [
    ("ocha:C1353", "عفرين"), ("ocha:C5384", "بانياس"), ("ocha:C1703", "منبج"), ("ocha:C2415", "يبرود"),
])
def test_an_added_district_name_is_not_a_variant(gaz: Gazetteer, pid: str, admin: str) -> None:
    # "ابين- عفرين" is Abin in Afrin district, not a merged locality called Afrin too
    assert admin not in gaz.get(pid).variants_ar
    assert pid not in [p.id for p in gaz.candidates(name_key(admin))]




def test_misplaced_ocha_space_shown_in_press_spelling(gaz: Gazetteer) -> None:
    p = gaz.get("ocha:C3947")                        # OCHA: "معر تمصرين"
    assert p.name_ar == "معرة مصرين" and "معر تمصرين" in p.variants_ar
    assert "معر اته" not in gaz.get("ocha:C4307").variants_ar   # معراتة is not split
    assert gaz.get("ocha:C3273").name_ar == "أثريا" and "أسرية" in gaz.get("ocha:C3273").variants_ar
    # a name left bare by an added district name is not taken when it is an ordinary word or
    # a word's tail ("بيرة ارمناز": "بيرة" ends "كبيرة"; "القاضي جرابلس": "القاضي" is "the judge")
    assert "بيرة" not in gaz.get("ocha:C4180").variants_ar and "القاضي" not in gaz.get("ocha:C2254").variants_ar


def test_final_hamza_not_dropped_into_a_common_word(gaz: Gazetteer) -> None:
    # "والدهما" ("their father") is no الدهماء, nor "المحكمة العليا" any العلياء
    assert [p.id for p in gaz.candidates(name_key("الدهماء"))] and gaz.candidates(name_key("الدهما")) == []


@pytest.mark.parametrize("pid, kept, dropped", [
    ("ocha:C1942", "دونقوز", "سلامة"),   # سلامة كبير_دونقوز كبير: "سلامة" is a common word
    ("ocha:C3261", "برّي الشرقي", "بري"),  # "بري" (land, as in هجوم بري) is never a variant
])
def test_generic_words_not_derived(gaz: Gazetteer, pid: str, kept: str, dropped: str) -> None:
    p = gaz.get(pid)
    assert kept in p.variants_ar
    assert dropped not in p.variants_ar


# ---------------------------------------------------------------- curated

def test_curated_rows(gaz: Gazetteer, gaz_dir: Path) -> None:
    with (gaz_dir / "curated.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 80
    for r in rows:
        assert r["id"].startswith("cur:"), r["id"]
        assert r["source"].startswith(("derived:", "Wikipedia:")), r["id"]
        assert float(r["uncertainty_km"]) > 0
        assert r["kind"] in KINDS
        if r["source"].startswith("Wikipedia"):
            assert "without network access" in r["notes"], r["id"]
        # admin1 agrees with the polygon under the point (or the point is just outside Syria)
        at = gaz.admin1_at(float(r["lat"]), float(r["lon"]))
        assert at in (r["admin1"], None), r["id"]


@pytest.mark.parametrize("pid, name_ar, kind, admin1, min_km, max_km", [
    ("cur:jabal-al-amour", "جبل العمور", "mountain", "Homs", 15, 40),
    ("cur:jabal-al-bishri", "جبل البشري", "mountain", None, 15, 40),
    ("cur:badia-homs", "بادية حمص", "desert_area", "Homs", 30, 150),
    ("cur:syrian-badia", "البادية السورية", "desert_area", None, 80, 250),
    ("cur:t4-airbase", "مطار التيفور", "base", "Homs", 2, 3),
    ("cur:al-tanf", "التنف", "base", None, 2, 8),
    ("cur:al-rusafa-raqqa", "الرصافة", "village", "Ar-Raqqa", 1, 5),
    ("cur:al-shula", "الشولا", "village", "Deir-ez-Zor", 2, 15),
    ("cur:sabkhat-al-kawm", "سبخة الكوم", "salt_flat", "Homs", 5, 20),
])
def test_curated_examples(gaz: Gazetteer, pid: str, name_ar: str, kind: str,
                          admin1: str | None, min_km: float, max_km: float) -> None:
    p = gaz.get(pid)
    assert p is not None and p.name_ar == name_ar and p.kind == kind
    if admin1:
        assert p.admin1 == admin1
    assert min_km <= p.uncertainty_km <= max_km


# ---------------------------------------------------------------- look-ups

@pytest.mark.parametrize("name, admin1, expected_id, expected_admin1", [
    ("تدمر", None, "ocha:C2889", "Homs"),
    ("لتدمر", None, "ocha:C2889", "Homs"),
    ("بتدمر", None, "ocha:C2889", "Homs"),
    ("وبالسخنة", None, "ocha:C2893", "Homs"),
    ("السخنه", None, "ocha:C2893", "Homs"),
    ("Palmyra", None, "ocha:C2889", "Homs"),
    ("palmyra", None, "ocha:C2889", "Homs"),
    ("Tadmur", None, "ocha:C2889", "Homs"),
    ("Al-Sukhnah", None, "ocha:C2893", "Homs"),
    ("الطيبة", "Homs", "ocha:C2896", "Homs"),
    ("الطيبة", "Dar'a", "ocha:C5992", "Dar'a"),
    ("الطيبة", "درعا", "ocha:C5992", "Dar'a"),
    ("الرصافة", "Ar-Raqqa", "cur:al-rusafa-raqqa", "Ar-Raqqa"),
    ("الرصافة", "Raqqa", "cur:al-rusafa-raqqa", "Ar-Raqqa"),
    ("الرصافة", "Hama", "ocha:C3360", "Hama"),
    ("أثريا", None, "ocha:C3273", "Hama"),
    ("اثريا", None, "ocha:C3273", "Hama"),
    ("كباجب", None, "ocha:C5091", "Deir-ez-Zor"),
    ("الباغوز", None, "ocha:C5184", "Deir-ez-Zor"),
    ("بالباغوز", None, "ocha:C5184", "Deir-ez-Zor"),
    ("الشدادي", None, "ocha:C4446", "Al-Hasakeh"),
    ("للرقة", None, "ocha:C5710", "Ar-Raqqa"),
    ("الرقة", None, "ocha:C5710", "Ar-Raqqa"),
    ("حمص", None, "ocha:C2528", "Homs"),
    ("محافظة حمص", None, "ocha:SY04", "Homs"),
    ("ريف دمشق", None, "ocha:SY03", "Rural Damascus"),
    ("Rural Damascus", None, "ocha:SY03", "Rural Damascus"),
    ("Deir ez-Zor", None, "ocha:C5086", "Deir-ez-Zor"),
    ("جبل العمور", None, "cur:jabal-al-amour", "Homs"),
    ("البلعاس", None, "cur:jabal-al-balaas", "Homs"),
    ("وجبل البشري", None, "cur:jabal-al-bishri", None),
    ("سبخة الكوم", None, "cur:sabkhat-al-kawm", "Homs"),
    ("الشولا", None, "cur:al-shula", "Deir-ez-Zor"),
    ("والشولا", None, "cur:al-shula", "Deir-ez-Zor"),
    ("التبني", None, "ocha:C5131", "Deir-ez-Zor"),
    ("مركدة", None, "ocha:C4454", "Al-Hasakeh"),
    ("معدان", "Ar-Raqqa", "ocha:C5787", "Ar-Raqqa"),
    ("بادية الحماد", None, "cur:hamad", None),
    ("T4", None, "cur:t4-airbase", "Homs"),
    ("Kobani", None, "ocha:C1946", "Aleppo"),
])
def test_lookup_best(gaz: Gazetteer, name: str, admin1: str | None, expected_id: str,
                     expected_admin1: str | None) -> None:
    results = gaz.lookup(name, admin1=admin1)
    assert results, name
    best, score = results[0]
    assert best.id == expected_id, [(p.id, s) for p, s in results[:3]]
    if expected_admin1:
        assert best.admin1 == expected_admin1
    assert 0 < score <= 1
    scores = [s for _, s in results]
    assert scores == sorted(scores, reverse=True)


def test_lookup_homonyms_differ_by_admin1(gaz: Gazetteer) -> None:
    homs = gaz.lookup("الطيبة", admin1="Homs")[0][0]
    daraa = gaz.lookup("الطيبة", admin1="Dar'a")[0][0]
    assert homs.id != daraa.id
    assert (homs.admin1, daraa.admin1) == ("Homs", "Dar'a")
    # Without a hint all the exact homonyms come back.
    assert len(gaz.lookup("الطيبة", limit=50)) >= 5


def test_lookup_prefers_city_over_governorate_and_district(gaz: Gazetteer) -> None:
    kinds = [p.kind for p, _ in gaz.lookup("حمص")]
    assert kinds[:3] == ["city", "governorate", "district"]


def test_lookup_limit_unknown_and_bad_admin1(gaz: Gazetteer) -> None:
    assert len(gaz.lookup("الطيبة", limit=2)) == 2
    assert gaz.lookup("لا يوجد مكان بهذا الاسم") == []
    assert gaz.lookup("   ") == []
    with pytest.raises(GeoTrackerError, match="unknown governorate"):
        gaz.lookup("تدمر", admin1="Atlantis")


@pytest.mark.parametrize("alias, pid", [
    ("حمص", "ocha:SY04"), ("محافظة حمص", "ocha:SY04"), ("Homs", "ocha:SY04"),
    ("Hims", "ocha:SY04"), ("ريف دمشق", "ocha:SY03"), ("Rural Damascus", "ocha:SY03"),
    ("Rif Dimashq", "ocha:SY03"), ("دير الزور", "ocha:SY09"), ("Deir ez-Zor", "ocha:SY09"),
    ("الرقة", "ocha:SY11"), ("Raqqa", "ocha:SY11"), ("بدرعا", "ocha:SY12"),
    ("Daraa", "ocha:SY12"), ("Idlib", "ocha:SY07"), ("اللاذقية", "ocha:SY06"),
])
def test_governorate_aliases(gaz: Gazetteer, alias: str, pid: str) -> None:
    p = gaz.governorate(alias)
    assert p is not None and p.id == pid and p.kind == "governorate"


def test_governorate_unknown(gaz: Gazetteer) -> None:
    assert gaz.governorate("تدمر") is None
    assert gaz.governorate("") is None


def test_candidates_and_name_index(gaz: Gazetteer) -> None:
    ids = [p.id for p in gaz.candidates(normalize_char_string("السخنة"))]
    assert ids == ["ocha:C2893"]
    assert gaz.candidates("سخنه") == []              # the article is not stripped here
    assert gaz.candidates("no such name") == []
    idx = gaz.name_index()
    assert "ocha:C3273" in idx[name_key("أثريا")]
    assert "cur:al-rusafa-raqqa" in idx[name_key("الرصافة")]
    assert {"ocha:C3923", "ocha:C3360"} <= set(idx[name_key("الرصافة")])
    # every key is already normalized
    assert all(k == name_key(k) for k in list(idx)[:2000])


@pytest.mark.parametrize("raw, folded", [
    ("Ḩamāh", "hamah"), ("Deir-ez-Zor", "deir ez zor"), ("Dar'a", "dara"),
    ("  Al   Mayādīn ", "al mayadin"), ("Ma‘dān", "madan"),
])
def test_fold_en(raw: str, folded: str) -> None:
    assert fold_en(raw) == folded


# ---------------------------------------------------------------- polygons

@pytest.mark.parametrize("lat, lon, admin1, admin2", [
    (34.5573, 38.27735, "Homs", "Tadmor"),
    (35.96447, 38.99629, "Ar-Raqqa", "Ar-Raqqa"),
    (33.5102, 36.29128, "Damascus", "Damascus"),
    (35.1, 33.4, None, None),        # Cyprus
])
def test_admin_at(gaz: Gazetteer, lat: float, lon: float, admin1: str | None,
                  admin2: str | None) -> None:
    assert gaz.admin1_at(lat, lon) == admin1
    assert gaz.admin2_at(lat, lon) == admin2


def test_admin_polygons(gaz: Gazetteer) -> None:
    g1 = gaz.admin_polygons(1)
    assert len(g1) == 14 and {"NAME_EN", "NAME_ARA", "PCODE"} <= set(g1.columns)
    assert set(g1.NAME_EN) == gaz.admin1_names()
    assert len(gaz.admin_polygons(2)) == 61
    with pytest.raises(GeoTrackerError):
        gaz.admin_polygons(3)


# ---------------------------------------------------------------- validate / stats

def test_validate_committed_data(gaz: Gazetteer) -> None:
    assert gz.validate(gaz) == []


def test_validate_reports_crafted_problems(tmp_path: Path, gaz_dir: Path) -> None:
    d = _write_gazetteer(tmp_path / "bad", gaz_dir, [
        _row("t:ok", "34.55", "38.27"),
        _row("t:qaim", "34.37", "41.09"),                 # Al-Qaim, Iraq: border area, allowed
        _row("t:cyprus", "35.1", "33.4"),
        _row("t:nosource", "34.5", "38.3", source=""),
        _row("t:dup", "34.5", "38.3"),
        _row("t:dup", "34.6", "38.4"),
        _row("t:nan", "north", "38.3"),
        _row("t:zero", "34.5", "38.3", uncertainty_km="0"),
        _row("t:kind", "34.5", "38.3", kind="spaceport"),
        {**_row("t:adm", "34.55", "38.27"), "admin1": "Aleppo"},      # Palmyra is in Homs
        {**_row("t:adm2", "34.55", "38.27"), "admin1": "Atlantis"},
        {**_row("t:adm3", "34.55", "38.27"), "admin1": "Homs"},
    ])
    problems = gz.validate(d)
    text = "\n".join(problems)
    assert "t:cyprus: point (35.1, 33.4) is outside Syria" in text
    assert "t:nosource: missing source" in text
    assert "t:dup: duplicate id" in text
    assert "t:nan" in text and "not numbers" in text
    assert "t:zero: uncertainty_km must be > 0" in text
    assert "t:kind: unknown kind 'spaceport'" in text
    assert "t:adm: admin1 is 'Aleppo' but the point is in 'Homs'" in text
    assert "t:adm2: unknown admin1 'Atlantis'" in text
    assert not any(p.startswith(("t:ok", "t:qaim", "t:adm3")) for p in problems)
    assert len(problems) == 8


def test_stats(gaz: Gazetteer) -> None:
    s = gz.stats(gaz)
    assert s["total"] == len(gaz) > 5000
    assert s["curated"] >= 80 and s["sources"]["curated"] == s["curated"]
    assert s["kinds"]["governorate"] == 14 and s["kinds"]["district"] == 61
    assert s["sources"]["ocha_communities"] == 5251
    assert s["admin1"]["Homs"] > 400
    assert sum(s["kinds"].values()) == s["total"]


def test_load_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(GeoTrackerError, match="no gazetteer"):
        Gazetteer.load(tmp_path)


def test_load_default_is_cached() -> None:
    assert gz.load_default() is gz.load_default()


# ---------------------------------------------------------------- CLI

def test_cli_lookup_json() -> None:
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "لتدمر", "--limit", "2"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert len(data) == 2
    assert data[0]["id"] == "ocha:C2889" and data[0]["admin1"] == "Homs"
    assert data[0]["score"] >= data[1]["score"]
    assert {"name_ar", "name_en", "kind", "lat", "lon", "uncertainty_km", "source"} <= set(data[0])


def test_cli_lookup_admin1() -> None:
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "الطيبة", "--admin1", "Dar'a"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)[0]["id"] == "ocha:C5992"


def test_cli_validate_and_stats() -> None:
    runner = CliRunner()
    r = runner.invoke(cli, ["gazetteer", "validate"])
    assert r.exit_code == 0 and r.stdout.startswith("ok:")
    r = runner.invoke(cli, ["gazetteer", "stats"])
    assert r.exit_code == 0 and json.loads(r.stdout)["kinds"]["governorate"] == 14


def test_cli_validate_bad_directory(tmp_path: Path, gaz_dir: Path) -> None:
    d = _write_gazetteer(tmp_path / "bad", gaz_dir, [_row("t:cyprus", "35.1", "33.4")])
    r = CliRunner().invoke(cli, ["gazetteer", "validate", "--dir", str(d)])
    assert r.exit_code == 1
    assert isinstance(r.exception, GeoTrackerError)
    assert "t:cyprus" in r.stdout


def test_cli_build(tmp_path: Path, gaz_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["gazetteer", "build", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "places.csv").read_bytes() == (gaz_dir / "places.csv").read_bytes()


def test_console_script_lookup(console_script: str) -> None:
    r = subprocess.run([console_script, "gazetteer", "lookup", "وبالسخنة", "--limit", "1"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data[0]["id"] == "ocha:C2893" and data[0]["name_ar"] == "السخنة"


def test_console_script_validate_failure(console_script: str, tmp_path: Path,
                                         gaz_dir: Path) -> None:
    d = _write_gazetteer(tmp_path / "bad", gaz_dir, [_row("t:x", "34.5", "38.3", source="")])
    r = subprocess.run([console_script, "gazetteer", "validate", "--dir", str(d)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == ["geo-tracker: error: gazetteer invalid: 1 problem(s)"]
    assert "t:x: missing source" in r.stdout
    assert "Traceback" not in r.stderr


def test_a_town_is_shown_under_its_everyday_name_with_the_official_one_a_variant(gaz: Gazetteer) -> None:
    # OCHA names Tabqa by its official "الثورة"; the press and GeoNames call it الطبقة
    (tabqa, _), *_ = gaz.lookup("الطبقة")
    (thawra, _), *_ = gaz.lookup("الثورة")
    assert (tabqa.id, tabqa.name_ar) == ("ocha:C5929", "الطبقة") and thawra.id == "ocha:C5929"


def test_bidi_marks_and_a_stray_stop_in_reference_names_are_dropped(gaz):
    # GeoNames writes "الحولة\u200e\u200e" and "مجدل شمس.\u200e": invisible, they kept the names from matching
    assert "الحولة" in gaz.get("ocha:C2556").variants_ar
    assert all("\u200e" not in v and not v.endswith(".") for p in gaz for v in (p.name_ar, *p.variants_ar))
