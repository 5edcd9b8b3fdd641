"""Every question the pages ask the database: parameterised SQL returning DataFrames.

Plain functions with no Streamlit in them, so the export command line and scripts use them
as they are; the pages call them through `dashboard.cached`, which caches each per data version.
User input only ever reaches SQL as a bound parameter; the few column names that vary
come from the fixed `DIMENSIONS` allow-list and the filter table (`dashboard.filters.FIELDS`).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from dashboard.filters import Filters, ListField, RangeField, field_named
from etl.review import QUEUE_ORDER

# Dimension a chart can group by → its column. Never taken from user input directly.
DIMENSIONS = {
    "target_year": "c.target_year",
    "region": "c.region",
    "city": "c.city",
    "sector": "c.sector",
    "kind": "c.kind",
    "unit": "c.unit",
}

# A commitment's data-quality flags (etl/quality.py) as a list, empty when it has none.
_FLAG_LIST = (
    "coalesce((SELECT list(f.flag ORDER BY f.flag) FROM data_flags f WHERE f.commitment_id = c.id), [])"
)


def where_clause(filters: Filters) -> tuple[str, list]:
    """The SQL condition on `commitments c` for the filters, and its parameters."""
    conditions, params = filters.where_conditions()
    return " AND ".join(conditions) or "TRUE", params


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


# The orders the explorer offers (by name, never SQL from user input); each ends in a unique key,
# so a page of rows is always the same rows.
ORDERS = {
    "newest": "c.issue_date DESC, c.bulletin, c.line, c.id",
    "oldest": "c.issue_date, c.bulletin, c.line, c.id",
    "target_year": "c.target_year NULLS LAST, c.issue_date DESC, c.bulletin, c.line, c.id",
    "largest": "c.unit, c.value DESC, c.issue_date DESC, c.bulletin, c.line, c.id",
}
# … and the timeline's: soonest deadline first, those without a year last.
_ORDER_BY = {**ORDERS, "due": "c.target_year NULLS LAST, c.region, c.line, c.id"}


def commitments(
    con: duckdb.DuckDBPyConnection, filters: Filters, as_of: date | None = None, order: str = "newest"
) -> pd.DataFrame:
    """The filtered commitments in `order` (`_ORDER_BY`; by default newest bulletin first, in line order
    within a bulletin), each with its tracked target's status on `as_of` (today by default),
    mentions, revision and flags."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT c.*, m.target_id, t.n_mentions, m.revision, m.changes, s.status, s.outcome_share,
               {_FLAG_LIST} AS flags
        FROM commitments c
        LEFT JOIN target_mentions m ON m.commitment_id = c.id
        LEFT JOIN tracked_targets t ON t.target_id = m.target_id
        LEFT JOIN target_status(?) s ON s.target_id = m.target_id
        WHERE {where}
        ORDER BY {_ORDER_BY[order]}
    """
    return _frame(con, sql, [as_of or date.today(), *params])


def summary(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Headline counts: bulletins, commitments and each kind apart (targets, funding, actual
    figures), provinces (province-level units only), sectors."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT count(DISTINCT c.bulletin) AS bulletins,
               count(*) AS commitments,
               count(*) FILTER (WHERE c.kind = 'target') AS targets,
               count(*) FILTER (WHERE c.kind = 'funding') AS funding,
               count(*) FILTER (WHERE c.kind = 'actual') AS actuals,
               count(DISTINCT c.region) FILTER (WHERE c.region IN (SELECT name_en FROM provinces))
                   AS provinces,
               count(DISTINCT c.sector) AS sectors
        FROM commitments c WHERE {where}
    """
    return _frame(con, sql, params).iloc[0].astype(int).to_dict()


def nearest_deadlines(
    con: duckdb.DuckDBPyConnection, filters: Filters, from_year: int, limit: int = 5
) -> pd.DataFrame:
    """Targets falling due soonest from `from_year` on, earliest first."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT c.* FROM commitments c
        WHERE {where} AND c.kind = 'target' AND c.target_year >= ?
        ORDER BY c.target_year, c.issue_date DESC, c.line LIMIT ?
    """
    return _frame(con, sql, [*params, from_year, limit])


def count_by(
    con: duckdb.DuckDBPyConnection, filters: Filters, dimension: str, series: str | None = None
) -> pd.DataFrame:
    """Number of commitments per `dimension` (and `series`): columns key, series, n."""
    key = DIMENSIONS[dimension]
    series_column = DIMENSIONS[series] if series else "NULL"
    where, params = where_clause(filters)
    sql = f"""
        SELECT {key} AS key, {series_column} AS series, count(*) AS n
        FROM commitments c WHERE {where}
        GROUP BY ALL ORDER BY n DESC, key NULLS LAST, series
    """
    return _frame(con, sql, params)


def largest_values(
    con: duckdb.DuckDBPyConnection, filters: Filters, unit: str, limit: int = 15
) -> pd.DataFrame:
    """The largest commitments in one unit: one row each, never added together."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT c.* FROM commitments c WHERE {where} AND c.unit = ?
        ORDER BY c.value DESC, c.id LIMIT ?
    """
    return _frame(con, sql, [*params, unit, limit])


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, group: str) -> pd.DataFrame:
    """Per group and target year: commitments falling due, and the earliest plan start year."""
    key = DIMENSIONS[group]
    where, params = where_clause(filters)
    sql = f"""
        SELECT {key} AS key, c.target_year, count(*) AS n,
               min(TRY_CAST(split_part(c.plan_period, '-', 1) AS INTEGER)) AS plan_start
        FROM commitments c WHERE {where} AND c.target_year IS NOT NULL
        GROUP BY ALL ORDER BY key, c.target_year
    """
    return _frame(con, sql, params)


def bulletin_dates(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[date]:
    """Issue dates of the bulletins behind the filtered commitments, newest first."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT DISTINCT b.issue_date FROM bulletins b
        WHERE b.id IN (SELECT c.bulletin FROM commitments c WHERE {where})
        ORDER BY b.issue_date DESC
    """
    return [row[0] for row in con.execute(sql, params).fetchall()]


def filter_options(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> dict:
    """What the sidebar offers for each field of the filters' table, by field name: a list
    field's values present in the data, most frequent first; a range field's lowest and highest
    value (None, None without data)."""
    options: dict = {}
    for spec in (filters or Filters()).FIELDS:
        if isinstance(spec, ListField):
            sql = f"""
                SELECT {spec.column} FROM commitments c WHERE {spec.column} IS NOT NULL
                GROUP BY 1 ORDER BY count(*) DESC, 1
            """
            options[spec.name] = [row[0] for row in con.execute(sql).fetchall()]
        elif isinstance(spec, RangeField):
            sql = f"SELECT min({spec.column}), max({spec.column}) FROM commitments c"
            options[spec.name] = con.execute(sql).fetchone()
    return options


def option_counts(con: duckdb.DuckDBPyConnection, filters: Filters, name: str) -> dict[str, int]:
    """For list field `name`: each value the data holds → how many commitments choosing it would give
    under the other filters (0 when none); the most given first, ties most frequent in the whole data."""
    spec = field_named(name, filters.FIELDS)
    where, params = where_clause(filters.without(name))
    sql = f"""
        SELECT {spec.column}, count(*) FILTER (WHERE {where}) AS n FROM commitments c
        WHERE {spec.column} IS NOT NULL GROUP BY 1 ORDER BY n DESC, count(*) DESC, 1
    """
    return dict(con.execute(sql, params).fetchall())


def review_queue(
    con: duckdb.DuckDBPyConnection, filters: Filters, bulletins: tuple[str, ...] = (), done_too: bool = False
) -> pd.DataFrame:
    """Commitments to check, least certain first; with done_too, the reviewed ones follow."""
    where, params = where_clause(filters)
    if bulletins:
        where += " AND list_contains(?, c.bulletin)"
        params.append(list(bulletins))
    if not done_too:
        where += " AND c.review_status = 'extracted'"
    sql = f"""
        SELECT c.* FROM commitments c WHERE {where}
        ORDER BY c.review_status <> 'extracted', {QUEUE_ORDER}
    """
    return _frame(con, sql, params)


def rejected_candidates(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    """The numbers the extractor read in an article and did not take, with the reason."""
    sql = """
        SELECT line, value_text, reason FROM rejected_candidates
        WHERE bulletin_id = ? AND article_seq = ? ORDER BY line, value_text
    """
    return _frame(con, sql, [bulletin, article_seq])


def orphaned_reviews(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    sql = "SELECT * FROM orphaned_reviews ORDER BY reviewed_at DESC"
    return _frame(con, sql)


def commitment(con: duckdb.DuckDBPyConnection, commitment_id: str) -> dict | None:
    """One commitment with its bulletin's provenance, or None for an unknown id."""
    sql = """
        SELECT c.*, b.file_name, b.sha256, b.publisher, b.organisation, b.kind AS source_kind
        FROM commitments c JOIN bulletins b ON b.id = c.bulletin WHERE c.id = ?
    """
    rows = _frame(con, sql, [commitment_id])
    return rows.iloc[0].to_dict() if len(rows) else None


def article_lines(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    sql = "SELECT line, text FROM bulletin_lines WHERE bulletin_id = ? AND article_seq = ? ORDER BY line"
    return _frame(con, sql, [bulletin, article_seq])


def page_lines(con: duckdb.DuckDBPyConnection, bulletin: str, page: int) -> pd.DataFrame:
    """The lines a PDF bulletin printed on one page (a line running over the break: where it starts)."""
    sql = "SELECT line, page_line, text FROM bulletin_lines WHERE bulletin_id = ? AND page = ? ORDER BY line"
    return _frame(con, sql, [bulletin, page])


def article(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> dict | None:
    sql = "SELECT * FROM articles WHERE bulletin_id = ? AND seq = ?"
    rows = _frame(con, sql, [bulletin, article_seq])
    return rows.iloc[0].to_dict() if len(rows) else None


def article_references(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    sql = """
        SELECT title, url, line FROM article_references
        WHERE bulletin_id = ? AND article_seq = ? ORDER BY seq
    """
    return _frame(con, sql, [bulletin, article_seq])


def same_article(
    con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int, exclude_id: str
) -> pd.DataFrame:
    sql = """
        SELECT * FROM commitments WHERE bulletin = ? AND article_seq = ? AND id <> ?
        ORDER BY line, id
    """
    return _frame(con, sql, [bulletin, article_seq, exclude_id])


def bulletins(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every bulletin and single article loaded, newest first, with its number of commitments."""
    sql = """
        SELECT b.issue_date, b.kind, b.file_name, b.n_articles AS articles,
               (SELECT count(*) FROM commitments c WHERE c.bulletin = b.id) AS commitments,
               b.sha256, b.source_format, b.encoding, b.ingested_at, b.id
        FROM bulletins b ORDER BY b.issue_date DESC, b.id
    """
    return _frame(con, sql)


def ingest_failures(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    sql = """
        SELECT file_name, reason, line, attempted_at FROM ingest_failures
        ORDER BY attempted_at DESC, file_name
    """
    return _frame(con, sql)


# ---------------------------------------------------------------- tracking (etl/track.py, etl/quality.py)
# Status is the schema's `target_status(as_of)` macro; the sidebar filters restrict the target's
# latest mention `c`, so a target follows the filters by what it says now.

_TRACKED = """
    SELECT t.*, s.status, s.outcome_share, c.subject_ko, c.subject_en, c.value, c.value_max,
           c.value_text, c.qualifier, c.sector, c.city, c.issuer, c.sentence, c.bulletin,
           (SELECT count(*) FROM data_flags f JOIN target_mentions m ON m.commitment_id = f.commitment_id
            WHERE m.target_id = t.target_id) AS n_flags
    FROM tracked_targets t
    JOIN target_status(?) s USING (target_id)
    JOIN commitments c ON c.id = t.latest_id
"""


def tracked_targets(con: duckdb.DuckDBPyConnection, filters: Filters, as_of: date) -> pd.DataFrame:
    """The tracked targets known on `as_of`, with their status then, soonest deadline first."""
    where, params = where_clause(filters)
    sql = f"{_TRACKED} WHERE {where} ORDER BY t.deadline_year NULLS LAST, t.region, c.subject_ko, t.target_id"
    return _frame(con, sql, [as_of, *params])


def tracked_target(con: duckdb.DuckDBPyConnection, target_id: str, as_of: date) -> dict | None:
    rows = _frame(con, f"{_TRACKED} WHERE t.target_id = ?", [as_of, target_id])
    return rows.iloc[0].to_dict() if len(rows) else None


def target_mentions(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """A target's mentions in issue order, each with its record, revision and flags."""
    sql = f"""
        SELECT m.seq, m.revision, m.changes, m.similarity, c.*,
               {_FLAG_LIST} AS flags
        FROM target_mentions m JOIN commitments c ON c.id = m.commitment_id
        WHERE m.target_id = ? ORDER BY m.seq
    """
    return _frame(con, sql, [target_id])


def target_evidence(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    sql = """
        SELECT e.role, e.share, e.verdict, e.actual_year, e.reported_on, c.value, c.value_text, c.unit,
               c.sentence, c.bulletin, c.line
        FROM target_evidence e JOIN commitments c ON c.id = e.commitment_id
        WHERE e.target_id = ? ORDER BY e.actual_year, e.reported_on
    """
    return _frame(con, sql, [target_id])


def issue_changes(
    con: duckdb.DuckDBPyConnection, filters: Filters, bulletin: str, as_of: date
) -> pd.DataFrame:
    """The tracked commitments of one bulletin, each new, restated or revised against every bulletin
    loaded before it (the links only ever reach back), with the mention it revised, its target's
    status on `as_of` and its flags."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT m.target_id, m.revision, m.changes, p.value AS previous_value, p.target_year AS previous_year,
               t.n_mentions, s.status, s.outcome_share, {_FLAG_LIST} AS flags, c.*
        FROM target_mentions m
        JOIN commitments c ON c.id = m.commitment_id
        JOIN tracked_targets t ON t.target_id = m.target_id
        LEFT JOIN target_status(?) s ON s.target_id = m.target_id
        LEFT JOIN target_mentions p ON p.target_id = m.target_id AND p.seq = m.seq - 1
        WHERE m.bulletin = ? AND {where}
        ORDER BY CASE m.revision WHEN 'new' THEN 1 WHEN 'revised' THEN 0 ELSE 2 END, c.region, c.line
    """
    return _frame(con, sql, [as_of, bulletin, *params])


def data_flags(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Every flag on the filtered commitments, with the record it points at."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT f.flag, f.detail, c.* FROM data_flags f JOIN commitments c ON c.id = f.commitment_id
        WHERE {where} ORDER BY f.flag, c.issue_date DESC, c.bulletin, c.line
    """
    return _frame(con, sql, params)


def commitment_flags(con: duckdb.DuckDBPyConnection, commitment_id: str) -> pd.DataFrame:
    sql = "SELECT flag, detail FROM data_flags WHERE commitment_id = ? ORDER BY flag"
    return _frame(con, sql, [commitment_id])
