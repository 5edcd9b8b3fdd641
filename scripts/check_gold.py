#!/usr/bin/env python3
"""Check the hand labels of a real-text round before it is scored (tests/fixtures/realtext/LABELLING.md).

    python3 scripts/check_gold.py ROUND_DIR [STEM ...]

Every <stem>.txt needs gold/<stem>.jsonl (empty for a page with no commitment) and
gold/<stem>.meta.json ({"url", "issue_date", "description"}). Every record has the fields below, its
sentence is line `line` of the text (trimmed), its value_text stands inside the sentence, and its
kind, qualifier, region, sector and confidence are among the record's values
(../shared/docs/commitment-record.md), and its unit is the record's, not one as printed ("kW" is kept
in GW, "톤" in t: etl/data/units.csv). Standard library only: labellers run it without the venv.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "etl" / "data"


def _names(file: str) -> set[str]:
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        return {row["name_en"] for row in csv.DictReader(fh)}


# The record's values come from the extractor's own reference data (one home for each list).
REGIONS = {"National"} | _names("provinces.csv") | _names("economic_regions.csv")
SECTORS = set(tomllib.loads((DATA / "sectors.toml").read_text(encoding="utf-8"))["sectors"])


def _printed_units() -> dict[str, tuple[str, str]]:
    """A unit as printed ("kW", "톤", "개") → (the record's unit, what divides the value into it)."""
    with (DATA / "units.csv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh)
        return {
            row["counter"]: (row["unit"], row["divisor"] or "1")
            for row in rows
            if row["counter"] != row["unit"]
        }


# A label in the printed unit ("3억5000만kW" as 350000000 kW) cannot match the record's 350 GW:
# the scorer compares values, so the label must be in the record's unit (LABELLING.md).
PRINTED_UNITS = _printed_units()
REQUIRED = (
    "bulletin",
    "issue_date",
    "kind",
    "value",
    "value_text",
    "unit",
    "qualifier",
    "target_year",
    "region",
    "city",
    "sector",
    "subject_ko",
    "sentence",
    "line",
    "confidence",
)


def check(folder: Path, stem: str) -> list[str]:
    errors = []
    text = (folder / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    meta = folder / "gold" / f"{stem}.meta.json"
    if not meta.is_file():
        errors.append("meta.json missing")
    else:
        m = json.loads(meta.read_text(encoding="utf-8"))
        for key in ("url", "issue_date", "description"):
            if not m.get(key):
                errors.append(f"meta.json lacks {key}")
        if m.get("issue_date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["issue_date"]):
            errors.append("meta issue_date not YYYY-MM-DD")
    gold = folder / "gold" / f"{stem}.jsonl"
    if not gold.is_file():
        return errors + ["gold jsonl missing (create it empty for a page with no commitment)"]
    for n, raw in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        where = f"record {n}"
        try:
            r = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        for key in REQUIRED:
            if key not in r:
                errors.append(f"{where}: field {key} missing")
        if r.get("bulletin") != stem:
            errors.append(f"{where}: bulletin must be {stem!r}")
        if r.get("kind") not in ("target", "funding"):
            errors.append(f"{where}: kind must be target or funding")
        if not isinstance(r.get("value"), (int, float)):
            errors.append(f"{where}: value must be a number")
        if (unit := r.get("unit")) in PRINTED_UNITS:
            canonical, divisor = PRINTED_UNITS[unit]
            errors.append(
                f"{where}: unit {unit!r} is as printed; the record's unit is {canonical!r} (value ÷ {divisor})"
            )
        if r.get("qualifier") not in ("=", ">=", "<=", "~"):
            errors.append(f"{where}: qualifier must be = >= <= ~")
        if r.get("region") not in REGIONS:
            errors.append(f"{where}: region {r.get('region')!r} not in the list")
        if r.get("sector") not in SECTORS:
            errors.append(f"{where}: sector {r.get('sector')!r} not in the list")
        if r.get("confidence") not in ("high", "medium", "low"):
            errors.append(f"{where}: confidence must be high, medium or low")
        ty = r.get("target_year")
        if ty is not None and not (isinstance(ty, int) and 1980 <= ty <= 2100):
            errors.append(f"{where}: target_year must be an int year or null")
        line = r.get("line")
        if not isinstance(line, int) or not 1 <= line <= len(text):
            errors.append(f"{where}: line {line!r} outside the text (1..{len(text)})")
            continue
        if (r.get("sentence") or "").strip() != text[line - 1].strip():
            errors.append(f"{where}: sentence is not line {line} of the text")
        if (r.get("value_text") or "") not in (r.get("sentence") or ""):
            errors.append(f"{where}: value_text {r.get('value_text')!r} not in the sentence")
        for other in r.get("other_lines") or []:
            if not isinstance(other, int) or not 1 <= other <= len(text):
                errors.append(f"{where}: other_lines {other!r} outside the text")
    return errors


def main() -> int:
    folder = Path(sys.argv[1])
    stems = sys.argv[2:] or sorted(p.stem for p in folder.glob("*.txt"))
    bad = 0
    for stem in stems:
        errors = check(folder, stem)
        print(f"{stem}: {'ok' if not errors else 'ERRORS'}")
        for e in errors:
            print(f"  {e}")
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
