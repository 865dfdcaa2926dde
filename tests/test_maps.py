"""Tests for geo_tracker.maps and the ``map`` command; browser tests run Debian chromium."""
from __future__ import annotations

import base64
import functools
import gzip
import json
import re
import subprocess

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from shapely.geometry import Point, Polygon

from geo_tracker import paths
from geo_tracker.errors import GeoTrackerError, InputError, OutputError
from geo_tracker.maps import (build_payload, encode_payload, list_value, make_map, map_html,
                              period_index, script_json, write_map)

import browser

ACTORS = ["russia", "coalition", "isis", "syrian_gov", "sdf", "israel", "turkey", "iran_backed"]
ACTOR_P = [0.25, 0.2, 0.1, 0.15, 0.08, 0.1, 0.07, 0.05]
TYPES = ["airstrike", "shelling", "attack", "clash", "explosion", "raid"]
ACTOR_AR = {"russia": "طائرات حربية روسية", "coalition": "طائرات التحالف الدولي",
            "isis": "خلايا تنظيم داعش", "syrian_gov": "قوات النظام", "sdf": "قوات سوريا الديمقراطية",
            "israel": "الطيران الإسرائيلي", "turkey": "المدفعية التركية",
            "iran_backed": "ميليشيات مدعومة من إيران"}
VERBS = ["شنت {a} غارات جوية على أطراف {p}", "قصفت {a} مواقع في محيط {p}",
         "استهدفت {a} بلدة {p} بعدة صواريخ", "هاجمت {a} نقاطاً عسكرية قرب {p}"]
CLAUSES = ["ما أسفر عن مقتل {k} أشخاص بينهم أطفال", "وأفادت مصادر محلية بسقوط جرحى",
           "ولم ترد معلومات مؤكدة عن الخسائر", "وسط تحليق مكثف لطيران الاستطلاع",
           "بحسب ما أفاد به مراسلنا في المنطقة", "في تصعيد هو الأعنف منذ أسابيع",
           "وتصاعدت أعمدة الدخان من المكان المستهدف", "ونقلت فرق الدفاع المدني المصابين إلى المشافي"]

XSS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "<svg onload=window.__pwned=3>",
    "</script><script>window.__pwned=4</script>",
    "<!--<script>window.__pwned=5</script>-->",
    '"><img src=x onerror=window.__pwned=6>',
    "' onmouseover='window.__pwned=7' x='",
    '<iframe src="javascript:window.parent.__pwned=8"></iframe>',
    '<details open ontoggle="window.__pwned=9">',
    "\u2028<a href=javascript:window.__pwned=10>x</a>\u2029",
    "${window.__pwned=11}{{7*7}}",
]
BAD_URLS = ["javascript:window.__pwned=20", " JaVaScRiPt:window.__pwned=21", "java\tscript:window.__pwned=22",
            "data:text/html,<script>window.__pwned=23</script>", "vbscript:msgbox(1)",
            '//evil.example/"><script>window.__pwned=24</script>']
GOOD_URL = "https://news.example.org/2025/03/article?id=1&x=<b>"


@functools.lru_cache(maxsize=1)
def _communities() -> pd.DataFrame:
    """Real Syrian communities (OCHA admin4): coordinates and Arabic/English names."""
    df = pd.read_csv(paths.reference_dir() / "ocha_syr_admin4_communities.csv",
                     usecols=["NAME_EN", "NAME_ARA", "ADMIN1_EN", "LATITUDE", "LONGITUDE"])
    return df.dropna().reset_index(drop=True)


def synthetic_events(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    """``n`` contract-shaped events at real Syrian places over nine months (vectorized)."""
    rng = np.random.default_rng(seed)
    com = _communities()
    pick = rng.integers(0, len(com), n)
    places = com.iloc[pick]
    actor = rng.choice(ACTORS, n, p=ACTOR_P)
    etype = rng.choice(TYPES, n)
    start = np.datetime64("2025-01-01") + rng.integers(0, 270, n).astype("timedelta64[D]")
    end = start + rng.choice([0, 0, 0, 1, 2], n).astype("timedelta64[D]")
    prec = rng.choice([1, 2, 3], n, p=[0.7, 0.2, 0.1])
    unc = np.choose(prec - 1, [2.0, 10.0, 50.0])
    killed = np.where(rng.random(n) < 0.4, np.nan, rng.integers(0, 25, n))
    injured = np.where(rng.random(n) < 0.5, np.nan, rng.integers(0, 40, n))
    verb = rng.integers(0, len(VERBS), n)
    c1, c2 = rng.integers(0, len(CLAUSES), n), rng.integers(0, len(CLAUSES), n)
    ks = rng.integers(1, 30, n)
    name_ar = places["NAME_ARA"].to_numpy()
    quotes = [f"{VERBS[v].format(a=ACTOR_AR[a], p=p)}، {CLAUSES[x].format(k=k)}، {CLAUSES[y].format(k=k)}."
              for v, a, p, x, y, k in zip(verb, actor, name_ar, c1, c2, ks)]
    art = [f"art{i // 2:06d}" for i in range(n)]
    sources = [[a] if i % 3 else [a, f"art{(i * 7) % max(n, 1):06d}"] for i, a in enumerate(art)]
    urls = [[f"https://news.example.org/{a}"] if i % 4 else [] for i, a in enumerate(art)]
    return gpd.GeoDataFrame({
        "event_id": [f"ev{i:07d}{seed:02d}" for i in range(n)],
        "article_id": art, "sources": sources, "event_type": etype, "actor": actor,
        "target": rng.choice(["isis", "civilians", "syrian_gov", None], n),
        "date_start": pd.to_datetime(start).strftime("%Y-%m-%d"),
        "date_end": pd.to_datetime(end).strftime("%Y-%m-%d"),
        "time_precision": np.where(end > start, 2, 1),
        "place_id": [f"ocha:{i}" for i in pick], "place_name_ar": name_ar,
        "place_name_en": places["NAME_EN"].to_numpy(), "admin1": places["ADMIN1_EN"].to_numpy(),
        "geo_precision": prec, "uncertainty_km": unc, "killed": killed, "injured": injured,
        "quote": quotes, "background": rng.random(n) < 0.03, "urls": urls,
    }, geometry=gpd.points_from_xy(places["LONGITUDE"], places["LATITUDE"]), crs=4326)


def xss_events() -> gpd.GeoDataFrame:
    """One event per payload, the payload in every text field; plus bad URLs and an odd actor."""
    g = synthetic_events(len(XSS), seed=3)
    g["quote"] = [f"قال شاهد {p} نهاية" for p in XSS]
    g["place_name_ar"] = XSS
    g["place_name_en"] = XSS
    g["admin1"] = XSS
    g["target"] = XSS
    g["event_id"] = [f"id{i}{p}" for i, p in enumerate(XSS)]
    g["sources"] = [[p, "src-ok"] for p in XSS]
    g["urls"] = [BAD_URLS + [GOOD_URL] for _ in XSS]
    g.loc[0, "actor"] = "<b>evil_actor</b>"
    return g


@pytest.fixture(scope="module")
def events50() -> gpd.GeoDataFrame:
    return synthetic_events(50, seed=1)


@pytest.fixture(scope="module")
def clusters_gdf() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "cluster_id": [1, 2], "actors": [["russia", "coalition"], "isis;<script>x</script>"],
        "n_events": [12, 5], "date_start": ["2025-02-01", "2025-03-01"],
        "date_end": ["2025-02-20", "2025-03-01"], "radius_km": [14.5, 3.0]},
        geometry=[Polygon([(38.8, 34.8), (39.1, 34.8), (39.1, 35.1), (38.8, 35.1)]), Point(36.7, 35.9)],
        crs=4326)


def decode(html: str) -> dict:
    """The payload embedded in a written map (chunks joined as the browser code does)."""
    found = re.findall(r'<script type="([^"]+)" id="gt-data-[^"]+?(-\d+)?" data-encoding="([^"]+)">(.*?)</script>',
                       html, re.S)
    assert found, "payload script not found"

    def one(enc: str, text: str):
        return json.loads(text) if enc == "json" else json.loads(gzip.decompress(base64.b64decode(text)))

    data = one(found[0][2], found[0][3])
    if data.get("quote_chunks"):
        assert len(found) == 1 + data["quote_chunks"]
        data["quotes"] = [q for _, _, enc, text in found[1:] for q in one(enc, text)]
    return data


# --------------------------------------------------------------------------- library

def test_payload_columns_and_tables(events50):
    p = build_payload(events50, by="actor", period="month")
    assert p["n"] == 50
    for col in ("lat", "lon", "act", "typ", "d0", "d1", "prec", "unc", "place", "q", "src", "url", "k", "inj", "per"):
        assert len(p[col]) == 50, col
    # codes index into deduplicated tables, and the tables are no bigger than the data
    assert max(p["act"]) < len(p["actors"]) <= 8
    assert len(p["places"]) <= 50 and max(p["place"]) < len(p["places"])
    assert sum(c["count"] for c in p["actors"]) == 50
    assert [c["code"] for c in p["actors"]] == [a for a in ACTORS if a in set(events50["actor"])]
    assert all(round(v, 4) == v for v in p["lat"])
    assert {x["key"] for x in p["periods"]} <= {f"2025-{m:02d}" for m in range(1, 11)}
    # a known row round-trips
    i = 7
    row = events50.iloc[i]
    assert p["places"][p["place"][i]] == [row.place_name_ar, row.place_name_en, row.admin1]
    assert p["quotes"][p["q"][i]] == row.quote
    assert p["dates"][p["d0"][i]] == row.date_start
    assert p["k"][i] == (None if np.isnan(row.killed) else int(row.killed))
    assert p["periods"][p["per"][i]]["key"] == row.date_start[:7]


def test_colours_fixed_per_actor_and_distinct():
    a = build_payload(synthetic_events(200, seed=5))["actors"]
    b = build_payload(synthetic_events(30, seed=9).query("actor in ['isis', 'russia']"))["actors"]
    colors = {c["code"]: c["color"] for c in a}
    assert len(set(colors.values())) == len(colors)
    for c in b:
        assert colors[c["code"]] == c["color"]


@pytest.mark.parametrize("period,dates,keys", [
    ("month", ["2025-03-31", "2025-04-01", None], ["2025-03", "2025-04", "undated"]),
    ("quarter", ["2025-03-31", "2025-04-01", "2024-12-01"], ["2024-Q4", "2025-Q1", "2025-Q2"]),
    ("week", ["2025-03-02", "2025-03-03", "2024-12-30"], ["2025-W01", "2025-W09", "2025-W10"]),
])
def test_period_index(period, dates, keys):
    codes, periods = period_index(pd.Series(dates, dtype=object), period)
    assert [p["key"] for p in periods] == keys
    assert len(codes) == len(dates)
    if period == "week":  # ISO weeks run Monday–Sunday
        assert periods[1] == {"key": "2025-W09", "start": "2025-02-24", "end": "2025-03-02"}


@pytest.mark.parametrize("value,expected", [
    (["a", "b"], ("a", "b")), ("a;b", ("a", "b")), ('["x", "y"]', ("x", "y")), ("solo", ("solo",)),
    (None, ()), (float("nan"), ()), ("", ()), (np.array(["u"], dtype=object), ("u",)),
])
def test_list_value(value, expected):
    assert list_value(value) == expected


def test_script_json_escapes_everything_that_ends_a_script():
    s = script_json({"q": "</script><!-- & \u2028\u2029 <SCRIPT>"})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in s
    assert json.loads(s) == {"q": "</script><!-- & \u2028\u2029 <SCRIPT>"}


def test_map_html_has_no_external_urls_and_escaped_payload(tmp_path):
    m = make_map(xss_events(), offline=True, title="<script>window.__pwned=99</script>")
    out = tmp_path / "x.html"
    write_map(m, out)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r'<(script|link|img|iframe)[^>]*(src|href)\s*=\s*["\']?(https?:)?//', html), \
        "external resource linked"
    assert not re.search(r"jsdelivr|unpkg|cdnjs|googleapis|bootstrapcdn|tile\.openstreetmap", html)
    # no payload string appears raw: each opening tag occurs only escaped
    body_scripts = re.findall(r"<script[^>]*>", html)
    assert all(s.startswith(("<script>", '<script type="application/json"', '<script type="application/octet'))
               for s in body_scripts)
    assert "window.__pwned" in html            # present, but only inside escaped JSON / title
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<svg onload" not in html
    assert "<title>&lt;script&gt;" in html
    p = decode(html)
    assert p["quotes"][0].endswith("</script> نهاية")
    assert p["actors"][-1]["code"] == "<b>evil_actor</b>"


@pytest.mark.parametrize("text", ["{{7*7}}", "{% for x in [1] %}loop{% endfor %}",
                                  "{{ ''.__class__.__mro__ }}", "{# c #}", "${x}"])
def test_no_template_injection(text, events50):
    g = events50.head(3).copy()
    g["quote"] = [text, "a " + text, text + " ب"]
    g["place_name_en"] = text
    p = decode(map_html(make_map(g)))
    assert p["quotes"][p["q"][0]] == text and p["places"][0][1] == text


def test_online_map_has_osm_tiles(events50):
    html = map_html(make_map(events50))
    assert "tile.openstreetmap.org" in html
    assert '"boundaries"' not in html


def test_large_payload_is_compressed_and_quotes_truncated():
    g = synthetic_events(25_000, seed=2)
    g.loc[0, "quote"] = "ق" * 400
    chunks, enc = encode_payload(build_payload(g), None)
    assert enc == "gzip+base64" and len(chunks) == 3
    p = json.loads(gzip.decompress(base64.b64decode(chunks[0])))
    assert p["quotes"] == [] and p["quote_chunks"] == 2
    p["quotes"] = [q for c in chunks[1:] for q in json.loads(gzip.decompress(base64.b64decode(c)))]
    q0 = p["quotes"][p["q"][0]]
    assert len(q0) == 161 and q0.endswith("…")
    assert p["qt"][p["q"][0]] == 1
    assert sum(map(len, chunks)) / 25_000 < 200   # well under the 250 B/event budget


def test_clusters_and_precision_payload(events50, clusters_gdf, tmp_path):
    f = tmp_path / "clusters.geojson"
    clusters_gdf.to_file(f, driver="GeoJSON")
    p = decode(map_html(make_map(events50, clusters=f)))
    assert [h["id"] for h in p["hulls"]] == ["1", "2"]
    assert p["hulls"][0]["rings"][0][0][:2] == [34.8, 38.8]     # [lat, lon] order
    assert p["hulls"][1]["center"] == [35.9, 36.7] and p["hulls"][1]["radius_km"] == 3.0
    assert p["hulls"][1]["actors"] == "ISIS, <script>x</script>"   # text; escaped by the browser code
    area = [i for i, v in enumerate(p["prec"]) if v >= 2]
    assert area and all(p["unc"][i] in (10.0, 50.0) for i in area)


def test_event_type_layers(events50):
    p = build_payload(events50, by="event_type")
    assert p["by"] == "event_type" and p["by_label"]["ar"] == "النوع"
    assert {c["code"] for c in p["types"]} == set(events50["event_type"])


def test_reads_files_and_rejects_bad_input(events50, tmp_path):
    f = tmp_path / "ev.geojson"
    events50.to_file(f, driver="GeoJSON")
    p = decode(map_html(make_map(str(f))))
    assert p["n"] == 50 and p["sources"][p["src"][0]] == list(events50.iloc[0].sources)
    with pytest.raises(InputError, match="not found"):
        make_map(tmp_path / "missing.geojson")
    with pytest.raises(GeoTrackerError, match="--by"):
        make_map(events50, by="weather")
    with pytest.raises(GeoTrackerError, match="--period"):
        make_map(events50, period="year")
    with pytest.raises(OutputError, match="does not exist"):
        write_map(make_map(events50), tmp_path / "no" / "dir" / "m.html")


def test_empty_events_still_make_a_map():
    g = synthetic_events(5).iloc[0:0]
    p = decode(map_html(make_map(g, offline=True)))
    assert p["n"] == 0 and p["bounds"] is not None and len(p["boundaries"]["admin1"]) == 14


def test_write_is_atomic_and_repr_html_works(events50, tmp_path):
    m = make_map(events50)
    out = tmp_path / "m.html"
    out.write_text("old")
    write_map(m, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [x.name for x in tmp_path.iterdir()] == ["m.html"]
    rep = m._repr_html_()
    assert "<iframe" in rep and "GeoTracker.init" in rep


# --------------------------------------------------------------------------- CLI

def test_cli_map(events50, tmp_path, clusters_gdf):
    from geo_tracker.cli import cli

    ev, cl = tmp_path / "ev.geojson", tmp_path / "cl.geojson"
    events50.to_file(ev, driver="GeoJSON")
    clusters_gdf.to_file(cl, driver="GeoJSON")
    out = tmp_path / "m.html"
    r = CliRunner().invoke(cli, ["map", str(ev), "-o", str(out), "--by", "event_type", "--period", "week",
                                 "--offline", "--clusters", str(cl), "--heatmap", "--title", "T"])
    assert r.exit_code == 0, r.output
    p = decode(out.read_text(encoding="utf-8"))
    assert p["by"] == "event_type" and p["period_unit"] == "week" and p["heat"] and len(p["hulls"]) == 2
    r = CliRunner().invoke(cli, ["map", str(ev), "-o", str(out), "--period", "decade"])
    assert r.exit_code != 0


def test_console_script_map(console_script, events50, tmp_path):
    ev = tmp_path / "ev.geojson"
    events50.to_file(ev, driver="GeoJSON")
    r = subprocess.run([console_script, "map", str(ev), "-o", "-", "--offline"],
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert decode(r.stdout.decode("utf-8"))["n"] == 50
    r = subprocess.run([console_script, "map", str(tmp_path / "nope.geojson"), "-o", str(tmp_path / "m.html")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "not found" in r.stderr


# --------------------------------------------------------------------------- browser

READY = "window.__geoTracker && window.__geoTracker.ready === true"


@pytest.fixture(scope="module")
def chromium():
    with browser.launch() as b:
        yield b


def _rendered_total(page) -> int:
    """Events represented on screen: cluster counts plus unclustered event shapes."""
    return page.evaluate("""() => {
        let n = 0;
        document.querySelectorAll('.gt-cluster .gt-cluster-count').forEach(e => n += parseInt(e.textContent, 10));
        return n + document.querySelectorAll('path.gt-ev').length;
    }""")


@pytest.mark.browser
def test_browser_offline_50(chromium, events50, clusters_gdf, tmp_path):
    out = tmp_path / "m50.html"
    write_map(make_map(events50, period="month", offline=True, clusters=clusters_gdf, heatmap=True), out)
    w = browser.open_page(chromium, out)
    w.page.wait_for_function(READY, timeout=20_000)
    st = w.page.evaluate("window.__geoTracker.counts")
    assert st["total"] == 50 and st["shown"] == 50 and st["hulls"] == 2 and st["admin1"] == 14
    present = sorted(set(events50["actor"]))
    cats = w.page.eval_on_selector_all(".leaflet-control-layers-overlays label[data-gt-cat]",
                                       "ls => ls.map(l => l.getAttribute('data-gt-cat'))")
    assert sorted(cats) == present
    assert _rendered_total(w.page) == 50
    # uncertainty: areas are circles with the data's radius, exact places are small markers
    areas = int((events50["geo_precision"] >= 2).sum())
    assert st["areas"] == areas and st["points"] == 50 - areas
    # toggle one actor off via the layer control: counts follow
    first = present[0]
    w.page.click(f".leaflet-control-layers-overlays label[data-gt-cat='{first}'] input")
    w.page.wait_for_function(READY)
    assert w.page.evaluate("window.__geoTracker.counts.shown") == 50 - int((events50["actor"] == first).sum())
    # period slider
    w.page.evaluate("window.__geoTracker.setPeriod(1)")
    w.page.wait_for_function(READY)
    p1 = w.page.evaluate("window.__geoTracker.data.periods[0].key")
    exp = int(((events50["date_start"].str[:7] == p1) & (events50["actor"] != first)).sum())
    assert w.page.evaluate("window.__geoTracker.counts.shown") == exp
    assert w.page.text_content(".gt-period-label").startswith(p1)
    # cumulative: periods 1..3
    w.page.evaluate("window.__geoTracker.setPeriod(3)")
    w.page.check(".gt-period-cum input")
    w.page.wait_for_function(READY)
    p3 = w.page.evaluate("window.__geoTracker.data.periods[2].key")
    exp = int(((events50["date_start"].str[:7] <= p3) & (events50["actor"] != first)).sum())
    assert w.page.evaluate("window.__geoTracker.counts.shown") == exp
    assert w.page.text_content(".gt-period-label").startswith("up to " + p3)
    # play steps forward by itself
    w.page.evaluate("window.__geoTracker.togglePlay(100)")
    w.page.wait_for_function("window.__geoTracker.period >= 5")
    w.page.evaluate("window.__geoTracker.togglePlay()")
    assert w.page.text_content(".gt-period-play") == "⏵ play"
    # a popup: both languages, Arabic marked RTL
    w.page.evaluate("window.__geoTracker.openPopup(0)")
    pop = w.page.locator(".gt-pop")
    assert pop.locator("table.gt-pop-ar[dir=rtl]").count() == 1
    assert pop.locator("blockquote.gt-pop-quote[dir=rtl]").text_content() == events50.iloc[0].quote
    assert events50.iloc[0].place_name_en in pop.text_content()
    assert not w.errors, w.errors
    assert not w.network, w.network
    w.page.context.close()


@pytest.mark.browser
def test_browser_offline_100k_no_network(chromium, tmp_path):
    n = 100_000
    out = tmp_path / "m100k.html"
    write_map(make_map(synthetic_events(n, seed=4), period="quarter", offline=True), out)
    w = browser.open_page(chromium, out)
    w.page.wait_for_function(READY, timeout=60_000)
    assert w.page.evaluate("window.__geoTracker.counts.shown") == n
    assert _rendered_total(w.page) == n
    assert w.page.locator(".gt-cluster").count() >= 5
    assert w.page.locator(".leaflet-control-layers-overlays label[data-gt-cat]").count() == len(ACTORS)
    assert w.page.locator(".leaflet-tile").count() == 0
    w.page.evaluate("window.__geoTracker.openPopup(12345)")
    assert w.page.locator(".gt-pop blockquote").count() == 1
    assert not w.errors, w.errors
    assert w.network == []
    w.page.context.close()


@pytest.mark.browser
@pytest.mark.parametrize("compress", [False, True], ids=["json", "gzip"])
def test_browser_xss(chromium, tmp_path, compress):
    g = xss_events()
    out = tmp_path / "xss.html"
    write_map(make_map(g, offline=True, period="month", compress=compress,
                       title="<img src=x onerror=window.__pwned=98>"), out)
    w = browser.open_page(chromium, out)
    w.page.wait_for_function(READY, timeout=20_000)
    labels = w.page.eval_on_selector_all(".leaflet-control-layers-overlays label",
                                         "ls => ls.map(l => l.textContent)")
    assert any("<b>evil_actor</b>" in t for t in labels)
    assert w.page.evaluate("document.querySelector('.gt-title').textContent") == \
        "<img src=x onerror=window.__pwned=98>"
    for i, payload in enumerate(XSS):
        w.page.evaluate(f"window.__geoTracker.openPopup({i})")
        pop = w.page.locator(f".gt-pop[data-gt-index='{i}']")
        text = pop.text_content()
        for shown in (g.iloc[i].quote, payload, "src-ok", "javascript:window.__pwned=20", GOOD_URL):
            assert shown in text, (i, shown)
        # nothing from the data became an element
        assert pop.locator("img, svg, script, iframe, details, b").count() == 0
        hrefs = pop.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert hrefs == [GOOD_URL.replace("<", "%3C").replace(">", "%3E")]
        # hover and click everything in the popup: still nothing runs
        pop.locator("*").evaluate_all(
            "es => es.forEach(e => ['mouseover', 'focus'].forEach(t => e.dispatchEvent(new Event(t))))")
    w.page.wait_for_timeout(300)
    assert w.page.evaluate("typeof window.__pwned") == "undefined"
    assert not w.errors, w.errors
    w.page.context.close()


@pytest.mark.browser
def test_browser_online_map_asks_only_for_tiles(chromium, events50, tmp_path):
    out = tmp_path / "online.html"
    write_map(make_map(events50), out)
    w = browser.open_page(chromium, out)   # tiles are blocked (no network here) and recorded
    w.page.wait_for_function(READY, timeout=20_000)
    assert w.network and all(u.startswith("https://tile.openstreetmap.org/") for u in w.network)
    assert _rendered_total(w.page) == 50
    assert not [e for e in w.errors if "ERR_FAILED" not in e and "Failed to load resource" not in e]
    w.page.context.close()
