"""``geo-tracker geoparse``: toponym mentions as JSON Lines."""
from __future__ import annotations

import click

from geo_tracker.cli.options import paths_arg, published_opt
from geo_tracker.errors import PartialSuccess


@click.command()
@paths_arg
@click.option("-o", "--output", "output", type=click.Path(path_type=str), default="-", show_default=True,
              help="JSON Lines file ('-' for stdout).")
@published_opt
@click.option("--resolved-only", is_flag=True, help="Leave out unresolved mentions (\"قرية X\" not in the gazetteer).")
def geoparse(paths: tuple[str, ...], output: str, published, resolved_only: bool) -> None:
    """Find and resolve the toponyms of articles; one JSON mention per line.

    \b
    Examples:
      geo-tracker geoparse seeds/004_d910dc413e6c6c9a.txt
      geo-tracker geoparse news.jsonl -o mentions.jsonl
    """
    from geo_tracker.cli.extract import SkipReporter
    from geo_tracker.geoparse import geoparse_paths
    from geo_tracker.io import check_output, write_jsonl

    if output != "-":
        check_output(output, "jsonl")
    skipped = []
    report = SkipReporter()

    def _skip(s):
        skipped.append(s)
        report(s)

    mentions = geoparse_paths(list(paths), published=published, on_skip=_skip,
                              unresolved=not resolved_only)
    write_jsonl((m.to_dict() for m in mentions), output)
    report.finish()
    if skipped:
        raise PartialSuccess(f"{len(skipped)} article(s) skipped")
