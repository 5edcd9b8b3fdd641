"""Briefing exports: a chart as PNG/SVG, charts as a PowerPoint deck, commitments as CSV/XLSX.

Everything starts from the registry the pages draw from (`dashboard.charts.render`,
`chart_meta`, `dashboard.queries`), so an export says exactly what the screen says.
The page buttons, the deck page and the command line all call these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import duckdb
import pandas as pd
import plotly.graph_objects as go

from dashboard import charts, i18n, queries
from dashboard.export import images, slides, tables
from dashboard.filters import Filters

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


# A deck page's preview of a slide: the chart as its PNG export draws it, small.
THUMBNAIL = images.SlideSize(480, 270, "thumbnail")


def chart_slide(
    con: duckdb.DuckDBPyConnection, item: DeckItem, lang: str = "ko", *, cover_filters: Filters | None = None
) -> slides.ChartSlide:
    """One chart as a slide; its subtitle names its filters unless the cover already states them."""
    spec = charts.CHARTS[item.name]
    figure, frame = charts.render(con, item.name, item.filters, lang)
    empty = charts.is_empty(frame)
    meta = charts.chart_meta(con, spec, item.filters, lang, frame)
    if item.filters == cover_filters:
        meta = replace(meta, subtitle="")
    return slides.ChartSlide(
        kind=spec.kind,
        frame=frame.iloc[0:0] if empty else frame,
        meta=meta,
        sentences=tuple(contributing_sentences(con, item.filters, frame, lang)),
        picture=None if empty or spec.kind in slides.NATIVE_CHART_TYPES else slide_picture(figure),
    )


def single_category(name: str, frame: pd.DataFrame) -> bool:
    """A bar or timeline chart left with one category (one province chosen, one sector): one bar
    says nothing a sentence would not, so the deck leaves it out. A map keeps its place."""
    if charts.CHARTS[name].kind == "map" or charts.is_empty(frame):
        return False
    return charts.single_category(frame)


def left_out(con: duckdb.DuckDBPyConnection, items: Sequence[DeckItem], lang: str = "ko") -> list[DeckItem]:
    """The items a deck leaves out: charts with a single category under their filters."""
    return [
        item
        for item in items
        if single_category(item.name, charts.render(con, item.name, item.filters, lang)[1])
    ]


def slide_thumbnail(con: duckdb.DuckDBPyConnection, item: DeckItem, lang: str = "ko") -> bytes:
    """A small PNG of the chart a slide holds, for the deck page's preview."""
    figure, _ = charts.render(con, item.name, item.filters, lang)
    return images.export_image(figure, "png", THUMBNAIL)


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
    font: str = slides.DECK_FONT,
) -> bytes:
    """The briefing deck: cover, one slide per item (but those with a single category), the
    commitments shown with their sources, in `font`."""
    skipped = left_out(con, items, lang)
    items = [item for item in items if item not in skipped]
    filter_sets = list(dict.fromkeys(item.filters for item in items)) or [Filters()]
    records = shown_commitments(con, filter_sets)
    dates = sorted(set(pd.to_datetime(records["issue_date"]).dt.date))
    # The filters are said once: on the cover when every chart shares them (the slides then
    # leave them out), else on each slide, the cover listing every set once.
    shared = filter_sets[0] if len(filter_sets) == 1 else None
    cover = slides.Cover(
        filters=tuple(f.describe(lang) for f in filter_sets),
        sources=charts.source_line(dates, lang),
        issued_on=issued_on or date.today(),
        title=title,
        lang=lang,
        font=font,
    )
    chart_slides = [chart_slide(con, item, lang, cover_filters=shared) for item in items]
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
