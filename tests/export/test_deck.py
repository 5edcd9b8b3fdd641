"""The deck built from the database through the registered charts, values checked against the
hand-written rows of conftest.py."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE

from dashboard import i18n
from dashboard.export import DeckItem, build_deck, contributing_sentences
from dashboard.filters import Filters

SOURCE = "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.8.4 외 1건"


def deck(con, names, filters: Filters | None = None):
    items = [DeckItem(name, filters or Filters()) for name in names]
    return Presentation(io.BytesIO(build_deck(con, items, "ko", issued_on=date(2026, 11, 22))))


def chart_of(slide):
    (chart,) = [shape.chart for shape in slide.shapes if shape.has_chart]
    return chart


def notes_of(slide) -> list[str]:
    return slide.notes_slide.notes_text_frame.text.split("\n")[1:]


def ko(region=None, sector=None) -> str:
    return i18n.region_label(region, "ko") if region else i18n.sector_label(sector, "ko")


def test_standard_charts_become_native_charts_with_the_counts_of_the_rows(export_db):
    slides = deck(export_db, ["by_year", "by_province", "by_sector", "province_map"]).slides
    assert len(slides) == 1 + 4 + 1

    by_year = chart_of(slides[1])
    assert by_year.chart_type == XL_CHART_TYPE.COLUMN_STACKED
    assert list(by_year.plots[0].categories) == ["2025", "2027", "2030"]
    values = {series.name: series.values for series in by_year.plots[0].series}
    # Targets only (the funding c2 is not one), series in the taxonomy's order.
    assert values == {
        ko(sector="AI"): (None, 1.0, None),
        ko(sector="semiconductors"): (1.0, 1.0, 1.0),
        ko(sector="computing_data"): (1.0, None, None),
    }
    assert list(values) == [ko(sector=s) for s in ("AI", "semiconductors", "computing_data")]

    by_province = chart_of(slides[2])
    assert by_province.chart_type == XL_CHART_TYPE.BAR_STACKED
    assert list(by_province.plots[0].categories) == [ko("Guangdong"), ko("Beijing"), ko("National")]
    kinds = {series.name: series.values for series in by_province.plots[0].series}
    assert kinds == {"목표": (2.0, 2.0, 1.0), "지원·투자": (1.0, None, None)}

    by_sector = chart_of(slides[3])
    assert list(by_sector.plots[0].categories) == [
        ko(sector=s) for s in ("semiconductors", "AI", "computing_data")
    ]
    assert by_sector.plots[0].series[0].values == (3.0, 1.0, 1.0)

    shapes = slides[4].shapes
    assert not any(shape.has_chart for shape in shapes)
    assert any(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in shapes)


def test_every_chart_slide_carries_the_source_and_its_sentences(export_db, sentence):
    slides = deck(export_db, ["by_province", "province_map"]).slides
    for slide in list(slides)[1:3]:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        assert any(text.startswith(SOURCE) for text in texts)
    assert len(notes_of(slides[1])) == 6
    # The map shows provinces only: the centre's commitment (c5) is not behind it.
    # It counts targets, so the funding c2's sentence is not behind it either.
    map_notes = "\n".join(notes_of(slides[2]))
    assert sentence["c5"] not in map_notes and sentence["c2"] not in map_notes
    assert all(sentence[c] in map_notes for c in ("c1", "c3", "c4", "c6"))


def test_a_chart_left_with_one_category_is_left_out_of_the_deck(export_db):
    # Units present: count ×2, CNY, percent, EFLOPS, people → CNY is preferred: c2 alone, one bar.
    slides = deck(export_db, ["top_values"]).slides
    assert len(slides) == 1 + 1  # cover and table
    # Guangdong: targets c1 (2025) and c6 (2027), both semiconductors, and the funding c2; none
    # names a city. The region chart stays one bar (Guangdong) and the sector chart, which counts
    # targets, one bar (semiconductors): both left out. The year chart (2025, 2027) and the map stay.
    filters = Filters(provinces=("Guangdong",))
    slides = deck(export_db, ["by_province", "by_sector", "by_year", "province_map"], filters).slides
    assert len(slides) == 1 + 2 + 1
    assert list(chart_of(slides[1]).plots[0].categories) == ["2025", "2027"]


def test_the_cover_states_shared_filters_once_and_the_slides_do_not_repeat_them(export_db):
    filters = Filters(provinces=("Guangdong",))
    slides = deck(export_db, ["by_sector", "by_year"], filters).slides
    words = filters.describe("ko")
    texts = [[s.text_frame.text for s in slide.shapes if s.has_text_frame] for slide in slides]
    assert sum(text.count(words) for text in texts[0]) == 1
    assert not any(words in text for slide in texts[1:3] for text in slide)


def test_different_filters_each_named_on_the_cover_and_on_their_slide(export_db):
    # the year chart: Guangdong's targets fall in two years (2025, 2027), so neither is left out
    items = [DeckItem("by_year", Filters(provinces=("Guangdong",))), DeckItem("by_year", Filters())]
    slides = Presentation(io.BytesIO(build_deck(export_db, items, "ko"))).slides
    cover = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert cover.count(ko("Guangdong")) == 1 and cover.count(i18n.t("all_commitments", "ko")) == 1
    second = [s.text_frame.text for s in slides[1].shapes if s.has_text_frame]
    assert ko("Guangdong") in second


def test_the_deck_font_can_be_chosen(export_db):
    items = [DeckItem("by_sector", Filters())]
    shown = Presentation(io.BytesIO(build_deck(export_db, items, "ko", font="Noto Sans CJK KR")))
    faces = {
        element.get("typeface")
        for slide in shown.slides
        for element in slide.shapes._spTree.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/main}ea",
            "{http://schemas.openxmlformats.org/drawingml/2006/main}latin",
        )
    }
    assert faces == {"Noto Sans CJK KR"}


def test_filters_reach_cover_charts_and_table(export_db):
    filters = Filters(provinces=("Guangdong",))
    slides = deck(export_db, ["by_year"], filters).slides
    cover = " ".join(shape.text_frame.text for shape in slides[0].shapes if shape.has_text_frame)
    assert filters.describe("ko") in cover and "2026년 11월 22일" in cover
    chart = chart_of(slides[1])
    # Guangdong's targets c1 (2025) and c6 (2027), both semiconductors; its AI commitment c2 is
    # funding, not a target, and the year chart counts targets.
    assert list(chart.plots[0].categories) == ["2025", "2027"]
    assert {s.name: s.values for s in chart.plots[0].series} == {ko(sector="semiconductors"): (1.0, 1.0)}
    (table,) = [shape.table for shape in slides[2].shapes if shape.has_table]
    assert len(table.rows) == 1 + 3  # c6, c1, c2


def test_contributing_sentences_follow_the_frame(export_db, sentence):
    frame = pd.DataFrame({"category": ["x"], "series": [None], "value": [1.0], "sector": ["AI"]})
    sentences = contributing_sentences(export_db, Filters(), frame)
    assert [s.split("] ", 1)[1] for s in sentences] == [sentence["c3"], sentence["c2"]]


def test_filters_matching_nothing_give_an_empty_state_not_an_error(export_db):
    # Beijing has no computing_data commitment.
    filters = Filters(provinces=("Beijing",), sectors=("computing_data",))
    slides = deck(export_db, ["by_year", "province_map"], filters).slides
    assert len(slides) == 1 + 2 + 1
    for slide in list(slides)[1:3]:
        assert not any(
            shape.has_chart or shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes
        )
        assert "해당 조건의 자료가 없습니다." in [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    (table,) = [shape.table for shape in slides[3].shapes if shape.has_table]
    assert len(table.rows) == 1  # the header alone


def test_a_sentence_behind_two_commitments_is_noted_once(export_db, sentence):
    # c7: a second number in c1's sentence.
    export_db.execute(
        "INSERT INTO commitments SELECT * REPLACE ('c7' AS id, 99 AS line, 'count' AS unit)"
        " FROM commitments WHERE id = 'c1'"
    )
    frame = pd.DataFrame({"category": ["x"], "series": [None], "value": [1.0], "region": ["Guangdong"]})
    notes = contributing_sentences(export_db, Filters(), frame)
    assert [s.split("] ", 1)[1] for s in notes] == [sentence["c6"], sentence["c1"], sentence["c2"]]
