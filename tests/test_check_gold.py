"""The gold checker a labeller runs before a real-text round is scored (scripts/check_gold.py), on a
made-up page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parent.parent / "scripts" / "check_gold.py"
PAGE = "가상성, 물류 거점 확충\n가상성은 2027년까지 물류 거점 40개를 조성할 계획이다.\n"
GOOD = {
    "bulletin": "r0x_made_01", "issue_date": "2025-03-05", "kind": "target", "value": 40, "value_text": "40개",
    "unit": "count", "qualifier": "=", "target_year": 2027, "region": "Hebei", "city": None,
    "sector": "other", "subject_ko": "물류 거점", "confidence": "high", "line": 2,
    "sentence": "가상성은 2027년까지 물류 거점 40개를 조성할 계획이다.",
}  # fmt: skip


def check(tmp_path: Path, records: list[dict], meta: dict | None = None) -> subprocess.CompletedProcess:
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "r0x_made_01.txt").write_text(PAGE, encoding="utf-8")
    gold = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (tmp_path / "gold" / "r0x_made_01.jsonl").write_text(gold, encoding="utf-8")
    meta = meta or {"url": "https://example.org/1", "issue_date": "2025-03-05", "description": "made up"}
    (tmp_path / "gold" / "r0x_made_01.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return subprocess.run([sys.executable, str(CHECKER), str(tmp_path)], capture_output=True, text=True)


def test_a_well_formed_label_passes(tmp_path: Path) -> None:
    done = check(tmp_path, [GOOD])
    assert done.returncode == 0 and "r0x_made_01: ok" in done.stdout


def test_a_page_with_no_commitment_passes_with_an_empty_file(tmp_path: Path) -> None:
    assert check(tmp_path, []).returncode == 0


def test_each_kind_of_error_is_named(tmp_path: Path) -> None:
    bad = dict(GOOD, line=1, value_text="4O개", region="Atlantis", sector="robots", qualifier="≥")
    del bad["confidence"]
    done = check(tmp_path, [bad], meta={"url": "https://example.org/1", "issue_date": "5 March"})
    assert done.returncode == 1
    for reason in (
        "meta.json lacks description",
        "meta issue_date not YYYY-MM-DD",
        "field confidence missing",
        "region 'Atlantis' not in the list",
        "sector 'robots' not in the list",
        "qualifier must be",
        "sentence is not line 1 of the text",
        "value_text '4O개' not in the sentence",
    ):
        assert reason in done.stdout, (reason, done.stdout)


def test_a_unit_as_printed_is_named_with_the_records_unit(tmp_path: Path) -> None:
    # "3억5000만kW" labelled as 350000000 kW: the record keeps power in GW (350), so the label could
    # never match; a count of things labelled with its counter (개) likewise.
    in_kw = dict(GOOD, unit="kW", value=350_000_000)
    in_counter = dict(GOOD, unit="개")
    done = check(tmp_path, [in_kw, in_counter])
    assert done.returncode == 1
    assert "record 1: unit 'kW' is as printed; the record's unit is 'GW' (value ÷ 1000000)" in done.stdout
    assert "record 2: unit '개' is as printed; the record's unit is 'count' (value ÷ 1)" in done.stdout
