"""Where geo-tracker finds its data files (gazetteer, lexicons, reference data).

The data lives at the top of the repository (``data/``) so analysts can read and extend it
without touching code. ``GEO_TRACKER_DATA`` overrides the location.
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Return the data directory (``$GEO_TRACKER_DATA`` or ``<repo>/data``)."""
    env = os.environ.get("GEO_TRACKER_DATA")
    return Path(env) if env else REPO_ROOT / "data"


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteer"


def lexicon_dir() -> Path:
    return data_dir() / "lexicon"


def reference_dir() -> Path:
    return data_dir() / "reference"
