"""``geo-tracker evaluate``: score the pipeline against a gold file."""
from __future__ import annotations

import datetime as dt
import json

import click

from geo_tracker.cli.options import paths_arg, published_opt


@click.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(path_type=str),
              help="Gold annotations (JSON Lines, see docs/DESIGN.md 'Gold format').")
@paths_arg
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--details", is_flag=True,
              help="Also list misses, false positives and far-off resolutions.")
@published_opt
def evaluate(gold: str, paths: tuple[str, ...], as_json: bool, details: bool,
             published: dt.date | None) -> None:
    """Precision / recall / F1 and km error of toponyms and events against GOLD.

    \b
    Example:
      geo-tracker evaluate --gold tests/data/gold/dev.jsonl tests/data/articles/dev
      geo-tracker evaluate --gold tests/data/gold/seeds.jsonl seeds/ --json
    """
    from geo_tracker.evaluate import evaluate as run

    report = run(gold, paths, published=published)
    if as_json:
        click.echo(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format_table(details=details))
