"""PNG and SVG of a chart at slide sizes, rendered on the server by kaleido in Debian's Chromium.

One browser is kept open per process: starting Chromium costs a second or two,
a render on an open browser a fraction of that. kaleido's own
`start_sync_server` would keep one open too, but its calls block forever when
the browser fails to start and are not safe from several Streamlit sessions at
once, so this module runs a `kaleido.Kaleido` in an event loop of its own and
waits on it with time limits.
"""

from __future__ import annotations

import asyncio
import os
import re
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

import kaleido
import plotly.graph_objects as go
from choreographer.errors import BrowserClosedError, ChannelClosedError
from kaleido.errors import JavascriptError

from dashboard.fonts import register_fonts

# Debian's package; BROWSER_PATH is choreographer's own variable for the same thing.
CHROMIUM = Path(os.environ.get("BROWSER_PATH", "/usr/bin/chromium"))
START_TIMEOUT_S = 60
# A render takes well under a second; kaleido's browser now and then hangs on one for good
# (plotly/Kaleido#197, #419), and a fresh browser then renders the same figure at once.
RENDER_TIMEOUT_S = 30
RENDER_ATTEMPTS = 2
# choreographer's own close waits up to 9 s for the process to go before killing it.
CLOSE_TIMEOUT_S = 15
FORMATS = ("png", "svg")

# Figures are laid out at a fixed height, so text keeps its proportion to the
# chart at every size, and scaled up to the pixels asked for.
LAYOUT_HEIGHT = 720


@dataclass(frozen=True)
class SlideSize:
    width: int
    height: int
    label: str

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}"

    @property
    def scale(self) -> float:
        return self.height / LAYOUT_HEIGHT


SLIDE_SIZES = {
    size.name: size
    for size in (
        SlideSize(1920, 1080, "16:9 1920×1080"),
        SlideSize(1280, 720, "16:9 1280×720"),
        SlideSize(1440, 1080, "4:3 1440×1080"),
        SlideSize(960, 720, "4:3 960×720"),
    )
}
DEFAULT_SIZE = SLIDE_SIZES["1920x1080"]


class ExportUnavailable(RuntimeError):
    """Server-side image export cannot run here; the message says why and what still works."""


def parse_size(text: str) -> SlideSize:
    """'1920x1080' → the slide size; only the sizes offered, so every export fits a slide."""
    match = re.fullmatch(r"\s*(\d{3,4})\s*[x×]\s*(\d{3,4})\s*", text)
    size = SLIDE_SIZES.get(f"{match[1]}x{match[2]}") if match else None
    if size is None:
        raise ValueError(f"unsupported size {text!r}; choose one of: {', '.join(SLIDE_SIZES)}")
    return size


def layout_options(fmt: str, size: SlideSize) -> dict:
    """kaleido's options for `size`: the layout at LAYOUT_HEIGHT, scaled to the pixels asked for."""
    if fmt not in FORMATS:
        raise ValueError(f"unsupported format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return {
        "format": fmt,
        "width": round(size.width / size.scale),
        "height": LAYOUT_HEIGHT,
        "scale": size.scale,
    }


def file_name(chart_name: str, size: SlideSize, fmt: str) -> str:
    """A safe download name: the chart id (ASCII only) and the size, e.g. by_year_1920x1080.png."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", chart_name).strip("_") or "chart"
    return f"{stem}_{size.name}.{fmt}"


# What a render says when the tab's page has not loaded kaleido's script yet.
_PAGE_NOT_READY = re.compile(r"kaleido_scopes is not defined")


class _Renderer:
    """One Kaleido browser in a background event loop, started on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido: kaleido.Kaleido | None = None
        self.failure: str | None = None  # why the last start failed, until one succeeds

    def render(self, figure: go.Figure, options: dict) -> bytes:
        for _ in range(RENDER_ATTEMPTS):
            k, loop = self._ensure_started()
            future = asyncio.run_coroutine_threadsafe(k.calc_fig(figure, opts=options), loop)
            try:
                return future.result(timeout=RENDER_TIMEOUT_S)
            except FutureTimeout:
                future.cancel()
                # A browser that hung once is not trusted again: the next try starts a fresh one.
                self._retire(k)
            except JavascriptError as error:
                if not _PAGE_NOT_READY.search(str(error)):
                    raise
                # The tab ran the render before its page had loaded kaleido's own script (seen once
                # under load: "kaleido_scopes is not defined"): a fresh browser is tried, as for a hang.
                self._retire(k)
        reason = f"no image after {RENDER_ATTEMPTS} tries of {RENDER_TIMEOUT_S} s"
        raise ExportUnavailable(unavailable_message(reason))

    def _ensure_started(self) -> tuple[kaleido.Kaleido, asyncio.AbstractEventLoop]:
        with self._lock:
            if self._kaleido is None or self._loop is None:
                self._start()
            assert self._kaleido is not None and self._loop is not None
            return self._kaleido, self._loop

    def _start(self) -> None:
        if not CHROMIUM.is_file():
            raise ExportUnavailable(unavailable_message(f"Chromium is not installed at {CHROMIUM}"))
        # Before the browser starts: it reads FONTCONFIG_FILE from the environment it inherits.
        register_fonts()
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_quiet_about_retired_browsers)
        threading.Thread(target=loop.run_forever, name="kaleido", daemon=True).start()
        future = asyncio.run_coroutine_threadsafe(_open_browser(), loop)
        try:
            self._kaleido = future.result(timeout=START_TIMEOUT_S)
        except Exception as error:
            loop.call_soon_threadsafe(loop.stop)
            self.failure = unavailable_message(f"Chromium did not start: {error}")
            raise ExportUnavailable(self.failure) from error
        self._loop = loop
        self.failure = None

    def close(self) -> None:
        self._retire(self._kaleido)

    def _retire(self, browser: kaleido.Kaleido | None) -> None:
        """Close `browser` if it is still the open one (another session may have replaced it)."""
        with self._lock:
            if browser is None or browser is not self._kaleido or self._loop is None:
                return
            loop = self._loop
            self._kaleido = self._loop = None
            future = asyncio.run_coroutine_threadsafe(browser.close(), loop)
            try:
                future.result(timeout=CLOSE_TIMEOUT_S)
            except FutureTimeout:
                # A hung browser can ignore its close command too: end the process, not the wait.
                future.cancel()
                browser.subprocess.kill()
            finally:
                loop.call_soon_threadsafe(loop.stop)


def _quiet_about_retired_browsers(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """A render abandoned on a browser this module retired ends when that browser's channel closes:
    expected, not worth a "Task exception was never retrieved" traceback on stderr."""
    if isinstance(context.get("exception"), (ChannelClosedError, BrowserClosedError)):
        return
    loop.default_exception_handler(context)


async def _open_browser() -> kaleido.Kaleido:
    # mathjax=False: kaleido would otherwise load MathJax from a CDN, and nothing may download.
    # The path is explicit so choreographer never looks for (or fetches) a browser of its own.
    browser = kaleido.Kaleido(path=str(CHROMIUM), mathjax=False, timeout=RENDER_TIMEOUT_S)
    await browser.open()
    return browser


def unavailable_message(reason: str) -> str:
    return (
        f"이미지 내보내기를 서버에서 실행할 수 없습니다 ({reason}). "
        "차트 오른쪽 위 카메라 아이콘으로 브라우저에서 내려받을 수 있습니다. "
        "서버에는 scripts/setup.sh --dev 로 Chromium을 설치하거나 BROWSER_PATH 를 지정하세요."
    )


_renderer = _Renderer()


def export_image(figure: go.Figure, fmt: str = "png", size: SlideSize = DEFAULT_SIZE) -> bytes:
    """The figure as PNG or SVG bytes at `size`, from the process's one browser."""
    return _renderer.render(figure, layout_options(fmt, size))


def export_problem() -> str | None:
    """Why server export cannot run here, known before trying (no Chromium, a failed start), or None."""
    if not CHROMIUM.is_file():
        return unavailable_message(f"Chromium is not installed at {CHROMIUM}")
    return _renderer.failure


def close_browser() -> None:
    """Shut the browser down (tests and scripts; the app keeps it for the life of the process)."""
    _renderer.close()
