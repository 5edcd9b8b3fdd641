"""Slide-quality rendering, measured: every chart exported as SVG at 1920×1080, opened in Debian's
Chromium, and the boxes of its text compared — no axis title over its tick labels, no label run
into the source line or past the picture, a legend of fifteen sectors without a scrollbar,
whole-number count ticks. The PNGs go to screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from browser_support import chromium_context

from dashboard import charts, palette
from dashboard.chartspec import ChartMeta
from dashboard.export import images
from dashboard.filters import Filters
from etl import sectors

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"

# Every text box of a plotly SVG by role, in the picture's pixels.
_BOXES_JS = """
() => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: el.textContent}; };
  const all = (sel) => Array.from(document.querySelectorAll(sel)).map(box)
    .filter(b => b.x1 > b.x0 && b.y1 > b.y0);
  const svg = document.querySelector('svg').getBoundingClientRect();
  return {
    width: svg.width, height: svg.height,
    xticks: all('.xtick text'), yticks: all('.ytick text'),
    xtitle: all('.g-xtitle text'), ytitle: all('.g-ytitle text'),
    footer: all('.annotation text'), legend: all('.legend .legendtext'),
    legend_scrollbar: all('.legend .scrollbar'),
    all_text: all('text'),
  };
}
"""


@pytest.fixture(scope="module")
def svg_page(chromium, tmp_path_factory):
    with chromium_context(
        tmp_path_factory.mktemp("chromium-profile"), viewport={"width": 1920, "height": 1080}
    ) as context:
        yield context.new_page()
    images.close_browser()


def measure(page, figure) -> dict:
    svg = images.export_image(figure, "svg", images.DEFAULT_SIZE).decode()
    page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
    page.wait_for_timeout(200)
    return page.evaluate(_BOXES_JS)


def overlaps(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (
        a["x0"] < b["x1"] - slack
        and b["x0"] < a["x1"] - slack
        and a["y0"] < b["y1"] - slack
        and b["y0"] < a["y1"] - slack
    )


def assert_apart(first: list[dict], second: list[dict], what: str) -> None:
    clashes = [(a["text"], b["text"]) for a in first for b in second if overlaps(a, b)]
    assert not clashes, f"{what} overlap: {clashes[:3]}"


def assert_layout_is_clean(boxes: dict, name: str) -> None:
    ticks = boxes["xticks"] + boxes["yticks"]
    assert_apart(boxes["xtitle"], boxes["xticks"], f"{name}: x-axis title and its tick labels")
    assert_apart(boxes["ytitle"], boxes["yticks"], f"{name}: y-axis title and its tick labels")
    assert_apart(
        boxes["footer"], ticks + boxes["xtitle"] + boxes["ytitle"], f"{name}: source line and axis text"
    )
    assert_apart(boxes["legend"], ticks + boxes["footer"], f"{name}: legend and other text")
    # Nothing printed past the picture (a rotated or long label cut off at an edge).
    for text in boxes["all_text"]:
        assert text["x0"] >= -1 and text["y0"] >= -1, f"{name}: {text['text']!r} past the top/left edge"
        assert text["x1"] <= boxes["width"] + 1 and text["y1"] <= boxes["height"] + 1, (
            f"{name}: {text['text']!r} past the bottom/right edge"
        )
    assert not boxes["legend_scrollbar"], f"{name}: the legend scrolls"


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_exported_chart_keeps_its_text_apart(svg_page, export_db, name):
    figure, _ = charts.render(export_db, name, Filters(), "ko")
    boxes = measure(svg_page, figure)
    assert (boxes["width"], boxes["height"]) == (1920, 1080)  # the slide size asked for
    assert_layout_is_clean(boxes, name)
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / f"chart_{name}_1920x1080.png").write_bytes(images.export_image(figure, "png"))


def fifteen_sectors() -> pd.DataFrame:
    """Four target years stacked by fifteen sectors with long Korean names: the worst legend."""
    ids = [s.id for s in sectors.sectors()][:15]
    rows = [
        {"category": str(year), "series": sectors.sector_label(s, "ko"), "value": (i % 4) + 1,
         "colour": palette.sector_colour(s)}
        for year in (2025, 2026, 2027, 2030) for i, s in enumerate(ids)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_a_legend_of_fifteen_sectors_fits_without_scrolling(svg_page):
    meta = ChartMeta(
        title="목표연도별 목표 수 (산업별)",
        subtitle="전체 목표",
        source="출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.7 외 4건",
        unit_label="목표 수 (건)",
        note="목표만 셈 (제외: 지원·투자 2건, 실적 1건)",
    )
    figure = charts.build_bar(fifteen_sectors(), meta)
    boxes = measure(svg_page, figure)
    assert len(boxes["legend"]) == 15
    assert_layout_is_clean(boxes, "fifteen sectors")


def test_long_category_names_stay_clear_of_the_axis_title(svg_page):
    names = [f"{'아주 긴 산업 클러스터 이름 ' * 2}{i}" for i in range(12)]
    frame = pd.DataFrame({"category": names, "series": None, "value": [float(i + 1) for i in range(12)]})
    meta = ChartMeta(title="긴 이름", subtitle="전체", source="출처: 시험", unit_label="목표 수 (건)")
    for figure in (charts.build_bar(frame, meta), charts.build_barh(frame, meta)):
        assert_layout_is_clean(measure(svg_page, figure), "long names")


def test_count_ticks_are_whole_numbers_on_the_picture(svg_page, export_db):
    # Beijing: two targets, one per year — plotly alone would tick 0, 0.5, 1.
    figure, _ = charts.render(export_db, "by_year", Filters(provinces=("Beijing",)), "ko")
    ticks = [t["text"] for t in measure(svg_page, figure)["yticks"]]
    assert ticks == ["0", "1"]
