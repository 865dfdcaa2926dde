"""The suite itself: a test defined twice under one name silently replaces the first (it happened
once in tests/test_events.py and hid ten cases), so every test name in a module is unique."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TESTS = sorted(Path(__file__).parent.glob("test_*.py"))


@pytest.mark.parametrize("path", TESTS, ids=lambda p: p.name)
def test_no_test_is_defined_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                    and n.name.startswith(("test_", "Test")))
    assert [n for n, c in names.items() if c > 1] == []
