"""Read-only access to the tracker database, renewed whenever a rebuild replaces the file.

Within one process DuckDB keeps serving the database it first opened for a path while
any connection to it is open, so a connection straight to the file would go on showing
the old data after `python -m etl build` replaces it. Instead each *data version* (the
file's inode, size and modification time) gets its own in-memory connection that
ATTACHes the file READ_ONLY: a new version means a new connection, and the next
interaction shows the new data without restarting the server. Read-only attaches
never take the write lock, so the app never blocks a rebuild.

In a team deployment (a shared review store, PTT_REVIEWS_URL) the file is a snapshot no
dashboard writes: each process copies the reviewed table into its in-memory database and
applies the store's reviews there (`_overlay_reviews`), and the store's own version joins the
data version, so a review made in any process shows in every other on its next click.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
import weakref
from pathlib import Path

import duckdb
import streamlit as st

from dashboard import i18n, session
from etl import config, review

ALIAS = "tracker"
# What applying reviews writes (etl/review.py apply): copied into memory in a team deployment.
_REVIEWED_TABLES = ("commitments", "orphaned_reviews")
_VERSION_VARIABLE = "ptt_data_version"
_build_lock = threading.Lock()
_connection_keys: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection_key's answers


def database_path() -> Path:
    return Path(config.DB_PATH)


def data_version(path: Path) -> str | None:
    """A token that changes whenever the file is replaced or rewritten; None when it is missing."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"


def open_read_only(path: Path, version: str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the database file attached READ_ONLY as the default catalog."""
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH ? AS {ALIAS} (READ_ONLY)", [str(path)])
    if review.shared():
        _overlay_reviews(con, version)
    return _use_tracker(con, version)


def _overlay_reviews(con: duckdb.DuckDBPyConnection, version: str) -> None:
    """The snapshot with the shared store's reviews applied, in memory: the reviewed tables are
    copied into the in-memory catalog, which comes first on the search path (`_use_tracker`)."""
    for table in _REVIEWED_TABLES:
        con.execute(f"CREATE TABLE memory.main.{table} AS FROM {ALIAS}.main.{table}")
    with contextlib.suppress(review.ReviewStoreError):  # out of reach: said by reviews_version
        review.apply(_use_tracker(con.cursor(), version))


def reviews_version() -> str:
    """The shared review store's version ('' without one); a store out of reach shows the
    snapshot's reviews as built, with a warning, rather than no page at all."""
    if not review.shared():
        return ""
    try:
        return review.open_store().version()
    except review.ReviewStoreError as error:
        st.warning(str(error), icon=":material/cloud_off:")
        return "unreachable"


def session_cursor(shared: duckdb.DuckDBPyConnection, version: str) -> duckdb.DuckDBPyConnection:
    """A connection of one's own to the shared in-memory database.

    A DuckDB connection must not be used by two threads at once, and Streamlit runs each
    session in a thread of its own; catalog and variable are per connection, so set again.
    """
    return _use_tracker(shared.cursor(), version)


def _use_tracker(con: duckdb.DuckDBPyConnection, version: str) -> duckdb.DuckDBPyConnection:
    con.execute(f"USE {ALIAS}")
    if review.shared():
        con.execute(f"SET search_path = 'memory.main,{ALIAS}.main'")
    con.execute(f"SET VARIABLE {_VERSION_VARIABLE} = ?", [version])
    return con


def connection_key(con: duckdb.DuckDBPyConnection) -> str:
    """What query caches key on: the data version of a connection from `open_read_only`.

    Any other connection (a test's in-memory database) gets a unique token of its own the
    first time it is seen, so cached results never cross from one database to another.
    A connection's key never changes (`_use_tracker` sets it once), so it is asked of the
    database once per connection, not on every cached call.
    """
    key = _connection_keys.get(con)
    if key is None:
        key = con.execute(f"SELECT getvariable('{_VERSION_VARIABLE}')").fetchone()[0]
        if key is None:
            key = f"adhoc:{uuid.uuid4()}"
            con.execute(f"SET VARIABLE {_VERSION_VARIABLE} = ?", [key])
        _connection_keys[con] = key
    return key


@st.cache_resource(max_entries=1, show_spinner=False)
def _connection(path: str, version: str) -> duckdb.DuckDBPyConnection:
    # One entry: when the version changes the old connection is dropped and its file released.
    return open_read_only(Path(path), version)


def get_connection() -> duckdb.DuckDBPyConnection:
    """This session's connection to the database as it is now, building it from the seeds if missing."""
    path = database_path()
    version = data_version(path)
    if version is None:
        build_database(path)
        version = data_version(path)
    if reviews := reviews_version():
        version = f"{version}|reviews {reviews}"
    held = session.db_connection.get()
    if held is None or held[0] != version:
        held = (version, session_cursor(_connection(str(path), version), version))
        session.db_connection.set(held)
    return held[1]


def build_database(path: Path) -> None:
    """Build the database from seeds/ with a progress indicator; one build at a time per process."""
    from etl.load import build

    lang = session.lang.get()
    with _build_lock, st.status(i18n.t("building_db", lang), expanded=True) as status:
        if data_version(path) is None:
            st.write(f"{config.SEEDS_DIR} → {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
            build(config.SEEDS_DIR, path)
        status.update(label=i18n.t("built_db", lang), state="complete", expanded=False)
