"""The briefing deck: a 16:9 .pptx with native, editable PowerPoint charts.

A chart slide is drawn from the same tidy frame (category, series, value) the page
charts, so the numbers on the slide are the numbers on screen; only what PowerPoint
cannot draw (the map) goes in as a picture. Every chart slide carries its source
line, and its notes hold the sentences the numbers come from.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_AXIS_CROSSES, XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_PATTERN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Inches, Pt

from dashboard import i18n
from dashboard.chartspec import ChartMeta, series_order
from dashboard.formatting import whole_step

# The Korean face every Windows since Vista has, and the one ministry templates use;
# charset -127 (HANGUL_CHARSET) lets PowerPoint substitute a Hangul face where it is missing.
DECK_FONT = "Malgun Gothic"
HANGUL_CHARSET = "-127"

SLIDE_WIDTH = Inches(13.333)
SLIDE_HEIGHT = Inches(7.5)
MARGIN = Inches(0.5)
CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN
GREY = RGBColor(0x59, 0x59, 0x59)

# Spec kind → (one series, several series). The figures stack bars whenever a frame has
# several series, so the slide does too. A timeline (target years per group) becomes
# bars per group stacked by target year: the same counts, in a form PowerPoint can edit.
# The chart area of a slide (CONTENT_WIDTH × CHART_HEIGHT) at 150 dpi, for pictures.
CHART_HEIGHT = Inches(5.0)
PICTURE_PIXELS = (1850, 750)
NATIVE_CHART_TYPES = {
    "bar": (XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.COLUMN_STACKED),
    "barh": (XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.BAR_STACKED),
    "stacked_bar": (XL_CHART_TYPE.COLUMN_STACKED, XL_CHART_TYPE.COLUMN_STACKED),
    "line": (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.LINE_MARKERS),
    "timeline": (XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.BAR_STACKED),
}
HORIZONTAL_KINDS = ("barh", "timeline")

# A briefing is read, not searched: past these the slide says how many more there are.
MAX_NOTE_SENTENCES = 40
TABLE_ROWS_PER_SLIDE = 12
MAX_TABLE_ROWS = 60


@dataclass(frozen=True)
class ChartSlide:
    """One chart as the deck needs it: the spec's kind, its tidy frame and its meta."""

    kind: str
    frame: pd.DataFrame
    meta: ChartMeta
    sentences: tuple[str, ...] = ()
    picture: bytes | None = None  # PNG of the figure at PICTURE_PIXELS, for kinds with no native chart

    @property
    def is_native(self) -> bool:
        return self.kind in NATIVE_CHART_TYPES


@dataclass(frozen=True)
class Cover:
    filters: tuple[str, ...]  # each distinct set of filters of the deck in words (Filters.describe), once
    sources: str  # the bulletins behind the deck, as a source line
    issued_on: date
    title: str = ""
    lang: str = "ko"
    font: str = DECK_FONT  # the face of every run, Latin and East Asian


def build_deck(cover: Cover, charts: Sequence[ChartSlide], table: pd.DataFrame) -> bytes:
    """The .pptx bytes: cover, one slide per chart, then the commitments shown with their sources.

    `table` holds the columns to print, already labelled and formatted for reading.
    """
    lang = cover.lang
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    _cover_slide(deck, cover)
    for chart in charts:
        _chart_slide(deck, chart, lang, cover.font)
    _table_slides(deck, table, cover.sources, lang)
    for slide in deck.slides:
        _east_asian_font(slide.shapes._spTree, cover.font)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def chart_data(frame: pd.DataFrame, series_name: str, *, sort_series: bool = False) -> CategoryChartData:
    """Tidy (category, series, value) → PowerPoint's categories × series; a missing pair stays empty.

    Categories and series keep the frame's order (the query's), or series are sorted
    when asked (a timeline's target years).
    """
    data = CategoryChartData(number_format=_number_format(frame["value"]))
    categories = list(dict.fromkeys(frame["category"]))
    data.categories = [str(c) for c in categories]
    series_column = frame["series"].where(frame["series"].notna(), series_name)
    names = [series_name if pd.isna(s) else s for s in series_order(frame)]
    for series in sorted(names) if sort_series else names:
        rows = frame[series_column == series]
        by_category = dict(zip(rows["category"], rows["value"], strict=True))
        data.add_series(str(series), [_number(by_category.get(c)) for c in categories])
    return data


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _number_format(values: pd.Series) -> str:
    whole = bool((values.dropna() % 1 == 0).all())
    return "#,##0" if whole else "#,##0.0"


def _blank_slide(deck):
    return deck.slides.add_slide(deck.slide_layouts[6])


def _text(slide, text: str, top, height, size: int, *, bold: bool = False, grey: bool = False):
    box = slide.shapes.add_textbox(MARGIN, top, CONTENT_WIDTH, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        if grey:
            run.font.color.rgb = GREY
    return box


def _cover_slide(deck, cover: Cover) -> None:
    slide = _blank_slide(deck)
    _text(
        slide, cover.title or i18n.t("deck.cover.title", cover.lang), Inches(2.2), Inches(1.2), 36, bold=True
    )
    _text(slide, _date_words(cover.issued_on, cover.lang), Inches(3.5), Inches(0.6), 20, grey=True)
    label = i18n.t("deck.cover.filters", cover.lang)
    _text(slide, "\n".join(f"{label}: {words}" for words in cover.filters), Inches(4.2), Inches(1.8), 20)
    _text(slide, cover.sources, Inches(6.4), Inches(0.6), 12, grey=True)


def _date_words(day: date, lang: str) -> str:
    return day.strftime("%B %-d, %Y") if lang == "en" else f"{day.year}년 {day.month}월 {day.day}일"


def _chart_slide(deck, chart: ChartSlide, lang: str, font: str) -> None:
    slide = _blank_slide(deck)
    meta = chart.meta
    _text(slide, meta.title, Inches(0.3), Inches(0.7), 28, bold=True)
    if meta.subtitle:
        _text(slide, meta.subtitle, Inches(0.95), Inches(0.45), 16, grey=True)
    top, height = Inches(1.5), CHART_HEIGHT
    if chart.frame.empty:
        _text(slide, i18n.t("deck.chart.empty", lang), top, Inches(1.0), 20, grey=True)
    elif chart.is_native:
        _native_chart(slide, chart, top, height, font)
    elif chart.picture is not None:
        _picture(slide, chart.picture, top, height)
    footer = "\n".join(line for line in (meta.source, meta.note) if line)
    _text(slide, footer, Inches(6.6), Inches(0.7), 11, grey=True)
    slide.notes_slide.notes_text_frame.text = _notes(chart.sentences, lang)


def _native_chart(slide, chart: ChartSlide, top, height, font: str) -> None:
    data = chart_data(chart.frame, chart.meta.unit_label, sort_series=chart.kind == "timeline")
    multi_series = len(data) > 1
    chart_type = NATIVE_CHART_TYPES[chart.kind][multi_series]
    plot = slide.shapes.add_chart(chart_type, MARGIN, top, CONTENT_WIDTH, height, data).chart
    plot.font.size = Pt(12)
    plot.font.name = font
    plot.has_title = False
    if chart.kind in HORIZONTAL_KINDS:
        # First category at the top, as on screen (PowerPoint draws bars bottom-up), and
        # the value axis kept at the bottom, where the reversed order would otherwise move it.
        plot.category_axis.reverse_order = True
        plot.category_axis.crosses = XL_AXIS_CROSSES.MAXIMUM
    plot.has_legend = multi_series
    if multi_series:
        plot.legend.position = XL_LEGEND_POSITION.BOTTOM
        plot.legend.include_in_layout = False
    value_axis = plot.value_axis
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = chart.meta.unit_label
    value_axis.has_major_gridlines = True
    if chart.kind != "timeline" and _is_count(chart.frame):
        # Whole numbers only (no 0.5건), as on screen.
        value_axis.major_unit = whole_step(float(chart.frame.groupby("category")["value"].sum().max()))
    _colour_series(plot, chart.frame)
    _east_asian_font(plot._chartSpace, font)


def _is_count(frame: pd.DataFrame) -> bool:
    return "unit_label" not in frame.attrs and bool((frame["value"].dropna() % 1 == 0).all())


def _colour_series(plot, frame: pd.DataFrame) -> None:
    """The palette's colours (dashboard/palette.py), as on screen: a series (sector or kind) one
    colour, a single series its bars' colours; an achieved figure hatched."""
    if "colour" not in frame.columns:
        return
    named = frame.assign(series=frame["series"].where(frame["series"].notna(), None))
    for series in plot.plots[0].series:
        rows = named[named["series"] == series.name] if named["series"].notna().any() else named
        if rows.empty:
            continue
        if rows["colour"].nunique() == 1:
            _fill(series.format.fill, rows["colour"].iloc[0], _is_actual(rows.iloc[0]))
            continue
        by_category = {str(r.category): r for r in rows.itertuples()}
        for index, category in enumerate(plot.plots[0].categories):
            row = by_category.get(str(category))
            if row is not None:
                _fill(series.points[index].format.fill, row.colour, getattr(row, "kind", "") == "actual")


def _is_actual(row) -> bool:
    return row.get("kind", "") == "actual"


def _fill(fill, colour: str, hatched: bool) -> None:
    rgb = RGBColor.from_string(colour.lstrip("#"))
    if hatched:
        fill.patterned()
        fill.pattern = MSO_PATTERN.WIDE_UPWARD_DIAGONAL
        fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        fill.back_color.rgb = rgb
    else:
        fill.solid()
        fill.fore_color.rgb = rgb


def _picture(slide, png: bytes, top, height) -> None:
    picture = slide.shapes.add_picture(io.BytesIO(png), MARGIN, top, height=height)
    # Centred: the picture keeps its aspect ratio, so it is narrower than the slide.
    picture.left = Emu(int((SLIDE_WIDTH - picture.width) / 2))


def _notes(sentences: Sequence[str], lang: str) -> str:
    shown = [f"• {s}" for s in sentences[:MAX_NOTE_SENTENCES]]
    if len(sentences) > MAX_NOTE_SENTENCES:
        shown.append(i18n.t("deck.notes.more", lang, n=len(sentences) - MAX_NOTE_SENTENCES))
    return "\n".join([i18n.t("deck.notes.title", lang), *shown])


def _table_slides(deck, table: pd.DataFrame, sources: str, lang: str) -> None:
    shown = table.head(MAX_TABLE_ROWS)
    pages = [shown.iloc[i : i + TABLE_ROWS_PER_SLIDE] for i in range(0, len(shown), TABLE_ROWS_PER_SLIDE)]
    for number, page in enumerate(pages or [shown], start=1):
        slide = _blank_slide(deck)
        heading = i18n.t("deck.table.title", lang) + (f" ({number}/{len(pages)})" if len(pages) > 1 else "")
        _text(slide, heading, Inches(0.3), Inches(0.7), 24, bold=True)
        _table(slide, page)
        footer = sources
        if number == len(pages) and len(table) > MAX_TABLE_ROWS:
            footer += "\n" + i18n.t("deck.table.more_rows", lang, n=len(table) - MAX_TABLE_ROWS)
        _text(slide, footer, Inches(6.6), Inches(0.7), 11, grey=True)


def _table(slide, page: pd.DataFrame) -> None:
    rows, columns = len(page) + 1, len(page.columns)
    shape = slide.shapes.add_table(rows, columns, MARGIN, Inches(1.1), CONTENT_WIDTH, Inches(0.35) * rows)
    grid = shape.table
    for j, width in enumerate(_column_widths(page)):
        grid.columns[j].width = width
    for j, header in enumerate(page.columns):
        _cell(grid.cell(0, j), str(header), bold=True)
    for i, record in enumerate(page.itertuples(index=False), start=1):
        for j, value in enumerate(record):
            _cell(grid.cell(i, j), "" if value is None or pd.isna(value) else str(value))


def _column_widths(page: pd.DataFrame) -> list[int]:
    """Widths in proportion to the longest text of each column (within limits), summing to the slide's."""
    longest = [
        min(max(len(str(header)), *(len(str(v)) for v in page[header]), 4), 30) for header in page.columns
    ]
    widths = [int(CONTENT_WIDTH * n / sum(longest)) for n in longest]
    widths[-1] += CONTENT_WIDTH - sum(widths)
    return widths


def _cell(cell, text: str, *, bold: bool = False) -> None:
    cell.text = text
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(10)
            run.font.bold = bold


def _east_asian_font(root, font: str = DECK_FONT) -> None:
    """Name `font` as both the Latin and the East Asian face of every run under `root`.

    python-pptx sets only `a:latin`; PowerPoint draws Hangul with the `a:ea` face,
    and without one falls back to a theme font that may lack Hangul.
    """
    for properties in root.iter(qn("a:rPr"), qn("a:defRPr"), qn("a:endParaRPr")):
        latin = properties.get_or_add_latin()
        latin.set("typeface", font)
        east_asian = properties.find(qn("a:ea"))
        if east_asian is None:
            east_asian = OxmlElement("a:ea")
            latin.addnext(east_asian)
        east_asian.set("typeface", font)
        east_asian.set("charset", HANGUL_CHARSET)
