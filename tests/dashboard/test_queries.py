"""Queries against the hand-written database of conftest.py; expected values worked out from its table."""

import threading
from datetime import date

import duckdb
import pandas as pd
import pytest
from conftest import B1, B2, write_database

from dashboard import db, queries
from dashboard.filters import Filters


def ids(frame) -> set[str]:
    return set(frame["id"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), {"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"}),
        (Filters(provinces=("Beijing",)), {"c1", "c2", "c3"}),
        (Filters(provinces=("Beijing",), sectors=("robotics",)), {"c2", "c3"}),
        (Filters(provinces=("Beijing", "National")), {"c1", "c2", "c3", "c5", "c6"}),
        (Filters(cities=("Shenzhen",)), {"c7"}),
        (Filters(kinds=("funding",)), {"c3", "c4"}),
        (Filters(issuers=("공업정보화부",)), {"c5", "c6"}),
        (Filters(units=("CNY",)), {"c3", "c4", "c7"}),
        # A year bound leaves out the record without a target year (c8).
        (Filters(year_from=2026), {"c1", "c7"}),
        (Filters(year_to=2025), {"c2", "c3", "c4", "c5", "c6"}),
        (Filters(date_from=date(2023, 7, 10)), {"c5", "c6", "c7", "c8"}),
        (Filters(date_to=date(2023, 7, 7)), {"c1", "c2", "c3", "c4"}),
        (Filters(text="로봇"), {"c2", "c3"}),
        (Filters(text="efloPS"), {"c5"}),
        (Filters(text="1,700억"), {"c4"}),
    ],
)
def test_filters_select_the_rows_worked_out_by_hand(con, filters, expected):
    assert ids(queries.commitments(con, filters)) == expected


@pytest.mark.parametrize("text", ["_", "로%", "' OR 1=1 --", "'); DROP TABLE commitments; --"])
def test_search_text_is_a_literal_never_sql_or_a_pattern(con, text):
    assert queries.commitments(con, Filters(text=text)).empty
    assert len(queries.commitments(con, Filters())) == 8


def test_a_percent_sign_matches_itself_only(con):
    assert ids(queries.commitments(con, Filters(text="%"))) == {"c6"}  # "25% 이상"


def test_where_clause_binds_every_user_value():
    sql, params = queries.where_clause(Filters(provinces=("x'); --",), text="y", year_from=2025))
    assert "x'" not in sql and "y" not in sql.replace("year", "")
    assert params == [["x'); --"], "y", "y", "y", 2025]  # in the order of filters.FIELDS


def test_summary(con):
    # Each kind apart: targets c1 c2 c5 c6 c7, funding c3 c4, the achieved figure c8.
    assert queries.summary(con, Filters()) == {
        "bulletins": 2,
        "commitments": 8,
        "targets": 5,
        "funding": 2,
        "actuals": 1,
        "provinces": 2,
        "sectors": 4,
    }
    assert queries.summary(con, Filters(provinces=("National",))) == {
        "bulletins": 1,
        "commitments": 2,
        "targets": 2,
        "funding": 0,
        "actuals": 0,
        "provinces": 0,
        "sectors": 1,
    }


def test_count_by_region_and_year(con):
    by_region = queries.count_by(con, Filters(), "region")
    assert dict(zip(by_region["key"], by_region["n"], strict=True)) == {
        "Beijing": 3,
        "Guangdong": 3,
        "National": 2,
    }
    by_year = queries.count_by(con, Filters(), "target_year")
    counts = {None if pd.isna(k) else int(k): n for k, n in zip(by_year["key"], by_year["n"], strict=True)}
    assert counts == {2025: 5, 2030: 2, None: 1}


def test_count_by_refuses_a_dimension_outside_the_allow_list(con):
    with pytest.raises(KeyError):
        queries.count_by(con, Filters(), "sentence; DROP TABLE commitments")


def test_nearest_deadlines_are_targets_from_the_year_on(con):
    deadlines = queries.nearest_deadlines(con, Filters(), 2026)
    assert list(deadlines["id"]) == ["c7", "c1"]  # both 2030; B2 (newer) first
    assert set(queries.nearest_deadlines(con, Filters(), 2025, limit=10)["id"]) == {
        "c1",
        "c2",
        "c5",
        "c6",
        "c7",
    }


def test_largest_values_in_one_unit(con):
    assert list(queries.largest_values(con, Filters(), "CNY")["id"]) == ["c7", "c4", "c3"]
    assert list(queries.largest_values(con, Filters(provinces=("Beijing",)), "count")["id"]) == ["c1", "c2"]


def test_timeline_counts_and_plan_start(con):
    rows = queries.timeline(con, Filters(), "region")
    got = {(r.key, r.target_year): (r.n, r.plan_start) for r in rows.itertuples()}
    assert got[("Beijing", 2025)] == (2, 2023)
    assert got[("Beijing", 2030)][0] == 1
    assert got[("National", 2025)] == (2, 2023)
    assert ("Guangdong", None) not in got  # c8 has no target year


def test_bulletin_dates_behind_the_filtered_data(con):
    assert queries.bulletin_dates(con, Filters()) == [date(2023, 7, 14), date(2023, 7, 7)]
    assert queries.bulletin_dates(con, Filters(provinces=("Beijing",))) == [date(2023, 7, 7)]


def test_detail_queries(con):
    record = queries.commitment(con, "c2")
    assert record["bulletin"] == B1 and record["file_name"] == f"{B1}.txt" and len(record["sha256"]) == 64
    assert (record["kind"], record["source_kind"]) == ("target", "bulletin")  # the record's, the file's
    assert queries.commitment(con, "nope") is None
    lines = queries.article_lines(con, B1, 2)
    assert list(lines["line"]) == [20, 21, 22, 23, 24]
    assert record["sentence"] == lines.set_index("line").loc[22, "text"]
    assert set(queries.same_article(con, B1, 2, "c2")["id"]) == {"c3"}
    assert queries.article(con, B2, 2)["headline"] == "광둥성, 반도체·집적회로 산업 발전 방안"
    assert list(queries.article_references(con, B1, 2)["url"]) == [
        "https://example.org/robot",
        "javascript:alert(1)",
    ]


def test_sources(con):
    bulletins = queries.bulletins(con)
    assert list(bulletins["id"]) == ["002_cccccccccccccccc", B2, B1]
    assert list(bulletins["commitments"]) == [0, 4, 4]
    assert list(queries.ingest_failures(con)["file_name"]) == ["broken.txt"]


def test_filter_options(con):
    options = queries.filter_options(con)
    assert options["provinces"] == ["Beijing", "Guangdong", "National"]  # 3, 3, 2; ties by name
    assert options["units"] == ["CNY", "count", "EFLOPS", "percent"]
    assert options["years"] == (2025, 2030)
    # the dates commitments carry: B3, a later article, gives none
    assert options["dates"] == (date(2023, 7, 7), date(2023, 7, 14))
    assert options["cities"] == ["Guangzhou", "Shenzhen"]


@pytest.mark.parametrize(
    ("filters", "field", "expected"),
    [
        # no other filter: the table's own counts
        (Filters(), "provinces", {"Beijing": 3, "Guangdong": 3, "National": 2}),
        # a field's own choice does not narrow its options: each says what choosing it would give
        (Filters(provinces=("Beijing",)), "provinces", {"Beijing": 3, "Guangdong": 3, "National": 2}),
        # semiconductors are c4, c7, c8, all in Guangdong
        (Filters(sectors=("semiconductors",)), "provinces", {"Beijing": 0, "Guangdong": 3, "National": 0}),
        # Beijing is c1 (rnd_innovation), c2 and c3 (robotics)
        (
            Filters(provinces=("Beijing",)),
            "sectors",
            {"semiconductors": 0, "computing_data": 0, "robotics": 2, "rnd_innovation": 1},
        ),
        # Guangdong's targets: c7 only (Shenzhen); c4 in Guangzhou is funding
        (Filters(provinces=("Guangdong",), kinds=("target",)), "cities", {"Guangzhou": 0, "Shenzhen": 1}),
        (Filters(provinces=("Guangdong",)), "kinds", {"target": 1, "funding": 1, "actual": 1}),
        # from 2026: c1 (1,000 count) and c7 (CNY)
        (Filters(year_from=2026), "units", {"CNY": 1, "count": 1, "EFLOPS": 0, "percent": 0}),
        (Filters(text="로봇"), "kinds", {"target": 1, "funding": 1, "actual": 0}),
    ],
)
def test_option_counts_worked_out_by_hand(con, filters, field, expected):
    assert queries.option_counts(con, filters, field) == expected


def test_options_that_give_most_come_first_ties_by_frequency_in_the_data(con):
    # Beijing: robotics 2, rnd_innovation 1, then the zeros in the data's order (semiconductors 3,
    # computing_data 2)
    counts = queries.option_counts(con, Filters(provinces=("Beijing",)), "sectors")
    assert list(counts) == ["robotics", "rnd_innovation", "semiconductors", "computing_data"]


def test_option_counts_leave_rejected_records_out_unless_asked(tmp_path):
    with duckdb.connect(str(write_database(tmp_path / "t.duckdb"))) as con:
        con.execute("UPDATE commitments SET review_status = 'rejected' WHERE id = 'c1'")
        assert queries.option_counts(con, Filters(), "provinces")["Beijing"] == 2
        assert queries.option_counts(con, Filters(with_rejected=True), "provinces")["Beijing"] == 3


def test_empty_database_answers_with_empty_frames(empty_con):
    assert queries.commitments(empty_con, Filters()).empty
    assert queries.summary(empty_con, Filters()) == {
        "bulletins": 0,
        "commitments": 0,
        "targets": 0,
        "funding": 0,
        "actuals": 0,
        "provinces": 0,
        "sectors": 0,
    }
    assert queries.filter_options(empty_con)["years"] == (None, None)


def test_connection_is_read_only(con):
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM commitments")


def test_a_rebuild_that_replaces_the_file_gives_a_new_version_with_the_new_data(tmp_path):
    path = write_database(tmp_path / "tracker.duckdb")
    old_version = db.data_version(path)
    old = db.open_read_only(path, old_version)
    assert len(queries.commitments(old, Filters())) == 8
    # The rebuild writes a new file beside the old one and renames it over, while the app is connected.
    fresh = write_database(tmp_path / "next.duckdb", seeded=False)
    fresh.replace(path)
    new_version = db.data_version(path)
    assert new_version != old_version
    new = db.open_read_only(path, new_version)
    assert queries.commitments(new, Filters()).empty
    assert len(queries.commitments(old, Filters())) == 8  # the old connection still reads its own version
    old.close()
    new.close()


def test_data_version_of_a_missing_file_is_none(tmp_path):
    assert db.data_version(tmp_path / "missing.duckdb") is None


def test_unregistered_connections_never_share_cache_entries():
    first, second = duckdb.connect(), duckdb.connect()
    assert db.connection_key(first) != db.connection_key(second)
    assert db.connection_key(first) == db.connection_key(first)


def test_each_session_gets_its_own_connection_to_the_shared_database(seeded_path):
    version = db.data_version(seeded_path)
    shared = db.open_read_only(seeded_path, version)
    cursors = [db.session_cursor(shared, version) for _ in range(8)]
    assert len({id(c) for c in cursors}) == 8
    assert {db.connection_key(c) for c in cursors} == {version}  # one query cache per data version
    counts: list[int] = []

    def session(con: duckdb.DuckDBPyConnection, text: str) -> None:
        counts.append(len(queries.commitments(con, Filters(text=text))))

    threads = [threading.Thread(target=session, args=(c, f"{n}")) for n, c in enumerate(cursors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(counts) == 8
    shared.close()
