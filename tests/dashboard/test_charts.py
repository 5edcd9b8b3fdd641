"""The chart registry without Streamlit: tidy data by hand, honest units, slide-ready figures."""

import html
import json
from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts, formatting, i18n, palette
from dashboard.chartspec import FONT_FAMILY, KINDS, ChartMeta
from dashboard.filters import Filters
from etl import sectors

BEIJING = Filters(provinces=("Beijing",))


def as_dict(frame: pd.DataFrame) -> dict:
    return {(c, s): v for c, s, v in zip(frame["category"], frame["series"], frame["value"], strict=True)}


@pytest.mark.parametrize("name", list(charts.CHARTS))
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_chart_gives_a_tidy_frame_and_a_slide_ready_figure(con, name, lang):
    spec = charts.CHARTS[name]
    assert spec.name == name and spec.kind in KINDS
    figure, frame = charts.render(con, name, Filters(), lang)
    assert list(frame.columns[:3]) == ["category", "series", "value"]
    assert isinstance(figure, go.Figure)
    layout = figure.layout
    assert layout.title.text == f"<b>{spec.title(lang)}</b>"
    assert layout.title.subtitle.text == i18n.t("all_commitments", lang)
    assert layout.font.family == FONT_FAMILY
    source = charts.source_line([pd.Timestamp("2023-07-14"), pd.Timestamp("2023-07-07")], lang)
    assert layout.annotations[0].text.replace("<br>", " ").startswith(html.escape(source))


def test_source_line_names_the_newest_bulletin_and_counts_the_rest():
    dates = [
        pd.Timestamp(d).date() for d in ("2023-07-07", "2023-06-30", "2023-07-14", "2023-06-23", "2023-06-16")
    ]
    assert (
        charts.source_line(dates, "ko")
        == "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.14 외 4건"
    )
    assert (
        charts.source_line(dates[:1], "ko")
        == "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.7"
    )
    assert (
        charts.source_line(dates[:2], "en") == "Source: KOSTEC, China S&T Policy Weekly 2023.7.7 and 1 more"
    )


def test_chart_meta_follows_the_filters(con):
    meta = charts.chart_meta(con, charts.CHARTS["by_year"], BEIJING, "ko")
    assert meta.subtitle == i18n.region_label("Beijing", "ko")
    assert (
        meta.source == "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.7"
    )  # only B1 has Beijing
    assert meta.unit_label == "목표 수 (건)"
    assert meta.lang == "ko"


def test_by_year_counts_targets_only_stacked_by_sector(con):
    frame = charts.CHARTS["by_year"].data(con, Filters(), "ko")
    semis, robots = i18n.sector_label("semiconductors", "ko"), i18n.sector_label("robotics", "ko")
    computing, rnd = i18n.sector_label("computing_data", "ko"), i18n.sector_label("rnd_innovation", "ko")
    # Targets c1, c2, c5, c6, c7; the funding c3, c4 and the achieved figure c8 are not targets.
    assert as_dict(frame) == {
        ("2025", robots): 1,
        ("2025", computing): 2,
        ("2030", rnd): 1,
        ("2030", semis): 1,
    }
    assert list(dict.fromkeys(frame["category"])) == ["2025", "2030"]
    assert frame.attrs["note"] == "목표만 셈 (제외: 지원·투자 2건, 실적 1건)"


def test_by_year_counts_the_kinds_the_filter_names(con):
    frame = charts.CHARTS["by_year"].data(con, Filters(kinds=("funding",)), "ko")
    robots, semis = i18n.sector_label("robotics", "ko"), i18n.sector_label("semiconductors", "ko")
    assert as_dict(frame) == {("2025", robots): 1, ("2025", semis): 1}
    assert frame.attrs["note"] == ""


def test_by_province_counts_and_changes_with_the_filter(con):
    frame = charts.CHARTS["by_province"].data(con, Filters(), "en")
    assert frame.groupby("region")["value"].sum().to_dict() == {"Beijing": 3, "Guangdong": 3, "National": 2}
    # Split by kind: Guangdong has the funding c4, the target c7 and the achieved figure c8.
    assert as_dict(frame[frame["region"] == "Guangdong"]) == {
        ("Guangdong", "Target"): 1,
        ("Guangdong", "Funding"): 1,
        ("Guangdong", "Actual"): 1,
    }
    filtered = charts.CHARTS["by_province"].data(con, Filters(sectors=("robotics",)), "en")
    assert filtered.groupby("region")["value"].sum().to_dict() == {"Beijing": 2}


def test_map_lists_every_province_keyed_like_the_geojson(con):
    frame = charts.CHARTS["province_map"].data(con, BEIJING, "ko")
    assert len(frame) == 34 and set(frame["region"]) == set(charts.province_names())
    # The map counts targets: Beijing's c1 and c2, not the funding c3.
    assert frame.set_index("region")["value"].to_dict()["Beijing"] == 2
    assert frame["value"].sum() == 2
    figure, _ = charts.render(con, "province_map", BEIJING, "ko")
    # Plain SVG shapes (no tiles, glyphs or topojson to fetch): an outline per province ...
    *outlines, names = figure.data
    assert len(outlines) == 34 and {t.fill for t in outlines} == {"toself"}
    fills = {t.name: t.fillcolor for t in outlines}
    assert fills[i18n.region_label("Beijing", "ko")] == "rgb(8, 48, 107)"  # the scale's darkest, #08306B
    assert fills[i18n.region_label("Guangdong", "ko")] == "rgb(242, 245, 249)"  # none: #F2F5F9
    # ... and the provinces' names at their centroids, each carrying its region for a click.
    beijing = list(names.customdata).index("Beijing")
    assert names.text[beijing] == "베이징" and "광둥" in names.text
    assert names.marker.showscale and names.marker.colorbar.orientation == "h"
    assert figure.layout.map.style is None


def test_sector_kind_splits_counts_by_kind(con):
    frame = charts.CHARTS["sector_kind"].data(con, Filters(), "en")
    semis = i18n.sector_label("semiconductors", "en")
    assert {
        s: v for c, s, v in frame[["category", "series", "value"]].itertuples(index=False) if c == semis
    } == {
        "Target": 1,
        "Funding": 1,
        "Actual": 1,
    }


def test_value_chart_shows_one_unit_and_never_adds(con):
    frame = charts.CHARTS["top_values"].data(con, Filters(), "ko")
    # CNY is preferred; its three commitments each keep their own bar, in 조 위안.
    assert list(frame["id"]) == ["c7", "c4", "c3"]
    assert list(frame["value"]) == pytest.approx([1.8, 0.17, 0.0001])
    assert frame.attrs["unit_label"] == "수치 (조 위안)"
    assert frame.attrs["note"] == "위안 단위만 표시, 다른 단위 5건 제외"
    figure, _ = charts.render(con, "top_values", Filters(), "ko")
    assert figure.layout.xaxis.title.text == "수치 (조 위안)"
    assert "다른 단위 5건 제외" in figure.layout.annotations[0].text


def test_value_chart_takes_the_unit_the_filter_names(con):
    frame = charts.CHARTS["top_values"].data(con, Filters(units=("count",)), "en")
    # c8 (500, an achieved figure) is never listed among the largest targets.
    assert list(frame["id"]) == ["c1", "c2"]
    assert list(frame["value"]) == [1000, 100]
    assert list(frame["series"]) == ["Target", "Target"]
    assert frame.attrs["unit_label"] == "Value (count)"
    # The filter already left the other units out; the achieved figure is counted in the note.
    assert frame.attrs["note"] == "Achieved figures left out (not targets): 1"


def test_same_subject_place_and_year_get_separate_bars():
    frame = pd.DataFrame({"category": ["A", "A", "B", "A"], "series": None, "value": [1.0, 2.0, 3.0, 4.0]})
    assert list(charts._unique_categories(frame)["category"]) == ["A", "A [2]", "B", "A [3]"]


def test_axis_titles_carry_units(con):
    figure, _ = charts.render(con, "by_year", Filters(), "ko")
    assert figure.layout.yaxis.title.text == "목표 수 (건)"
    for name in ("by_province", "by_sector", "sector_kind"):
        figure, _ = charts.render(con, name, Filters(), "en")
        assert figure.layout.xaxis.title.text == "Commitments (count)"


def test_stacked_counts_add_up_to_the_number_of_commitments(con):
    figure, _ = charts.render(con, "by_year", Filters(), "ko")
    assert sum(sum(trace.y) for trace in figure.data) == 5  # the five targets
    assert figure.layout.barmode == "stack"


def test_timeline_rows_per_group_and_year(con):
    frame = charts.CHARTS["timeline_province"].data(con, Filters(), "en")
    beijing = i18n.region_label("Beijing", "en")
    rows = frame[frame["category"] == beijing]
    # Targets only: c2 (2025) and c1 (2030); the funding c3 is not a deadline.
    assert dict(zip(rows["target_year"], rows["value"], strict=True)) == {2025: 1, 2030: 1}
    assert set(rows["plan_start"].dropna()) == {2023}
    figure, _ = charts.render(con, "timeline_province", Filters(), "en")
    assert figure.layout.xaxis.title.text == "Target year"


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_no_data_gives_an_empty_state_not_an_exception(empty_con, name):
    figure, frame = charts.render(empty_con, name, Filters(), "ko")
    assert charts.is_empty(frame)
    assert i18n.t("empty", "ko") in [a.text for a in figure.layout.annotations]
    assert len(figure.data) == 0


def test_filters_that_match_nothing_give_an_empty_state(con):
    figure, frame = charts.render(con, "by_year", Filters(text="없는 말"), "ko")
    assert frame.empty and i18n.t("empty", "ko") in [a.text for a in figure.layout.annotations]


def test_text_from_data_and_filters_is_escaped_in_figures():
    meta = ChartMeta(title="<b>t</b>", subtitle="“<script>”", source="s & t", unit_label="건")
    frame = pd.DataFrame({"category": ["<i>x</i>"], "series": [None], "value": [1.0]})
    figure = charts.build_bar(frame, meta)
    assert "&lt;script&gt;" in figure.layout.title.subtitle.text
    assert figure.layout.annotations[0].text == "s &amp; t"
    assert charts.build_bar(frame, replace(meta, source="a, b, c")).layout.annotations[0].text == "a,<br>b, c"


def test_figures_serialise_for_every_export(con):
    for name in charts.CHARTS:
        figure, _ = charts.render(con, name, Filters(), "ko")
        assert json.loads(figure.to_json())["layout"]["font"]["family"] == FONT_FAMILY


def test_one_sector_keeps_one_colour_in_every_chart(con):
    """The same sector is drawn in the same colour in two charts, whatever else they show."""
    semis = i18n.sector_label("semiconductors", "ko")
    by_year, _ = charts.render(con, "by_year", Filters(), "ko")
    by_sector, _ = charts.render(con, "by_sector", Filters(), "ko")
    (year_trace,) = [t for t in by_year.data if t.name == semis]
    (sector_trace,) = by_sector.data
    colours = dict(zip(sector_trace.y, sector_trace.marker.color, strict=True))
    assert year_trace.marker.color == colours[semis] == palette.sector_colours()["semiconductors"]
    # ... and under a filter that leaves other sectors out.
    robots_only, _ = charts.render(con, "by_year", Filters(sectors=("robotics",)), "ko")
    assert robots_only.data[0].marker.color == palette.sector_colour("robotics")


def test_every_sector_of_the_taxonomy_has_its_own_colour():
    colours = palette.sector_colours()
    assert set(colours) == {s.id for s in sectors.sectors()}
    named = [c for sector, c in colours.items() if sector != sectors.OTHER]
    assert len(set(named)) == len(named) and palette.OTHER_GREY not in named


def test_kinds_keep_their_colour_and_an_achieved_figure_is_hatched(con):
    figure, _ = charts.render(con, "by_province", Filters(), "en")
    by_name = {t.name: t for t in figure.data}
    assert by_name["Target"].marker.color == palette.KIND_COLOURS["target"]
    assert by_name["Funding"].marker.color == palette.KIND_COLOURS["funding"]
    assert set(by_name["Actual"].marker.pattern.shape) == {palette.ACTUAL_PATTERN}


@pytest.mark.parametrize(
    ("largest", "step"), [(1, 1), (2, 1), (8, 1), (9, 2), (16, 2), (17, 5), (41, 10), (81, 20), (400, 50)]
)
def test_count_axes_step_in_whole_numbers(largest, step):
    assert formatting.count_ticks(largest) == {"tick0": 0, "dtick": step, "tickformat": ",d"}


def test_count_axes_of_the_charts_never_show_halves(con):
    # Beijing by year: one target in 2025, one in 2030 — plotly alone would tick at 0.5.
    figure, _ = charts.render(con, "by_year", BEIJING, "ko")
    assert (figure.layout.yaxis.dtick, figure.layout.yaxis.tickformat) == (1, ",d")
    figure, _ = charts.render(con, "top_values", Filters(), "ko")
    assert figure.layout.xaxis.exponentformat == "none"  # 억/조 위안, never "50B"


def test_one_province_goes_down_to_its_cities(con):
    frame = charts.CHARTS["by_province"].data(con, Filters(provinces=("Guangdong",)), "ko")
    # Guangzhou: the funding c4; Shenzhen: the target c7; c8 names no city.
    assert as_dict(frame) == {
        (i18n.region_label("Guangzhou", "ko"), "지원·투자"): 1,
        (i18n.region_label("Shenzhen", "ko"), "목표"): 1,
        ("성 전역 (도시 미지정)", "실적"): 1,
    }
    assert set(frame["region"]) == {"Guangdong"}  # a click still chooses the province
    meta = charts.chart_meta(
        con, charts.CHARTS["by_province"], Filters(provinces=("Guangdong",)), "ko", frame
    )
    assert meta.title == f"{i18n.region_label('Guangdong', 'ko')} 도시별 목표·지원·실적 수"


def test_one_province_without_cities_stays_at_the_province(con):
    frame = charts.CHARTS["by_province"].data(con, BEIJING, "ko")
    assert set(frame["category"]) == {i18n.region_label("Beijing", "ko")}
    meta = charts.chart_meta(con, charts.CHARTS["by_province"], BEIJING, "ko", frame)
    assert "항목이 하나뿐입니다" in meta.note


def test_one_sector_goes_down_to_its_kinds(con):
    filters = Filters(sectors=("semiconductors",))
    frame = charts.CHARTS["by_sector"].data(con, filters, "ko")
    assert dict(zip(frame["category"], frame["value"], strict=True)) == {"목표": 1, "지원·투자": 1, "실적": 1}
    meta = charts.chart_meta(con, charts.CHARTS["by_sector"], filters, "ko", frame)
    assert meta.title == "반도체·집적회로: 유형별 수" and "하나뿐" not in meta.note


def test_the_screen_version_puts_the_legend_below_and_the_source_under_the_chart(con):
    figure, _ = charts.render(con, "by_year", Filters(), "ko")
    screen = charts.for_screen(figure)
    assert screen.layout.legend.orientation == "h" and screen.layout.legend.yref == "container"
    assert screen.layout.legend.y == 0 and screen.layout.legend.yanchor == "bottom"
    assert not [a for a in screen.layout.annotations if a.name == charts.FOOTER]
    # The slide figure itself is untouched: legend at the right, source line in the picture.
    assert figure.layout.legend.orientation == "v" and figure.layout.annotations[0].name == charts.FOOTER


def test_an_empty_targets_only_chart_says_what_matched_and_was_left_out(con):
    # Guangzhou has one commitment, c4, and it is funding: the sector chart counts targets only.
    figure, frame = charts.render(con, "by_sector", Filters(cities=("Guangzhou",)), "ko")
    words = "이 조건에서는 셀 목표가 없습니다 — 목표만 셈 (제외: 지원·투자 1건)"
    assert charts.empty_words(frame, "ko") == words
    assert [a.text for a in figure.layout.annotations if a.text == words]
    # nothing at all matches: the plain empty state
    _, nothing = charts.render(con, "by_sector", Filters(text="없는 말"), "ko")
    assert charts.empty_words(nothing, "ko") == "조건에 맞는 목표가 없습니다. 필터를 넓혀 보세요."
