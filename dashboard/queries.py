"""Every question the pages ask the database: parameterised SQL returning DataFrames, cached.

User input only ever reaches SQL as a bound parameter; the few column names that vary
come from the fixed `DIMENSIONS` allow-list. Results are cached per data version
(`dashboard.db.connection_key`), so a rebuilt database is never answered from the cache.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import streamlit as st

from dashboard.db import connection_key
from dashboard.filters import Filters
from etl.review import QUEUE_ORDER

cached = st.cache_data(
    hash_funcs={duckdb.DuckDBPyConnection: connection_key}, max_entries=1024, show_spinner=False
)

# Dimension a chart can group by → its column. Never taken from user input directly.
DIMENSIONS = {
    "target_year": "c.target_year",
    "region": "c.region",
    "city": "c.city",
    "sector": "c.sector",
    "kind": "c.kind",
    "unit": "c.unit",
}

# Multi-valued filter → column it restricts.
_LIST_FILTERS = (
    ("provinces", "c.region"),
    ("cities", "c.city"),
    ("sectors", "c.sector"),
    ("kinds", "c.kind"),
    ("issuers", "c.issuer"),
    ("units", "c.unit"),
)
_RANGE_FILTERS = (
    ("year_from", "c.target_year >= ?"),
    ("year_to", "c.target_year <= ?"),
    ("date_from", "c.issue_date >= ?"),
    ("date_to", "c.issue_date <= ?"),
)
_TEXT_FILTER = (
    "(contains(lower(c.subject_ko), lower(?)) OR contains(lower(coalesce(c.subject_en, '')), lower(?))"
    " OR contains(lower(c.sentence), lower(?)))"
)


# A commitment's data-quality flags (etl/quality.py) as a list, empty when it has none.
_FLAG_LIST = (
    "coalesce((SELECT list(f.flag ORDER BY f.flag) FROM data_flags f WHERE f.commitment_id = c.id), [])"
)


def where_clause(filters: Filters) -> tuple[str, list]:
    """The SQL condition on `commitments c` for the filters, and its parameters."""
    conditions: list[str] = []
    params: list = []
    for name, column in _LIST_FILTERS:
        values = getattr(filters, name)
        if values:
            conditions.append(f"list_contains(?, {column})")
            params.append(list(values))
    for name, condition in _RANGE_FILTERS:
        value = getattr(filters, name)
        if value is not None:
            conditions.append(condition)
            params.append(value)
    if filters.text:
        conditions.append(_TEXT_FILTER)
        params.extend([filters.text] * 3)
    if not filters.with_rejected:
        conditions.append("c.review_status <> 'rejected'")
    if filters.reviewed_only:
        conditions.append("c.review_status IN ('accepted', 'corrected', 'added')")
    return " AND ".join(conditions) or "TRUE", params


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


@cached
def commitments(con: duckdb.DuckDBPyConnection, filters: Filters, as_of: date | None = None) -> pd.DataFrame:
    """The filtered commitments, newest bulletin first, in line order within a bulletin, each with
    its tracked target's status on `as_of` (today by default), mentions, revision and flags."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT c.*, m.target_id, t.n_mentions, m.revision, m.changes, s.status, s.outcome_share,
               {_FLAG_LIST} AS flags
        FROM commitments c
        LEFT JOIN target_mentions m ON m.commitment_id = c.id
        LEFT JOIN tracked_targets t ON t.target_id = m.target_id
        LEFT JOIN target_status(?) s ON s.target_id = m.target_id
        WHERE {where}
        ORDER BY c.issue_date DESC, c.bulletin, c.line, c.id
    """
    return _frame(con, sql, [as_of or date.today(), *params])


@cached
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


@cached
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


@cached
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


@cached
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


@cached
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


@cached
def bulletin_dates(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[date]:
    """Issue dates of the bulletins behind the filtered commitments, newest first."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT DISTINCT b.issue_date FROM bulletins b
        WHERE b.id IN (SELECT c.bulletin FROM commitments c WHERE {where})
        ORDER BY b.issue_date DESC
    """
    return [row[0] for row in con.execute(sql, params).fetchall()]


@cached
def filter_options(con: duckdb.DuckDBPyConnection) -> dict:
    """What the sidebar offers: the values present in the data, most frequent first."""

    def values(column: str) -> list[str]:
        sql = f"""
            SELECT {column} FROM commitments c WHERE {column} IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC, 1
        """
        return [row[0] for row in con.execute(sql).fetchall()]

    years = con.execute("SELECT min(target_year), max(target_year) FROM commitments").fetchone()
    dates = con.execute("SELECT min(issue_date), max(issue_date) FROM bulletins").fetchone()
    cities = _frame(con, "SELECT DISTINCT region, city FROM commitments WHERE city IS NOT NULL ORDER BY 2")
    return {
        "regions": values("c.region"),
        "cities": cities,
        "sectors": values("c.sector"),
        "kinds": values("c.kind"),
        "issuers": values("c.issuer"),
        "units": values("c.unit"),
        "years": years,
        "dates": dates,
    }


@cached
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


@cached
def rejected_candidates(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    """The numbers the extractor read in an article and did not take, with the reason."""
    sql = """
        SELECT line, value_text, reason FROM rejected_candidates
        WHERE bulletin_id = ? AND article_seq = ? ORDER BY line, value_text
    """
    return _frame(con, sql, [bulletin, article_seq])


@cached
def orphaned_reviews(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    sql = "SELECT * FROM orphaned_reviews ORDER BY reviewed_at DESC"
    return _frame(con, sql)


@cached
def commitment(con: duckdb.DuckDBPyConnection, commitment_id: str) -> dict | None:
    """One commitment with its bulletin's provenance, or None for an unknown id."""
    sql = """
        SELECT c.*, b.file_name, b.sha256, b.publisher, b.organisation, b.kind AS source_kind
        FROM commitments c JOIN bulletins b ON b.id = c.bulletin WHERE c.id = ?
    """
    rows = _frame(con, sql, [commitment_id])
    return rows.iloc[0].to_dict() if len(rows) else None


@cached
def article_lines(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    sql = "SELECT line, text FROM bulletin_lines WHERE bulletin_id = ? AND article_seq = ? ORDER BY line"
    return _frame(con, sql, [bulletin, article_seq])


@cached
def page_lines(con: duckdb.DuckDBPyConnection, bulletin: str, page: int) -> pd.DataFrame:
    """The lines a PDF bulletin printed on one page (a line running over the break: where it starts)."""
    sql = "SELECT line, page_line, text FROM bulletin_lines WHERE bulletin_id = ? AND page = ? ORDER BY line"
    return _frame(con, sql, [bulletin, page])


@cached
def article(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> dict | None:
    sql = "SELECT * FROM articles WHERE bulletin_id = ? AND seq = ?"
    rows = _frame(con, sql, [bulletin, article_seq])
    return rows.iloc[0].to_dict() if len(rows) else None


@cached
def article_references(con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int) -> pd.DataFrame:
    sql = """
        SELECT title, url, line FROM article_references
        WHERE bulletin_id = ? AND article_seq = ? ORDER BY seq
    """
    return _frame(con, sql, [bulletin, article_seq])


@cached
def same_article(
    con: duckdb.DuckDBPyConnection, bulletin: str, article_seq: int, exclude_id: str
) -> pd.DataFrame:
    sql = """
        SELECT * FROM commitments WHERE bulletin = ? AND article_seq = ? AND id <> ?
        ORDER BY line, id
    """
    return _frame(con, sql, [bulletin, article_seq, exclude_id])


@cached
def bulletins(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every bulletin and single article loaded, newest first, with its number of commitments."""
    sql = """
        SELECT b.issue_date, b.kind, b.file_name, b.n_articles AS articles,
               (SELECT count(*) FROM commitments c WHERE c.bulletin = b.id) AS commitments,
               b.sha256, b.source_format, b.encoding, b.ingested_at, b.id
        FROM bulletins b ORDER BY b.issue_date DESC, b.id
    """
    return _frame(con, sql)


@cached
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


@cached
def tracked_targets(con: duckdb.DuckDBPyConnection, filters: Filters, as_of: date) -> pd.DataFrame:
    """The tracked targets known on `as_of`, with their status then, soonest deadline first."""
    where, params = where_clause(filters)
    sql = f"{_TRACKED} WHERE {where} ORDER BY t.deadline_year NULLS LAST, t.region, c.subject_ko, t.target_id"
    return _frame(con, sql, [as_of, *params])


@cached
def tracked_target(con: duckdb.DuckDBPyConnection, target_id: str, as_of: date) -> dict | None:
    rows = _frame(con, f"{_TRACKED} WHERE t.target_id = ?", [as_of, target_id])
    return rows.iloc[0].to_dict() if len(rows) else None


@cached
def target_mentions(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    """A target's mentions in issue order, each with its record, revision and flags."""
    sql = f"""
        SELECT m.seq, m.revision, m.changes, m.similarity, c.*,
               {_FLAG_LIST} AS flags
        FROM target_mentions m JOIN commitments c ON c.id = m.commitment_id
        WHERE m.target_id = ? ORDER BY m.seq
    """
    return _frame(con, sql, [target_id])


@cached
def target_evidence(con: duckdb.DuckDBPyConnection, target_id: str) -> pd.DataFrame:
    sql = """
        SELECT e.role, e.share, e.verdict, e.actual_year, e.reported_on, c.value, c.value_text, c.unit,
               c.sentence, c.bulletin, c.line
        FROM target_evidence e JOIN commitments c ON c.id = e.commitment_id
        WHERE e.target_id = ? ORDER BY e.actual_year, e.reported_on
    """
    return _frame(con, sql, [target_id])


@cached
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


@cached
def data_flags(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Every flag on the filtered commitments, with the record it points at."""
    where, params = where_clause(filters)
    sql = f"""
        SELECT f.flag, f.detail, c.* FROM data_flags f JOIN commitments c ON c.id = f.commitment_id
        WHERE {where} ORDER BY f.flag, c.issue_date DESC, c.bulletin, c.line
    """
    return _frame(con, sql, params)


@cached
def commitment_flags(con: duckdb.DuckDBPyConnection, commitment_id: str) -> pd.DataFrame:
    sql = "SELECT flag, detail FROM data_flags WHERE commitment_id = ? ORDER BY flag"
    return _frame(con, sql, [commitment_id])
