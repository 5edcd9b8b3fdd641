"""Benchmark: parse + extract a corpus of N copies of the seeds, in-process.

Prints bulletins per second, milliseconds per bulletin (median and worst), and
memory: the process's peak resident size, and the peak Python allocation of one
pass over the seeds measured separately (tracemalloc slows the code it watches, so
it stays out of the timed loop). Not a test: the figures go into the README with
the command that produced them.

    .venv/bin/python scripts/bench_extract.py --copies 100
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

# Measure this checkout's code (a worktree of another commit too), not whatever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.config import SEEDS_DIR  # noqa: E402
from etl.extract import extract_bulletin  # noqa: E402
from etl.parse import parse_text  # noqa: E402
from etl.read import read_source  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=100, help="copies of each seed (default 100)")
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    args = parser.parse_args()

    sources = [read_source(path) for path in sorted(args.seeds.glob("*.txt"))]
    texts = [
        (path.name, source) for path, source in zip(sorted(args.seeds.glob("*.txt")), sources, strict=True)
    ]

    # Warm up once (regex compilation, reference data) so the figures are steady-state.
    for name, source in texts:
        extract_bulletin(parse_text(source.text, file_name=name, sha256=source.sha256))

    timings, records = [], 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for copy in range(args.copies):
        for name, source in texts:
            t0 = time.perf_counter()
            bulletin = parse_text(source.text, file_name=f"{copy:04d}_{name}", sha256=source.sha256)
            records += len(extract_bulletin(bulletin))
            timings.append(time.perf_counter() - t0)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started

    tracemalloc.start()
    for name, source in texts:
        extract_bulletin(parse_text(source.text, file_name=name, sha256=source.sha256))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    n = len(timings)
    print(f"bulletins: {n} ({args.copies} copies of {len(texts)} seeds), records: {records}")
    print(f"throughput: {n / elapsed:.1f} bulletins/s ({elapsed:.2f} s in all)")
    # on a machine others share, CPU time is the steadier figure
    print(f"per CPU second: {n / cpu:.1f} bulletins ({cpu:.2f} s CPU; load average {os.getloadavg()[0]:.1f})")
    print(
        f"latency per bulletin: median {statistics.median(timings) * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms"
    )
    print(
        f"memory: peak RSS {peak_rss:.0f} MB; peak Python allocation for one pass over the seeds {peak / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
