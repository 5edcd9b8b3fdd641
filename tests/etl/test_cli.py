"""python -m etl: the four commands, their output, exit status and defaults."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import config
from etl.__main__ import main, parser
from etl.model import RECORD_FIELDS

HANGUL = range(0xAC00, 0xD7A4)


def run_etl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_DIR,
        timeout=300,
    )


@pytest.fixture
def seeds(tmp_path, seed_paths) -> Path:
    """A folder with two seeds: 000 (15 articles) and 001 (14)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in seed_paths[:2]:
        shutil.copy(path, folder / path.name)
    return folder


def test_defaults_come_from_the_settings_module():
    assert parser().parse_args(["build"]).db == config.DB_PATH
    assert parser().parse_args(["build"]).seeds == config.SEEDS_DIR
    assert parser().parse_args(["ingest", "a.txt"]).db == config.DB_PATH
    assert parser().parse_args(["extract", "a.txt"]).format == "jsonl"


def test_extract_prints_one_json_record_per_line(seed_paths, capsys):
    assert main(["extract", str(seed_paths[0])]) == 0
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines()]
    assert records, "seed 000 states commitments ('25년까지 첨단 로봇 제품 100개 육성)"
    assert all(tuple(record) == RECORD_FIELDS for record in records)
    assert {record["bulletin"] for record in records} == {"000_1b9d18066b15c3c4"}
    assert any(ord(char) in HANGUL for char in out)  # ensure_ascii=False: Korean as Korean
    assert "\\u" not in out


def test_extract_csv_has_the_same_records(seed_paths, capsys):
    main(["extract", str(seed_paths[0])])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(["extract", "--format", "csv", str(seed_paths[0])])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == RECORD_FIELDS
    assert [(row["line"], row["value_text"]) for row in rows] == [
        (str(record["line"]), record["value_text"]) for record in records
    ]


def test_extract_reports_a_bad_file_and_goes_on(seed_paths, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(empty), str(seed_paths[0])]) == 1
    captured = capsys.readouterr()
    assert captured.err == "empty.txt: file is empty\n"
    assert captured.out.count("\n") > 0


def test_build_summary_and_exit_status(seeds, tmp_path):
    db_path = tmp_path / "tracker.duckdb"
    result = run_etl("build", "--seeds", str(seeds), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"{db_path}: loaded 2 bulletins, 29 articles, ")
    assert result.stderr.splitlines()[-1].endswith("; 0 failures")
    assert "it/s" not in result.stderr  # no progress bar when stderr is not a terminal
    assert result.stdout == ""


def test_build_with_a_bad_file_names_it_and_fails(seeds, tmp_path):
    (seeds / "blank.txt").write_text("\n\n")
    db_path = tmp_path / "tracker.duckdb"
    result = run_etl("build", "--seeds", str(seeds), "--db", str(db_path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "blank.txt: file is empty" in lines
    assert lines[-1].startswith(f"{db_path}: loaded 2 bulletins, 29 articles, ")
    assert lines[-1].endswith("; 1 failures")
    assert db_path.is_file()  # the good bulletins are served


def test_build_from_a_missing_folder(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nowhere"), "--db", str(tmp_path / "t.duckdb")]) == 1
    assert capsys.readouterr().err == (
        f"build failed, {tmp_path / 't.duckdb'} left as it was: nowhere: bulletin folder not found\n"
    )
    assert not (tmp_path / "t.duckdb").exists()


def test_ingest_twice_then_check(seeds, seed_paths, tmp_path, capsys):
    db_path = tmp_path / "tracker.duckdb"
    assert main(["build", "--seeds", str(seeds), "--db", str(db_path)]) == 0
    assert main(["ingest", str(seed_paths[3]), "--db", str(db_path)]) == 0
    assert "loaded 1 bulletins, 14 articles" in capsys.readouterr().err
    assert main(["ingest", str(seed_paths[3]), "--db", str(db_path)]) == 0
    err = capsys.readouterr().err
    assert "003_59782443bdfe0993.txt: already in the database (same sha256), skipped" in err
    assert "loaded 0 bulletins, 0 articles, 0 commitments; 0 failures" in err
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "ok   bulletins.id unique"
    assert all(line.startswith("ok ") for line in out)


def test_check_without_a_database(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'none.duckdb'}: database not found\n"


ARTICLES = config.PROJECT_DIR / "tests" / "fixtures" / "articles"


def test_extract_a_single_web_article(capsys):
    assert main(["extract", str(ARTICLES / "kistep_brief.txt")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    # the file stem is the bulletin id; the registration date (등록일) the issue date
    assert {(r["bulletin"], r["issue_date"]) for r in records} == {("kistep_brief", "2025-04-22")}


def test_an_undated_article_needs_date_and_exits_2(capsys):
    undated = str(ARTICLES / "pasted_undated.txt")
    assert main(["extract", undated]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("pasted_undated.txt: a single article without a date")
    assert captured.err.rstrip().endswith("pass --date YYYY-MM-DD")
    assert captured.out == ""
    assert main(["extract", undated, "--date", "2025-07-01"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and {r["issue_date"] for r in records} == {"2025-07-01"}


def test_a_malformed_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        parser().parse_args(["extract", "a.txt", "--date", "2025-13-01"])
    assert caught.value.code == 2
    assert "not a date in the form YYYY-MM-DD: '2025-13-01'" in capsys.readouterr().err


def test_ingest_a_single_article_beside_a_bulletin(seed_paths, tmp_path, capsys):
    db_path = tmp_path / "tracker.duckdb"
    undated = ARTICLES / "pasted_undated.txt"
    # without --date the article is refused (recorded, exit 2) and the bulletin still loads
    assert main(["ingest", str(seed_paths[0]), str(undated), "--db", str(db_path)]) == 2
    assert "pasted_undated.txt: a single article without a date" in capsys.readouterr().err
    assert main(["ingest", str(undated), "--date", "2025-07-01", "--db", str(db_path)]) == 0
    assert "loaded 1 bulletins, 1 articles" in capsys.readouterr().err
    with duckdb.connect(str(db_path), read_only=True) as con:
        rows = con.execute("SELECT id, kind, issue_date FROM bulletins ORDER BY id").fetchall()
        sections = con.execute(
            "SELECT DISTINCT section FROM bulletin_lines WHERE bulletin_id = 'pasted_undated'"
        ).fetchall()
    assert [(row[0], row[1], row[2].isoformat()) for row in rows] == [
        ("000_1b9d18066b15c3c4", "bulletin", "2023-07-07"),
        ("pasted_undated", "article", "2025-07-01"),
    ]
    assert sections == [("article",)]
    assert main(["check", "--db", str(db_path)]) == 0
