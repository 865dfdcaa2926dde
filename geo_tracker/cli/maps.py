"""``geo-tracker map``: an interactive Leaflet map of events (see ``geo_tracker.maps``)."""
from __future__ import annotations

import click

from geo_tracker.cli.options import output_opt


@click.command("map")
@click.argument("events", type=click.Path(path_type=str))
@output_opt
@click.option("--by", type=click.Choice(["actor", "event_type"]), default="actor", show_default=True,
              help="One layer and colour per actor or per event type.")
@click.option("--period", type=click.Choice(["week", "month", "quarter"]), default=None,
              help="Add a period slider (events per week, month or quarter).")
@click.option("--offline", is_flag=True,
              help="No tiles: draw governorate/district boundaries; the file needs no network.")
@click.option("--clusters", "clusters", type=click.Path(path_type=str), default=None, metavar="FILE",
              help="Cluster polygons from 'geo-tracker clusters' to draw with labels.")
@click.option("--heatmap", is_flag=True, help="Add a density heatmap overlay.")
@click.option("--title", default=None, help="Map title (default: a summary of the events).")
def map_cmd(events: str, output: str, by: str, period: str | None, offline: bool,
            clusters: str | None, heatmap: bool, title: str | None) -> None:
    """Draw EVENTS (GeoJSON, GPKG, CSV, Parquet; '-' for stdin) as an HTML map.

    \b
    Example:
      geo-tracker map events.geojson -o maps/events.html --by actor --period month
      geo-tracker map events.geojson -o maps/offline.html --offline --clusters clusters.geojson
    """
    from geo_tracker.maps import make_map, write_map

    m = make_map(events, by=by, period=period, offline=offline, clusters=clusters,
                 heatmap=heatmap, title=title)
    write_map(m, output)
