"""Bulletins and commitment records → the DuckDB file the dashboard serves.

Nothing is ever written to the served file in place. `build` makes a new
database in a temporary file beside it; `ingest` copies the served file; both
load into that copy, run the data checks (etl/checks.py) and only then swap it
in with `os.replace`, which is atomic on one file system. A crash, a bad
bulletin or a failed check leaves the served database exactly as it was, and a
dashboard reading it keeps working.

A file that cannot be read or parsed is reported, recorded in
`ingest_failures` and skipped; the other files still load. Re-ingesting the
same bytes (same sha256) changes nothing.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import shutil
import sys
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path

import duckdb
import pyarrow as pa
from tqdm import tqdm

from etl import checks, config, gazetteer, quality, review, sectors, track
from etl.article import display_title
from etl.model import Bulletin, Commitment, RejectedCandidate
from etl.parse import line_sections
from etl.prepare import Prepared, prepare
from etl.read import BulletinError

BULLETIN_SUFFIXES = (".txt", ".pdf")


@dataclass
class BuildReport:
    """What one build or ingest did: counts of what it loaded, the files it could not load."""

    bulletins: int = 0
    articles: int = 0
    commitments: int = 0
    failures: list[BulletinError] = field(default_factory=list)
    already_loaded: list[Path] = field(default_factory=list)  # same bytes already in the database
    # records left out of a file that did load, and lines too long to read (etl/quarantine.py)
    quarantined: list[BulletinError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, prepared: Prepared) -> None:
        """Count a bulletin that loaded."""
        self.bulletins += 1
        self.articles += len(prepared.bulletin.articles)
        self.commitments += len(prepared.extraction.records)
        self.quarantined.extend(prepared.quarantined)


def build(seeds_dir: Path, db_path: Path, *, progress: bool = False) -> BuildReport:
    """A new database from every bulletin (*.txt, *.pdf) in `seeds_dir`, swapped in for `db_path`.

    A build in which no bulletin loads is not served: an empty or wrong folder must not
    replace a working database with an empty one.
    """
    files = bulletin_files(seeds_dir)
    # the workers start reading while the new database is set up (schema, reference tables)
    with _preparer(len(files)) as submit:
        pending = [(path, submit(path, None)) for path in files]
        with writing(db_path, keep_contents=False) as (con, _):
            create_schema(con)
            load_reference_tables(con)
            report = load_prepared(con, pending, progress=progress)
            review.apply(con)  # reviews live apart from the database and outlive every build
            derive_tracking(con)
            if not report.bulletins:
                reasons = "; ".join(str(error) for error in report.failures)
                raise BulletinError(seeds_dir, f"no bulletin could be loaded ({reasons})")
            return report


def ingest(
    files: list[Path], db_path: Path, *, progress: bool = False, default_date: date | None = None
) -> BuildReport:
    """Add bulletins or single articles to the database at `db_path` (created if there is none yet).

    `default_date` dates a single article that prints no date of its own (etl/article.py).
    """
    with writing(db_path, keep_contents=True) as (con, is_new):
        if is_new:
            create_schema(con)
            load_reference_tables(con)
        elif problem := schema_difference(con):
            raise BulletinError(
                db_path, f"built by an older version ({problem}); rebuild it with `python -m etl build`"
            )
        report = load_files(con, files, progress=progress, default_date=default_date)
        review.apply(con)  # corrected fields before the targets are derived from them
        derive_tracking(con)
        return report


def schema_difference(con: duckdb.DuckDBPyConnection) -> str | None:
    """How an existing database's tables differ from etl/schema.sql, or None when they match.

    Ingesting into a file an older version built would fail on the first new column; saying
    so up front names the fix instead.
    """
    expected = duckdb.connect(":memory:")
    try:
        create_schema(expected)
        wanted = set(_columns(expected))
    finally:
        expected.close()
    missing = sorted(wanted - set(_columns(con)))
    return f"missing {', '.join(f'{table}.{column}' for table, column in missing)}" if missing else None


def _columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall()


def bulletin_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise BulletinError(folder, "bulletin folder not found")
    files = sorted(path for path in folder.iterdir() if path.suffix.lower() in BULLETIN_SUFFIXES)
    if not files:
        raise BulletinError(folder, "no bulletin files (*.txt, *.pdf) in the folder")
    return files


@contextlib.contextmanager
def writing(db_path: Path, *, keep_contents: bool) -> Iterator[tuple[duckdb.DuckDBPyConnection, bool]]:
    """A connection to a new database file that replaces `db_path` only if the block succeeds.

    With keep_contents the new file starts as a copy of `db_path`, else empty.
    Yields (connection, is_new): is_new is true when the new file starts empty.
    Writers take an exclusive lock, so two ingests never both start from the same old file.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    scratch = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    with exclusive_lock(db_path):
        remove_stale_scratch(db_path)
        is_new = not (keep_contents and db_path.exists())
        remove_database_files(scratch)
        try:
            if not is_new:
                shutil.copyfile(db_path, scratch)
            con = duckdb.connect(str(scratch))
            try:
                yield con, is_new
                failed = checks.failures(con)
                if failed:
                    raise checks.DataCheckError(failed)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            os.replace(scratch, db_path)
        finally:
            remove_database_files(scratch)


@contextlib.contextmanager
def exclusive_lock(db_path: Path) -> Iterator[None]:
    """The writers' lock. The holder's pid is written into the lock file, so that a writer that
    has to wait can say whom it waits for."""
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    with lock_path.open("a+") as lock:  # not "w": that would erase the holder's pid
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown"
            print(f"{db_path}: waiting for another writer (process {holder}) to finish", file=sys.stderr)
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def remove_stale_scratch(db_path: Path) -> None:
    """Remove the scratch files (.NAME.PID.tmp[.wal]) of writers that died before cleaning up.
    Called under the lock; a file whose process is still alive is left alone all the same."""
    for leftover in db_path.parent.glob(f".{db_path.name}.*.tmp*"):
        pid = leftover.name[len(db_path.name) + 2 :].split(".")[0]
        if pid.isdigit() and not process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


def remove_database_files(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(config.SCHEMA_FILE.read_text(encoding="utf-8"))


def load_reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Provinces, economic regions, cities and sectors from the reference data files in etl/data."""
    insert_rows(
        con,
        "provinces",
        [
            {
                "name_en": province.name_en,
                "name_ko": province.name_ko,
                "name_zh": province.name_zh,
                "kind": province.kind,
                "iso_code": province.iso_code,
                "aliases": list(province.aliases),
                "lat": province.lat,
                "lon": province.lon,
            }
            for province in gazetteer.provinces()
        ],
    )
    insert_rows(
        con,
        "economic_regions",
        [
            {"name_en": region.name_en, "name_ko": region.name_ko, "aliases": list(region.aliases)}
            for region in gazetteer.economic_regions()
        ],
    )
    insert_rows(
        con,
        "cities",
        [
            {
                "name_en": city.name_en,
                "name_ko": city.name_ko,
                "name_zh": city.name_zh,
                "province": city.province,
                "record_as": city.record_as,
            }
            for city in gazetteer.cities()
        ],
    )
    insert_rows(
        con,
        "sectors",
        [
            {"id": sector.id, "label_ko": sector.label_ko, "label_en": sector.label_en}
            for sector in sectors.sectors()
        ],
    )


def derive_tracking(con: duckdb.DuckDBPyConnection) -> None:
    """Tracked targets (etl/track.py) and data-quality flags (etl/quality.py), recomputed from
    every loaded commitment in one transaction, before the new file is checked and swapped in."""
    con.execute("BEGIN TRANSACTION")
    tables = track.tables(con) | {"data_flags": quality.rows(con)}
    for table, rows in tables.items():
        con.execute(f"DELETE FROM {table}")
        insert_rows(con, table, rows)
    con.execute("COMMIT")


def load_files(
    con: duckdb.DuckDBPyConnection, files: list[Path], *, progress: bool, default_date: date | None = None
) -> BuildReport:
    """Load the files in their order. Reading, parsing and extracting run in a process pool when
    there are several files (config.WORKERS); inserting stays in this process, in file order, so
    the database is the same as a serial run's."""
    with _preparer(len(files)) as submit:
        pending = [(path, submit(path, default_date)) for path in files]
        return load_prepared(con, pending, progress=progress, default_date=default_date)


def load_prepared(
    con: duckdb.DuckDBPyConnection,
    pending: list[tuple[Path, Future]],
    *,
    progress: bool,
    default_date: date | None = None,
) -> BuildReport:
    """Insert the files' prepared bulletins (futures of `_preparer`) in file order."""
    report = BuildReport()
    batch = Batch(con, report)
    for path, future in tqdm(pending, desc="bulletins", unit="file", disable=not progress):
        try:
            batch.add(path, _prepared(path, future, default_date))
        except BulletinError as error:
            report.failures.append(error)
            batch.failure(error)
    batch.flush()
    return report


# Bulletins inserted per transaction. One transaction per bulletin (a commit and seven small
# inserts each) took longer than extracting it; a batch that the database refuses is rolled back
# and loaded again bulletin by bulletin, so one bad file still keeps only itself out.
LOAD_BATCH = 100

# The tables a bulletin's rows go to, parents before children.
BULLETIN_TABLES = (
    "bulletins", "bulletin_lines", "articles", "article_references", "commitments",
    "rejected_candidates", "ingest_failures",
)  # fmt: skip


class Batch:
    """Prepared bulletins (and failures to record) waiting to be inserted, in file order."""

    def __init__(self, con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
        self.con, self.report = con, report
        self.items: list[tuple[Path, Prepared] | BulletinError] = []
        self.loaded: list[tuple[str, str, str]] = []  # (id, sha256, file_name) in the database
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the database holds (after a flush: it is the only writer, under the lock)."""
        self.loaded = self.con.execute("SELECT id, sha256, file_name FROM bulletins").fetchall()

    def _bulletins(self) -> list[tuple[Path, Prepared]]:
        return [item for item in self.items if not isinstance(item, BulletinError)]

    def failure(self, error: BulletinError) -> None:
        self.items.append(error)

    def add(self, path: Path, prepared: Prepared) -> None:
        """Queue one prepared bulletin for insertion; BulletinError if it cannot be loaded."""
        bulletin = prepared.bulletin
        staged = any(p.bulletin.id == bulletin.id or p.bulletin.sha256 == bulletin.sha256
                     for _, p in self._bulletins())  # fmt: skip
        if staged:
            self.flush()  # a twin waits in the batch: ask the database once it holds it
        if already_loaded(self.loaded, bulletin, path):
            self.report.already_loaded.append(path)
            return
        self.items.append((path, prepared))
        if len(self.items) >= LOAD_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.items:
            return
        items, self.items = self.items, []
        rows: dict[str, list[Iterable[dict]]] = {table: [] for table in BULLETIN_TABLES}
        for item in items:
            for table, table_rows in (
                failure_rows(item) if isinstance(item, BulletinError) else bulletin_rows(*item)
            ).items():
                rows[table].append(table_rows)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in BULLETIN_TABLES:
                insert_rows(self.con, table, chain.from_iterable(rows[table]))
            self.con.execute("COMMIT")
        except duckdb.Error:
            self.con.execute("ROLLBACK")
            self.one_by_one(items)  # to find the bulletin the database refuses, and keep the rest
        else:
            for item in items:
                if not isinstance(item, BulletinError):
                    self.report.add(item[1])
        self.refresh()

    def one_by_one(self, items: list[tuple[Path, Prepared] | BulletinError]) -> None:
        for item in items:
            if isinstance(item, BulletinError):
                record_failure(self.con, item)
                continue
            try:
                load_file(self.con, *item, self.report)
            except BulletinError as error:
                self.report.failures.append(error)
                record_failure(self.con, error)


@contextlib.contextmanager
def _preparer(n_files: int) -> Iterator:
    """A function path → Future[Prepared]: a process pool's submit, or running it right here.

    Only a process's main thread starts the pool. Forking a process in which other threads run
    could copy a lock another thread holds, and the worker dies ("terminated abruptly": seen in
    CI, where a chart renderer's threads lived on in the test process): then the workers start
    from a fresh server process (forkserver) instead of a copy of this one."""
    workers = min(config.WORKERS, n_files)
    if workers <= 1 or threading.current_thread() is not threading.main_thread():
        yield _run_here
        return
    context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield lambda path, default_date: pool.submit(prepare, path, default_date)


def _prepared(path: Path, future: Future, default_date: date | None) -> Prepared:
    """The future's bulletin; if the pool's worker died under it (killed, out of memory, a crash in
    a library: "terminated abruptly"), the file is prepared again here, so a lost worker never
    costs a file its place in the build."""
    try:
        return future.result()
    except BrokenProcessPool:
        print(f"{path.name}: a worker process died; preparing it in this process", file=sys.stderr)
        return prepare(path, default_date)


def _run_here(path: Path, default_date: date | None) -> Future:
    future: Future = Future()
    try:
        future.set_result(prepare(path, default_date))
    except BulletinError as error:
        future.set_exception(error)
    return future


def load_file(con: duckdb.DuckDBPyConnection, path: Path, prepared: Prepared, report: BuildReport) -> None:
    """Insert one prepared bulletin in one transaction; BulletinError if it cannot be."""
    bulletin = prepared.bulletin
    loaded = con.execute(
        "SELECT id, sha256, file_name FROM bulletins WHERE sha256 = ? OR id = ?",
        [bulletin.sha256, bulletin.id],
    ).fetchall()
    if already_loaded(loaded, bulletin, path):
        report.already_loaded.append(path)
        return
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows in bulletin_rows(path, prepared).items():
            insert_rows(con, table, rows)
        con.execute("COMMIT")
    except duckdb.Error as error:
        con.execute("ROLLBACK")
        raise BulletinError(path, f"not loaded, the database refused it: {error}") from error
    report.add(prepared)


def already_loaded(loaded: list[tuple[str, str, str]], bulletin: Bulletin, path: Path) -> bool:
    """True for the same bytes already loaded; BulletinError for other bytes under a loaded id.
    `loaded`: (id, sha256, file_name) of the bulletins in the database."""
    rows = [row for row in loaded if row[1] == bulletin.sha256 or row[0] == bulletin.id]
    if not rows:
        return False
    loaded_id, loaded_sha256, loaded_file = rows[0]
    if loaded_sha256 == bulletin.sha256:
        return True
    raise BulletinError(
        path,
        f"a different bulletin with id {loaded_id} is already loaded (from {loaded_file}); "
        "rename the file or rebuild the database",
    )


def bulletin_rows(path: Path, prepared: Prepared) -> dict[str, Iterable[dict]]:
    """The rows one prepared bulletin adds, table by table (its quarantined records as failures).
    A row per line and per rejected number is made only when it is inserted (`insert_rows` takes
    them a chunk at a time): a 20 MB file has 130,000 lines and 95,000 rejected numbers."""
    bulletin, extraction = prepared.bulletin, prepared.extraction
    return {
        "bulletins": [bulletin_row(bulletin)],
        "bulletin_lines": line_rows(bulletin),
        "articles": article_rows(bulletin),
        "article_references": reference_rows(bulletin),
        "commitments": [commitment_row(c) | page_columns(bulletin, c.line) for c in extraction.records],
        "rejected_candidates": (rejected_row(candidate) for candidate in extraction.rejected),
        "ingest_failures": [
            row for error in prepared.quarantined for row in failure_rows(error)["ingest_failures"]
        ],
    }


def bulletin_row(bulletin: Bulletin) -> dict:
    return {
        "id": bulletin.id,
        "kind": bulletin.kind,
        "file_name": bulletin.file_name,
        "sha256": bulletin.sha256,
        "issue_date": bulletin.issue_date,
        "publisher": bulletin.publisher,
        "organisation": bulletin.organisation,
        "source_format": bulletin.source_format,
        "encoding": bulletin.encoding,
        "n_lines": len(bulletin.lines),
        "n_articles": len(bulletin.articles),
        "ingested_at": datetime.now(),
        "parser_version": config.PARSER_VERSION,
        "extractor_version": config.EXTRACTOR_VERSION,
    }


def line_rows(bulletin: Bulletin) -> Iterator[dict]:
    return (
        {
            "bulletin_id": bulletin.id,
            "line": number,
            "article_seq": article_seq,
            "section": section,
            "text": text,
            **page_columns(bulletin, number),
        }
        for number, (text, (section, article_seq)) in enumerate(
            zip(bulletin.lines, line_sections(bulletin), strict=True), start=1
        )
    )


def page_columns(bulletin: Bulletin, line: int) -> dict:
    """Where a PDF printed the line (NULL for a text file); the extractor need not know pages."""
    page, page_line = bulletin.page_of(line)
    return {"page": page, "page_line": page_line}


def article_rows(bulletin: Bulletin) -> list[dict]:
    return [
        {
            "bulletin_id": bulletin.id,
            "seq": article.seq,
            "part": article.part,
            "category": article.category,
            "number": article.number,
            "headline": display_title(article),
            "headline_line": article.headline_line,
            "subheadline": article.subheadline,
            "subheadline_line": article.subheadline_line,
            "announced_on": article.announced_on,
            "first_line": article.first_line,
            "last_line": article.last_line,
            "n_tables": len(article.tables),
        }
        for article in bulletin.articles
    ]


def reference_rows(bulletin: Bulletin) -> list[dict]:
    return [
        {
            "bulletin_id": bulletin.id,
            "article_seq": article.seq,
            "seq": seq,
            "title": reference.title,
            "url": reference.url,
            "line": reference.line,
        }
        for article in bulletin.articles
        for seq, reference in enumerate(article.references, start=1)
    ]


def commitment_row(commitment: Commitment) -> dict:
    row = commitment.record()
    row.update(
        id=commitment.id,
        article_seq=commitment.article_seq,
        value_max=commitment.value_max,
        per_year=commitment.per_year,
        as_of_year=commitment.as_of_year,
        extractor_version=commitment.extractor_version or config.EXTRACTOR_VERSION,
        confidence=commitment.confidence,
        rule=commitment.rule,
    )
    return row


def rejected_row(candidate: RejectedCandidate) -> dict:
    row = {
        column.name: getattr(candidate, column.name) for column in fields(candidate)
    }  # not asdict: no deep copy
    row["bulletin_id"] = row.pop("bulletin")
    return row


def record_failure(con: duckdb.DuckDBPyConnection, error: BulletinError) -> None:
    insert_rows(con, "ingest_failures", failure_rows(error)["ingest_failures"])


def failure_rows(error: BulletinError) -> dict[str, list[dict]]:
    return {
        "ingest_failures": [
            {
                "file_name": error.path.name,
                "reason": error.reason,
                "line": error.line,
                "attempted_at": datetime.now(),
            }
        ]
    }


# Rows converted to Arrow and inserted at a time: the rows of a whole large file as Python dicts
# and as Arrow at once took more memory than its extraction.
INSERT_CHUNK = 20_000


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[dict]) -> None:
    """Insert rows, INSERT_CHUNK at a time, each chunk through a registered Arrow table: values
    never enter the SQL text.

    `table` and the column names come from this module, never from a bulletin. (Arrow, not a
    pandas frame of Python objects: DuckDB reads it column by column, about ten times faster.)
    """
    rows = iter(rows)
    while chunk := list(islice(rows, INSERT_CHUNK)):
        _insert_chunk(con, table, chunk)


def _insert_chunk(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    frame = pa.Table.from_pylist(rows)
    columns = ", ".join(frame.column_names)
    con.register("incoming_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming_rows")
    finally:
        # After a failed INSERT the transaction is aborted and unregistering fails too; that
        # second error must not hide the first, which says what was wrong.
        with contextlib.suppress(duckdb.Error):
            con.unregister("incoming_rows")
