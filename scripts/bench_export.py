"""Export timing: first and second PNG export (browser start, then a warm browser) and a deck of 10 charts.

    .venv/bin/python scripts/bench_export.py [--db data/tracker.duckdb] [--repeat 5]

Uses the project database (built from seeds/ by `python -m etl build`); prints seconds.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

import duckdb

# Measure this checkout's code (a worktree of another commit too), not whatever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import charts  # noqa: E402
from dashboard import export as exports  # noqa: E402
from dashboard.export import images  # noqa: E402
from dashboard.filters import Filters  # noqa: E402
from etl import config  # noqa: E402

DECK_SIZE = 10


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=config.DB_PATH)
    parser.add_argument("--repeat", type=int, default=5, help="warm PNG exports to time")
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"no database at {args.db}; build it with: python -m etl build")

    with duckdb.connect(str(args.db), read_only=True) as con:
        filters = Filters()
        figure, _ = charts.render(con, "by_year", filters)
        first = timed(lambda: images.export_image(figure, "png"))
        warm = [timed(lambda: images.export_image(figure, "png")) for _ in range(args.repeat)]
        # Ten slides from the eight registered charts, so the map (a picture) is in it.
        names = list(itertools.islice(itertools.cycle(charts.CHARTS), DECK_SIZE))
        items = [exports.DeckItem(name, filters) for name in names]
        deck_s = timed(lambda: exports.build_deck(con, items))
        commitments = con.execute("SELECT count(*) FROM commitments").fetchone()[0]
    images.close_browser()

    print(f"database: {args.db} ({commitments} commitments)")
    print(f"first PNG export (starts Chromium): {first:.2f} s")
    print(
        f"second PNG export (warm browser): {warm[0]:.2f} s; median of {len(warm)}: {statistics.median(warm):.2f} s"
    )
    print(f"deck of {DECK_SIZE} charts (.pptx, warm browser): {deck_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
