"""dashboard/tracking.py: the target chart, the change counts and the words, on the tracking corpus."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from dashboard import i18n, queries, tracking
from dashboard.filters import Filters

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def con(tracking_db_path):
    connection = duckdb.connect(str(tracking_db_path), read_only=True)
    yield connection
    connection.close()


def target_of(con, region: str, year: int) -> dict:
    targets = queries.tracked_targets(con, Filters(provinces=(region,)), AS_OF)
    row = targets[targets["deadline_year"] == year].iloc[0]
    return queries.tracked_target(con, row["target_id"], AS_OF)


def figure_of(con, target: dict, lang: str):
    mentions = queries.target_mentions(con, target["target_id"])
    return tracking.target_figure(target, mentions, queries.target_evidence(con, target["target_id"]), lang)


def test_the_target_chart_in_round_units_with_the_revision_annotated(con):
    target = target_of(con, "Anhui", 2027)
    figure = figure_of(con, target, "ko")
    (marks,) = [t for t in figure.data if t.name == "목표"]
    assert list(marks.y) == [500, 500, 600]  # 500억, 500억, 600억 위안 on an axis in 억 위안
    assert figure.layout.yaxis.title.text == "억 위안"
    assert [a.text for a in figure.layout.annotations] == ["상향 (2025.03)"]


def test_the_target_chart_stays_in_korean_units_when_a_value_is_missing(con):
    """A missing value first in line once left the axis in plain 위안, ticked "50B" by Plotly."""
    target = {**target_of(con, "Anhui", 2027), "value": float("nan")}
    figure = figure_of(con, target, "ko")
    (marks,) = [t for t in figure.data if t.name == "목표"]
    assert list(marks.y) == [500, 500, 600]
    assert figure.layout.yaxis.title.text == "억 위안"
    assert figure.layout.yaxis.exponentformat == "none"


def test_the_required_path_runs_from_the_baseline_to_the_target(con):
    target = target_of(con, "Fujian", 2025)
    figure = figure_of(con, target, "en")
    (path,) = [t for t in figure.data if t.name == "Required path"]
    assert list(path.x) == [2023, 2025] and list(path.y) == [20, 100]
    (actual,) = [t for t in figure.data if t.name == "Actual"]
    assert list(actual.y) == [20, 60]
    assert (
        tracking.progress_words(target, "en")
        == "baseline 20 (2023) → actual 60 (2025) → target 100 (2025): 50%"
    )


def test_change_counts_by_province(con):
    changes = queries.issue_changes(con, Filters(), "t3", AS_OF)
    counts = tracking.change_counts(changes, "region", "en")
    got = {(c, s): v for c, s, v in counts.itertuples(index=False)}
    anhui, hunan = i18n.region_label("Anhui", "en"), i18n.region_label("Hunan", "en")
    guizhou, national = i18n.region_label("Guizhou", "en"), i18n.region_label("National", "en")
    assert got == {
        (guizhou, "New"): 4,
        (anhui, "Revised"): 1,
        (hunan, "Revised"): 1,
        (national, "Restated"): 1,
    }


def test_words_for_status_and_revision():
    assert i18n.status_label("partly", "ko", 0.5) == "부분 달성 (50%)"
    assert i18n.status_label("deadline_passed", "en") == "Deadline passed · outcome unknown"
    assert i18n.revision_label("revised", ["raised", "deadline_moved"], "en") == "Raised · Deadline moved"
    assert i18n.revision_label("new", [], "ko") == "신규"
