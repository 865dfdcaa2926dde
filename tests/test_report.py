"""Tests for geo_tracker.report and the ``report`` command (one browser test with chromium)."""
from __future__ import annotations

import base64
import html as htmlmod
import re
import subprocess

import geopandas as gpd
import pandas as pd
import pytest
from click.testing import CliRunner
from shapely.geometry import Point, Polygon

import browser
from geo_tracker.errors import GeoTrackerError, InputError
from geo_tracker.report import make_report, render_report, safe_href, timeline_svg, _events_frame
from test_maps import XSS, decode, synthetic_events, xss_events


@pytest.fixture(scope="module")
def events120() -> gpd.GeoDataFrame:
    return synthetic_events(120, seed=11)


@pytest.fixture(scope="module")
def clusters2() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "cluster_id": [7, 8], "actors": ["russia;syrian_gov", ["isis"]], "n_events": [9, 4],
        "date_start": ["2025-02-01", "2025-05-01"], "date_end": ["2025-02-28", "2025-05-03"],
        "radius_km": [12.0, 2.5]},
        geometry=[Polygon([(37.0, 35.0), (37.3, 35.0), (37.3, 35.3)]), Point(40.1, 35.3)], crs=4326)


@pytest.fixture(scope="module")
def report_html(events120, clusters2) -> str:
    return render_report(events120, clusters2, period="month", title="Test report")


def _iframe_doc(page_html: str) -> str:
    m = re.search(r'<iframe[^>]*srcdoc="([^"]*)"', page_html)
    assert m, "no iframe srcdoc"
    return htmlmod.unescape(m.group(1))


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1&c=2", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG/x", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>", False), ("//evil.example/x", False), ("ftp://example.org", False),
    ("https://exa mple.org", False), ("https:///nohost", False), ("", False),
])
def test_safe_href(url, ok):
    assert (safe_href(url) is not None) is ok


def test_report_sections_and_counts(report_html, events120):
    h = report_html
    for sec in ("summary", "map", "timeline", "actors", "governorates", "clusters", "events"):
        assert f'<section id="{sec}">' in h
    events_table = h[h.index('<section id="events">'):]
    assert events_table.count("<tr>") == 120 + 1       # header + one row per event
    assert "<title>Test report</title>" in h
    assert re.search(r'<span class="num">120</span><span class="lbl">events</span>', h)
    killed = int(pd.to_numeric(events120["killed"]).sum())
    assert f'<span class="num">{killed:,}</span>' in h
    clusters = h[h.index('<section id="clusters">'):h.index('<section id="events">')]
    assert clusters.count("<tr>") == 3 and "Russia, Syrian government" in clusters
    # the PNG is a real PNG
    png = re.search(r'src="data:image/png;base64,([^"]+)"', h).group(1)
    assert base64.b64decode(png)[:8] == b"\x89PNG\r\n\x1a\n"
    # the embedded map is the offline map with all events and the clusters
    doc = _iframe_doc(h)
    p = decode(doc)
    assert p["n"] == 120 and p["offline"] and len(p["hulls"]) == 2 and p["period_unit"] == "month"
    assert not re.search(r'<(script|link|img)[^>]*(src|href)\s*=\s*["\']?(https?:)?//', doc)


def test_timeline_svg_counts(events120):
    df = _events_frame(events120)
    svg = timeline_svg(df, "quarter")
    bars = re.findall(r"<title>(\d{4}-Q\d) · ([^<]+): (\d+)</title>", svg)
    assert sum(int(c) for _, _, c in bars) == 120
    q1 = sum(int(c) for q, _, c in bars if q == "2025-Q1")
    assert q1 == int((events120["date_start"] < "2025-04-01").sum())
    assert svg.startswith("<svg") and svg.endswith("</svg>")


def test_report_escapes_untrusted_text(tmp_path):
    g = xss_events()
    out = tmp_path / "r.html"
    make_report(g, out, title="<script>window.__pwned=1</script>")
    h = out.read_text(encoding="utf-8")
    outside = re.sub(r'srcdoc="[^"]*"', "", h)
    assert "<script" not in outside            # the report itself runs no script at all
    for p in XSS:
        assert p not in outside or "<" not in p and '"' not in p
        assert htmlmod.escape(p, quote=True) in outside
    assert 'href="javascript' not in h.lower() and "href=\"data:" not in h
    assert outside.count('<a href="https://news.example.org/2025/03/article?id=1&amp;x=&lt;b&gt;"') == len(XSS)


def test_report_rejects_bad_period(events120, tmp_path):
    with pytest.raises(GeoTrackerError, match="--period"):
        make_report(events120, tmp_path / "r.html", period="year")
    with pytest.raises(InputError):
        make_report(tmp_path / "missing.geojson", tmp_path / "r.html")


def test_report_max_rows_and_empty(tmp_path, events120):
    h = render_report(events120, max_rows=10)
    events_table = h[h.index('<section id="events">'):]
    assert events_table.count("<tr>") == 11 and "Showing the first 10 of 120" in events_table
    h0 = render_report(events120.iloc[0:0])
    assert '<span class="num">0</span>' in h0 and "No events." in h0


def test_cli_report(events120, clusters2, tmp_path, console_script):
    from geo_tracker.cli import cli

    ev, cl, out = tmp_path / "ev.geojson", tmp_path / "cl.geojson", tmp_path / "r.html"
    events120.to_file(ev, driver="GeoJSON")
    clusters2.to_file(cl, driver="GeoJSON")
    r = CliRunner().invoke(cli, ["report", str(ev), "-o", str(out), "--clusters", str(cl), "--period", "week"])
    assert r.exit_code == 0, r.output
    h = out.read_text(encoding="utf-8")
    assert "Events per week by actor" in h and '<section id="clusters">' in h
    r = subprocess.run([console_script, "report", str(ev), "-o", str(tmp_path / "no" / "r.html")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "does not exist" in r.stderr and r.stderr.count("\n") == 1


@pytest.mark.browser
def test_report_in_browser(events120, clusters2, tmp_path):
    out = tmp_path / "report.html"
    g = pd.concat([events120, xss_events()], ignore_index=True)
    g = gpd.GeoDataFrame(g, geometry="geometry", crs=4326)
    make_report(g, out, clusters=clusters2)
    with browser.launch() as b:
        w = browser.open_page(b, out)
        frame = next(f for f in w.page.frames if f != w.page.main_frame)
        frame.wait_for_function("window.__geoTracker && window.__geoTracker.ready === true", timeout=20_000)
        assert frame.evaluate("window.__geoTracker.counts.shown") == len(g)
        assert w.page.locator("#events tbody tr").count() == len(g)
        assert w.page.locator("#clusters tbody tr").count() == 2
        assert w.page.evaluate("document.getElementById('static-map').naturalWidth") > 500
        assert w.page.locator("svg.timeline rect").count() > 10
        # the XSS quotes show as text in the table
        cells = w.page.locator("#events td.quote").all_text_contents()
        assert sum(any(p in c for p in XSS) for c in cells) == len(XSS)
        assert w.page.evaluate("typeof window.__pwned") == "undefined"
        assert frame.evaluate("typeof window.__pwned") == "undefined"
        # print layout swaps the interactive map for the PNG
        w.page.emulate_media(media="print")
        assert w.page.locator("iframe.mapframe").is_hidden()
        assert w.page.locator("#static-map").is_visible()
        assert not w.errors, w.errors
        assert not w.network, w.network
