"""The app in a real browser, shared by tests/dashboard/test_browser.py and
tests/export/test_browser_export.py: `streamlit run` on a free local port, Debian's
Chromium driven by Playwright."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl import config

CHROMIUM = "/usr/bin/chromium"
# As this workplace's probe starts it: without the background-networking flags Chromium
# keeps trying hosts a closed network refuses.
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


def require_tool(path_or_name: str) -> str:
    """The tool's path; skipped with a reason when it is missing here, a failure when it is missing in CI."""
    found = shutil.which(path_or_name)
    if found:
        return found
    message = f"{path_or_name} is not installed (scripts/setup.sh --dev installs it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


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


@contextlib.contextmanager
def running_app(db_path: Path, log: Path) -> Iterator[str]:
    """`streamlit run streamlit_app.py` on a free local port over `db_path`; yields its base URL."""
    port = free_port()
    env = {**os.environ, "PTT_DB_PATH": str(db_path)}
    command = [
        sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("w") as output:
        process = subprocess.Popen(
            command, cwd=config.PROJECT_DIR, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@contextlib.contextmanager
def chromium_context(profile: Path, **options) -> Iterator:
    """A Playwright context in Debian's Chromium (no browser download) with the project's CJK
    font handed over through FONTCONFIG_FILE, so Korean renders on a machine without one."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    require_tool(CHROMIUM)
    from dashboard import fonts

    fonts.register_fonts()
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, env={**os.environ},
            **{"viewport": {"width": 1440, "height": 1400}, "locale": "ko-KR", **options},
        )  # fmt: skip
        try:
            yield context
        finally:
            context.close()


def settle(page) -> None:
    """Wait until Streamlit has finished running the script and drawing."""
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=30_000)
    page.wait_for_function(
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=30_000,
    )
    page.wait_for_timeout(1500)
