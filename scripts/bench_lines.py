"""Benchmark: time against line length, to show it grows linearly.

For lines of 2,000 to 1,000,000 characters made of one repeated clause with figures ("로봇 기업
50개를 육성하고, …"), prints the time to find the line's numbers (`find_quantities`) and the extra
time to extract a bulletin (seed 000) in which one body line is replaced by that line. Extraction
refuses lines over config.MAX_LINE_CHARS (etl/quarantine.py reports them); `--max-line-chars`
raises that limit to measure the extractor's own work on a long sentence.

Not a test: the figures go into the README with the command that produced them.

    .venv/bin/python scripts/bench_lines.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# Measure this checkout's code (a worktree of another commit too), not whatever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl import config, extract, numbers, periods, sectors  # noqa: E402
from etl.config import SEEDS_DIR  # noqa: E402
from etl.numbers import find_quantities  # noqa: E402
from etl.parse import parse_text  # noqa: E402

CLAUSE = "'27년까지 로봇 기업 50개를 육성하고, 산업 규모 1,000억 위안을 달성하며 "


def long_line(chars: int) -> str:
    return "- " + (CLAUSE * (chars // len(CLAUSE) + 1))[: chars - 2]


def bulletin_with(line: str) -> str:
    """Seed 000 with its first "- " body line replaced by `line`."""
    lines = sorted(SEEDS_DIR.glob("*.txt"))[0].read_text(encoding="utf-8").split("\n")
    index = next(i for i, text in enumerate(lines) if i >= 170 and text.startswith("- "))
    lines[index] = line
    return "\n".join(lines)


def clear_caches() -> None:
    """Forget the per-line caches, so that a second run does the work again."""
    for cached in (numbers._quantities_of, periods._year_mentions, periods.plan_period,
                   extract.anchor_of, sectors.scores):  # fmt: skip
        cached.cache_clear()


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        clear_caches()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lengths", type=int, nargs="+", default=[2_000, 20_000, 200_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument("--max-line-chars", type=int, default=config.MAX_LINE_CHARS)
    args = parser.parse_args()
    config.MAX_LINE_CHARS = args.max_line_chars
    print(f"lines over {config.MAX_LINE_CHARS:,} characters are refused")
    baseline_text = bulletin_with("- 짧은 줄")
    run = lambda text: extract.extract(parse_text(text, file_name="b.txt", sha256="0"))  # noqa: E731
    run(baseline_text)  # warm up: regular expressions and reference data
    baseline = best_of(args.runs, lambda: run(baseline_text))
    print(
        f"{'chars':>9}  {'numbers':>8}  {'find (s)':>9}  {'µs/kchar':>8}  {'extract (s)':>11}  {'ms/kchar':>8}"
    )
    for chars in args.lengths:
        line = long_line(chars)
        numbers = len(find_quantities(line))
        find = best_of(args.runs, lambda line=line: find_quantities(line))
        text = bulletin_with(line)
        whole = best_of(args.runs, lambda text=text: run(text))
        kchars = chars / 1000
        extra = whole - baseline  # the long line's share: the rest of the bulletin is the same
        print(
            f"{chars:>9,}  {numbers:>8,}  {find:>9.3f}  {find / kchars * 1e6:>8.0f}  "
            f"{extra:>11.2f}  {extra / kchars * 1000:>8.1f}"
        )


if __name__ == "__main__":
    main()
