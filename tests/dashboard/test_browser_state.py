"""What a reload keeps, in a real browser: the briefing deck being assembled and the timeline's
grouping and the explorer's page live in the URL (dashboard/session.py), so reloading the page or
opening a copied link brings them back. Also the sidebar's filters with their counts, photographed on a laptop and
on a phone (screenshots/, git-ignored, for a person to look at)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import duckdb
import pytest
from browser_support import chromium_context, running_app, settle
from conftest import write_database

from dashboard import charts, i18n

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeded_path):
    with running_app(seeded_path, tmp_path_factory.mktemp("streamlit") / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    SCREENSHOTS.mkdir(exist_ok=True)
    with chromium_context(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def main_text(page) -> str:
    return page.locator('[data-testid="stMainBlockContainer"]').inner_text()


def test_a_reload_keeps_the_deck(server, context):
    page = context.new_page()
    page.goto(f"{server}/?province=Beijing")
    settle(page)
    page.locator(".st-key-add_to_deck_by_year button").click()
    settle(page)
    page.locator(".st-key-add_to_deck_by_sector button").click()
    settle(page)
    assert query(page)["deck"] == ["by_year:province=Beijing", "by_sector:province=Beijing"]

    page.reload()
    settle(page)
    page.locator('[data-testid="stSidebarNav"] a', has_text=i18n.t("page_deck", "ko")).click()
    settle(page)
    titles = [charts.CHARTS[name].title("ko") for name in ("by_year", "by_sector")]
    # each row waits for its thumbnail (rendered by the browser-backed exporter): wait for the last
    page.get_by_text(f"2. {titles[1]}").wait_for(timeout=120_000)
    text = main_text(page)
    assert f"1. {titles[0]}" in text and f"2. {titles[1]}" in text
    assert text.count(i18n.region_label("Beijing", "ko")) >= 2  # each chart with its filters
    page.screenshot(path=SCREENSHOTS / "deck_after_reload.png", full_page=True)

    # Removing one is kept too.
    # the run that drew the list goes on to build the deck file: let it finish before clicking, or
    # the click lands on a button the run is about to replace
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=120_000,
    )
    page.locator(".st-key-deck_remove_0 button").first.click()
    # the rerun rebuilds thumbnails and the deck before it writes the URL: wait for the URL itself
    # (the URL changes within the page, no navigation: poll location rather than wait_for_url)
    page.wait_for_function("() => !location.search.includes('by_year')", timeout=120_000)
    settle(page)
    page.reload()
    settle(page)
    assert query(page)["deck"] == ["by_sector:province=Beijing"]
    assert f"1. {titles[1]}" in main_text(page) and titles[0] not in main_text(page)
    page.close()


def test_the_timeline_grouping_is_in_the_url_and_survives_a_reload(server, context):
    page = context.new_page()
    page.goto(f"{server}/timeline")
    settle(page)
    assert "group" not in query(page)
    page.locator('[data-testid="stRadio"] label', has_text=i18n.t("sector", "ko")).last.click()
    settle(page)
    assert query(page)["group"] == ["sector"]
    page.reload()
    settle(page)
    checked = page.locator(
        '[data-testid="stMainBlockContainer"] [data-testid="stRadio"] label:has(input:checked)'
    )
    checked.first.wait_for(timeout=30_000)
    assert checked.inner_text().strip() == i18n.t("sector", "ko")
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    assert charts.CHARTS["timeline_sector"].title("ko") in page.locator(".js-plotly-plot").first.inner_text()
    assert query(page)["group"] == ["sector"]
    page.close()


@pytest.mark.parametrize(("width", "height"), [(1440, 900), (390, 844)])
def test_sidebar_screenshots(server, context, width, height):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{server}/explorer?sector=semiconductors")
    settle(page)
    if width < 700:  # on a phone the sidebar is folded away: open it
        page.locator(
            '[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapsedControl"] button'
        ).first.click()
        page.wait_for_timeout(1000)
    sidebar = page.locator('[data-testid="stSidebar"]')
    # semiconductors (c4, c7, c8) are all in Guangdong: the province list offers Guangdong alone
    sidebar.locator('[data-testid="stMultiSelect"]').first.click()
    page.wait_for_timeout(800)
    options = page.locator('[role="option"]').all_inner_texts()
    assert options == [f"{i18n.region_label('Guangdong', 'ko')} (3)"]
    page.screenshot(path=SCREENSHOTS / f"sidebar_{width}.png")
    page.keyboard.press("Escape")
    # The rest of the filters: the sector chosen, with its count, and the other lists counted under it
    sidebar.locator('[data-testid="stMultiSelect"]').nth(4).scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=SCREENSHOTS / f"sidebar_{width}_filters.png")
    page.close()


@pytest.fixture(scope="module")
def long_server(tmp_path_factory):
    """The hand-written database with each commitment 30 times (240 rows: two pages of the
    explorer, 200 and 40), each copy under an id of its own ("c5_01" …)."""
    path = write_database(tmp_path_factory.mktemp("long") / "tracker.duckdb")
    with duckdb.connect(str(path)) as con:
        con.execute(
            "INSERT INTO commitments SELECT commitments.* REPLACE (id || '_' || lpad(n::VARCHAR, 2, '0') AS id)"
            " FROM commitments, range(1, 30) AS copies(n)"
        )
    with running_app(path, tmp_path_factory.mktemp("streamlit") / "server.log") as base:
        yield base


def test_the_explorer_page_is_in_the_url_and_a_filter_goes_back_to_page_one(long_server, context):
    page = context.new_page()
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{long_server}/explorer")
    settle(page)
    assert "1–200번째 · 전체 240건" in main_text(page)
    assert "page" not in query(page)
    page.locator('[data-testid="stMainBlockContainer"] button', has_text=i18n.t("next_page", "ko")).click()
    settle(page)
    assert "201–240번째 · 전체 240건" in main_text(page)
    assert query(page)["page"] == ["2"]
    page.screenshot(path=SCREENSHOTS / "explorer_page_2_1440.png", full_page=True)
    page.reload()
    settle(page)
    assert "201–240번째 · 전체 240건" in main_text(page)
    # Eight kinds of rows, 30 each: the funding rows (c3, c4) are 60, one page.
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(3).click()  # kinds
    page.keyboard.type(i18n.kind_label("funding", "ko"))
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    settle(page)
    assert "page" not in query(page)
    assert "60건" in main_text(page)
    assert i18n.t("next_page", "ko") not in main_text(page)
    page.close()
