"""``geo-tracker extract``: articles → deduplicated events file."""
from __future__ import annotations

import sys

import click

from geo_tracker.cli.options import output_opt, paths_arg, published_opt
from geo_tracker.errors import PartialSuccess


def report_skip(s) -> None:
    """Name one skipped article on stderr (one line)."""
    where = f"{s.path}" + (f":{s.line}" if getattr(s, "line", None) else "")
    click.echo(f"geo-tracker: skipped {where}: {s.reason}", err=True)


@click.command()
@paths_arg
@output_opt
@published_opt
@click.option("--mentions", "mentions_path", type=click.Path(path_type=str), default=None,
              help="Also write the toponym mentions as JSON Lines to this file.")
@click.option("--include-background", is_flag=True, help="Keep history/context events (background=true).")
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "csv", "parquet", "acled"]),
              default=None, help="Output format (default: from OUTPUT's suffix). 'acled' = ACLED-style CSV.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], output: str, published, mentions_path: str | None,
            include_background: bool, fmt: str | None, jobs: int) -> None:
    """Extract events from articles (.txt, .jsonl, directories) into OUTPUT.

    \b
    Examples:
      geo-tracker extract seeds/ -o events.geojson
      geo-tracker extract news.jsonl -o events.gpkg --published 2025-12-20 -j 2
      geo-tracker extract seeds/ -o - | jq '.features | length'
      geo-tracker extract seeds/ -o acled.csv --format acled
    """
    from geo_tracker.io import check_output, write_events, write_jsonl
    from geo_tracker.pipeline import extract as run

    check_output(output, fmt)
    if mentions_path:
        check_output(mentions_path, "jsonl")
    all_mentions: list[dict] = []
    quiet = (ctx.obj or {}).get("quiet", False)
    res = run(list(paths), published=published, include_background=include_background, jobs=jobs,
              on_skip=report_skip,
              on_mentions=(lambda ms: all_mentions.extend(m.to_dict() for m in ms)) if mentions_path else None,
              progress=not quiet and sys.stderr.isatty())
    write_events(res.events, output, fmt=fmt)
    if mentions_path:
        write_jsonl(all_mentions, mentions_path)
    if not quiet:
        click.echo(f"geo-tracker: {res.summary()}", err=True)
    if res.skipped:
        raise PartialSuccess(f"{len(res.skipped)} article(s) skipped; the rest was written to {output}")
