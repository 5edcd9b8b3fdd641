"""The four tracking pages under AppTest in Korean and English, on the database the real pipeline
builds from the tracking corpus; expected values from its hand labels (tests/fixtures/tracking)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

from etl import config

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
AS_OF = date(2026, 6, 30)


def app(monkeypatch, db_path: Path, **params) -> AppTest:
    monkeypatch.setattr(config, "DB_PATH", db_path)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(params)
    at.session_state["as_of"] = AS_OF
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"dashboard/app_pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("page", ["tracker", "this_issue", "deadlines", "quality"])
def test_every_tracking_page_renders_in_both_languages(monkeypatch, tracking_db_path, page, lang):
    params = {"lang": "en"} if lang == "en" else {}
    at = open_page(app(monkeypatch, tracking_db_path, **params), page)
    titles = {"tracker": ("추적", "Tracker"), "this_issue": ("이번 호", "This issue"),
              "deadlines": ("마감 일정", "Deadlines"), "quality": ("데이터 품질", "Data quality")}  # fmt: skip
    assert at.title[0].value == titles[page][lang == "en"]


def test_tracker_lists_every_target_with_its_status_soonest_first(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path, lang="en"), "tracker")
    table = at.dataframe[0].value
    assert len(table) == 15
    assert list(table["Deadline"].dropna()) == sorted(table["Deadline"].dropna())
    statuses = list(table["Status"])
    assert statuses.count("Upcoming") == 6 and "Partly achieved (50%)" in statuses
    assert statuses.count("Deadline passed · outcome unknown") == 2


def test_tracker_filters_apply_and_a_target_shows_its_mentions(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path, lang="en", province="Anhui"), "tracker")
    assert len(at.dataframe[0].value) == 1
    mentions = at.dataframe[1].value
    assert list(mentions["Change"]) == ["New", "Restated", "Raised"]
    figure = at.get("plotly_chart")[0]
    assert "Target" in figure.proto.spec


def test_this_issue_compares_the_latest_bulletin_with_the_earlier_ones(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path, lang="en"), "this_issue")
    # t4: new 4,000억 (Jiangxi 2027), 200개 (Fujian 2028), 100만 개 (Guizhou 2027); Sichuan 5G raised.
    assert [m.value for m in at.metric] == ["3", "1", "0"]
    at.selectbox(key="issue_bulletin").set_value("t3").run()
    assert [m.value for m in at.metric] == [
        "4",
        "2",
        "1",
    ]  # new: racks, 20/18/30 EFLOPS; raised, moved; restated


def test_deadlines_within_twelve_months(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path, lang="en"), "deadlines")
    # as of 2026-06-30: the three 2026 targets fall due on 2026-12-31.
    assert [s.value for s in at.subheader] == ["2026-12"]
    assert len(at.dataframe[0].value) == 3


def test_quality_lists_the_flags(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path), "quality")
    table = at.dataframe[0].value
    assert sorted(table["플래그"]) == ["연도별 목표 역행", "자릿수 의심"]


def test_the_weekly_deck_downloads_with_the_changes(monkeypatch, tracking_db_path):
    at = open_page(app(monkeypatch, tracking_db_path), "this_issue")
    from dashboard import queries, tracking
    from dashboard.db import get_connection
    from dashboard.filters import Filters

    changes = queries.issue_changes(get_connection(), Filters(), "t4", AS_OF)
    deck = Presentation(io.BytesIO(tracking.issue_deck(changes, date(2026, 1, 16), "전체 목표", "ko")))
    slides = list(deck.slides)
    assert len(slides) == 4  # cover, by province, by sector, closing table
    chart = next(s for s in slides[1].shapes if s.has_chart).chart
    assert len(list(chart.plots[0].categories)) == 4  # Jiangxi, Fujian, Guizhou, Sichuan
    assert "15,000만 개" in slides[1].notes_slide.notes_text_frame.text
    table = next(s for s in slides[3].shapes if s.has_table).table
    assert table.cell(0, 0).text == "변경" and len(table.rows) == 5
    headers = [table.cell(0, j).text for j in range(len(table.columns))]
    assert {"상태", "언급", "품질 플래그", "이전 값 (연도)"} <= set(headers)
    sichuan = next(i for i in range(1, 5) if table.cell(i, 0).text == "상향")
    row = {h: table.cell(sichuan, j).text for j, h in enumerate(headers)}
    assert (
        row["이전 값 (연도)"] == "15만개 (2026)"
        and row["상태"] == "올해 기한"
        and row["품질 플래그"] == "자릿수 의심"
    )
    assert at.get("download_button")


def test_status_mentions_revisions_and_flags_are_columns_of_the_table_export(tracking_db_path):
    import csv

    import duckdb

    from dashboard import export, queries
    from dashboard.filters import Filters

    with duckdb.connect(str(tracking_db_path), read_only=True) as con:
        records = queries.commitments(con, Filters(provinces=("Sichuan",)), AS_OF)
        rows = list(
            csv.DictReader(
                io.StringIO(export.table_bytes(records, Filters(), "csv", "en").decode("utf-8-sig"))
            )
        )
    by_text = {r["As printed"]: r for r in rows}
    assert by_text["15,000만 개"]["Status"] == "Due this year"
    assert by_text["15,000만 개"]["Mentions"] == "2"
    assert by_text["15,000만 개"]["Change"] == "Raised"
    assert by_text["15,000만 개"]["Flags"] == "Magnitude out of line"
    assert by_text["15만 개"]["Change"] == "New" and by_text["15만 개"]["Flags"] == ""


def test_a_flag_shows_on_its_record(monkeypatch, tracking_db_path):
    import duckdb

    with duckdb.connect(str(tracking_db_path), read_only=True) as con:
        (flagged,) = con.execute("SELECT id FROM commitments WHERE value_text = '15,000만 개'").fetchone()
    at = open_page(app(monkeypatch, tracking_db_path, lang="en", id=flagged), "detail")
    assert [w.value for w in at.warning] == [r"Magnitude out of line\: 15,000만 개"]


def test_the_quality_table_a_page_at_a_time_each_flag_beside_its_record(monkeypatch, tracking_db_path):
    from dashboard import components

    monkeypatch.setattr(components, "PAGE_ROWS", 1)
    first = open_page(app(monkeypatch, tracking_db_path), "quality").dataframe[0].value
    second = open_page(app(monkeypatch, tracking_db_path, quality_page="2"), "quality").dataframe[0].value
    assert len(first) == len(second) == 1
    assert sorted([*first["플래그"], *second["플래그"]]) == ["연도별 목표 역행", "자릿수 의심"]
    assert not second.isna().any().any()  # the second flag's row, not one shifted off its record
