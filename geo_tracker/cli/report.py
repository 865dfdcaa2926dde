"""``geo-tracker report``: one self-contained HTML analyst report (see ``geo_tracker.report``)."""
from __future__ import annotations

import click

from geo_tracker.cli.options import output_opt


@click.command("report")
@click.argument("events", type=click.Path(path_type=str))
@output_opt
@click.option("--clusters", "clusters", type=click.Path(path_type=str), default=None, metavar="FILE",
              help="Cluster polygons from 'geo-tracker clusters' (map and table).")
@click.option("--period", type=click.Choice(["week", "month", "quarter"]), default="month",
              show_default=True, help="Timeline bins and the map's period slider.")
@click.option("--title", default=None, help="Report title.")
@click.option("--max-rows", type=click.IntRange(min=0), default=5000, show_default=True,
              help="Events listed in the table (the map and figures use all).")
def report(events: str, output: str, clusters: str | None, period: str, title: str | None,
           max_rows: int) -> None:
    """Write an HTML report of EVENTS: map, timeline, tables, clusters, static map image.

    \b
    Example:
      geo-tracker report events.geojson -o report.html --clusters clusters.geojson
    """
    from geo_tracker.report import make_report

    make_report(events, output, clusters=clusters, period=period, title=title, max_rows=max_rows)
