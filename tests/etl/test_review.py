"""etl.review: the review store, applying it to a database, re-attachment and orphans, the CLI,
read-only mode, concurrent writers and a writer killed mid-transaction.

The hand-made database (one bulletin, one article, two commitments):

    line 10  "베이징, 로봇산업 행동계획 발표"                      (headline, article 1)
    line 11  "- '25년까지 로봇 기업 100개 육성, 1억 위안 지원"      → k1: 100개 (count, 2025)
    line 12  "- 로봇 인재 5000명 양성"                              → k2: 5000명 (people)
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from etl import config, load, review
from etl.__main__ import main

SHA = "a" * 64
B = "000_aaaaaaaaaaaaaaaa"
LINES = [
    "베이징, 로봇산업 행동계획 발표",
    "- '25년까지 로봇 기업 100개 육성, 1억 위안 지원",
    "- 로봇 인재 5000명 양성",
]


def make_db(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    load.create_schema(con)
    con.execute(
        "INSERT INTO provinces VALUES ('Beijing', '베이징', '北京', 'municipality', 'CN-BJ', [], 39.9, 116.4)"
    )
    con.execute("INSERT INTO sectors VALUES ('robotics', '로봇', 'Robotics'), ('other', '기타', 'Other')")
    con.execute(
        "INSERT INTO bulletins (id, file_name, sha256, issue_date, source_format, encoding, n_lines, n_articles,"
        " ingested_at, parser_version, extractor_version) VALUES (?, 'x.txt', ?, DATE '2023-07-07', 'text',"
        " 'utf-8', 12, 1, ?, '1', '1')",
        [B, SHA, datetime(2026, 1, 1)],
    )
    con.execute(
        "INSERT INTO articles (bulletin_id, seq, number, headline, headline_line, first_line, last_line, n_tables)"
        " VALUES (?, 1, 1, ?, 10, 10, 12, 0)",
        [B, LINES[0]],
    )
    con.executemany(
        "INSERT INTO bulletin_lines (bulletin_id, line, article_seq, section, text) VALUES (?, ?, ?, ?, ?)",
        [(B, n, None, "cover", "") for n in range(1, 10)]
        + [(B, 10 + i, 1, "article", text) for i, text in enumerate(LINES)],
    )
    rows = [
        ("k1", "100개", 100.0, "count", 2025, "로봇 기업", 11, "low"),
        ("k2", "5000명", 5000.0, "people", None, "로봇 인재", 12, "high"),
    ]
    con.executemany(
        "INSERT INTO commitments (id, bulletin, article_seq, issue_date, article_title, kind, value, value_text,"
        " unit, qualifier, per_year, target_year, region, issuer, sector, subject_ko, sentence, line,"
        " extractor_version, confidence, rule)"
        " VALUES (?, ?, 1, DATE '2023-07-07', ?, 'target', ?, ?, ?, '=', false, ?, 'Beijing', '베이징시',"
        " 'robotics', ?, ?, ?, '1', ?, 'made_up')",
        [(i, B, LINES[0], v, vt, u, y, s, LINES[line - 10], line, c) for i, vt, v, u, y, s, line, c in rows],
    )
    return con


@pytest.fixture
def db() -> duckdb.DuckDBPyConnection:
    con = make_db(duckdb.connect(":memory:"))
    yield con
    con.close()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path) -> review.ReviewStore:
    """Each store test runs on both backends: a SQLite file, and a real PostgreSQL server."""
    if request.param == "postgres":
        return review.PostgresStore(request.getfixturevalue("postgres_url"))
    return review.SQLiteStore(tmp_path / "reviews.sqlite")


def location(store: review.ReviewStore) -> str:
    """What open_store takes to reach the same store from another process."""
    return getattr(store, "url", None) or str(store.path)


def key(commitment_id: str, line: int, value_text: str) -> review.Key:
    return review.Key(commitment_id, SHA, line, value_text)


K1, K2 = key("k1", 11, "100개"), key("k2", 12, "5000명")


def row(con, commitment_id: str) -> dict:
    frame = con.execute("SELECT * FROM commitments WHERE id = ?", [commitment_id]).df()
    return frame.iloc[0].to_dict() if len(frame) else {}


def test_the_store_keeps_every_action_in_order_with_who_when_before_after(store):
    store.record(review.accept(K1, "kim"))
    store.record(
        review.correct(K2, "lee", {"value": 5000.0, "unit": "people"}, {"value": "6,000", "unit": "people"})
    )
    first, second = store.actions()
    assert (first.action, first.reviewer, first.key) == ("accept", "kim", K1)
    # Only the field that changes is kept, with its old value; "6,000" is read as a number.
    assert (second.before, second.after) == ({"value": 5000.0}, {"value": 6000.0})
    assert first.seq < second.seq and first.at <= second.at


def test_history_finds_a_record_under_its_id_or_under_sha256_line_and_value_text(store):
    store.record(review.accept(K1, "kim"))
    store.record(review.reject(key("old-id", 11, "100개"), "lee", "duplicate"))
    store.record(review.accept(K2, "kim"))
    assert [a.action for a in store.history(K1)] == ["accept", "reject"]


def test_actions_are_checked_before_they_are_stored():
    with pytest.raises(review.ReviewError, match="sector"):
        review.correct(K1, "kim", {}, {"sector": "not-a-sector"})
    with pytest.raises(review.ReviewError, match="target_year"):
        review.correct(K1, "kim", {}, {"target_year": "1850"})
    with pytest.raises(review.ReviewError, match="changes nothing"):
        review.correct(K1, "kim", {"value": 100.0}, {"value": "100"})
    with pytest.raises(review.ReviewError, match="reason"):
        review.reject(K1, "kim", "because")
    with pytest.raises(review.ReviewError, match="why"):
        review.reject(K1, "kim", "other", "  ")
    with pytest.raises(review.ReviewError, match="reviewer"):
        review.accept(K1, "  ")
    with pytest.raises(review.ReviewError, match="subject_ko"):
        review.add(
            SHA, 11, "1억 위안", "kim", {"kind": "funding", "value": 1e8, "unit": "CNY", "qualifier": "="}
        )


def added_funding(reviewer: str = "kim") -> review.Action:
    fields = {
        "kind": "funding", "value": "100000000", "unit": "CNY", "qualifier": "=", "target_year": "2025",
        "region": "Beijing", "sector": "robotics", "issuer": "베이징시", "subject_ko": "로봇 산업 지원",
    }  # fmt: skip
    return review.add(SHA, 11, "1억 위안", reviewer, fields)


def test_apply_corrections_win_rejections_are_kept_marked_additions_are_inserted(db, store):
    store.record(review.correct(K1, "kim", row(db, "k1"), {"value": "120", "target_year": "2027"}))
    store.record(review.reject(K2, "lee", "not_commitment"))
    store.record(added_funding())
    report = review.apply(db, store)
    assert (report.applied, report.added, report.reattached, report.orphaned) == (3, 1, 0, 0)
    k1, k2 = row(db, "k1"), row(db, "k2")
    assert (k1["value"], k1["target_year"], k1["review_status"], k1["reviewed_by"]) == (
        120.0,
        2027,
        "corrected",
        "kim",
    )
    assert (k2["review_status"], k2["reviewed_by"]) == ("rejected", "lee")
    added = row(db, review.added_id(SHA, 11, "1억 위안"))
    assert (added["value"], added["unit"], added["kind"], added["review_status"]) == (
        1e8,
        "CNY",
        "funding",
        "added",
    )
    # Everything else comes from the bulletin: its id, article, line text, issue date.
    assert (added["bulletin"], added["article_seq"], added["sentence"], added["issue_date"].date()) == (
        B, 1, LINES[1], date(2023, 7, 7),
    )  # fmt: skip
    from etl import checks

    assert checks.failures(db) == []


def test_apply_twice_gives_the_same_database(db, store):
    store.record(added_funding())
    store.record(review.correct(K1, "kim", row(db, "k1"), {"value": "120"}))
    review.apply(db, store)
    first = db.execute("SELECT * FROM commitments ORDER BY id").fetchall()
    review.apply(db, store)
    assert db.execute("SELECT * FROM commitments ORDER BY id").fetchall() == first
    assert len(first) == 3


def test_the_last_action_decides_the_status_and_corrections_accumulate(db, store):
    store.record(review.reject(K1, "kim", "duplicate"))
    store.record(review.correct(K1, "lee", row(db, "k1"), {"value": "150"}))
    store.record(review.accept(K1, "park"))
    store.record(review.accept(K2, "park"))
    review.apply(db, store)
    # Rejected, then corrected and accepted: back in, corrected; signed by the last reviewer.
    assert (row(db, "k1")["review_status"], row(db, "k1")["value"], row(db, "k1")["reviewed_by"]) == (
        "corrected", 150.0, "park",
    )  # fmt: skip
    assert row(db, "k2")["review_status"] == "accepted"


def test_a_changed_commitment_id_is_reattached_by_sha256_line_and_value_text(db, store):
    store.record(review.correct(K1, "kim", row(db, "k1"), {"value": "120"}))
    db.execute("UPDATE commitments SET id = 'k1-new' WHERE id = 'k1'")  # an upgraded extractor's new id
    report = review.apply(db, store)
    assert (report.reattached, report.orphaned) == (1, 0)
    assert (row(db, "k1-new")["value"], row(db, "k1-new")["review_status"]) == (120.0, "corrected")


def test_a_review_that_matches_nothing_is_listed_as_orphaned_and_kept_in_the_store(db, store):
    store.record(review.reject(K1, "kim", "other", "표의 제목"))
    store.record(review.accept(review.Key("gone", "b" * 64, 3, "7개"), "kim"))
    db.execute("UPDATE commitments SET id = 'k1-new', line = 12 WHERE id = 'k1'")  # id and line both moved
    report = review.apply(db, store)
    assert report.orphaned == 2
    orphans = db.execute(
        "SELECT commitment_id, action, reason, why FROM orphaned_reviews ORDER BY commitment_id"
    ).fetchall()
    assert orphans == [
        ("gone", "accept", None, "bulletin not loaded"),
        ("k1", "reject", "other: 표의 제목", "no record at that line with that number any more"),
    ]
    assert row(db, "k1-new")["review_status"] == "extracted"
    assert len(store.actions()) == 2


def test_an_addition_the_extractor_now_finds_is_applied_to_that_record(db, store):
    store.record(added_funding())
    db.execute(
        "INSERT INTO commitments SELECT * REPLACE ('k3' AS id, '1억 위안' AS value_text, 'CNY' AS unit) "
        "FROM commitments WHERE id = 'k1'"
    )
    review.apply(db, store)
    assert db.execute("SELECT count(*) FROM commitments").fetchone()[0] == 3
    assert (row(db, "k3")["review_status"], row(db, "k3")["kind"]) == ("added", "funding")


def test_read_only_refuses_every_write_and_creates_no_store(store, monkeypatch):
    monkeypatch.setattr(config, "READ_ONLY", True)
    with pytest.raises(review.ReadOnlyError):
        store.record(review.accept(K1, "kim"))
    with pytest.raises(review.ReadOnlyError):
        store.record_many([review.accept(K1, "kim")])
    with pytest.raises(review.ReadOnlyError):
        review.refresh(Path("nowhere") / "tracker.duckdb", store)
    assert store.version() == "0"  # no table was created
    assert not getattr(store, "path", Path("nowhere")).exists()


def _write_many(where: str, reviewer: str, count: int) -> None:
    store = review.open_store(where)
    for n in range(count):
        store.record(review.accept(review.Key(f"{reviewer}-{n}", SHA, n + 1, "1개"), reviewer))


def test_two_processes_writing_at_once_lose_nothing(store):
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(location(store), who, 40)) for who in ("kim", "lee")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert [writer.exitcode for writer in writers] == [0, 0]
    actions = store.actions()
    assert len(actions) == 80
    assert {a.key.commitment_id for a in actions} == {
        f"{who}-{n}" for who in ("kim", "lee") for n in range(40)
    }


CRASH = """
import os, sys
from pathlib import Path
from etl import review
store = review.open_store(sys.argv[1])
for n in range(3):
    store.record(review.accept(review.Key(f"k{n}", "a" * 64, 1, "1개"), "kim"))
with store.connect(write=True) as con:
    con.execute("INSERT INTO review_actions (commitment_id, bulletin_sha256, line, value_text, action, reviewer, at,"
                " before_fields, after_fields) VALUES ('half', 'x', 1, '1', 'accept', 'kim', 'now', '{}', '{}')")
    os._exit(1)  # killed in the middle of the fourth action
"""


def test_a_writer_killed_mid_action_loses_only_that_action(store):
    done = subprocess.run([sys.executable, "-c", CRASH, location(store)], cwd=config.PROJECT_DIR, timeout=60)
    assert done.returncode == 1
    assert [a.key.commitment_id for a in store.actions()] == ["k0", "k1", "k2"]
    if isinstance(store, review.SQLiteStore):
        with sqlite3.connect(store.path) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# Against the real pipeline: seed 000 built, reviewed, rebuilt.

SEED = "000_1b9d18066b15c3c4"


@pytest.fixture
def built(tmp_path, seed_paths) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(next(p for p in seed_paths if p.stem == SEED), folder)
    db_path = tmp_path / "tracker.duckdb"
    load.build(folder, db_path)
    return db_path


def cli(*args: str) -> int:
    return main(["review", *args])


def fetch(db_path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_reviews_made_with_the_cli_survive_a_rebuild(built, capsys, review_backend):
    # Seed 000, the 난사 line: "공동으로 70억 위안 투입, 공동건설 기관에 100억 위안 이상 지원".
    (seventy,) = fetch(built, "SELECT id FROM commitments WHERE value_text = '70억 위안'")[0]
    (hundred,) = fetch(built, "SELECT id FROM commitments WHERE value_text = '100억 위안'")[0]
    total = fetch(built, "SELECT count(*) FROM commitments")[0][0]
    db = ["--db", str(built), "--reviewer", "kim"]
    assert cli("correct", seventy, "--set", "value=8000000000", *db) == 0
    assert cli("reject", hundred, "--reason", "duplicate", *db) == 0
    assert cli("accept", seventy, *db) == 0
    load.build(built.parent / "seeds", built)
    assert fetch(
        built, "SELECT value, review_status, reviewed_by FROM commitments WHERE id = ?", [seventy]
    ) == [(8e9, "corrected", "kim")]
    assert fetch(built, "SELECT review_status FROM commitments WHERE id = ?", [hundred]) == [("rejected",)]
    assert fetch(built, "SELECT count(*) FROM commitments")[0][0] == total  # rejected records are kept
    capsys.readouterr()
    assert cli("history", seventy, "--db", str(built)) == 0
    assert [json.loads(line)["action"] for line in capsys.readouterr().out.splitlines()] == [
        "correct",
        "accept",
    ]


def test_cli_add_export_import_round_trip(built, tmp_path, capsys):
    line, text = fetch(
        built,
        "SELECT line, text FROM bulletin_lines WHERE bulletin_id = ? AND text LIKE '%70억 위안%'",
        [SEED],
    )[0]
    added = [
        "add", "--bulletin", SEED, "--line", str(line), "--value-text", "70억 위안", "--db", str(built),
        "--reviewer", "kim", "--set", "kind=funding", "--set", "value=7000000000", "--set", "unit=CNY",
        "--set", "qualifier==", "--set", "region=Guangdong", "--set", "sector=rnd_innovation",
        "--set", "issuer=광저우시 정부", "--set", "subject_ko=난사 과학성 투입",
    ]  # fmt: skip
    assert cli(*added) == 0
    # The extractor already took 70억 위안 on that line: the addition lands on that record.
    assert fetch(
        built, "SELECT review_status, subject_ko FROM commitments WHERE value_text = '70억 위안'"
    ) == [("added", "난사 과학성 투입")]
    export = tmp_path / "reviews.jsonl"
    assert cli("export", "--out", str(export)) == 0
    other_store = tmp_path / "other.sqlite"
    assert cli("import", str(export), "--store", str(other_store), "--db", str(built)) == 0
    assert (
        cli("import", str(export), "--store", str(other_store), "--db", str(built)) == 0
    )  # twice: no copies
    assert len(review.SQLiteStore(other_store).actions()) == 1
    assert "1 actions imported" in capsys.readouterr().err


def test_cli_import_refuses_a_bad_file_whole(built, tmp_path, capsys, review_backend):
    good = review.accept(K1, "kim").to_json()
    bad = dict(good, action="delete")
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    assert cli("import", str(path), "--db", str(built)) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err
    assert review.open_store().actions() == []


def test_cli_list_puts_unreviewed_and_least_certain_first(db, tmp_path, capsys):
    path = tmp_path / "hand.duckdb"
    with duckdb.connect(str(path)) as con:
        make_db(con)
    assert cli("accept", "k1", "--db", str(path), "--reviewer", "kim") == 0
    capsys.readouterr()
    assert cli("list", "--db", str(path)) == 0
    listed = [line.split("\t")[:3] for line in capsys.readouterr().out.splitlines()]
    # k1 is low confidence but already accepted, so the unreviewed k2 comes first.
    assert listed == [["k2", "extracted", "high"], ["k1", "accepted", "low"]]
    assert cli("accept", "nope", "--db", str(path), "--reviewer", "kim") == 2


def test_two_sessions_saving_and_refreshing_at_once_both_show(tmp_path, review_backend):
    path = tmp_path / "hand.duckdb"
    with duckdb.connect(str(path)) as con:
        make_db(con)
    store = review.open_store()

    def session(action: review.Action) -> None:
        store.record(action)
        review.refresh(path, store)

    threads = [
        threading.Thread(target=session, args=(review.accept(K1, "kim"),)),
        threading.Thread(target=session, args=(review.reject(K2, "lee", "duplicate"),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert fetch(path, "SELECT id, review_status FROM commitments ORDER BY id") == [
        ("k1", "accepted"),
        ("k2", "rejected"),
    ]


def test_the_store_is_chosen_by_location_and_a_url_wins_over_the_file(tmp_path, monkeypatch):
    assert isinstance(review.open_store(tmp_path / "r.sqlite"), review.SQLiteStore)
    assert isinstance(review.open_store("postgresql://u@db.example/reviews"), review.PostgresStore)
    monkeypatch.setattr(config, "REVIEWS_URL", "postgres://u@db.example/reviews")
    assert review.open_store().url == "postgres://u@db.example/reviews"
    assert review.shared()


def test_an_unreachable_postgresql_is_a_clear_error_without_the_password():
    from browser_support import free_port  # a port nobody listens on

    store = review.PostgresStore(f"postgresql://kim:s3cret@127.0.0.1:{free_port()}/reviews")
    with pytest.raises(review.ReviewStoreError, match=r"kim:\*\*\*@127\.0\.0\.1") as raised:
        store.actions()
    assert "s3cret" not in str(raised.value)


def test_the_version_changes_with_every_action_stored(store):
    seen = {store.version()}
    store.record(review.accept(K1, "kim"))
    seen.add(store.version())
    store.record(review.accept(K1, "kim"))
    seen.add(store.version())
    assert len(seen) == 3


def test_writers_opening_a_new_sqlite_store_at_once_all_get_in(tmp_path):
    # Switching a new file to WAL answers "database is locked" at once (no busy wait) when another
    # connection is switching it too; the store retries. The race is timing-bound: before the retry,
    # some of these rounds of eight first writers failed (about one round in twenty).
    for attempt in range(30):
        path = tmp_path / f"store{attempt}.sqlite"
        errors: list[Exception] = []

        def first_write(path=path, errors=errors) -> None:
            try:
                with review.SQLiteStore(path).connect(write=True):
                    pass
            except Exception as error:  # noqa: BLE001 - the test collects whatever a writer raised
                errors.append(error)

        threads = [threading.Thread(target=first_write) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
