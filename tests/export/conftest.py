"""A small database written by hand, so every expected number in the export tests can be
worked out on paper:

    id  bulletin (issue date)  region     sector           kind     value    unit     year
    c1  B1 (2023-07-07)        Guangdong  semiconductors   target   300      count    2025
    c2  B1 (2023-07-07)        Guangdong  AI               funding  1e10     CNY      2025
    c3  B2 (2023-08-04)        Beijing    AI               target   50       count    2027
    c4  B2 (2023-08-04)        Beijing    semiconductors   target   20       percent  2030
    c5  B2 (2023-08-04)        National   computing_data   target   300      EFLOPS   2025
    c6  B2 (2023-08-04)        Guangdong  semiconductors   target   1000     people   2027

By region: Guangdong 3, Beijing 2, National 1. By sector: semiconductors 3, AI 2,
computing_data 1. By target year: 2025 → 3 (one each of semiconductors, AI,
computing_data), 2027 → 2 (AI, semiconductors), 2030 → 1 (semiconductors).
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import pandas as pd
import pytest
from browser_support import require_tool

from etl.config import SCHEMA_FILE

B1, B2 = "000_aaaaaaaaaaaaaaaa", "001_bbbbbbbbbbbbbbbb"

# One row a line, as in the table above.
# fmt: off
COLUMNS = ("id", "bulletin", "issue_date", "region", "sector", "kind", "value", "unit", "qualifier",
           "target_year", "subject_ko", "value_text", "sentence")
COMMITMENTS = [
    ("c1", B1, "2023-07-07", "Guangdong", "semiconductors", "target", 300, "count", ">=", 2025,
     "반도체 설계 기업", "300개", "광둥성은 2025년까지 반도체 설계 기업 300개 이상을 육성한다."),
    ("c2", B1, "2023-07-07", "Guangdong", "AI", "funding", 1e10, "CNY", "=", 2025,
     "AI 산업 투자", "100억 위안", "광둥성은 2025년까지 AI 산업에 100억 위안을 투자한다."),
    ("c3", B2, "2023-08-04", "Beijing", "AI", "target", 50, "count", "=", 2027,
     "AI 대형모델", "50개", "베이징시는 2027년까지 AI 대형모델 50개를 개발한다."),
    ("c4", B2, "2023-08-04", "Beijing", "semiconductors", "target", 20, "percent", ">=", 2030,
     "반도체 자급률", "20%", "베이징시는 2030년까지 반도체 자급률을 20% 이상으로 높인다."),
    ("c5", B2, "2023-08-04", "National", "computing_data", "target", 300, "EFLOPS", "=", 2025,
     "컴퓨팅 파워", "300 EFLOPS", "공업정보화부는 2025년까지 컴퓨팅 파워 300 EFLOPS를 달성한다."),
    ("c6", B2, "2023-08-04", "Guangdong", "semiconductors", "target", 1000, "people", "~", 2027,
     "반도체 인재", "1,000명", "광둥성은 2027년까지 반도체 인재 약 1,000명을 양성한다."),
]
# fmt: on
# What every row shares; no test asserts on it.
COMMON = {
    "article_seq": 1,
    "article_title": "기사 제목",
    "per_year": False,
    "issuer": "발표 기관",
    "extractor_version": "1.0.0",
    "confidence": "medium",
    "rule": "made_up",
}


def build_database(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    con.executemany(
        "INSERT INTO provinces VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("Guangdong", "광둥성", "广东", "province", "CN-GD", ["광둥", "광동"], 23.1, 113.3),
            ("Beijing", "베이징", "北京", "municipality", "CN-BJ", ["베이징시"], 39.9, 116.4),
        ],
    )
    con.executemany(
        "INSERT INTO sectors VALUES (?, ?, ?)",
        [
            ("semiconductors", "반도체", "Semiconductors"),
            ("AI", "인공지능", "Artificial intelligence"),
            ("computing_data", "컴퓨팅·데이터", "Computing and data"),
        ],
    )
    now = datetime(2026, 1, 1)
    bulletins = pd.DataFrame(
        [(B1, "2023-07-07", "a" * 64), (B2, "2023-08-04", "b" * 64)], columns=["id", "issue_date", "sha256"]
    ).assign(
        file_name=lambda f: f["id"] + ".txt",
        publisher="한중과학기술협력센터",
        source_format="text",
        encoding="utf-8",
        n_lines=100,
        n_articles=3,
        ingested_at=now,
        parser_version="1.0.0",
        extractor_version="1.0.0",
    )
    commitments = pd.DataFrame(COMMITMENTS, columns=COLUMNS).assign(line=lambda f: 10 + f.index, **COMMON)
    con.register("new_bulletins", bulletins)
    con.register("new_commitments", commitments)
    con.execute("INSERT INTO bulletins BY NAME SELECT * FROM new_bulletins")
    con.execute("INSERT INTO commitments BY NAME SELECT * FROM new_commitments")
    con.unregister("new_bulletins")
    con.unregister("new_commitments")


@pytest.fixture(scope="session")
def sentence() -> dict[str, str]:
    """Commitment id → its source sentence."""
    return {row[0]: row[-1] for row in COMMITMENTS}


@pytest.fixture
def export_db():
    con = duckdb.connect(":memory:")
    build_database(con)
    yield con
    con.close()


def write_database(path):
    with duckdb.connect(str(path)) as con:
        build_database(con)
    return path


@pytest.fixture
def export_db_file(tmp_path):
    """The same rows in a database file, for the command line and the app."""
    return write_database(tmp_path / "tracker.duckdb")


@pytest.fixture(scope="module")
def export_db_file_for_module(tmp_path_factory):
    """The same, shared by a module's tests (a server started once)."""
    return write_database(tmp_path_factory.mktemp("db") / "tracker.duckdb")


@pytest.fixture(scope="session")
def soffice() -> str:
    return require_tool("soffice")


@pytest.fixture(scope="session")
def fc_match() -> str:
    return require_tool("fc-match")


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium for kaleido; the one browser is closed when the session ends."""
    from dashboard.export import images

    require_tool(str(images.CHROMIUM))
    yield images.CHROMIUM
    images.close_browser()
