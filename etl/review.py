"""Reviews: the analysts' sign-offs, kept apart from the database that every build replaces.

The store is an append-only log of review actions (accept, correct, reject, add), each
with who, when, the fields before and after, the reason, and the key of the record it
is about: commitment id + bulletin sha256 + line + value text. Nothing is ever updated
or deleted in it, so a crash can at most lose the one action being written, and the
"current state" of a record is always derived by folding its actions in order.

`apply` writes that state into a database being built (etl/load.py calls it before the
atomic swap): corrections win over extraction, rejections are kept with status
`rejected` (the dashboard hides them unless asked), additions are inserted, every
reviewed record carries `review_status`, `reviewed_by`, `reviewed_at`. A review whose
commitment id no longer exists (an upgraded extractor) is re-attached by sha256 + line
+ value text; one that matches nothing is listed in `orphaned_reviews`, never dropped.

The store is SQLite (stdlib, WAL, one transaction per action) by default, or PostgreSQL
when PTT_REVIEWS_URL names one, so that several dashboard processes share one log: both
behind `ReviewStore`, with the same plain, parameterised SQL. Writes are refused in a
read-only deployment (config.READ_ONLY).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import duckdb

from etl import checks, config, gazetteer, sectors

ACTIONS = ("accept", "correct", "reject", "add")
REJECT_REASONS = ("not_commitment", "duplicate", "wrong_article", "other")
STATUSES = ("extracted", "accepted", "corrected", "added", "rejected")
# The status an action gives on its own, for words ("확인", "수정" …) in histories and messages.
STATUS_OF = {"accept": "accepted", "correct": "corrected", "reject": "rejected", "add": "added"}
# The fields a reviewer may correct (or give an added record), as commitments columns.
FIELDS = (
    "kind", "value", "value_max", "unit", "qualifier", "target_year", "plan_period",
    "region", "city", "sector", "issuer", "subject_ko", "subject_en",
)  # fmt: skip
# An added record needs these; the rest may stay empty.
ADD_REQUIRED = ("kind", "value", "unit", "qualifier", "region", "sector", "issuer", "subject_ko")
ADDED_RULE = "added_by_reviewer"
# The review queue's order (CLI and dashboard): least certain first, then newest bulletin, in line order.
QUEUE_ORDER = (
    "CASE confidence WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, issue_date DESC, bulletin, line, id"
)
PLAN_PERIOD = re.compile(r"\d{4}(-\d{4})?")


class ReviewError(ValueError):
    """A review that cannot be recorded (bad field, unknown record, bad import line)."""


class ReviewStoreError(ReviewError):
    """The review store cannot be reached (PostgreSQL down, wrong URL or password)."""


class ReadOnlyError(ReviewError):
    """A write in a read-only deployment."""


@dataclass(frozen=True)
class Key:
    """What a review is about: the stable id, and what re-attaches it when the id changes."""

    commitment_id: str
    bulletin_sha256: str
    line: int
    value_text: str


@dataclass(frozen=True)
class Action:
    key: Key
    action: str  # accept | correct | reject | add
    reviewer: str
    at: datetime  # UTC
    before: dict = field(default_factory=dict)  # the fields as they were (correct)
    after: dict = field(default_factory=dict)  # the fields set (correct) or the whole record (add)
    reason: str | None = None  # reject: one of REJECT_REASONS, optionally ": words"
    seq: int | None = None  # position in the store's log

    def to_json(self) -> dict:
        row = asdict(self)
        row.pop("seq")
        row["at"] = self.at.isoformat()
        return row

    @classmethod
    def from_json(cls, row: dict) -> Action:
        try:
            return cls(
                key=Key(**row["key"]),
                action=row["action"],
                reviewer=row["reviewer"],
                at=datetime.fromisoformat(row["at"]),
                before=row.get("before") or {},
                after=row.get("after") or {},
                reason=row.get("reason"),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ReviewError(f"not a review action: {error}") from error


class ReviewStore(Protocol):
    """What the rest of the project uses; SQLiteStore and PostgresStore implement it."""

    def record(self, action: Action) -> Action: ...

    def record_many(self, actions: Iterable[Action]) -> int: ...

    def actions(self) -> list[Action]: ...

    def history(self, key: Key) -> list[Action]: ...

    def version(self) -> str: ...


# Portable DDL apart from the key ({seq}: SQLite's AUTOINCREMENT, PostgreSQL's identity).
_DDL = """
CREATE TABLE IF NOT EXISTS review_actions (
    seq             {seq},
    commitment_id   TEXT NOT NULL,
    bulletin_sha256 TEXT NOT NULL,
    line            INTEGER NOT NULL,
    value_text      TEXT NOT NULL,
    action          TEXT NOT NULL,
    reviewer        TEXT NOT NULL,
    at              TEXT NOT NULL,
    before_fields   TEXT NOT NULL,
    after_fields    TEXT NOT NULL,
    reason          TEXT
)
"""
_COLUMNS = "commitment_id, bulletin_sha256, line, value_text, action, reviewer, at, before_fields, after_fields, reason"
_MARKS = ", ".join("?" * len(_COLUMNS.split(", ")))
_INSERT = f"INSERT INTO review_actions ({_COLUMNS}) VALUES ({_MARKS}) RETURNING seq"


class _LogStore:
    """The log's SQL, one text for both backends: plain, parameterised with `?` (turned into
    psycopg's `%s` for PostgreSQL), nothing ever updated or deleted. A backend supplies
    `connect` (a writer's transaction holds the store's one write lock, so seq order is commit
    order and an import's duplicate check cannot race) and `_has_table`."""

    placeholder = "?"

    def connect(self, *, write: bool = False) -> contextlib.AbstractContextManager: ...

    def _has_table(self, con) -> bool: ...

    def _run(self, con, sql: str, params: Iterable = ()):
        return con.execute(sql.replace("?", self.placeholder), tuple(params))

    def record(self, action: Action) -> Action:
        with self.connect(write=True) as con:
            (seq,) = self._run(con, _INSERT, _values(action)).fetchone()
            return replace(action, seq=seq)

    def record_many(self, actions: Iterable[Action]) -> int:
        """All of them or none, skipping any already in the store (an import read twice adds nothing)."""
        added = 0
        with self.connect(write=True) as con:
            for action in actions:
                values = _values(action)
                found = self._run(
                    con,
                    "SELECT 1 FROM review_actions WHERE commitment_id = ? AND bulletin_sha256 = ? AND line = ?"
                    " AND value_text = ? AND action = ? AND reviewer = ? AND at = ?",
                    values[:7],
                ).fetchone()
                if not found:
                    self._run(con, _INSERT, values).fetchone()
                    added += 1
        return added

    def actions(self) -> list[Action]:
        return self._select("1 = 1", [])

    def history(self, key: Key) -> list[Action]:
        """Every action on this record: under its id, or under its sha256 + line + value text."""
        return self._select(
            "commitment_id = ? OR (bulletin_sha256 = ? AND line = ? AND value_text = ?)",
            [key.commitment_id, key.bulletin_sha256, key.line, key.value_text],
        )

    def version(self) -> str:
        """A token that changes with every action stored (the log only grows: its count does)."""
        with self.connect() as con:
            if not self._has_table(con):
                return "0"
            count, last = self._run(con, "SELECT COUNT(*), MAX(seq) FROM review_actions").fetchone()
        return f"{count}:{last}"

    def _select(self, where: str, params: list) -> list[Action]:
        with self.connect() as con:
            if not self._has_table(con):
                return []
            rows = self._run(
                con, f"SELECT seq, {_COLUMNS} FROM review_actions WHERE {where} ORDER BY seq", params
            ).fetchall()
        return [_action(row) for row in rows]


_SQLITE_WAIT = 30.0  # seconds a connection waits for another writer


def _write_ahead_log(con: sqlite3.Connection) -> None:
    """Put the file in WAL mode (kept in the file, so once is enough). Switching needs the file to
    itself and SQLite answers "database is locked" at once, without its busy wait, when another
    connection is switching the same new file: so retry here, within the same patience."""
    deadline = time.monotonic() + _SQLITE_WAIT
    while True:
        try:
            if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                con.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLiteStore(_LogStore):
    """The review log in one SQLite file (the default, one machine): WAL, so readers never
    block the writer, and a crash never leaves it unreadable; each action is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextlib.contextmanager
    def connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """The one place a connection is made; a writer holds the write lock for its transaction."""
        if write:
            _refuse_in_read_only()
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():  # a reader never creates the file
            con = sqlite3.connect(":memory:")
            try:
                yield con
            finally:
                con.close()
            return
        con = sqlite3.connect(self.path, timeout=_SQLITE_WAIT, isolation_level=None)
        try:
            _write_ahead_log(con)
            con.execute("PRAGMA synchronous=FULL")  # a committed action survives a power cut
            if write:
                con.execute("BEGIN IMMEDIATE")
                try:
                    con.execute(_DDL.format(seq="INTEGER PRIMARY KEY AUTOINCREMENT"))
                    yield con
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
            else:
                yield con
        finally:
            con.close()

    def _has_table(self, con: sqlite3.Connection) -> bool:
        found = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_actions'")
        return found.fetchone() is not None


# Any constant: the key of the transaction-level advisory lock that orders PostgreSQL writers.
_PG_WRITE_LOCK = 0x5054_5452  # "PTTR"


class PostgresStore(_LogStore):
    """The review log in a PostgreSQL database (PTT_REVIEWS_URL), shared by every dashboard
    process of a team. Same table, same SQL; each action is one transaction, writers queue on
    an advisory lock (as SQLite's BEGIN IMMEDIATE), and the table is created by the first
    writer under that lock, so any number of processes may start at once."""

    placeholder = "%s"

    def __init__(self, url: str) -> None:
        self.url = url

    @contextlib.contextmanager
    def connect(self, *, write: bool = False) -> Iterator:
        import psycopg  # only a team deployment needs the driver loaded

        if write:
            _refuse_in_read_only()
        try:
            con = psycopg.connect(self.url, connect_timeout=10, application_name="policy-target-tracker")
        except psycopg.OperationalError as error:
            raise ReviewStoreError(f"review store {_safe_url(self.url)}: {error}".strip()) from error
        with con:  # commits on success, rolls back on an error, then closes
            if write:
                con.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_WRITE_LOCK,))
                con.execute(_DDL.format(seq="BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"))
            yield con

    def _has_table(self, con) -> bool:
        return con.execute("SELECT to_regclass('review_actions') IS NOT NULL").fetchone()[0]


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _values(action: Action) -> tuple:
    key = action.key
    return (
        key.commitment_id, key.bulletin_sha256, key.line, key.value_text, action.action, action.reviewer,
        action.at.isoformat(), json.dumps(action.before, ensure_ascii=False),
        json.dumps(action.after, ensure_ascii=False), action.reason,
    )  # fmt: skip


def _action(row: tuple) -> Action:
    seq, commitment_id, sha256, line, value_text, action, reviewer, at, before, after, reason = row
    return Action(
        Key(commitment_id, sha256, line, value_text),
        action,
        reviewer,
        datetime.fromisoformat(at),
        json.loads(before),
        json.loads(after),
        reason,
        seq,
    )


def is_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def open_store(location: str | Path | None = None) -> ReviewStore:
    """The store at a path (SQLite) or a postgresql:// URL; by default PTT_REVIEWS_URL if set,
    else the file PTT_REVIEWS_PATH."""
    location = location or config.REVIEWS_URL or config.REVIEWS_PATH
    return PostgresStore(str(location)) if is_url(location) else SQLiteStore(Path(location))


def shared() -> bool:
    """Reviews live in a server shared by several dashboards (a team deployment)."""
    return bool(config.REVIEWS_URL)


def _refuse_in_read_only() -> None:
    if config.READ_ONLY:
        raise ReadOnlyError("this deployment is read-only (PTT_READ_ONLY): reviews cannot be changed")


# Making actions: every one checked before it is stored, so a build never meets a bad value.


def now() -> datetime:
    return datetime.now(UTC)


def accept(key: Key, reviewer: str) -> Action:
    return Action(key, "accept", _reviewer(reviewer), now())


def reject(key: Key, reviewer: str, reason: str, note: str = "") -> Action:
    if reason not in REJECT_REASONS:
        raise ReviewError(f"reject reason must be one of {', '.join(REJECT_REASONS)}, not {reason!r}")
    if reason == "other" and not note.strip():
        raise ReviewError("a rejection for another reason needs words saying why")
    text = f"{reason}: {note.strip()}" if note.strip() else reason
    return Action(key, "reject", _reviewer(reviewer), now(), reason=text)


def correct(key: Key, reviewer: str, record: dict, changes: dict) -> Action:
    """Only the fields that change are kept, with their values before (as the record showed them)."""
    before = {name: _plain(record.get(name)) for name in changes}
    after = {name: value for name, value in validate(changes).items() if before[name] != value}
    if not after:
        raise ReviewError("the correction changes nothing")
    return Action(key, "correct", _reviewer(reviewer), now(), {name: before[name] for name in after}, after)


def add(bulletin_sha256: str, line: int, value_text: str, reviewer: str, fields: dict) -> Action:
    if not value_text.strip():
        raise ReviewError("an added record needs the number as printed (value text)")
    key = Key(added_id(bulletin_sha256, line, value_text), bulletin_sha256, int(line), value_text)
    return check(Action(key, "add", _reviewer(reviewer), now(), {}, validate(fields)))


def check(action: Action) -> Action:
    """The checks every stored action passes, also when it comes from an imported file."""
    if action.action not in ACTIONS:
        raise ReviewError(f"unknown action {action.action!r}")
    _reviewer(action.reviewer)
    validate(action.after)
    if action.action == "add":
        missing = [name for name in ADD_REQUIRED if action.after.get(name) in (None, "")]
        if missing:
            raise ReviewError(f"an added record needs {', '.join(missing)}")
    if action.action == "reject" and (action.reason or "").partition(":")[0] not in REJECT_REASONS:
        raise ReviewError(f"reject reason must start with one of {', '.join(REJECT_REASONS)}")
    return action


def _plain(value: object) -> object:
    """A database value as JSON can hold it: NaN and NA as None, numpy numbers as Python's."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return _plain(value.item())
    if isinstance(value, (str, int, float, bool)):
        return value
    return None if str(value) in ("<NA>", "NaT") else str(value)


def added_id(bulletin_sha256: str, line: int, value_text: str) -> str:
    """An added record's id: stable, and never one the extractor's ids (etl.model.commitment_id) take."""
    raw = f"{bulletin_sha256}|{line}|{value_text}|added".encode()
    return "r" + hashlib.sha256(raw).hexdigest()[:15]


def _reviewer(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ReviewError("a review needs the reviewer's name")
    return name[:100]


def validate(fields: dict) -> dict:
    """The fields with their values checked and typed the way commitments stores them."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ReviewError(f"not a field a review can set: {', '.join(sorted(unknown))}")
    return {name: _check(name, value) for name, value in fields.items()}


def _check(name: str, value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
    if value in (None, ""):
        if name in ADD_REQUIRED:
            raise ReviewError(f"{name} cannot be empty")
        return None
    if name in ("value", "value_max"):
        number = _number(name, value)
        return number
    if name == "target_year":
        year = _number(name, value)
        if year != int(year) or not config.TARGET_YEAR_MIN <= year <= config.TARGET_YEAR_MAX:
            raise ReviewError(f"target_year must be a year {config.TARGET_YEAR_MIN}–{config.TARGET_YEAR_MAX}")
        return int(year)
    allowed = _allowed().get(name)
    if allowed is not None and value not in allowed:
        raise ReviewError(f"{name} {value!r} is not one of the known values")
    if (
        name == "unit"
        and value not in checks.canonical_units()
        and not re.fullmatch(checks.LOWER_CASE_UNIT, value)
    ):
        raise ReviewError(f"unit {value!r} is neither a canonical unit nor a lower-case name")
    if name == "plan_period" and not PLAN_PERIOD.fullmatch(str(value)):
        raise ReviewError("plan_period must read YYYY or YYYY-YYYY")
    return str(value)


def _number(name: str, value: object) -> float:
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        raise ReviewError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise ReviewError(f"{name} must be a finite number")
    return number


def _allowed() -> dict[str, set[str]]:
    regions = {p.name_en for p in gazetteer.provinces()} | {r.name_en for r in gazetteer.economic_regions()}
    return {
        "kind": set(checks.KINDS),
        "qualifier": set(checks.QUALIFIERS),
        "region": regions | {checks.NATIONAL},
        "sector": {sector.id for sector in sectors.sectors()},
    }


# Applying the store to a database.


@dataclass
class ApplyReport:
    applied: int = 0  # records carrying a review
    added: int = 0
    reattached: int = 0  # actions whose commitment id had changed
    orphaned: int = 0


@dataclass
class _State:
    status: str = "extracted"
    fields: dict = field(default_factory=dict)
    reviewer: str = ""
    at: datetime | None = None
    added: bool = False

    def fold(self, action: Action) -> None:
        """One more action on this record: the last word decides, corrections accumulate."""
        if action.action in ("add", "correct"):
            self.fields.update(action.after)
        self.added = self.added or action.action == "add"
        if action.action == "reject":
            self.status = "rejected"
        elif self.added:
            self.status = "added"
        elif action.action == "correct" or self.fields:
            self.status = "corrected"
        else:
            self.status = "accepted"
        self.reviewer, self.at = action.reviewer, action.at


def apply(con: duckdb.DuckDBPyConnection, store: ReviewStore | None = None) -> ApplyReport:
    """Write the store's current state into the database `con` (idempotent: apply twice, same result)."""
    store = store or open_store()
    report = ApplyReport()
    actions = store.actions()  # first: a store out of reach leaves the database as it was
    con.execute("UPDATE commitments SET review_status = 'extracted', reviewed_by = NULL, reviewed_at = NULL")
    con.execute("DELETE FROM orphaned_reviews")
    states: dict[str, _State] = {}
    orphans: list[tuple[Action, str]] = []
    for action in actions:
        target, why = _target(con, action)
        if target is None:
            orphans.append((action, why))
            continue
        if target != action.key.commitment_id:
            report.reattached += 1
        states.setdefault(target, _State()).fold(action)
    for commitment_id, state in states.items():
        _write_state(con, commitment_id, state)
    report.applied = len(states)
    report.added = sum(state.added for state in states.values())
    _record_orphans(con, orphans)
    report.orphaned = len(orphans)
    return report


def _target(con: duckdb.DuckDBPyConnection, action: Action) -> tuple[str | None, str]:
    """The id of the record the action applies to now, or None and why there is none."""
    key = action.key
    if con.execute("SELECT 1 FROM commitments WHERE id = ?", [key.commitment_id]).fetchone():
        return key.commitment_id, ""
    bulletin = con.execute("SELECT id FROM bulletins WHERE sha256 = ?", [key.bulletin_sha256]).fetchone()
    if bulletin is None:
        return None, "bulletin not loaded"
    same_place = con.execute(
        "SELECT id FROM commitments WHERE bulletin = ? AND line = ? AND value_text = ? ORDER BY id LIMIT 1",
        [bulletin[0], key.line, key.value_text],
    ).fetchone()
    if same_place:  # an upgraded extractor gave it another id, or now finds what was added
        return same_place[0], ""
    if action.action == "add":
        return _insert_added(con, action, bulletin[0])
    return None, "no record at that line with that number any more"


def _insert_added(con: duckdb.DuckDBPyConnection, action: Action, bulletin_id: str) -> tuple[str | None, str]:
    key = action.key
    place = con.execute(
        """SELECT l.article_seq, l.text, a.headline, b.issue_date
           FROM bulletin_lines l JOIN articles a ON a.bulletin_id = l.bulletin_id AND a.seq = l.article_seq
           JOIN bulletins b ON b.id = l.bulletin_id
           WHERE l.bulletin_id = ? AND l.line = ?""",
        [bulletin_id, key.line],
    ).fetchone()
    if place is None:
        return None, "line not in an article of the bulletin"
    article_seq, sentence, headline, issue_date = place
    if key.value_text not in sentence:
        return None, "the number is not on that line any more"
    row = {name: None for name in FIELDS} | action.after
    row |= {
        "id": key.commitment_id, "bulletin": bulletin_id, "article_seq": article_seq, "issue_date": issue_date,
        "article_title": headline, "value_text": key.value_text, "per_year": False, "sentence": sentence,
        "line": key.line, "extractor_version": "review", "confidence": "high", "rule": ADDED_RULE,
    }  # fmt: skip
    columns = list(row)
    con.execute(
        f"INSERT INTO commitments ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [row[name] for name in columns],
    )
    return key.commitment_id, ""


def _write_state(con: duckdb.DuckDBPyConnection, commitment_id: str, state: _State) -> None:
    # Column names come from FIELDS (validated on the way in), never from the store's text.
    names = [name for name in state.fields if name in FIELDS]
    assignments = ", ".join(f"{name} = ?" for name in ["review_status", "reviewed_by", "reviewed_at", *names])
    con.execute(
        f"UPDATE commitments SET {assignments} WHERE id = ?",
        [
            state.status,
            state.reviewer,
            _naive(state.at),
            *(state.fields[name] for name in names),
            commitment_id,
        ],
    )


def _record_orphans(con: duckdb.DuckDBPyConnection, orphans: list[tuple[Action, str]]) -> None:
    if not orphans:
        return
    con.executemany(
        "INSERT INTO orphaned_reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (a.key.commitment_id, a.key.bulletin_sha256, a.key.line, a.key.value_text, a.action, a.reviewer,
             _naive(a.at), a.reason, why)
            for a, why in orphans
        ],
    )  # fmt: skip


def _naive(moment: datetime | None) -> datetime | None:
    """UTC without its zone: the database's TIMESTAMP columns hold UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment else None


def refresh(db_path: Path | None = None, store: ReviewStore | None = None) -> ApplyReport:
    """Re-apply the store to the served database through the loader's atomic copy-and-swap,
    so a dashboard shows a review at once and a crash leaves the served file as it was."""
    from etl import load

    _refuse_in_read_only()
    db_path = Path(db_path or config.DB_PATH)
    with load.writing(db_path, keep_contents=True) as (con, is_new):
        if is_new:
            raise ReviewError(f"{db_path}: no database to apply reviews to; build it first")
        if problem := load.schema_difference(con):
            raise ReviewError(f"{db_path}: built by an older version ({problem}); rebuild it")
        return apply(con, store)


def key_of(record: dict) -> Key:
    """The key of a commitment row joined with its bulletin's sha256."""
    return Key(str(record["id"]), str(record["sha256"]), int(record["line"]), str(record["value_text"]))
