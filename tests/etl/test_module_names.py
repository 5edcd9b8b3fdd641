"""A module-level name is bound once: a second `_REACHED = …` further down a module silently
replaces the first for every function that reads it (this happened, and moved real records), and a
second `def _looking_back(…)` silently replaces the first for every caller (this happened too, and
crashed `explain` on one file; ruff's F811 does not flag a redefinition once the first is used)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[2] / "etl").glob("*.py"))


def bound_twice(source: str) -> list[str]:
    """The module-level constants and functions of `source` bound more than once."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper())
    return [name for name, count in names.items() if count > 1]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_every_module_level_constant_and_function_is_bound_once(module: Path) -> None:
    assert bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_constant_bound_twice_is_found() -> None:
    assert bound_twice("_A = 1\nB = 2\n_A = 3\nlower = 1\nlower = 2\n") == ["_A"]


def test_a_function_defined_twice_is_found() -> None:
    source = "def _f(a):\n    return a\n\n\ndef g():\n    return _f(1)\n\n\ndef _f():\n    return 2\n"
    assert bound_twice(source) == ["_f"]
