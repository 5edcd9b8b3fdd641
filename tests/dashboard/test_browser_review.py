"""The review flow in a real browser: upload a bulletin on the Sources page, correct one value,
reject one record and add one the extractor missed on the Review page, rebuild the database
from the bulletin folder, and find all three still applied on the explorer and in the XLSX.

Screenshots (1440 wide) go to screenshots/ for a person to look at.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import pytest
from browser_support import chromium_context, running_app, settle
from openpyxl import load_workbook

from etl import config, load, review
from etl.numbers import find_quantities

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
FIRST, UPLOADED = "000_1b9d18066b15c3c4", "001_439e8b69d6656657"
NEW_VALUE = "123456"  # the corrected value, unlike any in the bulletins


def fetch(db_path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def untaken_number(db_path: Path) -> tuple[str, int, str]:
    """A record of the uploaded bulletin whose article has a line whose first number nobody took:
    (that record's id, the line, the number as printed)."""
    rows = fetch(
        db_path,
        """SELECT l.line, l.text, (SELECT min(c.id) FROM commitments c
                                   WHERE c.bulletin = l.bulletin_id AND c.article_seq = l.article_seq)
           FROM bulletin_lines l WHERE l.bulletin_id = ? AND l.article_seq IS NOT NULL ORDER BY l.line""",
        [UPLOADED],
    )
    taken = set(fetch(db_path, "SELECT line, value_text FROM commitments WHERE bulletin = ?", [UPLOADED]))
    for line, text, record in rows:
        found = find_quantities(text)
        if record and found and (line, found[0].text) not in taken and not found[0].structural:
            return record, line, found[0].text
    raise AssertionError("no untaken number in the uploaded bulletin")


def visible_panel(page):
    return page.locator('[data-testid="stTabs"] [role="tabpanel"]:visible')


def test_upload_review_rebuild_export(tmp_path, seed_paths, monkeypatch):
    folder = tmp_path / "bulletins"
    folder.mkdir()
    shutil.copy(next(p for p in seed_paths if p.stem == FIRST), folder)
    db_path = tmp_path / "tracker.duckdb"
    load.build(folder, db_path)
    monkeypatch.setenv("PTT_SEEDS_DIR", str(folder))
    monkeypatch.setattr(config, "SEEDS_DIR", folder)
    # (the reviews this process saves refresh the database the server reads, never the checkout's data/)
    monkeypatch.setattr(config, "DB_PATH", db_path)
    SCREENSHOTS.mkdir(exist_ok=True)
    with (
        running_app(db_path, tmp_path / "server.log") as server,
        chromium_context(tmp_path / "profile", accept_downloads=True) as context,
    ):
        page = context.new_page()
        page.set_viewport_size({"width": 1440, "height": 900})
        # 1. Upload on the Sources page: one result per file, the file kept for the next build
        page.goto(f"{server}/sources?reviewer=kim")
        settle(page)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            str(next(p for p in seed_paths if p.stem == UPLOADED))
        )
        page.get_by_role("button", name="불러오기").click()
        page.get_by_text("건을 불러왔습니다").wait_for(timeout=60_000)
        settle(page)
        n = fetch(db_path, "SELECT count(*) FROM commitments WHERE bulletin = ?", [UPLOADED])[0][0]
        assert n > 3
        assert (
            f"목표 {n}건을 불러왔습니다" in page.locator('[data-testid="stMainBlockContainer"]').inner_text()
        )
        assert (folder / f"{UPLOADED}.txt").is_file()
        page.screenshot(path=SCREENSHOTS / "11_sources_upload.png", full_page=True)

        # 2. The new commitments open in the review queue
        page.get_by_role("button", name="새 목표 검토하기").click()
        page.get_by_role("heading", name="검토", exact=True).wait_for(timeout=60_000)
        settle(page)
        page.screenshot(path=SCREENSHOTS / "12_review.png", full_page=False)
        assert page.get_by_text(f"검토할 목표 {n}건 중 1번째").count() == 1

        first, second = [row[0] for row in fetch(
            db_path,
            f"SELECT id FROM commitments WHERE bulletin = ? ORDER BY {review.QUEUE_ORDER} LIMIT 2",
            [UPLOADED],
        )]  # fmt: skip
        # Correct the first record's value
        page.get_by_role("tab", name="수정").click()
        visible_panel(page).get_by_label("수치", exact=True).fill(NEW_VALUE)
        visible_panel(page).get_by_role("button", name="수정 저장").click()
        page.get_by_text("저장했습니다: 수정").wait_for(timeout=60_000)
        settle(page)
        # The queue moved on to the second: reject it (the first reason, "not a commitment")
        page.get_by_role("tab", name="제외").click()
        visible_panel(page).get_by_role("button", name="제외").click()
        page.get_by_text("저장했습니다: 제외").wait_for(timeout=60_000)
        settle(page)

        # Add a number the extractor did not take, from its line, the number pre-filled
        record, line, value_text = untaken_number(db_path)
        page.goto(f"{server}/review?reviewer=kim&id={record}")
        settle(page)
        page.get_by_role("tab", name="누락된 목표 추가").click()
        panel = visible_panel(page)
        panel.locator('[data-testid="stSelectbox"]').first.click()
        page.keyboard.type(f"{line}: ")
        page.keyboard.press("Enter")
        settle(page)
        panel = visible_panel(page)
        expected_value = find_quantities(
            fetch(
                db_path,
                "SELECT text FROM bulletin_lines WHERE bulletin_id = ? AND line = ?",
                [UPLOADED, line],
            )[0][0]
        )[0].value
        expect(panel.get_by_role("textbox", name="수치", exact=True)).to_have_value(
            f"{expected_value:.15g}", timeout=60_000
        )
        panel.get_by_label("대상", exact=True).fill("검토자가 추가한 목표")
        panel.get_by_role("button", name="추가", exact=True).click()
        page.get_by_text("저장했습니다: 추가").wait_for(timeout=60_000)
        settle(page)
        page.screenshot(path=SCREENSHOTS / "13_review_added.png", full_page=True)
        added = review.added_id(
            fetch(db_path, "SELECT sha256 FROM bulletins WHERE id = ?", [UPLOADED])[0][0], line, value_text
        )

        # 3. Rebuild from the folder: the reviews come back from their own store
        load.build(folder, db_path)
        assert fetch(
            db_path, "SELECT review_status, reviewed_by, value FROM commitments WHERE id = ?", [first]
        ) == [("corrected", "kim", float(NEW_VALUE))]
        assert fetch(db_path, "SELECT review_status FROM commitments WHERE id = ?", [second]) == [
            ("rejected",)
        ]
        assert fetch(db_path, "SELECT review_status, subject_ko FROM commitments WHERE id = ?", [added]) == [
            ("added", "검토자가 추가한 목표")
        ]

        # 4. The explorer, reviewed only: the corrected and the added record, the rejected one hidden
        page.goto(f"{server}/explorer?reviewed=1")
        page.get_by_text("2건 · ").wait_for(timeout=60_000)
        settle(page)
        page.screenshot(path=SCREENSHOTS / "14_explorer_reviewed.png", full_page=True)
        with page.expect_download() as download:
            page.get_by_role("button", name="엑셀 (XLSX)").first.click()
        sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
        rows = list(sheet.iter_rows(values_only=True))
        header = rows[0]
        body = [dict(zip(header, row, strict=True)) for row in rows[1:]]
        by_id = {row["ID"]: row for row in body}
        assert set(by_id) == {first, added}
        assert (by_id[first]["수치"], by_id[first]["검토 상태"], by_id[first]["검토자"]) == (
            float(NEW_VALUE), "수정", "kim",
        )  # fmt: skip
        assert (by_id[added]["검토 상태"], by_id[added]["대상"]) == ("추가", "검토자가 추가한 목표")
        assert page.locator('[data-testid="stException"]').count() == 0
