"""A small database written by hand, so every expected number in the dashboard tests can be
worked out on paper:

    id  bulletin  art kind    value   unit    qual year plan       region    city      sector
    c1  B1        1   target  1000    count   =    2030 -          Beijing   -         rnd_innovation
    c2  B1        2   target  100     count   >=   2025 2023-2025  Beijing   -         robotics
    c3  B1        2   funding 1e8     CNY     =    2025 2023-2025  Beijing   -         robotics
    c4  B1        3   funding 1.7e11  CNY     =    2025 -          Guangdong Guangzhou semiconductors
    c5  B2        1   target  300     EFLOPS  =    2025 2023-2025  National  -         computing_data
    c6  B2        1   target  25      percent >=   2025 2023-2025  National  -         computing_data
    c7  B2        2   target  1.8e12  CNY     =    2030 -          Guangdong Shenzhen  semiconductors
    c8  B2        2   actual  500     count   =    -    -          Guangdong -         semiconductors

B1 is dated 2023-07-07, B2 2023-07-14; B3 (2023-07-21) is a single web article with no
commitments, and one file failed to load.
By region: Beijing 3, Guangdong 3, National 2. By sector: semiconductors 3, robotics 2,
computing_data 2, rnd_innovation 1. By target year: 2025 → 5, 2030 → 2, none → 1.
Units: count 3, CNY 3, EFLOPS 1, percent 1.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from dashboard import db
from etl.config import SCHEMA_FILE

B1, B2, B3 = "000_aaaaaaaaaaaaaaaa", "001_bbbbbbbbbbbbbbbb", "002_cccccccccccccccc"
NOW = datetime(2026, 1, 1)

PROVINCES = [
    ("Beijing", "베이징", "北京", "municipality", "CN-BJ", ["베이징시"], 39.9, 116.4),
    ("Guangdong", "광둥", "广东", "province", "CN-GD", ["광둥성", "광동"], 23.1, 113.3),
]
SECTORS = [
    ("rnd_innovation", "연구개발·혁신", "R&D and innovation"),
    ("robotics", "로봇", "Robotics"),
    ("semiconductors", "반도체", "Semiconductors"),
    ("computing_data", "컴퓨팅·데이터", "Computing and data"),
]
BULLETINS = [  # id, issue date, sha256 letter, kind
    (B1, "2023-07-07", "a", "bulletin"),
    (B2, "2023-07-14", "b", "bulletin"),
    (B3, "2023-07-21", "c", "article"),
]
ARTICLES = [
    # bulletin, seq, headline, first line, last line
    (B1, 1, "베이징, 고급·정밀·첨단산업 과기혁신시스템 구축 방안 수립", 10, 12),
    (B1, 2, "베이징, '로봇산업 혁신 발전 행동계획(2023-2025)' 수립", 20, 24),
    (B1, 3, "광저우, 반도체 산업 지원", 30, 32),
    (B2, 1, "공업정보화부, 컴퓨팅 인프라 고품질 발전 행동계획", 10, 12),
    (B2, 2, "광둥성, 반도체·집적회로 산업 발전 방안", 20, 23),
]
LINES = {
    (B1, 1): [
        "베이징, 고급·정밀·첨단산업 과기혁신시스템 구축 방안 수립",
        "배경 설명",
        "'30년까지 우수 기업기술센터 1000개 육성",
    ],
    (B1, 2): [
        "베이징, '로봇산업 혁신 발전 행동계획(2023-2025)' 수립",
        "- 베이징시는 로봇 산업 거점 구축을 위한 행동계획을 발표하였다.",
        "- '25년까지 로봇 핵심 기업 100개 이상 육성 <script>alert(1)</script> **굵게**",
        "- 로봇 산업에 1억 위안 지원",
        "참고자료: 베이징시 경제정보화국",
    ],
    (B1, 3): ["광저우, 반도체 산업 지원", "- 광저우시는 반도체 산업에 1,700억 위안 투자", "끝"],
    (B2, 1): [
        "공업정보화부, 컴퓨팅 인프라 고품질 발전 행동계획",
        "- 컴퓨팅 파워 300EFLOPS 달성",
        "- 스마트 컴퓨팅 비중 25% 이상",
    ],
    (B2, 2): [
        "광둥성, 반도체·집적회로 산업 발전 방안",
        "- '30년까지 반도체 산업 규모 1.8조 위안",
        "- 현재 반도체 기업 500개",
        "끝",
    ],
}
COMMITMENTS = [
    # id, bulletin, art, kind, value, value_text, unit, qualifier, year, plan, region, city, issuer, sector,
    # subject_ko, line
    ("c1", B1, 1, "target", 1000, "1000개", "count", "=", 2030, None, "Beijing", None, "베이징시",
     "rnd_innovation", "우수 기업기술센터", 12),
    ("c2", B1, 2, "target", 100, "100개", "count", ">=", 2025, "2023-2025", "Beijing", None, "베이징시",
     "robotics", "로봇 핵심 기업", 22),
    ("c3", B1, 2, "funding", 1e8, "1억 위안", "CNY", "=", 2025, "2023-2025", "Beijing", None, "베이징시",
     "robotics", "로봇 산업 지원", 23),
    ("c4", B1, 3, "funding", 1.7e11, "1,700억 위안", "CNY", "=", 2025, None, "Guangdong", "Guangzhou",
     "광저우시", "semiconductors", "반도체 산업 투자", 31),
    ("c5", B2, 1, "target", 300, "300EFLOPS", "EFLOPS", "=", 2025, "2023-2025", "National", None,
     "공업정보화부", "computing_data", "컴퓨팅 파워", 11),
    ("c6", B2, 1, "target", 25, "25%", "percent", ">=", 2025, "2023-2025", "National", None,
     "공업정보화부", "computing_data", "스마트 컴퓨팅 비중", 12),
    ("c7", B2, 2, "target", 1.8e12, "1.8조 위안", "CNY", "=", 2030, None, "Guangdong", "Shenzhen",
     "광둥성", "semiconductors", "반도체 산업 규모", 21),
    ("c8", B2, 2, "actual", 500, "500개", "count", "=", None, None, "Guangdong", None, "광둥성",
     "semiconductors", "반도체 기업", 22),
]  # fmt: skip


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    con.executemany("INSERT INTO provinces VALUES (?, ?, ?, ?, ?, ?, ?, ?)", PROVINCES)
    con.executemany("INSERT INTO sectors VALUES (?, ?, ?)", SECTORS)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """The rows of the module docstring's table, with their bulletins, articles and lines."""
    con.executemany(
        "INSERT INTO bulletins VALUES (?, ?, ?, ?, ?, '한중과학기술협력센터', '한중과학기술협력센터',"
        " 'text', 'utf-8', 100, 3, ?, '1.0.0', '1.0.0')",
        [(b, kind, f"{b}.txt", c * 64, d, NOW) for b, d, c, kind in BULLETINS],
    )
    con.executemany(
        "INSERT INTO articles VALUES (?, ?, '정책동향', '지역', ?, ?, ?, NULL, NULL, NULL, ?, ?, 0)",
        [(b, seq, seq, headline, first, first, last) for b, seq, headline, first, last in ARTICLES],
    )
    con.executemany(
        "INSERT INTO bulletin_lines (bulletin_id, line, article_seq, section, text) VALUES (?, ?, ?, 'article', ?)",
        [
            (b, first + i, seq, text)
            for (b, seq, _, first, _) in ARTICLES
            for i, text in enumerate(LINES[(b, seq)])
        ],
    )
    con.execute(
        "INSERT INTO article_references VALUES"
        " (?, 2, 1, '베이징시 경제정보화국', 'https://example.org/robot', 24),"
        " (?, 2, 2, '잘못된 링크', 'javascript:alert(1)', 24)",
        [B1, B1],
    )
    lines = {
        (b, first + i): text for (b, seq, _, first, _) in ARTICLES for i, text in enumerate(LINES[(b, seq)])
    }
    issue_dates = {b: d for b, d, _, _ in BULLETINS}
    # Named columns, so a column added to the schema later needs no change here.
    columns = (
        "id, bulletin, article_seq, kind, value, value_text, unit, qualifier, target_year, plan_period, region,"
        " city, issuer, sector, subject_ko, line, issue_date, article_title, sentence, per_year, extractor_version,"
        " confidence, rule"
    )
    con.executemany(
        f"INSERT INTO commitments ({columns}) VALUES ({', '.join(['?'] * 19)}, false, '1.0.0', 'medium', 'made_up')",
        [
            (*row, issue_dates[row[1]], _headline(row[1], row[2]), lines[(row[1], row[15])])
            for row in COMMITMENTS
        ],
    )
    con.execute(
        "INSERT INTO ingest_failures VALUES ('broken.txt', '발행일을 찾을 수 없음', 3, ?)",
        [NOW],
    )


def _headline(bulletin: str, seq: int) -> str:
    return next(h for b, s, h, _, _ in ARTICLES if (b, s) == (bulletin, seq))


def write_database(path: Path, seeded: bool = True) -> Path:
    with duckdb.connect(str(path)) as con:
        create_schema(con)
        if seeded:
            fill(con)
    return path


@pytest.fixture(scope="session")
def seeded_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_database(tmp_path_factory.mktemp("seeded") / "tracker.duckdb")


@pytest.fixture(scope="session")
def empty_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_database(tmp_path_factory.mktemp("empty") / "tracker.duckdb", seeded=False)


@pytest.fixture
def con(seeded_path: Path) -> duckdb.DuckDBPyConnection:
    connection = db.open_read_only(seeded_path, db.data_version(seeded_path))
    yield connection
    connection.close()


@pytest.fixture
def empty_con(empty_path: Path) -> duckdb.DuckDBPyConnection:
    connection = db.open_read_only(empty_path, db.data_version(empty_path))
    yield connection
    connection.close()
