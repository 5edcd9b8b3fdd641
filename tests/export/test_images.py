"""PNG/SVG export of every registered chart, and proof that Hangul is drawn from the project's font.

The Korean check renders a figure twice: as built, and with every Hangul syllable of its
title swapped for a private-use character that no font draws. Without a Hangul face both
come out as the same row of empty boxes, so the images are identical and the test fails;
with the font the title is real glyphs and the images differ.
"""

from __future__ import annotations

import asyncio
import io
import re
import subprocess
import xml.etree.ElementTree as ET

import kaleido
import plotly.graph_objects as go
import pytest
from kaleido.errors import JavascriptError
from PIL import Image, ImageChops

from dashboard import charts
from dashboard.chartspec import FONT_FAMILY
from dashboard.export import chart_image, images
from dashboard.filters import Filters
from dashboard.fonts import CONFIG_FILE, FONT_FILE, register_fonts

HANGUL = re.compile("[가-힣]")
NO_GLYPH = "\ue000"  # private use: no font has a glyph for it


def pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def without_hangul(figure: go.Figure) -> go.Figure:
    return go.Figure(figure).update_layout(title_text=HANGUL.sub(NO_GLYPH, figure.layout.title.text))


def test_register_fonts_points_fontconfig_at_the_package_font_and_is_idempotent():
    assert register_fonts() == FONT_FAMILY
    written = CONFIG_FILE.stat().st_mtime_ns
    assert register_fonts() == FONT_FAMILY
    assert CONFIG_FILE.stat().st_mtime_ns == written
    assert f"<dir>{FONT_FILE.parent}</dir>" in CONFIG_FILE.read_text(encoding="utf-8")


def test_fontconfig_finds_the_family_the_figures_ask_for_and_it_covers_hangul(fc_match):
    register_fonts()  # FONTCONFIG_FILE in os.environ, inherited by fc-match and fc-list
    family = subprocess.run([fc_match, "-f", "%{family}", FONT_FAMILY], capture_output=True, text=True)
    assert FONT_FAMILY in family.stdout.split(",")
    # Faces holding 한 (U+D55C) and 국 (U+AD6D): the project's file must be one of them.
    covering = subprocess.run(
        ["fc-list", "-f", "%{file}\n", f"{FONT_FAMILY}:charset=d55c ad6d"], capture_output=True, text=True
    )
    assert str(FONT_FILE) in covering.stdout.splitlines()


def test_a_korean_title_is_drawn_as_glyphs_not_boxes(chromium):
    figure = go.Figure().update_layout(title_text="광둥성 반도체 목표", font_family=FONT_FAMILY)
    korean = pixels(images.export_image(figure, "png", images.SLIDE_SIZES["1280x720"]))
    boxes = pixels(images.export_image(without_hangul(figure), "png", images.SLIDE_SIZES["1280x720"]))
    changed = ImageChops.difference(korean, boxes).getbbox()
    assert changed is not None
    assert changed[3] < 100  # the difference is the title, at the top


@pytest.mark.parametrize("size", list(images.SLIDE_SIZES))
def test_png_has_the_slide_size_asked_for(export_db, chromium, size):
    png = chart_image(export_db, "by_year", Filters(), "ko", "png", images.SLIDE_SIZES[size])
    assert pixels(png).size == (images.SLIDE_SIZES[size].width, images.SLIDE_SIZES[size].height)


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_chart_exports_at_1920x1080_with_korean_rendered(export_db, chromium, name):
    figure, _ = charts.render(export_db, name, Filters(), "ko")
    assert figure.layout.font.family == FONT_FAMILY
    assert HANGUL.search(figure.layout.title.text)
    png = images.export_image(figure, "png", images.DEFAULT_SIZE)
    assert pixels(png).size == (1920, 1080)
    boxes = images.export_image(without_hangul(figure), "png", images.DEFAULT_SIZE)
    assert ImageChops.difference(pixels(png), pixels(boxes)).getbbox() is not None


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_chart_exports_an_svg_holding_its_title(export_db, chromium, name):
    svg = chart_image(export_db, name, Filters(), "ko", "svg", images.SLIDE_SIZES["1280x720"])
    root = ET.fromstring(svg)
    assert (root.get("width"), root.get("height")) == ("1280", "720")
    text = "".join(root.itertext())
    assert charts.CHARTS[name].title("ko") in text


def test_second_export_reuses_the_open_browser(export_db, chromium):
    chart_image(export_db, "by_sector", Filters(), "ko")
    browser = images._renderer._kaleido
    chart_image(export_db, "by_province", Filters(), "ko")
    assert images._renderer._kaleido is browser


def test_unsupported_size_and_format_are_refused_with_the_choices():
    with pytest.raises(ValueError, match="1920x1080"):
        images.parse_size("800x600")
    with pytest.raises(ValueError, match="png, svg"):
        images.layout_options("pdf", images.DEFAULT_SIZE)
    assert images.parse_size(" 1280×720 ") == images.SLIDE_SIZES["1280x720"]


def test_missing_chromium_gives_a_clear_message_naming_the_fallback(monkeypatch, tmp_path):
    renderer = images._Renderer()
    monkeypatch.setattr(images, "CHROMIUM", tmp_path / "no-chromium")
    with pytest.raises(images.ExportUnavailable, match="카메라 아이콘") as error:
        renderer.render(go.Figure(), images.layout_options("png", images.DEFAULT_SIZE))
    assert "no-chromium" in str(error.value)


def test_download_names_are_safe_file_names():
    assert images.file_name("by_year", images.DEFAULT_SIZE, "png") == "by_year_1920x1080.png"
    assert images.file_name("../../etc/passwd", images.DEFAULT_SIZE, "svg") == "etc_passwd_1920x1080.svg"


def test_a_hung_render_is_reported_and_the_next_export_gets_a_fresh_browser(monkeypatch, chromium):
    figure = go.Figure().update_layout(title_text="시간 초과")
    images.export_image(figure, "svg")  # the browser is open
    hung = images._renderer._kaleido
    monkeypatch.setattr(images, "RENDER_TIMEOUT_S", 0.001)
    with pytest.raises(images.ExportUnavailable, match="no image after"):
        images.export_image(figure, "svg")
    monkeypatch.undo()
    assert b"svg" in images.export_image(figure, "svg")
    assert images._renderer._kaleido is not hung


def test_a_render_that_hangs_once_is_retried_on_a_fresh_browser(monkeypatch, chromium):
    browsers_used = []
    calc_fig = kaleido.Kaleido.calc_fig

    async def hang_the_first_time(browser, *args, **kwargs):
        browsers_used.append(browser)
        if len(browsers_used) == 1:
            await asyncio.sleep(3600)
        return await calc_fig(browser, *args, **kwargs)

    monkeypatch.setattr(kaleido.Kaleido, "calc_fig", hang_the_first_time)
    monkeypatch.setattr(images, "RENDER_TIMEOUT_S", 2)
    assert b"svg" in images.export_image(go.Figure().update_layout(title_text="재시도"), "svg")
    assert len(browsers_used) == 2 and browsers_used[0] is not browsers_used[1]


def test_a_render_before_the_page_is_ready_is_retried_on_a_fresh_browser(monkeypatch, chromium):
    # under load a tab once ran the render before its page had loaded kaleido's script
    browsers_used = []
    calc_fig = kaleido.Kaleido.calc_fig

    async def not_ready_the_first_time(browser, *args, **kwargs):
        browsers_used.append(browser)
        if len(browsers_used) == 1:
            raise JavascriptError("ReferenceError: kaleido_scopes is not defined")
        return await calc_fig(browser, *args, **kwargs)

    monkeypatch.setattr(kaleido.Kaleido, "calc_fig", not_ready_the_first_time)
    assert b"svg" in images.export_image(go.Figure().update_layout(title_text="재시도"), "svg")
    assert len(browsers_used) == 2 and browsers_used[0] is not browsers_used[1]


def test_any_other_script_error_of_a_render_is_raised(monkeypatch, chromium):
    async def broken(browser, *args, **kwargs):
        raise JavascriptError("Error: invalid figure")

    monkeypatch.setattr(kaleido.Kaleido, "calc_fig", broken)
    with pytest.raises(JavascriptError, match="invalid figure"):
        images.export_image(go.Figure(), "svg")


def test_a_render_abandoned_on_a_retired_browser_is_not_reported_but_other_errors_are(caplog):
    from choreographer.errors import ChannelClosedError

    loop = asyncio.new_event_loop()
    closed = {
        "message": "Task exception was never retrieved",
        "exception": ChannelClosedError("Executor is closed."),
    }
    images._quiet_about_retired_browsers(loop, closed)
    assert not caplog.records
    images._quiet_about_retired_browsers(
        loop, {"message": "render failed", "exception": RuntimeError("boom")}
    )
    assert "render failed" in caplog.text
    loop.close()
