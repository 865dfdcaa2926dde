"""Shared fixtures. Module-specific fixtures live in their own test modules."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
TEST_DATA = REPO / "tests" / "data"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def console_script() -> str:
    """Path of the installed ``geo-tracker`` console script (same venv as the tests)."""
    exe = Path(sys.executable).parent / "geo-tracker"
    if exe.exists():
        return str(exe)
    found = shutil.which("geo-tracker")
    if not found:
        raise RuntimeError("geo-tracker console script is not installed in this environment")
    return found
