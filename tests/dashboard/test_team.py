"""A team past one machine: two dashboard processes (as behind a load balancer) read one
DuckDB snapshot that neither writes, and share their reviews through a real PostgreSQL server
(Debian's package, started by the suite: tests/postgres_support.py). A review made in one
process shows in the other on its next page load, in a real browser.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest
from browser_support import chromium_context, running_app, settle

from etl import config, load, review

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
SEED = "000_1b9d18066b15c3c4"


def fetch(db_path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main_text(page) -> str:
    return page.locator('[data-testid="stMainBlockContainer"]').inner_text()


def test_a_review_made_in_one_dashboard_shows_in_the_other(tmp_path, seed_paths, postgres_url, monkeypatch):
    folder = tmp_path / "bulletins"
    folder.mkdir()
    shutil.copy(next(p for p in seed_paths if p.stem == SEED), folder)
    snapshot = tmp_path / "shared" / "tracker.duckdb"
    snapshot.parent.mkdir()
    assert load.build(folder, snapshot).ok
    snapshot.chmod(0o444)  # published read-only; the dashboards only ATTACH it READ_ONLY
    published = sha256(snapshot)
    (first,) = fetch(snapshot, f"SELECT id FROM commitments ORDER BY {review.QUEUE_ORDER} LIMIT 1")[0]
    total = fetch(snapshot, "SELECT count(*) FROM commitments")[0][0]
    monkeypatch.setenv("PTT_REVIEWS_URL", postgres_url)
    SCREENSHOTS.mkdir(exist_ok=True)
    with (
        running_app(snapshot, tmp_path / "a.log") as replica_a,
        running_app(snapshot, tmp_path / "b.log") as replica_b,
        chromium_context(tmp_path / "profile") as context,
    ):
        page_a, page_b = context.new_page(), context.new_page()
        # B is open first, so it holds its connection and caches from before the review.
        page_b.goto(f"{replica_b}/detail?id={first}")
        settle(page_b)
        page_b.get_by_text("아직 검토되지 않았습니다.").wait_for(timeout=30_000)
        page_b.goto(f"{replica_b}/explorer?reviewed=1")
        settle(page_b)
        assert "0건 · " in main_text(page_b) or "조건에 맞는" in main_text(page_b)

        # A: the review queue's first record, accepted by kim.
        page_a.goto(f"{replica_a}/review?reviewer=kim")
        settle(page_a)
        assert f"검토할 목표 {total}건 중 1번째" in main_text(page_a)
        page_a.locator(".st-key-review_accept button").click()
        page_a.get_by_text("저장했습니다: 확인").wait_for(timeout=60_000)
        settle(page_a)
        page_a.screenshot(path=SCREENSHOTS / "31_team_review_a.png", full_page=False)

        # The action is in the shared store, and the snapshot was not touched.
        (action,) = review.PostgresStore(postgres_url).actions()
        assert (action.action, action.reviewer, action.key.commitment_id) == ("accept", "kim", first)
        assert sha256(snapshot) == published

        # B: the explorer's "reviewed only" now holds that record, and its detail the history.
        page_b.goto(f"{replica_b}/explorer?reviewed=1")
        page_b.get_by_text("1건 · ").wait_for(timeout=60_000)
        settle(page_b)
        page_b.goto(f"{replica_b}/detail?id={first}")
        settle(page_b)
        page_b.screenshot(path=SCREENSHOTS / "32_team_detail_b.png", full_page=True)
        assert "아직 검토되지 않았습니다." not in main_text(page_b)  # the history has a row now
        # The record's fields show its status and reviewer (a grid drawn on a canvas, whose
        # cells are attached for screen readers, not visible).
        page_b.get_by_text("확인 (kim)").first.wait_for(state="attached", timeout=30_000)
        for page in (page_a, page_b):
            assert page.locator('[data-testid="stException"]').count() == 0
    assert config.READ_ONLY is False  # both replicas reviewed; a viewers-only one sets PTT_READ_ONLY
