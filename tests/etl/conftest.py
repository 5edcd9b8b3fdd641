"""Scoring an extraction against hand labels, with the vendored scorer (tests/fixtures/eval/)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from etl import config
from etl.extract import extract_bulletin
from etl.parse import parse_file

EVAL_DIR = config.PROJECT_DIR / "tests" / "fixtures" / "eval"
SCORER = EVAL_DIR / "score.py"
SEED_GOLD = EVAL_DIR / "gold"


@pytest.fixture
def score(tmp_path: Path) -> Callable[..., dict]:
    """A function: extract the files, score the records against a gold folder (the seeds' dev
    gold unless told), return the scorer's JSON (overall, fields, bulletins, actuals)."""

    def run(paths: list[Path], gold_dir: Path = SEED_GOLD) -> dict:
        predictions = tmp_path / "pred.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            for path in paths:
                for record in extract_bulletin(parse_file(path)):
                    out.write(json.dumps(record.record(), ensure_ascii=False) + "\n")
        result = subprocess.run(
            [sys.executable, str(SCORER), str(gold_dir), str(predictions), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout)

    return run
