"""One self-contained HTML analyst report: map, timeline, tables, clusters, a static map image.

Everything is inline: the interactive map is the offline map (no tiles, all JS/CSS inlined) in a
sandboxed ``<iframe srcdoc>``, the timeline an SVG generated here, the static map a PNG (matplotlib)
as a data URI, so the file can be mailed, archived and printed (print CSS swaps the interactive
map for the PNG). All article text is HTML-escaped; only http(s) links are clickable.

Example:
    >>> from geo_tracker.report import make_report
    >>> make_report("events.geojson", "report.html", clusters="clusters.geojson")  # doctest: +SKIP
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from geo_tracker import __version__
from geo_tracker.maps import (PERIOD_CHOICES, _col, category_table, date_column, list_value,
                              load_clusters, load_events, make_map, map_html, period_index, styles,
                              target_label, text_column, write_text_atomic)
from geo_tracker.errors import GeoTrackerError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

#: Event rows listed in the report's table (the map and the figures always use all events).
MAX_ROWS = 5000
#: Above this many approximate-area events the PNG draws them as hollow dots, not circles.
MAX_PNG_CIRCLES = 5000
_CTRL_RE = re.compile(r"[\x00-\x20\x7f]")


def esc(value: Any) -> str:
    """HTML-escape any value (None → empty)."""
    if value is None or (not isinstance(value, (str, list, tuple)) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def safe_href(url: str) -> str | None:
    """The URL if it is a plain http(s) URL with a host, else None (shown as text).

    Example:
        >>> safe_href("https://example.org/a?b=1"), safe_href("javascript:alert(1)")
        ('https://example.org/a?b=1', None)
    """
    if not isinstance(url, str) or _CTRL_RE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _links(urls: Iterable[str]) -> str:
    out = []
    for u in urls:
        href = safe_href(u)
        if href:
            out.append(f'<a href="{esc(href)}" rel="noopener noreferrer nofollow" target="_blank">{esc(u)}</a>')
        else:
            out.append(f'<span class="url-text">{esc(u)}</span>')
    return "<br>".join(out)


# --------------------------------------------------------------------------- frame

def _events_frame(gdf: "gpd.GeoDataFrame") -> pd.DataFrame:
    """The columns the report uses, normalised (strings, ISO dates, numbers)."""
    d0 = date_column(_col(gdf, "date_start"))
    d1 = date_column(_col(gdf, "date_end"))
    d0 = d0.where(d0 != "", d1)
    d1 = d1.where(d1 != "", d0)
    df = pd.DataFrame({
        "event_id": text_column(_col(gdf, "event_id")),
        "actor": text_column(_col(gdf, "actor")).map(lambda v: v.strip() or "unknown"),
        "event_type": text_column(_col(gdf, "event_type")).map(lambda v: v.strip() or "other"),
        "target": text_column(_col(gdf, "target")),
        "date_start": d0, "date_end": d1,
        "place_name_ar": text_column(_col(gdf, "place_name_ar")),
        "place_name_en": text_column(_col(gdf, "place_name_en")),
        "admin1": text_column(_col(gdf, "admin1")),
        "geo_precision": pd.to_numeric(_col(gdf, "geo_precision"), errors="coerce").fillna(1).astype(int),
        "uncertainty_km": pd.to_numeric(_col(gdf, "uncertainty_km"), errors="coerce").fillna(0.0),
        "killed": pd.to_numeric(_col(gdf, "killed"), errors="coerce").astype(float),
        "injured": pd.to_numeric(_col(gdf, "injured"), errors="coerce").astype(float),
        "quote": text_column(_col(gdf, "quote")),
        "background": _col(gdf, "background").map(lambda v: v is True or str(v).lower() in ("true", "1")),
        "lat": gdf.geometry.y.to_numpy(dtype=float), "lon": gdf.geometry.x.to_numpy(dtype=float),
    }, index=gdf.index)
    art = text_column(_col(gdf, "article_id"))
    df["sources"] = [list_value(v) or ((a,) if a else ()) for v, a in zip(_col(gdf, "sources"), art)]
    df["urls"] = [list_value(v) for v in _col(gdf, "urls")]
    return df.reset_index(drop=True)


def _label(kind: str, code: str) -> str:
    entry = styles()[kind].get(code)
    return entry["en"] if entry else code


# --------------------------------------------------------------------------- timeline SVG

def _nice_step(vmax: float, ticks: int = 5) -> int:
    if vmax <= ticks:
        return 1
    raw = vmax / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return int(m * mag)
    return int(10 * mag)


def timeline_svg(df: pd.DataFrame, period: str = "month", width: int = 920, height: int = 300) -> str:
    """An inline SVG of events per period, stacked by actor (colours as on the map)."""
    if not len(df):
        return '<p class="empty">No events.</p>'
    codes, periods = period_index(df["date_start"], period)
    act, actors = category_table(df["actor"], "actor")
    counts = np.zeros((len(periods), len(actors)), dtype=int)
    np.add.at(counts, (codes, act), 1)
    totals = counts.sum(axis=1)
    left, right, top, bottom = 48, 12, 34, 44
    pw, ph = width - left - right, height - top - bottom
    step = _nice_step(float(totals.max()))
    ymax = step * math.ceil(totals.max() / step) or 1
    bw = pw / len(periods)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="Events per {esc(period)} by actor">']
    # legend
    x = left
    for a in actors:
        parts.append(f'<rect x="{x}" y="8" width="11" height="11" fill="{a["color"]}" stroke="#333" stroke-width="0.5"/>'
                     f'<text x="{x + 15}" y="18" class="lg">{esc(a["en"])}</text>')
        x += 24 + 6.3 * len(a["en"])
    # grid and y axis
    for v in range(0, int(ymax) + 1, step):
        y = top + ph - v / ymax * ph
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" class="ax" text-anchor="end">{v}</text>')
    # bars
    for i, p in enumerate(periods):
        y = top + ph
        x0 = left + i * bw + bw * 0.1
        for j, a in enumerate(actors):
            c = counts[i, j]
            if not c:
                continue
            h = c / ymax * ph
            y -= h
            parts.append(f'<rect x="{x0:.1f}" y="{y:.1f}" width="{bw * 0.8:.1f}" height="{h:.1f}" '
                         f'fill="{a["color"]}"><title>{esc(p["key"])} · {esc(a["en"])}: {c}</title></rect>')
    # x labels (at most ~14)
    every = max(1, math.ceil(len(periods) / 14))
    for i, p in enumerate(periods):
        if i % every:
            continue
        xc = left + (i + 0.5) * bw
        parts.append(f'<text x="{xc:.1f}" y="{top + ph + 16}" class="ax" text-anchor="middle">{esc(p["key"])}</text>')
    parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" class="axis"/>')
    parts.append(f'<text x="{left + pw / 2}" y="{height - 6}" class="ax" text-anchor="middle">'
                 f'{esc(period)} (by start date)</text></svg>')
    return "".join(parts)


# --------------------------------------------------------------------------- static PNG

def static_map_png(df: pd.DataFrame, clusters: "gpd.GeoDataFrame | None" = None,
                   title: str | None = None) -> bytes:
    """A print-quality PNG: governorates/districts, events coloured by actor, uncertainty circles."""
    import geopandas as gpd
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PatchCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Ellipse

    from geo_tracker.maps import admin_paths

    a1_path, a2_path = admin_paths()
    a1, a2 = gpd.read_file(a1_path).to_crs(4326), gpd.read_file(a2_path).to_crs(4326)
    fig = Figure(figsize=(8.2, 7.0), dpi=120)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    a1.plot(ax=ax, color="#f4f1ea", edgecolor="none")
    a2.boundary.plot(ax=ax, color="#b5bcc2", linewidth=0.4)
    a1.boundary.plot(ax=ax, color="#5b6670", linewidth=0.9)
    for _, r in a1.iterrows():
        p = r.geometry.representative_point()
        ax.annotate(str(r.get("NAME_EN") or ""), (p.x, p.y), ha="center", va="center", fontsize=6.5,
                    color="#56606a")
    if len(df):
        act, actors = category_table(df["actor"], "actor")
        area = (df["geo_precision"] >= 2) & (df["uncertainty_km"] > 0)
        if 0 < int(area.sum()) <= MAX_PNG_CIRCLES:
            patches, colors = [], []
            for lat, lon, r, a in zip(df["lat"][area], df["lon"][area], df["uncertainty_km"][area], act[area.to_numpy()]):
                w = 2 * r / (111.32 * max(math.cos(math.radians(lat)), 0.1))
                patches.append(Ellipse((lon, lat), w, 2 * r / 110.57))
                colors.append(actors[a]["color"])
            ax.add_collection(PatchCollection(patches, facecolors=[c + "22" for c in colors],
                                              edgecolors=colors, linestyles="--", linewidths=0.8))
        size = 16 if len(df) < 2000 else 4
        for j, a in enumerate(actors):
            sel = act == j
            exact = sel & ~area.to_numpy()
            approx = sel & area.to_numpy()
            ax.scatter(df["lon"][exact], df["lat"][exact], s=size, c=a["color"], edgecolors="#222",
                       linewidths=0.4, label=f'{a["en"]} ({int(sel.sum())})', zorder=3)
            ax.scatter(df["lon"][approx], df["lat"][approx], s=size * 0.6, facecolors="none",
                       edgecolors=a["color"], linewidths=0.8, zorder=3)
        ax.legend(loc="lower right", fontsize=7, frameon=True, framealpha=0.9, title="Actor (events)",
                  title_fontsize=7.5)
    if clusters is not None and len(clusters):
        poly = clusters[clusters.geom_type.isin(["Polygon", "MultiPolygon"])]
        if len(poly):
            poly.boundary.plot(ax=ax, color="#222", linewidth=1.1, linestyle="--", zorder=4)
        for _, r in clusters.iterrows():
            p = r.geometry.representative_point() if r.geometry is not None else None
            rk = pd.to_numeric(pd.Series([r.get("radius_km")]), errors="coerce").iloc[0]
            if p is not None and r.geometry.geom_type == "Point" and rk > 0:
                ax.add_patch(Ellipse((p.x, p.y), 2 * rk / (111.32 * math.cos(math.radians(p.y))),
                                     2 * rk / 110.57, fill=False, ec="#222", lw=1.1, ls="--", zorder=4))
            if p is not None:
                ax.annotate(f"C{r.get('cluster_id', '')}", (p.x, p.y), fontsize=7, weight="bold", zorder=5,
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#333", "lw": 0.5})
    x0, y0, x1, y1 = a1.total_bounds
    ax.set_xlim(x0 - 0.2, x1 + 0.2)
    ax.set_ylim(y0 - 0.2, y1 + 0.2)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_facecolor("#d9e6ee")
    ax.tick_params(labelsize=7)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.text(0.01, 0.01, "Dashed circles: approximate locations (radius = uncertainty). Boundaries: OCHA.",
            transform=ax.transAxes, fontsize=6, color="#444")
    if title:
        ax.set_title(title, fontsize=10)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()


# --------------------------------------------------------------------------- tables

def _table(headers: list[str], rows: Iterable[list[str]], cls: str = "") -> str:
    """Rows are already-escaped HTML cells (build them with ``esc``)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _num(v: float) -> str:
    return "" if v is None or pd.isna(v) else f"{int(v):,}"


def _swatch(kind: str, code: str) -> str:
    c = styles()[kind].get(code, {}).get("color", "#999999")
    return f'<span class="sw" style="background:{c}"></span>'


def _by_actor(df: pd.DataFrame) -> str:
    rows = []
    for code, g in sorted(df.groupby("actor"), key=lambda kv: -len(kv[1])):
        d = g["date_start"][g["date_start"] != ""]
        rows.append([f"<td>{_swatch('actor', code)}{esc(_label('actor', code))}</td>",
                     f'<td dir="rtl" lang="ar">{esc(styles()["actor"].get(code, {}).get("ar", ""))}</td>',
                     f'<td class="n">{len(g):,}</td>', f'<td class="n">{_num(g["killed"].sum(min_count=1))}</td>',
                     f'<td class="n">{_num(g["injured"].sum(min_count=1))}</td>',
                     f"<td>{esc(d.min() if len(d) else '')}</td>", f"<td>{esc(d.max() if len(d) else '')}</td>"])
    return _table(["Actor", "", "Events", "Killed", "Injured", "First", "Last"], rows, "summary")


def _by_admin1(df: pd.DataFrame) -> str:
    rows = []
    for name, g in sorted(df.groupby("admin1"), key=lambda kv: -len(kv[1])):
        top = g["actor"].value_counts().head(3)
        main = ", ".join(f"{_label('actor', a)} {n}" for a, n in top.items())
        rows.append([f"<td>{esc(name or '(unknown)')}</td>", f'<td class="n">{len(g):,}</td>',
                     f'<td class="n">{_num(g["killed"].sum(min_count=1))}</td>', f"<td>{esc(main)}</td>"])
    return _table(["Governorate", "Events", "Killed", "Main actors"], rows, "summary")


def _events_table(df: pd.DataFrame, max_rows: int) -> str:
    order = df.assign(_d=df["date_start"].replace("", "9999")).sort_values(["_d", "actor"], kind="stable")
    rows = []
    for r in order.head(max_rows).itertuples(index=False):
        date = r.date_start if r.date_start == r.date_end else f"{r.date_start} – {r.date_end}"
        prec = "exact" if r.geo_precision <= 1 else f"±{r.uncertainty_km:g} km"
        ctx = ' <span class="ctx">(context)</span>' if r.background else ""
        rows.append([
            f'<td class="date">{esc(date)}</td>',
            f"<td>{_swatch('actor', r.actor)}{esc(_label('actor', r.actor))}</td>",
            f"<td>{esc(_label('event_type', r.event_type))}{ctx}</td>",
            f"<td>{esc(target_label(r.target)['en'] if r.target else '')}</td>",
            f'<td>{esc(r.place_name_en)}<br><span dir="rtl" lang="ar">{esc(r.place_name_ar)}</span></td>',
            f"<td>{esc(r.admin1)}</td>", f"<td>{esc(prec)}</td>",
            f'<td class="n">{_num(r.killed)}</td>', f'<td class="n">{_num(r.injured)}</td>',
            f'<td class="quote" dir="rtl" lang="ar">{esc(r.quote)}</td>',
            f'<td class="src">{esc("; ".join(r.sources))}{"<br>" if r.urls else ""}{_links(r.urls)}</td>',
        ])
    return _table(["Date", "Actor", "Type", "Target", "Place", "Governorate", "Location", "Killed",
                   "Injured", "Quote", "Sources"], rows, "events")


def _clusters_table(clusters: "gpd.GeoDataFrame") -> str:
    rows = []
    for _, r in clusters.iterrows():
        actors = [p.strip() for a in list_value(r.get("actors")) for p in a.split(";") if p.strip()]
        d0 = date_column(pd.Series([r.get("date_start")])).iloc[0]
        d1 = date_column(pd.Series([r.get("date_end")])).iloc[0]
        rk = pd.to_numeric(pd.Series([r.get("radius_km")]), errors="coerce").iloc[0]
        n = pd.to_numeric(pd.Series([r.get("n_events")]), errors="coerce").iloc[0]
        rows.append([f"<td>{esc(r.get('cluster_id'))}</td>",
                     f"<td>{esc(', '.join(_label('actor', a) for a in actors))}</td>",
                     f'<td class="n">{_num(n)}</td>', f"<td>{esc(d0)}</td>", f"<td>{esc(d1)}</td>",
                     f'<td class="n">{"" if math.isnan(rk) else f"{rk:.1f}"}</td>'])
    return _table(["Cluster", "Actors", "Events", "From", "To", "Radius (km)"], rows, "clusters")


def _figures(df: pd.DataFrame, clusters: "gpd.GeoDataFrame | None") -> str:
    d = pd.concat([df["date_start"], df["date_end"]])
    d = d[d != ""]
    items = [
        (f"{len(df):,}", "events"),
        (f"{d.min()} – {d.max()}" if len(d) else "—", "dates"),
        (f"{df['actor'].nunique():,}", "actors"),
        (f"{df['place_name_en'].replace('', np.nan).nunique():,}", "places"),
        (_num(df["killed"].sum(min_count=1)) or "—", f"killed (reported in {int(df['killed'].notna().sum()):,} events)"),
        (_num(df["injured"].sum(min_count=1)) or "—", f"injured (reported in {int(df['injured'].notna().sum()):,} events)"),
        (f"{int((df['geo_precision'] >= 2).sum()):,}", "approximate locations"),
    ]
    if clusters is not None:
        items.append((f"{len(clusters):,}", "clusters"))
    return '<div class="figures">' + "".join(
        f'<div class="fig"><span class="num">{esc(a)}</span><span class="lbl">{esc(b)}</span></div>'
        for a, b in items) + "</div>"


_CSS = """
:root { --ink: #1d232a; --muted: #5b6670; --rule: #d8dde2; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1280px; padding: 16px 24px 40px; }
[lang=ar] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", Arial, sans-serif; }
h1 { font-size: 22px; margin: 4px 0; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); }
.meta { color: var(--muted); margin: 0 0 12px; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; }
.fig { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 12px; min-width: 120px; }
.fig .num { display: block; font-size: 19px; font-weight: 650; }
.fig .lbl { color: var(--muted); font-size: 12px; }
.mapframe { width: 100%; height: 70vh; min-height: 460px; border: 1px solid var(--rule); border-radius: 6px; }
.static-map { display: none; margin: 0; } .static-map img { max-width: 100%; }
svg.timeline { max-width: 100%; height: auto; font-size: 11px; }
svg.timeline .grid { stroke: #e5e8eb; } svg.timeline .axis { stroke: #888; }
svg.timeline .ax { fill: #555; font-size: 10.5px; } svg.timeline .lg { fill: #333; font-size: 11px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 6px; text-align: start; vertical-align: top; }
thead th { background: #f3f5f7; position: sticky; top: 0; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
table.summary { width: auto; min-width: 50%; }
td.quote { min-width: 260px; max-width: 420px; font-size: 13.5px; }
td.src { overflow-wrap: anywhere; max-width: 220px; } td.date { white-space: nowrap; }
.sw { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 1px solid #333;
  margin-inline-end: 5px; vertical-align: -1px; }
.ctx, .note { color: var(--muted); font-size: 12px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5px; }
  .mapframe { display: none; }
  .static-map { display: block; page-break-inside: avoid; }
  .static-map img { max-height: 170mm; }
  h2 { page-break-after: avoid; }
  tr, .fig, svg { page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"""


def render_report(events: "gpd.GeoDataFrame | str | os.PathLike[str]",
                  clusters: "gpd.GeoDataFrame | str | os.PathLike[str] | None" = None,
                  period: str = "month", title: str | None = None, *, max_rows: int = MAX_ROWS) -> str:
    """The report as an HTML string (see ``make_report``)."""
    if period not in PERIOD_CHOICES:
        raise GeoTrackerError(f"--period must be one of {', '.join(PERIOD_CHOICES)}, not {period!r}")
    gdf = load_events(events)
    cgdf = load_clusters(clusters) if clusters is not None else None
    df = _events_frame(gdf)
    src_name = Path(str(events)).name if isinstance(events, (str, os.PathLike)) else "GeoDataFrame"
    title = title or f"geo-tracker report: {src_name}"
    the_map = map_html(make_map(gdf, by="actor", period=period, offline=True, clusters=cgdf, title=title))
    png = base64.b64encode(static_map_png(df, cgdf, title=None)).decode("ascii")
    shown = min(len(df), max_rows)
    note = (f'<p class="note">Showing the first {shown:,} of {len(df):,} events by date; the map and the '
            f"figures include all events.</p>" if shown < len(df) else "")
    sections = [
        f"<header><h1>{esc(title)}</h1><p class=\"meta\">Generated {dt.date.today().isoformat()} by "
        f"geo-tracker {esc(__version__)} from {esc(src_name)}.</p></header>",
        f'<section id="summary"><h2>Summary</h2>{_figures(df, cgdf)}</section>',
        '<section id="map"><h2>Map</h2>'
        f'<iframe class="mapframe" title="Interactive map of the events" '
        f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'srcdoc="{html.escape(the_map, quote=True)}"></iframe>'
        f'<figure class="static-map"><img id="static-map" alt="Static map of the events coloured by actor" '
        f'src="data:image/png;base64,{png}"><figcaption class="note">Events coloured by actor; dashed '
        f"circles are approximate locations.</figcaption></figure></section>",
        f'<section id="timeline"><h2>Events per {esc(period)} by actor</h2>{timeline_svg(df, period)}</section>',
        f'<section id="actors"><h2>By actor</h2>{_by_actor(df)}</section>',
        f'<section id="governorates"><h2>By governorate</h2>{_by_admin1(df)}</section>',
    ]
    if cgdf is not None:
        sections.append(f'<section id="clusters"><h2>Clusters</h2>{_clusters_table(cgdf)}</section>')
    sections.append(f'<section id="events"><h2>Events</h2>{note}{_events_table(df, max_rows)}</section>')
    sections.append("<footer>Casualty totals add up only the figures the sources report (no estimates). "
                    "Locations marked ± are approximate areas with that radius. Colours are fixed per "
                    "actor (Okabe–Ito palette). Boundaries: OCHA.</footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            + "\n".join(sections) + "\n</body>\n</html>\n")


def make_report(events: "gpd.GeoDataFrame | str | os.PathLike[str]", out: str | os.PathLike[str],
                clusters: "gpd.GeoDataFrame | str | os.PathLike[str] | None" = None,
                period: str = "month", title: str | None = None, *, max_rows: int = MAX_ROWS) -> None:
    """Write one self-contained HTML report (atomically; ``"-"`` for stdout).

    Parameters
    ----------
    events : GeoDataFrame or events file.
    out : output HTML path.
    clusters : polygons from ``geo-tracker clusters`` (drawn on the map and listed).
    period : ``week``, ``month`` or ``quarter`` for the timeline and the map's slider.
    title : report title (default from the events file name).
    max_rows : events listed in the table (all events are on the map and in the figures).

    Example:
        >>> make_report("events.geojson", "report.html", period="month")  # doctest: +SKIP
    """
    write_text_atomic(render_report(events, clusters, period, title, max_rows=max_rows), out)
