"""The issue's "done when", in a real browser: a user adds three charts to the deck and downloads
a .pptx with editable Korean charts; the PNG and CSV downloads work too.

`streamlit run` on a free local port with the hand-written database; Debian's Chromium
driven by Playwright (no browser download); the server renders images with kaleido.
Screenshots of the export popover and the deck page go to screenshots/ (git-ignored).
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from dashboard import charts, fonts

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"  # git-ignored, for a person to look at
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-component-update",
]
OVERVIEW_CHARTS = ("by_year", "by_province", "by_sector")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_health(base: str, server: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("streamlit did not start")


@pytest.fixture(scope="module")
def server(export_db_file_for_module, chromium, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    env = {**os.environ, "PTT_DB_PATH": str(export_db_file_for_module)}
    command = [
        sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def page(server, chromium, tmp_path_factory):
    playwright_api = pytest.importorskip("playwright.sync_api")
    fonts.register_fonts()  # FONTCONFIG_FILE, inherited by the Chromium launched below
    profile = tmp_path_factory.mktemp("chromium-profile")
    SCREENSHOTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True,
            env={**os.environ}, viewport={"width": 1440, "height": 1400}, locale="ko-KR",
            accept_downloads=True,
        )  # fmt: skip
        page = context.new_page()
        page.goto(server)
        settle(page)
        yield page
        context.close()


def settle(page) -> None:
    """Wait until Streamlit has finished running the script and drawing."""
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=30_000)
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=30_000,
    )
    page.wait_for_timeout(1000)
    assert page.locator('[data-testid="stException"]').count() == 0


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
    listed = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    for name in OVERVIEW_CHARTS:
        assert charts.CHARTS[name].title("ko") in listed
    page.locator(".st-key-deck_build button").click()
    settle(page)
    page.screenshot(path=SCREENSHOTS / "export_deck_page.png", full_page=True)
    deck = Presentation(io.BytesIO(download(page, lambda: page.get_by_text("PPTX 내려받기").click())))
    assert len(deck.slides) == 1 + 3 + 1
    types = [
        shape.chart.chart_type
        for slide in list(deck.slides)[1:4]
        for shape in slide.shapes
        if shape.has_chart
    ]
    assert types == [XL_CHART_TYPE.COLUMN_STACKED, XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.BAR_CLUSTERED]


def test_csv_of_the_explorer_table(page):
    page.locator('[data-testid="stSidebarNav"] a', has_text="목표 탐색").click()
    settle(page)
    data = download(page, lambda: page.locator(".st-key-explorer_table_csv button").click())
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")) == 6
