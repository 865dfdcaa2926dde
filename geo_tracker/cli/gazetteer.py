"""``geo-tracker gazetteer``: look up, validate, count and rebuild the Syria gazetteer.

A thin layer over :mod:`geo_tracker.gazetteer` (same names: ``lookup``, ``validate``,
``stats``, ``build``).
"""
from __future__ import annotations

import json

import click

from geo_tracker.errors import GeoTrackerError

_dir_opt = click.option("--dir", "directory", default=None, metavar="DIR",
                        type=click.Path(file_okay=False, path_type=str),
                        help="Gazetteer directory (default: data/gazetteer).")


def _load(directory: str | None):
    from geo_tracker import gazetteer as gz

    return gz.Gazetteer.load(directory) if directory else gz.load_default()


@click.group("gazetteer")
def gazetteer() -> None:
    """Look up, validate, count and rebuild the Syria gazetteer.

    \b
    Example:
      geo-tracker gazetteer lookup "وبالسخنة"
      geo-tracker gazetteer lookup الطيبة --admin1 Homs
      geo-tracker gazetteer validate
    """


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--admin1", default=None, metavar="GOV",
              help="Prefer places in this governorate (Homs, Deir-ez-Zor, حمص …).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1),
              help="Maximum number of candidates.")
@click.option("--geocode", "geocode_online", is_flag=True,
              help="Opt in: when the gazetteer has no match, ask OpenStreetMap's Nominatim (geopy; "
                   "network, rate-limited, cached). Results are marked as not curated.")
@click.option("--geocoder-domain", default="nominatim.openstreetmap.org", show_default=True,
              help="Nominatim server for --geocode.")
@_dir_opt
def lookup(name: str, admin1: str | None, limit: int, directory: str | None, geocode_online: bool,
           geocoder_domain: str) -> None:
    """Resolve NAME (Arabic with clitics, or English) to candidates, best first (JSON).

    \b
    Example:
      geo-tracker gazetteer lookup لتدمر
      geo-tracker gazetteer lookup Palmyra --limit 3
    """
    if not name.strip():
        raise click.BadParameter("empty name", param_hint="NAME")
    gaz = _load(directory)
    results = gaz.lookup(name, admin1=admin1, limit=limit)
    out = []
    for place, score in results:
        d = place.to_dict()
        d["score"] = score
        out.append(d)
    if not out and geocode_online:
        from geo_tracker.geocode import geocode

        scheme = "http" if geocoder_domain.startswith(("127.", "localhost")) else "https"
        out = [dict(g.to_dict(), curated=False)
               for g in geocode(name, limit=limit, domain=geocoder_domain, scheme=scheme)]
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if not out:
        click.echo(f"no place named {name!r}", err=True)


@gazetteer.command("validate")
@_dir_opt
def validate(directory: str | None) -> None:
    """Check the gazetteer: points inside Syria (30 km border allowance), sources, unique ids,
    radii, kinds, numeric coordinates. Exit 1 on any problem.

    \b
    Example:
      geo-tracker gazetteer validate
    """
    from geo_tracker import gazetteer as gz

    gaz = _load(directory)
    problems = gz.validate(gaz)
    for p in problems:
        click.echo(p)
    if problems:
        raise GeoTrackerError(f"gazetteer invalid: {len(problems)} problem(s)")
    click.echo(f"ok: {len(gaz)} places ({len(gaz.curated_ids)} curated), no problems")


@gazetteer.command("stats")
@_dir_opt
def stats(directory: str | None) -> None:
    """Counts per kind, governorate and source dataset (JSON).

    \b
    Example:
      geo-tracker gazetteer stats
    """
    from geo_tracker import gazetteer as gz

    click.echo(json.dumps(gz.stats(_load(directory)), ensure_ascii=False, indent=2))


@gazetteer.command("build")
@click.option("--reference", "reference", default=None, metavar="DIR",
              type=click.Path(file_okay=False, path_type=str),
              help="Reference data directory (default: data/reference).")
@click.option("--out", "out", default=None, metavar="DIR",
              type=click.Path(file_okay=False, path_type=str),
              help="Output directory (default: data/gazetteer).")
def build(reference: str | None, out: str | None) -> None:
    """Rebuild places.csv and the admin polygons from the reference data (reproducible).

    \b
    Example:
      geo-tracker gazetteer build
      geo-tracker gazetteer build --out /tmp/gaz
    """
    from geo_tracker import gazetteer as gz

    counts = gz.build(reference, out)
    click.echo(json.dumps(counts), err=True)
