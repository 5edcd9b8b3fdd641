"""The issue's "done when", in a real browser: a user adds three charts to the deck and downloads
a .pptx with editable Korean charts; the PNG and CSV downloads work too.

`streamlit run` on a free local port with the hand-written database; Debian's Chromium
driven by Playwright (no browser download); the server renders images with kaleido.
Screenshots of the export popover and the deck page go to screenshots/ (git-ignored).
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from browser_support import chromium_context, running_app, settle
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from dashboard import charts

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"  # git-ignored, for a person to look at
OVERVIEW_CHARTS = ("by_year", "by_province", "by_sector")


@pytest.fixture(scope="module")
def server(export_db_file_for_module, chromium, tmp_path_factory):
    with running_app(export_db_file_for_module, tmp_path_factory.mktemp("streamlit") / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def page(server, chromium, tmp_path_factory):
    SCREENSHOTS.mkdir(exist_ok=True)
    with chromium_context(tmp_path_factory.mktemp("chromium-profile"), accept_downloads=True) as context:
        page = context.new_page()
        page.goto(server)
        settle(page)
        yield page


def download(page, click) -> bytes:
    with page.expect_download(timeout=60_000) as event:
        click()
    return Path(event.value.path()).read_bytes()


def test_png_download_under_a_chart_is_slide_sized(page):
    page.locator(".st-key-export_popover_by_year button").first.click()
    page.wait_for_timeout(1000)
    page.screenshot(path=SCREENSHOTS / "export_popover.png", full_page=True)
    png = download(page, lambda: page.locator(".st-key-export_png_by_year button").click())
    assert Image.open(io.BytesIO(png)).size == (1920, 1080)
    page.keyboard.press("Escape")


def test_three_charts_added_then_one_pptx_downloaded(page):
    for name in OVERVIEW_CHARTS:
        page.locator(f".st-key-add_to_deck_{name} button").click()
        settle(page)
    page.locator('[data-testid="stSidebarNav"] a', has_text="브리핑 슬라이드").click()
    settle(page)
    # thumbnails first, then the deck is built: one button downloads it
    page.get_by_text("PPTX 내려받기").wait_for(timeout=120_000)
    listed = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    for name in OVERVIEW_CHARTS:
        assert charts.CHARTS[name].title("ko") in listed
    assert page.locator('[data-testid="stMainBlockContainer"] [data-testid="stImage"]').count() == 3
    page.screenshot(path=SCREENSHOTS / "export_deck_page.png", full_page=True)
    deck = Presentation(io.BytesIO(download(page, lambda: page.get_by_text("PPTX 내려받기").click())))
    assert len(deck.slides) == 1 + 3 + 1
    types = [
        shape.chart.chart_type
        for slide in list(deck.slides)[1:4]
        for shape in slide.shapes
        if shape.has_chart
    ]
    # by_province is split by kind (targets, funding), so its bars are stacked.
    assert types == [XL_CHART_TYPE.COLUMN_STACKED, XL_CHART_TYPE.BAR_STACKED, XL_CHART_TYPE.BAR_CLUSTERED]


def test_csv_of_the_explorer_table(page):
    page.locator('[data-testid="stSidebarNav"] a', has_text="목표 탐색").click()
    settle(page)
    data = download(page, lambda: page.locator(".st-key-explorer_table_csv button").click())
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")) == 6
