"""A regression guard on bulletins the seeds do not contain (tests/fixtures/heldout/).

The labels were made by hand before the extractor ever read these files; the guard is set
below today's score so that only a real regression trips it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from etl import config
from etl.extract import extract_bulletin
from etl.parse import parse_file

HELDOUT = config.PROJECT_DIR / "tests" / "fixtures" / "heldout"
SCORER = config.PROJECT_DIR.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval is not beside this checkout")
def test_f1_on_the_heldout_bulletins_stays_above_the_guard(tmp_path: Path) -> None:
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for path in sorted(HELDOUT.glob("*.txt")):
            for record in extract_bulletin(parse_file(path)):
                out.write(json.dumps(record.record(), ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(HELDOUT / "gold"), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    overall = json.loads(result.stdout)["overall"]
    assert overall["gold"] > 380  # every labelled bulletin was scored
    assert overall["f1"] >= 0.9, overall
    assert overall["strict_f1"] >= 0.85, overall
