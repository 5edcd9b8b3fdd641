"""Golden files: the full extraction of every seed, record by record and field by field.

tests/fixtures/golden/<seed>.jsonl holds what `python -m etl extract seeds/<seed>.txt` printed
when the files were last reviewed: every record, every field of docs/commitment-record.md
(RECORD_FIELDS). Any change to a record — a value, a year, a region, a subject, a record more
or less — fails here with the differences listed, so that no change to the extractor goes by
unseen. After a change has been reviewed and is wanted, rewrite the files and commit them:

    pytest tests/etl/test_golden.py --update-golden
    git diff tests/fixtures/golden/      # review, then commit

Fields beyond the record (confidence, rule, ids) are not compared: they are the extractor's
own bookkeeping and may change without the records changing.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from etl import config
from etl.extract import extract_bulletin
from etl.model import RECORD_FIELDS
from etl.parse import parse_file

GOLDEN = config.PROJECT_DIR / "tests" / "fixtures" / "golden"

Key = tuple[int, str, int]  # (line, value_text, n-th record with that line and value_text)


def keyed(records: list[dict]) -> dict[Key, dict]:
    """Records by where they stand: a line may print the same value twice for two subjects."""
    seen: Counter = Counter()
    out = {}
    for record in records:
        seen[(record["line"], record["value_text"])] += 1
        out[(record["line"], record["value_text"], seen[(record["line"], record["value_text"])])] = record
    return out


def differences(expected: list[dict], actual: list[dict]) -> list[str]:
    """What changed, one line per missing record, new record or changed field."""
    want, got = keyed(expected), keyed(actual)
    out = []
    for key in sorted(want.keys() - got.keys()):
        out.append(f"line {key[0]} {key[1]!r}: missing (was {short(want[key])})")
    for key in sorted(got.keys() - want.keys()):
        out.append(f"line {key[0]} {key[1]!r}: new record ({short(got[key])})")
    for key in sorted(want.keys() & got.keys()):
        for field in RECORD_FIELDS:
            if want[key].get(field) != got[key].get(field):
                out.append(
                    f"line {key[0]} {key[1]!r}: {field} {want[key].get(field)!r} → {got[key].get(field)!r}"
                )
    return out


def short(record: dict) -> str:
    return ", ".join(
        f"{field}={record[field]!r}" for field in ("kind", "unit", "target_year", "region", "subject_ko")
    )


def extraction(path: Path) -> list[dict]:
    return [commitment.record() for commitment in extract_bulletin(parse_file(path))]


def read_golden(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_golden(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({field: record[field] for field in RECORD_FIELDS}, ensure_ascii=False)
        for record in records
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_every_seed_has_a_golden_file(seed_paths):
    assert sorted(path.stem for path in GOLDEN.glob("*.jsonl")) == sorted(path.stem for path in seed_paths)


@pytest.mark.parametrize("name", [path.stem for path in sorted((config.PROJECT_DIR / "seeds").glob("*.txt"))])
def test_the_extraction_of_each_seed_matches_its_golden_file(name, seed_paths, request):
    seed = next(path for path in seed_paths if path.stem == name)
    golden = GOLDEN / f"{name}.jsonl"
    actual = extraction(seed)
    if request.config.getoption("--update-golden"):
        write_golden(golden, actual)
        pytest.skip(f"{golden.name} rewritten: review `git diff tests/fixtures/golden/` before committing")
    found = differences(read_golden(golden), actual)
    assert not found, (
        f"{name}: the extraction differs from {golden.relative_to(config.PROJECT_DIR)} in {len(found)} place(s):\n  "
        + "\n  ".join(found)
        + "\nIf the change is wanted, run `pytest tests/etl/test_golden.py --update-golden` and commit the files."
    )


# --- the comparison itself, on records made up for it ---------------------------------------


def record(line: int, value_text: str, **fields) -> dict:
    base = dict.fromkeys(RECORD_FIELDS)
    base.update(line=line, value_text=value_text, kind="target", unit="count", region="Beijing")
    base.update(fields)
    return base


def test_differences_name_the_record_and_the_field():
    before = [record(10, "100개", target_year=2025), record(12, "5%"), record(12, "5%", subject_ko="둘째")]
    after = [record(10, "100개", target_year=2027), record(12, "5%"), record(20, "3곳")]
    assert differences(before, after) == [
        "line 12 '5%': missing (was kind='target', unit='count', target_year=None, region='Beijing', subject_ko='둘째')",
        "line 20 '3곳': new record (kind='target', unit='count', target_year=None, region='Beijing', subject_ko=None)",
        "line 10 '100개': target_year 2025 → 2027",
    ]


def test_fields_beyond_the_record_are_not_compared():
    before = [record(10, "100개")]
    after = [record(10, "100개", confidence="high", rule="forward_verb")]
    assert differences(before, after) == []


def test_the_same_records_have_no_differences():
    records = [record(10, "100개"), record(10, "100개", subject_ko="둘째")]
    assert differences(records, list(records)) == []
