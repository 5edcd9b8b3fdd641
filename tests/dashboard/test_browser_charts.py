"""The charts as a reader sees them in a real browser, on a 1920×1080 screen and on a phone (390 px):
every page screenshotted (screenshots/, git-ignored, for a person to look at), and what a test can
measure measured — the legend under the chart on a phone, year labels that never run into each
other, a source line that wraps instead of being clipped, the region chart going down to cities.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import chromium_context, running_app, settle

from dashboard import i18n

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
PAGES = (
    "", "explorer", "regions", "sectors", "timeline", "detail", "sources", "deck", "tracker",
    "this_issue", "deadlines", "quality", "review",
)  # fmt: skip

# Per chart on the page: boxes of the legend, the plot area and the x tick labels, in page pixels.
_CHART_BOXES_JS = """
() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect();
    return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: el.textContent}; };
  return {
    title: plot._fullLayout.title.text,
    legend: box(plot.querySelector('.legend')),
    plot: box(plot.querySelector('.nsewdrag')),
    xticks: [...plot.querySelectorAll('.xtick text')].map(box).filter(b => b.x1 > b.x0),
    width: plot.getBoundingClientRect().width,
  };
})
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeded_path):
    with running_app(seeded_path, tmp_path_factory.mktemp("streamlit") / "server.log") as base:
        yield base


def visit(page, url: str, width: int, height: int, min_charts: int = 0) -> None:
    """Open the page, then make the window as tall as its content: Streamlit scrolls inside its
    own container, so a "full page" screenshot would otherwise stop at the first screen."""
    page.set_viewport_size({"width": width, "height": height})
    page.goto(url)
    settle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    tall = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": width, "height": max(height, min(tall, 12_000))})
    # Streamlit draws a chart once it is in view: wait until every chart has its picture.
    page.wait_for_function(
        "([least]) => { const charts = [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')];"
        " return charts.length >= least && charts.every(c => c.querySelector('.main-svg')); }",
        arg=[min_charts],
        timeout=60_000,
    )
    page.wait_for_timeout(1000)


def shoot(page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / name, timeout=120_000)


def test_every_page_on_a_1920_screen(server, tmp_path):
    SCREENSHOTS.mkdir(exist_ok=True)
    with chromium_context(tmp_path / "profile", viewport={"width": 1920, "height": 1080}) as context:
        page = context.new_page()
        for path in PAGES:
            visit(page, f"{server}/{path}", 1920, 1080)
            shoot(page, f"screen_1920_{path or 'overview'}.png")
        # One province chosen: the region chart goes down to its cities; the map names provinces.
        visit(page, f"{server}/regions?province=Guangdong", 1920, 1080, min_charts=2)
        shoot(page, "screen_1920_regions_guangdong.png")
        titles = {re.sub("</?b>", "", c["title"]) for c in page.evaluate(_CHART_BOXES_JS)}
        assert f"{i18n.region_label('Guangdong', 'ko')} 도시별 목표·지원·실적 수" in titles
        text = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
        assert i18n.region_label("Shenzhen", "ko") in text or "선전" in page.content()
        assert page.locator(".js-plotly-plot .textpoint", has_text="광둥").count() == 1


def test_phone_width_puts_legends_below_and_keeps_every_label(server, tmp_path):
    SCREENSHOTS.mkdir(exist_ok=True)
    with chromium_context(tmp_path / "profile", viewport={"width": 390, "height": 844}) as context:
        page = context.new_page()
        for path in ("", "regions", "sectors", "timeline"):
            visit(page, f"{server}/{path}", 390, 844, min_charts=1)
            shoot(page, f"screen_390_{path or 'overview'}.png")
            charts = page.evaluate(_CHART_BOXES_JS)
            assert charts, path
            for chart in charts:
                assert chart["width"] <= 390, chart["title"]
                if chart["legend"]:
                    assert chart["legend"]["y0"] >= chart["plot"]["y1"], (
                        f"{chart['title']}: legend beside the plot"
                    )
                    assert chart["legend"]["x1"] <= chart["width"] + 20, f"{chart['title']}: legend cut off"
                ticks = sorted(chart["xticks"], key=lambda b: b["x0"])
                for left, right in zip(ticks, ticks[1:], strict=False):
                    assert left["x1"] <= right["x0"] + 1, (
                        f"{chart['title']}: {left['text']} runs into {right['text']}"
                    )
            # The source line under each chart is text that wraps: nothing wider than the screen.
            overflow = page.evaluate(
                "[...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
                ".filter(c => c.innerText.startsWith('출처') && c.scrollWidth > c.clientWidth + 1).length"
            )
            assert overflow == 0
            assert (
                page.locator(
                    '[data-testid="stCaptionContainer"]', has_text="출처: 한중과학기술협력센터"
                ).count()
                >= 1
            )
