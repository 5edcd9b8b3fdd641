"""Benchmark: `etl build` of N bulletins (the seeds, each copy with different bytes), with the
process pool (config.WORKERS, default: every core) and, for comparison, serially; and one large
text file (a seed whose article body is repeated up to --large-mb), with its peak memory.

Not a test: the figures go into the README with the command that produced them.

    .venv/bin/python scripts/bench_build.py --bulletins 500 --large-mb 20
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Measure this checkout's code (a worktree of another commit too), not whatever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl import config  # noqa: E402

SEED_FILES = sorted(config.SEEDS_DIR.glob("*.txt"))


def corpus(folder: Path, n: int) -> Path:
    """n bulletins: the seeds in turn, each copy given its own bytes (a trailing line with its number)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [path.read_text(encoding="utf-8") for path in SEED_FILES]
    for i in range(n):
        seed = SEED_FILES[i % len(SEED_FILES)]
        (folder / f"{i:04d}_{seed.name}").write_text(texts[i % len(texts)] + f"\n{i}\n", encoding="utf-8")
    return folder


def large_file(path: Path, megabytes: int) -> Path:
    """A bulletin whose last article's body repeats until the file is `megabytes` large."""
    lines = SEED_FILES[0].read_text(encoding="utf-8").split("\n")
    body = [line for line in lines[170:190] if line.startswith("- ")]
    block = "\n".join(body) + "\n"
    repeats = megabytes * 1024 * 1024 // len(block.encode("utf-8"))
    path.write_text(
        "\n".join(lines[:190]) + "\n" + block * repeats + "\n".join(lines[190:]), encoding="utf-8"
    )
    return path


def timed_build(seeds: Path, db_path: Path, workers: int) -> tuple[float, float, float, str]:
    """Wall time, CPU time of the build's processes, their peak RSS (MB) and the last line of its
    report. On a machine others share, the CPU time says more than the wall time."""
    env = {**os.environ, "PTT_WORKERS": str(workers)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # (run from the checkout's root, so that "-m etl" is this checkout's code)
    result = subprocess.run(
        [sys.executable, "-m", "etl", "build", "--seeds", str(seeds), "--db", str(db_path)],
        capture_output=True, text=True, env=env, check=False, cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu, after.ru_maxrss / 1024, result.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bulletins", type=int, default=500)
    parser.add_argument("--large-mb", type=int, default=20)
    parser.add_argument("--serial", action="store_true", help="also time the build on one core")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        # the large file first: the peak RSS of RUSAGE_CHILDREN is the largest of any child so far
        if args.large_mb:
            big = (
                large_file(root / "large" / "000_large.txt", args.large_mb)
                if (root / "large").mkdir() is None
                else None
            )
            elapsed, cpu, peak, summary = timed_build(big.parent, root / "large.duckdb", 1)
            size = big.stat().st_size / 1e6
            print(
                f"one {size:.1f} MB file: {elapsed:.1f} s, CPU {cpu:.1f} s, peak RSS {peak:.0f} MB ({summary})"
            )
        if args.bulletins:
            seeds = corpus(root / "corpus", args.bulletins)
            elapsed, cpu, _peak, summary = timed_build(seeds, root / "pool.duckdb", config.WORKERS)
            print(
                f"build of {args.bulletins} bulletins, {config.WORKERS} workers: {elapsed:.1f} s, "
                f"CPU {cpu:.1f} s ({summary})"
            )
        if args.bulletins and args.serial:
            elapsed, cpu, _peak, summary = timed_build(seeds, root / "serial.duckdb", 1)
            print(f"build of {args.bulletins} bulletins, 1 worker: {elapsed:.1f} s, CPU {cpu:.1f} s")
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
