"""Data checks run on every database before it is served, as SQL asserts.

Each check is a query that returns the offending rows (dbt's `unique`,
`not_null`, `accepted_values` spirit): no rows, the check passes. The loader
runs them on its private copy before swapping it in (etl/load.py), and
`python -m etl check` runs them on any database file, whatever wrote it, so
the uniqueness and not-null checks re-assert what etl/schema.sql declares.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb

from etl import config
from etl.model import BULLETIN_KINDS
from etl.numbers import RATE_BASES, unit_table

KINDS = ["target", "funding", "actual"]
QUALIFIERS = ["=", ">=", "<=", "~"]
NATIONAL = "National"  # the region of a central-government commitment (docs/commitment-record.md)
# numbers.py gives "2.3:1" the unit "ratio"; every other canonical unit is listed in etl/data/units.csv.
RATIO_UNIT = "ratio"

LOWER_CASE_UNIT = r"[a-z][a-z0-9_]*"

# Columns every commitment record must have (docs/commitment-record.md: all but the nullable ones).
COMMITMENT_REQUIRED = (
    "bulletin", "issue_date", "article_title", "kind", "value", "value_text", "unit",
    "qualifier", "region", "issuer", "sector", "subject_ko", "sentence", "line",
)  # fmt: skip
# Offending rows shown per failed check.
SAMPLE_ROWS = 5


@dataclass(frozen=True)
class Check:
    name: str
    sql: str  # selects the offending rows
    params: Callable[[], list] = field(default=lambda: [])


@dataclass(frozen=True)
class CheckResult:
    name: str
    count: int
    sample: list[tuple]

    def __str__(self) -> str:
        return f"{self.name}: {self.count} offending row(s), e.g. {self.sample}"


class DataCheckError(Exception):
    """The database failed data checks; it was not served."""

    def __init__(self, failed: list[CheckResult]) -> None:
        self.failed = failed
        super().__init__("data checks failed: " + "; ".join(str(result) for result in failed))


def canonical_units() -> list[str]:
    return sorted({unit for unit, _qualifier in unit_table().values()} | {RATIO_UNIT})


def rate_units() -> str:
    """A canonical unit per a rate base (etl/numbers.py RATE_BASES): "CNY_per_kW", "t_per_10k_CNY"."""
    units = "|".join(re.escape(unit) for unit in canonical_units())
    return rf"(?:{units})_per_(?:{'|'.join(re.escape(base) for base in RATE_BASES)})"


def not_null(table: str, key: str, columns: tuple[str, ...]) -> str:
    missing = " OR ".join(f"{column} IS NULL" for column in columns)
    return f"SELECT {key} FROM {table} WHERE {missing}"


def unique(table: str, key: str) -> str:
    return f"SELECT {key}, count(*) AS copies FROM {table} GROUP BY {key} HAVING count(*) > 1"


CHECKS: tuple[Check, ...] = (
    Check("bulletins.id unique", unique("bulletins", "id")),
    Check("bulletins.sha256 unique", unique("bulletins", "sha256")),
    Check("articles (bulletin_id, seq) unique", unique("articles", "bulletin_id, seq")),
    Check("commitments.id unique", unique("commitments", "id")),
    Check(
        "bulletins required columns not null",
        not_null("bulletins", "id", ("id", "file_name", "sha256", "issue_date")),
    ),
    Check(
        "articles.headline not null", not_null("articles", "bulletin_id, seq", ("headline", "headline_line"))
    ),
    Check("commitments required columns not null", not_null("commitments", "id", COMMITMENT_REQUIRED)),
    Check(
        "bulletins.n_articles matches its articles",
        """SELECT b.id, b.n_articles, count(a.seq) AS articles
           FROM bulletins b LEFT JOIN articles a ON a.bulletin_id = b.id
           GROUP BY b.id, b.n_articles
           HAVING count(a.seq) <> b.n_articles OR count(a.seq) = 0""",
    ),
    Check(
        "bulletins.n_lines matches its lines",
        """SELECT b.id, b.n_lines, count(l.line) AS lines
           FROM bulletins b LEFT JOIN bulletin_lines l ON l.bulletin_id = b.id
           GROUP BY b.id, b.n_lines
           HAVING count(l.line) <> b.n_lines""",
    ),
    Check(
        "commitments tied to a bulletin, its issue date and one of its lines",
        """SELECT c.id, c.bulletin, c.line
           FROM commitments c LEFT JOIN bulletins b ON b.id = c.bulletin
           WHERE b.id IS NULL OR c.issue_date <> b.issue_date OR c.line NOT BETWEEN 1 AND b.n_lines""",
    ),
    Check(
        "commitments tied to an article",
        """SELECT c.id, c.bulletin, c.article_seq
           FROM commitments c LEFT JOIN articles a ON a.bulletin_id = c.bulletin AND a.seq = c.article_seq
           WHERE a.seq IS NULL""",
    ),
    Check(
        "commitments.unit canonical",
        # A unit is one of the canonical set or, where none fits, a lower-case addition
        # (docs/commitment-record.md); a printed counter such as 개 or 억 위안 is neither.
        """SELECT id, unit FROM commitments
           WHERE NOT list_contains(?, unit) AND NOT regexp_full_match(unit, ?)""",
        lambda: [canonical_units(), f"{LOWER_CASE_UNIT}|{rate_units()}"],
    ),
    Check(
        "bulletins.kind accepted",
        "SELECT id, kind FROM bulletins WHERE NOT list_contains(?, kind)",
        lambda: [list(BULLETIN_KINDS)],
    ),
    Check(
        "commitments.kind accepted",
        "SELECT id, kind FROM commitments WHERE NOT list_contains(?, kind)",
        lambda: [KINDS],
    ),
    Check(
        "commitments.qualifier accepted",
        "SELECT id, qualifier FROM commitments WHERE NOT list_contains(?, qualifier)",
        lambda: [QUALIFIERS],
    ),
    Check(
        "commitments.target_year in range",
        "SELECT id, target_year FROM commitments WHERE target_year NOT BETWEEN ? AND ?",
        lambda: [config.TARGET_YEAR_MIN, config.TARGET_YEAR_MAX],
    ),
    Check(
        "commitments.plan_period shaped YYYY or YYYY-YYYY",
        r"SELECT id, plan_period FROM commitments WHERE NOT regexp_full_match(plan_period, '\d{4}(-\d{4})?')",
    ),
    Check(
        "commitments.value_max not below value",
        "SELECT id, value, value_max FROM commitments WHERE value_max < value",
    ),
    Check(
        "commitments.region in the reference tables",
        """SELECT id, region FROM commitments
           WHERE region <> ?
             AND region NOT IN (SELECT name_en FROM provinces
                                UNION ALL SELECT name_en FROM economic_regions)""",
        lambda: [NATIONAL],
    ),
    Check(
        "commitments.sector in the reference table",
        "SELECT id, sector FROM commitments WHERE sector NOT IN (SELECT id FROM sectors)",
    ),
)

# Tracking (etl/track.py): mentions and evidence point at commitments of the right kind.
CHECKS += (
    Check(
        "target_mentions are target or funding commitments",
        """SELECT m.commitment_id FROM target_mentions m LEFT JOIN commitments c ON c.id = m.commitment_id
           WHERE c.id IS NULL OR c.kind NOT IN ('target', 'funding')""",
    ),
    Check(
        "target_evidence rows are actuals with their year",
        """SELECT e.commitment_id FROM target_evidence e LEFT JOIN commitments c ON c.id = e.commitment_id
           WHERE c.id IS NULL OR c.kind <> 'actual' OR c.as_of_year IS DISTINCT FROM e.actual_year""",
    ),
    Check(
        "data_flags point at commitments",
        """SELECT f.commitment_id FROM data_flags f LEFT JOIN commitments c ON c.id = f.commitment_id
           WHERE c.id IS NULL""",
    ),
)


def run(con: duckdb.DuckDBPyConnection, checks: tuple[Check, ...] = CHECKS) -> list[CheckResult]:
    """Every check's result, failed or not."""
    results = []
    for check in checks:
        offending = con.execute(check.sql, check.params()).fetchall()
        results.append(CheckResult(check.name, len(offending), offending[:SAMPLE_ROWS]))
    return results


def failures(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    return [result for result in run(con) if result.count]
