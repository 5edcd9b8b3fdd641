"""One bulletin file read, parsed and extracted, its quarantined records taken out, within a
time budget: the work a build does per file, in a worker process of its pool (etl/load.py) or
right here for `python -m etl extract`. No database is touched, so nothing here imports DuckDB.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl import config, quarantine
from etl.extract import Extraction, extract
from etl.model import Bulletin
from etl.parse import parse_file
from etl.read import BulletinError


@dataclass(frozen=True)
class Prepared:
    """One file read, parsed and extracted, its quarantined records taken out: ready to insert."""

    bulletin: Bulletin
    extraction: Extraction
    quarantined: list[BulletinError]


def prepare(path: Path, default_date: date | None = None) -> Prepared:
    """Read, parse and extract one file within its time budget; BulletinError if it cannot be.
    `default_date` dates a single article that prints no date of its own (etl/article.py)."""
    with time_budget(path, config.FILE_TIME_BUDGET):
        bulletin = parse_file(path, default_date=default_date)
        try:
            extraction = extract(bulletin)
        except Exception as error:  # a bug in one article must not stop the other bulletins loading
            raise BulletinError(path, f"extraction failed: {type(error).__name__}: {error}") from error
    extraction, problems = quarantine.screen(bulletin, extraction, path)
    return Prepared(bulletin, extraction, problems)


class _OverBudget(BaseException):  # not caught by the `except Exception` around extraction
    pass


@contextlib.contextmanager
def time_budget(path: Path, seconds: float) -> Iterator[None]:
    """Give up on a file that takes longer than `seconds`, so no input holds the writer lock for
    long. A timer signal interrupts the work; it can only be set in a process's main thread, so
    elsewhere (a thread of a test or a server) the file runs without a budget."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum, _frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OverBudget:
        raise BulletinError(
            path, f"not read within the {seconds:g}-second time budget per file (PTT_FILE_TIME_BUDGET)"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
