"""Issue 12: one odd sentence never blocks a build, any input costs time linear in its size,
only regular files are read, and a build can use both cores without changing what it writes."""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from etl import config, load, prepare, quarantine
from etl.model import Commitment
from etl.numbers import find_quantities, parse_korean_number
from etl.read import BulletinError, read_bytes

SEED = "000_1b9d18066b15c3c4.txt"
# Line 185 of the seed is the last line of an article's body (the 20 ministries' work plan);
# lines inserted after it belong to that article and become lines 186, 187, …
INSERT_AFTER = 185


def seed_with(lines: list[str], seed_paths: list[Path]) -> str:
    text = next(path for path in seed_paths if path.name == SEED).read_text(encoding="utf-8").split("\n")
    return "\n".join(text[:INSERT_AFTER] + lines + text[INSERT_AFTER:])


def record(**changes) -> Commitment:
    base = Commitment(
        bulletin="b", issue_date="2023-06-21", article_title="t", kind="target", value=300.0,
        value_text="300개", unit="count", qualifier="=", target_year=2030, plan_period=None,
        region="Beijing", city=None, issuer="베이징시", sector="other", subject_ko="공장",
        subject_en=None, sentence="s", line=7,
    )  # fmt: skip
    return replace(base, **changes)


# --- 1. quarantine, not refusal -------------------------------------------------------------


def test_a_reversed_range_is_left_out_and_the_rest_loads(tmp_path, seed_paths):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED).write_text(
        seed_with(["- 베이징시는 '30년까지 스마트 공장 5~3개를 구축"], seed_paths), encoding="utf-8"
    )
    other = seed_paths[1]
    (seeds / other.name).write_bytes(other.read_bytes())
    db_path = tmp_path / "t.duckdb"

    report = load.build(seeds, db_path)

    assert report.bulletins == 2 and report.failures == []
    assert [str(problem) for problem in report.quarantined] == [
        f"{SEED}:186: record '5~3개' left out: the range is printed upper bound first (5 to 3)"
    ]
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM commitments WHERE value_text = '5~3개'").fetchone()[0] == 0
        assert (
            con.execute("SELECT count(*) FROM commitments WHERE bulletin = ?", [Path(SEED).stem]).fetchone()[
                0
            ]
            > 10
        )
        assert con.execute("SELECT file_name, line, reason FROM ingest_failures").fetchall() == [
            (SEED, 186, "record '5~3개' left out: the range is printed upper bound first (5 to 3)")
        ]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"target_year": 1990}, "target year 1990 outside 2000–2100 (PTT_TARGET_YEAR_MIN/MAX)"),
        ({"value": 1.0, "value_max": 0.0}, "the range is printed upper bound first (1 to 0)"),
        ({"value": float("inf")}, "the value is not a finite number"),
        ({"value_max": float("nan")}, "the value is not a finite number"),
        ({"qualifier": "≈"}, "qualifier '≈' is not one of = >= <= ~"),
    ],
)
def test_record_problems_name_the_reason(changes, reason):
    assert quarantine.record_problem(record(**changes)) == reason


def test_a_sound_record_has_no_problem():
    assert quarantine.record_problem(record(value=3.0, value_max=4.0)) is None


# --- 5. non-finite numbers ------------------------------------------------------------------


def test_a_400_digit_number_is_no_quantity():
    digits = "9" * 400
    assert parse_korean_number(digits) is None
    assert find_quantities(f"스마트 공장 {digits}개 구축") == []
    assert find_quantities(f"스마트 공장 1~{digits}만개 구축") == []
    assert find_quantities(f"비율은 {digits}:1로 축소") == []


# --- 2. linear time -------------------------------------------------------------------------


def test_a_one_megabyte_line_is_reported_not_read(tmp_path, seed_paths, monkeypatch):
    # With work growing as the square of the line, this file would exceed the budget.
    monkeypatch.setattr(config, "FILE_TIME_BUDGET", 60)
    long_line = "- " + " ".join(f"{i}개" for i in range(250_000))[:1_000_000]
    path = tmp_path / SEED
    path.write_text(seed_with([long_line], seed_paths), encoding="utf-8")
    prepared = prepare.prepare(path)
    assert [str(problem) for problem in prepared.quarantined] == [
        f"{SEED}:186: line of 1,000,002 characters, over the 2,000-character limit "
        "(PTT_MAX_LINE_CHARS): its numbers were not read"
    ]
    assert all(record.line != 186 for record in prepared.extraction.records)


def test_numbers_of_a_long_line_of_figures_are_all_found():
    line = " ".join(f"{i}개" for i in range(1, 20_001))
    found = find_quantities(line)
    assert [quantity.value for quantity in found] == [float(i) for i in range(1, 20_001)]


def test_a_file_over_its_time_budget_is_given_up(tmp_path, seed_paths, monkeypatch):
    def stuck(_bulletin):
        time.sleep(30)

    monkeypatch.setattr(prepare, "extract", stuck)
    monkeypatch.setattr(config, "FILE_TIME_BUDGET", 0.5)
    path = tmp_path / SEED
    path.write_bytes(seed_paths[0].read_bytes())
    with pytest.raises(BulletinError, match=r"not read within the 0.5-second time budget per file"):
        prepare.prepare(path)


# --- 3. only regular files ------------------------------------------------------------------


def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(BulletinError, match=r"^pipe.txt: is a named pipe \(FIFO\), not a bulletin file$"):
        read_bytes(fifo)


def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(BulletinError, match=r"^zero.txt: is a character device, not a bulletin file$"):
        read_bytes(link)


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(BulletinError, match=r"^s.txt: is a socket, not a bulletin file$"):
            read_bytes(path)
    finally:
        server.close()


def test_a_build_beside_a_fifo_loads_the_good_file(tmp_path, seed_paths):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.mkfifo(seeds / "blocked.txt")
    (seeds / SEED).write_bytes(seed_paths[0].read_bytes())
    report = load.build(seeds, tmp_path / "t.duckdb")
    assert report.bulletins == 1
    assert [str(error) for error in report.failures] == [
        "blocked.txt: is a named pipe (FIFO), not a bulletin file"
    ]


# --- 8. smaller points ----------------------------------------------------------------------


def test_a_nul_byte_is_refused_with_its_line(tmp_path, seed_paths):
    path = tmp_path / SEED
    path.write_text(seed_with(["- 베이징시는\x00 공장을 구축"], seed_paths), encoding="utf-8")
    with pytest.raises(BulletinError, match=rf"^{SEED}:186: NUL byte in the text"):
        prepare.prepare(path)


def test_a_newline_in_a_file_name_keeps_the_message_on_one_line():
    message = str(BulletinError(Path("evil\nname\u202etxt.exe"), "file is empty"))
    assert message == "evil\\nname\\u202etxt.exe: file is empty"


# --- 7. a build on every core writes what a serial build writes -----------------------------


def dump(db_path: Path) -> dict[str, list[tuple]]:
    tables = (
        "bulletins",
        "bulletin_lines",
        "articles",
        "article_references",
        "commitments",
        "ingest_failures",
    )
    skip = {"bulletins": "ingested_at", "ingest_failures": "attempted_at"}
    with duckdb.connect(str(db_path), read_only=True) as con:
        return {
            table: con.execute(
                f"SELECT *{f' EXCLUDE ({skip[table]})' if table in skip else ''} FROM {table} ORDER BY ALL"
            ).fetchall()
            for table in tables
        }


def test_a_pooled_build_equals_a_serial_build(tmp_path, seed_paths, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in seed_paths:
        (seeds / path.name).write_bytes(path.read_bytes())
    (seeds / "broken.txt").write_bytes(b"\xff\xfe\x00 not a bulletin")
    monkeypatch.setattr(config, "WORKERS", 1)
    serial = load.build(seeds, tmp_path / "serial.duckdb")
    monkeypatch.setattr(config, "WORKERS", 2)
    pooled = load.build(seeds, tmp_path / "pooled.duckdb")
    assert (serial.bulletins, serial.commitments, len(serial.failures)) == (5, pooled.commitments, 1)
    assert pooled.bulletins == 5
    assert dump(tmp_path / "serial.duckdb") == dump(tmp_path / "pooled.duckdb")


def test_a_pooled_build_beside_another_thread_starts_its_workers_fresh(tmp_path, seed_paths, monkeypatch):
    """A thread alive in the building process (a chart renderer's, a server's) must not be copied
    into forked workers, where a lock it held would never be released: the workers come from a
    fresh server process, and the build is the serial one."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in seed_paths:
        (seeds / path.name).write_bytes(path.read_bytes())
    started: list[str] = []
    real_pool = load.ProcessPoolExecutor

    def recording_pool(*args, **kwargs):
        started.append(kwargs["mp_context"].get_start_method())
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(load, "ProcessPoolExecutor", recording_pool)
    monkeypatch.setattr(config, "WORKERS", 1)
    serial = load.build(seeds, tmp_path / "serial.duckdb")
    monkeypatch.setattr(config, "WORKERS", 2)
    stop = threading.Event()
    bystander = threading.Thread(target=stop.wait, daemon=True)
    bystander.start()
    try:
        pooled = load.build(seeds, tmp_path / "pooled.duckdb")
    finally:
        stop.set()
    assert started == ["forkserver"]
    assert pooled.bulletins == serial.bulletins == 5
    assert dump(tmp_path / "serial.duckdb") == dump(tmp_path / "pooled.duckdb")


# --- 7 (issue). scratch files of killed builds, a waiting writer -----------------------------


def test_scratch_files_of_dead_writers_are_removed_by_the_next_build(tmp_path, seed_paths):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED).write_bytes(seed_paths[0].read_bytes())
    db_path = tmp_path / "t.duckdb"
    dead = 2**22 + 12345  # above Linux's default pid_max: no process has it
    alive = os.getppid()
    for name in (f".t.duckdb.{dead}.tmp", f".t.duckdb.{dead}.tmp.wal", f".t.duckdb.{alive}.tmp"):
        (tmp_path / name).write_bytes(b"x")
    load.build(seeds, db_path)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.endswith((".tmp", ".wal"))) == [
        f".t.duckdb.{alive}.tmp"
    ]


def test_a_waiting_writer_says_whom_it_waits_for(tmp_path, capsys):
    import fcntl
    import threading

    db_path = tmp_path / "t.duckdb"
    lock_path = tmp_path / ".t.duckdb.lock"
    holder = lock_path.open("a+")
    fcntl.flock(holder, fcntl.LOCK_EX)
    holder.write("4242")
    holder.flush()
    threading.Timer(1.0, lambda: fcntl.flock(holder, fcntl.LOCK_UN)).start()
    with load.exclusive_lock(db_path):
        assert lock_path.read_text() == str(os.getpid())
    holder.close()
    assert f"{db_path}: waiting for another writer (process 4242) to finish" in capsys.readouterr().err


# --- 6. damaged and password-protected PDFs -------------------------------------------------


def two_page_pdf(path: Path, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for words in ("page one", "page two"):
        pdf.add_page()
        pdf.cell(text=words)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.output(str(path))
    return path


def test_a_password_protected_pdf_says_so(tmp_path):
    from etl.read import read_source

    path = two_page_pdf(tmp_path / "locked.pdf", password="secret")
    with pytest.raises(BulletinError, match=r"^locked.pdf: PDF is password-protected: save a copy without"):
        read_source(path)


def damage_first_page(path: Path) -> Path:
    """Flip the bits of the first page's compressed content stream, as a broken download or
    disk would: pdfminer then reads that page as empty, without an error of its own."""
    import re

    data = path.read_bytes()
    start = re.search(rb"stream\r?\n", data).end()
    end = data.index(b"endstream", start)
    path.write_bytes(data[:start] + bytes(byte ^ 0x5A for byte in data[start:end]) + data[end:])
    return path


def test_a_damaged_page_is_named_and_the_pdf_is_not_loaded_partly(tmp_path, seed_paths, capsys):
    from etl.__main__ import main
    from etl.read import read_source

    damaged = damage_first_page(two_page_pdf(tmp_path / "damaged.pdf"))
    with pytest.raises(
        BulletinError,
        match=r"^damaged.pdf: page 1 could not be read \(damaged content\); the file is not loaded",
    ):
        read_source(damaged)
    # Through the command line: the good bulletin beside it loads, the damaged file is reported
    # with its page and the exit status says a file failed.
    db_path = tmp_path / "tracker.duckdb"
    assert main(["ingest", str(seed_paths[0]), str(damaged), "--db", str(db_path)]) == 1
    assert "damaged.pdf: page 1 could not be read" in capsys.readouterr().err
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert con.execute("SELECT id FROM bulletins").fetchall() == [(seed_paths[0].stem,)]


def test_a_blank_page_is_no_damage(tmp_path):
    from fpdf import FPDF

    from etl.read import read_source

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text="page one")
    pdf.add_page()  # left blank, as a printed bulletin's verso may be
    pdf.output(str(tmp_path / "blank.pdf"))
    assert read_source(tmp_path / "blank.pdf").text.strip() == "page one"


def test_a_file_whose_pool_worker_died_is_prepared_again_in_the_building_process(tmp_path, seed_paths):
    """A worker "terminated abruptly" (killed, out of memory, a crash in a library; seen once in
    CI) breaks the pool under every file still pending: each is prepared again in this process and
    the build is the serial one."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    def broken() -> Future:
        future: Future = Future()
        future.set_exception(BrokenProcessPool("A process in the process pool was terminated abruptly"))
        return future

    with load.writing(tmp_path / "db.duckdb", keep_contents=False) as (con, _):
        load.create_schema(con)
        load.load_reference_tables(con)
        report = load.load_prepared(con, [(path, broken()) for path in seed_paths], progress=False)
    assert (report.bulletins, report.failures) == (len(seed_paths), [])


def test_a_line_too_long_to_read_sets_no_deadline_for_the_lines_under_it(monkeypatch):
    # its numbers are not read (the quarantine reports it), so neither is its "'30년까지": the bullet
    # under it keeps no year rather than one taken from an unread line
    from etl.extract import extract_bulletin
    from etl.parse import parse_text

    monkeypatch.setattr(config, "MAX_LINE_CHARS", 60)
    lead = "- 가상성은 '30년까지 다음 과제를 추진한다 " + "(세부 내용 생략) " * 6
    text = f"가상성, 산업 육성 방안 발표\n2025-03-05\n{lead}\n  - 스마트 공장 10개 구축\n"
    records = extract_bulletin(parse_text(text, file_name="news.txt", sha256="0" * 64))
    factories = [r for r in records if r.value_text == "10개"]
    assert [r.target_year for r in factories] == [None]


def test_a_range_in_words_after_at_least_is_still_one_range():
    # "최저 500만 채에서 최대 600만 채": 최저 is looked for right before the lower bound only
    (homes,) = find_quantities("주택을 최저 500만 채에서 최대 600만 채 공급한다")
    assert (homes.value, homes.value_max, homes.qualifier) == (5_000_000, 6_000_000, ">=")
