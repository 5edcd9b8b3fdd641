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
import math
from dataclasses import replace
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from dashboard import formatting, i18n, palette, queries
from dashboard.chartspec import FONT_FAMILY, ChartMeta, ChartSpec, series_order
from dashboard.filters import KINDS, Filters
from etl import gazetteer

GEOJSON_FILE = Path(__file__).resolve().parent / "assets" / "china_provinces.geojson"
TIDY_COLUMNS = ["category", "series", "value"]
# Series without a colour of their own (dashboard/palette.py gives sectors and kinds theirs).
COLORWAY = palette.SECTOR_SEQUENCE
# Pixels below the plot area: tick labels and the axis title (FOOTER_SHIFT), then the source line.
FOOTER_SHIFT = 68
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


def counted_filters(filters: Filters) -> Filters:
    """What a chart of "목표 수" counts: targets only, unless the kind filter names the kinds."""
    return filters if filters.kinds else replace(filters, kinds=("target",))


def _left_out_note(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> str:
    """ "목표만 셈 (제외: 지원·투자 3건, 실적 1건)" when a targets-only chart leaves other kinds out."""
    if filters.kinds:
        return ""
    counts = queries.count_by(con, filters, "kind").set_index("key")["n"]
    parts = [
        f"{i18n.kind_label(k, lang)} {i18n.t('rows_shown', lang, n=int(counts[k]))}"
        for k in ("funding", "actual")
        if k in counts.index
    ]
    return i18n.t("targets_only_note", lang, kinds=", ".join(parts)) if parts else ""


def _count_targets(frame: pd.DataFrame, con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> None:
    """Mark a frame that counts `counted_filters` kinds: the note says what it left out, and the
    kinds counted narrow the sentences a slide's notes give (dashboard/export)."""
    frame.attrs["note"] = _left_out_note(con, filters, lang)
    frame.attrs["kinds"] = counted_filters(filters).kinds


def by_year_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Targets per target year, stacked by sector; years in order, those without last."""
    counts = queries.count_by(con, counted_filters(filters), "target_year", "sector")
    # Series in the taxonomy's order, so the legend reads the same in every chart and filter.
    taxonomy = {sector: i for i, sector in enumerate(palette.sector_colours())}
    counts = counts.assign(order=counts["series"].map(taxonomy))
    counts = counts.sort_values(["key", "order"], na_position="last")
    rows = [
        {
            "category": _year_label(r.key, lang),
            "series": i18n.sector_label(r.series, lang),
            "value": r.n,
            "colour": palette.sector_colour(r.series),
            "series_rank": r.order,
        }
        for r in counts.itertuples()
    ]
    frame = _tidy(rows, ["colour", "series_rank"])
    _count_targets(frame, con, filters, lang)
    return frame


def _one_province(filters: Filters) -> str | None:
    """The province a region chart drills into: exactly one province-level unit chosen."""
    if len(filters.provinces) == 1 and filters.provinces[0] in province_names():
        return filters.provinces[0]
    return None


def by_region_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per region (provinces, economic regions and the centre), most first, split into
    targets, funding and actual figures; with one province chosen, per city of that province."""
    province = _one_province(filters)
    # A record of the province with no city: "" (the province-wide bar).
    counts = queries.count_by(con, filters, "city", "kind").fillna({"key": ""}) if province else None
    if counts is None or not counts["key"].astype(bool).any():
        province, counts = None, queries.count_by(con, filters, "region", "kind")  # no city to go down to
    rows = [
        {
            "category": _place_label(r.key, province, lang),
            "series": i18n.kind_label(r.series, lang),
            "value": r.n,
            "colour": palette.kind_colour(r.series),
            "kind": r.series,
            # The region a click chooses: the province itself when the chart shows its cities.
            "region": province or r.key,
        }
        for r in _by_total_then_kind(counts).itertuples()
    ]
    frame = _tidy(rows, ["colour", "kind", "region"])
    if province:
        frame.attrs["title"] = i18n.t("by_city_title", lang, province=i18n.region_label(province, lang))
    return frame


def _place_label(key: object, province: str | None, lang: str) -> str:
    if province and not key:
        return i18n.t("province_wide", lang)
    return i18n.region_label(str(key), lang)


# Targets, funding, achieved figures: the order of every kind split, legend and table.
KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


def _by_total_then_kind(counts: pd.DataFrame) -> pd.DataFrame:
    """Counts (key, series = kind, n): the largest key first, its kinds in KIND_ORDER."""
    totals = counts.groupby("key")["n"].sum().sort_values(ascending=False, kind="stable")
    rank = {key: i for i, key in enumerate(totals.index)}
    ranked = counts.assign(rank=counts["key"].map(rank), kind_rank=counts["series"].map(KIND_ORDER))
    return ranked.sort_values(["rank", "kind_rank"])


def by_sector_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Targets per sector, each bar in its sector's colour; with one sector chosen, that sector's
    commitments per kind (targets, funding, actual figures) instead of a single bar."""
    if len(filters.sectors) == 1:
        return _kinds_of_one_sector(con, filters, lang)
    counts = queries.count_by(con, counted_filters(filters), "sector")
    frame = _coloured_bars(counts, "sector", lang)
    _count_targets(frame, con, filters, lang)
    return frame


def _coloured_bars(counts: pd.DataFrame, dimension: str, lang: str) -> pd.DataFrame:
    """One series of bars (counts: key, n), each a sector or a kind in its palette colour."""
    label, colour = {
        "sector": (i18n.sector_label, palette.sector_colour),
        "kind": (i18n.kind_label, palette.kind_colour),
    }[dimension]
    rows = [
        {
            "category": label(r.key, lang),
            "series": None,
            "value": r.n,
            dimension: r.key,
            "colour": colour(r.key),
        }
        for r in counts.itertuples()
    ]
    return _tidy(rows, [dimension, "colour"])


def _kinds_of_one_sector(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    counts = queries.count_by(con, filters, "kind")
    counts = counts.assign(kind_rank=counts["key"].map(KIND_ORDER)).sort_values("kind_rank")
    frame = _coloured_bars(counts, "kind", lang)
    frame.attrs["title"] = i18n.t(
        "one_sector_title", lang, sector=i18n.sector_label(filters.sectors[0], lang)
    )
    return frame


def sector_kind_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Commitments per sector, split into targets, funding and actual figures."""
    counts = _by_total_then_kind(queries.count_by(con, filters, "sector", "kind"))
    rows = [
        {
            "category": i18n.sector_label(r.key, lang),
            "series": i18n.kind_label(r.series, lang),
            "value": r.n,
            "colour": palette.kind_colour(r.series),
            "kind": r.series,
        }
        for r in counts.itertuples()
    ]
    return _tidy(rows, ["colour", "kind"])


@cache
def province_geojson() -> dict:
    """The shipped province outlines (dashboard/assets/README.md), keyed by English name."""
    return json.loads(GEOJSON_FILE.read_text(encoding="utf-8"))


def province_names() -> list[str]:
    return [feature["id"] for feature in province_geojson()["features"]]


def province_map_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """Targets per province-level unit, every province listed (0 where none)."""
    counts = queries.count_by(con, counted_filters(filters), "region").set_index("key")["n"]
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
    frame = frame.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)
    _count_targets(frame, con, filters, lang)
    return frame


def value_unit(con: duckdb.DuckDBPyConnection, filters: Filters) -> str | None:
    """The one unit a value chart shows: the filter's, if it names exactly one, else the most usual."""
    if len(filters.units) == 1:
        return filters.units[0]
    counts = queries.count_by(con, filters, "unit")
    if counts.empty:
        return None
    present = list(counts["key"])
    return next((u for u in PREFERRED_UNITS if u in present), present[0])


def _forward_looking(filters: Filters) -> Filters:
    """Targets and funding: an achieved figure is never listed among the largest commitments."""
    kinds = tuple(k for k in (filters.kinds or KINDS) if k != "actual")
    return replace(filters, kinds=kinds or ("none",))


def top_values_data(con: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> pd.DataFrame:
    """The largest targets and funding pledges in one unit, each its own bar coloured by kind,
    scaled to a readable axis unit; achieved figures are left out (and counted in the note)."""
    unit = value_unit(con, filters)
    if unit is None:
        return _tidy([], ["id", "value_text", "colour", "kind"])
    records = queries.largest_values(con, _forward_looking(filters), unit, TOP_VALUES)
    if records.empty:
        return _tidy([], ["id", "value_text", "colour", "kind"])
    divisor, axis_unit = formatting.axis_scale(unit, records["value"].max(), lang)
    rows = [
        {
            "category": _value_category(r, lang),
            "series": i18n.kind_label(r.kind, lang),
            "value": r.value / divisor,
            "id": r.id,
            "value_text": r.value_text,
            "colour": palette.kind_colour(r.kind),
            "kind": r.kind,
        }
        for r in records.itertuples()
    ]
    frame = _tidy(rows, ["id", "value_text", "colour", "kind"])
    frame = _unique_categories(frame)
    frame.attrs["unit_label"] = f"{i18n.t('value', lang)} ({axis_unit})"
    frame.attrs["money"] = unit == "CNY"
    notes = []
    left_out = int(queries.count_by(con, filters, "unit").query("key != @unit")["n"].sum())
    if left_out:
        notes.append(i18n.t("other_units_note", lang, unit=i18n.unit_name(unit, lang), n=left_out))
    actuals = int(
        queries.count_by(con, replace(filters, units=(unit,)), "kind").query("key == 'actual'")["n"].sum()
    )
    if actuals:
        notes.append(i18n.t("actuals_left_out_note", lang, n=actuals))
    frame.attrs["note"] = " · ".join(notes)
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
        rows = queries.timeline(con, counted_filters(filters), group)
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
        frame = _tidy(tidy, ["target_year", "plan_start"])
        _count_targets(frame, con, filters, lang)
        return frame

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
        # The bottom holds tick labels, the axis title and three footer lines; automargin on the
        # axes widens the left for long category names, so no title sits on its tick labels.
        margin={"l": 20, "r": 20, "t": 90, "b": FOOTER_SHIFT + 62},
        plot_bgcolor="white",
        paper_bgcolor="white",
        # At the right, top-aligned, small type: 15+ sectors fit without scrolling at slide size.
        legend={
            "orientation": "v",
            "yanchor": "top",
            "y": 1,
            "x": 1.01,
            "title": None,
            "font": {"size": 12},
            "tracegroupgap": 2,
            # Plotly lists stacked series bottom-up by default; a reader expects the frame's order.
            "traceorder": "normal",
        },
        annotations=[
            {
                "name": FOOTER,
                "text": footer,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "yshift": -FOOTER_SHIFT,
                "xanchor": "left",
                "yanchor": "top",
                "align": "left",
                "showarrow": False,
                "font": {"size": 11, "color": "#555"},
            }
        ],
    )
    return figure


FOOTER = "footer"


def for_screen(figure: go.Figure) -> go.Figure:
    """The page's version of a slide figure: the legend under the plot (it wraps at any width,
    a phone's too) and no footer in the figure: the page prints the source line as text under
    it, where it wraps instead of being clipped."""
    screen = go.Figure(figure)
    screen.layout.annotations = [a for a in screen.layout.annotations if a.name != FOOTER]
    # Room under the axis title for the legend: about four entries a row on a phone.
    entries = sum(1 for t in screen.data if t.showlegend is not False and t.name)
    legend_height = 22 * (entries + 3) // 4
    screen.update_layout(
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "x": 0,
            "xanchor": "left",
            "traceorder": "normal",
        },
        margin={"b": 40 + legend_height, "r": 10},
    )
    if screen.layout.height:
        screen.update_layout(height=screen.layout.height + legend_height)
    return screen


def is_empty(frame: pd.DataFrame) -> bool:
    return frame.empty or float(frame["value"].sum()) == 0


def single_category(frame: pd.DataFrame) -> bool:
    """A chart left with one bar by the filters says so (a deck may leave it out)."""
    shown = frame.loc[frame["value"] > 0, "category"] if not frame.empty else frame["category"]
    return shown.nunique() == 1


def empty_words(frame: pd.DataFrame, lang: str) -> str:
    """Why a chart is empty: nothing matches, or (a targets-only chart) nothing of the kinds it
    counts, while its note says what matched and was left out (지원·투자 2건)."""
    if note := frame.attrs.get("note"):
        return f"{i18n.t('nothing_counted', lang)} — {note}"
    return i18n.t("empty", lang)


def _empty_figure(meta: ChartMeta, frame: pd.DataFrame) -> go.Figure:
    figure = _slide_layout(go.Figure(), meta)
    figure.add_annotation(
        text=_escape(empty_words(frame, meta.lang)),
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
    """Bars, one per category; several series are stacked (counts only add up within one unit).
    Sectors and kinds keep their palette colour; an achieved figure's bar is hatched."""
    if is_empty(frame):
        return _empty_figure(meta, frame)
    figure = go.Figure()
    categories = list(dict.fromkeys(frame["category"]))
    for series in series_order(frame):
        part = frame[frame["series"].isna()] if pd.isna(series) else frame[frame["series"] == series]
        name = None if pd.isna(series) else str(series)
        x, y = (part["value"], part["category"]) if horizontal else (part["category"], part["value"])
        figure.add_bar(
            x=x, y=y, name=name, orientation="h" if horizontal else "v", showlegend=name is not None,
            marker=_bar_marker(part),
            # What a click on the bar chooses (the Regions page): the region, whatever the order.
            customdata=part["region"] if "region" in part.columns else None,
        )  # fmt: skip
    _slide_layout(figure, meta)
    value_axis = {
        "title": {"text": _escape(meta.unit_label), "standoff": 8},
        "gridcolor": palette.GRID,
        "rangemode": "tozero",
        "automargin": True,
        **_value_ticks(frame),
    }
    category_axis = {
        "categoryorder": "array",
        "categoryarray": categories,
        "type": "category",
        "automargin": True,
        # Never rotated: a rotated label would run into the source line; plotly thins evenly instead.
        "tickangle": 0,
    }
    if horizontal:
        category_axis["autorange"] = "reversed"
        figure.update_layout(xaxis=value_axis, yaxis=category_axis, barmode="stack")
        figure.update_layout(height=max(420, 160 + 28 * len(categories)))
    else:
        figure.update_layout(xaxis=category_axis, yaxis=value_axis, barmode="stack")
    return figure


def _bar_marker(part: pd.DataFrame) -> dict:
    marker: dict = {}
    if "colour" in part.columns:
        colours = list(part["colour"])
        marker["color"] = colours[0] if len(set(colours)) == 1 else colours
    if "kind" in part.columns and (part["kind"] == "actual").any():
        marker["pattern"] = {
            "shape": [palette.ACTUAL_PATTERN if k == "actual" else "" for k in part["kind"]],
            # White stripes over the bar's grey, so the bar keeps its colour in every renderer.
            "fillmode": "overlay",
            "fgcolor": "#FFFFFF",
            "fgopacity": 0.8,
        }
    return marker


def _value_ticks(frame: pd.DataFrame) -> dict:
    """Whole-number ticks on a count axis; Korean/English money units on a value axis."""
    if "unit_label" in frame.attrs:
        return formatting.money_ticks()
    largest = frame.groupby("category")["value"].sum().max()
    return formatting.count_ticks(float(largest))


def build_barh(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    return build_bar(frame, meta, horizontal=True)


def _mercator(lat: float) -> float:
    """Web Mercator's y in degrees, so the provinces keep the shape readers know."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


@cache
def _province_outlines() -> dict[str, tuple[list, list]]:
    """Province → (x, y) of its rings, projected, rings separated by None (one filled trace each)."""
    outlines = {}
    for feature in province_geojson()["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        xs: list = []
        ys: list = []
        for polygon in polygons:
            for ring in polygon:
                xs += [point[0] for point in ring] + [None]
                ys += [_mercator(point[1]) for point in ring] + [None]
        outlines[feature["id"]] = (xs, ys)
    return outlines


# Names moved off the centroid where two neighbours would print over each other.
_LABEL_POSITION = {
    "Beijing": "top left",
    "Hebei": "bottom left",
    "Shanghai": "middle right",
    "Jiangsu": "top left",
    "Chongqing": "bottom right",
    "Ningxia": "top left",
    "Shanxi": "bottom left",
}
# Too small to carry a label of their own on a country-wide map (named when they have commitments).
_SMALL_UNITS = ("Hong Kong", "Macao", "Tianjin")


def build_map(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    """Provinces coloured by count, each named, with the colour scale beside the map. Drawn as
    plain filled shapes on hidden axes: pure SVG, so nothing is fetched from the network (no
    tiles, no glyphs, no topojson), the names use the project's font and exports look the same."""
    if is_empty(frame):
        return _empty_figure(meta, frame)
    figure = go.Figure()
    largest = float(frame["value"].max())
    scale = [[0, palette.MAP_SCALE[0]], [0.0001, palette.MAP_SCALE[1]], [1, palette.MAP_SCALE[2]]]
    outlines = _province_outlines()
    for row in frame.itertuples():
        xs, ys = outlines[row.region]
        figure.add_scatter(
            x=xs, y=ys, mode="lines", fill="toself", line={"color": "#8A8A8A", "width": 0.6},
            fillcolor=sample_colorscale(scale, row.value / largest)[0], hoveron="fills",
            name=_escape(row.category), text=f"{_escape(row.category)}: {row.value:,.0f} {_escape(meta.unit_label)}",
            hoverinfo="text", showlegend=False,
        )  # fmt: skip
    places = {p.name_en: p for p in gazetteer.provinces()}
    shown = frame[~frame["region"].isin(_SMALL_UNITS) | (frame["value"] > 0)]
    # One point per province at its centroid: its name, and what a click on the map chooses.
    figure.add_scatter(
        x=[places[r].lon for r in shown["region"]],
        y=[_mercator(places[r].lat) for r in shown["region"]],
        mode="markers+text",
        text=[_map_name(r, places[r], meta.lang) for r in shown["region"]],
        textposition=[_LABEL_POSITION.get(r, "middle center") for r in shown["region"]],
        # Dark names with a white halo: readable on the palest and the darkest fill alike.
        textfont={"size": 11, "color": "#222222", "shadow": "0 0 3px #FFFFFF, 0 0 2px #FFFFFF"},
        marker={
            "size": 10, "opacity": 0, "color": shown["value"], "colorscale": scale, "cmin": 0, "cmax": largest,
            "showscale": True,
            # Under the map, centred like it, so it stays next to the map at any width.
            "colorbar": {"title": {"text": _escape(meta.unit_label), "side": "top"}, "orientation": "h",
                         "thickness": 12, "len": 0.35, "x": 0.5, "xanchor": "center", "y": 0.0,
                         "yanchor": "bottom", **formatting.count_ticks(largest)},
        },
        customdata=shown["region"],
        hovertemplate="%{text}: %{marker.color:,} " + _escape(meta.unit_label) + "<extra></extra>",
        showlegend=False,
    )  # fmt: skip
    _slide_layout(figure, meta)
    hidden = {"visible": False, "fixedrange": False}
    # Mainland China and its islands (73–135°E, 18–54°N), the same shape at every width.
    figure.update_layout(
        xaxis={**hidden, "range": [73, 136]},
        # From 8°N: the band under Hainan holds the colour scale.
        yaxis={**hidden, "range": [_mercator(8), _mercator(54)], "scaleanchor": "x", "scaleratio": 1},
        height=560,
    )
    return figure


def _map_name(region: str, place, lang: str) -> str:
    """A short name on the map: 광둥, 베이징 (the tables use the full "광둥성 (广东)")."""
    return place.name_ko if lang == "ko" else region


def build_timeline(frame: pd.DataFrame, meta: ChartMeta) -> go.Figure:
    """Target years on a time axis, a row per group: dots sized by count, the plan span as a line."""
    if is_empty(frame):
        return _empty_figure(meta, frame)
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
        marker={"size": size, "color": palette.NEUTRAL},
        text=frame["value"].astype(int).astype(str),
        textposition="middle right",
        hovertemplate="%{y} · %{x}: %{text} " + _escape(meta.unit_label) + "<extra></extra>",
        showlegend=False,
    )
    _slide_layout(figure, meta)
    figure.update_layout(
        xaxis={
            "title": {"text": _escape(i18n.t("target_year", meta.lang))},
            # Every year when they fit, else every second or fifth: thinned evenly, never rotated.
            "tick0": int(frame["target_year"].min()),
            "dtick": formatting.whole_step(frame["target_year"].max() - frame["target_year"].min(), 10),
            "tickformat": "d",
            "tickangle": 0,
            "automargin": True,
            "gridcolor": palette.GRID,
        },
        yaxis={
            "categoryorder": "array",
            "categoryarray": groups,
            "autorange": "reversed",
            "type": "category",
            "automargin": True,
        },
        height=max(420, 160 + 34 * len(groups)),
    )
    return figure


# 3. Registry, titles and sources --------------------------------------------------------

_SPECS = (
    ChartSpec("by_year", "stacked_bar", by_year_data, build_bar),
    ChartSpec("by_province", "barh", by_region_data, build_barh),
    ChartSpec("by_sector", "barh", by_sector_data, build_barh),
    ChartSpec("province_map", "map", province_map_data, build_map),
    ChartSpec("sector_kind", "barh", sector_kind_data, build_barh),
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
    if spec.kind != "map" and single_category(frame):
        notes.append(i18n.t("one_category_note", lang))
    return ChartMeta(
        title=frame.attrs.get("title") or spec.title(lang),
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


def render_for_page(
    con: duckdb.DuckDBPyConnection, name: str, filters: Filters, lang: str = "ko"
) -> tuple[go.Figure, go.Figure, pd.DataFrame, ChartMeta]:
    """What a page shows of a chart, worked out once for the cache: the slide figure (for the
    export buttons), its screen version (`for_screen`), the tidy data and the meta (whose source
    line the page prints under the chart)."""
    spec = CHARTS[name]
    frame = spec.data(con, filters, lang)
    meta = chart_meta(con, spec, filters, lang, frame)
    figure = spec.build(frame, meta)
    return figure, for_screen(figure), frame, meta
