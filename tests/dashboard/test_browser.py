"""The whole app once in a real browser: `streamlit run` on a free local port, Debian's Chromium
driven by Playwright (no browser download), every page visited, a province filter applied.

Screenshots go to screenshots/ (git-ignored) for a person to look at. Korean needs a CJK font
the machine may not have: the project's own (dashboard.fonts) is handed to Chromium through
FONTCONFIG_FILE.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard import fonts, i18n

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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
def server(tmp_path_factory, seeded_path):
    if not Path(CHROMIUM).is_file():
        message = "Debian's chromium is not installed (scripts/setup.sh --dev installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    env = {**os.environ, "PTT_DB_PATH": str(seeded_path)}
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
def browser_page(server, tmp_path_factory):
    playwright_api = pytest.importorskip("playwright.sync_api")
    fonts.register_fonts()  # sets FONTCONFIG_FILE, which Chromium inherits below
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            env={**os.environ},
            viewport={"width": 1440, "height": 1400},
            locale="ko-KR",
        )
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda request: outside.append(request.url) if not is_local(request.url) else None)
        yield page, outside
        context.close()


def is_local(url: str) -> bool:
    return url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:"))


def settle(page) -> None:
    """Wait until Streamlit has finished running the script and drawing."""
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=30_000)
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=30_000,
    )
    page.wait_for_timeout(1500)


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
    page.mouse.click(grid["x"] + 14, grid["y"] + 35 + 17)  # the row marker of the first row
    settle(page)
    assert page.locator("h1").first.inner_text().strip() == i18n.t("page_detail", "ko")
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
    # The map draws from the shipped GeoJSON alone: MapLibre reports it loaded, with no tile server.
    page.wait_for_function(
        "[...document.querySelectorAll('.js-plotly-plot')]"
        ".some(plot => plot._fullLayout.map && plot._fullLayout.map._subplot.map.loaded())",
        timeout=30_000,
    )
    assert_no_exception(page)
    page.screenshot(path=SCREENSHOTS / "09_regions_guangdong.png", full_page=True)

    page.goto(f"{server}/detail?id=c2")
    settle(page)
    assert "<script>alert(1)</script>" in page.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert_no_exception(page)
    page.screenshot(path=SCREENSHOTS / "10_detail.png", full_page=True)

    assert outside == [], sorted(set(outside))
