"""Server render time of every dashboard page (Streamlit AppTest run time), on the seeds'
database and on a synthetic corpus of 500 bulletins.

    .venv/bin/python scripts/bench_pages.py [--copies 100] [--sessions 10] [--pages explorer,detail]

The synthetic corpus repeats the seeds' rows under new bulletin ids (one week apart), so it
has the seeds' shape at --copies times their size (100 copies: 500 bulletins); its tracked
targets and data flags are derived as a build derives them. For each page: "cold" is a new session's
first run with the connection and query caches cleared, "warm" the median of five reruns
(what a user waits for after a click whose queries are cached). With --sessions N, each page is
also run by N sessions at once on the synthetic corpus (warm caches): the median and the slowest
of their server times, with the CPU seconds they took together and the load average. Every
session shares one registry of installed components, as sessions of one server do (see
`_components`). Prints Markdown tables; no assertions.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import streamlit as st
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import config  # noqa: E402
from etl.load import build, derive_tracking  # noqa: E402

PAGES = tuple(sorted(path.stem for path in (ROOT / "dashboard" / "app_pages").glob("*.py")))
REFERENCE_TABLES = ("provinces", "economic_regions", "sectors")
# Per bulletin-keyed table: its bulletin id column and the expression for the copy's key columns.
COPIED = {
    "bulletin_lines": "bulletin_id",
    "articles": "bulletin_id",
    "article_references": "bulletin_id",
}


def synthetic_corpus(seeds_db: Path, target: Path, copies: int) -> None:
    """The seeds' rows `copies` times, each copy under new bulletin ids, dates and commitment ids."""
    with duckdb.connect(str(target)) as con:
        con.execute(config.SCHEMA_FILE.read_text(encoding="utf-8"))
        con.execute("ATTACH ? AS seeds (READ_ONLY)", [str(seeds_db)])
        for table in REFERENCE_TABLES:
            con.execute(f"INSERT INTO {table} SELECT * FROM seeds.{table}")
        for copy in range(copies):
            suffix = f"_c{copy:03d}"
            con.execute(
                "INSERT INTO bulletins SELECT * REPLACE (id || ? AS id, file_name || ? AS file_name,"
                " sha256(sha256 || ?) AS sha256, issue_date + to_days(7 * ?) AS issue_date) FROM seeds.bulletins",
                [suffix, suffix, suffix, copy],
            )
            for table, column in COPIED.items():
                con.execute(
                    f"INSERT INTO {table} SELECT * REPLACE ({column} || ? AS {column}) FROM seeds.{table}",
                    [suffix],
                )
            con.execute(
                "INSERT INTO commitments SELECT * REPLACE (id || ? AS id, bulletin || ? AS bulletin,"
                " issue_date + to_days(7 * ?) AS issue_date) FROM seeds.commitments",
                [suffix, suffix, copy],
            )
        derive_tracking(con)


@functools.cache
def _components() -> BidiComponentManager:
    """Streamlit's registry of installed components, scanned once per process as a server does
    at start-up. AppTest scans every installed package's metadata for each new AppTest (0.4 s of
    CPU here), which a server never does per session, so each session is given this one."""
    components = BidiComponentManager()
    components.discover_and_register_components(start_file_watching=False)
    return components


def new_session(page: str, timeout: float = 120) -> AppTest:
    """A new browser session opening `page`, not yet run."""
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=timeout)
    at._bidi_component_manager = _components()
    return at.switch_page(f"dashboard/app_pages/{page}.py")


def timed_run(at: AppTest) -> float:
    started = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    return time.perf_counter() - started


def time_pages(db_path: Path, pages: tuple[str, ...], reruns: int = 5) -> dict[str, tuple[float, float]]:
    """(cold, warm) seconds per page: a new session's first run with empty caches, the median rerun."""
    config.DB_PATH = db_path
    timings = {}
    for page in pages:
        st.cache_data.clear()
        st.cache_resource.clear()
        at = new_session(page)
        cold = timed_run(at)
        timings[page] = (cold, statistics.median(timed_run(at) for _ in range(reruns)))
        print(f"{page}: cold {cold:.2f} s, warm {timings[page][1]:.2f} s", file=sys.stderr, flush=True)
    return timings


def concurrent_pages(
    db_path: Path, pages: tuple[str, ...], sessions: int
) -> dict[str, tuple[float, float, float, float]]:
    """Per page, when `sessions` sessions run it at the same moment: the median and the slowest
    session's seconds, the CPU seconds of all of them together and the load average after."""
    config.DB_PATH = db_path

    def one_session(page: str) -> float:
        # AppTest is not made for threads: now and then a run fails inside Streamlit itself
        # ("Runtime hasn't been created", an AST recursion error); such a run is tried again.
        for attempt in range(3):
            try:
                return timed_run(new_session(page, timeout=300))
            except (RuntimeError, KeyError, SystemError):
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    timings = {}
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        for page in pages:
            one_session(page)  # caches warm, as on a server that has been up a while
            cpu = time.process_time()
            runs = list(pool.map(one_session, [page] * sessions))
            timings[page] = (
                statistics.median(runs),
                max(runs),
                time.process_time() - cpu,
                os.getloadavg()[0],
            )
            print(f"{page}, {sessions} at once: {timings[page]}", file=sys.stderr, flush=True)
    return timings


def counts(db_path: Path) -> str:
    with duckdb.connect(str(db_path), read_only=True) as con:
        bulletins, commitments = con.execute(
            "SELECT (SELECT count(*) FROM bulletins), (SELECT count(*) FROM commitments)"
        ).fetchone()
    return f"{bulletins} bulletins, {commitments} commitments"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the seeds in the synthetic corpus")
    parser.add_argument("--sessions", type=int, default=0, help="also time N concurrent sessions per page")
    parser.add_argument(
        "--pages", default=",".join(PAGES), help="comma-separated pages (default: every page)"
    )
    parser.add_argument(
        "--corpus", type=Path, help="time this database instead (written there first when it does not exist)"
    )
    parser.add_argument("--seeds-too", action="store_true", help="also time every page on the seeds alone")
    args = parser.parse_args()
    pages = tuple(page for page in args.pages.split(",") if page)
    if unknown := set(pages) - set(PAGES):
        parser.error(f"unknown pages: {', '.join(sorted(unknown))} (pages: {', '.join(PAGES)})")
    with tempfile.TemporaryDirectory() as tmp:
        config.REVIEWS_PATH = Path(tmp) / "reviews.sqlite"  # never the developer's reviews
        config.REVIEWS_URL = ""
        seeds_db = Path(tmp) / "seeds.duckdb"
        build(config.SEEDS_DIR, seeds_db)
        corpus_db = args.corpus or Path(tmp) / "corpus.duckdb"
        if not corpus_db.exists():
            synthetic_corpus(seeds_db, corpus_db, args.copies)
        timed = (seeds_db, corpus_db) if args.seeds_too else (corpus_db,)
        results = {counts(path): time_pages(path, pages) for path in timed}
        together = concurrent_pages(corpus_db, pages, args.sessions) if args.sessions else {}
        corpus = counts(corpus_db)
    print("| page | " + " | ".join(f"{name}: cold / warm (s)" for name in results) + " |")
    print("|---|" + "---|" * len(results))
    for page in pages:
        cells = [f"{timings[page][0]:.2f} / {timings[page][1]:.2f}" for timings in results.values()]
        print(f"| {page} | " + " | ".join(cells) + " |")
    if together:
        print(
            f"\n| page | {args.sessions} sessions at once, {corpus}: median / slowest (s) | CPU (s) | load |"
            "\n|---|---|---|---|"
        )
        for page, (median, slowest, cpu, load) in together.items():
            print(f"| {page} | {median:.2f} / {slowest:.2f} | {cpu:.2f} | {load:.1f} |")
    print(f"\nload average at the end: {' '.join(f'{n:.1f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
