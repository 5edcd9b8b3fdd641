"""The dashboard's charts: a registry of `ChartSpec`s (dashboard/chartspec.py) and pure builders.

Each spec turns (connection, filters, language) into a tidy frame — category, series,
value — and each builder turns that frame and a `ChartMeta` into a slide-ready Plotly
figure: title, subtitle (the filters in words), unit in the axis title, a footer naming
the bulletins behind the data, and the project's Korean font. Value charts show one
unit at a time and never add values together; everything else counts commitments.
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from dashboard import formatting, i18n, queries
from dashboard.chartspec import FONT_FAMILY, ChartMeta, ChartSpec
from dashboard.filters import Filters

GEOJSON_FILE = Path(__file__).resolve().parent / "assets" / "china_provinces.geojson"
TIDY_COLUMNS = ["category", "series", "value"]
# 24 distinct colours (Plotly's Dark24), so the 20 sectors never share one within a chart.
COLORWAY = qualitative.Dark24
# Units a value chart prefers when the filters do not pick one, in order.
PREFERRED_UNITS = ("CNY", "count", "people", "percent")
TOP_VALUES = 15


# 1. Tidy data for each chart -------------------------------------------------------------


def _tidy(rows: list[dict] | pd.DataFrame, extra: list[str] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=TIDY_COLUMNS + (extra or []))
    frame["value"] = pd.to_numeric(frame["value"]).astype(float)
    return frame


def _year_label(year: object, lang: str) -> str:
    return i18n.t("no_year", lang) if pd.isna(year) else str(int(year))


def by_year_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per target year, stacked by sector; years in order, those without last."""
    counts = queries.count_by(con, filters, "target_year", "sector")
    counts = counts.sort_values(["key", "n"], ascending=[True, False], na_position="last")
    rows = [
        {"category": _year_label(r.key, lang), "series": i18n.sector_label(r.series, lang), "value": r.n}
        for r in counts.itertuples()
    ]
    return _tidy(rows)


def by_region_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per region (provinces, economic regions and the centre), most first."""
    counts = queries.count_by(con, filters, "region")
    rows = [
        {"category": i18n.region_label(r.key, lang), "series": None, "value": r.n, "region": r.key}
        for r in counts.itertuples()
    ]
    return _tidy(rows, ["region"])


def by_sector_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    counts = queries.count_by(con, filters, "sector")
    rows = [
        {"category": i18n.sector_label(r.key, lang), "series": None, "value": r.n, "sector": r.key}
        for r in counts.itertuples()
    ]
    return _tidy(rows, ["sector"])


def sector_kind_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per sector, split into targets, funding and actual figures."""
    counts = queries.count_by(con, filters, "sector", "kind")
    order = counts.groupby("key")["n"].sum().sort_values(ascending=False).index
    counts = counts.set_index("key").loc[order].reset_index()
    rows = [
        {"category": i18n.sector_label(r.key, lang), "series": i18n.kind_label(r.series, lang), "value": r.n}
        for r in counts.itertuples()
    ]
    return _tidy(rows)


@cache
def province_geojson() -> dict:
    """The shipped province outlines (dashboard/assets/README.md), keyed by English name."""
    return json.loads(GEOJSON_FILE.read_text(encoding="utf-8"))


def province_names() -> list[str]:
    return [feature["id"] for feature in province_geojson()["features"]]


def province_map_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per province-level unit, every province listed (0 where none)."""
    counts = queries.count_by(con, filters, "region").set_index("key")["n"]
    rows = [
        {
            "category": i18n.region_label(name, lang),
            "series": None,
            "value": counts.get(name, 0),
            "region": name,
        }
        for name in province_names()
    ]
    frame = _tidy(rows, ["region"])
    return frame.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)


def value_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> str | None:
    """The one unit a value chart shows: the filter's, if it names exactly one, else the most usual."""
    if len(filters.units) == 1:
        return filters.units[0]
    counts = queries.count_by(con, filters, "unit")
    if counts.empty:
        return None
    present = list(counts["key"])
    return next((u for u in PREFERRED_UNITS if u in present), present[0])


def top_values_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """The largest commitments in one unit, each its own bar, scaled to a readable axis unit."""
    unit = value_unit(con, filters)
    if unit is None:
        return _tidy([], ["id", "value_text"])
    records = queries.largest_values(con, filters, unit, TOP_VALUES)
    divisor, axis_unit = formatting.axis_scale(unit, records["value"].max(), lang)
    rows = [
        {
            "category": _value_category(r, lang),
            "series": i18n.sector_label(r.sector, lang),
            "value": r.value / divisor,
            "id": r.id,
            "value_text": r.value_text,
        }
        for r in records.itertuples()
    ]
    frame = _tidy(rows, ["id", "value_text"])
    frame = _unique_categories(frame)
    left_out = int(queries.count_by(con, filters, "unit").query("key != @unit")["n"].sum())
    frame.attrs["unit_label"] = f"{i18n.t('value', lang)} ({axis_unit})"
    if left_out:
        frame.attrs["note"] = i18n.t("other_units_note", lang, unit=i18n.unit_name(unit, lang), n=left_out)
    return frame


def _value_category(record: object, lang: str) -> str:
    subject = (record.subject_en if lang == "en" and record.subject_en else record.subject_ko) or ""
    year = "" if pd.isna(record.target_year) else f" {int(record.target_year)}"
    return f"{subject} ({i18n.region_label(record.region, lang)}{year})"


def _unique_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Two commitments with the same subject, place and year still get a bar each."""
    seen = frame.groupby("category").cumcount()
    frame["category"] = [
        c if n == 0 else f"{c} [{n + 1}]" for c, n in zip(frame["category"], seen, strict=True)
    ]
    return frame


def _timeline_data(group: str):
    label = i18n.region_label if group == "region" else i18n.sector_label

    def data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
        """Targets falling due per year, per group, with the earliest plan start of the group."""
        rows = queries.timeline(con, filters, group)
        tidy = [
            {
                "category": label(r.key, lang),
                "series": str(int(r.target_year)),
                "value": r.n,
                "target_year": int(r.target_year),
                "plan_start": None if pd.isna(r.plan_start) else int(r.plan_start),
            }
            for r in rows.itertuples()
        ]
        return _tidy(tidy, ["target_year", "plan_start"])

    return data


# 2. Figure builders ---------------------------------------------------------------------


def _escape(text: str) -> str:
    """Plotly reads a subset of HTML in its text; data and filter words are shown as text."""
    return html.escape(text, quote=False)


def _slide_layout(figure: go.Figure, meta: ChartMeta) -> go.Figure:
    """Title, subtitle, footer source line and note, font: what makes a chart slide-ready."""
    # The source on two lines (publisher, then bulletins) so it fits a half-width chart too.
    source = _escape(meta.source).replace(", ", ",<br>", 1)
    footer = source + (f"<br>{_escape(meta.note)}" if meta.note else "")
    figure.update_layout(
        title={
            "text": f"<b>{_escape(meta.title)}</b>",
            "subtitle": {"text": _escape(meta.subtitle)},
            "x": 0.01,
            "xanchor": "left",
        },
        font={"family": FONT_FAMILY, "size": 14, "color": "#222"},
        colorway=COLORWAY,
        margin={"l": 20, "r": 20, "t": 90, "b": 120},
        plot_bgcolor="white",
        paper_bgcolor="white",
        # At the right, top-aligned: a long legend (20 sectors) then never covers the title.
        legend={"orientation": "v", "yanchor": "top", "y": 1, "x": 1.01, "title": None},
        annotations=[
            {
                "text": footer,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "yshift": -62,
                "xanchor": "left",
                "yanchor": "top",
                "align": "left",
                "showarrow": False,
                "font": {"size": 11, "color": "#555"},
            }
        ],
    )
    return figure


def is_empty(frame: pd.DataFrame) -> bool:
    return frame.empty or float(frame["value"].sum()) == 0


def _empty_figure(meta: ChartMeta) -> go.Figure:
    figure = _slide_layout(go.Figure(), meta)
    figure.add_annotation(
        text=_escape(i18n.t("empty", meta.lang)),
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        font={"size": 16, "color": "#777"},
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


def _hover_value(meta: ChartMeta) -> str:
    return "%{y}: %{x:,.4~g} " + _escape(meta.unit_label)


def build_bar(frame: pd.DataFrame, meta: ChartMeta, horizontal: bool = False) -> go.Figure:
    """Bars, one per category; several series are stacked (counts only add up within one unit)."""
    if is_empty(frame):
        return _empty_figure(meta)
    figure = go.Figure()
    categories = list(dict.fromkeys(frame["category"]))
    for series, part in frame.groupby("series", sort=False, dropna=False):
        name = None if pd.isna(series) else str(series)
        x, y = (part["value"], part["category"]) if horizontal else (part["category"], part["value"])
        figure.add_bar(
            x=x, y=y, name=name, orientation="h" if horizontal else "v", showlegend=name is not None
        )
    _slide_layout(figure, meta)
    value_axis = {"title": {"text": _escape(meta.unit_label)}, "gridcolor": "#e5e5e5", "rangemode": "tozero"}
    category_axis = {"categoryorder": "array", "categoryarray": categories, "type": "category"}
    if horizontal:
        category_axis["autorange"] = "reversed"
        figure.update_layout(xaxis=value_axis, yaxis=category_axis, barmode="stack")
        figure.update_layout(height=max(420, 140 + 28 * len(categories)))
    else:
        figure.update_layout(xaxis=category_axis, yaxis=value_axis, barmode="stack")
    return figure


def build_barh(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    return build_bar(frame, meta, horizontal=True)


def build_map(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    """Provinces coloured by count on a tile-less map: nothing is fetched from the network."""
    if is_empty(frame):
        return _empty_figure(meta)
    figure = go.Figure(
        go.Choroplethmap(
            geojson=province_geojson(),
            featureidkey="id",
            locations=frame["region"],
            z=frame["value"],
            zmin=0,
            text=[_escape(c) for c in frame["category"]],
            hovertemplate="%{text}: %{z:,} " + _escape(meta.unit_label) + "<extra></extra>",
            colorscale=[[0, "#f2f5f9"], [0.0001, "#cfe0f3"], [1, "#08306b"]],
            marker={"line": {"color": "#8a8a8a", "width": 0.6}},
            colorbar={"title": {"text": _escape(meta.unit_label)}, "thickness": 14},
        )
    )
    _slide_layout(figure, meta)
    # Mainland China (18–54°N, 73–135°E) fits a half-width chart at this zoom; users can zoom in.
    figure.update_layout(
        map={"style": "white-bg", "center": {"lat": 37.5, "lon": 104.5}, "zoom": 2.2}, height=520
    )
    return figure


def build_timeline(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    """Target years on a time axis, a row per group: dots sized by count, the plan span as a line."""
    if is_empty(frame):
        return _empty_figure(meta)
    figure = go.Figure()
    groups = list(dict.fromkeys(frame["category"]))
    for group in groups:
        part = frame[frame["category"] == group]
        start = part["plan_start"].dropna().min()
        first = part["target_year"].min() if pd.isna(start) else min(start, part["target_year"].min())
        figure.add_scatter(
            x=[first, part["target_year"].max()], y=[group, group], mode="lines",
            line={"color": "#c7d3e3", "width": 6}, hoverinfo="skip", showlegend=False,
        )  # fmt: skip
    size = 10 + 26 * (frame["value"] / frame["value"].max()) ** 0.5
    figure.add_scatter(
        x=frame["target_year"],
        y=frame["category"],
        mode="markers+text",
        marker={"size": size, "color": COLORWAY[0]},
        text=frame["value"].astype(int).astype(str),
        textposition="middle right",
        hovertemplate="%{y} · %{x}: %{text} " + _escape(meta.unit_label) + "<extra></extra>",
        showlegend=False,
    )
    _slide_layout(figure, meta)
    figure.update_layout(
        xaxis={
            "title": {"text": _escape(i18n.t("target_year", meta.lang))},
            "dtick": 1,
            "gridcolor": "#e5e5e5",
        },
        yaxis={
            "categoryorder": "array",
            "categoryarray": groups,
            "autorange": "reversed",
            "type": "category",
        },
        height=max(420, 140 + 34 * len(groups)),
    )
    return figure


# 3. Registry, titles and sources --------------------------------------------------------

_SPECS = (
    ChartSpec("by_year", "stacked_bar", by_year_data, build_bar),
    ChartSpec("by_province", "barh", by_region_data, build_barh),
    ChartSpec("by_sector", "barh", by_sector_data, build_barh),
    ChartSpec("province_map", "map", province_map_data, build_map),
    ChartSpec("sector_kind", "stacked_bar", sector_kind_data, build_bar),
    ChartSpec("top_values", "barh", top_values_data, build_barh),
    ChartSpec("timeline_province", "timeline", _timeline_data("region"), build_timeline),
    ChartSpec("timeline_sector", "timeline", _timeline_data("sector"), build_timeline),
)  # fmt: skip
CHARTS: dict[str, ChartSpec] = {spec.name: spec for spec in _SPECS}


def source_line(dates: list, lang: str = "ko") -> str:
    """ "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.7 외 4건" (the newest named)."""
    text = f"{i18n.t('source_prefix', lang)}: {i18n.t('publisher', lang)}, {i18n.t('bulletin_title', lang)}"
    if not dates:
        return text
    newest = max(dates)
    text += f" {newest.year}.{newest.month}.{newest.day}"
    if len(dates) > 1:
        text += " " + i18n.t("source_more", lang, n=len(dates) - 1)
    return text


def chart_meta(
    con: duckdb.DuckDBPyConnection,
    spec: ChartSpec,
    filters: Filters,
    lang: str = "ko",
    frame: pd.DataFrame | None = None,
) -> ChartMeta:
    """Title, subtitle (the filters in words), source (the bulletins behind the data), axis unit."""
    if frame is None:
        frame = spec.data(con, filters, lang)
    notes = [frame.attrs.get("note", "")]
    if spec.kind == "map":
        notes.append(i18n.t("map_note", lang))
    return ChartMeta(
        title=spec.title(lang),
        subtitle=filters.describe(lang),
        source=source_line(queries.bulletin_dates(con, filters), lang),
        unit_label=frame.attrs.get("unit_label", i18n.t("count_axis", lang)),
        note=" · ".join(n for n in notes if n),
        lang=lang,
    )


def render(
    con: duckdb.DuckDBPyConnection, name: str, filters: Filters, lang: str = "ko"
) -> tuple[go.Figure, pd.DataFrame]:
    """The figure a page shows, an image exports and a slide rebuilds, with its tidy data."""
    spec = CHARTS[name]
    frame = spec.data(con, filters, lang)
    return spec.build(frame, chart_meta(con, spec, filters, lang, frame)), frame
