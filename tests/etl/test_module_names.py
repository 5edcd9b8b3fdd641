"""A module-level constant is bound once: a second `_REACHED = …` further down a module silently
replaces the first for every function that reads it (this happened, and moved real records)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[2] / "etl").glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_every_module_level_constant_is_bound_once(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_a_constant_bound_twice_is_found(tmp_path: Path) -> None:
    tree = ast.parse("_A = 1\nB = 2\n_A = 3\n")
    names = Counter(t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets)
    assert names["_A"] == 2
