"""Score the extractor on a folder of hand-labelled texts (a real-text round), the way the README's
real-text table was measured.

    .venv/bin/python scripts/score_round.py ROUND_DIR [--verbose]

ROUND_DIR holds the texts (*.txt, *.pdf: bulletins or single web articles) and gold/<stem>.jsonl
labels (GUIDELINES.md). A single article that prints no date is dated from its gold/<stem>.meta.json or
its gold records' issue_date,
as an analyst would pass --date. Prints the scorer's report, then the precision of each confidence
level on its own (the review queue starts with the low ones).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.extract import extract  # noqa: E402
from etl.model import Commitment  # noqa: E402
from etl.parse import parse_file  # noqa: E402
from etl.read import BulletinError  # noqa: E402

SCORER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval" / "score.py"


def gold_date(gold: Path, stem: str) -> date | None:
    """The issue date the labeller gave the text (the date an analyst would pass with --date)."""
    meta = gold / f"{stem}.meta.json"
    if meta.is_file() and (issued := json.loads(meta.read_text(encoding="utf-8")).get("issue_date")):
        return date.fromisoformat(issued)
    for name in (f"{stem}.jsonl", f"{stem}.actuals.jsonl"):
        path = gold / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (issued := json.loads(line).get("issue_date")):
                return date.fromisoformat(issued)
    return None


def extract_round(folder: Path) -> list[Commitment]:
    records: list[Commitment] = []
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.pdf")]):
        try:
            records += extract(parse_file(path, default_date=gold_date(folder / "gold", path.stem))).records
        except BulletinError as error:
            print(f"not read: {error}", file=sys.stderr)
    return records


def score(gold: Path, records: list[Commitment], *args: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        for record in records:
            fh.write(json.dumps(record.record(), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(gold), fh.name, *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every missed and extra record")
    args = parser.parse_args()
    gold = args.folder / "gold"
    records = extract_round(args.folder)
    print(score(gold, records, *(["--verbose"] if args.verbose else [])))
    for level in ("high", "medium", "low"):
        subset = [r for r in records if r.confidence == level]
        overall = json.loads(score(gold, subset, "--json"))["overall"]
        print(
            f"confidence {level:6}: {overall['pred']:3} records, {overall['matched']:3} right, P {overall['precision']:.3f}"
        )


if __name__ == "__main__":
    main()
