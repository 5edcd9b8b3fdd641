"""The whole app once in a real browser: `streamlit run` on a free local port, Debian's Chromium
driven by Playwright (no browser download), every page visited, a province filter applied.

Screenshots go to screenshots/ (git-ignored) for a person to look at. Korean needs a CJK font
the machine may not have: the project's own (dashboard.fonts) is handed to Chromium through
FONTCONFIG_FILE.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import chromium_context, running_app, settle

from dashboard import components, i18n

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
# url path → page title key; the overview is the default page at "/".
PAGES = {
    "": "page_overview",
    "explorer": "page_explorer",
    "regions": "page_regions",
    "sectors": "page_sectors",
    "timeline": "page_timeline",
    "detail": "page_detail",
    "sources": "page_sources",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeded_path):
    with running_app(seeded_path, tmp_path_factory.mktemp("streamlit") / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser_page(server, tmp_path_factory):
    with chromium_context(tmp_path_factory.mktemp("chromium-profile")) as context:
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda request: outside.append(request.url) if not is_local(request.url) else None)
        yield page, outside


def is_local(url: str) -> bool:
    return url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:"))


def assert_no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0


def rows_shown(page) -> int:
    text = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    match = re.search(r"(\d[\d,]*)건 · ", text)
    assert match, text[:500]
    return int(match[1].replace(",", ""))


def choose(page, index: int, text: str) -> None:
    """Pick the option matching `text` in the sidebar's `index`-th multiselect."""
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(index).click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    settle(page)


def test_every_page_then_a_province_filter(server, browser_page):
    page, outside = browser_page
    SCREENSHOTS.mkdir(exist_ok=True)
    for index, (path, title) in enumerate(PAGES.items(), start=1):
        page.goto(f"{server}/{path}")
        settle(page)
        assert page.locator("h1").first.inner_text().strip() == i18n.t(title, "ko")
        assert_no_exception(page)
        page.screenshot(path=SCREENSHOTS / f"{index:02d}_{path or 'overview'}.png", full_page=True)

    page.goto(f"{server}/explorer")
    settle(page)
    before = rows_shown(page)
    assert before == 8
    choose(page, 0, "베이징")  # the province filter
    assert rows_shown(page) == 3
    assert "province=Beijing" in page.url
    assert_no_exception(page)
    choose(page, 2, "로봇")  # the sector filter
    assert rows_shown(page) == 2
    page.screenshot(path=SCREENSHOTS / "08_explorer_beijing_robots.png", full_page=True)

    # Selecting the first row (c2, line 22) opens its detail with the source sentence.
    grid = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    # the row marker of the first row, under the header
    page.mouse.click(grid["x"] + 14, grid["y"] + 35 + components.TABLE_ROW_HEIGHT / 2)
    settle(page)
    assert page.locator("h1").first.inner_text().strip() == i18n.t("page_detail", "ko")
    page.locator(".ptt-marked").first.wait_for()  # HTML in markdown: its renderer loads on first use
    assert (
        "로봇 핵심 기업 100개 이상 육성" in page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    )
    assert "province=Beijing" in page.url and "sector=robotics" in page.url

    # A click on the ranking's first bar (Beijing: 3, level with Guangdong, first by name) filters by it.
    page.goto(f"{server}/regions")
    settle(page)
    bar = page.locator(".js-plotly-plot .barlayer .point path").first.bounding_box()
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)  # through Plotly's drag layer
    settle(page)
    assert "province=Beijing" in page.url
    assert_no_exception(page)

    page.goto(f"{server}/regions?province=Guangdong")
    settle(page)
    # The map draws from the shipped GeoJSON alone, as SVG shapes named by province (no tile server).
    page.wait_for_selector(".js-plotly-plot .textpoint >> text=광둥", timeout=30_000)
    assert_no_exception(page)
    page.screenshot(path=SCREENSHOTS / "09_regions_guangdong.png", full_page=True)

    page.goto(f"{server}/detail?id=c2")
    settle(page)
    page.locator(".ptt-marked").first.wait_for()
    assert "<script>alert(1)</script>" in page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert_no_exception(page)
    page.screenshot(path=SCREENSHOTS / "10_detail.png", full_page=True)

    assert outside == [], sorted(set(outside))


# The fixture's cities (conftest.py) as the reference data names them in English.
LATIN_CITIES = ("Guangzhou", "Shenzhen")


def test_the_korean_pages_speak_korean(server, browser_page):
    """No English city name, no "None" for a missing year, no "00:00:00" after a date, no
    developer toolbar: on the pages and inside the tables (their cells are in the page's text)."""
    page, _ = browser_page
    SCREENSHOTS.mkdir(exist_ok=True)
    for path in ("", "explorer?province=Guangdong", "sources", "detail?id=c4", "timeline"):
        page.goto(f"{server}/{path}")
        settle(page)
        assert_no_exception(page)
        text = page.locator('[data-testid="stMainBlockContainer"]').evaluate("e => e.textContent")
        text += page.locator('[data-testid="stSidebar"]').evaluate("e => e.textContent")
        assert not [city for city in LATIN_CITIES if city in text], path
        assert not re.search(r"\bNone\b|00:00:00|\bNaT\b|\bnan\b", text), path
        assert page.get_by_text("Deploy", exact=True).count() == 0
    page.goto(f"{server}/detail?id=c4")
    settle(page)
    # the city in Korean, from the reference data, in a cell of the record's table (the grid keeps
    # its cells hidden to assistive tech only); waited for: on a loaded machine the table can
    # render after the settle, as in one full-suite run
    page.get_by_text("광둥성 (广东) · 광저우 (广州)").first.wait_for(state="attached", timeout=30_000)
    page.goto(f"{server}/explorer?province=Guangdong")
    settle(page)
    page.screenshot(path=SCREENSHOTS / "11_explorer_guangdong.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    settle(page)
    page.screenshot(path=SCREENSHOTS / "11_explorer_guangdong_390.png", full_page=True)
    page.goto(f"{server}/detail?id=c2")
    settle(page)
    page.locator(".ptt-marked").first.wait_for()
    # the sentence marked in a block of its own, its markup shown as text
    marked = page.locator(".ptt-marked").first
    assert "<script>alert(1)</script>" in marked.inner_text()
    page.screenshot(path=SCREENSHOTS / "12_detail_390.png", full_page=True)
    page.set_viewport_size({"width": 1920, "height": 1080})
