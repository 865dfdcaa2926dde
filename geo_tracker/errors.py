"""Exceptions a user can cause. Each carries one clear line for stderr."""
from __future__ import annotations


class GeoTrackerError(Exception):
    """Bad input or usage: the CLI prints the message on one line and exits 1."""


class InputError(GeoTrackerError):
    """A path or file cannot be read as input (missing, empty, binary, undecodable)."""


class OutputError(GeoTrackerError):
    """An output cannot be written (missing directory, read-only, unknown format)."""


class PartialSuccess(Exception):
    """Some items were skipped (each already named on stderr); the rest was written: exit 2."""
