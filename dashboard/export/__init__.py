"""Briefing exports: a chart as PNG/SVG, charts as a PowerPoint deck, commitments as CSV/XLSX.

Everything starts from the registry the pages draw from (`dashboard.charts.render`,
`chart_meta`, `dashboard.queries`), so an export says exactly what the screen says.
The page buttons, the deck page and the command line all call these functions.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

# dashboard.queries caches with Streamlit; outside the app (the command line, scripts) each
# cached function warns "No runtime found" as it is defined. Said before importing it.
logging.getLogger("streamlit.runtime.caching.cache_data_api").addFilter(
    lambda record: "No runtime found" not in record.getMessage()
)

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402

from dashboard import charts, i18n, queries  # noqa: E402
from dashboard.export import images, slides, tables  # noqa: E402
from dashboard.filters import Filters  # noqa: E402

# The standard briefing (`python -m dashboard.export deck`): the overview's charts, the
# map and the largest values, then the table.
STANDARD_DECK = ("by_year", "by_province", "province_map", "by_sector", "top_values", "timeline_province")


@dataclass(frozen=True)
class DeckItem:
    """One chart in the deck, with the filters it was added under."""

    name: str
    filters: Filters


def chart_image(
    con: duckdb.DuckDBPyConnection,
    name: str,
    filters: Filters,
    lang: str = "ko",
    fmt: str = "png",
    size: images.SlideSize = images.DEFAULT_SIZE,
) -> bytes:
    """The chart the page shows, as PNG or SVG bytes at a slide size."""
    figure, _ = charts.render(con, name, filters, lang)
    return images.export_image(figure, fmt, size)


def chart_slide(con: duckdb.DuckDBPyConnection, item: DeckItem, lang: str = "ko") -> slides.ChartSlide:
    spec = charts.CHARTS[item.name]
    figure, frame = charts.render(con, item.name, item.filters, lang)
    empty = charts.is_empty(frame)
    return slides.ChartSlide(
        kind=spec.kind,
        frame=frame.iloc[0:0] if empty else frame,
        meta=charts.chart_meta(con, spec, item.filters, lang, frame),
        sentences=tuple(contributing_sentences(con, item.filters, frame, lang)),
        picture=None if empty or spec.kind in slides.NATIVE_CHART_TYPES else slide_picture(figure),
    )


def slide_picture(figure: go.Figure) -> bytes:
    """The figure as a PNG filling a slide's chart area, without its title and footer:
    on the slide those are editable text around the picture."""
    bare = go.Figure(figure).update_layout(
        title_text="", title_subtitle_text="", annotations=[], margin={"t": 10, "b": 10}
    )
    width, height = slides.PICTURE_PIXELS
    return images.export_image(bare, "png", images.SlideSize(width, height, "slide chart area"))


def contributing_sentences(
    con: duckdb.DuckDBPyConnection, filters: Filters, frame: pd.DataFrame, lang: str = "ko"
) -> list[str]:
    """The source sentences behind a chart: the filtered commitments, narrowed to the ids,
    regions, sectors or target years the chart's frame names (the largest values, the
    provinces on a map, the dated targets on a timeline)."""
    records = queries.commitments(con, filters)
    if frame.attrs.get("kinds"):  # a chart that counts targets only gives only their sentences
        records = records[records["kind"].isin(frame.attrs["kinds"])]
    for column in ("id", "region", "sector", "target_year", "kind"):
        if column in frame.columns:
            shown = frame.loc[frame["value"] > 0, column]
            records = records[records[column].isin(shown)]
    # Several commitments often share one sentence; the notes give it once.
    return list(
        dict.fromkeys(
            f"[{tables.bulletin_date(r.issue_date)} · {i18n.region_label(r.region, lang)}{_checked(r, lang)}]"
            f" {r.sentence}"
            for r in records.itertuples()
        )
    )


def _checked(record, lang: str) -> str:
    """ " · 수정 (kim)" for a reviewed record, so the notes say who checked each number."""
    if record.review_status == "extracted":
        return ""
    return " · " + i18n.review_label(record.review_status, record.reviewed_by, lang)


def shown_commitments(con: duckdb.DuckDBPyConnection, filter_sets: Sequence[Filters]) -> pd.DataFrame:
    """Every commitment behind the deck once, in the order the queries give them."""
    frames = [queries.commitments(con, filters) for filters in dict.fromkeys(filter_sets)]
    if not frames:
        return queries.commitments(con, Filters()).iloc[0:0]
    return pd.concat(frames).drop_duplicates("id").reset_index(drop=True)


def build_deck(
    con: duckdb.DuckDBPyConnection,
    items: Sequence[DeckItem],
    lang: str = "ko",
    issued_on: date | None = None,
    title: str = "",
) -> bytes:
    """The briefing deck: cover, one slide per item, the commitments shown with their sources."""
    filter_sets = [item.filters for item in items]
    records = shown_commitments(con, filter_sets)
    dates = sorted(set(pd.to_datetime(records["issue_date"]).dt.date))
    cover = slides.Cover(
        filters=" / ".join(f.describe(lang) for f in dict.fromkeys(filter_sets)) or Filters().describe(lang),
        sources=charts.source_line(dates, lang),
        issued_on=issued_on or date.today(),
        title=title,
        lang=lang,
    )
    chart_slides = [chart_slide(con, item, lang) for item in items]
    # The closing table lists targets, then funding, then achieved figures, each group apart.
    by_kind = records.sort_values("kind", key=lambda k: k.map(charts.KIND_ORDER), kind="stable")
    return slides.build_deck(cover, chart_slides, tables.deck_table(by_kind, lang))


def table_file(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    fmt: str,
    lang: str = "ko",
    issued_on: date | None = None,
) -> bytes:
    """The filtered commitments as CSV or XLSX bytes."""
    return table_bytes(queries.commitments(con, filters), filters, fmt, lang, issued_on)


def table_bytes(
    records: pd.DataFrame,
    filters: Filters,
    fmt: str,
    lang: str = "ko",
    issued_on: date | None = None,
) -> bytes:
    """Commitment rows (as `queries` returns them) as CSV or XLSX; no database needed."""
    frame = tables.table_frame(records, lang)
    if fmt == "csv":
        return tables.to_csv(frame)
    if fmt != "xlsx":
        raise ValueError(f"unsupported table format {fmt!r}; choose csv or xlsx")
    dates = sorted(set(pd.to_datetime(records["issue_date"]).dt.date))
    about = {
        i18n.t("filters", lang): filters.describe(lang),
        i18n.t("source_prefix", lang): charts.source_line(dates, lang),
        tables.header("exported_on", lang): (issued_on or date.today()).isoformat(),
    }
    return tables.to_xlsx(frame, about, lang)


# The export controls' words (the dashboard's own live in dashboard/i18n.py).
WORDS = {
    "image": ("이미지", "Image"),
    "size": ("크기", "Size"),
    "modebar_hint": (
        "차트 오른쪽 위 카메라 아이콘으로도 1920×1080 PNG를 받을 수 있습니다.",
        "The camera icon at the chart's top right also downloads a 1920×1080 PNG.",
    ),
    "add_to_deck": ("브리핑에 추가", "Add to briefing"),
    "added": ("브리핑 슬라이드에 담았습니다 ({n}개)", "Added to the briefing deck ({n} charts)"),
    "csv": ("CSV", "CSV"),
    "xlsx": ("엑셀 (XLSX)", "Excel (XLSX)"),
    "deck_empty": (
        "아직 담은 차트가 없습니다. 각 차트 아래 ‘브리핑에 추가’를 누르세요.",
        "No charts yet: press ‘Add to briefing’ under any chart.",
    ),
    "deck_title": ("표지 제목", "Cover title"),
    "build": ("슬라이드 만들기", "Build the slides"),
    "building": ("슬라이드를 만드는 중…", "Building the slides…"),
    "download_deck": ("PPTX 내려받기", "Download PPTX"),
    "up": ("위로", "Move up"),
    "down": ("아래로", "Move down"),
    "remove": ("빼기", "Remove"),
    "clear": ("모두 비우기", "Remove all"),
    "deck_note": (
        "차트는 PowerPoint에서 편집할 수 있는 차트로, 지도는 그림으로 들어갑니다. "
        "각 슬라이드에 출처가, 슬라이드 노트에 근거 문장이 들어갑니다.",
        "Charts become editable PowerPoint charts, the map a picture; each slide carries "
        "its source and its sentences in the notes.",
    ),
}


def word(key: str, lang: str = "ko", **values: object) -> str:
    ko, en = WORDS[key]
    text = en if lang == "en" else ko
    return text.format(**values) if values else text
