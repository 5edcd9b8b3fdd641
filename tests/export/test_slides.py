"""The deck from tidy frames written by hand: re-opened with python-pptx, and once through LibreOffice."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pandas as pd
import pdfplumber
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from dashboard.chartspec import ChartMeta
from dashboard.export.slides import DECK_FONT, ChartSlide, Cover, build_deck, chart_data
from dashboard.fonts import register_fonts

SOURCE = "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.8.4 외 1건"
BY_YEAR = pd.DataFrame(
    {
        "category": [2025, 2025, 2025, 2027, 2027, 2030],
        "series": ["반도체", "인공지능", "컴퓨팅·데이터", "인공지능", "반도체", "반도체"],
        "value": [1, 1, 1, 1, 1, 1],
    }
)
BY_REGION = pd.DataFrame(
    {"category": ["광둥성", "베이징", "중앙정부"], "series": [None] * 3, "value": [3, 2, 1]}
)
# A 1×1 PNG: the map goes in as a picture, whatever it shows.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d605c80000000049454e44ae426082"
)


def meta(title: str, unit: str = "목표 수 (건)") -> ChartMeta:
    return ChartMeta(
        title=title, subtitle="광둥성 · 반도체", source=SOURCE, unit_label=unit, note="주: 시험용"
    )


def deck(table_rows: int = 3) -> Presentation:
    charts = [
        ChartSlide("stacked_bar", BY_YEAR, meta("목표연도별 목표"), ("문장 가", "문장 나")),
        ChartSlide("barh", BY_REGION, meta("지역별 목표"), ("문장 다",)),
        ChartSlide("map", BY_REGION, meta("지역 지도"), ("문장 라",), picture=PNG),
    ]
    table = pd.DataFrame({"지역": ["광둥성"] * table_rows, "수치": [f"{n}개" for n in range(table_rows)]})
    cover = Cover(filters=("광둥성 · 반도체",), sources=SOURCE, issued_on=date(2026, 11, 22))
    return Presentation(io.BytesIO(build_deck(cover, charts, table)))


def texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def charts_on(slide):
    return [shape.chart for shape in slide.shapes if shape.has_chart]


def test_deck_has_cover_one_slide_per_chart_and_the_table():
    slides = deck().slides
    assert len(slides) == 1 + 3 + 1
    cover = " ".join(texts(slides[0]))
    assert "2026년 11월 22일" in cover and "광둥성 · 반도체" in cover
    assert slides[0].shapes[0].text_frame.text == "중국 과학기술 정책 목표 브리핑"


def test_stacked_chart_is_native_with_years_as_categories_and_sectors_as_series():
    (chart,) = charts_on(deck().slides[1])
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_STACKED
    plot = chart.plots[0]
    assert list(plot.categories) == ["2025", "2027", "2030"]
    values = {series.name: series.values for series in plot.series}
    # 2025: one each; 2027: AI and semiconductors; 2030: semiconductors only.
    assert values == {
        "반도체": (1.0, 1.0, 1.0),
        "인공지능": (1.0, 1.0, None),
        "컴퓨팅·데이터": (1.0, None, None),
    }
    assert chart.has_legend
    assert chart.value_axis.axis_title.text_frame.text == "목표 수 (건)"


def test_single_series_chart_is_a_horizontal_bar_without_legend():
    (chart,) = charts_on(deck().slides[2])
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    (series,) = chart.plots[0].series
    assert list(chart.plots[0].categories) == ["광둥성", "베이징", "중앙정부"]
    assert series.values == (3.0, 2.0, 1.0)
    assert series.name == "목표 수 (건)"
    assert not chart.has_legend


def test_map_goes_in_as_a_picture():
    slide = deck().slides[3]
    assert not charts_on(slide)
    assert [s.shape_type for s in slide.shapes].count(MSO_SHAPE_TYPE.PICTURE) == 1


def test_each_chart_slide_has_title_subtitle_source_note_and_sentences_in_notes():
    slides = deck().slides
    expected_notes = {1: ["문장 가", "문장 나"], 2: ["문장 다"], 3: ["문장 라"]}
    for index, sentences in expected_notes.items():
        on_slide = texts(slides[index])
        assert "광둥성 · 반도체" in on_slide
        assert f"{SOURCE}\n주: 시험용" in on_slide
        notes = slides[index].notes_slide.notes_text_frame.text.split("\n")
        assert notes[1:] == [f"• {s}" for s in sentences]


def test_chart_text_names_an_east_asian_font():
    (chart,) = charts_on(deck().slides[1])
    faces = chart._chartSpace.findall(".//" + qn("a:ea"))
    assert faces and {face.get("typeface") for face in faces} == {DECK_FONT}
    # The default text properties of the whole chart carry it, so axis labels inherit it.
    assert chart._chartSpace.find(qn("c:txPr") + "//" + qn("a:ea")) is not None


def test_table_runs_over_slides_twelve_rows_each():
    slides = deck(table_rows=30).slides
    assert len(slides) == 1 + 3 + 3
    tables = [shape.table for slide in list(slides)[4:] for shape in slide.shapes if shape.has_table]
    assert [len(t.rows) for t in tables] == [13, 13, 7]  # header row plus 12, 12, 6
    assert tables[2].cell(6, 1).text == "29개"
    assert "목표 목록과 출처 (3/3)" in texts(slides[6])
    assert SOURCE in texts(slides[6])


def test_chart_data_keeps_category_order_and_leaves_missing_pairs_empty():
    data = chart_data(BY_YEAR, "건수")
    assert [c.label for c in data.categories] == ["2025", "2027", "2030"]
    assert [s.name for s in data] == ["반도체", "인공지능", "컴퓨팅·데이터"]
    assert data.number_format == "#,##0"


@pytest.mark.libreoffice
def test_libreoffice_converts_the_deck_to_a_pdf_with_every_page(tmp_path, soffice):
    path = tmp_path / "briefing.pptx"
    deck().save(path)
    register_fonts()  # LibreOffice inherits FONTCONFIG_FILE and draws the Hangul in the project font
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with pdfplumber.open(tmp_path / "briefing.pdf") as pdf:
        assert len(pdf.pages) == 5
        assert "지역별 목표" in pdf.pages[2].extract_text()
