"""``geo-tracker clusters``: spatial / space-time clusters of events, polygons and a table."""
from __future__ import annotations

import json

import click

from geo_tracker.cli.options import output_opt


@click.command("clusters")
@click.argument("events", type=click.Path(path_type=str))
@output_opt
@click.option("--method", type=click.Choice(["dbscan", "hdbscan", "st-dbscan"]), default="dbscan",
              show_default=True, help="Clustering method (great-circle distance).")
@click.option("--eps-km", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Neighbourhood radius in km [dbscan/st-dbscan: 25; hdbscan: unused unless "
                   "given, then cluster_selection_epsilon].")
@click.option("--min-events", type=click.IntRange(min=1), default=5, show_default=True,
              help="Events that make a dense core (hdbscan: smallest cluster).")
@click.option("--days", type=click.FloatRange(min=0), default=None,
              help="st-dbscan time window: neighbours at most D days apart [7].")
@click.option("--by-actor", is_flag=True, help="Cluster each actor separately.")
@click.option("--precision3", type=click.Choice(["exclude", "downweight", "include"]),
              default="exclude", show_default=True,
              help="What to do with geo_precision 3 events (a whole area, not a place).")
@click.option("--hull", type=click.Choice(["convex", "concave"]), default="convex",
              show_default=True, help="Cluster polygon shape (buffered by event uncertainty).")
@click.option("--table", "table_path", type=click.Path(path_type=str), default=None,
              help="Also write the summary table as CSV.")
@click.option("--labels", "labels_path", type=click.Path(path_type=str), default=None,
              help="Write the events back with a cluster_id column (-1 noise, empty when "
                   "excluded); any events format: .geojson, .gpkg, .csv, .parquet.")
@click.option("--suggest", is_flag=True,
              help="Also print the k-distance curve summary and a suggested --eps-km.")
@click.option("--significance", "signif", is_flag=True,
              help="Also print Clark–Evans, Ripley's L envelope and Gi* hot spots.")
@click.option("--area", type=click.Choice(["syria", "hull"]), default="syria", show_default=True,
              help="Study area for --significance.")
@click.option("--distinct-places", is_flag=True,
              help="--significance on distinct locations (events geocoded to one place count once).")
@click.option("--n-sim", type=click.IntRange(min=1), default=99, show_default=True,
              help="Simulations / permutations for --significance.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed for --significance.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the results as JSON on stdout instead of text.")
def clusters(events: str, output: str, method: str, eps_km: float | None, min_events: int,
             days: float | None, by_actor: bool, precision3: str, hull: str,
             table_path: str | None, labels_path: str | None, suggest: bool, signif: bool,
             area: str, distinct_places: bool, n_sim: int, seed: int, as_json: bool) -> None:
    """Cluster EVENTS in space or space-time; write cluster polygons to OUTPUT.

    OUTPUT is .geojson or .gpkg (by suffix; '-' writes the GeoJSON to stdout and the summary
    to stderr). Each polygon is the hull of its events buffered by
    their location uncertainty, with cluster_id, actors, n_events, date_start, date_end,
    centroid, radius_km and killed_total. The summary table goes to stdout (and --table CSV).

    \b
    Example:
      geo-tracker clusters events.geojson -o clusters.geojson --eps-km 20 --min-events 5
      geo-tracker clusters events.gpkg -o st.gpkg --method st-dbscan --eps-km 15 --days 10 \\
          --by-actor --labels events_labelled.gpkg --table clusters.csv --significance
    """
    from geo_tracker import clusters as lib
    from geo_tracker.errors import OutputError

    if days is not None and method != "st-dbscan":
        raise click.UsageError("--days needs --method st-dbscan")
    to_stdout = output == "-"
    if to_stdout and as_json:
        raise click.UsageError("-o - already writes GeoJSON to stdout; drop --json")
    # fail before the work, not after it
    if not to_stdout:
        lib.check_output_path(output, lib.LAYER_SUFFIXES)
    if labels_path:
        lib.check_output_path(labels_path, lib.labels_suffixes())
    if table_path:
        lib.check_output_path(table_path, (".csv",))
    gdf = lib.read_events_any(events)
    result = lib.cluster_events(gdf, method=method, eps_km=eps_km, min_events=min_events,
                                days=days, by_actor=by_actor, precision3=precision3, hull=hull)
    if to_stdout:
        click.echo(result.hulls.to_json(drop_id=True, ensure_ascii=False, na="null"))
    else:
        lib.write_layer(result.hulls, output, layer="clusters")
    if labels_path:
        lib.write_labelled(gdf, result, labels_path)
    if table_path:
        _write_csv(result.table, table_path, OutputError)

    sugg = lib.suggest_eps(gdf, min_events=min_events, precision3=precision3) if suggest else None
    sig = (lib.significance(gdf, area=area, n_sim=n_sim, seed=seed, precision3=precision3,
                            distinct_places=distinct_places) if signif else None)
    if as_json:
        doc = {"params": result.params, "excluded": result.excluded,
               "excluded_reasons": result.excluded_reasons,
               "clusters": json.loads(result.table.to_json(orient="records"))}
        if sugg is not None:
            doc["suggest"] = {"k": sugg.k, "eps_km": sugg.eps_km, "knee_rank": sugg.knee_rank,
                              "percentiles_km": sugg.percentiles}
        if sig is not None:
            doc["significance"] = sig.to_dict()
        click.echo(json.dumps(doc, ensure_ascii=False, default=str, indent=1))
        return
    # the readable summary goes to stdout, or to stderr when stdout carries the GeoJSON
    click.echo(result.summary(), err=to_stdout)
    if sugg is not None:
        click.echo("", err=to_stdout)
        click.echo(sugg.summary(), err=to_stdout)
    if sig is not None:
        click.echo("", err=to_stdout)
        click.echo(sig.summary(), err=to_stdout)


def _write_csv(table, path: str, error_cls=None) -> None:
    """The summary table as CSV, written atomically (``io.atomic_write``)."""
    from geo_tracker.io import atomic_write

    with atomic_write(path, "w", encoding="utf-8", newline="") as f:
        table.to_csv(f, index=False)
