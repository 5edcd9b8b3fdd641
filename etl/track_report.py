"""`python -m etl track`: tracked targets as plain text (status as of a date, mentions, evidence, flags).

Status comes from the `target_status(as_of)` macro of etl/schema.sql, the same the
dashboard asks, so the command line and the pages never disagree.
"""

from __future__ import annotations

from datetime import date

import duckdb

TARGETS_SQL = """
    SELECT t.*, s.status, s.outcome_share, c.subject_ko, c.value_text, c.sector, c.issuer
    FROM tracked_targets t
    JOIN target_status(?) s USING (target_id)
    JOIN commitments c ON c.id = t.latest_id
"""


def overview(con: duckdb.DuckDBPyConnection, as_of: date) -> str:
    rows = con.execute(
        f"{TARGETS_SQL} ORDER BY t.deadline_year NULLS LAST, t.region, c.subject_ko", [as_of]
    ).fetchall()
    columns = [d[0] for d in con.description]
    lines = [f"tracked targets as of {as_of}: {len(rows)}"]
    for row in rows:
        r = dict(zip(columns, row, strict=True))
        lines.append(
            f"{r['target_id']}  {_status(r):<32} {r['deadline_year'] or '-':>5}  {r['region']:<12} "
            f"{r['subject_ko']} {r['value_text']}  ({r['n_mentions']} mentions, {r['n_revisions']} revisions)"
        )
    return "\n".join(lines)


def find(con: duckdb.DuckDBPyConnection, *, target: str | None, search: str | None) -> list[str]:
    """Target ids for an id (target or any mention) or a text searched in subjects and sentences."""
    if target:
        sql = "SELECT DISTINCT target_id FROM target_mentions WHERE target_id = ? OR commitment_id = ?"
        return [row[0] for row in con.execute(sql, [target, target]).fetchall()]
    sql = """
        SELECT m.target_id FROM target_mentions m JOIN commitments c ON c.id = m.commitment_id
        WHERE contains(lower(c.subject_ko), lower(?)) OR contains(lower(c.sentence), lower(?))
        GROUP BY m.target_id ORDER BY min(c.issue_date), m.target_id
    """
    return [row[0] for row in con.execute(sql, [search, search]).fetchall()]


def describe(con: duckdb.DuckDBPyConnection, target_id: str, as_of: date) -> str:
    cursor = con.execute(f"{TARGETS_SQL} WHERE t.target_id = ?", [as_of, target_id])
    row = cursor.fetchone()
    if row is None:  # first reported after as_of
        return f"{target_id}: not yet reported on {as_of}"
    r = dict(zip([d[0] for d in cursor.description], row, strict=True))
    lines = [
        f"{r['subject_ko']} — {r['region']}, {r['unit']}, deadline {r['deadline_year'] or 'none'}",
        f"status as of {as_of}: {_status(r)}",
        f"target {target_id}: {r['n_mentions']} mentions, {r['n_revisions']} revisions (links are automatic)",
        *_progress(r),
        "mentions:",
        *_mentions(con, target_id),
    ]
    evidence = _evidence(con, target_id)
    if evidence:
        lines += ["evidence (actuals):", *evidence]
    return "\n".join(lines)


def _status(row: dict) -> str:
    if row["status"] == "partly" and row["outcome_share"] is not None:
        return f"partly ({row['outcome_share']:.0%})"
    if row["status"] == "deadline_passed":
        return "deadline passed, outcome unknown"
    return row["status"]


def _progress(r: dict) -> list[str]:
    if r["baseline_value"] is None and r["actual_value"] is None:
        return []
    parts = []
    if r["baseline_value"] is not None:
        parts.append(f"baseline {r['baseline_value']:,.10g} ({r['baseline_year']})")
    if r["actual_value"] is not None:
        parts.append(f"latest actual {r['actual_value']:,.10g} ({r['actual_year']})")
    if r["progress_share"] is not None:
        parts.append(f"{r['progress_share']:.0%} of the way")
    growth = [
        f"{label} {value:+.1%}/yr"
        for label, value in (("needed", r["growth_needed"]), ("observed", r["growth_observed"]))
        if value is not None
    ]
    return ["progress: " + ", ".join(parts + growth)]


def _mentions(con: duckdb.DuckDBPyConnection, target_id: str) -> list[str]:
    sql = """
        SELECT m.issue_date, m.bulletin, c.line, c.value_text, m.target_year, m.revision, m.changes,
               c.sentence, (SELECT string_agg(f.flag, ', ') FROM data_flags f WHERE f.commitment_id = c.id)
        FROM target_mentions m JOIN commitments c ON c.id = m.commitment_id
        WHERE m.target_id = ? ORDER BY m.seq
    """
    lines = []
    for day, bulletin, line, value_text, year, revision, changes, sentence, flags in con.execute(
        sql, [target_id]
    ).fetchall():
        change = ", ".join(changes) if changes else revision
        flagged = f"  [flags: {flags}]" if flags else ""
        lines.append(f"  {day} {bulletin}:{line}  {value_text} by {year or '-'}  {change}{flagged}")
        lines.append(f"      {sentence.strip()}")
    return lines


def _evidence(con: duckdb.DuckDBPyConnection, target_id: str) -> list[str]:
    sql = """
        SELECT e.reported_on, e.bulletin, c.line, c.value_text, e.actual_year, e.role, e.share, e.verdict
        FROM target_evidence e JOIN commitments c ON c.id = e.commitment_id
        WHERE e.target_id = ? ORDER BY e.actual_year, e.reported_on
    """
    return [
        f"  {day} {bulletin}:{line}  {value_text} in {year}  {role}"
        + (f", {share:.0%} of the way" if share is not None else "")
        + (f" → {verdict}" if verdict else "")
        for day, bulletin, line, value_text, year, role, share, verdict in con.execute(
            sql, [target_id]
        ).fetchall()
    ]
