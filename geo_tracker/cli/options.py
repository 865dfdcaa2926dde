"""Options shared by several commands, defined once (rasterio's ``rio/options.py`` habit)."""
from __future__ import annotations

import datetime as dt

import click


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from geo_tracker.dates import parse_date

    d = parse_date(value)
    if d is None:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)", ctx=ctx, param=param)
    return d


# readable=False: an unreadable input is skipped and named by ingest (exit 2), not a usage error
paths_arg = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str, readable=False))
output_opt = click.option("-o", "--output", "output", required=True, type=click.Path(path_type=str),
                          help="Output file ('-' for stdout where the format allows).")
published_opt = click.option("--published", callback=_parse_date, default=None, metavar="DATE",
                             help="Publication date for articles that carry none (YYYY-MM-DD).")
