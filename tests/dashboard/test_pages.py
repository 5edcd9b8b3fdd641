"""Every page under Streamlit's AppTest, on the hand-written database and on an empty one.

Assertions are on what the pages hold (table rows, chart data), worked out from conftest.py's table.
"""

import base64
import re
import shutil
from datetime import timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from conftest import B1, LINES, write_database
from streamlit.testing.v1 import AppTest

from dashboard import components, i18n
from dashboard import filters as filter_module
from dashboard.filters import FIELDS, ListField, filters_class
from etl import config

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
PAGES = ("overview", "explorer", "regions", "sectors", "timeline", "detail", "sources")


def app(monkeypatch: pytest.MonkeyPatch, db_path: Path, **query_params: str | list[str]) -> AppTest:
    monkeypatch.setattr(config, "DB_PATH", db_path)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(query_params)
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"dashboard/app_pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def figures(at: AppTest) -> dict[str, go.Figure]:
    """The page's Plotly figures by their title (the registry's chart titles)."""
    found = [pio.from_json(chart.proto.spec) for chart in at.get("plotly_chart")]
    return {figure.layout.title.text.removeprefix("<b>").removesuffix("</b>"): figure for figure in found}


def numbers(array) -> list[float]:
    """A trace's numbers; Plotly's JSON may carry them as a base64 typed array."""
    if isinstance(array, dict):
        return list(np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]))
    return list(array)


def url(at: AppTest, name: str) -> list[str]:
    value = at.query_params[name]
    return [value] if isinstance(value, str) else list(value)


def table(at: AppTest, index: int = 0):
    return at.dataframe[index].value


def infos(at: AppTest) -> list[str]:
    return [info.value for info in at.info]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_data(monkeypatch, seeded_path, page):
    at = open_page(app(monkeypatch, seeded_path).run(), page)
    assert at.title[0].value == i18n.t(f"page_{page}", "ko")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_an_empty_database(monkeypatch, empty_path, page):
    at = open_page(app(monkeypatch, empty_path).run(), page)
    assert at.title[0].value == i18n.t(f"page_{page}", "ko")
    assert not at.get("plotly_chart")
    if page not in ("detail", "sources"):
        assert any(i18n.t("empty", "ko") in text for text in infos(at))


def test_overview_headline_figures_and_charts(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "overview")
    # Bulletins, then targets, funding and achieved figures apart (5 + 2 + 1, never "목표 8").
    assert [m.label for m in at.metric][1:4] == ["목표", "지원·투자", "실적 (달성치)"]
    assert [m.value for m in at.metric] == ["2", "5", "2", "1", "2", "4"]
    assert list(table(at)[i18n.t("value", "ko")]) == ["1.8조 위안", "1,000개"]  # the 2030 targets
    charts = figures(at)
    assert set(charts) == {"목표연도별 목표 수 (산업별)", "지역별 목표·지원·실적 수", "산업별 목표 수"}
    by_region = charts["지역별 목표·지원·실적 수"]
    assert [trace.name for trace in by_region.data] == ["목표", "지원·투자", "실적"]
    assert sorted(region_totals(by_region).values()) == [2, 3, 3]


def region_totals(by_region: go.Figure) -> dict[str, float]:
    """The bars of the "지역별 목표·지원·실적 수" chart added up per region (one trace per kind)."""
    totals: dict[str, float] = {}
    for trace in by_region.data:
        for region, n in zip(trace.y, numbers(trace.x), strict=True):
            totals[region] = totals.get(region, 0) + n
    return totals


def test_province_filter_changes_the_table_and_the_charts(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "explorer")
    assert len(table(at)) == 8
    at.multiselect(key="f_provinces").set_value(["Beijing"]).run()
    rows = table(at)
    assert len(rows) == 3
    assert set(rows[i18n.t("province", "ko")]) == {i18n.region_label("Beijing", "ko")}
    assert url(at, "province") == ["Beijing"]
    at = open_page(at, "overview")
    assert [m.value for m in at.metric] == ["1", "2", "1", "0", "1", "2"]
    by_year = figures(at)["목표연도별 목표 수 (산업별)"]
    assert sum(sum(numbers(trace.y)) for trace in by_year.data) == 2  # Beijing's targets c1, c2
    assert by_year.layout.title.subtitle.text == i18n.region_label("Beijing", "ko")


def test_sector_and_year_filters_narrow_further(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "explorer")
    at.multiselect(key="f_sectors").set_value(["semiconductors"]).run()
    assert len(table(at)) == 3
    at.slider(key="f_years").set_value((2030, 2030)).run()
    assert list(table(at)[i18n.t("value", "ko")]) == ["1.8조 위안"]
    at.text_input(key="f_text").input("없는 말").run()
    assert i18n.t("empty", "ko") in infos(at)


def test_a_copied_link_reopens_the_same_view(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path, province="Guangdong", sector="semiconductors", lang="en").run()
    at = open_page(at, "explorer")
    assert at.title[0].value == "Explorer"
    assert list(table(at)["Value"]) == ["CNY 1.8 trn", "500", "CNY 170 bn"]


def test_an_unknown_value_in_a_link_is_dropped(monkeypatch, seeded_path):
    at = open_page(
        app(monkeypatch, seeded_path, province=["Atlantis", "Beijing"], year_from="x").run(), "explorer"
    )
    assert len(table(at)) == 3


def test_language_toggle(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "sectors")
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Sectors"
    assert "Largest targets and funding (one unit)" in figures(at)
    assert url(at, "lang") == ["en"]


def test_sectors_value_chart_uses_the_picked_unit(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "sectors")
    top = figures(at)["수치가 큰 목표·지원 (단일 단위)"]
    assert top.layout.xaxis.title.text == "수치 (조 위안)"
    at.selectbox(key="sectors_unit").set_value("count").run()
    top = figures(at)["수치가 큰 목표·지원 (단일 단위)"]
    assert top.layout.xaxis.title.text == "수치 (개)"
    # The achieved figure (c8, 500개) is never listed among the largest targets.
    assert sorted(x for trace in top.data for x in numbers(trace.x)) == [100, 1000]


def test_regions_selector_filters_every_page(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "regions")
    assert set(figures(at)) == {"성(省)별 목표 수 지도", "지역별 목표·지원·실적 수"}
    assert figures(at)["성(省)별 목표 수 지도"].layout.map.style is None  # no tiles: plain shapes
    at.selectbox(key="region_selector").set_value("Guangdong").run()
    assert at.multiselect(key="f_provinces").value == ["Guangdong"]
    # The map counts Guangdong's one target (c7); the region chart goes down to its cities.
    assert sum(numbers(figures(at)["성(省)별 목표 수 지도"].data[-1].marker.color)) == 1
    by_city = figures(at)[f"{i18n.region_label('Guangdong', 'ko')} 도시별 목표·지원·실적 수"]
    cities = {y for trace in by_city.data for y in trace.y}
    assert cities == {
        i18n.region_label("Guangzhou", "ko"),
        i18n.region_label("Shenzhen", "ko"),
        "성 전역 (도시 미지정)",
    }
    at = open_page(at, "explorer")
    assert len(table(at)) == 3


def test_timeline_groups_by_region_or_sector(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "timeline")
    assert "지역별 목표 시한" in figures(at)
    assert len(table(at)) == 7  # every commitment with a target year
    at.radio(key="timeline_group").set_value("sector").run()
    assert "산업별 목표 시한" in figures(at)


def test_detail_shows_the_sentence_escaped_and_marked(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path)
    at.session_state["commitment_id"] = "c2"
    at = open_page(at.run(), "detail")
    assert at.header[0].value == "100개 이상"
    marked = [m.value for m in at.markdown if 'class="ptt-marked"' in m.value]
    # the sentence's own markup is text: the tag escaped, the emphasis marks dropped (the mark is bold)
    assert marked and all("<script>" not in m and "&lt;script&gt;" in m for m in marked)
    assert "▶" in marked[0] and "굵게" in marked[0] and "**" not in marked[0]
    references = table(at, 1)
    assert references["URL"][0] == "https://example.org/robot" and pd.isna(references["URL"][1])
    others = table(at, 2)
    assert list(others[i18n.t("value", "ko")]) == ["1억 위안"]  # c3, from the same article
    assert url(at, "id") == ["c2"]


def test_detail_of_a_pdf_record_names_its_page_and_shows_the_page_marked(monkeypatch, tmp_path):
    """c2 as if read from a PDF: B1's lines 20-24 printed on page 3 (page lines 1-5); its line 22
    holds <script> and ** that must stay text."""
    db_path = write_database(tmp_path / "tracker.duckdb")
    with duckdb.connect(str(db_path)) as con:
        con.execute(
            "UPDATE bulletin_lines SET page = 3, page_line = line - 19 WHERE bulletin_id = ? AND line BETWEEN 20 AND 24",
            [B1],
        )
        con.execute("UPDATE commitments SET page = 3, page_line = 3 WHERE id = 'c2'")
    at = open_page(app(monkeypatch, db_path, id="c2").run(), "detail")

    assert at.subheader[0].value == "원문 (p. 3, 줄 3)"
    page_text = next(e for e in at.expander if e.label == "3쪽 본문 (원문 문장 강조)")
    shown = [m.value for m in page_text.markdown]
    assert len(shown) == 5 and shown[0] == components.escape_markdown(LINES[(B1, 2)][0])
    assert "▶" in shown[2] and "&lt;script&gt;" in shown[2] and "<script>" not in shown[2]


def test_detail_of_a_text_record_names_its_line(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path, id="c2").run(), "detail")
    assert at.subheader[0].value == "원문 (줄 22)"
    assert not [e for e in at.expander if e.label.endswith("쪽 본문 (원문 문장 강조)")]


def test_detail_from_a_link(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path, id="c7").run(), "detail")
    assert at.header[0].value == r"1\.8조 위안"  # markdown-escaped: shown as 1.8조 위안


def test_detail_without_a_choice_asks_for_one(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "detail")
    assert i18n.t("no_commitment", "ko") in infos(at)
    at.selectbox[0].set_value("c4").run()
    assert at.header[0].value == "1,700억 위안"


def test_sources_lists_bulletins_and_failures(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "sources")
    bulletins = table(at, 0)
    assert list(bulletins[i18n.t("commitments", "ko")]) == [0, 4, 4]
    assert all(len(sha) == 64 for sha in bulletins["SHA-256 해시"])
    # dates as dates (no 00:00:00), every header in Korean
    assert list(bulletins["발행일"]) == ["2023-07-21", "2023-07-14", "2023-07-07"]
    assert not [name for name in bulletins.columns if re.fullmatch(r"[a-z_0-9]+", name)]
    failures = table(at, 1)
    assert list(failures[i18n.t("file_name", "ko")]) == ["broken.txt"]
    assert "시도 일시 (UTC)" in failures.columns


@pytest.mark.parametrize(
    ("lang", "bulletin", "article"),
    [
        ("ko", "주간동향 (전체 호)", "단일 기사 (웹)"),
        ("en", "Bulletin (whole issue)", "Single article (web)"),
    ],
)
def test_sources_tell_bulletins_from_single_articles(monkeypatch, seeded_path, lang, bulletin, article):
    at = open_page(app(monkeypatch, seeded_path, lang=lang).run(), "sources")
    rows = table(at, 0)
    kind = i18n.t("source_kind", lang)
    # newest first: B3 (2023-07-21) is the single article, B2 and B1 whole bulletins
    assert list(rows[kind]) == [article, bulletin, bulletin]


def test_a_missing_database_is_built_from_the_seeds(monkeypatch, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(sorted(config.SEEDS_DIR.glob("*.txt"))[0], seeds)
    monkeypatch.setattr(config, "SEEDS_DIR", seeds)
    db_path = tmp_path / "data" / "tracker.duckdb"
    at = app(monkeypatch, db_path).run()
    assert db_path.is_file()
    assert at.status[0].label == i18n.t("built_db", "ko")  # the progress indicator, once done
    at = open_page(at, "sources")
    assert not at.status  # built once; later runs use the file
    assert len(table(at, 0)) == 1


def test_a_rebuild_shows_on_the_next_interaction_without_a_restart(monkeypatch, tmp_path):
    path = write_database(tmp_path / "tracker.duckdb")
    at = open_page(app(monkeypatch, path).run(), "explorer")
    assert len(table(at)) == 8
    # What `python -m etl build` does: write a new file beside the old one and rename it over.
    rebuilt = write_database(tmp_path / "rebuilt.duckdb")
    with duckdb.connect(str(rebuilt)) as con:
        con.execute("DELETE FROM commitments WHERE id IN ('c7', 'c8')")
    rebuilt.replace(path)
    at.run()
    assert len(table(at)) == 6
    # Targets: c1, c2, c5, c6 are left (c7 was one, c8 an achieved figure).
    assert [m.value for m in open_page(at, "overview").metric][1] == "4"


def test_cached_charts_follow_a_rebuild(monkeypatch, tmp_path):
    path = write_database(tmp_path / "tracker.duckdb")
    at = open_page(app(monkeypatch, path).run(), "overview")
    assert sorted(region_totals(figures(at)["지역별 목표·지원·실적 수"]).values()) == [2, 3, 3]
    rebuilt = write_database(tmp_path / "rebuilt.duckdb")
    with duckdb.connect(str(rebuilt)) as con:
        con.execute("DELETE FROM commitments WHERE id IN ('c7', 'c8')")
    rebuilt.replace(path)
    at.run()
    # Guangdong keeps only c4: 1; Beijing 3 and National 2 as before.
    assert sorted(region_totals(figures(at)["지역별 목표·지원·실적 수"]).values()) == [1, 2, 3]


def test_opening_a_row_keeps_the_filters_and_the_language(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path, lang="en").run(), "explorer")
    at.multiselect(key="f_provinces").set_value(["Beijing"]).run()
    at.session_state["open_detail"] = "c2"  # what selecting the row's checkbox sets
    at.run()
    assert not at.exception
    assert at.title[0].value == "Detail"
    assert at.header[0].value == "at least 100"
    assert at.multiselect(key="f_provinces").value == ["Beijing"]
    assert url(at, "province") == ["Beijing"]


def test_reset_clears_every_filter(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path, province="Beijing", q="로봇").run(), "explorer")
    assert len(table(at)) == 2
    at.button(key="reset_filters").click().run()
    assert len(table(at)) == 8
    assert at.multiselect(key="f_provinces").value == [] and at.text_input(key="f_text").value == ""


def test_filter_words_from_users_and_data_are_shown_escaped(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path, q="**x** :red[y] <b>")
    at = open_page(at.run(), "explorer")
    assert at.caption[0].value == r"“\*\*x\*\* \:red\[y\] \<b\>”"


def test_unknown_and_malformed_link_values_are_reported(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path, province=["Atlantis", "Beijing"], year_from="x", kind="bogus").run()
    assert [w.value for w in at.warning] == [
        "알 수 없는 유형 'bogus' 무시",
        "알 수 없는 목표연도 'x' 무시",
        "알 수 없는 지역 'Atlantis' 무시",
    ]
    at.button(key="reset_filters").click().run()
    assert not at.warning


def test_all_dates_stay_all_dates_when_a_newer_bulletin_arrives(monkeypatch, tmp_path):
    path = write_database(tmp_path / "tracker.duckdb")
    with duckdb.connect(str(path)) as con:
        newest = con.execute("SELECT max(issue_date) FROM bulletins").fetchone()[0]
        total = con.execute("SELECT count(*) FROM commitments").fetchone()[0]
    at = open_page(app(monkeypatch, path).run(), "explorer")
    assert len(table(at)) == total
    assert "date_to" not in at.query_params
    # What `python -m etl ingest` does: a newer bulletin, written beside the file and renamed over.
    grown = tmp_path / "grown.duckdb"
    shutil.copy(path, grown)
    with duckdb.connect(str(grown)) as con:
        con.execute(
            "UPDATE bulletins SET issue_date = ? WHERE id = (SELECT max(id) FROM bulletins)",
            [newest + timedelta(days=35)],
        )
        con.execute(
            "UPDATE commitments SET issue_date = ? WHERE bulletin = (SELECT max(id) FROM bulletins)",
            [newest + timedelta(days=35)],
        )
    grown.replace(path)
    at.run()
    assert "date_to" not in at.query_params
    assert len(table(at)) == total


def test_a_bidi_override_in_document_text_is_shown_not_obeyed_in_every_table(
    monkeypatch, seeded_path, tmp_path
):
    # "gnp\u202eexe" displays as "gnpexe" reversed after the override: a cell must show the control.
    path = tmp_path / "tracker.duckdb"
    shutil.copy(seeded_path, path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE commitments SET subject_ko = 'gnp\u202eexe 로봇'")
        con.execute("UPDATE ingest_failures SET file_name = 'gnp\u202eexe.txt'")
    explorer = open_page(app(monkeypatch, path).run(), "explorer")
    subjects = {value for frame in explorer.dataframe for value in frame.value.to_numpy().ravel()}
    assert "gnp⟨U+202E⟩exe 로봇" in subjects
    assert not any("\u202e" in str(value) for value in subjects)
    sources = open_page(app(monkeypatch, path).run(), "sources")
    assert list(table(sources, 1)[i18n.t("file_name", "ko")]) == ["gnp⟨U+202E⟩exe.txt"]


def test_neutralising_a_frame_touches_only_text_cells_with_a_control():
    frame = pd.DataFrame({"text": ["a\u202eb", "plain", None], "n": [1, 2, 3]})
    shown = components.neutralise_bidi_frame(frame)
    assert list(shown["text"][:2]) == ["a⟨U+202E⟩b", "plain"]
    assert pd.isna(shown["text"][2])
    assert list(shown["n"]) == [1, 2, 3]
    untouched = frame[1:]
    assert components.neutralise_bidi_frame(untouched) is untouched  # no control: no copy
    assert frame.loc[0, "text"] == "a\u202eb"  # the data itself is left as it is


def test_the_timeline_grouping_is_kept_in_the_url_and_read_back(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "timeline")
    assert "group" not in at.query_params  # the default, by region, needs no parameter
    at.radio(key="timeline_group").set_value("sector").run()
    assert url(at, "group") == ["sector"]
    at = open_page(at, "overview")
    assert url(at, "group") == ["sector"]  # kept while other pages are shown
    # a copied link (or a reload) opens the timeline grouped by sector
    again = open_page(app(monkeypatch, seeded_path, group="sector").run(), "timeline")
    assert "산업별 목표 시한" in figures(again)
    assert again.radio(key="timeline_group").value == "sector"
    # an unknown grouping in a link is the default
    other = open_page(app(monkeypatch, seeded_path, group="bogus").run(), "timeline")
    assert "지역별 목표 시한" in figures(other)


def test_option_labels_count_under_the_other_filters_and_hide_empty_ones(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path, sector="semiconductors").run()
    provinces = at.multiselect(key="f_provinces")
    # semiconductors: c4, c7, c8, all in Guangdong; Beijing and National give none and are hidden
    assert provinces.options == [f"{i18n.region_label('Guangdong', 'ko')} (3)"]
    sectors = at.multiselect(key="f_sectors")
    # a field's own choice does not narrow its options
    assert sectors.options == [
        f"{i18n.sector_label(s, 'ko')} ({n})"
        for s, n in (("semiconductors", 3), ("computing_data", 2), ("robotics", 2), ("rnd_innovation", 1))
    ]
    at.multiselect(key="f_provinces").set_value(["Guangdong"]).run()
    at.multiselect(key="f_sectors").set_value([]).run()
    # Guangdong: c4 funding, c7 target, c8 actual → cities Guangzhou 1 and Shenzhen 1
    assert at.multiselect(key="f_cities").options == [
        f"{i18n.city_label(city, 'ko')} (1)" for city in ("Guangzhou", "Shenzhen")
    ]
    at.multiselect(key="f_kinds").set_value(["actual"]).run()
    assert at.multiselect(key="f_cities").options == []  # c8 has no city


def test_a_chosen_option_that_gives_nothing_stays_visible(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path, province="Beijing", sector="semiconductors").run()
    assert f"{i18n.region_label('Beijing', 'ko')} (0)" in at.multiselect(key="f_provinces").options
    assert at.multiselect(key="f_provinces").value == ["Beijing"]


def test_a_field_added_to_the_table_appears_in_the_sidebar_url_and_pages(monkeypatch, seeded_path):
    extended = filters_class((*FIELDS, ListField("bulletins", "bulletin", "bulletin_title", "c.bulletin")))
    monkeypatch.setattr(filter_module, "Filters", extended)
    at = open_page(app(monkeypatch, seeded_path, bulletin=B1).run(), "explorer")
    # B1 holds c1–c4, B2 c5–c8 (conftest.py)
    assert at.multiselect(key="f_bulletins").options == [f"{B1} (4)", "001_bbbbbbbbbbbbbbbb (4)"]
    assert len(table(at)) == 4
    # under B1 the provinces say so: Beijing c1–c3, Guangdong c4; National (B2 only) is hidden
    assert at.multiselect(key="f_provinces").options == [
        f"{i18n.region_label('Beijing', 'ko')} (3)",
        f"{i18n.region_label('Guangdong', 'ko')} (1)",
    ]
    at.multiselect(key="f_provinces").set_value(["Guangdong"]).run()
    # Guangdong: c4 in B1, c7 and c8 in B2; the option that gives most comes first
    assert at.multiselect(key="f_bulletins").options == ["001_bbbbbbbbbbbbbbbb (2)", f"{B1} (1)"]
    assert url(at, "bulletin") == [B1]


def test_a_choice_stays_chosen_when_its_count_changes(monkeypatch, seeded_path):
    at = app(monkeypatch, seeded_path).run()
    at.multiselect(key="f_provinces").set_value(["Guangdong"]).run()
    assert f"{i18n.region_label('Guangdong', 'ko')} (3)" in at.multiselect(key="f_provinces").options
    at.multiselect(key="f_kinds").set_value(["target"]).run()  # Guangdong's targets: c7 only
    assert f"{i18n.region_label('Guangdong', 'ko')} (1)" in at.multiselect(key="f_provinces").options
    assert at.multiselect(key="f_provinces").value == ["Guangdong"]
    assert url(at, "province") == ["Guangdong"]
    at = open_page(at, "explorer")
    assert len(table(at)) == 1


# The explorer a page at a time. Pages of 3 rows here: the 8 rows in the explorer's order
# (newest bulletin first, then line) are c5 c6 c7 | c8 c1 c2 | c3 c4.
@pytest.fixture
def three_a_page(monkeypatch):
    monkeypatch.setattr(components, "PAGE_ROWS", 3)


def shown_ids(at: AppTest) -> list[str]:
    return at.session_state["explorer_ids"]


def test_the_explorer_shows_a_page_at_a_time_and_the_url_keeps_it(monkeypatch, seeded_path, three_a_page):
    at = open_page(app(monkeypatch, seeded_path).run(), "explorer")
    assert shown_ids(at) == ["c5", "c6", "c7"]
    assert len(table(at)) == 3
    assert "page" not in at.query_params  # the first page needs no parameter
    at.button(key="explorer_page_next").click().run()
    assert shown_ids(at) == ["c8", "c1", "c2"]
    assert list(table(at)[i18n.t("value", "ko")]) == ["500개", "1,000개", "100개 이상"]
    assert url(at, "page") == ["2"]
    assert "4–6번째 · 전체 8건" in [caption.value for caption in at.caption]
    at.number_input(key="explorer_page_input").set_value(3).run()
    assert shown_ids(at) == ["c3", "c4"]
    assert url(at, "page") == ["3"]
    assert at.button(key="explorer_page_next").disabled
    at.button(key="explorer_page_previous").click().run()
    assert shown_ids(at) == ["c8", "c1", "c2"]
    assert url(at, "page") == ["2"]


def test_a_filter_change_goes_back_to_the_first_page(monkeypatch, seeded_path, three_a_page):
    at = open_page(app(monkeypatch, seeded_path, page="2").run(), "explorer")
    assert shown_ids(at) == ["c8", "c1", "c2"]
    at.multiselect(key="f_kinds").set_value(["target"]).run()  # c5 c6 c7 | c1 c2
    assert shown_ids(at) == ["c5", "c6", "c7"]
    assert "page" not in at.query_params
    at.button(key="explorer_page_next").click().run()
    assert shown_ids(at) == ["c1", "c2"]
    at.button(key="reset_filters").click().run()
    assert shown_ids(at) == ["c5", "c6", "c7"]


@pytest.mark.parametrize(
    ("page", "shown", "kept"),
    [("3", ["c3", "c4"], "3"), ("99", ["c3", "c4"], "3"), ("x", ["c5", "c6", "c7"], None)],
)
def test_a_link_opens_its_page_brought_within_the_table(
    monkeypatch, seeded_path, three_a_page, page, shown, kept
):
    at = open_page(app(monkeypatch, seeded_path, page=page).run(), "explorer")
    assert shown_ids(at) == shown
    assert at.query_params.get("page") == kept


def test_detail_offers_the_explorer_page_rows_and_the_record_shown(monkeypatch, seeded_path, three_a_page):
    at = open_page(app(monkeypatch, seeded_path, page="2").run(), "detail")
    assert at.selectbox[0].options == [  # c8 c1 c2
        "반도체 기업 · 500개 · 광둥성 (广东)",
        "우수 기업기술센터 · 1,000개 · 베이징시 (北京)",
        "로봇 핵심 기업 · 100개 이상 · 베이징시 (北京)",
    ]
    at = open_page(app(monkeypatch, seeded_path, page="2", id="c5").run(), "detail")
    assert len(at.selectbox[0].options) == 4  # c5, from page 1, first
    assert at.selectbox[0].value == "c5"
    assert at.number_input(key="explorer_page_input").value == 2


def test_the_explorer_order_is_the_database_s_kept_in_the_url_and_starts_at_page_one(
    monkeypatch, seeded_path, three_a_page
):
    at = open_page(app(monkeypatch, seeded_path, page="2").run(), "explorer")
    at.selectbox(key="explorer_order_choice").set_value("target_year").run()
    # 2025: c2 c3 c4 (B1, older) after c5 c6 (B2, newer); then 2030: c7, c1; no year: c8
    assert shown_ids(at) == ["c5", "c6", "c2"]
    assert url(at, "sort") == ["target_year"]
    assert "page" not in at.query_params
    at.button(key="explorer_page_next").click().run()
    assert shown_ids(at) == ["c3", "c4", "c7"]
    # the detail page chooses among the same page of the same order
    at = open_page(app(monkeypatch, seeded_path, sort="largest", page="1").run(), "detail")
    # by unit (CNY, EFLOPS, count, percent), the largest first: c7 1.8조, c4 1,700억, c3 1억
    assert [option.split(" · ")[1] for option in at.selectbox[0].options] == [
        "1.8조 위안",
        "1,700억 위안",
        "1억 위안",
    ]


def test_the_timeline_table_lists_dated_targets_soonest_first(monkeypatch, seeded_path):
    at = open_page(app(monkeypatch, seeded_path).run(), "timeline")
    # 2025: Beijing c2 c3, Guangdong c4, National c5 c6; 2030: Beijing c1, Guangdong c7; c8 has no year
    assert list(table(at)[i18n.t("value", "ko")]) == [
        "100개 이상",
        "1억 위안",
        "1,700억 위안",
        "300 EFLOPS",
        "25% 이상",
        "1,000개",
        "1.8조 위안",
    ]


def test_the_deck_lists_its_charts_when_no_thumbnail_can_be_drawn(monkeypatch, seeded_path):
    from dashboard.export import images

    def hung(figure, options):
        raise images.ExportUnavailable("no image after 2 tries of 30 s")

    monkeypatch.setattr(images._renderer, "render", hung)
    at = app(monkeypatch, seeded_path, deck=["by_year:province=Beijing", "by_sector:"]).run()
    at = open_page(at, "deck")
    captions = [caption.value for caption in at.caption]
    assert sum("no image after 2 tries" in caption for caption in captions) == 2
    assert any(markdown.value.startswith("**2. ") for markdown in at.markdown)
