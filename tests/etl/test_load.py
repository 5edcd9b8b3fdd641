"""etl.load: builds and ingests are complete or not served at all, and repeatable."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from etl import checks, config, load, prepare
from etl.read import BulletinError

# Articles per seed, counted by hand (tests/etl/test_parse.py lists every headline).
ARTICLES = {
    "000_1b9d18066b15c3c4": 15,
    "001_439e8b69d6656657": 14,
    "002_55297f25ffdea184": 14,
    "003_59782443bdfe0993": 14,
    "004_32315275824c7094": 15,
}
TABLES = (
    "provinces", "economic_regions", "cities", "sectors", "bulletins", "bulletin_lines", "articles",
    "article_references", "commitments", "ingest_failures",
)  # fmt: skip
# Columns that record when a row was written, not what it says.
WRITE_TIMES = {"bulletins": "ingested_at", "ingest_failures": "attempted_at"}


def copy_seeds(seed_paths: list[Path], folder: Path, stems: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in seed_paths:
        if path.stem in stems:
            shutil.copy(path, folder / path.name)
    return folder


def contents(db_path: Path, *, with_write_times: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows, sorted; without the write-time columns unless asked."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        result = {}
        for table in TABLES:
            exclude = (
                f" EXCLUDE ({WRITE_TIMES[table]})" if table in WRITE_TIMES and not with_write_times else ""
            )
            result[table] = con.execute(f"SELECT *{exclude} FROM {table} ORDER BY ALL").fetchall()
        return result


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith((".tmp", ".wal")))


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_paths) -> tuple[Path, load.BuildReport]:
    db_path = tmp_path_factory.mktemp("built") / "tracker.duckdb"
    return db_path, load.build(seed_paths[0].parent, db_path)


def test_build_loads_every_seed(built):
    db_path, report = built
    assert (report.bulletins, report.articles, report.failures) == (5, 72, [])
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert dict(con.execute("SELECT id, n_articles FROM bulletins").fetchall()) == ARTICLES
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 72
        assert con.execute("SELECT count(*) FROM commitments").fetchone()[0] == report.commitments
        assert con.execute("SELECT count(*) FROM provinces").fetchone()[0] == 34
        assert con.execute("SELECT count(*) FROM sectors").fetchone()[0] == 20
        # every city a record names is in the cities reference table, with its Korean name
        cities = dict(con.execute("SELECT name_en, name_ko FROM cities WHERE name_en = record_as").fetchall())
        assert cities["Chengdu"] == "청두" and cities["Lingang New Area"] == "린강신구"
        unknown = "SELECT count(*) FROM commitments WHERE city NOT IN (SELECT record_as FROM cities)"
        assert con.execute(unknown).fetchone()[0] == 0
    assert leftovers(db_path.parent) == []


def test_articles_and_provenance_are_stored(built, seed_paths):
    db_path, _ = built
    with duckdb.connect(str(db_path), read_only=True) as con:
        article = con.execute(
            """SELECT number, part, headline, headline_line, first_line, announced_on
               FROM articles WHERE bulletin_id = '000_1b9d18066b15c3c4' AND seq = 4"""
        ).fetchone()
        assert article[:5] == (
            4,
            "정책동향",
            "베이징, '로봇산업 혁신 발전 행동계획(2023-2025)' 수립",
            292,
            292,
        )
        assert str(article[5]) == "2023-06-28"
        bulletin = con.execute(
            "SELECT issue_date, publisher, source_format, encoding FROM bulletins WHERE id = '003_59782443bdfe0993'"
        ).fetchone()
        assert (str(bulletin[0]), *bulletin[1:]) == ("2024-06-21", "서행아", "text", "utf-8")
        url = con.execute(
            """SELECT url FROM article_references
               WHERE bulletin_id = '001_439e8b69d6656657' AND article_seq = 2 AND line = 185"""
        ).fetchone()[0]
        assert url == "https://www.gov.cn/zhengce/content/202306/content_6887167.htm"
        for path in seed_paths:
            stored = con.execute(
                "SELECT text FROM bulletin_lines WHERE bulletin_id = ? ORDER BY line", [path.stem]
            ).fetchall()
            assert [text for (text,) in stored] == path.read_text(encoding="utf-8").splitlines()
        assert con.execute(
            "SELECT section, article_seq FROM bulletin_lines WHERE bulletin_id = '000_1b9d18066b15c3c4' AND line = 615"
        ).fetchone() == ("colophon", None)


def test_good_files_load_beside_bad_ones(tmp_path, seed_paths):
    seeds = copy_seeds(seed_paths, tmp_path / "seeds", ("000_1b9d18066b15c3c4", "004_32315275824c7094"))
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "noise.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf\n%%EOF\n")
    truncated = seed_paths[1].read_text(encoding="utf-8").splitlines()[:300]
    (seeds / "cut.txt").write_text("\n".join(truncated) + "\n", encoding="utf-8")
    (seeds / "folder.txt").mkdir()
    (seeds / "notes.md").write_text("not a bulletin suffix, never read")
    db_path = tmp_path / "tracker.duckdb"

    report = load.build(seeds, db_path)

    assert (report.bulletins, report.articles) == (2, 30)
    assert sorted(str(error) for error in report.failures) == [
        "cut.txt:300: issue date (발행일) missing: the colophon is not there, the file looks truncated",
        "empty.txt: file is empty",
        "folder.txt: is a directory, not a bulletin file",
        "noise.pdf: not a readable PDF (No /Root object! - Is this really a PDF?)",
    ]
    stored = contents(db_path)
    assert sorted(row[:3] for row in stored["ingest_failures"]) == [
        ("cut.txt", "issue date (발행일) missing: the colophon is not there, the file looks truncated", 300),
        ("empty.txt", "file is empty", None),
        ("folder.txt", "is a directory, not a bulletin file", None),
        ("noise.pdf", "not a readable PDF (No /Root object! - Is this really a PDF?)", None),
    ]
    assert [row[0] for row in stored["bulletins"]] == ["000_1b9d18066b15c3c4", "004_32315275824c7094"]


@pytest.fixture
def served(tmp_path, seed_paths) -> Path:
    """A database already being served, built from two seeds."""
    seeds = copy_seeds(seed_paths, tmp_path / "seeds", ("000_1b9d18066b15c3c4", "001_439e8b69d6656657"))
    db_path = tmp_path / "served" / "tracker.duckdb"
    load.build(seeds, db_path)
    return db_path


def test_old_database_survives_a_crash_mid_build(served, seed_paths, monkeypatch):
    before = file_digest(served)
    calls = []

    def crash_on_second(batch, path, prepared):
        calls.append(path)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        original(batch, path, prepared)

    original = load.Batch.add
    monkeypatch.setattr(load.Batch, "add", crash_on_second)
    with pytest.raises(RuntimeError, match="power cut"):
        load.build(seed_paths[0].parent, served)
    assert file_digest(served) == before
    assert leftovers(served.parent) == []


def test_old_database_survives_failed_data_checks(served, seed_paths, monkeypatch):
    before = contents(served, with_write_times=True)
    real_extract = prepare.extract

    def printed_unit(bulletin):  # as if the extractor let a raw counter through
        extraction = real_extract(bulletin)
        return replace(extraction, records=[replace(c, unit="억 위안") for c in extraction.records])

    monkeypatch.setattr(prepare, "extract", printed_unit)
    # the stand-in extractor lives in this process: pool workers started fresh would not see it
    monkeypatch.setattr(config, "WORKERS", 1)
    with pytest.raises(checks.DataCheckError, match="commitments.unit canonical"):
        load.build(seed_paths[0].parent, served)
    assert contents(served, with_write_times=True) == before
    assert leftovers(served.parent) == []


def empty_folder(tmp: Path) -> Path:
    (tmp / "empty").mkdir()
    (tmp / "empty" / "README.md").write_text("no bulletins here")
    return tmp / "empty"


def only_bad_files(tmp: Path) -> Path:
    (tmp / "bad").mkdir()
    (tmp / "bad" / "a.txt").write_bytes(b"")
    (tmp / "bad" / "b.txt").write_text("회의 메모\n", encoding="utf-8")
    return tmp / "bad"


@pytest.mark.parametrize(
    ("make_folder", "error"),
    [
        (lambda tmp: tmp / "no-such-folder", "no-such-folder: bulletin folder not found"),
        (empty_folder, "empty: no bulletin files (*.txt, *.pdf) in the folder"),
        (
            only_bad_files,
            "bad: no bulletin could be loaded (a.txt: file is empty; "
            "b.txt:1: a headline but no article text under it (nor a whole bulletin))",
        ),
    ],
    ids=["missing folder", "no bulletin files", "only bad files"],
)
def test_a_build_with_nothing_to_serve_changes_nothing(served, tmp_path, make_folder, error):
    before = file_digest(served)
    with pytest.raises(BulletinError) as caught:
        load.build(make_folder(tmp_path), served)
    assert str(caught.value) == error
    assert file_digest(served) == before
    assert leftovers(served.parent) == []


def test_building_twice_gives_identical_tables(tmp_path, seed_paths):
    first = load.build(seed_paths[0].parent, tmp_path / "first.duckdb")
    second = load.build(seed_paths[0].parent, tmp_path / "second.duckdb")
    assert first == second
    assert contents(tmp_path / "first.duckdb") == contents(tmp_path / "second.duckdb")


def test_rebuild_replaces_the_served_file(served, seed_paths):
    load.build(seed_paths[0].parent, served)
    assert len(contents(served)["bulletins"]) == 5


def test_ingest_adds_a_bulletin(served, seed_paths):
    new = next(path for path in seed_paths if path.stem == "003_59782443bdfe0993")
    report = load.ingest([new], served)
    assert (report.bulletins, report.articles, report.failures) == (1, 14, [])
    assert [row[0] for row in contents(served)["bulletins"]] == [
        "000_1b9d18066b15c3c4",
        "001_439e8b69d6656657",
        "003_59782443bdfe0993",
    ]


def test_ingesting_the_same_file_twice_changes_nothing(served, seed_paths, tmp_path):
    new = next(path for path in seed_paths if path.stem == "003_59782443bdfe0993")
    load.ingest([new], served)
    before = contents(served, with_write_times=True)
    same_bytes_other_name = tmp_path / "copy_of_003.txt"
    shutil.copy(new, same_bytes_other_name)

    report = load.ingest([new, same_bytes_other_name], served)

    assert (report.bulletins, report.failures) == (0, [])
    assert report.already_loaded == [new, same_bytes_other_name]
    assert contents(served, with_write_times=True) == before


def test_ingest_refuses_other_bytes_under_a_loaded_id(served, seed_paths, tmp_path):
    original = next(path for path in seed_paths if path.stem == "000_1b9d18066b15c3c4")
    edited = tmp_path / original.name
    edited.write_text(original.read_text(encoding="utf-8").replace("서행아", "홍길동"), encoding="utf-8")
    before = contents(served)

    report = load.ingest([edited], served)

    assert [str(error) for error in report.failures] == [
        "000_1b9d18066b15c3c4.txt: a different bulletin with id 000_1b9d18066b15c3c4 is already loaded "
        "(from 000_1b9d18066b15c3c4.txt); rename the file or rebuild the database"
    ]
    after = contents(served)
    assert after["bulletins"] == before["bulletins"]
    assert [row[0] for row in after["ingest_failures"]] == ["000_1b9d18066b15c3c4.txt"]


def test_ingest_into_no_database_creates_one(tmp_path, seed_paths):
    db_path = tmp_path / "new" / "tracker.duckdb"
    report = load.ingest([seed_paths[2]], db_path)
    assert (report.bulletins, report.articles) == (1, 14)
    assert len(contents(db_path)["provinces"]) == 34


def test_ingest_into_a_database_of_an_older_schema_says_to_rebuild(tmp_path, seed_paths):
    older = tmp_path / "older.duckdb"  # what an older version built: the schema without as_of_year
    schema = config.SCHEMA_FILE.read_text(encoding="utf-8")
    with duckdb.connect(str(older)) as con:
        con.execute(
            "\n".join(line for line in schema.splitlines() if not line.strip().startswith("as_of_year"))
        )
    before = file_digest(older)
    new = next(path for path in seed_paths if path.stem == "003_59782443bdfe0993")
    with pytest.raises(BulletinError, match=r"older version \(missing commitments\.as_of_year\).*etl build"):
        load.ingest([new], older)
    assert file_digest(older) == before


def test_rejected_candidates_and_confidence_are_stored(tmp_path, monkeypatch):
    """What the extractor did not take is stored beside what it took, with the rule's name."""
    from etl.extract import Extraction
    from etl.model import RejectedCandidate

    real_extract = prepare.extract

    def with_one_rejection(bulletin):
        extraction = real_extract(bulletin)
        first = extraction.records[0]
        rejected = RejectedCandidate(
            bulletin.id, first.article_seq, first.line, "11개", 11.0, "count", "document_structure",
            "a count that describes the document", first.sentence,
        )  # fmt: skip
        return Extraction([replace(c, confidence="high") for c in extraction.records], [rejected])

    monkeypatch.setattr(prepare, "extract", with_one_rejection)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    source = next(config.SEEDS_DIR.glob("000_*.txt"))
    (seeds / source.name).write_bytes(source.read_bytes())
    db_path = tmp_path / "t.duckdb"
    load.build(seeds, db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT DISTINCT confidence FROM commitments").fetchall() == [("high",)]
    assert con.execute("SELECT value_text, rule FROM rejected_candidates").fetchall() == [
        ("11개", "document_structure")
    ]
    con.close()
