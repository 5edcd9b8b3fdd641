"""etl.checks: a clean database passes every check; each kind of bad row fails exactly its check."""

from __future__ import annotations

import duckdb
import pytest

from etl import checks

# One bulletin of three lines, one article, one commitment, and the reference rows they use.
VALID_ROWS = [
    "INSERT INTO provinces VALUES ('Beijing', '베이징', '北京', 'municipality', 'CN-BJ', ['베이징'], 39.9, 116.4)",
    "INSERT INTO economic_regions VALUES ('Greater Bay Area', '웨강아오대만구', ['웨강아오대만구'])",
    "INSERT INTO sectors VALUES ('robotics', '로봇', 'Robotics')",
    """INSERT INTO bulletins VALUES ('b1', 'bulletin', 'b1.txt', 'ab12', DATE '2023-07-07', '서행아', '한중과학기술협력센터',
       'text', 'utf-8', 3, 1, TIMESTAMP '2023-07-08 09:00:00', '1.0.0', '1.0.0')""",
    """INSERT INTO bulletin_lines (bulletin_id, line, article_seq, section, text)
       VALUES ('b1', 1, 1, 'article', '01 베이징, 로봇 행동계획 수립'),
       ('b1', 2, 1, 'article', '- ''25년까지 첨단 로봇 제품 100개 육성'),
       ('b1', 3, NULL, 'colophon', '| 발 행 일 | 2023. 7. 7')""",
    """INSERT INTO articles VALUES ('b1', 1, '정책동향', '지역', 1, '베이징, 로봇 행동계획 수립', 1, NULL, NULL,
       NULL, 1, 2, 0)""",
    # Named columns, so a column added to the schema later needs no change here.
    """INSERT INTO commitments (id, bulletin, article_seq, issue_date, article_title, kind, value, value_max,
       value_text, unit, qualifier, per_year, target_year, as_of_year, plan_period, region, city, issuer, sector,
       subject_ko, subject_en, sentence, line, extractor_version, confidence, rule)
       VALUES ('c1', 'b1', 1, DATE '2023-07-07', '베이징, 로봇 행동계획 수립', 'target',
       100, NULL, '100개', 'count', '=', false, 2025, NULL, '2023-2025', 'Beijing', NULL, '베이징시', 'robotics',
       '첨단 로봇 제품', NULL, '- ''25년까지 첨단 로봇 제품 100개 육성', 2, '1.0.0', 'high', 'forward_verb')""",
]


@pytest.fixture
def valid_db(fresh_db: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    for statement in VALID_ROWS:
        fresh_db.execute(statement)
    return fresh_db


def failed_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [result.name for result in checks.failures(con)]


def test_a_valid_database_passes_every_check(valid_db):
    results = checks.run(valid_db)
    assert [result.name for result in results] == [check.name for check in checks.CHECKS]
    assert [result.count for result in results] == [0] * len(checks.CHECKS)


@pytest.mark.parametrize(
    ("change", "failed"),
    [
        ("UPDATE commitments SET unit = '억 위안'", "commitments.unit canonical"),
        ("UPDATE commitments SET unit = 'Count'", "commitments.unit canonical"),
        ("UPDATE commitments SET target_year = 1999", "commitments.target_year in range"),
        ("UPDATE commitments SET target_year = 2101", "commitments.target_year in range"),
        ("UPDATE bulletins SET kind = 'newsletter'", "bulletins.kind accepted"),
        ("UPDATE commitments SET kind = 'forecast'", "commitments.kind accepted"),
        ("UPDATE commitments SET qualifier = '≥'", "commitments.qualifier accepted"),
        ("UPDATE commitments SET region = 'Atlantis'", "commitments.region in the reference tables"),
        (
            "UPDATE commitments SET plan_period = '2023~2025'",
            "commitments.plan_period shaped YYYY or YYYY-YYYY",
        ),
        ("UPDATE commitments SET value_max = 50", "commitments.value_max not below value"),
        # a rate per no base the extractor knows, or of a unit that is no canonical one
        ("UPDATE commitments SET unit = 'CNY_per_parsec'", "commitments.unit canonical"),
        ("UPDATE commitments SET unit = '위안_per_kW'", "commitments.unit canonical"),
        ("UPDATE commitments SET article_seq = 2", "commitments tied to an article"),
        (
            "UPDATE commitments SET line = 4",
            "commitments tied to a bulletin, its issue date and one of its lines",
        ),
        (
            "UPDATE commitments SET issue_date = DATE '2023-07-08'",
            "commitments tied to a bulletin, its issue date and one of its lines",
        ),
        ("UPDATE bulletins SET n_articles = 2", "bulletins.n_articles matches its articles"),
        ("DELETE FROM bulletin_lines WHERE line = 3", "bulletins.n_lines matches its lines"),
    ],
)
def test_each_bad_value_fails_its_check(valid_db, change, failed):
    valid_db.execute(change)
    assert failed_names(valid_db) == [failed]


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE commitments SET unit = 'robots_per_10k_workers'",  # a lower-case addition
        "UPDATE commitments SET unit = 'CNY_per_kW'",  # a rate the extractor composes: kW당 2,000위안
        "UPDATE commitments SET unit = 't_per_10k_CNY'",  # GDP 1만 위안당 0.85톤
        "UPDATE commitments SET unit = 'ratio'",
        "UPDATE commitments SET region = 'National'",
        "UPDATE commitments SET region = 'Greater Bay Area'",
        "UPDATE commitments SET target_year = NULL, plan_period = NULL",
        "UPDATE commitments SET plan_period = '2023'",  # a one-year work plan
    ],
)
def test_values_the_record_allows_pass(valid_db, change):
    valid_db.execute(change)
    assert failed_names(valid_db) == []


def check_named(name: str) -> checks.Check:
    return next(check for check in checks.CHECKS if check.name == name)


# The schema's own constraints already refuse these rows, so each check is tried on bare tables,
# as `python -m etl check` would meet them in a database some other tool wrote.
@pytest.mark.parametrize(
    ("tables", "rows", "name", "offending"),
    [
        (
            "CREATE TABLE commitments (id VARCHAR)",
            "INSERT INTO commitments VALUES ('c1'), ('c1'), ('c2')",
            "commitments.id unique",
            [("c1", 2)],
        ),
        (
            "CREATE TABLE bulletins (id VARCHAR, file_name VARCHAR, sha256 VARCHAR, issue_date DATE)",
            "INSERT INTO bulletins VALUES ('b1', 'b1.txt', 'ab', NULL), ('b2', 'b2.txt', 'cd', DATE '2023-01-01')",
            "bulletins required columns not null",
            [("b1",)],
        ),
        (
            "CREATE TABLE sectors (id VARCHAR); CREATE TABLE commitments (id VARCHAR, sector VARCHAR)",
            "INSERT INTO sectors VALUES ('AI'); INSERT INTO commitments VALUES ('c1', 'AI'), ('c2', 'space')",
            "commitments.sector in the reference table",
            [("c2", "space")],
        ),
    ],
)
def test_checks_the_schema_also_enforces(tables, rows, name, offending):
    con = duckdb.connect(":memory:")
    con.execute(tables)
    con.execute(rows)
    (result,) = checks.run(con, (check_named(name),))
    assert (result.count, result.sample) == (len(offending), offending)


def test_data_check_error_names_the_check_and_an_example(valid_db):
    valid_db.execute("UPDATE commitments SET unit = '억 위안'")
    error = checks.DataCheckError(checks.failures(valid_db))
    assert (
        str(error)
        == "data checks failed: commitments.unit canonical: 1 offending row(s), e.g. [('c1', '억 위안')]"
    )
