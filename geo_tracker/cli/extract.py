"""``geo-tracker extract``: articles → deduplicated events file (and/or an incremental store)."""
from __future__ import annotations

import contextlib
import json
import os
import sys

import click

from geo_tracker.cli.options import paths_arg, published_opt
from geo_tracker.errors import PartialSuccess


def report_skip(s) -> None:
    """Name one skipped article on stderr (one line)."""
    where = f"{s.path}" + (f":{s.line}" if getattr(s, "line", None) else "")
    click.echo(f"geo-tracker: skipped {where}: {s.reason}", err=True)


class SkipReporter:
    """Name every skipped file and the first ``limit`` skipped JSON Lines on stderr, one line
    each; count the other lines by reason and summarise them in ``finish()`` (a corpus where
    every line fails does not flood the terminal with a million identical lines)."""

    def __init__(self, limit: int = 20) -> None:
        self.limit = limit
        self.n = 0
        self.rest: dict[str, int] = {}

    def __call__(self, s) -> None:
        if not getattr(s, "line", None):
            report_skip(s)      # a whole file: always named
            return
        self.n += 1
        if self.n <= self.limit:
            report_skip(s)
        else:
            self.rest[s.reason] = self.rest.get(s.reason, 0) + 1

    def finish(self) -> None:
        if not self.rest:
            return
        more = sum(self.rest.values())
        reason, k = max(self.rest.items(), key=lambda kv: kv[1])
        tail = f"{k} of them: {reason}" if len(self.rest) > 1 else f"all: {reason}"
        click.echo(f"geo-tracker: skipped {more} more article(s) not named ({tail})", err=True)


@click.command()
@paths_arg
@click.option("-o", "--output", "output", default=None, type=click.Path(path_type=str),
              help="Output file ('-' for GeoJSON on stdout). Optional with --append, which "
                   "then also writes the full merged events here.")
@published_opt
@click.option("--mentions", "mentions_path", type=click.Path(path_type=str), default=None,
              help="Also write the toponym mentions as JSON Lines to this file (streamed).")
@click.option("--include-background", is_flag=True, help="Keep history/context events (background=true).")
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "csv", "parquet", "acled"]),
              default=None, help="Output format (default: from OUTPUT's suffix). 'acled' = ACLED-style CSV.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (local engine), or LocalCluster workers (dask engine).")
@click.option("--append", "store", type=click.Path(path_type=str), default=None, metavar="STORE.gpkg",
              help="Incremental store: skip articles already in it (content hash), merge the new "
                   "events into its events (stored ids kept), write it back atomically.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="'dask': one task per input file (JSONL parts, .txt batches) on a dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: a distributed scheduler (tcp://host:8786), or 'sync' / "
                   "'processes' / 'threads'; default a LocalCluster of --jobs workers.")
@click.option("-q", "--quiet", "quiet_cmd", is_flag=True, help="No progress bar and no summary line.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], output: str | None, published,
            mentions_path: str | None, include_background: bool, fmt: str | None, jobs: int,
            store: str | None, engine: str, scheduler: str | None, quiet_cmd: bool) -> None:
    """Extract events from articles (.txt, .jsonl, directories) into OUTPUT and/or a store.

    \b
    Examples:
      geo-tracker extract seeds/ -o events.geojson
      geo-tracker extract news.jsonl -o events.gpkg --published 2025-12-20 -j 2
      geo-tracker extract seeds/ -o - | jq '.features | length'
      geo-tracker extract seeds/ -o acled.csv --format acled
      geo-tracker extract today/ --append archive.gpkg            # only new articles
      geo-tracker extract parts/ --engine dask --scheduler tcp://scheduler-host:8786 -o events.gpkg
    """
    from geo_tracker.io import atomic_write, check_output, write_events
    from geo_tracker.pipeline import extract as run

    if output is None and store is None:
        raise click.UsageError("give -o OUTPUT, --append STORE.gpkg, or both")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    targets = [t for t in (output, mentions_path, store) if t]
    if targets.count("-") > 1:
        raise click.UsageError("only one of -o and --mentions can be '-' (stdout)")
    real = [os.path.realpath(t) for t in targets if t != "-"]
    if len(set(real)) < len(real):
        raise click.UsageError("-o, --mentions and --append must be different files")
    if output is not None:
        check_output(output, fmt)
    if store is not None:
        from geo_tracker.store import check_store

        check_store(store)
    if mentions_path:
        check_output(mentions_path, "jsonl")
    quiet = quiet_cmd or (ctx.obj or {}).get("quiet", False)

    skips = SkipReporter()
    with contextlib.ExitStack() as stack:
        on_mentions = None
        if mentions_path:
            # streamed to a temporary file that replaces MENTIONS only if the run succeeds
            fh = stack.enter_context(atomic_write(mentions_path, newline="\n"))

            def on_mentions(ms) -> None:
                for m in ms:
                    fh.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")

        res = run(list(paths), published=published, include_background=include_background,
                  jobs=jobs, on_skip=skips, on_mentions=on_mentions,
                  progress=not quiet and sys.stderr.isatty(), append=store, engine=engine,
                  scheduler=scheduler)
        if output is not None:
            write_events(res.events, output, fmt=fmt)
    skips.finish()
    if not quiet:
        click.echo(f"geo-tracker: {res.summary()}", err=True)
    if res.skipped:
        where = " and ".join(x for x in (output, store) if x)
        raise PartialSuccess(f"{len(res.skipped)} article(s) skipped; the rest was written to {where}")
