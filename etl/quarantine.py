"""Quarantine: the records of one bulletin that would fail a data check, kept out and reported.

etl/checks.py asserts what a served database must hold. A record that breaks one of those rules
("5~3개", a range printed upper bound first; "1990년까지", a deadline before the checked years)
is a problem of that one sentence, not of the database: it is left out here, before loading, and
reported as `file:line: reason`, so the rest of that file and every other file still load. The
SQL checks then only fail when the database itself would be wrong, and refuse the swap.

A line longer than config.MAX_LINE_CHARS gives no candidates (etl/clauses.py); it is reported
here too, so that no number is lost without a word.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from etl import config
from etl.checks import KINDS, QUALIFIERS
from etl.clauses import is_overlong
from etl.extract import Extraction
from etl.model import Bulletin, Commitment
from etl.read import BulletinError


def screen(bulletin: Bulletin, extraction: Extraction, path: Path) -> tuple[Extraction, list[BulletinError]]:
    """The extraction without its quarantined records, and a `file:line: reason` for each."""
    problems = [
        BulletinError(
            path,
            f"line of {len(text):,} characters, over the {config.MAX_LINE_CHARS:,}-character "
            "limit (PTT_MAX_LINE_CHARS): its numbers were not read",
            number,
        )
        for number, text in enumerate(bulletin.lines, start=1)
        if is_overlong(text)
    ]
    kept, seen_ids = [], set()
    for record in extraction.records:
        reason = record_problem(record) or (
            "a second record with the same id" if record.id in seen_ids else None
        )
        if reason:
            problems.append(
                BulletinError(path, f"record {record.value_text!r} left out: {reason}", record.line)
            )
            continue
        seen_ids.add(record.id)
        kept.append(record)
    return replace(extraction, records=kept), problems


def record_problem(record: Commitment) -> str | None:
    """Why the record must not be loaded, or None. The same rules as etl/checks.py, for one record."""
    if not math.isfinite(record.value) or (
        record.value_max is not None and not math.isfinite(record.value_max)
    ):
        return "the value is not a finite number"
    if record.value_max is not None and record.value_max < record.value:
        return f"the range is printed upper bound first ({record.value:g} to {record.value_max:g})"
    if (
        record.target_year is not None
        and not config.TARGET_YEAR_MIN <= record.target_year <= config.TARGET_YEAR_MAX
    ):
        return (
            f"target year {record.target_year} outside {config.TARGET_YEAR_MIN}–{config.TARGET_YEAR_MAX} "
            "(PTT_TARGET_YEAR_MIN/MAX)"
        )
    if record.kind not in KINDS:
        return f"kind {record.kind!r} is not one of {', '.join(KINDS)}"
    if record.qualifier not in QUALIFIERS:
        return f"qualifier {record.qualifier!r} is not one of {' '.join(QUALIFIERS)}"
    return None
