"""The ``geo-tracker`` command line: a thin click layer over the library.

Each subcommand lives in its own module under ``geo_tracker.cli`` and calls the public function
of the library module with the same name (``geo-tracker geoparse`` → ``geo_tracker.geoparse``).
Commands are imported lazily so ``geo-tracker --help`` stays fast; third-party packages can add
commands through the ``geo_tracker.commands`` entry-point group.

Exit codes (contract): 0 success, 1 bad input or usage (one line on stderr), 2 partial success.
"""
from __future__ import annotations

import importlib
import logging
import sys
from importlib.metadata import entry_points

import click

from geo_tracker import __version__
from geo_tracker.errors import GeoTrackerError, PartialSuccess

#: command name → "module:function"
COMMANDS = {
    "extract": "geo_tracker.cli.extract:extract",
    "geoparse": "geo_tracker.cli.geoparse:geoparse",
    "gazetteer": "geo_tracker.cli.gazetteer:gazetteer",
    "map": "geo_tracker.cli.maps:map_cmd",
    "report": "geo_tracker.cli.report:report",
    "clusters": "geo_tracker.cli.clusters:clusters",
    "evaluate": "geo_tracker.cli.evaluate:evaluate",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(COMMANDS)
        names.update(ep.name for ep in entry_points(group="geo_tracker.commands"))
        return sorted(names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            for ep in entry_points(group="geo_tracker.commands"):
                if ep.name == name:
                    return ep.load()
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo-tracker")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn Arabic news about strikes in Syria into mapped, dated, attributed events.

    \b
    Example:
      geo-tracker extract seeds/ -o events.geojson
      geo-tracker map events.geojson -o maps/seeds.html --by actor --period month
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="geo-tracker: %(levelname)s: %(message)s", stream=sys.stderr)
    logging.addLevelName(logging.WARNING, "warning")
    logging.addLevelName(logging.ERROR, "error")
    ctx.obj = {"verbose": verbose, "quiet": quiet}


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the CLI and map errors to the contract's exit codes."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        # "geo-tracker geoparse … | head": stop quietly when the reader goes away, like Unix tools
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        rv = cli.main(args=argv, prog_name="geo-tracker", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("geo-tracker: aborted", err=True)
        sys.exit(1)
    except PartialSuccess as e:
        click.echo(f"geo-tracker: {e}", err=True)
        sys.exit(2)
    except click.ClickException as e:
        # UsageError and BadParameter too: the contract says 1 for usage errors.
        msg = e.format_message().replace("\n", " ").strip()
        click.echo(f"geo-tracker: error: {msg}", err=True)
        sys.exit(1)
    except GeoTrackerError as e:
        click.echo(f"geo-tracker: error: {e}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("geo-tracker: interrupted", err=True)
        sys.exit(130)
    sys.exit(rv if isinstance(rv, int) else 0)
