"""The vendored evaluation material (tests/fixtures/eval/) is the shared one, unchanged."""

from __future__ import annotations

import pytest

from etl import config

VENDORED = config.PROJECT_DIR / "tests" / "fixtures" / "eval"
SHARED = config.PROJECT_DIR.parent / "shared" / "eval"


def vendored_files() -> list[str]:
    return sorted(
        str(path.relative_to(VENDORED))
        for path in VENDORED.rglob("*")
        if path.is_file() and path.name != "README.md"
    )


def test_the_scorer_and_the_dev_gold_are_vendored():
    files = vendored_files()
    assert "score.py" in files
    assert {
        "gold/000_1b9d18066b15c3c4.jsonl",
        "gold/001_439e8b69d6656657.jsonl",
        "gold/002_55297f25ffdea184.jsonl",
    } <= set(files)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/eval is not beside this checkout")
@pytest.mark.parametrize("name", vendored_files())
def test_a_vendored_file_equals_the_shared_one(name):
    assert (VENDORED / name).read_bytes() == (SHARED / name).read_bytes(), (
        f"tests/fixtures/eval/{name} differs from ../shared/eval/{name}: copy the shared one again"
    )
